"""The learned crisis detector: a second opinion beside the intent classifier: "is this a crisis?".

The intent classifier sorts a message into one of many intents. This detector is trained on one
question: which crisis, if any (`danger_now`, `suicidal_thoughts`, `sexual_violence` or `none`).
It reads the text as `safety_text.model_text` gives it (normalised, without time words) and uses
character n-grams within words (robust to typos and to Dutch/English mixed in one message)
plus word uni- and bigrams, with a class-balanced logistic regression, whose probabilities are
close to calibrated. It trains in seconds on the NLU training data (every crisis intent's
examples are positives, every other intent's examples are the negatives) and on its own examples
in `safety/detector.yml`: crisis and non-crisis messages that only this detector learns from, such
as hyperbole, chit-chat and questions about the help services, which have
no intent of their own in the classifier. It also learns from whole sets that separate writers
wrote in the register of the blind test sets (`safety/written/<set>/`, crisis and ordinary
messages in the test sets' format): each writer says a crisis in other words, and a detector that
has read more writers recognises more of a new one's.

It writes `crisis_scores` (probability per crisis intent) on the message and into the parse
result; `CrisisGuard` decides what to do with them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from components.crisis_concepts import CRISIS_INTENTS, NO_CRISIS, SET_CLASS_LABELS
from components.safety_text import model_text
from components.stored_model import StoredModelComponent, load_yaml, ngram_features

logger = logging.getLogger(__name__)

CRISIS_SCORES = "crisis_scores"
KNOWN_TEXT = "known_text"
NONE = NO_CRISIS
# The detector's own examples, relative to the project root (the parent of components/).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """The detector's features and classifier (also used by the offline evaluation)."""
    features = ngram_features(config["max_char_features"])
    classifier = LogisticRegression(
        C=config["C"],
        class_weight="balanced",
        max_iter=2000,
        random_state=config["random_seed"],
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def own_examples(path: Path) -> list[tuple[str, str]]:
    """The detector's own (text, label) examples; label is a crisis intent or `none`.

    The file is a list of {text, label}. A missing file gives none; a label that is neither a
    crisis intent nor `none` is an error, so a typo cannot quietly turn a crisis into a negative.
    """
    if not path.is_file():
        return []
    rows = load_yaml(path.read_text(encoding="utf-8")) or []
    examples = []
    for row in rows:
        label = row["label"]
        if label not in (*CRISIS_INTENTS, NONE):
            raise ValueError(f"{path}: label {label!r} is not one of {(*CRISIS_INTENTS, NONE)}")
        examples.append((str(row["text"]), label))
    return examples


def examples_path(config: dict[str, Any]) -> Path | None:
    """Where the detector's own examples are (None: only the NLU data)."""
    return PROJECT_ROOT / config["examples"] if config.get("examples") else None


def written_set_files(config: dict[str, Any]) -> list[Path]:
    """The crisis.yml and ordinary.yml of every written set, in a fixed order."""
    folder = PROJECT_ROOT / config["written_sets"] if config.get("written_sets") else None
    if folder is None or not folder.is_dir():
        return []
    return sorted(folder.glob("*/crisis.yml")) + sorted(folder.glob("*/ordinary.yml"))


def written_examples(files: Sequence[Path]) -> list[tuple[str, str]]:
    """The (text, label) examples of written sets; a class the detector does not know is an error."""
    examples = []
    for path in files:
        for message in (load_yaml(path.read_text(encoding="utf-8")) or {}).get("messages", []):
            label = SET_CLASS_LABELS.get(message["class"])
            if label is None:
                raise ValueError(
                    f"{path}: class {message['class']!r} is not one of {tuple(SET_CLASS_LABELS)}"
                )
            examples.append((str(message["text"]), label))
    return examples


def weighted_examples(
    *groups: tuple[Sequence[tuple[str, str]], float],
) -> tuple[list[str], list[str], list[float]]:
    """Normalised texts, labels (the crisis intent, or `none`) and sample weights from groups of
    (text, intent) pairs with their weight; each text once (the first time it comes)."""
    texts: list[str] = []
    labels: list[str] = []
    weights: list[float] = []
    seen: set[str] = set()
    for pairs, weight in groups:
        for text, intent in pairs:
            if not text:
                continue
            normalized = model_text(text)
            if normalized in seen:
                continue
            seen.add(normalized)
            texts.append(normalized)
            labels.append(intent if intent in CRISIS_INTENTS else NONE)
            weights.append(weight)
    return texts, labels, weights


def detector_examples(
    config: dict[str, Any],
    pairs: Sequence[tuple[str, str]],
    written: Sequence[tuple[str, str]],
    own: Sequence[tuple[str, str]] = (),
) -> tuple[list[str], list[str], list[float]]:
    """The detector's training examples: the NLU data's (text, intent) pairs (weight 1), its own
    examples (`own_weight`) and the written sets' (`written_weight`)."""
    return weighted_examples(
        (pairs, 1.0),
        (own, float(config.get("own_weight", 1.0))),
        (written, float(config.get("written_weight", 1.0))),
    )


def fit_detector(config: dict[str, Any], examples: tuple[list[str], list[str], list[float]]) -> Pipeline:
    """The detector fitted on `detector_examples` (also used by bot/tools/detector_eval.py)."""
    texts, labels, weights = examples
    return build_pipeline(config).fit(texts, labels, classifier__sample_weight=weights)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisDetector(StoredModelComponent):
    """Adds `crisis_scores` to every message from a classifier trained on crisis vs. the rest."""

    MODEL_FILE = "crisis_detector.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Regularisation, a bounded char n-gram vocabulary, a fixed seed, its own examples and the
        sets other writers wrote."""
        return {
            "C": 8.0,
            "max_char_features": 20000,
            "random_seed": 42,
            "examples": "safety/detector.yml",
            "written_sets": "safety/written",
            # The sets written by separate writers in the blind sets' register weigh this much
            # beside the NLU data (bot/tools/detector_eval.py compares weights by leaving each
            # writer out in turn).
            "written_weight": 8.0,
            # The detector's own examples (safety/detector.yml) weigh this much.
            "own_weight": 1.0,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The code of components/, the detector's own examples and the written sets: a change to
        any of them retrains."""
        full = {**cls.get_default_config(), **config}
        return cls.fingerprint_with_file(examples_path(full), *written_set_files(full))

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the classifier on crisis intents vs. every other intent, on its own examples and on
        the written sets."""
        path = examples_path(self._config)
        pairs = [(e.get(TEXT), e.get(INTENT)) for e in training_data.intent_examples]
        examples = detector_examples(
            self._config,
            pairs,
            written_examples(written_set_files(self._config)),
            own_examples(path) if path else [],
        )
        if len(set(examples[1])) < 2:
            logger.warning("CrisisDetector: no crisis and non-crisis examples; not trained.")
            return self._resource
        return self.persist(fit_detector(self._config, examples))

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets `crisis_scores` and `known_text` on each message."""
        for message in messages:
            text = message.get(TEXT) or ""
            message.set(CRISIS_SCORES, self.scores(text), add_to_output=True)
            message.set(KNOWN_TEXT, self.known_text(text), add_to_output=True)
        return messages

    def known_text(self, text: str) -> float | None:
        """The share of the message's character 3- to 5-grams seen in training (None: none).

        A message the bot has never seen anything like ("qwpoeiruty zxmcnv") scores near 0 and
        cannot be understood, however sure the classifier is; a typo ("doeiii") still scores high.
        """
        if self._model is None:
            return None
        chars = dict(self._model.named_steps["features"].transformer_list)["chars"]
        grams = [g for g in chars.build_analyzer()(model_text(text)) if len(g.strip()) >= 3]
        if not grams:
            return None
        vocabulary = chars.vocabulary_
        return round(sum(1 for g in grams if g in vocabulary) / len(grams), 3)

    def scores(self, text: str) -> dict[str, float]:
        """Probability per crisis intent for one message."""
        if self._model is None or not text.strip():
            return {intent: 0.0 for intent in CRISIS_INTENTS}
        probabilities = self._model.predict_proba([model_text(text)])[0]
        by_label = dict(zip(self._model.classes_, probabilities, strict=True))
        return {intent: round(float(by_label.get(intent, 0.0)), 4) for intent in CRISIS_INTENTS}
