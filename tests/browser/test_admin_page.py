"""The /admin page in a real browser: log in with a token, see Dutch errors by the field, save."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import yaml
from playwright.sync_api import BrowserContext, Page, expect

from bot.registry.freshness import today_in_nl
from bot.tools.devstack import Stack
from tests.helpers import CHANNELS, TOPICS, load_yaml, lone_web
from tests.linkserver import Page as SitePage
from tests.linkserver import link_server, local_channels

pytestmark = pytest.mark.browser

TOKEN = "anna-browser-token-0123456789"
BOB = "bob-browser-token-0123456789"


def start_admin_web(directory: Path, channels: str | None = None, **env: str) -> Stack:
    """A web service with admin on for anna and bob, over a copy of the channel data (no Rasa needed)."""
    if channels is None:
        shutil.copy(CHANNELS, directory / "channels.yml")
    else:
        (directory / "channels.yml").write_text(channels, encoding="utf-8")
    shutil.copy(TOPICS, directory / "topics.yml")
    return lone_web(
        HULPWIJZER_CHANNELS_PATH=str(directory / "channels.yml"),
        HULPWIJZER_TOPICS_PATH=str(directory / "topics.yml"),
        HULPWIJZER_HISTORY_URL=f"sqlite:///{directory / 'history.sqlite'}",
        HULPWIJZER_ADMIN_TOKENS=json.dumps({"anna": TOKEN, "bob": BOB}),
        **env,
    )


@pytest.fixture
def admin_web(tmp_path: Path) -> Iterator[str]:
    """A web service with admin on, over a copy of the channel data (no Rasa needed): its URL."""
    lone = start_admin_web(tmp_path)
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
    expect(page.locator("#editor-title")).to_have_text("Centrum Seksueel Geweld")


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
    """A good number (no four eyes) is saved: the page says so, the token stays in sessionStorage only,
    the API serves it, and a rollback brings the old number back."""
    log_in(page, admin_web)
    page.get_by_role("button", name="Stop it Now!").click()
    page.get_by_label("Bellen (+31... of kort nummer)").first.fill("+318000199")
    page.get_by_label("Zoals mensen het zien (0800-0188)").first.fill("0800-0199")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Opgeslagen als versie 2")
    expect(page.get_by_label("Zoals mensen het zien (0800-0188)").first).to_have_value("0800-0199")
    public = httpx.get(f"{admin_web}/api/channels/stopitnow", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-0199"
    assert page.evaluate("window.localStorage.length") == 0
    assert page.context.cookies() == []
    page.get_by_role("button", name="Geschiedenis").click()
    expect(page.locator(".adm-history")).to_contain_text("door anna")
    page.get_by_role("button", name="Zet terug naar versie 1").click()
    expect(page.get_by_role("status")).to_contain_text("Teruggezet naar versie 1")
    public = httpx.get(f"{admin_web}/api/channels/stopitnow", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-266 64 36"


# --- the start page's overview: freshness, four eyes, link check ---------------------------------


def log_in_as(browser_page: Page, url: str, token: str) -> None:
    """Log in and wait for the overview."""
    log_in(browser_page, url, token)
    expect(browser_page.get_by_role("heading", name="Overzicht")).to_be_visible()


def test_start_page_lists_freshness_oldest_first(page: Page, tmp_path: Path) -> None:
    """The start page is no empty panel: every channel with its check date, oldest first, overdue marked."""
    data = load_yaml(CHANNELS)
    today = today_in_nl()
    ages = {"csg": 100, "politie": 150}
    for channel in data["channels"]:
        channel["verified_on"] = (today - timedelta(days=ages.get(channel["id"], 2))).isoformat()
    lone = start_admin_web(tmp_path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    try:
        log_in_as(page, lone.web_url, TOKEN)
        rows = page.locator("#freshness-rows tr")
        expect(rows).to_have_count(len(data["channels"]))
        expect(rows.nth(0)).to_contain_text("150 dagen")
        expect(rows.nth(0)).to_contain_text("Politie")
        expect(rows.nth(0)).to_contain_text("In orde")
        expect(rows.nth(1)).to_contain_text("Centrum Seksueel Geweld")
        expect(rows.nth(1)).to_contain_text("90 dagen (crisisnummer)")
        expect(rows.nth(1)).to_contain_text("Controleer opnieuw")
        expect(rows.nth(1)).to_have_class("adm-stale")
        expect(page.locator("#freshness-summary")).to_contain_text(
            "1 kanaal moet opnieuw gecontroleerd worden"
        )
    finally:
        lone.stop()


def test_crisis_change_needs_a_second_maintainer(page: Page, context: BrowserContext, admin_web: str) -> None:
    """Anna's new CSG number waits as a proposal; she cannot approve it herself; Bob approves it in his
    own browser session, the number is live, and the history names both."""
    log_in_as(page, admin_web, TOKEN)
    open_csg(page)
    page.get_by_label("Bellen (+31... of kort nummer)").first.fill("+318000199")
    page.get_by_label("Zoals mensen het zien (0800-0188)").first.fill("0800-0199")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").first).to_contain_text("Opgeslagen als voorstel 1")
    public = httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()
    assert public["phones"][0]["display"] == "0800-0188"
    proposal = page.locator('[data-proposal="1"]')
    expect(proposal).to_contain_text("door anna")
    expect(proposal).to_contain_text("phones.0.display: 0800-0188 → 0800-0199")
    proposal.get_by_role("button", name="Goedkeuren").click()
    expect(proposal.get_by_role("alert")).to_contain_text("eigen voorstel niet goedkeuren")
    assert (
        httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()["phones"][0]["display"] == "0800-0188"
    )

    other = context.browser.new_context(locale="nl-NL") if context.browser else None
    assert other is not None
    try:
        bob = other.new_page()
        log_in_as(bob, admin_web, BOB)
        bobs = bob.locator('[data-proposal="1"]')
        expect(bobs).to_contain_text("Centrum Seksueel Geweld")
        bobs.get_by_role("button", name="Goedkeuren").click()
        expect(bob.get_by_role("status").first).to_contain_text("goedgekeurd door bob")
        expect(bob.locator("#proposals-empty")).to_be_visible()
        public = httpx.get(f"{admin_web}/api/channels/csg", timeout=10).json()
        assert public["phones"][0]["display"] == "0800-0199"
        open_csg(bob)
        bob.get_by_role("button", name="Geschiedenis").click()
        expect(bob.locator(".adm-history li").first).to_contain_text("door anna, goedgekeurd door bob")
    finally:
        other.close()


def test_link_check_button_reports_each_link(page: Page, tmp_path: Path) -> None:
    """The link-check button requests every link (on a local HTTPS server) and shows broken ones first."""
    with link_server(tmp_path) as server:
        server.pages["/csg/website"] = SitePage(body="Bel 0800-0188")
        server.pages["/csg/chat_url"] = SitePage(status=404)
        lone = start_admin_web(tmp_path, local_channels(server.url), SSL_CERT_FILE=str(server.cert))
        try:
            log_in_as(page, lone.web_url, TOKEN)
            page.get_by_role("button", name="Controleer alle links").click()
            summary = page.locator("#linkcheck-summary")
            expect(summary).to_contain_text("links gecontroleerd", timeout=60_000)
            expect(summary).to_contain_text("1 werken niet")
            rows = page.locator("#linkcheck-rows tr")
            expect(rows.first).to_contain_text("Werkt niet: HTTP 404")
            expect(rows.first).to_contain_text("Centrum Seksueel Geweld")
            expect(page.locator('[data-link="csg.website"]')).to_contain_text("In orde (HTTP 200)")
            expect(page.locator('[data-link="alarmnummer.source"]')).to_contain_text(
                "de pagina noemt 112 niet (meer)"
            )
        finally:
            lone.stop()
