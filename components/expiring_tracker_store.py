"""Rasa's in-memory tracker store, with conversations that expire like Redis's `record_exp`.

On one machine (`make run`, plain `docker-compose up`) Rasa keeps conversations in memory.
Rasa's own `InMemoryTrackerStore` keeps every conversation until the process stops, however
long that is. Young people are promised that conversations are not kept longer than needed, so
this store forgets a conversation `record_exp` seconds after its last message. That is the same
promise as the Redis tracker store's `record_exp` in scale mode (docs/deploy.md), and the same
30 minutes as the session expiry in domain/core.yml.

A conversation is dropped when it is read after it expired, and a sweep drops expired
conversations in the background (every `record_exp / 4` seconds, at most every minute), so an
idle server does not hold the last conversations either. Nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

DEFAULT_RECORD_EXP = 1800.0


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    """In memory; each conversation is deleted `record_exp` seconds after it was last saved."""

    def __init__(
        self,
        domain: Domain,
        event_broker: EventBroker | None = None,
        record_exp: float | None = DEFAULT_RECORD_EXP,
        host: str | None = None,  # Rasa passes the endpoint's `url`; memory has none
        **kwargs: dict[str, Any],
    ) -> None:
        super().__init__(domain, event_broker, **kwargs)
        self.record_exp = float(record_exp or DEFAULT_RECORD_EXP)
        if self.record_exp <= 0:
            raise ValueError("record_exp must be a positive number of seconds")
        self.sweep_every = min(60.0, self.record_exp / 4)
        self._saved_at: dict[str, float] = {}
        self._sweeper: asyncio.TimerHandle | None = None

    def expire(self, now: float | None = None) -> int:
        """Drop every conversation saved more than `record_exp` seconds ago; how many."""
        cutoff = (time.monotonic() if now is None else now) - self.record_exp
        expired = [sender for sender, saved in self._saved_at.items() if saved <= cutoff]
        for sender in expired:
            self._forget(sender)
        if expired:
            logger.debug("Expired %d conversation(s).", len(expired))
        return len(expired)

    def _forget(self, sender_id: str) -> None:
        self.store.pop(sender_id, None)
        self._saved_at.pop(sender_id, None)

    def _schedule_sweep(self) -> None:
        if self._sweeper is not None:
            return
        loop = asyncio.get_running_loop()

        def sweep() -> None:
            self.expire()
            self._sweeper = loop.call_later(self.sweep_every, sweep)

        self._sweeper = loop.call_later(self.sweep_every, sweep)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Save the conversation and restart its clock."""
        await super().save(tracker)
        self._saved_at[tracker.sender_id] = time.monotonic()
        self._schedule_sweep()

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool) -> DialogueStateTracker | None:
        # Only this conversation's clock: O(1) per message; the sweep handles the others.
        saved = self._saved_at.get(sender_id)
        if saved is not None and saved <= time.monotonic() - self.record_exp:
            self._forget(sender_id)
        return await super()._retrieve(sender_id, fetch_all_sessions)

    async def keys(self) -> Iterable[str]:
        """The conversations that have not expired."""
        self.expire()
        return list(self.store.keys())
