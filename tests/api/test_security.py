"""Security headers, CORS for configured origins only, and the API docs' own policy."""

from __future__ import annotations

import asyncio
import json
import re
import time

import pytest

from bot.api.security import BodySizeLimitMiddleware
from tests.helpers import PARTNER_ORIGIN as PARTNER
from tests.helpers import SESSION


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/neutral"),
        ("GET", "/static/widget.js"),
        ("GET", "/api/channels"),
        ("GET", "/healthz"),
        ("POST", "/api/chat"),
        ("GET", "/no-such-page"),
    ],
)
def test_responses_carry_security_headers(client, method: str, path: str) -> None:
    """Every response, errors too, has the CSP without inline script, nosniff and no-referrer."""
    response = client.request(method, path, json={"session_id": SESSION, "message": "hoi"})
    assert response.status_code in (200, 404)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_chat_replies_are_not_cached(client) -> None:
    """A chat turn is marked no-store, so no browser or proxy keeps the conversation."""
    response = client.post("/api/chat", json={"session_id": SESSION, "message": "hoi"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


def test_cors_allows_configured_origin(client) -> None:
    """A partner site in allowed_origins may call /api/chat from its pages."""
    response = client.options(
        "/api/chat",
        headers={
            "Origin": PARTNER,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == PARTNER
    assert "access-control-allow-credentials" not in response.headers
    chat = client.post(
        "/api/chat", json={"session_id": SESSION, "message": "hoi"}, headers={"Origin": PARTNER}
    )
    assert chat.status_code == 200
    assert chat.headers["access-control-allow-origin"] == PARTNER


def test_cors_refuses_other_origin(client) -> None:
    """Any other site gets no CORS permission, so browsers block its calls."""
    other = "https://evil.example"
    preflight = client.options(
        "/api/chat",
        headers={"Origin": other, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    chat = client.post("/api/chat", json={"session_id": SESSION, "message": "hoi"}, headers={"Origin": other})
    assert "access-control-allow-origin" not in chat.headers


def test_cors_refuses_everyone_by_default(make_client) -> None:
    """With no allowed_origins configured, no origin gets CORS permission."""
    client = make_client(allowed_origins=[])
    preflight = client.options(
        "/api/chat", headers={"Origin": PARTNER, "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers


def test_docs_allow_only_their_own_inline_script(client) -> None:
    """/docs runs one hashed inline script, never 'unsafe-inline'."""
    response = client.get("/docs")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "'sha256-" in csp
    assert "unsafe-inline" not in csp


def test_docs_load_nothing_from_other_origins(client) -> None:
    """/docs loads Swagger UI from this service (pinned in app.lock), so it works offline and
    its policy allows no other origin. (Before: a CDN with a floating version.)"""
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sorted(assets) == [
        "/docs-assets/favicon.png",
        "/docs-assets/swagger-ui-bundle.js",
        "/docs-assets/swagger-ui.css",
    ]
    assert "http://" not in page.headers["content-security-policy"]
    assert "https://" not in page.headers["content-security-policy"]
    script = client.get("/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.text
    assert client.get("/docs-assets/swagger-ui.css").status_code == 200


def test_hsts_only_when_the_operator_says_https(make_client) -> None:
    """Strict-Transport-Security is sent with behind_https, and not on plain HTTP by default."""
    assert "strict-transport-security" not in make_client().get("/").headers
    response = make_client(behind_https=True).get("/api/channels")
    assert response.headers["strict-transport-security"] == "max-age=31536000"


def test_body_that_never_finishes_gets_408() -> None:
    """A request whose body stops arriving is answered 408 after body_timeout_seconds instead
    of holding the connection (before: held open for at least 65 s)."""
    reached = []

    async def app(scope, receive, send) -> None:
        reached.append(scope["path"])

    middleware = BodySizeLimitMiddleware(app, max_bytes=8192, timeout=0.2)
    sent: list[dict] = []

    async def receive() -> dict:
        if not sent and not reached:
            await asyncio.sleep(3600)
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "path": "/api/chat", "headers": [(b"content-length", b"100")]}
    started = time.monotonic()
    asyncio.run(middleware(scope, receive, send))
    assert time.monotonic() - started < 2
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["detail"] == "Je bericht kwam niet op tijd aan. Probeer het opnieuw."
    assert reached == []


def test_openapi_describes_every_route(client) -> None:
    """Each API route has its one-line docstring as the OpenAPI description."""
    response = client.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths) == {"/api/chat", "/api/channels", "/api/channels/{channel_id}", "/healthz"} | {
        "/api/console/me",
        "/api/console/chat",
        "/api/console/story",
    } | {
        "/api/admin/channels",
        "/api/admin/channels/{channel_id}",
        "/api/admin/history",
        "/api/admin/history/{number}",
        "/api/admin/rollback/{number}",
        "/api/admin/preview",
        "/api/admin/proposals",
        "/api/admin/proposals/{number}",
        "/api/admin/proposals/{number}/approve",
        "/api/admin/proposals/{number}/reject",
        "/api/admin/freshness",
        "/api/admin/linkcheck",
    } | {
        "/api/insight",
        "/api/insight/report",
    }
    for path in paths.values():
        for operation in path.values():
            assert operation["description"], operation["operationId"]
