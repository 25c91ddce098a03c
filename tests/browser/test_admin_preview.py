"""The admin form edits every field of a channel, and its preview is the widget's own card (#14)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_admin_page import TOKEN, admin_web, log_in  # noqa: F401 - the fixture
from tests.browser.test_widget import open_chat

pytestmark = pytest.mark.browser


def _open(page: Page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()
    expect(page.locator("#editor-title")).to_have_text(name)


def _admin_channel(url: str, channel_id: str) -> dict:
    response = httpx.get(
        f"{url}/api/admin/channels/{channel_id}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
    )
    assert response.status_code == 200
    return response.json()["channel"]


def test_admin_form_edits_every_field(page: Page, admin_web: str) -> None:  # noqa: F811
    """Name, free, anonymous, age, call cost, hours per method and English texts are saved."""
    log_in(page, admin_web)
    _open(page, "Helpwanted")
    page.get_by_label("Naam in het Engels (mag leeg)").fill("Helpwanted (EN)")
    page.get_by_label("Is de hulp gratis?").select_option("false")
    page.get_by_label("Kan het anoniem?").select_option("")
    page.get_by_label("Vanaf (jaar)").fill("12")
    page.get_by_label("Tot en met (jaar)").fill("25")
    page.get_by_label("Wat kost bellen?").first.select_option("local_rate")
    page.get_by_label("Toelichting in het Engels (mag leeg)").first.fill("help line")
    page.locator("#f-chat_hours").select_option("weekly")
    page.locator("#f-chat_hours\\.mon").fill("09:00-17:00")
    page.get_by_label("Beschrijving in het Engels (mag leeg)").fill("Help when images of you are shared.")
    page.get_by_label("Opmerking over de tijden in het Engels (mag leeg)").fill("Chat on weekdays.")
    page.get_by_label("Titel van de bron (mag leeg)").fill("Offlimits nieuws")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Opgeslagen als versie 2")

    saved = _admin_channel(admin_web, "helpwanted")
    assert saved["name_en"] == "Helpwanted (EN)"
    assert saved["free"] is False and "anonymous" not in saved
    assert saved["age"] == {"min": 12, "max": 25}
    assert saved["phones"][0]["call_cost"] == "local_rate" and saved["phones"][0]["label_en"] == "help line"
    assert saved["hours"] == "unknown"
    assert saved["chat_hours"] == {"mon": ["09:00-17:00"]}
    assert saved["description_en"] == "Help when images of you are shared."
    assert saved["hours_note_en"] == "Chat on weekdays."
    assert saved["source_title"] == "Offlimits nieuws"
    # The form shows what was saved.
    expect(page.get_by_label("Vanaf (jaar)")).to_have_value("12")
    expect(page.locator("#f-chat_hours\\.mon")).to_have_value("09:00-17:00")


def test_admin_form_refuses_inconsistent_facts_in_dutch(page: Page, admin_web: str) -> None:  # noqa: F811
    """A free call on a 020 number and chat hours without a chat are refused next to the field."""
    log_in(page, admin_web)
    _open(page, "Helpwanted")
    page.get_by_label("Wat kost bellen?").first.select_option("free")
    page.get_by_label("Chat (https://...)").fill("")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator('[data-error-for="phones.0.call_cost"]')).to_contain_text(
        "Gratis bellen kan alleen bij 0800-nummers"
    )
    expect(page.locator('[data-error-for="chat_hours"]')).to_contain_text("Er is geen chat")
    expect(page.locator("#preview-error")).to_contain_text("Geen voorbeeld")
    assert _admin_channel(admin_web, "helpwanted")["phones"][0]["call_cost"] == "unknown"


def test_admin_preview_shows_the_unsaved_card_and_text_line(page: Page, admin_web: str) -> None:  # noqa: F811
    """The preview follows the form before saving: the card's call cost and the text line."""
    log_in(page, admin_web)
    _open(page, "Slachtofferhulp Nederland")
    page.get_by_role("button", name="Bekijk voorbeeld").click()
    card = page.locator("#preview-card .hw-card")
    expect(card.locator(".hw-card-name")).to_have_text("Slachtofferhulp Nederland")
    expect(card.locator(".hw-call").first).to_contain_text("lokaal tarief · tijden niet bekend")
    expect(page.locator("#preview-text")).to_have_text(
        "• Slachtofferhulp Nederland: bel 0900-0101 (lokaal tarief, tijden niet bekend) of chat op "
        "slachtofferhulp.nl (tijden niet bekend); de hulp is gratis"
    )
    page.locator("#f-hours").select_option("24/7")
    expect(card.locator(".hw-badge")).to_have_text("Bellen: dag en nacht")
    expect(page.locator("#preview-text")).to_contain_text("bel 0900-0101 (lokaal tarief, dag en nacht)")
    public = httpx.get(f"{admin_web}/api/channels/slachtofferhulp", timeout=10).json()
    assert public["availability_text"] == "Tijden: zie website", "a preview saves nothing"


def test_admin_preview_shows_the_english_card_from_the_english_fields(page: Page, admin_web: str) -> None:  # noqa: F811
    """An English name typed into the form shows in the English card and line, before saving."""
    log_in(page, admin_web)
    _open(page, "Slachtofferhulp Nederland")
    page.locator("#f-name_en").fill("Victim Support Netherlands (test)")
    page.get_by_role("button", name="Bekijk voorbeeld").click()
    card_en = page.locator("#preview-card-en .hw-card")
    expect(card_en.locator(".hw-card-name")).to_have_text("Victim Support Netherlands (test)")
    line_en = page.locator("#preview-text-en")
    expect(line_en).to_contain_text("Victim Support Netherlands (test): call 0900-0101")
    expect(page.locator("#preview-card .hw-card .hw-card-name")).to_have_text("Slachtofferhulp Nederland")


def test_admin_preview_equals_the_widget_card(page: Page, admin_web: str, web: str) -> None:  # noqa: F811
    """The preview card is the card the widget draws in a conversation: same words, same links."""
    open_chat(page, web)
    page.get_by_role("button", name="Ik wil praten").click()
    widget_card = page.locator(".hw-msg--bot .hw-card").filter(
        has=page.locator(".hw-card-name", has_text="Centrum Seksueel Geweld")
    )
    expect(widget_card).to_have_count(1)
    widget_text = widget_card.inner_text()
    widget_links = widget_card.locator("a").evaluate_all("as => as.map(a => [a.textContent, a.href])")

    log_in(page, admin_web)
    _open(page, "Centrum Seksueel Geweld")
    page.get_by_role("button", name="Bekijk voorbeeld").click()
    preview = page.locator("#preview-card .hw-card")
    expect(preview.locator(".hw-badge")).to_have_text("Bellen: dag en nacht")
    assert preview.inner_text() == widget_text
    assert preview.locator("a").evaluate_all("as => as.map(a => [a.textContent, a.href])") == widget_links
    assert re.search(r"tijden niet bekend", widget_text)
