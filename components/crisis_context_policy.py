"""In a conversation about something else, a crisis that only the learned detector sees is asked about.

The safety layer decides per message (components/safety_decision.py). A crisis found by a concept
(an act under way, a disclosure in plain words) or confirmed by the classifier is answered at once, from
any point in a conversation. But in the middle of a talk about images ("mijn ex heeft mn foto
gedeeld"), short follow-ups ("ik heb de link nog", "i already paid 50 and now he wants more") can
push the learned detector over its threshold on their own. There the bot asks first, with the
fixed safety check ("Ben je nu in gevaar? / Denk je aan zelfmoord? / ..."), whose buttons lead to
the crisis answers: when unsure, ask, never goodbye. Right after the check it listens.

It works without the action server (a fixed domain response), and does nothing outside a
remembered situation, so a first message gets the crisis answer as before.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from components.crisis_concepts import CRISIS_INTENTS
from components.safety_decision import SAFETY
from components.untrained_policy import UntrainedPolicy


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class CrisisContextPolicy(UntrainedPolicy):
    """Predicts the safety check for a detector-only crisis in the middle of another situation."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Above RulePolicy (6), like the action-server fallback (7): the two never act on one turn."""
        return {
            "priority": 7,
            "check_response": "utter_distress_check",
            "situation_slot": "situation",
            "uncertain_reasons": ["detector"],
        }

    def configure(self, config: dict[str, Any]) -> None:
        """The policy's settings."""
        self.check_response: str = config["check_response"]
        self.situation_slot: str = config["situation_slot"]
        self.uncertain_reasons = frozenset(config["uncertain_reasons"])

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """The safety check for an uncertain crisis within a situation; then listen."""
        probabilities = self._default_predictions(domain)
        latest = tracker.latest_action_name
        message = tracker.latest_message
        if latest == self.check_response and message is not None and self._uncertain(tracker):
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif latest == ACTION_LISTEN_NAME and message is not None and self._uncertain(tracker):
            probabilities[domain.index_for_action(self.check_response)] = 1.0
        return self._prediction(probabilities)

    def _uncertain(self, tracker: DialogueStateTracker) -> bool:
        """A crisis intent set by the detector alone, in a conversation with a situation."""
        message = tracker.latest_message
        intent = (message.intent or {}).get("name") if message else None
        if intent not in CRISIS_INTENTS or not tracker.get_slot(self.situation_slot):
            return False
        safety = (message.parse_data or {}).get(SAFETY) if message else None
        return isinstance(safety, dict) and safety.get("reason") in self.uncertain_reasons
