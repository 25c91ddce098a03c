"""CrisisContextPolicy: within a situation, a crisis only the detector sees gets the safety check first.

Runs in the Rasa environment (.venv-rasa) as a script: the policy is asked about trackers built
from Rasa's own events and the project's domain.
"""

from __future__ import annotations

import json

from tests.helpers import run_in_rasa

SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from components.crisis_context_policy import CrisisContextPolicy

domain = Domain.load("domain")
config = CrisisContextPolicy.get_default_config()
policy = CrisisContextPolicy(config, LocalModelStorage(Path("/nonexistent")), Resource("p"),
                             ExecutionContext(GraphSchema({}), "test"))

def best(situation, reason, after_check=False, intent="suicidal_thoughts"):
    events = [ActionExecuted("action_listen")]
    if situation:
        events.append(SlotSet("situation", situation))
    parse = {"intent": {"name": intent, "confidence": 1.0}, "safety": {"reason": reason}}
    events.append(UserUttered("...", parse["intent"], [], parse))
    if after_check:
        events.append(ActionExecuted("utter_distress_check"))
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    probs = policy.predict_action_probabilities(tracker, domain).probabilities
    top = max(range(len(probs)), key=probs.__getitem__)
    return domain.action_names_or_texts[top] if probs[top] > 0 else None

print(json.dumps({
    "detector_in_situation": best("own_images_shared", "detector"),
    "then": best("own_images_shared", "detector", after_check=True),
    "concept_in_situation": best("own_images_shared", "concept"),
    "classifier_in_situation": best("own_images_shared", "classifier"),
    "detector_first_message": best(None, "detector"),
    "no_crisis": best("own_images_shared", "detector", intent="ask_removal"),
}))
"""


def test_a_detector_only_crisis_within_a_situation_is_asked_about_first() -> None:
    """Only the learned models (the detector, or the classifier it confirms), in the middle of a talk
    about images: ask, then listen. A concept or a first message: no vote, so the crisis rule
    answers at once."""
    out = json.loads(run_in_rasa(SCRIPT).strip().splitlines()[-1])
    assert out == {
        "detector_in_situation": "utter_distress_check",
        "then": "action_listen",
        "concept_in_situation": None,
        "classifier_in_situation": "utter_distress_check",
        "detector_first_message": None,
        "no_crisis": None,
    }
