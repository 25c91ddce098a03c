"""Purging Rasa's PostgreSQL tracker store: whole quiet conversations go, open ones stay whole."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from bot.tools.purge import main, purge

NOW = 1_800_000_000.0
MINUTE = 60.0

# Rasa's SQLTrackerStore table (rasa/core/tracker_store.py, Rasa 3.6.21), the columns used here.
EVENTS = """
CREATE TABLE IF NOT EXISTS events (
    id SERIAL PRIMARY KEY,
    sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL,
    timestamp DOUBLE PRECISION,
    intent_name VARCHAR(255),
    action_name VARCHAR(255),
    data TEXT
)
"""


@pytest.fixture
def events_db(postgres_url: str) -> Iterator[str]:
    """A fresh `events` table with three conversations; dropped afterwards (Rasa makes its own)."""
    with psycopg.connect(postgres_url) as conn:
        conn.execute("DROP TABLE IF EXISTS events")
        conn.execute(EVENTS)
        rows = [
            ("quiet", NOW - 90 * MINUTE),
            ("quiet", NOW - 45 * MINUTE),  # last event 45 minutes ago: gone
            ("long", NOW - 120 * MINUTE),
            ("long", NOW - 2 * MINUTE),  # started long ago, still going: stays whole
            ("fresh", NOW - 1 * MINUTE),
        ]
        for sender, ts in rows:
            conn.execute(
                "INSERT INTO events (sender_id, type_name, timestamp) VALUES (%s, 'user', %s)", (sender, ts)
            )
    yield postgres_url
    with psycopg.connect(postgres_url) as conn:
        conn.execute("DROP TABLE IF EXISTS events")


def _left(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return dict(conn.execute("SELECT sender_id, count(*) FROM events GROUP BY sender_id").fetchall())


def test_purge_deletes_whole_quiet_conversations_only(events_db: str) -> None:
    """The quiet conversation goes with all its events; an old start of a live one is kept."""
    assert purge(events_db, 30, now=NOW) == 1
    assert _left(events_db) == {"long": 2, "fresh": 1}
    assert purge(events_db, 30, now=NOW) == 0


def test_command_refuses_a_window_shorter_than_a_session(events_db: str, capsys) -> None:
    """Under 30 minutes would cut open sessions; the command says so and deletes nothing."""
    with pytest.raises(SystemExit):
        main(["--db", events_db, "--quiet-minutes", "5"])
    assert _left(events_db) == {"quiet": 2, "long": 2, "fresh": 1}


def test_command_hides_the_database_url_on_failure(capsys) -> None:
    """A wrong password or host: exit 1, the error class only (the URL holds the password)."""
    assert main(["--db", "postgresql://u:geheim@127.0.0.1:1/x?connect_timeout=2"]) == 1
    err = capsys.readouterr().err
    assert "geheim" not in err and "purge failed" in err
