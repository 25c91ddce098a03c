"""The safety check in context and the situation after a crisis answer (actions/crisis_context.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis_context import ActionCheckInContext, ActionRemindSituation, ActionStillHere
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from bot.settings import ROOT
from tests.helpers import WEDNESDAY_NOON

DOMAIN = {"responses": yaml.safe_load((ROOT / "domain" / "situations.yml").read_text())["responses"]}
SUICIDE_ANSWER = [
    {"event": "user", "text": "..."},
    {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_suicide"}},
]


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The actions read the editable copy of the data."""
    monkeypatch.setattr("actions.crisis_context.get_catalog", lambda: catalog)
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _run(
    action: Action,
    history: list[dict] | None = None,
    intent: str = "distress_unclear",
    guess: str | None = None,
    reason: str = "detector",
    scores: dict[str, float] | None = None,
    text: str = "...",
    **slots: Any,
) -> list[dict]:
    """Run the action after a message with this intent (and the classifier's own first `guess`,
    with the safety layer's `reason`, and the detector's crisis `scores`)."""
    latest: dict[str, Any] = {"intent": {"name": intent, "confidence": 1.0}, "text": text}
    if scores is not None:
        latest["crisis_scores"] = scores
    if guess is not None:
        latest["safety"] = {"reason": reason, "classifier": {"name": guess, "confidence": 0.6}}
    tracker = Tracker(
        sender_id="test",
        slots=slots,
        latest_message=latest,
        events=history or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(action(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages


def _order(messages: list[dict]) -> list[str]:
    for m in messages:
        if m.get("custom"):
            reply = m["custom"]["help_reply"]
            return reply.get("order") or [c["id"] for c in reply["cards"]]
    return []


def test_check_in_context_asks_and_shows_the_situations_help_with_113_not_a_112_card() -> None:
    """A panic in a talk about one's images: the question with its crisis buttons, 112 and 113 in
    the text, the situation's help first and 113 on screen; no 112 card."""
    messages = _run(ActionCheckInContext, situation="own_images_shared")
    assert messages[0]["response"] == "utter_check_in_context"
    payloads = [b["payload"] for b in DOMAIN["responses"]["utter_check_in_context"][0]["buttons"]]
    assert {"/danger_now", "/suicidal_thoughts", "/sexual_violence"} <= set(payloads)
    text = DOMAIN["responses"]["utter_check_in_context"][0]["text"]
    assert "Bel 112" in text and "113" in text
    order = _order(messages)
    assert order[0] == "helpwanted" and order[-1] == "zelfmoordpreventie"
    assert "alarmnummer" not in order


def test_check_in_context_puts_113_first_when_both_models_read_suicide() -> None:
    """The detector and the classifier's own first guess read thoughts of suicide: 113 first,
    then the situation's help."""
    order = _order(
        _run(
            ActionCheckInContext,
            intent="suicidal_thoughts",
            guess="suicidal_thoughts",
            situation="own_images_shared",
        )
    )
    assert order[:2] == ["zelfmoordpreventie", "helpwanted"]


@pytest.mark.parametrize("guess", ["still_online", "give_age", "worried_own_urges", None])
def test_check_in_context_keeps_the_situations_help_first_when_only_the_detector_reads_suicide(
    guess: str | None,
) -> None:
    """A follow-up only the detector reads as suicide ("why is it still not gone?"), the
    classifier's own guess being the talk: the situation's help first, 113 last but on screen."""
    order = _order(
        _run(ActionCheckInContext, intent="suicidal_thoughts", guess=guess, situation="own_images_shared")
    )
    assert order[0] == "helpwanted" and order[-1] == "zelfmoordpreventie"


@pytest.mark.parametrize(
    ("situation", "text", "first"),
    [
        ("saw_illegal_images", "ik kan niet meer slapen, ik zie het steeds voor me", "kindertelefoon"),
        ("saw_illegal_images", "i cant stop seeing it when i try to sleep", "kindertelefoon"),
        ("report_illegal_content", "ik schaam me kapot dat ik het gezien heb", "kindertelefoon"),
        ("report_illegal_content", "waarom is het nog niet weg", "offlimits"),
        ("own_images_shared", "ik kan niet meer slapen", "helpwanted"),
    ],
)
def test_distress_after_images_seen_shows_someone_to_talk_to_first(
    situation: str, text: str, first: str
) -> None:
    """'Ik kan niet meer slapen, ik zie het steeds' after images someone saw: the check, with someone
    to talk to first, where a report goes after it and 113 on screen. A question about the images
    keeps where a report goes first; one's own images keep Helpwanted first."""
    order = _order(_run(ActionCheckInContext, intent="suicidal_thoughts", situation=situation, text=text))
    assert order[0] == first
    assert "zelfmoordpreventie" in order


def test_check_without_a_situation_is_the_plain_check() -> None:
    """No situation (the policy does not ask for it then): the fixed safety check."""
    assert [m.get("response") for m in _run(ActionCheckInContext)] == ["utter_distress_check"]


def test_after_a_crisis_answer_the_situations_help_follows_the_crisis_channel() -> None:
    """After the 113 answer in a talk about one's images: 113 named first (on screen), then Helpwanted."""
    messages = _run(ActionRemindSituation, history=SUICIDE_ANSWER, situation="own_images_shared")
    assert messages[0]["response"] == "utter_remind_situation"
    order = _order(messages)
    assert order[:2] == ["zelfmoordpreventie", "helpwanted"]


def test_after_a_second_crisis_of_another_kind_the_first_ones_help_follows() -> None:
    """'I did things on cam he asked' (CSG's answer), then 'I think about killing myself' (113's):
    with no situation told, CSG's help follows the 113 answer; the same crisis twice adds nothing."""
    sexual_then_suicide = [
        {"event": "user", "text": "..."},
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}},
        *SUICIDE_ANSWER,
    ]
    messages = _run(ActionRemindSituation, history=sexual_then_suicide, shown_channels=[])
    order = _order(messages)
    assert order[0] == "zelfmoordpreventie" and "csg" in order
    # CSG's fixed answer drew its cards a turn ago: named ("see above"), not drawn again.
    drawn = [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]
    assert drawn == []
    assert _order(_run(ActionRemindSituation, history=SUICIDE_ANSWER + SUICIDE_ANSWER)) == []


def test_a_possible_crisis_told_about_a_friend_becomes_what_their_talk_is_about() -> None:
    """'She just told me he forced her' in a talk about a friend, asked about (learned only): the
    check shows the help for sexual violence told by a friend: CSG first, no Meldpunt."""
    tracker_slots = {"situation": "helping_friend", "concern": "saw_illegal_images", "shown_channels": []}
    clear = {"sexual_violence": 0.9, "danger_now": 0.03, "suicidal_thoughts": 0.02}
    messages = _run(ActionCheckInContext, intent="sexual_violence", scores=clear, **tracker_slots)
    order = _order(messages)
    assert order[0] == "csg" and "offlimits" not in order


def test_a_check_asked_only_because_the_crisis_readings_add_up_keeps_the_concern() -> None:
    """'He hasn't done anything, he says' in a parent's talk about a son's urges: the detector's
    crisis readings only add up (no one of them clear), so the check is asked but the talk stays
    about the urges: Stop it Now first, no CSG card."""
    tracker_slots = {"situation": "parent_or_teacher", "concern": "worried_own_urges", "shown_channels": []}
    spread = {"sexual_violence": 0.27, "danger_now": 0.19, "suicidal_thoughts": 0.13}
    messages = _run(ActionCheckInContext, intent="sexual_violence", scores=spread, **tracker_slots)
    order = _order(messages)
    assert order[0] == "stopitnow" and "csg" not in order


def test_life_is_over_in_a_talk_about_images_is_asked_with_the_images_help_first() -> None:
    """'Mn leven is voorbij' after one's video went online (a concept that is often a figure of
    speech): the check in context with Helpwanted first and 113 on screen, even when both learned
    models read suicide; the reason agrees with the safety layer's."""
    from actions.crisis_context import FIGURATIVE_REASON
    from components.safety_decision import FIGURATIVE_REASON as LAYER_REASON

    assert FIGURATIVE_REASON == LAYER_REASON
    messages = _run(
        ActionCheckInContext,
        intent="suicidal_thoughts",
        guess="suicidal_thoughts",
        reason=FIGURATIVE_REASON,
        situation="own_images_shared",
        shown_channels=[],
    )
    order = _order(messages)
    assert order[0] == "helpwanted" and "zelfmoordpreventie" in order and "alarmnummer" not in order


def test_hallo_in_a_talk_is_still_here_with_the_help_for_what_was_told_drawn_again() -> None:
    """Fourteenth session: "hallo??" after the answer about one's own images: still here, and the
    situation's cards drawn again (they may have been missed), Helpwanted first."""
    messages = _run(
        ActionStillHere,
        intent="greet",
        text="hallo??",
        situation="own_images_shared",
        shown_channels=["helpwanted", "politie", "csg"],
    )
    assert messages[0]["response"] == "utter_still_here"
    drawn = [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]
    assert drawn[:1] == ["helpwanted"]


def test_hallo_after_a_crisis_answer_keeps_the_crisis_channel_first() -> None:
    messages = _run(ActionStillHere, history=SUICIDE_ANSWER, intent="greet", text="hallo?", shown_channels=[])
    assert messages[0]["response"] == "utter_still_here"
    assert _order(messages)[:1] == ["zelfmoordpreventie"]


def test_still_here_without_anything_told_shows_what_the_bot_can_do() -> None:
    messages = _run(ActionStillHere, intent="greet", text="hallo??")
    assert [m.get("response") for m in messages] == ["utter_still_here", "utter_what_i_can_do"]


@pytest.mark.parametrize(
    "text",
    ["i want to stop. is there anyone who wont tell anyone", "ik wil ermee stoppen maar het lukt niet"],
)
def test_check_in_a_talk_about_ones_own_urges_shows_their_help_first_even_when_both_models_say_suicide(
    text: str,
) -> None:
    """In a talk about one's own urges the policy asks only when the message may be about the urges
    ("i want to stop"): Stop it Now first, 113 on screen after it; elsewhere both models agreeing
    put 113 first (test above)."""
    order = _order(
        _run(
            ActionCheckInContext,
            intent="suicidal_thoughts",
            guess="suicidal_thoughts",
            situation="worried_own_urges",
            text=text,
        )
    )
    assert order[0] == "stopitnow"
    assert order[-1] == "zelfmoordpreventie"
