"""A message about what happens to someone else is a message for someone else.

The intent classifier names what goes on ("mijn vriendin wordt thuis geslagen door haar vader":
`violence_at_home`), but the writer is not the one it happens to: the answer must speak to a friend,
a parent or a teacher, with the help for that person (channels/topics.yml `situations`). When the
message's subject is a friend, a sibling, a classmate or the writer's child and nothing makes the
writer the one it happens to (`components/someone_else_text.py`), this component turns a concern
intent into `helping_friend` or `parent_or_teacher`, and the concern classifier (next in the
pipeline) then says what goes on. Crisis intents are left as they are: the crisis answers are
fixed and the safety layer decides on them.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.blackmail_router import CRISIS, MISREAD, set_first, unsure_ranking
from components.concern_text import CONCERN_INTENTS
from components.crisis_concepts import CRISIS_INTENTS
from components.someone_else_text import asks_about_others_punishment, someone_else
from components.untrained_component import UntrainedComponent

# The intent before the change, in the parse result (for the NLU reports and the logs of ids).
INTENT_BEFORE = "intent_before_someone_else"
ROUTED = frozenset(CONCERN_INTENTS) - frozenset(CRISIS_INTENTS)
# "Krijgt hij hier straf voor?": whether the one who did it is punished is a question for the police,
# not "am I in trouble" (components/someone_else_text.py).
AM_I_IN_TROUBLE = "ask_am_i_in_trouble"
POLICE_STEP = "report_to_police"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SomeoneElseRouter(UntrainedComponent):
    """Turns a concern intent told about someone else into a message for someone else."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the intent `helping_friend` or `parent_or_teacher` where the message is about another."""
        for message in messages:
            intent = message.get(INTENT) or {}
            name = intent.get("name")
            text = message.get(TEXT) or ""
            ranking = list(message.get(INTENT_RANKING_KEY) or [])
            if (
                name not in CRISIS
                and (name == AM_I_IN_TROUBLE or name in MISREAD or unsure_ranking(ranking))
                and asks_about_others_punishment(text)
            ):
                # Also when the classifier is unsure (the FallbackClassifier would answer "not
                # understood"): first by the ambiguity margin, past the threshold.
                set_first(message, POLICE_STEP, ranking)
                message.set(INTENT_BEFORE, name, add_to_output=True)
                continue
            if name not in ROUTED:
                continue
            writer = someone_else(text)
            if writer is None:
                continue
            message.set(INTENT, {**intent, "name": writer}, add_to_output=True)
            message.set(INTENT_BEFORE, name, add_to_output=True)
        return messages
