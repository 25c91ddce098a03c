"""A safety net over the intent classifier: crisis words always lead to the crisis answer.

A learned classifier can miss a rare way of saying "I want to die" or "I am in danger now", or
be unsure and hand it to the fallback. Missing a crisis costs far more than answering one that
was not meant, so messages that match these patterns (or that the classifier ranked first as
a crisis but was unsure about) get the crisis intent with full confidence. The patterns are
deliberately narrow phrases, not single words such as "dood" ("doodmoe", "ik schrok me dood").
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Pattern, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

NLU_FALLBACK = "nlu_fallback"

DEFAULT_PATTERNS: Dict[Text, List[Text]] = {
    "suicidal_thoughts": [
        r"zelf\s*moord",
        r"zelfdoding",
        r"su[iï]cid",
        r"\b(wil|ga|zou|wou|ben)\b[^.?!]{0,25}\bdood\b(?![a-z])",
        r"\bdood\s+(willen|gaan|zijn)\b",
        r"niet\s+meer\s+(willen\s+)?(leven|bestaan)",
        # "ik wil niet meer" ending a sentence is how many people say they want to die.
        r"\bik\s+(wil|kan)\s+(echt\s+)?niet\s+meer\s*([.!,]|$)",
        r"\ber\s+een\s+punt\s+achter\s+zetten\b",
        r"\bzet\s+er\s+(maar\s+)?een\s+punt\s+achter\b",
        r"er\s+niet\s+meer\s+(willen\s+)?zijn",
        r"(maak|maken)\s+een\s+einde\s+aan\s+(mijn\s+leven|alles|mezelf)",
        r"\beinde\s+aan\s+mijn\s+leven",
        r"mezelf\s+(van\s+kant|iets\s+aan|om\s+het\s+leven)",
        r"mezelf\s+(pijn\s+doen|snijden|krassen)",
        r"\b(me|mezelf)\s+((weer|expres|vandaag|net|opnieuw)\s+)*(gesneden|gekrast|pijn\s+gedaan)\b",
        r"\bniemand\s+zou\s+me\s+missen\b",
        r"(snij|snijd|kras|krassen|snijden)\b[^.?!]{0,25}\b(arm|armen|pols|polsen|been|benen)\b",
        r"\b(arm|armen|pols|polsen|benen)\b[^.?!]{0,15}\b(snijden|krassen)\b",
        r"\bkill\s+my\s*self\b",
        r"\bkms\b",
        r"\bend\s+my\s+life\b",
        r"\bwant\s+to\s+die\b",
    ],
    "danger_now": [
        r"\b(ik\s+ben|zijn|zit|zitten)\s+(nu\s+)?in\s+gevaar\b",
        r"(?<!geen )\bnood\s*(geval|situatie)\b",
        r"\bsos\b",
        r"\bwordt\s+(nu|op\s+dit\s+moment)\s+(misbruikt|verkracht|geslagen|aangerand)",
        r"\b(nu|op\s+dit\s+moment)\s+(misbruikt|verkracht|aangerand)\b",
        r"\bstaat\s+(nu\s+)?voor\s+(de|mijn)\s+deur\b",
        r"\bgebeurt\s+(er\s+)?(nu|op\s+dit\s+moment)\s+iets\b",
        r"\bin\s+danger\b",
    ],
}


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent):
    """Sets a crisis intent when crisis phrases match, or when the fallback hid a crisis guess."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Patterns per crisis intent; `promote_from_fallback` lifts an unsure crisis guess.

        An unsure guess is lifted only from `promote_min_confidence` up, so a vague message
        ("tot snel") is not answered as a crisis.
        """
        return {
            "patterns": DEFAULT_PATTERNS,
            "promote_from_fallback": True,
            "promote_min_confidence": 0.3,
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._patterns: Dict[Text, List[Pattern[Text]]] = {
            intent: [re.compile(p, re.IGNORECASE) for p in patterns]
            for intent, patterns in config["patterns"].items()
        }
        self._promote = bool(config["promote_from_fallback"])
        self._promote_min = float(config["promote_min_confidence"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        """Creates the component (nothing to train)."""
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        """Overrides the intent of messages that express a crisis."""
        for message in messages:
            crisis = self._crisis_intent(message)
            if crisis is not None:
                _set_intent(message, crisis)
        return messages

    def _crisis_intent(self, message: Message) -> Optional[Text]:
        text = message.get(TEXT) or ""
        for intent, patterns in self._patterns.items():
            if any(p.search(text) for p in patterns):
                return intent
        current = (message.get(INTENT) or {}).get("name")
        if self._promote and current == NLU_FALLBACK:
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != NLU_FALLBACK]
            if (
                ranking
                and ranking[0]["name"] in self._patterns
                and ranking[0]["confidence"] >= self._promote_min
            ):
                return ranking[0]["name"]
        return None


def _set_intent(message: Message, intent: Text) -> None:
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != intent]
    top = {"name": intent, "confidence": 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
