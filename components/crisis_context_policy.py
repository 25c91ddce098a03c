"""In a conversation about something else, a crisis only the learned models see is asked about first.

The safety layer decides per message (components/safety_decision.py). A crisis found by a concept
(an act under way, a disclosure in plain words) is answered at once, from any point in a
conversation, and so is a crisis in a first message or outside a remembered situation. But in the
middle of a talk about images ("mijn ex heeft mn foto gedeeld"), short follow-ups ("ik heb de link
nog", "het was vorige week zaterdag") are unlike the learned models' training data: they can push
the detector over its threshold on their own, or make the classifier guess a crisis the detector
only weakly confirms. A crisis answer there would also put its channel first for the rest of the
conversation (actions/cards.py). So there the bot asks first, with the fixed safety check ("Ben je
nu in gevaar? / Denk je aan zelfmoord? / ...", with the 112 and 113 cards), whose buttons lead to
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
    """Predicts the safety check for a crisis only the learned models see, within another situation."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Above RulePolicy (6), like the action-server fallback (7): the two never act on one turn."""
        return {
            "priority": 7,
            "check_response": "utter_distress_check",
            "situation_slot": "situation",
            "uncertain_reasons": ["detector", "classifier"],
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
        """A crisis intent set by the learned models, not a concept, in a conversation with a situation."""
        message = tracker.latest_message
        intent = (message.intent or {}).get("name") if message else None
        if intent not in CRISIS_INTENTS or not tracker.get_slot(self.situation_slot):
            return False
        safety = (message.parse_data or {}).get(SAFETY) if message else None
        return isinstance(safety, dict) and safety.get("reason") in self.uncertain_reasons
