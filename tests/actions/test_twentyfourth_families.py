"""Twenty-fourth session: 113's answer to a crisis only the learned models read, when the talk moves on.

"Ik heb het niet gedaan maar mn vriendin wel denk ik" read as suicidal by the detector got 113's fixed
answer; the next message asked whether to report. Every later answer kept 113 first (read misses of the
sixth and twenty-first conversations, s018 and u026). Now, once every message after such an answer is
read as something else, one of them a situation or a question, the answer is about that, and 113 stays
named on screen, second. A crisis read by a concept, a yes to the crisis question, distress again or
asking what to do keeps it first; so do CSG's answer (the help for what happened) and 112's (danger may
still be going on).
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.cards import learned_crisis_moved_on
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FOLLOW_UP, _order, _run

SUICIDE_ANSWER = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_suicide"}}


def _said(text: str, intent: str, reason: str | None = None, decision: str | None = None) -> dict[str, Any]:
    parse: dict[str, Any] = {"intent": {"name": intent}}
    if reason:
        parse["safety"] = {"decision": decision, "reason": reason}
    return {"event": "user", "text": text, "parse_data": parse}


def _after(reason: str) -> list[dict[str, Any]]:
    return [
        _said("er is een man in een game die cadeaukaarten geeft als je fotos stuurt", "grooming"),
        _said(
            "ik heb het niet gedaan maar een vriendin wel", "suicidal_thoughts", reason, "suicidal_thoughts"
        ),
        SUICIDE_ANSWER,
    ]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("moet ik dit echt melden?", "hesitate_to_report"),
        ("can i report it without anyone knowing it was me", "ask_report_anonymously"),
        ("ze is 12", "give_age"),
    ],
)
def test_after_a_detector_crisis_a_question_gets_its_answer_first_and_113_stays_named(
    text: str, intent: str
) -> None:
    messages, _ = _run(FOLLOW_UP, intent, text, _after("detector"), situation="grooming")
    order = _order(messages)
    assert order[0] != "zelfmoordpreventie", order
    assert order[1] == "zelfmoordpreventie", order


def test_after_a_concept_crisis_113_stays_first() -> None:
    messages, _ = _run(
        FOLLOW_UP, "hesitate_to_report", "moet ik dit echt melden?", _after("concept"), situation="grooming"
    )
    assert _order(messages)[0] == "zelfmoordpreventie"


@pytest.mark.parametrize(
    "later",
    [
        [_said("ja", "affirm")],
        [_said("weet niet, alles is zwaar", "distress_unclear", "detector", "distress_unclear")],
        [_said("ok", "affirm"), _said("moet ik dit echt melden?", "hesitate_to_report")],
    ],
)
def test_a_yes_or_distress_after_a_detector_crisis_keeps_it(later: list[dict[str, Any]]) -> None:
    events = [*_after("detector"), *later]
    tracker = type("T", (), {"events": events})()
    assert not learned_crisis_moved_on(tracker)


def test_a_bare_no_is_not_yet_moving_on_but_a_question_after_it_is() -> None:
    no = [*_after("detector"), _said("nee", "deny")]
    assert not learned_crisis_moved_on(type("T", (), {"events": no})())
    question = [*no, _said("hoe meld ik dat?", "report_illegal_content")]
    assert learned_crisis_moved_on(type("T", (), {"events": question})())


@pytest.mark.parametrize("text", ["wat moet ik nu doen?", "what do i do", "help pls"])
def test_asking_what_to_do_after_a_detector_crisis_keeps_it(text: str) -> None:
    events = [*_after("detector"), _said(text, "hesitate_to_report")]
    assert not learned_crisis_moved_on(type("T", (), {"events": events})())


@pytest.mark.parametrize(
    "answer",
    [
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}},
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_danger"}},
    ],
)
def test_after_csgs_or_112s_detector_answer_a_question_keeps_it_first(answer: dict[str, Any]) -> None:
    """CSG is the help for what happened ("kost csg geld?" is about it); danger may still be going on."""
    events = [
        _said("ik ben zaterdag op een feest gedwongen", "sexual_violence", "detector", "sexual_violence"),
        answer,
        _said("moet ik betalen?", "ask_cost"),
    ]
    assert not learned_crisis_moved_on(type("T", (), {"events": events})())
