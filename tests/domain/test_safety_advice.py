"""What the bot says about images keeps young people safe, and its voice stays warm (issue #11)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from bot.referral import plan_channels, plan_route
from bot.registry.catalog import Snapshot
from bot.registry.schedule import TIMEZONE
from bot.settings import ROOT
from tests.domain.test_domain import _merged

# Every situation where images of abuse come up: seen, received, still on a phone, of the young
# person themselves, a parent's evidence, exploitation, one's own urges.
IMAGE_TOPICS = [
    "saw_illegal_images",
    "report_illegal_content",
    "report_to_police",
    "ask_am_i_in_trouble",
    "ask_save_evidence",
    "platform_not_removing",
    "parent_or_teacher",
    "own_images_shared",
    "porn_industry_exploitation",
    "worried_own_urges",
    "shared_others_images",
]
# Situations about adults' or non-consensual material, or material outside the public internet
# (a one-to-one chat, the dark web, the cloud): the Meldpunt Kinderporno cannot take them.
NOT_FOR_THE_MELDPUNT = ["porn_industry_exploitation", "own_images_shared", "worried_own_urges", "grooming"]
_NOT_FOR_THE_MELDPUNT_WORDS = ("adult", "dark_web", "cloud", "private", "one_to_one", "grooming")
MOMENTS = [
    datetime(2026, 11, 25, 12, 0, tzinfo=TIMEZONE),
    datetime(2026, 11, 25, 3, 0, tzinfo=TIMEZONE),
    datetime(2026, 11, 28, 12, 0, tzinfo=TIMEZONE),
]

NO_SAVE = re.compile(r"\bbewaar\b[^.?!]*\bniet\b|\bbewaar niets\b|\bniet bewaren\b", re.I)
NO_SCREENSHOT = re.compile(r"\bgeen screenshot", re.I)
NO_FORWARD = re.compile(r"\bstuur\b[^.?!]*\b(niet|nooit)\b|\bstuur niets door\b|\bniet doorsturen\b", re.I)
REPORT_THE_LINK = re.compile(r"\blink\b", re.I)
PRESSING_OR_COLD = re.compile(
    r"strafbaar is:|meld het bij de politie\.|je moet (het )?melden|wat vervelend", re.I
)


@pytest.fixture(scope="module")
def responses() -> dict:
    return _merged(ROOT / "domain", "responses")


def _text(variants: list[dict]) -> str:
    return " ".join(v.get("text", "") for v in variants)


def _tagged(responses: dict) -> dict[str, str]:
    return {
        name: _text(variants)
        for name, variants in responses.items()
        if any((v.get("metadata") or {}).get("safety_advice") == "images" for v in variants)
    }


def test_image_topics_are_tagged_for_safety_advice(responses) -> None:
    """Each answer about images of abuse is tagged, so the advice test below covers it."""
    tagged = _tagged(responses)
    missing = [t for t in IMAGE_TOPICS if f"utter_topic_{t}" not in tagged]
    assert missing == []


def test_every_tagged_response_says_do_not_save_screenshot_or_forward_and_report_the_link(responses) -> None:
    """Whenever images come up: do not save, do not screenshot, do not forward, report the link."""
    tagged = _tagged(responses)
    assert len(tagged) >= len(IMAGE_TOPICS)
    for name, text in tagged.items():
        assert NO_SAVE.search(text), (name, "does not say: do not save")
        assert NO_SCREENSHOT.search(text), (name, "does not say: no screenshot")
        assert NO_FORWARD.search(text), (name, "does not say: do not forward")
        assert REPORT_THE_LINK.search(text), (name, "does not say: report the link")


@pytest.mark.parametrize(
    "name",
    [
        "utter_default",
        "utter_nlu_fallback",
        "utter_out_of_scope",
        "utter_contextual_fallback",
        "utter_did_you_mean",
    ],
)
def test_not_understood_and_out_of_scope_end_with_113_and_112(name: str, responses) -> None:
    """'Didn't understand' and out-of-scope answers always end with where to go in a crisis."""
    for variant in responses[name]:
        sentences = [s for s in re.split(r"(?<=[.?!])\s+", variant["text"].strip()) if s]
        ending = " ".join(sentences[-4:])
        assert "113" in ending and "112" in ending, (name, ending)


def test_topic_answers_do_not_open_with_crime_or_press_to_report(responses) -> None:
    """No answer opens with what is a crime, and none tells anyone they must report."""
    for name, variants in responses.items():
        if not name.startswith("utter_topic_"):
            continue
        text = _text(variants)
        first = re.split(r"(?<=[.?!])\s+", text.strip())[0].lower()
        assert "strafbaar" not in first and "ernstig" not in first, (name, first)
        assert not PRESSING_OR_COLD.search(text), name


def test_no_answer_offers_a_chat_the_registry_does_not_have(snapshot: Snapshot, responses) -> None:
    """A channel without a confirmed chat (Stop it Now) is never said to be reachable by chat."""
    without_chat = [c for c in snapshot.registry.channels.values() if c.chat_url is None]
    for name, variants in responses.items():
        for sentence in re.split(r"(?<=[.?!])\s+", _text(variants)):
            for channel in without_chat:
                if channel.name in sentence or (name.endswith(channel.id) and "chat" in sentence.lower()):
                    assert not re.search(r"\bchat", sentence, re.I), (name, channel.id, sentence)
    assert "chat" not in _text(responses["utter_topic_worried_own_urges"]).lower()


def _routes_not_for_the_meldpunt(snapshot: Snapshot) -> list[str]:
    topics = snapshot.routing.topics
    named = [t for t in topics if any(word in t for word in _NOT_FOR_THE_MELDPUNT_WORDS)]
    return sorted({t for t in NOT_FOR_THE_MELDPUNT if t in topics} | set(named))


def test_adult_dark_web_and_private_chat_routes_never_show_the_meldpunt_card(snapshot: Snapshot) -> None:
    """Adults' material, one-to-one chats, dark web and cloud go to the police (and CSG), never
    to the Meldpunt Kinderporno card: not as a route, a fallback, or a follow-up's channels."""
    topics = _routes_not_for_the_meldpunt(snapshot)
    assert "porn_industry_exploitation" in topics and "own_images_shared" in topics
    for topic in topics:
        for at in MOMENTS:
            ids = plan_route(snapshot, topic, at).ids
            assert "offlimits" not in ids, (topic, at, ids)
        for follow_up_id, follow_up in snapshot.routing.follow_ups.items():
            ids = follow_up.situations.get(topic, [])
            fallback = snapshot.routing.topics[topic].always_open
            route = plan_channels(snapshot, follow_up_id, ids, MOMENTS[1], fallback)
            assert "offlimits" not in route.ids, (topic, follow_up_id)
    assert "politie" in plan_route(snapshot, "porn_industry_exploitation", MOMENTS[0]).ids


def test_meldpunt_card_says_public_internet_only_and_where_else_to_go(snapshot: Snapshot) -> None:
    """The Meldpunt card itself tells the young person what it takes and what goes to the police."""
    description = snapshot.registry["offlimits"].description
    assert "openbare website" in description
    for place in ("dark web", "cloud", "privébericht", "politie"):
        assert place in description, place


def test_meld_misdaad_anoniem_is_its_own_card_and_not_the_police(snapshot: Snapshot) -> None:
    """0800-7000 is an anonymous tip run by others than the police, not an aangifte."""
    mma = snapshot.registry["meldmisdaadanoniem"]
    assert [p.display for p in mma.phones] == ["0800-7000"]
    assert "geen aangifte" in mma.description and "niet van de politie" in mma.description
    assert all(p.display != "0800-7000" for p in snapshot.registry["politie"].phones)
    assert "meldmisdaadanoniem" in plan_route(snapshot, "ask_melding_vs_aangifte", MOMENTS[0]).ids
