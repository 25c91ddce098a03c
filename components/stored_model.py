"""What the project's trainable graph components share: n-gram features, reading their own examples
(YAML), and a fitted model kept in Rasa's model storage.

`CrisisDetector` and `LinearIntentClassifier` each fit a scikit-learn model in seconds. This base
stores it with joblib in the component's resource, loads it back (a model without one still
loads, and the component then says nothing), and fingerprints the code of components/, so that
Rasa's training cache is not reused after that code changes (Rasa itself fingerprints only the
config and the training data).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import joblib
import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

logger = logging.getLogger(__name__)

StoredModelT = TypeVar("StoredModelT", bound="StoredModelComponent")


# libyaml's safe loader where PyYAML has it: the written sets parse in 0.4 s instead of 3.5 s.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """`yaml.safe_load` with the C loader when there is one (the same safe types): the components' own
    examples and the written sets."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)


def ngram_features(max_char_features: int | None, max_word_features: int | None = None) -> FeatureUnion:
    """TF-IDF of character 2- to 5-grams within words (robust to typos and to Dutch and English
    mixed in one message) beside word uni- and bigrams, each vocabulary bounded."""
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=max_char_features
    )
    words = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), sublinear_tf=True, max_features=max_word_features
    )
    return FeatureUnion([("chars", chars), ("words", words)])


class StoredModelComponent(GraphComponent):
    """A graph component around one fitted model, persisted with joblib."""

    MODEL_FILE: ClassVar[str] = "model.joblib"

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Any = None,
    ) -> None:
        # A model trained before a setting existed still loads, with that setting's default.
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls: type[StoredModelT],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> StoredModelT:
        """An untrained component."""
        return cls(config, model_storage, resource)

    @staticmethod
    def code_fingerprint() -> str:
        """Every module of components/ (the component, this base, the text normalisation and
        what they import)."""
        digest = hashlib.sha256()
        for module in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(module.name.encode() + module.read_bytes())
        return digest.hexdigest()

    @classmethod
    def fingerprint_with_file(cls, *paths: Path | None) -> str:
        """The code fingerprint and the bytes of the files the component learns from (its own
        examples), so that a change to any of them retrains it."""
        digest = hashlib.sha256(cls.code_fingerprint().encode())
        for path in paths:
            if path is not None and path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The code of components/, so a change to any of it retrains the component."""
        return cls.code_fingerprint()

    def persist(self, model: Any) -> Resource:
        """Keep `model` and write it into the component's resource."""
        self._model = model
        with self._storage.write_to(self._resource) as directory:
            joblib.dump(model, Path(directory) / self.MODEL_FILE)
        return self._resource

    @classmethod
    def load(
        cls: type[StoredModelT],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> StoredModelT:
        """The component with its stored model; without one, with none (it then says nothing)."""
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                model = joblib.load(Path(directory) / cls.MODEL_FILE)
        except (ValueError, FileNotFoundError):
            logger.warning("%s: no trained model found.", cls.__name__)
        return cls(config, model_storage, resource, model)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data
