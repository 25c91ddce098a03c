"""ActionSendChannels: what it sends for a situation, at fixed moments, from the live registry."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.send_channels import ActionSendChannels
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from tests.helpers import WEDNESDAY_NIGHT, WEDNESDAY_NOON, load_yaml, write_yaml


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The action reads the editable copy of the data."""
    monkeypatch.setattr("actions.send_channels.get_catalog", lambda: catalog)
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _tracker(intent: str, slots: dict[str, Any] | None = None, text: str = "...") -> Tracker:
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"intent": {"name": intent, "confidence": 0.99}, "text": text},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _run(
    intent: str,
    at: datetime = WEDNESDAY_NOON,
    slots: dict | None = None,
    text: str = "...",
    domain: dict | None = None,
):
    dispatcher = CollectingDispatcher()
    action = ActionSendChannels(clock=lambda: at)
    events = asyncio.run(action.run(dispatcher, _tracker(intent, slots, text), domain or {}))
    return dispatcher.messages, events


def _channel_ids(messages: list[dict]) -> list[str]:
    payloads = [m["custom"] for m in messages if m.get("custom")]
    assert len(payloads) == 1
    return [c["id"] for c in payloads[0]["help_reply"]["cards"]]


def test_send_channels_for_aangifte_sends_police_first() -> None:
    """'Ik wil aangifte doen' gets the police card first, then Slachtofferhulp, then CSG (24/7)."""
    messages, events = _run("report_to_police")
    assert len(messages) == 1  # the rule sends the introduction and the offer around it
    assert _channel_ids(messages) == ["politie", "slachtofferhulp", "csg"]
    police = messages[0]["custom"]["help_reply"]["cards"][0]
    assert police["phones"][0]["tel"] == "tel:+319008844"
    assert police["availability"] == "unknown"
    assert "0900-8844" in messages[0]["text"]
    assert events == [
        SlotSet("last_topic", "report_to_police"),
        SlotSet("situation", "report_to_police"),
        SlotSet("offered_topic", "ask_melding_vs_aangifte"),
        SlotSet("shown_channels", ["politie", "slachtofferhulp", "csg"]),
    ]


def test_send_channels_leaves_out_the_kindertelefoon_past_18() -> None:
    """Someone who said they are 19 is not sent to the Kindertelefoon (8 to 18); at 15 they are."""
    messages, _ = _run("feel_bad_need_to_talk", slots={"age": 19.0})
    assert "kindertelefoon" not in _channel_ids(messages)
    messages, _ = _run("feel_bad_need_to_talk", slots={"age": 15.0})
    assert "kindertelefoon" in _channel_ids(messages)


def test_send_channels_for_saw_images_reports_the_link_to_offlimits() -> None:
    """Seeing such images: Offlimits (report the link) first, CSG to talk, police."""
    messages, _ = _run("saw_illegal_images")
    assert _channel_ids(messages) == ["offlimits", "csg", "politie"]
    assert messages[0]["custom"]["help_reply"]["cards"][0]["report_form"] == "https://meldpunt-kinderporno.nl"


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("own_images_shared", ["helpwanted", "politie", "csg"]),
        # Someone to talk to: the Kindertelefoon for a young person, CSG day and night.
        ("feel_bad_need_to_talk", ["kindertelefoon", "csg", "slachtofferhulp"]),
        ("worried_own_urges", ["stopitnow"]),
        ("ask_media_literacy", ["mediawijsheid"]),
        ("ask_help_overview", ["slachtofferwijzer", "csg", "slachtofferhulp", "offlimits"]),
        # Not happening now: no 112 card (the text says "Is er nu gevaar? Bel 112.").
        ("violence_at_home", ["veiligthuis", "kindertelefoon"]),
        # Adults' material: support first, then the police and an anonymous tip; never the Meldpunt.
        ("porn_industry_exploitation", ["csg", "politie", "meldmisdaadanoniem"]),
    ],
)
def test_send_channels_routes_each_situation(intent: str, expected: list[str]) -> None:
    """Each situation goes to its channels, best fit first, at most four."""
    messages, _ = _run(intent)
    assert _channel_ids(messages) == expected


def test_send_channels_on_yes_sends_the_offered_topic() -> None:
    """Saying yes to an offer sends that topic's introduction and channels; no offer follows it."""
    messages, events = _run("affirm", slots={"offered_topic": "ask_melding_vs_aangifte"})
    assert messages[0]["response"] == "utter_topic_ask_melding_vs_aangifte"
    assert _channel_ids(messages) == ["politie", "slachtofferhulp", "meldmisdaadanoniem", "csg"]
    assert len(messages) == 2
    assert SlotSet("offered_topic", None) in events


def test_send_channels_on_yes_chains_the_next_offer() -> None:
    """A yes to 'what to do with the images' answers it and offers how to report the link."""
    messages, events = _run("affirm", slots={"offered_topic": "ask_save_evidence"})
    assert [m.get("response") for m in messages] == [
        "utter_topic_ask_save_evidence",
        None,
        "utter_offer_report_illegal_content",
    ]
    assert _channel_ids(messages) == ["offlimits", "politie", "csg"]
    assert SlotSet("offered_topic", "report_illegal_content") in events


def test_send_channels_on_yes_without_offer_shows_the_topics() -> None:
    """A yes with nothing offered gets the menu, not a guess."""
    messages, events = _run("affirm")
    assert messages == [_menu()]
    assert events == [SlotSet("offered_topic", None)]


def _menu() -> dict:
    dispatcher = CollectingDispatcher()
    dispatcher.utter_message(response="utter_what_i_can_do")
    return dispatcher.messages[0]


def test_send_channels_marks_closed_channel_at_night(data_dir: Path) -> None:
    """At night a channel with office hours is marked closed and CSG (24/7) is added."""
    data = load_yaml(data_dir / "channels.yml")
    for channel in data["channels"]:
        if channel["id"] == "kindertelefoon":
            week = {d: ["11:00-21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
            channel.update(hours=week, chat_hours=week)
    write_yaml(data_dir / "channels.yml", data)
    routing = load_yaml(data_dir / "topics.yml")
    routing["topics"]["feel_bad_need_to_talk"]["channels"] = ["kindertelefoon"]
    write_yaml(data_dir / "topics.yml", routing)

    day, _ = _run("feel_bad_need_to_talk", at=WEDNESDAY_NOON)
    # The words for wanting to talk come first (the action sends them), then the help reply.
    assert day[0].get("response") == "utter_topic_feel_bad_need_to_talk"
    assert _channel_ids(day) == ["kindertelefoon"]
    assert day[1]["custom"]["help_reply"]["cards"][0]["availability"] == "open"

    night, _ = _run("feel_bad_need_to_talk", at=WEDNESDAY_NIGHT)
    assert _channel_ids(night) == ["kindertelefoon", "csg"]
    cards = night[1]["custom"]["help_reply"]["cards"]
    assert [c["availability"] for c in cards] == ["closed", "always"]
    assert "De Kindertelefoon is nu gesloten." in night[1]["text"]
    assert "Centrum Seksueel Geweld kun je altijd bereiken." in night[1]["text"]


def test_send_channels_reads_registry_edits_without_restart(data_dir: Path) -> None:
    """A number changed in the registry file is in the very next reply."""
    path = data_dir / "channels.yml"
    before, _ = _run("porn_industry_exploitation")
    assert before[0]["custom"]["help_reply"]["cards"][0]["phones"][0]["display"] == "0800-0188"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace('"+318000188"', '"+318000199"')
        .replace('"0800-0188"', '"0800-0199"'),
        encoding="utf-8",
    )
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    after, _ = _run("porn_industry_exploitation")
    assert after[0]["custom"]["help_reply"]["cards"][0]["phones"][0]["display"] == "0800-0199"
    assert after[0]["custom"]["help_reply"]["cards"][0]["phones"][0]["tel"] == "tel:+318000199"


def test_a_step_within_a_situation_takes_that_situations_channels() -> None:
    """'The platform does not remove it' after one's own images were shared: Helpwanted first,
    not the Meldpunt Kinderporno; on its own, the Meldpunt first."""
    within, events = _run("platform_not_removing", slots={"situation": "own_images_shared"})
    assert _channel_ids(within)[0] == "helpwanted" and "offlimits" not in _channel_ids(within)
    assert SlotSet("situation", "own_images_shared") in events
    alone, _ = _run("platform_not_removing")
    assert _channel_ids(alone)[0] == "offlimits"


@pytest.mark.parametrize(
    ("concern", "first"),
    [
        ("violence_at_home", "veiligthuis"),
        ("own_images_shared", "helpwanted"),
        ("saw_illegal_images", "offlimits"),
        ("sexual_violence", "csg"),
        ("worried_own_urges", "stopitnow"),
    ],
)
def test_a_parent_or_teacher_gets_the_channels_of_what_is_going_on(concern: str, first: str) -> None:
    """'Een leerling vertelde dat haar vader haar slaat' (a teacher; concern: violence at home)
    gets Veilig Thuis first, not the generic cards for parents."""
    messages, events = _run("parent_or_teacher", slots={"concern": concern})
    ids = _channel_ids(messages)
    assert ids[0] == first
    assert SlotSet("situation", "parent_or_teacher") in events


def test_a_parent_or_teacher_without_a_concern_gets_the_cards_for_parents() -> None:
    """'Ik ben mentor en maak me zorgen' says nothing of what is going on: the cards for parents."""
    messages, _ = _run("parent_or_teacher")
    assert _channel_ids(messages) == ["csg", "offlimits", "helpwanted", "mediawijsheid"]


def test_a_situation_told_next_in_a_talk_for_someone_else_is_their_concern() -> None:
    """After 'mijn beste vriendin wordt afgeperst', 'haar vader slaat haar ook' is the friend's
    concern: the situation stays 'helping a friend', the concern becomes violence at home, and
    the cards are Veilig Thuis and the Kindertelefoon."""
    slots = {"situation": "helping_friend", "concern": "own_images_shared", "shown_channels": []}
    messages, events = _run("violence_at_home", slots=slots)
    assert _channel_ids(messages)[:2] == ["veiligthuis", "kindertelefoon"]
    assert SlotSet("situation", "helping_friend") in events
    assert SlotSet("concern", "violence_at_home") in events


@pytest.mark.parametrize(
    ("told", "someone_else", "first"),
    [
        ("violence_at_home", "helping_friend", "veiligthuis"),
        ("own_images_shared", "parent_or_teacher", "helpwanted"),
        ("grooming", "helping_friend", "politie"),
    ],
)
def test_a_talk_for_someone_else_after_a_situation_keeps_it_as_what_is_going_on(
    told: str, someone_else: str, first: str
) -> None:
    """'Mijn vader slaat mijn moeder', then 'ik ben 12 en mijn broertje is 6' read as a talk for
    someone else: what was told stays what is going on (the concern), with its channels."""
    messages, events = _run(someone_else, slots={"situation": told, "shown_channels": []})
    assert _channel_ids(messages)[0] == first
    assert SlotSet("concern", told) in events


def test_where_can_i_go_in_the_middle_of_a_situation_gets_its_channels() -> None:
    """'Waar kan ik heen?' after 'mijn naaktfoto gaat rond' names Helpwanted, not the overview."""
    slots = {"situation": "own_images_shared", "shown_channels": []}
    messages, events = _run("ask_help_overview", slots=slots)
    assert _channel_ids(messages)[0] == "helpwanted"
    assert SlotSet("situation", "own_images_shared") in events
    messages, _ = _run("ask_help_overview")
    assert _channel_ids(messages)[0] == "slachtofferwijzer"


def test_where_can_we_go_in_a_parents_talk_follows_the_concern() -> None:
    """A parent whose daughter was raped asks 'waar kunnen we heen?': CSG first."""
    slots = {"situation": "parent_or_teacher", "concern": "sexual_violence", "shown_channels": []}
    messages, _ = _run("ask_help_overview", slots=slots)
    assert _channel_ids(messages)[0] == "csg"


def test_the_action_servers_concerns_are_the_classifiers() -> None:
    """actions/cards.py keeps its own copy (the action server does not load components/)."""
    from actions.cards import CONCERNS, SOMEONE_ELSE
    from components.concern_text import CONCERN_INTENTS, SOMEONE_ELSE_INTENTS

    assert set(CONCERN_INTENTS) == CONCERNS
    assert set(SOMEONE_ELSE_INTENTS) == SOMEONE_ELSE


def test_a_crisis_told_in_a_talk_for_someone_else_becomes_its_concern() -> None:
    """A father, then 'ze is gisteravond verkracht' (CSG's fixed answer), then 'waar kunnen we
    heen?': CSG first, whatever concern an earlier message seemed to have."""
    slots = {"situation": "parent_or_teacher", "concern": "saw_illegal_images", "shown_channels": []}
    crisis = [{"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}}]
    tracker = _tracker("ask_help_overview", slots)
    tracker.events = crisis
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, {}))
    order = next(m["custom"]["help_reply"]["order"] for m in dispatcher.messages if m.get("custom"))
    assert order[0] == "csg"  # named: its card is on screen with the crisis answer
    assert "offlimits" not in order


@pytest.mark.parametrize(
    "text",
    ["is er een site met een overzicht?", "welke hulp is er allemaal?", "what help is there in general"],
)
def test_asking_for_the_whole_overview_gets_it_also_within_a_situation(text: str) -> None:
    """'Is er een site met een overzicht?' wants the overview (Slachtofferwijzer), not the situation."""
    tracker = _tracker("ask_help_overview", {"situation": "own_images_shared", "shown_channels": []})
    tracker.latest_message["text"] = text
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "slachtofferwijzer"


def test_an_adult_online_after_ones_own_images_keeps_the_images_as_the_situation() -> None:
    """'Iemand chanteert me met een foto' then 'hij zegt dat ik het niet mag vertellen' (grooming):
    the situation stays one's own images, so the follow-ups that come next are about them."""
    _, events = _run("grooming", slots={"situation": "own_images_shared", "shown_channels": []})
    assert SlotSet("situation", "own_images_shared") in events
    _, events = _run("grooming", slots={"situation": "report_to_police", "shown_channels": []})
    assert SlotSet("situation", "grooming") in events


def test_the_introduction_for_someone_else_fits_what_is_going_on() -> None:
    """A teacher whose pupil is hit at home hears about Veilig Thuis, not about screenshots of
    images; with no concern (or images) the introduction for parents stays."""
    from bot.settings import ROOT
    from tests.domain.test_domain import _merged

    domain = {"responses": _merged(ROOT / "domain", "responses")}

    def first_response(slots: dict) -> str:
        dispatcher = CollectingDispatcher()
        tracker = _tracker("parent_or_teacher", slots)
        asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, domain))
        return dispatcher.messages[0]["response"]

    assert (
        first_response({"concern": "violence_at_home"}) == "utter_topic_parent_or_teacher__violence_at_home"
    )
    assert first_response({"concern": "own_images_shared"}) == "utter_topic_parent_or_teacher"
    assert first_response({}) == "utter_topic_parent_or_teacher"


def test_a_report_step_that_names_a_channel_puts_it_first() -> None:
    """'Hoe kan hij dit bij de politie melden?' in a talk about a friend's images: the police first."""
    tracker = _tracker("report_illegal_content", {"situation": "helping_friend", "shown_channels": []})
    tracker.latest_message["text"] = "hoe kan hij dit bij de politie melden?"
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "politie"


def test_a_reporting_step_in_a_talk_for_someone_else_follows_the_concern() -> None:
    """A teacher whose pupil is hit at home asks 'hoe meld ik dit?': Veilig Thuis, not the Meldpunt
    for images; a friend's images: Helpwanted, as for the friend."""
    slots = {"situation": "parent_or_teacher", "concern": "violence_at_home", "shown_channels": []}
    messages, events = _run("report_illegal_content", slots=slots)
    assert _channel_ids(messages)[0] == "veiligthuis"
    assert "offlimits" not in _channel_ids(messages)
    assert SlotSet("situation", "parent_or_teacher") in events
    slots = {"situation": "helping_friend", "concern": "own_images_shared", "shown_channels": []}
    messages, _ = _run("report_illegal_content", slots=slots)
    assert _channel_ids(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "how do i report him? im kinda scared",
        "kan ik hem aangeven?",
        "hoe kan ik haar melden",
        "hoe doe ik aangifte",
    ],
)
@pytest.mark.parametrize("situation", ["own_images_shared", "grooming"])
def test_reporting_a_person_is_the_police_first(text: str, situation: str) -> None:
    """Reporting a person (not a link), or aangifte: the police first, also in a talk about one's
    own images; reporting 'the video' keeps the situation's order."""
    tracker = _tracker("report_illegal_content", {"situation": situation, "shown_channels": []})
    tracker.latest_message["text"] = text
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "politie"
    tracker = _tracker("report_illegal_content", {"situation": "own_images_shared", "shown_channels": []})
    tracker.latest_message["text"] = "how do i report the video"
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "its 3am, who can i even talk to right now",
        "met wie kan ik vannacht nog praten?",
        "ik wil nu meteen met iemand praten",
    ],
)
def test_someone_to_talk_to_now_or_at_night_puts_those_reachable_then_first(text: str) -> None:
    """Asked for now or at night, the channel whose phone is open day and night (CSG) comes before
    the Kindertelefoon, whose hours no source confirms; without a word of time, the order stays."""
    now, _ = _run("feel_bad_need_to_talk", at=WEDNESDAY_NIGHT, text=text)
    assert _channel_ids(now)[0] == "csg"
    plain, _ = _run("feel_bad_need_to_talk", at=WEDNESDAY_NIGHT, text="ik wil met iemand praten")
    assert _channel_ids(plain)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    "text",
    [
        "ik wil csg bellen over wat er op kamp is gebeurd maar ik durf niet alleen",
        "can i chat with csg about it?",
    ],
)
def test_the_channel_one_wants_to_call_comes_first(text: str) -> None:
    """'Ik wil csg bellen ...' in a talk about feeling bad: CSG first, the Kindertelefoon after it."""
    messages, _ = _run("feel_bad_need_to_talk", text=text)
    assert _channel_ids(messages)[:2] == ["csg", "kindertelefoon"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "ik heb vorige week aangifte gedaan en nu slaap ik slecht, ik wil met iemand praten",
            "slachtofferhulp",
        ),
        ("we filed a police report yesterday but i still want to talk to someone", "slachtofferhulp"),
        ("ik heb het al gemeld bij de politie maar ik wil er met iemand over praten", "slachtofferhulp"),
        # A link reported to the Meldpunt or a wish to report is no report to the police made.
        ("ik heb de link gemeld bij het meldpunt maar ik wil met iemand praten", "kindertelefoon"),
        ("ik wil aangifte doen maar eerst met iemand praten", "kindertelefoon"),
    ],
)
def test_someone_to_talk_to_after_a_police_report_is_slachtofferhulp_first(text: str, first: str) -> None:
    """After a report to the police was made, the young person is a victim of a crime reported:
    Slachtofferhulp (free support after a crime) first; otherwise the Kindertelefoon."""
    messages, _ = _run("feel_bad_need_to_talk", text=text)
    assert _channel_ids(messages)[0] == first


def _tracker_after(said: list[str], intent: str, text: str, slots: dict[str, Any] | None = None) -> Tracker:
    """A tracker whose session holds the user messages `said` before the one being answered."""
    events = [{"event": "user", "text": t, "parse_data": {"intent": {"name": "x"}}} for t in said]
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"intent": {"name": intent, "confidence": 0.99}, "text": text},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.mark.parametrize(
    "first",
    [
        "het is 2 uur snachts en ik kan niet slapen",
        "its like 3am here",
        "ik lig al de hele nacht wakker, het is 4 uur",
    ],
)
def test_a_time_of_night_said_a_few_messages_before_still_puts_those_reachable_first(first: str) -> None:
    """ "Het is 2 uur snachts", then what happened, then "ik wil nu gewoon met iemand praten": CSG
    (its phone day and night) before the Kindertelefoon (hours unconfirmed); without a time said
    in the last messages, the Kindertelefoon first."""
    said = [first, "ik zag een filmpje waarin een meisje werd verkracht"]
    tracker = _tracker_after(said, "feel_bad_need_to_talk", "ik wil gewoon met iemand praten")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NIGHT).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "csg"
    said = ["ik voel me rot", "ik zag een filmpje waarin een meisje werd verkracht"]
    tracker = _tracker_after(said, "feel_bad_need_to_talk", "ik wil gewoon met iemand praten")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSendChannels(clock=lambda: WEDNESDAY_NIGHT).run(dispatcher, tracker, {}))
    assert _channel_ids(dispatcher.messages)[0] == "kindertelefoon"


@pytest.mark.parametrize("situation", ["helping_friend", "saw_illegal_images"])
def test_reporting_what_goes_round_in_a_private_or_group_chat_is_the_police_first(situation: str) -> None:
    """A classmate's video in the class group chat (slot place: private), "hoe meld ik dit?": no
    public link to take down, the police first; for one's own images Helpwanted stays first."""
    messages, _ = _run(
        "report_illegal_content", slots={"situation": situation, "place": "private"}, text="hoe meld ik dit"
    )
    assert _channel_ids(messages)[0] == "politie"
    public, _ = _run("report_illegal_content", slots={"situation": "helping_friend"}, text="hoe meld ik dit")
    assert _channel_ids(public)[0] == "helpwanted"
    own, _ = _run(
        "report_illegal_content",
        slots={"situation": "own_images_shared", "place": "private"},
        text="hoe meld ik dit",
    )
    assert _channel_ids(own)[0] == "helpwanted"
    # The action's copy of the slot value is the one the material extractor writes.
    from actions.send_channels import PRIVATE_PLACE
    from components.material_text import PRIVATE

    assert PRIVATE_PLACE == PRIVATE


@pytest.mark.parametrize(
    "text",
    [
        "ik wil met iemand praten maar ik durf niet te bellen",
        "i want to talk to someone but i cant call, my mom is home",
        "kan ik ergens chatten in plaats van bellen?",
    ],
)
def test_someone_who_would_rather_type_gets_the_channels_with_a_chat_first(text: str) -> None:
    """Those with a chat (channels.yml chat_url) before those with only a phone: Veilig Thuis (no
    chat in the registry) after the Kindertelefoon for violence at home."""
    messages, _ = _run("feel_bad_need_to_talk", slots={"situation": "violence_at_home"}, text=text)
    assert _channel_ids(messages)[0] == "kindertelefoon"
    plain, _ = _run(
        "feel_bad_need_to_talk", slots={"situation": "violence_at_home"}, text="ik wil met iemand praten"
    )
    assert _channel_ids(plain)[0] == "veiligthuis"


def test_a_detail_read_as_the_same_situation_names_the_cards_a_question_draws_them_again() -> None:
    """ "Hij is 34 zegt hij. ik ben 13" after an adult online: the same situation again, but it only
    tells; the cards on screen are named ("zie hierboven"), not drawn twice in a row. "Waar kan ik
    dit melden?" for the same situation asks, and gets them drawn."""
    slots = {
        "situation": "grooming",
        "last_topic": "grooming",
        "shown_channels": ["politie", "kindertelefoon", "csg"],
    }
    told, _ = _run("grooming", slots=slots, text="hij is 34 zegt hij. ik ben 13")
    reply = next(m["custom"]["help_reply"] for m in told if m.get("custom"))
    assert reply["cards"] == [] and reply["shown_above"][0] == "politie"
    asked, _ = _run("grooming", slots=slots, text="waar kan ik dit melden?")
    assert _channel_ids(asked)[0] == "politie"


@pytest.mark.parametrize(
    ("situation", "first"), [("own_images_shared", "helpwanted"), ("saw_illegal_images", "offlimits")]
)
def test_am_i_in_trouble_follows_whose_images_they_are(situation: str, first: str) -> None:
    """ "Is dat strafbaar?" after one's own (or an AI-made) nude: Helpwanted, not the Meldpunt; after
    abuse material seen: the Meldpunt."""
    messages, _ = _run("ask_am_i_in_trouble", slots={"situation": situation}, text="is dat ook strafbaar?")
    assert _channel_ids(messages)[0] == first


def _domain_responses() -> dict:
    responses: dict = {}
    for path in sorted(Path("domain").glob("*.yml")):
        responses.update(load_yaml(path).get("responses") or {})
    return {"responses": responses}


@pytest.mark.parametrize(
    ("situation", "response", "first", "absent"),
    [
        # One's own forwarding of a classmate's nude, regretted: talk it over first, help for her.
        (
            "shared_others_images",
            "utter_topic_ask_am_i_in_trouble__shared_others_images",
            "kindertelefoon",
            "offlimits",
        ),
        (
            "own_images_shared",
            "utter_topic_ask_am_i_in_trouble__own_images_shared",
            "helpwanted",
            "offlimits",
        ),
        ("saw_illegal_images", "utter_topic_ask_am_i_in_trouble", "offlimits", "kindertelefoon"),
        (None, "utter_topic_ask_am_i_in_trouble", "offlimits", "kindertelefoon"),
    ],
)
def test_am_i_in_trouble_is_answered_for_what_happened(
    situation: str | None, response: str, first: str, absent: str
) -> None:
    """ "Ben ik nu strafbaar?" after "ik heb een naaktfoto van een meisje uit mn klas doorgestuurd" is
    not "it is not your fault that you were shown this" with the Meldpunt (a read miss of the
    sixteenth conversations, j052): the words and the channels follow the situation."""
    slots = {"situation": situation} if situation else {}
    messages, _ = _run(
        "ask_am_i_in_trouble", slots=slots, text="ben ik nu strafbaar?", domain=_domain_responses()
    )
    assert messages[0]["response"] == response
    ids = _channel_ids(messages)
    assert ids[0] == first and absent not in ids
    if situation == "shared_others_images":
        assert "helpwanted" in ids


@pytest.mark.parametrize("text", ["yesterday", "vorige week", "2 weken geleden", "op insta", "last night"])
def test_a_detail_read_as_a_yes_with_nothing_offered_is_thanked_for_with_the_situations_help(
    text: str,
) -> None:
    """ "Yesterday" after "an adult from my church sent me a photo of his private parts" and "i'm 13"
    was read as a yes with nothing offered and got the list of topics, no card (a read miss of the
    sixteenth conversations, j056): a detail of what happened keeps the thread."""
    slots = {"situation": "grooming", "last_topic": "give_age"}
    messages, _ = _run("affirm", slots=slots, text=text, domain=_domain_responses())
    assert messages[0]["response"] == "utter_detail_noted"
    ids = _channel_ids(messages)
    assert ids and ids[0] == "politie"


def test_a_plain_yes_with_nothing_offered_in_a_talk_goes_on_with_it() -> None:
    """ "Ja" is no detail: with nothing offered, in a talk about an adult online, what one can do next
    with the help for it (nineteenth session: no longer the list of topics, as if the talk began again)."""
    messages, _ = _run("affirm", slots={"situation": "grooming"}, text="ja", domain=_domain_responses())
    assert messages[0]["response"] == "utter_what_now"


@pytest.mark.parametrize(
    ("intent", "concern", "place", "text"),
    [
        ("report_illegal_content", "own_images_shared", None, "waar moeten we dit als school melden?"),
        ("report_illegal_content", "grooming", None, "moet ik dit melden en waar? ik ben zijn trainer"),
        ("ask_save_evidence", "grooming", None, "moet ik haar telefoon naar de politie brengen als bewijs?"),
        ("ask_help_overview", "own_images_shared", None, "bij wie melden we dit en hoe helpen we haar?"),
        (
            "report_illegal_content",
            "saw_illegal_images",
            "private",
            "where do we report this, it was in a dm",
        ),
    ],
)
def test_a_parent_or_teacher_asking_where_to_report_gets_the_police_first(
    intent: str, concern: str, place: str | None, text: str
) -> None:
    """An adult asking where or how to report what happened to a child: the police first (a melding or
    an aangifte), the child's help after them."""
    slots = {"situation": "parent_or_teacher", "concern": concern, "place": place}
    messages, _ = _run(intent, slots=slots, text=text)
    assert _channel_ids(messages)[0] == "politie"


def test_a_parent_asking_about_images_on_a_public_site_or_a_young_person_keeps_their_first_channel() -> None:
    """The link to images seen on a public site goes to the Meldpunt; a young person's own images to
    Helpwanted: the adults' rule does not touch them."""
    seen = {"situation": "parent_or_teacher", "concern": "saw_illegal_images", "place": "public"}
    messages, _ = _run("report_illegal_content", slots=seen, text="waar meld ik die site?")
    assert _channel_ids(messages)[0] == "offlimits"
    own = {"situation": "own_images_shared"}
    messages, _ = _run("report_illegal_content", slots=own, text="waar meld ik dit?")
    assert _channel_ids(messages)[0] == "helpwanted"


def test_under_13_asking_whom_to_tell_about_an_adult_online_gets_the_kindertelefoon_first() -> None:
    """ "Ik ben 11. wie moet ik het vertellen?" (read as a question for help): under 13 the police
    contact the parents, so the Kindertelefoon first and the police after it; at 15, or after a step to
    the police, the police stay first."""
    text = "ik ben 11. wie moet ik het vertellen?"
    messages, _ = _run("ask_help_overview", slots={"situation": "grooming", "age": 11}, text=text)
    cards = _channel_ids(messages)
    assert cards[0] == "kindertelefoon"
    assert "politie" in cards
    messages, _ = _run(
        "ask_help_overview", slots={"situation": "grooming", "age": 15}, text="who should i tell"
    )
    assert _channel_ids(messages)[0] == "politie"
    police_step = {"situation": "grooming", "age": 11, "last_topic": "report_to_police"}
    messages, _ = _run("ask_help_overview", slots=police_step, text=text)
    assert _channel_ids(messages)[0] == "politie"
