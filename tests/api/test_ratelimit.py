"""The per-client message limit: a sliding minute, clients apart, no address kept."""

from __future__ import annotations

import pytest

from bot.api.ratelimit import RateLimited, RateLimiter


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hit_refuses_over_the_limit_until_the_window_passes() -> None:
    """The limit+1-th hit in a window is refused with the seconds to wait; later it is allowed."""
    clock = Clock()
    limiter = RateLimiter(limit=3, window=60, clock=clock)
    for _ in range(3):
        limiter.hit("203.0.113.7")
        clock.now += 1
    with pytest.raises(RateLimited) as refused:
        limiter.hit("203.0.113.7")
    assert refused.value.retry_after == 57
    clock.now += 57
    limiter.hit("203.0.113.7")


def test_hit_counts_clients_apart() -> None:
    """One address at its limit does not limit another."""
    limiter = RateLimiter(limit=1, clock=Clock())
    limiter.hit("203.0.113.7")
    limiter.hit("198.51.100.9")
    with pytest.raises(RateLimited):
        limiter.hit("203.0.113.7")


def test_limiter_keeps_no_address() -> None:
    """Nothing the limiter holds contains the address it counted."""
    limiter = RateLimiter(limit=5, clock=Clock())
    limiter.hit("203.0.113.7")
    assert "203.0.113.7" not in repr(vars(limiter))
    assert limiter.client_id("203.0.113.7") != RateLimiter(limit=5).client_id("203.0.113.7")


def test_limiter_forgets_quiet_clients() -> None:
    """Clients quiet for a whole window are dropped, so memory does not grow without end."""
    clock = Clock()
    limiter = RateLimiter(limit=5, window=60, clock=clock)
    for i in range(100):
        limiter.hit(f"10.0.0.{i}")
    clock.now += 61
    limiter.hit("10.0.1.1")
    assert len(limiter) == 1
