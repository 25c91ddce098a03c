"""The history of the channel registry: every saved version with its time, author and changed fields.

`History` is the interface the store needs. `SqliteHistory` (standard library) serves one
machine; `PostgresHistory` (psycopg) is for several. In both the version number is the primary
key, so two writers that both try to add version n cannot both succeed.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from bot.exceptions import ConflictError

Reason = Literal["save", "rollback", "file"]
ProposalStatus = Literal["open", "approved", "rejected"]
SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class Change:
    """One changed field of one channel; a whole channel added or removed has field ''."""

    channel: str | None  # None: a field of the file itself, such as `version`
    field: str
    old: str | None  # the value as JSON; None when there was none
    new: str | None

    def __str__(self) -> str:
        where = f"channel '{self.channel}'" if self.channel is not None else "file"
        if not self.field:
            return f"{where}: {'added' if self.old is None else 'removed'}"
        old = "(none)" if self.old is None else self.old
        new = "(none)" if self.new is None else self.new
        return f"{where}, {self.field}: {old} -> {new}"


@dataclass(frozen=True)
class HistoryEntry:
    """One saved version of the registry: who saved it when, why, and which fields changed."""

    number: int
    saved_at: datetime
    author: str  # the maintainer's name; "file" for an edit of the file itself
    reason: Reason
    rollback_of: int | None
    changes: tuple[Change, ...]
    # A change to a four-eyes channel: the proposal it came from, and who approved it (the
    # author is who proposed it). Both None for a change that went live at once.
    proposal: int | None = None
    approved_by: str | None = None


@dataclass(frozen=True)
class Proposal:
    """A change to one channel that waits for a second maintainer; never changed once decided."""

    number: int
    channel_id: str
    base_version: int  # the version the proposer edited; approval fails if the channel changed since
    proposed_at: datetime
    proposed_by: str
    data: str  # the channel's new fields as JSON
    changes: tuple[Change, ...]
    status: ProposalStatus = "open"
    decided_at: datetime | None = None
    decided_by: str | None = None
    applied_version: int | None = None


@dataclass(frozen=True)
class StoredVersion:
    """A history entry with the full registry file text of that version."""

    entry: HistoryEntry
    content: str


class History(Protocol):
    """Where versions are kept; numbers start at 1 and never repeat, entries are never changed."""

    def latest(self) -> StoredVersion | None:
        """The newest version, or None while the history is empty."""
        ...

    def get(self, number: int) -> StoredVersion | None:
        """Version `number`, or None if there is none."""
        ...

    def entries(self, limit: int, channel_id: str | None = None) -> list[HistoryEntry]:
        """Newest first, at most `limit`; with `channel_id`, only versions that changed that channel."""
        ...

    def contents(self, numbers: Sequence[int]) -> dict[int, str]:
        """The file text of each of these versions that exists, by number."""
        ...

    def channel_version(self, channel_id: str) -> int | None:
        """The newest version that changed the channel, or None if none did."""
        ...

    def record(self, entry: HistoryEntry, content: str) -> AbstractContextManager[None]:
        """Add a version, kept only if the `with` body succeeds; ConflictError if its number is taken.

        With `entry.proposal`, that open proposal is marked approved by `entry.approved_by` in
        the same transaction (ConflictError if it is no longer open).
        """
        ...

    def add_proposal(self, proposal: Proposal) -> Proposal:
        """Keep a new open proposal; returns it with its number (the one passed in is ignored)."""
        ...

    def proposal(self, number: int) -> Proposal | None:
        """Proposal `number`, or None if there is none."""
        ...

    def proposals(self, limit: int, status: ProposalStatus | None = None) -> list[Proposal]:
        """Newest first, at most `limit`; with `status`, only those."""
        ...

    def reject_proposal(self, number: int, by: str, at: datetime) -> None:
        """Mark an open proposal rejected; ConflictError if it is no longer open."""
        ...


_TABLES = """
CREATE TABLE IF NOT EXISTS registry_versions (
    number INTEGER PRIMARY KEY,
    saved_at {timestamp} NOT NULL,
    author TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('save', 'rollback', 'file')),
    rollback_of INTEGER REFERENCES registry_versions (number),
    content TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS registry_changes (
    number INTEGER NOT NULL REFERENCES registry_versions (number),
    position INTEGER NOT NULL,
    channel_id TEXT,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    PRIMARY KEY (number, position)
);
CREATE INDEX IF NOT EXISTS registry_changes_by_channel ON registry_changes (channel_id, number);
CREATE TABLE IF NOT EXISTS registry_proposals (
    number INTEGER PRIMARY KEY,
    channel_id TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    proposed_at {timestamp} NOT NULL,
    proposed_by TEXT NOT NULL,
    data TEXT NOT NULL,
    changes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'approved', 'rejected')),
    decided_at {timestamp},
    decided_by TEXT,
    applied_version INTEGER REFERENCES registry_versions (number)
);
CREATE INDEX IF NOT EXISTS registry_proposals_by_version ON registry_proposals (applied_version);
"""
_VERSION_COLUMNS = "number, saved_at, author, reason, rollback_of"
# A version with the proposal it came from and its approver, when it came from one.
_VERSION_SELECT = (
    "SELECT v.number, v.saved_at, v.author, v.reason, v.rollback_of, p.number, p.decided_by "
    "FROM registry_versions v LEFT JOIN registry_proposals p ON p.applied_version = v.number"
)
_CONTENTS_PER_QUERY = 500
_PROPOSAL_COLUMNS = (
    "number, channel_id, base_version, proposed_at, proposed_by, data, changes, status, "
    "decided_at, decided_by, applied_version"
)


def _changes_json(changes: Sequence[Change]) -> str:
    return json.dumps([[c.channel, c.field, c.old, c.new] for c in changes], ensure_ascii=False)


def _changes_from_json(text: str) -> tuple[Change, ...]:
    return tuple(Change(channel, field, old, new) for channel, field, old, new in json.loads(text))


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


class _SqlHistory:
    """The queries both databases share (DB-API 2.0); a subclass opens connections and transactions.

    A connection per call keeps it usable from any thread and any process; the admin saves a few
    times a day, so the cost of connecting does not matter.
    """

    _placeholder = "?"

    def __init__(self) -> None:
        self._ready = False
        self._ready_lock = threading.Lock()

    def _connect(self) -> Any:
        raise NotImplementedError

    def _create_tables(self, connection: Any) -> None:
        raise NotImplementedError

    def _begin_write(self, cursor: Any) -> None:
        """Start the transaction that adds a version."""

    def _is_duplicate(self, error: Exception) -> bool:
        raise NotImplementedError

    def _timestamp(self, value: datetime) -> object:
        return value

    def _open(self) -> Any:
        connection = self._connect()
        try:
            with self._ready_lock:
                if not self._ready:
                    self._create_tables(connection)
                    self._ready = True
        except BaseException:
            connection.close()
            raise
        return connection

    def _run(self, cursor: Any, sql: str, params: Sequence[object] = ()) -> Any:
        cursor.execute(sql.replace("?", self._placeholder), tuple(params))
        return cursor

    def _changes(self, cursor: Any, numbers: Sequence[int]) -> dict[int, list[Change]]:
        found: dict[int, list[Change]] = {n: [] for n in numbers}
        if not numbers:
            return found
        marks = ", ".join("?" * len(numbers))
        rows = self._run(
            cursor,
            "SELECT number, channel_id, field, old_value, new_value FROM registry_changes "
            f"WHERE number IN ({marks}) ORDER BY number, position",
            numbers,
        ).fetchall()
        for number, channel_id, field, old, new in rows:
            found[number].append(Change(channel_id, field, old, new))
        return found

    def _entries(self, cursor: Any, rows: Sequence[Sequence[Any]]) -> list[HistoryEntry]:
        changes = self._changes(cursor, [row[0] for row in rows])
        return [
            HistoryEntry(
                number=number,
                saved_at=_as_datetime(saved_at),
                author=author,
                reason=reason,
                rollback_of=rollback_of,
                changes=tuple(changes[number]),
                proposal=proposal,
                approved_by=approved_by,
            )
            for number, saved_at, author, reason, rollback_of, proposal, approved_by in rows
        ]

    def _stored(self, where: str, params: Sequence[object]) -> StoredVersion | None:
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            sql = f"{_VERSION_SELECT.replace('SELECT ', 'SELECT v.content, ', 1)} {where}"
            row = self._run(cursor, sql, params).fetchone()
            if row is None:
                return None
            (entry,) = self._entries(cursor, [row[1:]])
            return StoredVersion(entry, row[0])

    def latest(self) -> StoredVersion | None:
        """The newest version, or None while the history is empty."""
        return self._stored("ORDER BY v.number DESC LIMIT 1", ())

    def get(self, number: int) -> StoredVersion | None:
        """Version `number`, or None if there is none."""
        return self._stored("WHERE v.number = ?", (number,))

    def entries(self, limit: int, channel_id: str | None = None) -> list[HistoryEntry]:
        """Newest first, at most `limit`; with `channel_id`, only versions that changed that channel."""
        if channel_id is None:
            sql = f"{_VERSION_SELECT} ORDER BY v.number DESC LIMIT ?"
            params: tuple[object, ...] = (limit,)
        else:
            sql = (
                f"{_VERSION_SELECT} WHERE v.number IN "
                "(SELECT number FROM registry_changes WHERE channel_id = ?) ORDER BY v.number DESC LIMIT ?"
            )
            params = (channel_id, limit)
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            return self._entries(cursor, self._run(cursor, sql, params).fetchall())

    def contents(self, numbers: Sequence[int]) -> dict[int, str]:
        """The file text of each of these versions that exists, by number."""
        found: dict[int, str] = {}
        wanted = sorted(set(numbers))
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            # In parts, below any database's limit on the number of parameters.
            for start in range(0, len(wanted), _CONTENTS_PER_QUERY):
                part = wanted[start : start + _CONTENTS_PER_QUERY]
                marks = ", ".join("?" * len(part))
                sql = f"SELECT number, content FROM registry_versions WHERE number IN ({marks})"
                found.update((int(number), content) for number, content in self._run(cursor, sql, part))
        return found

    def channel_version(self, channel_id: str) -> int | None:
        """The newest version that changed the channel, or None if none did."""
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            sql = "SELECT MAX(number) FROM registry_changes WHERE channel_id = ?"
            (number,) = self._run(cursor, sql, (channel_id,)).fetchone()
            return int(number) if number is not None else None

    @contextmanager
    def record(self, entry: HistoryEntry, content: str) -> Iterator[None]:
        """Add a version, kept only if the `with` body succeeds; ConflictError if its number is taken."""
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            self._begin_write(cursor)
            try:
                try:
                    self._run(
                        cursor,
                        f"INSERT INTO registry_versions ({_VERSION_COLUMNS}, content) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            entry.number,
                            self._timestamp(entry.saved_at),
                            entry.author,
                            entry.reason,
                            entry.rollback_of,
                            content,
                        ),
                    )
                except Exception as exc:
                    if not self._is_duplicate(exc):
                        raise
                    raise ConflictError(
                        f"version {entry.number} was saved by someone else meanwhile", entry.number
                    ) from exc
                for position, change in enumerate(entry.changes):
                    self._run(
                        cursor,
                        "INSERT INTO registry_changes (number, position, channel_id, field, "
                        "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                        (entry.number, position, change.channel, change.field, change.old, change.new),
                    )
                if entry.proposal is not None:
                    self._decide(
                        cursor, entry.proposal, "approved", entry.approved_by, entry.saved_at, entry.number
                    )
                yield
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    def _decide(
        self,
        cursor: Any,
        number: int,
        status: ProposalStatus,
        by: str | None,
        at: datetime,
        version: int | None = None,
    ) -> None:
        updated = self._run(
            cursor,
            "UPDATE registry_proposals SET status = ?, decided_by = ?, decided_at = ?, applied_version = ? "
            "WHERE number = ? AND status = 'open'",
            (status, by, self._timestamp(at), version, number),
        )
        if updated.rowcount != 1:
            raise ConflictError(f"proposal {number} is no longer open", version or 0)

    def _proposals(self, where: str, params: Sequence[object]) -> list[Proposal]:
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            rows = self._run(cursor, f"SELECT {_PROPOSAL_COLUMNS} FROM registry_proposals {where}", params)
            return [
                Proposal(
                    number=number,
                    channel_id=channel_id,
                    base_version=base_version,
                    proposed_at=_as_datetime(proposed_at),
                    proposed_by=proposed_by,
                    data=data,
                    changes=_changes_from_json(changes),
                    status=status,
                    decided_at=_as_datetime(decided_at) if decided_at is not None else None,
                    decided_by=decided_by,
                    applied_version=applied_version,
                )
                for (
                    number,
                    channel_id,
                    base_version,
                    proposed_at,
                    proposed_by,
                    data,
                    changes,
                    status,
                    decided_at,
                    decided_by,
                    applied_version,
                ) in rows.fetchall()
            ]

    def add_proposal(self, proposal: Proposal) -> Proposal:
        """Keep a new open proposal; returns it with its number (the one passed in is ignored)."""
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            self._begin_write(cursor)
            try:
                (latest,) = self._run(cursor, "SELECT MAX(number) FROM registry_proposals").fetchone()
                kept = replace(proposal, number=(latest or 0) + 1, status="open")
                try:
                    self._run(
                        cursor,
                        "INSERT INTO registry_proposals (number, channel_id, base_version, proposed_at, "
                        "proposed_by, data, changes, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'open')",
                        (
                            kept.number,
                            kept.channel_id,
                            kept.base_version,
                            self._timestamp(kept.proposed_at),
                            kept.proposed_by,
                            kept.data,
                            _changes_json(kept.changes),
                        ),
                    )
                except Exception as exc:
                    if not self._is_duplicate(exc):
                        raise
                    raise ConflictError("another proposal was saved at the same moment", 0) from exc
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
            return kept

    def proposal(self, number: int) -> Proposal | None:
        """Proposal `number`, or None if there is none."""
        found = self._proposals("WHERE number = ?", (number,))
        return found[0] if found else None

    def proposals(self, limit: int, status: ProposalStatus | None = None) -> list[Proposal]:
        """Newest first, at most `limit`; with `status`, only those."""
        if status is None:
            return self._proposals("ORDER BY number DESC LIMIT ?", (limit,))
        return self._proposals("WHERE status = ? ORDER BY number DESC LIMIT ?", (status, limit))

    def reject_proposal(self, number: int, by: str, at: datetime) -> None:
        """Mark an open proposal rejected; ConflictError if it is no longer open."""
        with closing(self._open()) as connection, closing(connection.cursor()) as cursor:
            self._begin_write(cursor)
            try:
                self._decide(cursor, number, "rejected", by, at)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()


class SqliteHistory(_SqlHistory):
    """History in one SQLite file (the standard library), for a single machine."""

    def __init__(self, path: Path, timeout_seconds: float = 10.0) -> None:
        super().__init__()
        self.path = path
        self._timeout = timeout_seconds

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode, so the write transaction starts where _begin_write says.
        connection = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        # A committed version must survive a power cut.
        connection.execute("PRAGMA synchronous = FULL")
        return connection

    def _create_tables(self, connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.executescript(_TABLES.format(timestamp="TEXT"))

    def _begin_write(self, cursor: sqlite3.Cursor) -> None:
        # IMMEDIATE takes the write lock now, so no other process can add a version meanwhile.
        cursor.execute("BEGIN IMMEDIATE")

    def _is_duplicate(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.IntegrityError)

    def _timestamp(self, value: datetime) -> object:
        # SQLite has no time type: ISO 8601 text sorts and parses back exactly.
        return value.isoformat()


class PostgresHistory(_SqlHistory):
    """History in PostgreSQL (psycopg 3), shared by several machines."""

    _placeholder = "%s"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def _connect(self) -> Any:
        import psycopg

        return psycopg.connect(self.url)

    def _create_tables(self, connection: Any) -> None:
        with closing(connection.cursor()) as cursor:
            cursor.execute(_TABLES.format(timestamp="TIMESTAMPTZ"))
        connection.commit()

    def _is_duplicate(self, error: Exception) -> bool:
        import psycopg

        return isinstance(error, psycopg.errors.UniqueViolation)


def open_history(url: str) -> History:
    """The history backend for a `history_url` setting."""
    if url.startswith(SQLITE_PREFIX):
        return SqliteHistory(Path(url.removeprefix(SQLITE_PREFIX)))
    if url.startswith(POSTGRES_PREFIXES):
        if importlib.util.find_spec("psycopg") is None:
            raise RuntimeError(
                "a postgresql:// history_url needs the psycopg package (psycopg[binary]); "
                "install it or use a sqlite:/// history_url"
            )
        return PostgresHistory(url)
    raise ValueError(f"history_url '{url}' is neither sqlite:///<path> nor a postgresql:// URL")
