"""The intent classifier: a linear model on character and word n-grams, with calibrated confidence.

It replaces DIET (see docs/performance.md for the measurements behind the choice). It reads the
text as `safety_text.model_text` gives it (contractions, repeated letters, accents and typos
repaired, time words left out), so "kwil", "ik wil" and "ik wiil" look alike, and it uses two
bounded TF-IDF vocabularies: character 2- to 5-grams within words (robust to typos and to Dutch
and English mixed in one message) and word uni- and bigrams. A linear support vector machine
separates the intents.

Its scores become probabilities by temperature scaling: one temperature, fitted on the decision
values of a 5-fold cross-validation over the training data so that the softmax matches how
often the classifier is right. A confidence of 0.6 then means about 6 in 10 right, so the
FallbackClassifier's threshold and the crisis guard's "sure" mean what they say. Training takes
seconds; prediction a fraction of a millisecond.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from components.crisis_concepts import CRISIS_INTENTS
from components.safety_text import model_text
from components.stored_model import StoredModelComponent, ngram_features

logger = logging.getLogger(__name__)


# Sentence ends and line breaks: where a message is cut into clauses.
CLAUSE_END = re.compile(r"(?<=[?!.])\s+|(?<=\?)(?=\S)|\n+")
# A question: a question mark, or a sentence that opens with a question word or a verb first.
QUESTION = re.compile(
    r"\?\s*$|^\s*(?:\S+\s+)?(?:hoe|wat|waar|wanneer|waarom|wie|welke?|kan|kun|kunnen|mag|moet|moeten|is|zijn|"
    r"heb|hebben|krijg|kost|how|what|where|when|why|who|which|can|could|may|should|must|do|does|is|are|will|would)\b",
    re.IGNORECASE,
)
# Clauses that only say who one is, an age, hello or thanks: context for the question beside them.
ONLY_CONTEXT = frozenset(
    {"give_age", "helping_friend", "parent_or_teacher", "greet", "thanks", "affirm", "deny", "goodbye"}
)
# A crisis intent at least this likely in the whole reading keeps the whole reading.
CRISIS_LEAN = 0.1


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """Features and classifier, untrained."""
    features = ngram_features(config["max_char_features"], config["max_word_features"])
    classifier = LinearSVC(C=config["C"], random_state=config["random_seed"])
    return Pipeline([("features", features), ("classifier", classifier)])


@dataclass(frozen=True)
class Fitted:
    """The trained classifier and the softmax temperature that calibrates its scores."""

    pipeline: Pipeline
    temperature: float


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
class LinearIntentClassifier(StoredModelComponent):
    """Sets `intent` and `intent_ranking` from a calibrated linear model."""

    MODEL_FILE = "linear_intent_classifier.joblib"

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
            # component): 0 replaces it, 0.5 averages the two. `make pipelines` measures it.
            "blend_with_previous": 0.0,
            # A message the whole of which is read below this confidence is read clause by clause
            # (`clause_reading`); a question clause read at least `clause_sure` gives the intent.
            "clause_below": 0.5,
            "clause_sure": 0.6,
        }

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the model, then its temperature on cross-validated decision values, and stores both."""
        texts, labels = [], []
        for example in training_data.intent_examples:
            if example.get(TEXT) and example.get(INTENT):
                texts.append(model_text(example.get(TEXT)))
                labels.append(example.get(INTENT))
        if len(set(labels)) < 2:
            logger.warning("LinearIntentClassifier: fewer than two intents; not trained.")
            return self._resource
        y = np.array(labels)
        pipeline = build_pipeline(self._config).fit(texts, y)
        return self.persist(Fitted(pipeline, self._temperature_for(texts, y, pipeline.classes_)))

    def _temperature_for(self, texts: list[str], y: np.ndarray, classes: np.ndarray) -> float:
        smallest = int(min(np.unique(y, return_counts=True)[1]))
        folds = min(self._config["calibration_folds"], smallest)
        if folds < 2:
            return 1.0
        splitter = StratifiedKFold(folds, shuffle=True, random_state=self._config["random_seed"])
        values = cross_val_predict(
            build_pipeline(self._config), texts, y, cv=splitter, method="decision_function"
        )
        return fit_temperature(values, y, classes)

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the intent and the ranking of each message."""
        weight = float(self._config["blend_with_previous"])
        for message in messages:
            ranking = self.ranking(message.get(TEXT) or "")
            previous = message.get(INTENT_RANKING_KEY) or []
            if ranking and weight > 0 and previous:
                ranking = blend(ranking, previous, weight)
            ranking = self.clause_reading(message.get(TEXT) or "", ranking)
            ranking = ranking[: self._config["ranking_length"]]
            if ranking:
                message.set(INTENT, ranking[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def clause_reading(self, text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The ranking of the message's question when the whole message is unclear but its question is not.

        "Moeten we daar iets voor betalen? ik ben haar broer", "dat nummer van net, kan hij daar zelf
        ook bellen? hij is 13": a question with a remark about who one is or an age around it. Read
        whole, the remark pulls the ranking apart and the message falls back; read alone, the question
        is clear. A message whose whole reading is unsure (below `clause_below`) is cut into sentences;
        when exactly one of them is a question, its likeliest reading is sure (at least `clause_sure`,
        calibrated like the whole) and every other clause only gives context (who one is, an age, hello:
        `ONLY_CONTEXT`), that reading is the message's. Never when a clause or the whole message
        leans to a crisis: the safety layer reads the whole message.
        """
        if not ranking or ranking[0]["confidence"] >= self._config["clause_below"]:
            return ranking
        if any(r["name"] in CRISIS_INTENTS and r["confidence"] >= CRISIS_LEAN for r in ranking):
            return ranking
        clauses = [c for c in CLAUSE_END.split(text) if len(c.split()) >= 2]
        if len(clauses) < 2:
            return ranking
        readings = [(clause, self.ranking(clause)) for clause in clauses]
        if any(r and r[0]["name"] in CRISIS_INTENTS for _, r in readings):
            return ranking
        questions = [r for clause, r in readings if r and QUESTION.search(clause)]
        if len(questions) != 1:
            return ranking
        best = questions[0]
        # Every other clause only says who one is, an age, or hello: a second situation or question stays
        # with the whole reading ("ik ben 15 en mn ex stuurde mijn filmpje door. kan dat weg?").
        others = [r for _, r in readings if r is not best]
        if best[0]["confidence"] >= self._config["clause_sure"] and all(
            r and r[0]["name"] in ONLY_CONTEXT for r in others
        ):
            return best
        return ranking

    def ranking(self, text: str) -> list[dict[str, Any]]:
        """The likeliest intents with their calibrated confidence, best first."""
        if self._model is None or not text.strip():
            return []
        fitted: Fitted = self._model
        values = fitted.pipeline.decision_function([model_text(text)])[0]
        probabilities = softmax(values / fitted.temperature)
        order = np.argsort(-probabilities)
        classes = fitted.pipeline.classes_
        return [{"name": str(classes[i]), "confidence": float(probabilities[i])} for i in order]
