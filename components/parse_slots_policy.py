"""A policy that keeps the conversation's language in the slot `language`, without the action server.

`LanguageDetector` writes the language of a message into its parse result (`language`: `nl`,
`en`, or absent when the message is short or ambiguous). Right after each user message this policy
returns a `SlotSet` event when that language differs from the slot, with no vote for any action:
Rasa applies the events of every policy's prediction before the next action runs, so the very
next answer (a crisis answer too) takes its English or Dutch variant through the responses'
conditions on the slot.

Why not an entity with a `from_entity` slot mapping: Rasa's end-to-end conversation tests compare
every predicted entity with the story, so a language entity on each message would fail every
story that does not spell it out. And not a custom slot-mapping action: that would call the action
server before every answer, also before a crisis answer, which must not wait for it.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from components.language_detector import LANGUAGE
from components.untrained_policy import UntrainedPolicy


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class LanguagePolicy(UntrainedPolicy):
    """Sets the slot `language` from the latest message's detected language; never picks an action."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The lowest priority: it never votes, it only sets the slot."""
        return {"priority": 0, "slot": LANGUAGE}

    def configure(self, config: dict[str, Any]) -> None:
        """The policy's settings."""
        self.slot: str = config.get("slot", LANGUAGE)

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """No action probabilities; a SlotSet right after a user message in another language."""
        probabilities = self._default_predictions(domain)
        events = []
        has_slot = any(slot.name == self.slot for slot in domain.slots)
        if tracker.latest_action_name == ACTION_LISTEN_NAME and has_slot and tracker.latest_message:
            detected = (tracker.latest_message.parse_data or {}).get(LANGUAGE)
            if detected in ("nl", "en") and tracker.get_slot(self.slot) != detected:
                events.append(SlotSet(self.slot, detected))
        return self._prediction(probabilities, events=events)
