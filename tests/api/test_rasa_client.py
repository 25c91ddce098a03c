"""Reading Rasa's REST answer into the widget's messages."""

from __future__ import annotations

import logging

import pytest

from bot.api.rasa_client import merge_messages
from tests.api.conftest import POLICE_CARD


def test_merge_messages_joins_text_and_the_cards_that_follow() -> None:
    """A text directly followed by a custom channels payload becomes one message."""
    messages = merge_messages(
        [{"text": "Hier kun je terecht:"}, {"custom": {"topic": "t", "channels": [POLICE_CARD]}}]
    )
    assert len(messages) == 1
    assert messages[0].text == "Hier kun je terecht:"
    assert [c.id for c in messages[0].channels] == ["politie"]


def test_merge_messages_keeps_cards_without_a_text_before_them() -> None:
    """Cards first, or after a message that has cards already, stay a message of their own."""
    messages = merge_messages(
        [
            {"custom": {"channels": [POLICE_CARD]}},
            {"custom": {"channels": [POLICE_CARD]}},
        ]
    )
    assert [(m.text, len(m.channels)) for m in messages] == [(None, 1), (None, 1)]


def test_merge_messages_skips_empty_and_unknown_messages() -> None:
    """Messages with neither text nor cards (images, other custom data) are left out."""
    messages = merge_messages([{"image": "https://x.example/a.png"}, {"custom": {"foo": 1}}, {"text": "hoi"}])
    assert [m.text for m in messages] == ["hoi"]


def test_merge_messages_drops_malformed_card_and_keeps_the_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A card that does not validate is dropped (logged by id); the lead-in text still arrives."""
    broken = {**POLICE_CARD, "id": "kapot", "name": None}
    text = "• Politie: bel 0900-8844\nVan Politie weten we de tijden niet zeker."
    with caplog.at_level(logging.WARNING):
        messages = merge_messages([{"text": text}, {"custom": {"channels": [broken, POLICE_CARD]}}])
    assert messages[0].text == "Van Politie weten we de tijden niet zeker."
    assert [c.id for c in messages[0].channels] == ["politie"]
    assert "kapot" in caplog.text


def test_merge_messages_keeps_text_when_no_cards_follow() -> None:
    """Without cards the contact lines are the only place the numbers appear, so they stay."""
    messages = merge_messages([{"text": "• Politie: bel 0900-8844"}])
    assert messages[0].text == "• Politie: bel 0900-8844"
    assert messages[0].channels == []
