"""The web service under TestClient, with a fake Rasa behind an httpx MockTransport."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.api.deps import get_rasa_client
from bot.api.main import create_app
from bot.api.rasa_client import RasaClient
from tests.helpers import FakeRasa, MakeClient, TestClient, make_settings


@pytest.fixture
def fake_rasa() -> FakeRasa:
    """A fake Rasa that answers the police reply unless told otherwise."""
    return FakeRasa()


@pytest.fixture
def make_client(fake_rasa: FakeRasa, tmp_path: Path) -> Iterator[MakeClient]:
    """Build a TestClient for settings overrides; `real_rasa=True` keeps the real HTTP transport.

    The channel history (and the insight counts kept beside it) is this test's own unless a test
    names one: never the repository's var/channel-history.sqlite, whose stored versions and counts
    belong to whoever ran the service there."""
    opened: list[TestClient] = []
    history_url = f"sqlite:///{tmp_path / 'test-history' / 'channel-history.sqlite'}"

    def build(
        *, real_rasa: bool = False, client: tuple[str, int] = ("testclient", 50000), **overrides: Any
    ) -> TestClient:
        settings = make_settings(**{"history_url": history_url, **overrides})
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
