"""Fixtures for the admin store: a store over a writable copy of channels/, with its own SQLite history;
and an empty history of each kind (SQLite, PostgreSQL) for what every backend must do alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.history.history import History, PostgresHistory, SqliteHistory
from bot.history.store import ChannelStore
from tests.helpers import make_store


@pytest.fixture
def store(data_dir: Path) -> ChannelStore:
    """A store over the writable copy of the channel data."""
    return make_store(data_dir)


@pytest.fixture(params=["sqlite", "postgresql"])
def history(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[History]:
    """An empty history of each kind (PostgreSQL: a real server started for the session)."""
    if request.param == "sqlite":
        yield SqliteHistory(tmp_path / "history.sqlite")
        return
    psycopg = pytest.importorskip("psycopg")
    url = request.getfixturevalue("postgres_url")
    with closing(psycopg.connect(url)) as connection:
        connection.execute("DROP TABLE IF EXISTS registry_proposals, registry_changes, registry_versions")
        connection.commit()
    yield PostgresHistory(url)
