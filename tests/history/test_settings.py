"""The admin settings: maintainer tokens from the environment, and where the history lives."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.history.history import PostgresHistory, SqliteHistory, open_history
from bot.history.store import open_channel_store
from bot.settings import ROOT, Settings
from tests.helpers import CHANNELS, TOPICS


def test_settings_read_admin_tokens_from_json_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """HULPWIJZER_ADMIN_TOKENS='{"anna": "..."}' names each maintainer and keeps the token secret."""
    monkeypatch.setenv("HULPWIJZER_ADMIN_TOKENS", '{"anna": "a-long-enough-token-1"}')
    settings = Settings()
    assert settings.admin_tokens["anna"].get_secret_value() == "a-long-enough-token-1"
    assert "a-long-enough-token-1" not in repr(settings)


def test_settings_default_to_admin_off_and_history_under_var(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without configuration no one can edit, and the history is a SQLite file in var/ (not data/)."""
    monkeypatch.delenv("HULPWIJZER_ADMIN_TOKENS", raising=False)
    monkeypatch.delenv("HULPWIJZER_HISTORY_URL", raising=False)
    settings = Settings()
    assert settings.admin_tokens == {}
    assert settings.history_url == f"sqlite:///{ROOT}/var/channel-history.sqlite"


@pytest.mark.parametrize(
    "tokens",
    [{"anna": "short"}, {"file": "a-long-enough-token-1"}, {"anna smit": "a-long-enough-token-1"}],
)
def test_settings_reject_unusable_admin_tokens(tokens: dict[str, str]) -> None:
    """Short tokens, the reserved author 'file' and names with spaces are refused at start-up."""
    with pytest.raises(ValidationError):
        Settings.model_validate({"admin_tokens": tokens})


def test_settings_reject_unknown_history_url() -> None:
    """A history URL the store cannot open fails at start-up, not at the first save."""
    with pytest.raises(ValidationError):
        Settings(history_url="mysql://localhost/history")


def test_open_channel_store_creates_sqlite_history_on_first_use(tmp_path: Path) -> None:
    """The configured SQLite file (and its directory) appears on first use, not before."""
    database = tmp_path / "var" / "channel-history.sqlite"
    settings = Settings(
        channels_path=tmp_path / "channels.yml",
        topics_path=TOPICS,
        history_url=f"sqlite:///{database}",
    )
    (tmp_path / "channels.yml").write_text(CHANNELS.read_text(encoding="utf-8"), encoding="utf-8")
    store = open_channel_store(settings)
    assert not database.exists()
    assert store.read_all()[1] == 1
    assert database.exists()


def test_open_history_picks_backend_from_url(tmp_path: Path) -> None:
    """sqlite:/// opens the SQLite history; postgresql:// the PostgreSQL one, or says psycopg is missing."""
    history = open_history(f"sqlite:///{tmp_path}/h.sqlite")
    assert isinstance(history, SqliteHistory)
    assert history.path == tmp_path / "h.sqlite"
    url = "postgresql://hulpwijzer@db/hulpwijzer"
    if importlib.util.find_spec("psycopg") is None:
        with pytest.raises(RuntimeError, match="psycopg"):
            open_history(url)
    else:
        assert isinstance(open_history(url), PostgresHistory)
