"""A policy that answers with the essential help numbers when a custom action produced nothing.

When the action server is down or fails, Rasa logs the error, records the action as executed
and carries on without any of its messages: the young person would get silence. This policy
sees that moment (a custom action is the last event, with no message or event after it) and
predicts a fixed domain response that needs no action server. Right after that response it
predicts `action_listen`, so the bot waits for the next message instead of retrying.

Every custom action of this bot sends at least one message, so "no events after a custom
action" means the action did not run. The policy acts only in live conversations, which carry
the name of the channel they came in through: `rasa test` replays stories without running any
action (and without a channel), where an action with nothing after it is normal.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from components.untrained_policy import UntrainedPolicy, action_stayed_silent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class ActionServerFallbackPolicy(UntrainedPolicy):
    """Predicts a fixed response after a custom action that returned nothing."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Priority above RulePolicy (6), so the fallback wins a tie at confidence 1.0."""
        return {"priority": 7, "fallback_response": "utter_action_server_down"}

    def configure(self, config: dict[str, Any]) -> None:
        """The policy's settings."""
        self.fallback_response: str = config["fallback_response"]

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """Fallback response after a silent custom action; listen right after the fallback."""
        probabilities = self._default_predictions(domain)
        if tracker.get_latest_input_channel() is None:
            return self._prediction(probabilities)
        latest = tracker.latest_action_name
        if latest == self.fallback_response:
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif action_stayed_silent(tracker) and latest in _custom_actions(domain):
            probabilities[domain.index_for_action(self.fallback_response)] = 1.0
        return self._prediction(probabilities)


def _custom_actions(domain: Domain) -> list[str]:
    return [name for name in domain.user_actions if not name.startswith("utter_")]
