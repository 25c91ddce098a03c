"""/docs works offline in a real browser: Swagger UI from the service's own files (#15)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route, expect

pytestmark = pytest.mark.browser


def test_api_docs_render_without_any_other_origin(page: Page, dead_rasa_web: str) -> None:
    """Every request of /docs goes to the service itself (others are cut off, as offline), and
    Swagger UI still shows the API with its chat route. (Before: a CDN with a floating version.)"""
    own = urlsplit(dead_rasa_web).netloc
    elsewhere: list[str] = []

    def only_own_origin(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_own_origin)
    page.goto(f"{dead_rasa_web}/docs")
    expect(page.locator(".swagger-ui .title")).to_contain_text("Hulpwijzer")
    expect(page.locator(".opblock-summary-path", has_text="/api/chat").first).to_be_visible()
    assert elsewhere == []
