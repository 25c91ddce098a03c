"""The safety layer's last step in the NLU pipeline: crisis first, and when unsure about distress, ask.

Runs after the intent classifier, the FallbackClassifier and the `CrisisDetector`, and applies `SafetyRules`
(components/safety_decision.py) to each message. The decision and the signal behind it are
written into the parse result as `safety` (with the classifier's own first guess), so the counsellor
console and the reports can show why the bot answered as it did.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.crisis_detector import CRISIS_SCORES, KNOWN_TEXT
from components.safety_decision import NLU_FALLBACK, SAFETY, SafetyRules


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisGuard(GraphComponent):
    """Sets a crisis intent, or `distress_unclear`, from the three safety signals."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Thresholds of the safety decision (see `SafetyRules`)."""
        defaults = asdict(SafetyRules())
        defaults["short_reply_intents"] = sorted(defaults["short_reply_intents"])
        return defaults

    def __init__(self, config: dict[str, Any]) -> None:
        # A model trained before a setting existed still loads, with that setting's default.
        config = {**self.get_default_config(), **config}
        values = {f.name: config[f.name] for f in fields(SafetyRules)}
        values["short_reply_intents"] = frozenset(values["short_reply_intents"])
        self._rules = SafetyRules(**values)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        """Creates the component (nothing to train)."""
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        """Overrides the intent of messages that express a crisis or unclear distress."""
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY) or []
            before = (message.get(INTENT) or {}).get("name")
            decision, reason = self._rules.decide(
                message.get(TEXT) or "",
                before,
                ranking,
                message.get(CRISIS_SCORES) or {},
                message.get(KNOWN_TEXT),
            )
            classifier = next((r for r in ranking if r.get("name") != NLU_FALLBACK), None)
            if decision is not None:
                _set_intent(message, decision)
            message.set(
                SAFETY,
                {"decision": decision, "reason": reason, "intent_before": before, "classifier": classifier},
                add_to_output=True,
            )
        return messages


def _set_intent(message: Message, intent: str) -> None:
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != intent]
    top = {"name": intent, "confidence": 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
