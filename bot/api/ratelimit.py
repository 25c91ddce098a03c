"""Message limits per conversation and per client address, and a throttle on wrong tokens.

A class behind one school address must be able to chat, so a conversation (session) is limited
first, and the address only by a much higher ceiling that stops one client flooding with new
sessions. The counts live in memory (one process) or in Redis (several web processes share
them), with the `limits` library's sliding (moving) window.

No address or session id is stored: each is replaced by a keyed hash first. The key is random
per process in memory; with Redis it comes from the settings, so that every process agrees.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
import secrets
import time
from collections.abc import Sequence

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from bot.settings import Settings


class RateLimited(Exception):
    """The client sent more than allowed; it may try again after `retry_after` s."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


class TooManyFailures(RateLimited):
    """Too many wrong tokens from this client address."""


def _async_storage_uri(uri: str) -> str:
    return uri if uri.startswith("async+") else f"async+{uri}"


class RateLimiter:
    """Per-session and per-address message limits, and failed logins per address.

    `storage` is `memory://` or a `redis://` URL; `key` hashes addresses and session ids
    (random when None, which is only right for memory).
    """

    def __init__(
        self,
        *,
        per_session: int,
        per_address: int,
        failed_logins: int = 10,
        window_seconds: int = 60,
        storage: str = "memory://",
        key: bytes | None = None,
    ) -> None:
        options: dict[str, str] = {}
        if not storage.startswith("memory://"):
            # redis-py's asyncio client (the `limits[redis]` extra) rather than coredis.
            options["implementation"] = "redispy"
        self._storage = storage_from_string(_async_storage_uri(storage), **options)
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._key = key or secrets.token_bytes(32)
        self.per_session = RateLimitItemPerSecond(per_session, window_seconds, namespace="hw-session")
        self.per_address = RateLimitItemPerSecond(per_address, window_seconds, namespace="hw-address")
        self.failed_logins = RateLimitItemPerSecond(failed_logins, window_seconds, namespace="hw-login")

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        """The limiter the settings describe."""
        key = settings.rate_limit_key.get_secret_value().encode() if settings.rate_limit_key else None
        return cls(
            per_session=settings.rate_limit_per_minute,
            per_address=settings.rate_limit_per_address_per_minute,
            failed_logins=settings.auth_failures_per_minute,
            window_seconds=settings.rate_limit_window_seconds,
            storage=settings.rate_limit_storage,
            key=key,
        )

    def client_id(self, value: str) -> str:
        """The keyed hash that stands for an address or a session id."""
        return hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()[:32]

    async def _retry_after(self, item: RateLimitItem, ident: str) -> int:
        stats = await self._limiter.get_window_stats(item, ident)
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def hit(self, session_id: str, address: str) -> None:
        """Count one message of this conversation from this address; RateLimited over a limit."""
        for item, value in ((self.per_session, session_id), (self.per_address, address)):
            ident = self.client_id(value)
            if not await self._limiter.hit(item, ident):
                raise RateLimited(await self._retry_after(item, ident))

    async def check_login(self, address: str) -> None:
        """TooManyFailures while this address has used up its wrong tokens in the window."""
        ident = self.client_id(address)
        if not await self._limiter.test(self.failed_logins, ident):
            raise TooManyFailures(await self._retry_after(self.failed_logins, ident))

    async def failed_login(self, address: str) -> None:
        """Count one wrong or missing token from this address."""
        await self._limiter.hit(self.failed_logins, self.client_id(address))


def _networks(proxies: Sequence[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(proxy, strict=False) for proxy in proxies]


def _trusted(address: str, networks: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(peer: str | None, forwarded_for: str | None, trusted_proxies: Sequence[str]) -> str:
    """The client's address: the connection's peer, unless that peer is a trusted proxy.

    Behind trusted proxies, X-Forwarded-For is read from the right (each proxy appends the address
    it got the request from), skipping trusted proxies; the first other address is the client.
    Nobody is trusted by default, so a made-up header changes nothing.
    """
    address = peer or "unknown"
    networks = _networks(trusted_proxies)
    if not forwarded_for or not networks or not _trusted(address, networks):
        return address
    for hop in reversed([part.strip() for part in forwarded_for.split(",") if part.strip()]):
        address = hop
        if not _trusted(hop, networks):
            break
    return address
