"""Shared pieces of the insight tests: the vocabulary of the shipped domain and data, a store on a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.insight.events import Vocabulary, load_vocabulary
from bot.insight.store import SqliteCounts
from bot.registry.catalog import Catalog
from tests.helpers import CHANNELS, TOPICS

FALLBACK_TEXT = "Sorry, dat begreep ik niet goed. Kies een onderwerp, of zeg het op een andere manier."


def fallback_turn() -> list[dict[str, Any]]:
    """What the widget channel returns for a message the bot did not understand."""
    return [{"recipient_id": "x", "text": FALLBACK_TEXT, "response": "utter_nlu_fallback"}]


def greet_turn() -> list[dict[str, Any]]:
    """The greeting, as the widget channel returns it."""
    return [
        {"recipient_id": "x", "text": "Hoi! Ik ben de Hulpwijzer, een chatbot.", "response": "utter_greet"}
    ]


def police_turn() -> list[dict[str, Any]]:
    """'ik wil aangifte doen': the topic text, the help reply of the action, the follow-up offer."""
    return [
        {"text": "Je kunt naar de politie.", "response": "utter_topic_report_to_police"},
        {
            "text": "• Politie: bel 0900-8844",
            "custom": {
                "help_reply": {
                    "version": 1,
                    "topic": "report_to_police",
                    "lead": "Van Politie weten we de tijden niet zeker.",
                    "cards": [{"id": "politie"}, {"id": "slachtofferhulp"}, {"id": "csg"}],
                }
            },
        },
        {"text": "Wil je weten wat het verschil is?", "response": "utter_offer_ask_melding_vs_aangifte"},
    ]


def suicide_turn() -> list[dict[str, Any]]:
    """The fixed crisis answer for thoughts of suicide: a domain response with a help reply."""
    return [
        {
            "text": "Fijn dat je het zegt. Bel 113.",
            "response": "utter_crisis_suicide",
            "custom": {
                "help_reply": {
                    "version": 1,
                    "topic": "suicidal_thoughts",
                    "cards": [{"id": "zelfmoordpreventie"}, {"id": "alarmnummer"}],
                }
            },
        }
    ]


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    """The labels of the shipped domain and channel data."""
    return load_vocabulary(Catalog(CHANNELS, TOPICS))


@pytest.fixture
def counts(tmp_path: Path) -> SqliteCounts:
    """A counter store in a fresh SQLite file."""
    return SqliteCounts(tmp_path / "var" / "channel-history.sqlite")
