"""The language detector sets `en` only for clearly English messages, and nothing for short ones.

It runs inside Rasa (lingua is installed in .venv-rasa), so the check runs as a script in the
Rasa environment: the component itself processes Rasa Messages, and the `language` it sets is
read back. The messages were written for this test; none is a training example.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_in_rasa

SCRIPT = """
import json
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from components.language_detector import LanguageDetector

storage = LocalModelStorage(Path("/nonexistent-language-detector"))
context = ExecutionContext(GraphSchema({}), "test")
detector = LanguageDetector.create({}, storage, Resource("language_detector"), context)
texts = json.loads(Path("TEXTS").read_text())
messages = detector.process([Message.build(text=t) for t in texts])
out = {}
for m in messages:
    assert not m.get("entities"), "the language is no entity (stories would have to spell it out)"
    out[m.get("text")] = m.get("language")
print(json.dumps(out))
"""

ENGLISH = [
    "someone shared a nude photo of me",
    "I want to report to the police",
    "can it still be taken offline?",
    "i dont want to live anymore",
    "i want to die",
    "i got raped at a party last weekend",
    "im 14 and i saw child porn on a site",
    "how do i contact veilig thuis",
    "is this chat private?",
]
DUTCH = [
    "ik wil aangifte doen",
    "iemand heeft een naaktfoto van mij gedeeld",
    "is deze chat prive?",
    "ik zag echt iets sick op insta",
    "bro ik zag echt een fucked up video",
    "wat kost het",
]
# Short or ambiguous: the conversation keeps its language.
NOTHING = ["ok", "ja", "help", "hoi", "113", "yes", "thx", "hey chatbot", "bye", "/affirm"]
# Mixed Dutch and English leans Dutch.
MIXED = [
    "he forced me to have sex en nu voel ik me zo vies",
    "the pic is still there, wat nu",
    "my nudes zijn gelekt wat moet ik doen",
    "ik wil reporten",
]


@pytest.fixture(scope="module")
def detected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    texts = tmp_path_factory.mktemp("language") / "texts.json"
    texts.write_text(json.dumps([*ENGLISH, *DUTCH, *NOTHING, *MIXED]), encoding="utf-8")
    return dict(json.loads(run_in_rasa(SCRIPT.replace("TEXTS", str(texts))).splitlines()[-1]))


@pytest.mark.parametrize("text", ENGLISH)
def test_clear_english_sets_en(detected: dict[str, str | None], text: str) -> None:
    """A clearly English message sets the language to English, crisis messages too."""
    assert detected[text] == "en"


@pytest.mark.parametrize("text", DUTCH)
def test_dutch_sets_nl_even_with_english_slang(detected: dict[str, str | None], text: str) -> None:
    """Dutch with English slang ("sick", "fucked up", "prive?") stays Dutch."""
    assert detected[text] == "nl"


@pytest.mark.parametrize("text", NOTHING)
def test_short_or_ambiguous_messages_set_nothing(detected: dict[str, str | None], text: str) -> None:
    """Short messages like "ok", "ja", "help", "113" set nothing: the slot keeps its language."""
    assert detected[text] is None


@pytest.mark.parametrize("text", MIXED)
def test_mixed_messages_lean_dutch(detected: dict[str, str | None], text: str) -> None:
    """Half Dutch, half English is answered in Dutch: English only when it is clearly English."""
    assert detected[text] == "nl"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i dont speak dutch well, can you say it in english", "en"),
        ("kan je het in het engels zeggen?", "en"),
        ("in english pls", "en"),
        ("my dutch is not good", "en"),
        ("kun je nederlands praten?", "nl"),
        ("ik spreek geen engels", "nl"),
        ("can you reply in dutch", "nl"),
        ("mn naaktfoto gaat rond", None),
        ("i live in the netherlands", None),
    ],
)
def test_a_language_asked_for_in_words_is_read(text: str, language: str | None) -> None:
    """Asked for in words, in either language; not naming a language is no request."""
    from components.language_request import asked_language

    assert asked_language(text) == language
