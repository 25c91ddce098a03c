"""What a message for someone else is about, as `concern` in the parse result.

A parent, a teacher or a friend writes for someone else: "een leerling van 14 vertelde me dat haar
vader haar slaat" is a teacher's message (the intent, `parent_or_teacher`) about violence at home
(the concern). Where to go depends on the concern: Veilig Thuis, not the generic cards for parents.
This component answers it with its own small classifier, trained on two sources:

- the examples of the concern intents in the NLU data (what happened, told by the young person
  themselves: the words of each situation);
- the examples of follow-ups that say nothing of what is going on (`none_intents`), as `none`;
- its own examples in `concerns/examples.yml`: messages for someone else, each labelled with its
  concern or `none` when it does not say ("ik ben mentor en maak me zorgen"), counted
  `own_weight` times, since they are the kind of message it is asked about.

It runs right after the intent classifier and speaks only when that classifier's intent is one of
`someone_else_intents`. `ParseSlotsPolicy` keeps the concern in the slot of the same name.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.concern_text import (
    CONCERN,
    CONCERN_INTENTS,
    CONCERN_MARGIN,
    IMAGES_OF_THEM_SHARED,
    NONE,
    SOMEONE_ELSE_INTENTS,
)
from components.linear_intent_classifier import LinearIntentClassifier, build_pipeline
from components.safety_text import model_text
from components.stored_model import StoredModelComponent, load_yaml

logger = logging.getLogger(__name__)
# The margin given to a concern the words decide ("a video of her is being shared"): sure enough to
# replace a remembered concern (ParseSlotsPolicy's `replace_concern_margin`).
SURE_BY_WORDS = 1.0

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def own_examples(path: Path) -> list[tuple[str, str]]:
    """(text, concern) from the component's own examples file; a wrong label is an error."""
    rows = load_yaml(path.read_text(encoding="utf-8")) or []
    examples = []
    for row in rows:
        label = str(row["concern"])
        if label not in (*CONCERN_INTENTS, NONE):
            raise ValueError(f"{path}: concern {label!r} is not one of {(*CONCERN_INTENTS, NONE)}")
        examples.append((str(row["text"]), label))
    return examples


def training_pairs(
    intent_examples: Sequence[tuple[str, str]],
    own: Sequence[tuple[str, str]],
    own_weight: int,
    none_intents: Sequence[str] = (),
) -> tuple[list[str], list[str]]:
    """Normalised texts and labels: the concern intents' NLU examples, those of `none_intents` as
    `none` (an age, a question about cost or parents says nothing of what is going on), and the
    own ones repeated."""
    texts, labels = [], []
    for text, intent in intent_examples:
        if text and (intent in CONCERN_INTENTS or intent in none_intents):
            texts.append(model_text(text))
            labels.append(intent if intent in CONCERN_INTENTS else NONE)
    for text, label in own:
        texts.extend([model_text(text)] * own_weight)
        labels.extend([label] * own_weight)
    return texts, labels


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ConcernClassifier(StoredModelComponent):
    """Adds `concern` to a message for someone else that says what is going on."""

    MODEL_FILE = "concern_classifier.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The features of the intent classifier, its own examples and their weight."""
        features = LinearIntentClassifier.get_default_config()
        return {
            **{key: features[key] for key in ("C", "max_char_features", "max_word_features", "random_seed")},
            "examples": "concerns/examples.yml",
            "own_weight": 3,
            # Follow-ups and questions that say nothing of what is going on ("ze is 14", "kost
            # het geld?", "weten mijn ouders het dan?"): examples of `none`. Measured by
            # cross-validation on the own examples: 0.819 without them, 0.868 with them.
            "none_intents": [
                "give_age",
                "ask_cost",
                "ask_bring_someone",
                "ask_privacy",
                "greet",
                "ask_parents",
                "hesitate_to_report",
                "decline_help",
                "ask_help_overview",
            ],
            "random_seed": 42,
            "someone_else_intents": list(SOMEONE_ELSE_INTENTS),
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The code of components/ and the own examples: a change to either retrains."""
        return cls.fingerprint_with_file(PROJECT_ROOT / {**cls.get_default_config(), **config}["examples"])

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the classifier on the concern intents' examples and the own examples."""
        path = PROJECT_ROOT / self._config["examples"]
        own = own_examples(path) if path.is_file() else []
        pairs = [(e.get(TEXT), e.get(INTENT)) for e in training_data.intent_examples]
        texts, labels = training_pairs(
            pairs, own, int(self._config["own_weight"]), tuple(self._config["none_intents"])
        )
        if len(set(labels)) < 2:
            logger.warning("ConcernClassifier: fewer than two concerns; not trained.")
            return self._resource
        return self.persist(build_pipeline(self._config).fit(texts, np.array(labels)))

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets `concern` on each message for someone else that says what is going on."""
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            if intent not in self._config["someone_else_intents"]:
                continue
            text = message.get(TEXT) or ""
            concern, margin = self.reading(text)
            if concern in (None, "saw_illegal_images") and IMAGES_OF_THEM_SHARED.search(text):
                # "A video of her is being shared in a snapchat group": images of the child.
                concern, margin = "own_images_shared", SURE_BY_WORDS
            if concern is not None:
                message.set(CONCERN, concern, add_to_output=True)
                message.set(CONCERN_MARGIN, round(margin, 3), add_to_output=True)
        return messages

    def reading(self, text: str) -> tuple[str | None, float]:
        """The likeliest concern of a text (None when it says none) and its lead over the runner-up
        in the classifier's decision values."""
        if self._model is None or not text.strip():
            return None, 0.0
        values = np.asarray(self._model.decision_function([model_text(text)]))[0]
        order = np.argsort(values)[::-1]
        label = str(self._model.classes_[order[0]])
        margin = float(values[order[0]] - values[order[1]]) if len(order) > 1 else float("inf")
        return (None if label == NONE else label), margin
