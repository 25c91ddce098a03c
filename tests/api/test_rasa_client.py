"""Reading the answer of Rasa's widget channel into the widget's messages (bot/reply.py contract)."""

from __future__ import annotations

import logging

import pytest

from bot.api.rasa_client import chat_message
from tests.helpers import POLICE_CARD

TEXT = "• Politie: bel 0900-8844 (geen spoed, tijden niet bekend)\nVan Politie weten we de tijden niet zeker."
LEAD = "Van Politie weten we de tijden niet zeker."


def _reply(**changes: object) -> dict:
    return {
        "help_reply": {
            "version": 1,
            "topic": "report_to_police",
            "lead": LEAD,
            "cards": [POLICE_CARD],
            **changes,
        }
    }


def test_help_reply_shows_as_its_lead_and_cards() -> None:
    """One utterance with text and a help reply: the widget gets the lead and the cards, not the
    contact lines meant for text channels."""
    message = chat_message({"text": TEXT, "custom": _reply()})
    assert message is not None
    assert message.text == LEAD
    assert [c.model_dump() for c in message.cards] == [POLICE_CARD]


def test_help_reply_without_lead_shows_the_cards_alone() -> None:
    """A reply whose lead is None has no text above its cards."""
    message = chat_message({"text": TEXT, "custom": _reply(lead=None)})
    assert message is not None and message.text is None and len(message.cards) == 1


def test_plain_text_and_buttons_pass_through() -> None:
    """An utterance without a help reply is its text and its buttons."""
    message = chat_message({"text": "Wil je meer weten?", "buttons": [{"title": "Ja", "payload": "/affirm"}]})
    assert message is not None
    assert (message.text, [b.payload for b in message.buttons], message.cards) == (
        "Wil je meer weten?",
        ["/affirm"],
        [],
    )


@pytest.mark.parametrize(
    "custom",
    [
        _reply(version=2),
        _reply(cards=[{**POLICE_CARD, "name": None}]),
        _reply(cards=[{**POLICE_CARD, "url": "https://politie.nl"}]),
        {"topic": "report_to_police", "channels": [POLICE_CARD]},
    ],
    ids=["unknown version", "broken card", "unknown field", "old payload"],
)
def test_invalid_help_reply_falls_back_to_the_readable_text(
    custom: dict, caplog: pytest.LogCaptureFixture
) -> None:
    """A payload that breaks the contract is left out (and logged); the text, which names every
    channel with its number, is shown instead, so no number is lost."""
    with caplog.at_level(logging.WARNING):
        message = chat_message({"text": TEXT, "custom": custom})
    assert message is not None
    assert message.text == TEXT and message.cards == []
    assert "no valid help reply" in caplog.text


def test_utterance_with_nothing_to_show_is_left_out() -> None:
    """An image or an empty utterance gives no message."""
    assert chat_message({"image": "https://x.example/a.png"}) is None
    assert chat_message({}) is None


def test_a_domain_answer_carries_its_language_for_the_widget() -> None:
    """The widget channel names the language of every domain answer; anything else is left out."""
    english = chat_message(
        {"text": "Are you in danger now?", "response": "utter_distress_check", "language": "en"}
    )
    assert english is not None and english.language == "en"
    dutch = chat_message(
        {"text": "Ben je nu in gevaar?", "response": "utter_distress_check", "language": "nl"}
    )
    assert dutch is not None and dutch.language == "nl"
    odd = chat_message({"text": "Hoi", "language": "<script>"})
    assert odd is not None and odd.language is None
