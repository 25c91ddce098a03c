"""The recorder: conversations in memory under a salted hash, ended when idle, counts written in batches."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from bot.insight import events as ev
from bot.insight.events import Vocabulary
from bot.insight.recorder import InsightRecorder, session_expiry_seconds
from bot.insight.store import CountStore, Key, SqliteCounts
from tests.insight.conftest import fallback_turn, greet_turn, police_turn

NOON = datetime(2026, 11, 25, 11, 42, 17, tzinfo=timezone.utc)


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def recorder(counts: CountStore, vocabulary: Vocabulary, clock: Clock) -> InsightRecorder:
    return InsightRecorder(
        counts, vocabulary, idle_seconds=1800, clock=clock, now=lambda: NOON, background=False
    )


def totals(counts: CountStore) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for row in counts.rows(datetime(2026, 1, 1, tzinfo=timezone.utc)):
        found[row.kind, row.label] = found.get((row.kind, row.label), 0) + row.n
    return found


def test_session_expiry_is_rasas() -> None:
    """A quiet conversation ends after Rasa's session expiry in domain/core.yml (30 minutes)."""
    assert session_expiry_seconds() == 30 * 60


def test_count_conversations_topics_channels_and_fallback_after(
    counts: SqliteCounts, vocabulary: Vocabulary
) -> None:
    """Two sessions are two conversations; the fallback after the police answer is charged to it."""
    clock = Clock()
    rec = recorder(counts, vocabulary, clock)
    rec.observe("a" * 32, greet_turn())
    rec.observe("a" * 32, police_turn())
    rec.observe("a" * 32, fallback_turn())
    rec.observe("b" * 32, police_turn())
    assert rec.flush()
    found = totals(counts)
    assert found[ev.CONVERSATION, ""] == 2
    assert found[ev.TOPIC, "report_to_police"] == 2
    assert found[ev.CHANNEL, "politie"] == 2
    assert found[ev.FALLBACK, ""] == 1
    assert found[ev.FALLBACK_AFTER, "utter_topic_report_to_police"] == 1
    assert found[ev.ANSWERED, "utter_topic_report_to_police"] == 2
    assert (ev.LEFT_AFTER, "utter_nlu_fallback") not in found  # both conversations still active


def test_quiet_conversation_ends_after_idle_time(counts: SqliteCounts, vocabulary: Vocabulary) -> None:
    """After 30 quiet minutes a conversation ends: 'left after' its last answer, and after a fallback too."""
    clock = Clock()
    rec = recorder(counts, vocabulary, clock)
    rec.observe("a" * 32, police_turn())
    rec.observe("a" * 32, fallback_turn())
    clock.t += 1799
    rec.observe("b" * 32, police_turn())
    assert rec.flush()
    assert (ev.ENDED_AFTER_FALLBACK, "") not in totals(counts)
    clock.t += 1
    assert rec.flush()
    found = totals(counts)
    assert found[ev.ENDED_AFTER_FALLBACK, ""] == 1
    assert found[ev.LEFT_AFTER, "utter_nlu_fallback"] == 1
    assert rec.active() == 1  # b spoke 1 s ago
    rec.observe("a" * 32, greet_turn())
    assert rec.flush()
    assert totals(counts)[ev.CONVERSATION, ""] == 3  # a came back after it ended: a new conversation


def test_store_holds_hour_kind_label_only(counts: SqliteCounts, vocabulary: Vocabulary) -> None:
    """Rows are (UTC hour, kind, label, n): minutes and seconds are cut off, no session id is stored."""
    rec = recorder(counts, vocabulary, Clock())
    session = "c0ffee" * 5 + "ab"
    rec.observe(session, police_turn())
    assert rec.flush()
    with sqlite3.connect(counts.path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(insight_counts)")]
        hours = {row[0] for row in db.execute("SELECT hour FROM insight_counts")}
    assert columns == ["hour", "kind", "label", "n"]
    assert hours == {"2026-11-25T11"}
    assert session.encode() not in counts.path.read_bytes()


class BrokenStore(CountStore):
    """A store whose database is down until told otherwise."""

    def __init__(self, target: CountStore) -> None:
        super().__init__()
        self.target = target
        self.down = True

    def add(self, counts: dict[Key, int]) -> None:  # type: ignore[override]
        if self.down:
            raise ConnectionError("database down")
        self.target.add(counts)


def test_counts_survive_a_store_outage(counts: SqliteCounts, vocabulary: Vocabulary) -> None:
    """While the database is down turns are still observed; the counts are written once it is back."""
    broken = BrokenStore(counts)
    rec = recorder(broken, vocabulary, Clock())  # type: ignore[arg-type]
    rec.observe("a" * 32, police_turn())
    assert rec.flush() is False
    broken.down = False
    assert rec.flush() is True
    assert totals(counts)[ev.TOPIC, "report_to_police"] == 1


def test_observe_never_raises_on_odd_messages(counts: SqliteCounts, vocabulary: Vocabulary) -> None:
    """Payloads of the wrong shape are counted as 'other' or skipped; the chat turn never fails."""
    rec = recorder(counts, vocabulary, Clock())
    rec.observe("a" * 32, [{"custom": "not a dict", "response": 42}, {"custom": {"help_reply": []}}])
    rec.observe("a" * 32, [None])  # type: ignore[list-item]
    assert rec.flush()
    assert totals(counts)[ev.ANSWERED, ev.OTHER] == 1


def test_counts_persist_across_a_restart(tmp_path: Path, vocabulary: Vocabulary) -> None:
    """A new process (a new store on the same file) adds to the counts of the one before."""
    path = tmp_path / "h.sqlite"
    for _ in range(2):
        rec = recorder(SqliteCounts(path), vocabulary, Clock())
        rec.observe("a" * 32, police_turn())
        rec.close()
    assert totals(SqliteCounts(path))[ev.CONVERSATION, ""] == 2
