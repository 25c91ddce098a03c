"""The /admin page in a real browser: log in with a token, see Dutch errors by the field, save."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from bot.tools.devstack import Stack
from tests.helpers import CHANNELS, TOPICS, lone_web

pytestmark = pytest.mark.browser

TOKEN = "anna-browser-token-0123456789"


@pytest.fixture
def admin_web(tmp_path: Path) -> Iterator[str]:
    """A web service with admin on, over a copy of the channel data (no Rasa needed): its URL."""
    shutil.copy(CHANNELS, tmp_path / "channels.yml")
    shutil.copy(TOPICS, tmp_path / "topics.yml")
    lone: Stack = lone_web(
        HULPWIJZER_CHANNELS_PATH=str(tmp_path / "channels.yml"),
        HULPWIJZER_TOPICS_PATH=str(tmp_path / "topics.yml"),
        HULPWIJZER_HISTORY_URL=f"sqlite:///{tmp_path / 'history.sqlite'}",
        HULPWIJZER_ADMIN_TOKENS=f'{{"anna": "{TOKEN}"}}',
    )
    try:
        yield lone.web_url
    finally:
        lone.stop()


def log_in(page: Page, url: str, token: str = TOKEN) -> None:
    """Open /admin and log in with the token by keyboard."""
    page.goto(f"{url}/admin")
    page.get_by_label("Sleutel (token)").fill(token)
    page.get_by_label("Sleutel (token)").press("Enter")


def open_csg(page: Page) -> None:
    """Open the Centrum Seksueel Geweld form."""
    page.get_by_role("button", name="Centrum Seksueel Geweld").click()
    expect(page.get_by_role("heading", name="Centrum Seksueel Geweld")).to_be_visible()


def test_refuse_login_with_wrong_token(page: Page, admin_web: str) -> None:
    """A wrong token shows a Dutch message and no channels, and is not kept."""
    log_in(page, admin_web, token="wrong-token-0123456789")
    expect(page.get_by_role("alert").first).to_contain_text("sleutel klopt niet")
    expect(page.get_by_role("button", name="Centrum Seksueel Geweld")).to_have_count(0)
    assert page.evaluate("window.sessionStorage.length") == 0


def test_show_dutch_error_next_to_phone_field(page: Page, admin_web: str) -> None:
    """A bad number shows the Dutch error next to that field, and the public data is unchanged."""
    log_in(page, admin_web)
    open_csg(page)
    dial = page.get_by_label("Bellen (+31... of kort nummer)").first
    dial.fill("0800")
    page.get_by_role("button", name="Opslaan").click()
    error = page.locator('[data-error-for="phones.0.dial"]')
    expect(error).to_contain_text("'0800' is geen belbaar nummer")
    expect(dial).to_have_attribute("aria-invalid", "true")
    expect(dial).to_be_focused()
    public = httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-0188"


def test_save_phone_number_and_see_it_saved(page: Page, admin_web: str) -> None:
    """A good number is saved: the page says so, the token stays in sessionStorage only, the API serves it."""
    log_in(page, admin_web)
    open_csg(page)
    page.get_by_label("Bellen (+31... of kort nummer)").first.fill("+318000199")
    page.get_by_label("Zoals mensen het zien (0800-0188)").first.fill("0800-0199")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Opgeslagen als versie 2")
    expect(page.get_by_label("Zoals mensen het zien (0800-0188)").first).to_have_value("0800-0199")
    public = httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-0199"
    assert page.evaluate("window.localStorage.length") == 0
    assert page.context.cookies() == []
    page.get_by_role("button", name="Geschiedenis").click()
    expect(page.locator(".adm-history")).to_contain_text("door anna")
    page.get_by_role("button", name="Zet terug naar versie 1").click()
    expect(page.get_by_role("status")).to_contain_text("Teruggezet naar versie 1")
    public = httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-0188"
