"""What the project's own policies share: nothing to learn, settings read from their config.

`ActionServerFallbackPolicy`, `CrisisContextPolicy` and `ParseSlotsPolicy` decide from the tracker
alone; they keep their config as attributes and train nothing.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker


def action_stayed_silent(tracker: DialogueStateTracker) -> bool:
    """Whether the latest action, in a live conversation, added nothing after itself.

    Every custom action of this bot sends at least one message, so a custom action that is the
    last event did not run (the action server is down). Only live conversations carry the name of
    their input channel: `rasa test` replays stories without running any action, where an action
    with nothing after it is normal.
    """
    if tracker.get_latest_input_channel() is None:
        return False
    last_event = tracker.events[-1] if tracker.events else None
    return isinstance(last_event, ActionExecuted) and last_event.action_name == tracker.latest_action_name


class UntrainedPolicy(Policy):
    """A policy that learns nothing; subclasses read their settings in `configure`."""

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any | None = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self.configure({**self.get_default_config(), **config})

    def configure(self, config: dict[str, Any]) -> None:
        """Read the policy's own settings (none by default)."""

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Nothing to learn."""
        return self._resource
