"""What happens to someone else is told for someone else (components/someone_else_text.py)."""

from __future__ import annotations

import json

import pytest

from components.someone_else_text import asks_about_others_punishment, someone_else
from tests.helpers import run_in_rasa


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("mijn vriendin wordt thuis geslagen door haar vader", "helping_friend"),
        ("my best friend's stepdad hits her when hes drunk", "helping_friend"),
        ("mn broertje krijgt de hele tijd berichten van een man die om fotos vraagt", "helping_friend"),
        ("een meisje uit mijn klas wordt gechanteerd met een filmpje", "helping_friend"),
        ("a boy in my class has nudes of his ex going round", "helping_friend"),
        ("mijn zus zag een heel heftige video op haar telefoon", "helping_friend"),
        ("mijn dochter wordt online lastiggevallen door een volwassen man", "parent_or_teacher"),
        ("my son saw child abuse images through an ad", "parent_or_teacher"),
        ("een leerling van mij wordt thuis mishandeld", None),  # "van mij": see below
    ],
)
def test_what_happens_to_a_friend_sibling_classmate_or_child_is_for_someone_else(
    text: str, writer: str | None
) -> None:
    """A friend, a sibling or a classmate: helping a friend; the writer's child or pupil: a parent
    or teacher. "Een leerling van mij" names the writer (mij) and is left to the classifier."""
    assert someone_else(text) == writer


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend heeft naaktfoto's van mij gedeeld",
        "my ex shared my nudes with his friends",
        "mijn vader slaat mijn moeder",
        "ik en mijn vriendin zagen een filmpje met kinderen",
        "mijn zus en ik worden gechanteerd",
        "my friend sent me a link with cp on it",
        "iemand uit mijn klas heeft mn foto doorgestuurd",
        "ik word gechanteerd met een video",
    ],
)
def test_what_happens_to_the_writer_stays_theirs(text: str) -> None:
    """The writer is the one it happens to (me, my photo, ik word, we) or a parent at home: no change."""
    assert someone_else(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "krijgt die jongen hier eigenlijk straf voor?",
        "kan mn ex de cel in hiervoor",
        "wordt degene die het postte opgepakt?",
        "will the guy who posted it get punished?",
        "can she get arrested for sharing my pic?",
        "gaat hij een boete krijgen? of komt hij in de problemen?",
    ],
)
def test_whether_the_one_who_did_it_is_punished_is_a_question_for_the_police(text: str) -> None:
    """Fourteenth session, a read miss of the fifteenth conversations as a family: not "am I in trouble"."""
    assert asks_about_others_punishment(text)


@pytest.mark.parametrize(
    "text",
    [
        "kan ik straf krijgen omdat ik het heb bekeken?",
        "am i in trouble for having it on my phone?",
        "hij zei dat ik straf krijg als ik het vertel",
        "krijgen hij en ik allebei straf?",
    ],
)
def test_whether_the_writer_is_in_trouble_stays_that(text: str) -> None:
    assert not asks_about_others_punishment(text)


ROUTER_SCRIPT = """
import json
from rasa.shared.nlu.training_data.message import Message
from components.someone_else_router import SomeoneElseRouter
router = SomeoneElseRouter.create({}, None, None, None)
texts = ["krijgt hij hier straf voor?", "krijg ik hier straf voor?"]
intent = {"name": "ask_am_i_in_trouble", "confidence": 0.7}
messages = [Message(data={"text": t, "intent": dict(intent)}) for t in texts]
unsure = Message(data={"text": "krijgt die jongen hier straf voor?",
                       "intent": {"name": "own_images_shared", "confidence": 0.3},
                       "intent_ranking": [{"name": "own_images_shared", "confidence": 0.3},
                                          {"name": "ask_am_i_in_trouble", "confidence": 0.25}]})
crisis = Message(data={"text": "krijgt hij straf? ik wil dood",
                       "intent": {"name": "suicidal_thoughts", "confidence": 0.3}, "intent_ranking": []})
router.process([*messages, unsure, crisis])
print(json.dumps([m.get("intent")["name"] for m in [*messages, unsure, crisis]]
                 + [unsure.get("intent")["confidence"], unsure.get("intent_ranking")[0]["name"]]))
"""


def test_the_router_sends_a_question_about_the_others_punishment_to_the_police() -> None:
    """In the NLU pipeline: the intent becomes report_to_police (whose answer has the police first), also
    when the classifier is unsure; a crisis reading is left to the safety layer."""
    routed = json.loads(run_in_rasa(ROUTER_SCRIPT).strip().splitlines()[-1])
    assert routed[:4] == ["report_to_police", "ask_am_i_in_trouble", "report_to_police", "suicidal_thoughts"]
    # Unsure: lifted past the FallbackClassifier's threshold (0.4) and first in the ranking.
    assert routed[4] >= 0.49 and routed[5] == "report_to_police"
