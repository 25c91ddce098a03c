"""Blackmail with images of oneself is about one's own images, also when the classifier is unsure.

"Ik word gechanteerd" or "some guy has a video of me and wants 500 euros" told the young person is
blackmailed with their images (sextortion): the help for one's own images (Helpwanted first) fits.
The intent classifier spreads these messages over several intents and is often too unsure, so the
FallbackClassifier would answer with the main topics instead. When the message names blackmail
(components/blackmail_text.py) and the classifier reads it as an adult online, images seen or
something out of scope, or is unsure (under the FallbackClassifier's threshold, or its first two
intents within the ambiguity threshold), this component makes it `own_images_shared`, first in the
ranking by the ambiguity margin, so the FallbackClassifier keeps it. A reading the classifier is
sure of (someone else's blackmail, a step to the police, a follow-up) is left as it is, and so is
a crisis reading. The same holds for intimate images of oneself that someone shows, spreads or posts
("we swapped pics and after we broke up he showed mine to his mates"; `own_images_spread`).
SomeoneElseRouter (next) still turns it into a talk for someone else when a friend or a child is
the one blackmailed.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.blackmail_text import blackmailed, own_images_spread
from components.crisis_concepts import CRISIS_INTENTS
from components.safety_decision import SafetyRules
from components.untrained_component import UntrainedComponent

OWN_IMAGES = "own_images_shared"
OTHERS_IMAGES = "shared_others_images"
# The intent before the change, in the parse result (for the NLU reports and the logs of ids).
INTENT_BEFORE = "intent_before_blackmail"
# Readings a blackmail story is taken from: an adult online, images seen or reported, nothing.
MISREAD = frozenset(
    {
        "grooming",
        "saw_illegal_images",
        "porn_industry_exploitation",
        "report_illegal_content",
        "out_of_scope",
        "greet",
        "goodbye",
        "affirm",
        "deny",
        "thanks",
    }
)
# Crisis readings are the safety layer's to decide (components/crisis_guard.py): one the classifier
# would vote for (`promote_min_confidence` or more) is never changed. Under it the classifier casts no
# vote of its own, and its crisis probabilities stay in the ranking for the guard to add up.
CRISIS = frozenset({*CRISIS_INTENTS, "distress_unclear"})
CRISIS_VOTE = SafetyRules().promote_min_confidence
# The FallbackClassifier's settings (config.yml): unsure below the threshold or within the margin.
THRESHOLD = 0.4
AMBIGUITY = 0.08
# Past the margin, not on it (floating point: 0.62 - 0.54 < 0.08).
MARGIN = 0.01


def unsure_ranking(ranking: list[dict[str, Any]]) -> bool:
    if not ranking:
        return True
    top = float(ranking[0].get("confidence") or 0.0)
    second = float(ranking[1].get("confidence") or 0.0) if len(ranking) > 1 else 0.0
    return top < THRESHOLD or top - second < AMBIGUITY


def set_first(message: Message, intent: str, ranking: list[dict[str, Any]]) -> None:
    """Make `intent` the message's intent, first in the ranking by the FallbackClassifier's ambiguity
    margin and at least its threshold, so the FallbackClassifier keeps it (also SomeoneElseRouter)."""
    top = float(ranking[0].get("confidence") or 0.0) if ranking else 0.0
    own = next((float(r.get("confidence") or 0.0) for r in ranking if r.get("name") == intent), 0.0)
    confidence = min(1.0, max(own, top + AMBIGUITY + MARGIN, THRESHOLD + AMBIGUITY + MARGIN))
    rest = [r for r in ranking if r.get("name") != intent]
    message.set(INTENT, {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": confidence}, *rest], add_to_output=True)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class BlackmailRouter(UntrainedComponent):
    """Turns a misread or unsure blackmail story into one's own images."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the intent `own_images_shared` where a blackmail story was misread or left unsure."""
        for message in messages:
            intent = message.get(INTENT) or {}
            name = intent.get("name")
            ranking = list(message.get(INTENT_RANKING_KEY) or [])
            crisis_vote = name in CRISIS and float(intent.get("confidence") or 0.0) >= CRISIS_VOTE
            text = message.get(TEXT) or ""
            spread = own_images_spread(text)
            if crisis_vote or not (spread or blackmailed(text)):
                continue
            # "Someone shared my nude photo" read as one's own forwarding of someone else's image: the
            # writer's own images, spread by another (own_images_spread excludes the writer as the one
            # who spread them), whatever the classifier's confidence.
            mine_spread = name == OTHERS_IMAGES and spread
            if name not in MISREAD and not unsure_ranking(ranking) and not mine_spread:
                continue
            # The rule decided; the classifier's own reading stays in `intent_before_blackmail`.
            set_first(message, OWN_IMAGES, ranking)
            message.set(INTENT_BEFORE, name, add_to_output=True)
        return messages
