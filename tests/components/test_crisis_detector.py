"""The learned crisis detector trains on crisis vs. other intents, persists, and generalises.

It runs inside Rasa, so the check runs as a script in the Rasa environment (.venv-rasa): a
detector is trained on the project's own NLU data through Rasa's TrainingData and ModelStorage,
saved, loaded again, and asked about messages written for this test (never training examples).
"""

from __future__ import annotations

import json

import pytest

from components.safety_decision import SafetyRules
from tests.helpers import run_in_rasa

SCRIPT = """
import json, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from components.crisis_detector import CRISIS_SCORES, CrisisDetector

data = RasaFileImporter(training_data_paths=["data/nlu"]).get_nlu_data()
config = {**CrisisDetector.get_default_config()}
with tempfile.TemporaryDirectory() as tmp:
    storage = LocalModelStorage(Path(tmp))
    resource = Resource("crisis_detector")
    context = ExecutionContext(GraphSchema({}), "test")
    CrisisDetector.create(config, storage, resource, context).train(data)
    detector = CrisisDetector.load(config, storage, resource, context)
    texts = json.loads(Path("TEXTS").read_text())
    messages = [Message.build(text=t) for t in texts]
    detector.process(messages)
    print(json.dumps({m.get("text"): m.get(CRISIS_SCORES) for m in messages}))
"""

CASES = {
    "ik heb zojuist een hele strip slaappillen doorgeslikt": "danger_now",
    "im standing on the railway bridge and i want it to be over": "danger_now",
    "ik wil gewoon niet meer wakker worden morgen": "suicidal_thoughts",
    "i hate myself so much i keep cutting my arms": "suicidal_thoughts",
    "die jongen heeft me op dat feest verkracht": "sexual_violence",
    "my uncle keeps touching me when nobody is home": "sexual_violence",
}
ORDINARY = [
    "ik wil een link met kinderporno melden",
    "waar kan ik aangifte doen",
    "mn moeder maakt me dood als ik te laat thuis ben haha",
    "dankjewel voor de hulp",
]


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    texts = tmp_path_factory.mktemp("detector") / "texts.json"
    texts.write_text(json.dumps([*CASES, *ORDINARY]), encoding="utf-8")
    return json.loads(run_in_rasa(SCRIPT.replace("TEXTS", str(texts))).strip().splitlines()[-1])


@pytest.mark.parametrize(("text", "intent"), CASES.items())
def test_detector_ranks_the_right_crisis_first_on_unseen_messages(
    scores: dict[str, dict[str, float]], text: str, intent: str
) -> None:
    """After a save and load, the detector finds a crisis in new wordings and names the right one."""
    assert max(scores[text], key=scores[text].__getitem__) == intent, scores[text]
    assert sum(scores[text].values()) >= SafetyRules().detect_threshold, scores[text]


@pytest.mark.parametrize("text", ORDINARY)
def test_detector_gives_ordinary_messages_a_low_crisis_score(
    scores: dict[str, dict[str, float]], text: str
) -> None:
    """Reporting questions, hyperbole and thanks stay below the threshold for asking."""
    assert sum(scores[text].values()) < SafetyRules().ask_threshold, scores[text]


OWN_EXAMPLES_SCRIPT = """
import json, tempfile
from pathlib import Path
from components.crisis_detector import CrisisDetector, own_examples

out = {}
with tempfile.TemporaryDirectory() as tmp:
    good = Path(tmp) / "good.yml"
    good.write_text(
        '- text: "ik ga dood van het lachen om die clip"\\n  label: none\\n'
        '- text: "ik sta op de brug"\\n  label: danger_now\\n'
    )
    out["good"] = own_examples(good)
    bad = Path(tmp) / "bad.yml"
    bad.write_text('- text: "ik sta op de brug"\\n  label: dangr_now\\n')
    try:
        own_examples(bad)
        out["bad"] = "accepted"
    except ValueError as error:
        out["bad"] = str(error)
    out["missing"] = own_examples(Path(tmp) / "nothing.yml")
    config = CrisisDetector.get_default_config()
    out["default_rows"] = len(own_examples(Path("safety/detector.yml")))
    before = CrisisDetector.fingerprint_addon(config)
    out["fingerprint_same"] = before == CrisisDetector.fingerprint_addon(dict(config))
    other = CrisisDetector.fingerprint_addon({**config, "examples": str(good)})
    out["fingerprint_other_file"] = before != other
print(json.dumps(out))
"""


def test_own_examples_load_reject_unknown_labels_and_change_the_fingerprint() -> None:
    """The detector's own examples load as (text, label); a label typo is an error, not a negative;
    another examples file gives another fingerprint, so Rasa's cache retrains the detector."""
    out = json.loads(run_in_rasa(OWN_EXAMPLES_SCRIPT).strip().splitlines()[-1])
    assert out["good"] == [
        ["ik ga dood van het lachen om die clip", "none"],
        ["ik sta op de brug", "danger_now"],
    ]
    assert "dangr_now" in out["bad"]
    assert out["missing"] == []
    assert out["default_rows"] >= 200
    assert out["fingerprint_same"] is True
    assert out["fingerprint_other_file"] is True


WRITTEN_SETS_SCRIPT = """
import json, tempfile
from pathlib import Path
from components.crisis_detector import CrisisDetector, written_examples, written_set_files

out = {}
config = CrisisDetector.get_default_config()
files = written_set_files(config)
out["folders"] = sorted({p.parent.name for p in files})
examples = written_examples(files)
out["labels"] = sorted({label for _, label in examples})
out["rows"] = len(examples)
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp) / "written" / "one"
    folder.mkdir(parents=True)
    (folder / "crisis.yml").write_text(
        'messages:\\n  - text: "ik heb net alles ingenomen"\\n    class: act_in_progress\\n'
        '  - text: "ik snij weer"\\n    class: self_harm\\n'
    )
    ordinary = 'messages:\\n  - text: "ik ga dood van de TEXT"\\n    class: looks_alarming\\n'
    (folder / "ordinary.yml").write_text(ordinary.replace("TEXT", "hitte"))
    mine = {**config, "written_sets": str(Path(tmp) / "written")}
    out["mine"] = written_examples(written_set_files(mine))
    before = CrisisDetector.fingerprint_addon(mine)
    (folder / "ordinary.yml").write_text(ordinary.replace("TEXT", "kou"))
    out["fingerprint_changed"] = before != CrisisDetector.fingerprint_addon(mine)
    (folder / "crisis.yml").write_text('messages:\\n  - text: "x"\\n    class: act_in_progres\\n')
    try:
        written_examples(written_set_files(mine))
        out["bad"] = "accepted"
    except ValueError as error:
        out["bad"] = str(error)
print(json.dumps(out))
"""


def test_written_sets_give_crisis_labels_and_none_and_retrain_when_they_change() -> None:
    """The sets other writers wrote (safety/written/) become training examples: self-harm is a
    thought of suicide, an act under way is danger now, every ordinary class is `none`; a class
    typo is an error, and a changed file changes the fingerprint, so Rasa retrains the detector."""
    out = json.loads(run_in_rasa(WRITTEN_SETS_SCRIPT).strip().splitlines()[-1])
    assert out["folders"] == sorted(f"dev{n}" for n in range(2, 18))
    assert out["labels"] == ["danger_now", "none", "sexual_violence", "suicidal_thoughts"]
    assert out["rows"] >= 1700
    assert sorted(out["mine"]) == [
        ["ik ga dood van de hitte", "none"],
        ["ik heb net alles ingenomen", "danger_now"],
        ["ik snij weer", "suicidal_thoughts"],
    ]
    assert out["fingerprint_changed"] is True
    assert "act_in_progres" in out["bad"]


WEIGHTS_SCRIPT = """
import json
from components.crisis_detector import CrisisDetector, weighted_examples

pairs = [("Ik wil dood", "suicidal_thoughts"), ("hoe meld ik dit", "report_illegal_content")]
written = [("ik WIL dood", "suicidal_thoughts"), ("ik spring zo in het zwembad", "none")]
texts, labels, weights = weighted_examples((pairs, 1.0), (written, 4.0))
print(json.dumps({"rows": list(zip(texts, labels, weights)),
                  "default": CrisisDetector.get_default_config()["written_weight"]}))
"""


def test_written_sets_weigh_more_than_the_nlu_data_and_each_text_counts_once() -> None:
    """The written sets' messages weigh `written_weight` (bot/tools/detector_eval.py chose it by leaving
    each writer out); a text already in the NLU data keeps its first label and weight 1."""
    out = json.loads(run_in_rasa(WEIGHTS_SCRIPT).strip().splitlines()[-1])
    assert out["rows"] == [
        ["ik wil dood", "suicidal_thoughts", 1.0],
        ["hoe meld ik dit", "none", 1.0],
        ["ik spring zo in het zwembad", "none", 4.0],
    ]
    assert out["default"] > 1.0
