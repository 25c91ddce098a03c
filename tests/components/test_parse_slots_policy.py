"""ParseSlotsPolicy: what the NLU found (language, material, place) lands in slots, without the action server.

Runs in the Rasa environment (.venv-rasa) as a script: the policy is asked about trackers built
from Rasa's own events and the project's domain; the findings come from the real extractor.
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
from rasa.shared.nlu.training_data.message import Message
from components.material_extractor import MaterialExtractor
from components.parse_slots_policy import ParseSlotsPolicy

domain = Domain.load("domain")
context = ExecutionContext(GraphSchema({}), "test")
storage = LocalModelStorage(Path("/nonexistent"))
policy = ParseSlotsPolicy(ParseSlotsPolicy.get_default_config(), storage, Resource("p"), context)
extractor = MaterialExtractor.create({}, storage, Resource("m"), context)

def slots_after(text, before=(), latest="action_listen"):
    message = Message.build(text=text)
    extractor.process([message])
    parse = {"intent": {"name": "nlu_fallback", "confidence": 0.4}, "text": text,
             **{k: message.get(k) for k in ("material", "place", "sent_own_images") if message.get(k)}}
    events = [ActionExecuted("action_listen"), *(SlotSet(k, v) for k, v in before)]
    events.append(UserUttered(text, parse["intent"], [], parse))
    if latest != "action_listen":
        events.append(ActionExecuted(latest))
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert max(prediction.probabilities) == 0.0
    return {e.key: e.value for e in prediction.events}

print(json.dumps({
    "adults": slots_after("het waren volwassenen, geen kinderen"),
    "child_in_dm": slots_after("hij stuurde me in een dm een filmpje met een kind"),
    "same_again": slots_after("het was echt een kind", before=[("material", "children")]),
    "changed_mind": slots_after("ze was toch wel 19 denk ik", before=[("material", "children")]),
    "nothing": slots_after("wat moet ik nu doen"),
    "sent_own": slots_after("ik heb er al 2 gestuurd"),
    "not_after_an_action": slots_after("het waren volwassenen", latest="utter_greet"),
}))
"""


def test_material_and_place_findings_set_their_slots_after_a_user_message() -> None:
    """Adults' material, a child in a direct message, a correction: slots set right after the
    message, with no vote for an action; nothing found or not after a user message: no event."""
    out = json.loads(run_in_rasa(SCRIPT).strip().splitlines()[-1])
    assert out == {
        "adults": {"material": "adults"},
        "child_in_dm": {"material": "children", "place": "private"},
        "same_again": {},
        "changed_mind": {"material": "adults"},
        "nothing": {},
        "sent_own": {"sent_own_images": "yes"},
        "not_after_an_action": {},
    }


CONCERN_SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from components.parse_slots_policy import ParseSlotsPolicy

domain = Domain.load("domain")
context = ExecutionContext(GraphSchema({}), "test")
policy = ParseSlotsPolicy(
    ParseSlotsPolicy.get_default_config(), LocalModelStorage(Path("/nonexistent")), Resource("p"), context
)

def slots_after(concern):
    parse = {"intent": {"name": "parent_or_teacher", "confidence": 0.9}, "text": "...", "concern": concern}
    events = [ActionExecuted("action_listen"), UserUttered("...", parse["intent"], [], parse)]
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    return {e.key: e.value for e in policy.predict_action_probabilities(tracker, domain).events}

print(json.dumps({c: slots_after(c) for c in ("violence_at_home", "own_images_shared", "greet", None)}))
"""


def test_a_concern_found_for_someone_else_sets_its_slot() -> None:
    """A concern of the concern classifier lands in the slot `concern`; anything else does not."""
    out = json.loads(run_in_rasa(CONCERN_SCRIPT).strip().splitlines()[-1])
    assert out == {
        "violence_at_home": {"concern": "violence_at_home"},
        "own_images_shared": {"concern": "own_images_shared"},
        "greet": {},
        "null": {},
    }


REPLACE_SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from components.parse_slots_policy import ParseSlotsPolicy

domain = Domain.load("domain")
context = ExecutionContext(GraphSchema({}), "test")
policy = ParseSlotsPolicy(
    ParseSlotsPolicy.get_default_config(), LocalModelStorage(Path("/nonexistent")), Resource("p"), context
)

def slots_after(before, concern, margin):
    parse = {"intent": {"name": "parent_or_teacher", "confidence": 0.9}, "text": "...", "concern": concern,
             "concern_margin": margin}
    user = UserUttered("...", parse["intent"], [], parse)
    events = [SlotSet("concern", before), ActionExecuted("action_listen"), user]
    tracker = DialogueStateTracker.from_events("t", events, domain.slots)
    return {e.key: e.value for e in policy.predict_action_probabilities(tracker, domain).events}

print(json.dumps({
    "unsure_replacement": slots_after("saw_illegal_images", "violence_at_home", 0.05),
    "sure_replacement": slots_after("saw_illegal_images", "violence_at_home", 1.2),
    "unsure_first": slots_after(None, "violence_at_home", 0.05),
}))
"""


def test_a_concern_told_before_is_replaced_only_by_a_sure_reading() -> None:
    """'Hij zag iets met kinderen', then 'hij schaamt zich en slaapt slecht' read as violence at
    home by a hair: the concern stays; a clear new concern replaces it; a first concern is always
    taken."""
    out = json.loads(run_in_rasa(REPLACE_SCRIPT).strip().splitlines()[-1])
    assert out == {
        "unsure_replacement": {},
        "sure_replacement": {"concern": "violence_at_home"},
        "unsure_first": {"concern": "violence_at_home"},
    }


LANGUAGE_SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message
from components.language_detector import LanguageDetector
from components.parse_slots_policy import ParseSlotsPolicy

domain = Domain.load("domain")
context = ExecutionContext(GraphSchema({}), "test")
storage = LocalModelStorage(Path("/nonexistent"))
policy = ParseSlotsPolicy(ParseSlotsPolicy.get_default_config(), storage, Resource("p"), context)
detector = LanguageDetector.create({}, storage, Resource("l"), context)

def parsed(text):
    message = Message.build(text=text)
    detector.process([message])
    return {"intent": {"name": "nlu_fallback", "confidence": 0.4}, "text": text,
            **{k: message.get(k) for k in ("language", "language_firm") if message.get(k) is not None}}

def language_after(*texts):
    events, slot = [], "nl"
    for text in texts:
        user = UserUttered(text, {"name": "nlu_fallback"}, [], parsed(text))
        events += [ActionExecuted("action_listen"), user]
        tracker = DialogueStateTracker.from_events("t", [SlotSet("language", slot), *events], domain.slots)
        prediction = policy.predict_action_probabilities(tracker, domain)
        slot = {e.key: e.value for e in prediction.events}.get("language", slot)
    return slot

print(json.dumps({
    "place_after_english": language_after("my stepdad hits my mom", "im 13. we live in utrecht"),
    "city_after_english": language_after("a guy is sending me pics i dont want", "in amsterdam"),
    "dutch_words_after_english": language_after("my stepdad hits me", "ok maar ik wil het liever in het nl"),
    "dutch_markers_after_english": language_after("my stepdad hits my mom", "ik ben 13 en hij is nu thuis"),
    "english_after_dutch": language_after("mijn stiefvader slaat mijn moeder", "he is hitting her right now"),
    "place_first": language_after("we live in utrecht"),
}))
"""


def test_a_place_name_does_not_switch_the_language_of_a_conversation() -> None:
    """A message that only lingua reads as Dutch (a place name, "in amsterdam") keeps an English
    conversation English; Dutch words or a request switch it, and English words switch a Dutch one."""
    out = json.loads(run_in_rasa(LANGUAGE_SCRIPT).strip().splitlines()[-1])
    assert out == {
        "place_after_english": "en",
        "city_after_english": "en",
        "dutch_words_after_english": "nl",
        "dutch_markers_after_english": "nl",
        "english_after_dutch": "en",
        "place_first": "nl",
    }
