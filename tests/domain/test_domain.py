"""The domain, rules and routing table fit together, and what the bot says keeps young people safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot import crisis
from bot.referral import contact_card
from bot.registry.catalog import Snapshot
from bot.reply import read_reply
from bot.settings import ROOT

ILLEGAL_MATERIAL_TOPICS = [
    "saw_illegal_images",
    "report_illegal_content",
    "ask_am_i_in_trouble",
    "ask_save_evidence",
    "platform_not_removing",
    "parent_or_teacher",
]


# Topics whose introduction action_send_channels sends: for someone else's concern, or for the
# situation ("ben ik strafbaar?" after one's own forwarding).
ACTION_INTRODUCED = ("parent_or_teacher", "helping_friend", "ask_am_i_in_trouble", "feel_bad_need_to_talk")


def _merged(folder: Path, key: str) -> list | dict:
    merged: list | dict = {} if key == "responses" else []
    for path in sorted(folder.glob("**/*.yml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        value = part.get(key)
        if isinstance(merged, dict) and value:
            merged.update(value)
        elif isinstance(merged, list) and value:
            merged.extend(value)
    return merged


@pytest.fixture(scope="module")
def responses() -> dict:
    return _merged(ROOT / "domain", "responses")


@pytest.fixture(scope="module")
def intents() -> list:
    return _merged(ROOT / "domain", "intents")


def _texts(responses: dict) -> dict[str, str]:
    return {name: " ".join(v.get("text", "") for v in variants) for name, variants in responses.items()}


def test_every_topic_has_intent_rule_and_introduction(snapshot: Snapshot, responses, intents) -> None:
    """Each routed situation is an intent with a rule and its own introduction text."""
    rules = _merged(ROOT / "data" / "rules", "rules")
    ruled = {rule["steps"][0]["intent"]: rule["steps"][1:] for rule in rules if "intent" in rule["steps"][0]}
    for topic_id, topic in snapshot.routing.topics.items():
        assert topic_id in intents, topic_id
        if topic_id in ("suicidal_thoughts", "danger_now", "sexual_violence"):
            continue
        expected = [{"action": f"utter_topic_{topic_id}"}, {"action": "action_send_channels"}]
        if topic_id in ACTION_INTRODUCED:
            # action_send_channels sends the introduction that fits the concern or the situation
            # (utter_topic_<topic>__<concern or situation>), else utter_topic_<topic>.
            expected = expected[1:]
            assert f"utter_topic_{topic_id}" in responses, topic_id
        if topic.offer:
            expected.append({"action": f"utter_offer_{topic.offer}"})
        assert ruled[topic_id] == expected, topic_id
        for step in expected:
            assert step["action"] == "action_send_channels" or step["action"] in responses, step


def test_crisis_rules_use_fixed_responses() -> None:
    """Crisis intents are answered by domain responses, which need no action server."""
    rules = _merged(ROOT / "data" / "rules", "rules")
    steps = {r["steps"][0].get("intent"): r["steps"][1] for r in rules}
    assert steps["suicidal_thoughts"] == {"action": "utter_crisis_suicide"}
    assert steps["danger_now"] == {"action": "utter_crisis_danger"}
    assert steps["sexual_violence"] == {"action": "utter_crisis_sexual_violence"}
    assert steps["distress_unclear"] == {"action": "utter_distress_check"}


def test_crisis_domain_matches_registry(snapshot: Snapshot) -> None:
    """domain/crisis.yml carries exactly the registry's data (run `make crisis-sync` if not)."""
    assert crisis.CRISIS_DOMAIN.read_text(encoding="utf-8") == crisis.render_domain(snapshot)


def _cards(responses, name: str) -> list:
    reply = read_reply(responses[name][0]["custom"])
    assert reply is not None, f"{name} carries no valid help reply"
    return reply.cards


def test_crisis_responses_put_the_channel_that_helps_now_first(responses) -> None:
    """Suicide: 113 first; an act or danger now: 112 first, then 113; sexual violence: CSG first."""
    suicide = _cards(responses, "utter_crisis_suicide")
    danger = _cards(responses, "utter_crisis_danger")
    sexual = _cards(responses, "utter_crisis_sexual_violence")
    down = _cards(responses, "utter_action_server_down")
    assert [c.id for c in suicide] == ["zelfmoordpreventie", "alarmnummer"]
    assert suicide[0].phones[0].tel == "tel:113"
    assert [c.id for c in danger] == ["alarmnummer", "zelfmoordpreventie", "csg"]
    assert danger[0].phones[0].tel == "tel:112"
    assert [c.id for c in sexual] == ["csg", "alarmnummer", "politie"]
    assert sexual[0].phones[0].tel == "tel:+318000188"
    assert {c.id for c in down} == {"csg", "zelfmoordpreventie", "alarmnummer"}


def test_fixed_answers_show_their_text_above_their_cards(responses) -> None:
    """In the widget a fixed answer's lead is its text: the same words as in a text channel."""
    for name in crisis.load_responses():
        assert read_reply(responses[name][0]["custom"]).lead == responses[name][0]["text"], name


def test_safety_check_asks_with_buttons_to_each_crisis_answer(responses) -> None:
    """The unsure-distress answer names 112 and 113 and offers one button per crisis answer."""
    check = responses["utter_distress_check"][0]
    assert "112" in check["text"] and "113" in check["text"]
    assert [b["payload"] for b in check["buttons"]] == [
        "/danger_now",
        "/suicidal_thoughts",
        "/sexual_violence",
        "/ask_what_can_you_do",
    ]


def test_crisis_answers_never_say_goodbye_or_did_not_understand(responses) -> None:
    """No crisis answer or safety check reads as a goodbye or as not understanding."""
    for name in crisis.load_responses():
        text = responses[name][0]["text"].lower()
        assert "begreep" not in text and "terugkomen" not in text and "dag!" not in text, name


def test_fixed_texts_name_only_numbers_of_their_payload(snapshot: Snapshot, responses) -> None:
    """A number written in a fixed text is one of the numbers in its payload, so they cannot drift."""
    for name in crisis.load_responses():
        text = responses[name][0]["text"]
        payload_numbers = {p.display for c in _cards(responses, name) for p in c.phones}
        for number in re.findall(r"\b\d{3,4}(?:-\d{4})?\b", text):
            assert number in payload_numbers, (name, number)


def test_fixed_payload_equals_action_payload(snapshot: Snapshot, responses) -> None:
    """The crisis cards look exactly like the cards the actions send."""
    for card in _cards(responses, "utter_crisis_suicide"):
        assert card == contact_card(snapshot.registry[card.id], True)


@pytest.mark.parametrize("topic", ILLEGAL_MATERIAL_TOPICS)
def test_illegal_material_topics_say_do_not_save_and_report_the_link(topic: str, responses) -> None:
    """Whenever illegal material comes up: do not save or forward it, report the link."""
    text = _texts(responses)[f"utter_topic_{topic}"].lower()
    assert "link" in text
    assert re.search(r"bewaar|bewaren", text)
    assert re.search(r"stuur|doorsturen|screenshot", text)


def test_no_response_asks_for_images_or_personal_details(responses) -> None:
    """The bot never asks for images, screenshots, names, addresses or phone numbers."""
    asking = re.compile(
        r"(stuur|upload|deel)\s+(me|mij|ons|hier)\b"
        r"|wat is je (naam|adres|nummer|telefoonnummer)"
        r"|hoe heet je"
        r"|maak (een|wel een) screenshot",
        re.IGNORECASE,
    )
    for name, text in _texts(responses).items():
        assert not asking.search(text), name


def test_greeting_says_bot_anonymous_and_112(responses) -> None:
    """The first message says it is a bot, that the chat is anonymous, and to call 112 in danger."""
    text = _texts(responses)["utter_greet"]
    assert "chatbot" in text and "anoniem" in text and "112" in text
    assert len(responses["utter_greet"][0]["buttons"]) >= 4
