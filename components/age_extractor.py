"""The age a young person gives ("ik ben 13", "15-jarige", "pas 12", "im 14") as the entity `age`.

The facts differ by age (the police contact the parents of children under 13; the Kindertelefoon
is for 8 to 18), so the bot remembers it in the slot `age` for the rest of the conversation, and
forgets it with the conversation. What counts as an age: `components/age_text.py`.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.age_text import AGE, find_age
from components.untrained_component import UntrainedComponent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class AgeExtractor(UntrainedComponent):
    """Adds the entity `age` (a whole number) when a message says how old the young person is."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the age entity to each message that states an age."""
        for message in messages:
            found = find_age(message.get(TEXT) or "")
            if found is None:
                continue
            age, start, end = found
            entity = {"entity": AGE, "value": age, "start": start, "end": end, "extractor": "AgeExtractor"}
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        return messages
