"""Forget conversations in Rasa's PostgreSQL tracker store after they went quiet.

Redis forgets a conversation by itself (`record_exp`); Rasa's SQL tracker store keeps every event
until someone deletes it. Young people are promised that conversations are not kept longer than
needed, so in the PostgreSQL variant of scale mode run this every few minutes:

    python -m bot.tools.purge --db postgresql://user:pass@host/db --quiet-minutes 30

It deletes whole conversations whose *last* event is older than the given minutes (never the
start of a conversation that is still going on), in Rasa's `events` table (`sender_id`, and
`timestamp` in Unix seconds, as `rasa/core/tracker_store.py` creates it). It prints how many
conversations it deleted; never an id or a message.
"""

from __future__ import annotations

import argparse
import sys
import time

import psycopg

SESSION_MINUTES = 30  # domain/core.yml session_config.session_expiration_time

_PURGE = """
DELETE FROM events WHERE sender_id IN (
    SELECT sender_id FROM events GROUP BY sender_id HAVING max(timestamp) < %(cutoff)s
)
RETURNING sender_id
"""


def purge(db_url: str, quiet_minutes: float, now: float | None = None) -> int:
    """Delete every conversation quiet for `quiet_minutes`; the number of conversations deleted."""
    cutoff = (time.time() if now is None else now) - quiet_minutes * 60
    with psycopg.connect(db_url) as conn:
        deleted = conn.execute(_PURGE, {"cutoff": cutoff}).fetchall()
    return len({row[0] for row in deleted})


def main(argv: list[str] | None = None) -> int:
    """Command line; exit 1 with a short reason when the database cannot be reached."""
    parser = argparse.ArgumentParser(prog="bot.tools.purge", description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="postgresql:// URL of Rasa's tracker store")
    parser.add_argument("--quiet-minutes", type=float, default=SESSION_MINUTES)
    args = parser.parse_args(argv)
    if args.quiet_minutes < SESSION_MINUTES:
        parser.error(f"--quiet-minutes below {SESSION_MINUTES} would end conversations that are still open")
    try:
        deleted = purge(args.db, args.quiet_minutes)
    except psycopg.Error as exc:
        # The class only: the message could hold the URL with its password.
        print(f"purge failed: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(f"deleted {deleted} conversation(s) quiet for more than {args.quiet_minutes:g} minutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
