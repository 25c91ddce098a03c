"""Who is in the images and where they were, as `material` and `place` in the parse result.

Where a report goes depends on it (components/material_text.py says how it is found): the
police instead of the Meldpunt Kinderporno for adults' material or a private message.
`ParseSlotsPolicy` keeps the latest finding in the slots of the same names for the rest of the
conversation; they are forgotten with it. Not entities: Rasa's end-to-end conversation tests
would then need them spelled out in every story that mentions a child.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.material_text import (
    MATERIAL,
    PLACE,
    SENT_OWN,
    children_seen,
    csam_seen,
    find_material,
    find_place,
    find_sent_own,
    violence_seen,
)
from components.untrained_component import UntrainedComponent

# "There's a video going round of a fight at our school, everyone is sharing it": the classifier
# reads images that go round as one's own; real violence filmed that does not show the writer is
# images seen (the police and an anonymous tip, bot/referral.py), and so is abuse material of children
# named as such ("iemand heeft kinderporno op een website gezet") that does not show the writer.
# Twelfth session: a read miss of the twelfth conversations and a probe, as families.
OWN_IMAGES = "own_images_shared"
SEEN = "saw_illegal_images"
INTENT_BEFORE = "intent_before_material"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class MaterialExtractor(UntrainedComponent):
    """Adds `material` (children or adults) and `place` (private) when a message says so."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Writes the findings into the parse result of each message that says who or where."""
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue
            found = (
                (MATERIAL, find_material(text)),
                (PLACE, find_place(text)),
                (SENT_OWN, find_sent_own(text)),
            )
            for name, value in found:
                if value is not None:
                    message.set(name, value, add_to_output=True)
            intent = message.get(INTENT) or {}
            if intent.get("name") == OWN_IMAGES and (
                violence_seen(text) or csam_seen(text) or children_seen(text)
            ):
                message.set(INTENT, {**intent, "name": SEEN}, add_to_output=True)
                message.set(INTENT_BEFORE, OWN_IMAGES, add_to_output=True)
        return messages
