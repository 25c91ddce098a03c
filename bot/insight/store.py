"""Counters in the channel history's database: (hour, kind, label) -> n, one atomic UPSERT per counter.

The table holds only an hour (UTC, truncated), the kind of event and a label from a fixed set
(a domain response name, a topic id or a channel id): no text, no session id, no finer time.
`INSERT ... ON CONFLICT DO UPDATE SET n = n + k` is atomic in SQLite and PostgreSQL alike, so
any number of web processes can add to the same counters without losing an increment.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bot.history.history import POSTGRES_PREFIXES, SQLITE_PREFIX

_TABLE = """
CREATE TABLE IF NOT EXISTS insight_counts (
    hour TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (hour, kind, label)
)
"""
_UPSERT = (
    "INSERT INTO insight_counts (hour, kind, label, n) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (hour, kind, label) DO UPDATE SET n = insight_counts.n + excluded.n"
)
_SELECT = "SELECT hour, kind, label, n FROM insight_counts WHERE hour >= ? ORDER BY hour, kind, label"


def hour_of(moment: datetime) -> str:
    """The UTC hour a moment falls in, as stored: '2026-11-25T11'."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H")


def parse_hour(hour: str) -> datetime:
    """The start of a stored hour, in UTC."""
    return datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Key:
    """One counter: the hour, the kind of event and its label ('' when the kind has none)."""

    hour: str
    kind: str
    label: str = ""


@dataclass(frozen=True)
class CountRow:
    """One stored counter with its count."""

    hour: datetime
    kind: str
    label: str
    n: int


class CountStore:
    """The counters; one connection per process, kept open and serialised by a lock."""

    _placeholder = "?"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None

    def _connect(self) -> Any:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._placeholder)

    def _open(self) -> Any:
        if self._connection is None:
            connection = self._connect()
            with closing(connection.cursor()) as cursor:
                cursor.execute(_TABLE)
            connection.commit()
            self._connection = connection
        return self._connection

    def add(self, counts: Mapping[Key, int]) -> None:
        """Add each count to its counter, all in one transaction; nothing is added if it fails."""
        items = [(k, n) for k, n in counts.items() if n > 0]
        if not items:
            return
        with self._lock:
            connection = self._open()
            try:
                with closing(connection.cursor()) as cursor:
                    for key, n in items:
                        cursor.execute(self._sql(_UPSERT), (key.hour, key.kind, key.label, n))
                connection.commit()
            except BaseException:
                self._drop(connection)
                raise

    def rows(self, since: datetime) -> list[CountRow]:
        """Every counter from the hour of `since` on."""
        with self._lock:
            connection = self._open()
            try:
                with closing(connection.cursor()) as cursor:
                    cursor.execute(self._sql(_SELECT), (hour_of(since),))
                    found = cursor.fetchall()
                connection.commit()
            except BaseException:
                self._drop(connection)
                raise
        return [CountRow(parse_hour(h), kind, label, int(n)) for h, kind, label, n in found]

    def total(self, kind: str, since: datetime | None = None) -> int:
        """The sum of one kind of counter (tests and the command line)."""
        start = since or datetime(2000, 1, 1, tzinfo=timezone.utc)
        return sum(row.n for row in self.rows(start) if row.kind == kind)

    def close(self) -> None:
        """Close the connection (a later call opens a new one)."""
        with self._lock:
            if self._connection is not None:
                self._drop(self._connection)

    def _drop(self, connection: Any) -> None:
        # After an error the connection may be in a failed transaction; the next call reconnects.
        self._connection = None
        try:
            connection.rollback()
            connection.close()
        except Exception:  # noqa: S110 - closing a broken connection may fail too; it is gone either way
            pass


class SqliteCounts(CountStore):
    """Counters in the SQLite file of the channel history (one machine, any number of processes)."""

    def __init__(self, path: Path, timeout_seconds: float = 10.0) -> None:
        super().__init__()
        self.path = path
        self._timeout = timeout_seconds

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=self._timeout, check_same_thread=False)
        # WAL as the history uses it; readers never block the writers of other processes.
        connection.execute("PRAGMA journal_mode = WAL")
        return connection


class PostgresCounts(CountStore):
    """Counters in the PostgreSQL database of the channel history (several machines)."""

    _placeholder = "%s"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def _connect(self) -> Any:
        import psycopg

        return psycopg.connect(self.url, connect_timeout=5)


def open_counts(history_url: str) -> CountStore:
    """The counters for a `history_url` setting: the same database as the channel history."""
    if history_url.startswith(SQLITE_PREFIX):
        return SqliteCounts(Path(history_url.removeprefix(SQLITE_PREFIX)))
    if history_url.startswith(POSTGRES_PREFIXES):
        if importlib.util.find_spec("psycopg") is None:
            raise RuntimeError("a postgresql:// history_url needs the psycopg package (psycopg[binary])")
        return PostgresCounts(history_url)
    raise ValueError(f"history_url '{history_url}' is neither sqlite:///<path> nor a postgresql:// URL")


def since_days(days: int, now: datetime | None = None) -> datetime:
    """The moment `days` days before `now` (UTC)."""
    return (now or datetime.now(timezone.utc)) - timedelta(days=days)
