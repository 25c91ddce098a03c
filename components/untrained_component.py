"""What the project's rule-based NLU components share: nothing to train, no settings.

`AgeExtractor` and `MaterialExtractor` read each message with plain Python (components/age_text.py,
components/material_text.py); Rasa creates them without configuration or stored state.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from typing_extensions import Self


class UntrainedComponent(GraphComponent):
    """A graph component with nothing to train and no settings; subclasses implement `process`."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Self:
        """Nothing to train."""
        return cls()
