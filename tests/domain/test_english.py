"""Every answer exists in Dutch and English (issue #11): the Dutch default, and an English twin
that Rasa picks when the slot `language` is `en`, with the same buttons, tags and channels."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest

from bot.crisis import load_responses, render_domain, synced_reply
from bot.referral import plan_route, route_reply, route_text
from bot.registry.catalog import Snapshot
from bot.registry.schedule import TIMEZONE
from bot.reply import read_reply
from bot.settings import ROOT
from tests.domain.test_domain import _merged

EN_CONDITION = [{"type": "slot", "name": "language", "value": "en"}]
# Words that only a Dutch text has: an English twin that still contains them was not translated.
DUTCH_WORDS = re.compile(r"\b(je|jij|niet|het|een|bel|gevaar|zelfmoord|hulp)\b", re.I)


@pytest.fixture(scope="module")
def responses() -> dict[str, list[dict[str, Any]]]:
    return _merged(ROOT / "domain", "responses")


def _split(variants: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    defaults = [v for v in variants if not v.get("condition")]
    english = [v for v in variants if v.get("condition") == EN_CONDITION]
    return defaults, english


def test_every_response_has_a_dutch_default_and_one_english_twin(responses) -> None:
    """No response is Dutch only, and none lost its Dutch default (Dutch stays the default)."""
    assert len(responses) >= 60
    for name, variants in responses.items():
        defaults, english = _split(variants)
        assert len(defaults) == 1, (name, "needs exactly one Dutch default")
        assert len(english) == 1, (name, "needs exactly one English variant")
        assert len(variants) == 2, (name, "only the Dutch default and the English variant")
        assert variants[0] is defaults[0], (name, "the Dutch default comes first")


def test_english_twins_are_english_and_keep_buttons_and_tags(responses) -> None:
    """The twin is translated, with the same button payloads and the same safety tag."""
    for name, variants in responses.items():
        (dutch,), (english,) = _split(variants)
        assert english["text"] != dutch["text"], name
        assert not DUTCH_WORDS.search(english["text"]), (name, DUTCH_WORDS.findall(english["text"]))
        assert [b["payload"] for b in english.get("buttons", [])] == [
            b["payload"] for b in dutch.get("buttons", [])
        ], name
        if dutch.get("buttons"):
            titles = [b["title"] for b in english["buttons"]]
            assert titles != [b["title"] for b in dutch["buttons"]], name
        assert english.get("metadata") == dutch.get("metadata"), name


def test_english_image_answers_say_do_not_save_screenshot_or_forward(responses) -> None:
    """The safety advice about images is in English too, not only in the Dutch default."""
    tagged = 0
    for name, variants in responses.items():
        (_dutch,), (english,) = _split(variants)
        if (english.get("metadata") or {}).get("safety_advice") != "images":
            continue
        tagged += 1
        text = english["text"].lower()
        assert re.search(r"do not save|don't save|save nothing|not save", text), name
        assert "screenshot" in text, name
        assert re.search(r"do not forward|forward nothing|not forward|never send|save or forward", text), name
        assert "link" in text, name
    assert tagged >= 10


def test_english_fallbacks_end_with_113_and_112(responses) -> None:
    """'Didn't understand' and out of scope: in English too, the crisis numbers close the answer."""
    for name in ("utter_default", "utter_nlu_fallback", "utter_out_of_scope"):
        (_dutch,), (english,) = _split(responses[name])
        ending = english["text"].strip()[-120:]
        assert "113" in ending and "112" in ending, name


def test_fixed_crisis_answers_carry_english_cards_for_the_same_channels(snapshot: Snapshot) -> None:
    """The English crisis answers name the same channels, drawn with their English names and words."""
    dutch, english = load_responses(language="nl"), load_responses(language="en")
    assert set(dutch) == set(english)
    for name in dutch:
        nl_reply, en_reply = read_reply(dutch[name]["custom"]), read_reply(english[name]["custom"])
        assert nl_reply is not None and en_reply is not None, name
        assert [c.id for c in en_reply.cards] == [c.id for c in nl_reply.cards], name
        assert en_reply.language == "en" and nl_reply.language == "nl", name
        assert en_reply.lead == english[name]["text"], name
        assert synced_reply(snapshot, english[name]) == en_reply, name
    suicide = read_reply(english["utter_crisis_suicide"]["custom"])
    assert suicide is not None
    assert suicide.cards[0].name == "113 Zelfmoordpreventie (suicide prevention)"
    assert suicide.cards[0].availability_text == "Day and night"
    assert suicide.cards[0].phones[0].call_cost_text == "free call"
    assert "0800-0113" in suicide.lead and "112" in suicide.lead


def test_crisis_file_is_in_sync_with_both_languages(snapshot: Snapshot) -> None:
    """`make crisis-sync` keeps the English variants (and their hand-written texts)."""
    assert render_domain(snapshot) == (ROOT / "domain" / "crisis.yml").read_text(encoding="utf-8")


def test_english_route_uses_the_registrys_english_texts(snapshot: Snapshot) -> None:
    """A routed answer in English: English names, descriptions, hours words, notes and labels."""
    at = datetime(2026, 11, 25, 3, 0, tzinfo=TIMEZONE)
    route = plan_route(snapshot, "report_to_police", at)
    reply = route_reply(route, "en")
    police = next(c for c in reply.cards if c.id == "politie")
    assert police.name == "Police"
    assert police.description == snapshot.registry["politie"].description_en
    assert police.phones[0].label == "no emergency"
    assert police.availability_text == "Hours: see website"
    assert reply.language == "en" and reply.custom()["help_reply"]["language"] == "en"
    assert reply.lead is not None and "We don't know the hours of Police" in reply.lead
    text = route_text(route, "en")
    assert "• Police: call 0900-8844 (no emergency, hours not known)" in text
    dutch = route_reply(route)
    assert next(c for c in dutch.cards if c.id == "politie").name == "Politie"
    assert "language" not in dutch.custom()["help_reply"]
