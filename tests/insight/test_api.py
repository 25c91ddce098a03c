"""/insight and /api/insight under TestClient, with a fake Rasa: token, counts from chat turns, "<5", CSP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.api.deps import get_rasa_client
from bot.api.main import create_app
from bot.api.rasa_client import RasaClient
from bot.api.security import CONTENT_SECURITY_POLICY
from tests.helpers import FakeRasa, TestClient, chat, make_settings
from tests.insight.conftest import fallback_turn, police_turn

TOKEN = "insight-test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def build(tmp_path: Path, fake: FakeRasa, **overrides: object) -> TestClient:
    settings = make_settings(history_url=f"sqlite:///{tmp_path / 'history.sqlite'}", **overrides)
    app = create_app(settings)
    rasa = RasaClient(
        settings.rasa_url, settings.actions_url, timeout=1.0, transport=httpx.MockTransport(fake)
    )
    app.dependency_overrides[get_rasa_client] = lambda: rasa
    return TestClient(app)


@pytest.fixture
def fake() -> FakeRasa:
    """A fake Rasa that answers with the police turn (response names included)."""
    return FakeRasa(reply=police_turn())


@pytest.fixture
def client(tmp_path: Path, fake: FakeRasa) -> Iterator[TestClient]:
    """The web service with a counsellor token and its own history database."""
    with build(tmp_path, fake, counsellor_tokens={"sanne": TOKEN}) as test_client:
        yield test_client


def test_insight_is_off_without_tokens(tmp_path: Path, fake: FakeRasa) -> None:
    """Without counsellor or maintainer tokens the insight API does not exist (404)."""
    with build(tmp_path, fake) as client:
        assert client.get("/api/insight", headers=AUTH).status_code == 404


def test_insight_needs_a_valid_token(client: TestClient) -> None:
    """No token or a wrong one is 401; nothing is counted or shown."""
    assert client.get("/api/insight").status_code == 401
    wrong = {"Authorization": "Bearer wrong-token-0123456789abcdef"}
    assert client.get("/api/insight/report", headers=wrong).status_code == 401


def test_chat_turns_are_counted_and_shown_with_the_small_count_rule(
    client: TestClient, fake: FakeRasa
) -> None:
    """Six conversations show as 6; a topic routed six times too; one fallback shows as '<5'."""
    for i in range(6):
        assert chat(client, "ik wil aangifte doen", session_id=f"{i:032x}").status_code == 200
    fake.reply = fallback_turn()
    assert chat(client, "blablabla", session_id=f"{0:032x}").status_code == 200

    response = client.get("/api/insight", headers=AUTH)
    assert response.status_code == 200
    data = response.json()
    by_kind = {s["kind"]: s for s in data["days"]["series"]}
    assert by_kind["conversation"]["values"][-1] == "6"
    assert by_kind["topic"]["values"][-1] == "6"
    assert by_kind["fallback"]["values"][-1] == "<5"
    channels = next(b for b in data["breakdowns"] if b["kind"] == "channel")
    assert {"label": "Politie", "count": "6"} in channels["rows"]
    assert "ik wil aangifte doen" not in response.text and "blablabla" not in response.text
    assert f"{0:032x}" not in response.text


def test_report_is_html_with_svg_plots_and_tables(client: TestClient) -> None:
    """The report fragment holds an inline SVG plot and a table for each figure, in Dutch."""
    assert chat(client, "ik wil aangifte doen").status_code == 200
    response = client.get("/api/insight/report?days=7&weeks=4", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.count("<svg") >= 12
    assert response.text.count('<table class="in-table">') == response.text.count("<svg")
    assert "Gesprekken per dag" in response.text and "Kanalen getoond" in response.text


def test_insight_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    """/insight is the static page under the strict CSP: its own script and style only."""
    response = client.get("/insight")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert '<script src="/static/insight.js" defer></script>' in response.text
    assert "http" not in response.text.replace("http-equiv", "")


def test_bad_period_is_refused(client: TestClient) -> None:
    """Days and weeks are bounded, so one request cannot read years of counts."""
    assert client.get("/api/insight?days=0", headers=AUTH).status_code == 422
    assert client.get("/api/insight?weeks=53", headers=AUTH).status_code == 422
