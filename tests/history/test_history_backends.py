"""Every history backend keeps versions the same way: numbered once, complete, never half-written.

SQLite always runs. PostgreSQL runs against a real server started for the test session
(Debian's package, installed by `make test`), or the one HULPWIJZER_TEST_POSTGRES_URL names; the
`history` fixture (conftest.py) gives each kind.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.exceptions import ConflictError
from bot.history.history import Change, History, HistoryEntry, Proposal


def _entry(number: int, author: str = "anna", *changes: Change) -> HistoryEntry:
    return HistoryEntry(
        number=number,
        saved_at=datetime(2026, 11, 27, 9, 30, number, 123000, tzinfo=timezone.utc),
        author=author,
        reason="save" if number > 1 else "file",
        rollback_of=None,
        changes=changes,
    )


def _add(history: History, entry: HistoryEntry, content: str = "") -> None:
    with history.record(entry, content or f"version {entry.number}"):
        pass


def test_record_keeps_entry_changes_and_content(history: History) -> None:
    """What was recorded comes back unchanged: time, author, reason, changes in order, file text."""
    changes = (
        Change("csg", "phones.0.display", '"0800-0188"', '"0800-0199"'),
        Change("csg", "hours_note", None, '"Dag en nacht."'),
        Change(None, "version", "1", "2"),
    )
    _add(history, _entry(1, "file"))
    _add(history, _entry(2, "anna", *changes), "tekst ü\n")
    latest = history.latest()
    assert latest is not None
    assert latest.entry == _entry(2, "anna", *changes)
    assert latest.content == "tekst ü\n"
    first = history.get(1)
    assert first is not None and first.entry.author == "file"
    assert history.get(3) is None


def test_latest_is_none_for_empty_history(history: History) -> None:
    """An empty history says so, which is how the store knows to record the file as version 1."""
    assert history.latest() is None
    assert history.entries(10) == []
    assert history.channel_version("csg") is None


def test_entries_list_newest_first_filtered_and_limited(history: History) -> None:
    """Entries come newest first; a channel filter keeps the versions that changed that channel."""
    _add(history, _entry(1, "file", Change("csg", "", None, "{}"), Change("politie", "", None, "{}")))
    _add(history, _entry(2, "anna", Change("csg", "free", "true", "false")))
    _add(history, _entry(3, "bram", Change("politie", "free", None, "true")))
    assert [e.number for e in history.entries(10)] == [3, 2, 1]
    assert [e.number for e in history.entries(2)] == [3, 2]
    assert [e.number for e in history.entries(10, channel_id="csg")] == [2, 1]
    assert history.channel_version("csg") == 2
    assert history.channel_version("politie") == 3


def test_record_raises_conflict_for_taken_number(history: History) -> None:
    """A second writer of the same version number gets a conflict; the first version stays."""
    _add(history, _entry(1, "anna"), "anna's")
    with pytest.raises(ConflictError):
        _add(history, _entry(1, "bram"), "bram's")
    stored = history.get(1)
    assert stored is not None and (stored.entry.author, stored.content) == ("anna", "anna's")


def test_record_keeps_nothing_when_body_fails(history: History) -> None:
    """If the file write inside the `with` fails, the version and its changes are not kept."""
    with pytest.raises(OSError), history.record(_entry(1, "anna", Change("csg", "free", None, "true")), "x"):
        raise OSError("disk full")
    assert history.latest() is None
    assert history.channel_version("csg") is None


def _proposal(author: str = "anna") -> Proposal:
    return Proposal(
        number=0,
        channel_id="csg",
        base_version=1,
        proposed_at=datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc),
        proposed_by=author,
        data='{"id": "csg"}',
        changes=(Change("csg", "phones.0.display", '"0800-0188"', '"0800-0199"'),),
    )


def test_proposal_is_approved_with_the_version_it_put_live(history: History) -> None:
    """A proposal gets the next number; recording its version marks it approved in the same
    transaction, and the version then names both the proposer (author) and the approver."""
    _add(history, _entry(1, "file"))
    first = history.add_proposal(_proposal("anna"))
    second = history.add_proposal(_proposal("bram"))
    assert (first.number, second.number) == (1, 2)
    assert [p.number for p in history.proposals(10, "open")] == [2, 1]
    stored = history.proposal(1)
    assert stored is not None and stored.changes == first.changes and stored.proposed_by == "anna"
    entry = HistoryEntry(
        number=2,
        saved_at=datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc),
        author="anna",
        reason="save",
        rollback_of=None,
        changes=first.changes,
        proposal=1,
        approved_by="bram",
    )
    _add(history, entry)
    approved = history.proposal(1)
    assert approved is not None
    assert (approved.status, approved.decided_by, approved.applied_version) == ("approved", "bram", 2)
    (newest, _) = history.entries(10)
    assert (newest.author, newest.approved_by, newest.proposal) == ("anna", "bram", 1)
    latest = history.latest()
    assert latest is not None and latest.entry.approved_by == "bram"
    assert [p.number for p in history.proposals(10, "open")] == [2]


def test_proposal_is_decided_once(history: History) -> None:
    """A rejected proposal cannot be approved after all: the version is not kept either."""
    _add(history, _entry(1, "file"))
    history.add_proposal(_proposal())
    history.reject_proposal(1, "bram", datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc))
    with pytest.raises(ConflictError):
        history.reject_proposal(1, "bram", datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc))
    late = HistoryEntry(
        number=2,
        saved_at=datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc),
        author="anna",
        reason="save",
        rollback_of=None,
        changes=(),
        proposal=1,
        approved_by="bram",
    )
    with pytest.raises(ConflictError):
        _add(history, late)
    assert history.get(2) is None
    rejected = history.proposal(1)
    assert rejected is not None and (rejected.status, rejected.decided_by) == ("rejected", "bram")
