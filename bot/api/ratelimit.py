"""A per-client message limit that never stores an IP address.

Clients are told apart by a keyed hash of their address. The key is random per process and
lives only in memory, so the hashes cannot be turned back into addresses, not even by us.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
from collections import deque
from collections.abc import Callable


class RateLimited(Exception):
    """The client sent more messages than allowed; it may try again after `retry_after` s."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


class RateLimiter:
    """At most `limit` hits per client in any sliding `window` of seconds."""

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._hits: dict[str, deque[float]] = {}
        self._next_sweep = clock() + window

    def client_id(self, address: str) -> str:
        """The keyed hash that stands for `address`."""
        return hmac.new(self._key, address.encode(), hashlib.sha256).hexdigest()[:32]

    def hit(self, address: str) -> None:
        """Count one message from `address`; raise RateLimited when it is over the limit."""
        now = self._clock()
        hits = self._hits.setdefault(self.client_id(address), deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            raise RateLimited(max(1, math.ceil(hits[0] + self.window - now)))
        hits.append(now)
        if now >= self._next_sweep:
            self._forget_quiet_clients(now)

    def _forget_quiet_clients(self, now: float) -> None:
        # Once per window, so memory holds only the clients of the last window.
        quiet = [c for c, hits in self._hits.items() if hits[-1] <= now - self.window]
        for client in quiet:
            del self._hits[client]
        self._next_sweep = now + self.window

    def __len__(self) -> int:
        return len(self._hits)
