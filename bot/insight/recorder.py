"""The web process's side of the insight counts: conversation state in memory, counts to the store.

"A conversation", "ended right after a fallback" and "what came before a fallback" need to know a
conversation's previous answer. That is kept here only: in this process's memory, under a salted
hash of the session id (the salt is random per process and never written anywhere), for as long
as the conversation is active. After `idle_seconds` without a message (Rasa's session expiry,
30 minutes) the conversation has ended: its last answer is counted as "left after" and the state
is dropped. With several web processes a conversation whose turns reach two processes is
counted by both, so in scale mode these three figures are approximate; every other count is
exact, as each process adds to the shared counters atomically.

Counting never slows a chat turn or makes it fail: `observe` only updates memory, and a thread
writes the pending counts every `flush_seconds`; a write that fails is kept and retried.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot import yamlio
from bot.insight.events import (
    DOMAIN_DIR,
    Turn,
    Vocabulary,
    classify,
    ended_counts,
    turn_counts,
)
from bot.insight.store import CountStore, Key, hour_of

logger = logging.getLogger(__name__)


def session_expiry_seconds(domain_dir: Path = DOMAIN_DIR) -> float:
    """Rasa's session expiry (domain/core.yml, minutes) in seconds: when a quiet conversation ends."""
    data = yamlio.safe_load((domain_dir / "core.yml").read_text(encoding="utf-8")) or {}
    minutes = (data.get("session_config") or {}).get("session_expiration_time", 30)
    return float(minutes) * 60


@dataclass
class _Conversation:
    last: Turn
    seen_at: float  # monotonic
    hour: str  # the hour of the last message, for the "left after" count


class InsightRecorder:
    """Counts the turns of one web process; thread-safe."""

    def __init__(
        self,
        store: CountStore,
        vocabulary: Vocabulary,
        idle_seconds: float,
        flush_seconds: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        background: bool = True,
    ) -> None:
        self.store = store
        self.vocabulary = vocabulary
        self.idle_seconds = idle_seconds
        self.flush_seconds = flush_seconds
        self._clock = clock
        self._now = now
        self._salt = os.urandom(16)
        self._lock = threading.Lock()
        self._conversations: OrderedDict[bytes, _Conversation] = OrderedDict()
        self._pending: Counter[Key] = Counter()
        self._write_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._run, name="insight-writer", daemon=True)
            self._thread.start()
            atexit.register(self.close)

    def observe(self, session_id: str, messages: Iterable[Mapping[str, Any]]) -> None:
        """Count one turn of the bot for this session; never raises."""
        try:
            turn = classify(messages, self.vocabulary)
            hour = hour_of(self._now())
            moment = self._clock()
            digest = hashlib.blake2b(session_id.encode(), key=self._salt, digest_size=16).digest()
            with self._lock:
                self._expire(moment)
                previous = self._conversations.pop(digest, None)
                for kind, label in turn_counts(
                    turn, previous is None, previous.last.key if previous else None
                ):
                    self._pending[Key(hour, kind, label)] += 1
                self._conversations[digest] = _Conversation(turn, moment, hour)
        except Exception:
            logger.exception("insight: a turn was not counted")

    def active(self) -> int:
        """How many conversations this process holds in memory now."""
        with self._lock:
            return len(self._conversations)

    def flush(self) -> bool:
        """End quiet conversations and write every pending count; False when the store failed."""
        with self._write_lock:
            with self._lock:
                self._expire(self._clock())
                pending, self._pending = self._pending, Counter()
            if not pending:
                return True
            try:
                self.store.add(pending)
            except Exception as exc:
                # The error's type only: a database error's text may hold the connection URL.
                logger.warning("insight: counts not written yet (%s); retrying", type(exc).__name__)
                with self._lock:
                    self._pending.update(pending)
                return False
            return True

    def close(self, end_conversations: bool = False) -> None:
        """Stop the writer and write what is pending; `end_conversations` counts every one as ended."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=self.flush_seconds + 5)
        if end_conversations:
            with self._lock:
                self._expire(float("inf"))
        self.flush()
        self.store.close()

    def _expire(self, moment: float) -> None:
        # Oldest first (every observe moves its conversation to the end), so this stops early.
        while self._conversations:
            digest, conversation = next(iter(self._conversations.items()))
            if moment - conversation.seen_at < self.idle_seconds:
                break
            del self._conversations[digest]
            for kind, label in ended_counts(conversation.last):
                self._pending[Key(conversation.hour, kind, label)] += 1

    def _run(self) -> None:
        while not self._stop.wait(self.flush_seconds):
            try:
                self.flush()
            except Exception:
                logger.exception("insight: the writer failed")
