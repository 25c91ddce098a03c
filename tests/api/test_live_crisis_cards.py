"""The fixed crisis answers' cards are redrawn from the live registry by the web service.

Rasa answers a crisis with a fixed response from domain/crisis.yml, whose cards were copied from
the registry at training time. The web service redraws them from the live registry, so a changed
number reaches the young person without `make crisis-sync` and a retrain.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.api.deps import get_rasa_client
from bot.api.main import create_app
from bot.api.rasa_client import RasaClient, chat_message
from bot.crisis import load_responses
from bot.registry.catalog import Catalog
from tests.helpers import (
    POLICE_REPLY,
    SESSION,
    FakeRasa,
    TestClient,
    chat,
    load_yaml,
    make_settings,
    write_yaml,
)

CRISIS = "utter_crisis_sexual_violence"


def rasa_message(name: str) -> dict[str, Any]:
    """The fixed response as Rasa's widget channel returns it, with the response's name."""
    response = load_responses()[name]
    return {"recipient_id": SESSION, "text": response["text"], "custom": response["custom"], "response": name}


def set_csg_phone(data_dir: Path, dial: str, display: str) -> None:
    """Change CSG's first number in the registry file, as an approved proposal does."""
    data = load_yaml(data_dir / "channels.yml")
    for channel in data["channels"]:
        if channel["id"] == "csg":
            channel["phones"][0].update(dial=dial, display=display)
    write_yaml(data_dir / "channels.yml", data)


def csg_phones(messages: list[dict[str, Any]]) -> list[str]:
    """The CSG card's numbers in the web service's answer."""
    cards = [card for message in messages for card in message["cards"] if card["id"] == "csg"]
    assert cards, messages
    return [phone["display"] for phone in cards[0]["phones"]]


@pytest.fixture
def web(data_dir: Path) -> Iterator[tuple[TestClient, FakeRasa]]:
    """The web service over a copy of the registry, with a fake Rasa that gives the crisis answer."""
    fake = FakeRasa(reply=[rasa_message(CRISIS)])
    settings = make_settings(
        channels_path=data_dir / "channels.yml",
        topics_path=data_dir / "topics.yml",
        history_url=f"sqlite:///{data_dir / 'var' / 'channel-history.sqlite'}",
    )
    app = create_app(settings)
    rasa = RasaClient(
        settings.rasa_url,
        settings.actions_url,
        timeout=settings.rasa_timeout_seconds,
        transport=httpx.MockTransport(fake),
        catalog=app.state.catalog,
    )
    app.dependency_overrides[get_rasa_client] = lambda: rasa
    with TestClient(app) as client:
        yield client, fake


def test_crisis_card_shows_the_live_number(web: tuple[TestClient, FakeRasa], data_dir: Path) -> None:
    """The trained answer carries 0800-0188; after a change in the registry the card shows the new number."""
    client, _ = web
    first = chat(client, "iemand heeft me verkracht")
    assert first.status_code == 200
    assert csg_phones(first.json()["messages"])[0] == "0800-0188"
    set_csg_phone(data_dir, "+318000199", "0800-0199")
    second = chat(client, "iemand heeft me verkracht")
    assert second.status_code == 200
    messages = second.json()["messages"]
    assert csg_phones(messages)[0] == "0800-0199"
    assert messages[0]["text"] == load_responses()[CRISIS]["text"]


def test_reply_of_the_routing_action_is_left_as_sent(
    web: tuple[TestClient, FakeRasa], data_dir: Path
) -> None:
    """Only fixed answers are redrawn: the action's reply (already live) keeps its own cards."""
    client, fake = web
    fake.reply = list(POLICE_REPLY)
    set_csg_phone(data_dir, "+318000199", "0800-0199")
    response = chat(client, "ik wil aangifte doen")
    assert response.status_code == 200
    cards = [c for m in response.json()["messages"] for c in m["cards"]]
    sent = POLICE_REPLY[1]["custom"]["help_reply"]["cards"][0]
    assert len(cards) == 1
    # The fake's words, not the registry's (whose description of the police is longer).
    assert (cards[0]["description"], cards[0]["website"]) == (sent["description"], sent["website"])
    assert [p["display"] for p in cards[0]["phones"]] == ["0900-8844"]


def test_without_registry_the_trained_copy_is_shown(data_dir: Path) -> None:
    """When there is no live registry to draw from, the trained copy still names every number."""
    trained = chat_message(rasa_message(CRISIS))
    assert trained is not None
    assert any(p.display == "0800-0188" for card in trained.cards if card.id == "csg" for p in card.phones)
    set_csg_phone(data_dir, "+318000199", "0800-0199")
    snapshot = Catalog(data_dir / "channels.yml", data_dir / "topics.yml").snapshot()
    live = chat_message(rasa_message(CRISIS), snapshot)
    assert live is not None
    assert [p.display for card in live.cards if card.id == "csg" for p in card.phones][0] == "0800-0199"
    assert [c.id for c in live.cards] == [c.id for c in trained.cards]


def test_a_message_without_response_name_is_not_redrawn(data_dir: Path) -> None:
    """An utterance without a known fixed response name keeps its cards (the widget channel names them)."""
    set_csg_phone(data_dir, "+318000199", "0800-0199")
    snapshot = Catalog(data_dir / "channels.yml", data_dir / "topics.yml").snapshot()
    message = {k: v for k, v in rasa_message(CRISIS).items() if k != "response"}
    kept = chat_message(message, snapshot)
    assert kept is not None
    assert [p.display for card in kept.cards if card.id == "csg" for p in card.phones][0] == "0800-0188"


def test_bot_down_answer_shows_the_live_number(web: tuple[TestClient, FakeRasa], data_dir: Path) -> None:
    """When Rasa cannot be reached, the 503 answer's cards are redrawn from the live registry too."""
    client, fake = web
    fake.error = httpx.ConnectError("connection refused")
    set_csg_phone(data_dir, "+318000199", "0800-0199")
    response = chat(client, "hallo")
    assert response.status_code == 503
    messages = response.json()["messages"]
    assert csg_phones(messages)[0] == "0800-0199"
    assert messages[0]["text"] == load_responses()["utter_action_server_down"]["text"]
