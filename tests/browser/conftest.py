"""Headless Debian Chromium driven by Playwright, against the web service in front of the real stack."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from bot.tools.devstack import Stack
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, PARTNER_SITE, PARTNER_SITE_PORT, lone_web, start_web

TIMEOUT_MS = 20_000
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def web(stack: Stack) -> Iterator[str]:
    """The web service in front of the session's real Rasa and action server: its base URL."""
    start_web(stack)
    try:
        yield stack.web_url
    finally:
        stack.stop_one("web")


@pytest.fixture(scope="session")
def dead_rasa_web() -> Iterator[str]:
    """A web service pointing at a Rasa that is not running (the shared stack stays up)."""
    lone = lone_web()
    try:
        yield lone.web_url
    finally:
        lone.stop()


@pytest.fixture(scope="session")
def partner_site(web: str) -> Iterator[str]:
    """A page on another origin that embeds the widget with one script tag: its URL."""
    page = (
        "<!doctype html><html lang='nl'><head><title>Partner</title></head><body>"
        "<h1>Een partnersite</h1><p><a href='#info'>Meer informatie</a></p>"
        f"<script src='{web}/static/widget.js' data-quick-exit-url='/neutral' defer></script>"
        "</body></html>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", PARTNER_SITE_PORT), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{PARTNER_SITE}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright never downloads a browser here."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/apt-install.sh chromium chromium-driver")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile per test: no session, cookies or storage from other tests."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    ctx.set_default_timeout(TIMEOUT_MS)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A page in the fresh profile; an uncaught error in the page's scripts fails the test."""
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield new_page
    assert errors == [], f"script errors in the page: {errors}"
