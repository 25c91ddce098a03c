"""Security headers on every response, and a cap on request bodies (size and time); plain ASGI middleware."""

from __future__ import annotations

import asyncio
import json

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style, nothing from another origin: the widget page loads only itself.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
# Only when the operator says the service is reached over HTTPS alone (HULPWIJZER_BEHIND_HTTPS):
# on plain HTTP a browser ignores it, and on a host that also serves HTTP it would lock that out.
HSTS = "max-age=31536000"


class SecurityHeadersMiddleware:
    """Adds the security headers; a route may set its own Content-Security-Policy (/docs does)."""

    def __init__(self, app: ASGIApp, hsts: bool = False) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                if self.hsts:
                    headers["Strict-Transport-Security"] = HSTS
                # Chat turns and pages must not stay in a shared or browser cache.
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, whether or not Content-Length is sent,
    and bodies that have not fully arrived after `timeout` seconds with 408.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float = 10.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _refuse(send, 413, "too_large", _TOO_LARGE, f"larger than {self.max_bytes} bytes")
            return
        # Read the (small) body first, so an oversize chunked body is refused before the app
        # has started to answer, and a body that never ends does not hold a worker forever.
        try:
            body = await asyncio.wait_for(self._read(receive), timeout=self.timeout)
        except asyncio.TimeoutError:
            await _refuse(send, 408, "too_slow", _TOO_SLOW, f"body not complete after {self.timeout:g} s")
            return
        if body is None:
            return
        if len(body) > self.max_bytes:
            await _refuse(send, 413, "too_large", _TOO_LARGE, f"larger than {self.max_bytes} bytes")
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, cut off just past `max_bytes`; None when the client went away."""
        chunks: list[bytes] = []
        size = 0
        more = True
        while more and size <= self.max_bytes:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)


_TOO_LARGE = "Je bericht is te lang. Maak het korter en probeer het opnieuw."
_TOO_SLOW = "Je bericht kwam niet op tijd aan. Probeer het opnieuw."


async def _refuse(send: Send, status: int, error: str, detail: str, problem: str) -> None:
    body = json.dumps(
        {
            "error": error,
            "detail": detail,
            "problems": [{"field": "body", "message": problem}],
            "messages": [],
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
