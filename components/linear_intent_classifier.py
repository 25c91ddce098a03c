"""The intent classifier: a linear model on character and word n-grams, with calibrated confidence.

It replaces DIET (see docs/performance.md for the measurements behind the choice). It reads the
text through `safety_text.normalize` (contractions, repeated letters, accents, typo repair), so
"kwil", "ik wil" and "ik wiil" look alike, and it uses two bounded TF-IDF vocabularies:
character 2- to 5-grams within words (robust to typos and to Dutch and English mixed in one
message) and word uni- and bigrams. A linear support vector machine separates the intents.

Its scores become probabilities by temperature scaling: one temperature, fitted on the decision
values of a 5-fold cross-validation over the training data so that the softmax matches how
often the classifier is right. A confidence of 0.6 then means about 6 in 10 right, so the
FallbackClassifier's threshold and the crisis guard's "sure" mean what they say. Training takes
seconds; prediction a fraction of a millisecond.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from components.safety_text import normalize

logger = logging.getLogger(__name__)

_MODEL_FILE = "linear_intent_classifier.joblib"


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """Features and classifier, untrained."""
    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=config["max_char_features"],
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    max_features=config["max_word_features"],
                ),
            ),
        ]
    )
    classifier = LinearSVC(C=config["C"], random_state=config["random_seed"])
    return Pipeline([("features", features), ("classifier", classifier)])


def fit_temperature(decision_values: np.ndarray, labels: np.ndarray, classes: np.ndarray) -> float:
    """The softmax temperature that minimises the negative log-likelihood of the true labels."""
    index = np.searchsorted(classes, labels)
    rows = np.arange(len(labels))

    def nll(log_temperature: float) -> float:
        scaled = decision_values / np.exp(log_temperature)
        return float(-np.mean(log_softmax(scaled, axis=1)[rows, index]))

    result = minimize_scalar(nll, bounds=(-6.0, 3.0), method="bounded")
    return float(np.exp(result.x))


def blend(ours: list[dict[str, Any]], previous: list[dict[str, Any]], weight: float) -> list[dict[str, Any]]:
    """A weighted average of two rankings (an intent missing from one counts 0 there)."""
    mixed: dict[str, float] = {}
    for ranking, share in ((ours, 1.0 - weight), (previous, weight)):
        for entry in ranking:
            mixed[entry["name"]] = mixed.get(entry["name"], 0.0) + share * float(entry["confidence"])
    return [{"name": n, "confidence": c} for n, c in sorted(mixed.items(), key=lambda kv: -kv[1])]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentClassifier(GraphComponent):
    """Sets `intent` and `intent_ranking` from a calibrated linear model."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Regularisation, bounded vocabularies, the cross-validation folds and a fixed seed."""
        return {
            "C": 1.0,
            "max_char_features": 30000,
            "max_word_features": 10000,
            "calibration_folds": 5,
            "ranking_length": 10,
            "random_seed": 42,
            # Weight of a ranking already on the message (DIET's, when DIET runs before this
            # component): 0 replaces it, 0.5 averages the two. Used to measure the combination.
            "blend_with_previous": 0.0,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """This file and the text normalisation, so Rasa's cache is not reused after either
        changes (Rasa fingerprints only the config and the training data)."""
        digest = hashlib.sha256()
        for module in (__file__, normalize.__code__.co_filename):
            digest.update(Path(module).read_bytes())
        return digest.hexdigest()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        pipeline: Pipeline | None = None,
        temperature: float = 1.0,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._pipeline = pipeline
        self._temperature = temperature

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        """An untrained classifier."""
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the model, then its temperature on cross-validated decision values, and stores both."""
        texts, labels = [], []
        for example in training_data.intent_examples:
            if example.get(TEXT) and example.get(INTENT):
                texts.append(normalize(example.get(TEXT)))
                labels.append(example.get(INTENT))
        if len(set(labels)) < 2:
            logger.warning("LinearIntentClassifier: fewer than two intents; not trained.")
            return self._resource
        y = np.array(labels)
        self._pipeline = build_pipeline(self._config).fit(texts, y)
        self._temperature = self._calibrate(texts, y)
        with self._storage.write_to(self._resource) as directory:
            joblib.dump(
                {"pipeline": self._pipeline, "temperature": self._temperature},
                Path(directory) / _MODEL_FILE,
            )
        return self._resource

    def _calibrate(self, texts: list[str], y: np.ndarray) -> float:
        smallest = int(min(np.unique(y, return_counts=True)[1]))
        folds = min(self._config["calibration_folds"], smallest)
        if folds < 2:
            return 1.0
        splitter = StratifiedKFold(folds, shuffle=True, random_state=self._config["random_seed"])
        values = cross_val_predict(
            build_pipeline(self._config), texts, y, cv=splitter, method="decision_function"
        )
        assert self._pipeline is not None
        return fit_temperature(values, y, self._pipeline.classes_)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        """Loads the trained model; without one, messages get no intent."""
        try:
            with model_storage.read_from(resource) as directory:
                stored = joblib.load(Path(directory) / _MODEL_FILE)
        except (ValueError, FileNotFoundError):
            logger.warning("LinearIntentClassifier: no trained model found.")
            return cls(config, model_storage, resource)
        return cls(config, model_storage, resource, stored["pipeline"], stored["temperature"])

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the intent and the ranking of each message."""
        weight = float(self._config["blend_with_previous"])
        for message in messages:
            ranking = self.ranking(message.get(TEXT) or "")
            previous = message.get(INTENT_RANKING_KEY) or []
            if ranking and weight > 0 and previous:
                ranking = blend(ranking, previous, weight)
            ranking = ranking[: self._config["ranking_length"]]
            if ranking:
                message.set(INTENT, ranking[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def ranking(self, text: str) -> list[dict[str, Any]]:
        """The likeliest intents with their calibrated confidence, best first."""
        if self._pipeline is None or not text.strip():
            return []
        values = self._pipeline.decision_function([normalize(text)])[0]
        probabilities = softmax(values / self._temperature)
        order = np.argsort(-probabilities)
        classes = self._pipeline.classes_
        return [{"name": str(classes[i]), "confidence": float(probabilities[i])} for i in order]

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to training data."""
        return training_data
