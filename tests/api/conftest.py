"""The web service under TestClient, with a fake Rasa behind an httpx MockTransport."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from bot.api.deps import get_rasa_client
from bot.api.main import create_app
from bot.api.rasa_client import RasaClient
from bot.settings import Settings

with warnings.catch_warnings():
    # Starlette asks for `httpx2`, which is not in the lock file; httpx still works.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SESSION = "0123456789abcdef0123456789abcdef"
PARTNER = "https://partner.example"

# What Rasa's widget channel returns for "ik wil aangifte doen": the topic text, then one
# utterance with the text for text channels and the help reply (bot/reply.py), then the
# follow-up with buttons.
POLICE_CARD: dict[str, Any] = {
    "id": "politie",
    "name": "Politie",
    "description": "Je kunt een melding of aangifte doen, ook als je jonger bent dan 18.",
    "phones": [{"display": "0900-8844", "tel": "tel:+319008844", "label": "geen spoed"}],
    "chat_url": None,
    "website": "https://politie.nl/themas/aangifte-doen.html",
    "report_form": None,
    "availability": "unknown",
    "availability_text": "Tijden: zie website",
    "hours_note": None,
    "free": None,
    "anonymous": None,
    "age_min": None,
    "age_max": None,
}
POLICE_LEAD = "Van Politie weten we de tijden niet zeker. Kijk op de website."
POLICE_REPLY: list[dict[str, Any]] = [
    {"recipient_id": SESSION, "text": "Je kunt naar de politie, ook als je jonger bent dan 18."},
    {
        "recipient_id": SESSION,
        "text": f"• Politie: bel 0900-8844 (geen spoed) (tijden: zie website)\n{POLICE_LEAD}",
        "custom": {
            "help_reply": {
                "version": 1,
                "topic": "report_to_police",
                "lead": POLICE_LEAD,
                "cards": [POLICE_CARD],
            }
        },
    },
    {
        "recipient_id": SESSION,
        "text": "Wil je weten wat het verschil is tussen een melding en aangifte?",
        "buttons": [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}],
    },
]


@dataclass
class FakeRasa:
    """Stands in for Rasa and the action server; records every webhook call."""

    reply: list[dict[str, Any]] = field(default_factory=lambda: list(POLICE_REPLY))
    error: Exception | None = None
    status: int = 200
    healthy: dict[str, bool] = field(default_factory=lambda: {"rasa": True, "actions": True})
    received: list[dict[str, Any]] = field(default_factory=list)
    # Hosts that refuse connections, e.g. one of two Rasa replicas.
    down_hosts: set[str] = field(default_factory=set)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host in self.down_hosts:
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/webhooks/widget/webhook":
            if self.error is not None:
                raise self.error
            self.received.append(json.loads(request.content))
            return httpx.Response(self.status, json=self.reply)
        if request.url.path == "/webhooks/rest/":
            return httpx.Response(200 if self.healthy["rasa"] else 500, json={"status": "ok"})
        if request.url.path == "/health":
            if not self.healthy["actions"]:
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(200, json={"status": "ok"})
        return httpx.Response(404)


@pytest.fixture
def fake_rasa() -> FakeRasa:
    """A fake Rasa that answers the police reply unless told otherwise."""
    return FakeRasa()


def make_settings(**overrides: Any) -> Settings:
    """Test settings: a generous rate limit and a same-origin quick-exit page."""
    values: dict[str, Any] = {
        "rate_limit_per_minute": 1000,
        "quick_exit_url": "/neutral",
        "allowed_origins": [PARTNER],
        "rasa_timeout_seconds": 0.5,
        "health_timeout_seconds": 0.5,
    }
    values.update(overrides)
    return Settings(**values)


MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(fake_rasa: FakeRasa) -> Iterator[MakeClient]:
    """Build a TestClient for settings overrides; `real_rasa=True` keeps the real HTTP transport."""
    opened: list[TestClient] = []

    def build(
        *, real_rasa: bool = False, client: tuple[str, int] = ("testclient", 50000), **overrides: Any
    ) -> TestClient:
        settings = make_settings(**overrides)
        app = create_app(settings)
        if not real_rasa:
            rasa = RasaClient(
                settings.rasa_url,
                settings.actions_url,
                timeout=settings.rasa_timeout_seconds,
                transport=httpx.MockTransport(fake_rasa),
            )
            app.dependency_overrides[get_rasa_client] = lambda: rasa
        test_client = TestClient(app, client=client)
        test_client.__enter__()
        opened.append(test_client)
        return test_client

    yield build
    for test_client in opened:
        test_client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    """The web service with default test settings and the fake Rasa."""
    return make_client()


def chat(client: TestClient, message: str, session_id: str = SESSION) -> httpx.Response:
    """POST one message to /api/chat."""
    return client.post("/api/chat", json={"session_id": session_id, "message": message})
