"""The concern classifier: what a message for someone else is about, from messages it never saw.

It runs inside Rasa, so the check runs as a script in the Rasa environment (.venv-rasa): the
component is trained on data/nlu and concerns/examples.yml through Rasa's TrainingData and
ModelStorage, saved, loaded again, and asked about messages written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_in_rasa

SCRIPT = """
import json, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from components.concern_classifier import ConcernClassifier

data = RasaFileImporter(training_data_paths=["data/nlu"]).get_nlu_data()
config = ConcernClassifier.get_default_config()
cases = json.loads(Path("CASES").read_text())
with tempfile.TemporaryDirectory() as tmp:
    storage = LocalModelStorage(Path(tmp))
    context = ExecutionContext(GraphSchema({}), "test")
    ConcernClassifier.create(config, storage, Resource("c"), context).train(data)
    loaded = ConcernClassifier.load(config, storage, Resource("c"), context)
    out = {}
    for text, intent in cases:
        message = Message.build(text=text, intent=intent)
        message.set("intent", {"name": intent, "confidence": 0.9})
        loaded.process([message])
        out[text] = [message.get("concern"), message.get("concern_margin")]
    print(json.dumps(out))
"""

# Written for this test (not in data/ or concerns/): (text, the intent classifier's intent, concern).
CASES = [
    (
        "Een leerling van 13 vertelde me dat haar stiefvader haar thuis slaat",
        "parent_or_teacher",
        "violence_at_home",
    ),
    (
        "my best friend's nudes got posted on some site and she is freaking out",
        "helping_friend",
        "own_images_shared",
    ),
    (
        "Mijn zoon heeft op een site filmpjes met kleine kinderen gezien",
        "parent_or_teacher",
        "saw_illegal_images",
    ),
    (
        "a man of 40 keeps messaging my 12 year old daughter on roblox for pictures",
        "parent_or_teacher",
        "grooming",
    ),
    (
        "mijn broertje zegt dat hij zich aangetrokken voelt tot kinderen, hij schaamt zich kapot",
        "helping_friend",
        "worried_own_urges",
    ),
    # Only who writes, not what is going on: no concern.
    ("Goedemiddag, ik ben docent en maak me zorgen om een leerling", "parent_or_teacher", None),
    # Not written for someone else: the classifier says nothing.
    ("haar vader slaat haar", "violence_at_home", None),
]


@pytest.fixture(scope="module")
def concerns(tmp_path_factory: pytest.TempPathFactory) -> dict:
    cases = tmp_path_factory.mktemp("concern") / "cases.json"
    cases.write_text(json.dumps([(t, i) for t, i, _ in CASES]), encoding="utf-8")
    return json.loads(run_in_rasa(SCRIPT.replace("CASES", str(cases))).strip().splitlines()[-1])


@pytest.mark.model
@pytest.mark.parametrize(("text", "intent", "concern"), CASES)
def test_the_concern_of_a_message_for_someone_else(
    concerns: dict, text: str, intent: str, concern: str | None
) -> None:
    """A parent's, teacher's or friend's message gets the concern it tells, with how far it leads
    the runner-up (positive); others get none, and no lead."""
    found, margin = concerns[text]
    assert found == concern
    assert (margin > 0) if concern else (margin is None)


def test_a_wrong_label_in_the_own_examples_is_an_error(tmp_path: Path) -> None:
    """A concern that is no concern intent (or `none`) stops training with the file and the label."""
    bad = tmp_path / "examples.yml"
    bad.write_text('- text: "mijn dochter"\n  concern: greet\n', encoding="utf-8")
    script = (
        "from pathlib import Path\n"
        "from components.concern_classifier import own_examples\n"
        f"own_examples(Path({str(bad)!r}))\n"
    )
    with pytest.raises(AssertionError, match="is not one of"):
        run_in_rasa(script)
