"""GET /healthz: whether Rasa and the action server answer."""

from __future__ import annotations

import httpx
import pytest

from bot.api.deps import get_rasa_client
from bot.api.main import create_app
from bot.api.rasa_client import RasaClient
from tests.helpers import FakeRasa, TestClient, make_settings


def test_read_health_reports_ok_when_both_answer(client) -> None:
    """200 and 'ok' for both when Rasa and the action server answer."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": "ok", "actions": "ok", "rasa_replicas_up": "1/1"}


@pytest.mark.parametrize("down", ["rasa", "actions"])
def test_read_health_names_the_service_that_is_down(client, fake_rasa: FakeRasa, down: str) -> None:
    """503 naming the one that does not answer."""
    fake_rasa.healthy[down] = False
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body[down] == "down"
    assert body["rasa" if down == "actions" else "actions"] == "ok"


def test_read_health_says_degraded_with_one_replica_of_two_down(make_client, fake_rasa: FakeRasa) -> None:
    """Sessions of a dead replica fail over, so the service is up (200) but degraded; the count
    shows the loss."""
    fake_rasa.down_hosts = {"rasa-b"}
    client = make_client(rasa_url="http://rasa-a:5005,http://rasa-b:5005")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "rasa": "ok",
        "actions": "ok",
        "rasa_replicas_up": "1/2",
    }


@pytest.mark.parametrize("path", ["/webhooks/rest/", "/health"])
def test_read_health_is_down_when_a_backend_answers_200_with_html(make_client, path: str) -> None:
    """A proxy or another server answering 200 with an HTML page is not Rasa or the action
    server: every chat would fail, so health says so (it said "ok" before)."""

    def html_for(request: httpx.Request) -> httpx.Response:
        if request.url.path == path:
            return httpx.Response(200, html="<html><body>Welcome to nginx</body></html>")
        return FakeRasa()(request)

    settings = make_settings()
    app = create_app(settings)
    rasa = RasaClient(
        settings.rasa_url, settings.actions_url, timeout=0.5, transport=httpx.MockTransport(html_for)
    )
    app.dependency_overrides[get_rasa_client] = lambda: rasa
    with TestClient(app) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["rasa" if path == "/webhooks/rest/" else "actions"] == "down"
