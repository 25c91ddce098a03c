"""The widget in a real browser against the real stack: what a young person sees and can do."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, Request, expect

from bot.registry import get_catalog
from bot.tools.devstack import Stack
from tests.helpers import lone_web

pytestmark = pytest.mark.browser

SESSION_KEY = "hulpwijzer.session"
XSS = "<img src=x onerror=alert(1)>"


def open_chat(page: Page, url: str) -> None:
    """Open the chat and wait for the bot's greeting."""
    page.goto(url)
    expect(page.locator(".hw-msg--bot").first).to_contain_text("Ik ben een chatbot")


def say(page: Page, text: str) -> None:
    """Type a message and press Enter, as a young person would."""
    page.get_by_label("Typ je bericht").fill(text)
    page.get_by_label("Typ je bericht").press("Enter")


def test_show_greeting_with_topic_buttons(page: Page, web: str) -> None:
    """The bot speaks first: it is a bot, the chat is anonymous, 112 in danger, topic buttons."""
    open_chat(page, web)
    greeting = page.locator(".hw-msg--bot").first
    expect(greeting).to_contain_text("chatbot, geen mens")
    expect(greeting).to_contain_text("anoniem")
    expect(greeting).to_contain_text("Bel 112")
    choices = page.get_by_role("group", name="Kies een antwoord").get_by_role("button")
    expect(choices).to_have_text(
        [
            "Ik zag iets naars",
            "Ik wil het melden",
            "Naar de politie",
            "Ik wil praten",
            "Er gaan beelden van mij rond",
            "Ben ik strafbaar?",
        ]
    )
    expect(page.locator(".hw-msg--user")).to_have_count(0)


def test_answer_button_click_with_its_topic(page: Page, web: str) -> None:
    """Clicking a topic button shows its title as the user's message and gets that topic's cards."""
    open_chat(page, web)
    page.get_by_role("button", name="Naar de politie").click()
    expect(page.locator(".hw-msg--user")).to_have_text(["Jij: Naar de politie"])
    expect(page.locator(".hw-card").first.locator(".hw-card-name")).to_have_text("Politie")
    expect(page.locator(".hw-log")).not_to_contain_text("/report_to_police")


def test_show_police_card_with_tel_link_for_aangifte(page: Page, web: str) -> None:
    """'ik wil aangifte doen' shows a police card whose call link dials the registry's number."""
    open_chat(page, web)
    say(page, "ik wil aangifte doen")
    card = page.locator(".hw-card").filter(has=page.locator(".hw-card-name", has_text="Politie"))
    expect(card).to_have_count(1)
    call = card.get_by_role("link", name="Bel 0900-8844")
    expect(call).to_have_attribute("href", "tel:+319008844")
    expect(card.locator(".hw-badge")).to_have_text("Tijden: zie website")
    police = get_catalog().snapshot().registry["politie"]
    assert police.phones[0].tel == "tel:+319008844"
    website = card.get_by_role("link", name=re.compile("^Website"))
    expect(website).to_have_attribute("href", police.website or "")
    expect(website).to_have_attribute("rel", "noopener noreferrer")


def test_show_open_badge_for_a_channel_open_day_and_night(page: Page, web: str) -> None:
    """CSG's card says its phone is open day and night, and that its chat hours are not known."""
    open_chat(page, web)
    say(page, "ik krijg die beelden niet meer uit mn hoofd")
    csg = page.locator(".hw-card").filter(
        has=page.locator(".hw-card-name", has_text="Centrum Seksueel Geweld")
    )
    expect(csg.first.locator(".hw-badge")).to_have_text("Bellen: dag en nacht")
    call = csg.first.locator(".hw-call").filter(has=page.get_by_role("link", name="Bel 0800-0188"))
    expect(call.locator(".hw-call-label")).to_have_text("gratis bellen · dag en nacht")
    chat = csg.first.locator(".hw-call").filter(has=page.get_by_role("link", name=re.compile("^Chat")))
    expect(chat.locator(".hw-call-label")).to_have_text("tijden niet bekend")
    expect(csg.first.locator(".hw-tags")).to_have_text("Hulp is gratis · Anoniem")
    expect(csg.first.get_by_role("link", name="Bel 0800-0188")).to_have_attribute("href", "tel:+318000188")


def test_show_user_html_as_text_without_running_it(page: Page, web: str) -> None:
    """HTML typed by the user is shown as text; no element is made, no script runs."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_chat(page, web)
    say(page, XSS)
    expect(page.locator(".hw-msg--user .hw-text")).to_have_text([XSS])
    # Wait for the bot's answer (after the greeting), so an injected image would have loaded and
    # failed by now; how many messages the answer has depends on how the model reads the text.
    expect(page.locator(".hw-msg--bot").nth(1)).to_be_visible()
    page.wait_for_timeout(300)
    assert page.locator(".hw-root img").count() == 0
    assert dialogs == []
    assert not [url for url in requests if url.endswith("/x")]


def test_quick_exit_clears_session_and_leaves_the_page(page: Page, web: str) -> None:
    """'Snel weg' forgets the session id and replaces the chat; Back does not bring it back."""
    page.goto(f"{web}/neutral?eerder")
    open_chat(page, web)
    session = page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')")
    assert re.fullmatch(r"[0-9a-f]{32}", session or "")
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(f"{web}/neutral")
    expect(page.get_by_role("heading", name="Het weer vandaag")).to_be_visible()
    assert page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')") is None
    page.go_back()
    page.wait_for_url(f"{web}/neutral?eerder")
    expect(page.locator(".hw-root")).to_have_count(0)
    assert page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')") is None


def test_quick_exit_on_escape_key(page: Page, web: str) -> None:
    """Escape leaves the chat the same way, also while typing."""
    open_chat(page, web)
    page.get_by_label("Typ je bericht").fill("iets wat niemand mag zien")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{web}/neutral")
    assert page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')") is None


def test_tab_reaches_quick_exit_then_input_then_buttons(page: Page, web: str) -> None:
    """Keyboard only: Tab goes to 'Snel weg' first, then the input, then the buttons; Enter works."""
    open_chat(page, web)
    expect(page.get_by_role("button", name="Naar de politie")).to_be_visible()
    focused = []
    for _ in range(4):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate(
                "(() => { const e = document.activeElement;"
                " return e.getAttribute('aria-label') || e.labels?.[0]?.textContent"
                " || e.textContent; })()"
            )
        )
    assert focused == ["Snel weg", "Typ je bericht", "Stuur", "Ik zag iets naars"]
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Naar de politie"
    expect(page.locator(".hw-msg--user")).to_have_text(["Jij: Naar de politie"])
    expect(page.locator(".hw-card").first).to_be_visible()
    expect(page.get_by_label("Typ je bericht")).to_be_focused()
    page.keyboard.type("dank je")
    page.keyboard.press("Enter")
    expect(page.locator(".hw-msg--user")).to_have_count(2)


def test_announce_messages_in_a_live_region(page: Page, web: str) -> None:
    """Bot and user messages are added inside a polite ARIA live log, named for screen readers."""
    open_chat(page, web)
    log = page.get_by_role("log", name="Gesprek")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log.locator(".hw-msg--bot")).to_have_count(1)
    expect(log.locator(".hw-msg--bot").first).to_contain_text("Hulpwijzer:")
    say(page, "ik wil aangifte doen")
    expect(log.locator(".hw-msg--user")).to_have_count(1)
    expect(log.locator(".hw-card").first).to_be_visible()


def test_show_emergency_numbers_when_rasa_is_down(page: Page, dead_rasa_web: str) -> None:
    """With Rasa not running, the chat shows 112, 113 and the CSG number with call links."""
    page.goto(dead_rasa_web)
    log = page.get_by_role("log")
    expect(log).to_contain_text("er gaat bij mij nu iets mis")
    for number, tel in (("112", "tel:112"), ("113", "tel:113"), ("0800-0188", "tel:+318000188")):
        expect(log.get_by_role("link", name=f"Bel {number}", exact=True)).to_have_attribute("href", tel)


def test_show_emergency_numbers_when_service_is_unreachable(page: Page, web: str) -> None:
    """When the service itself cannot be reached, the widget still shows the 24/7 numbers."""
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    page.goto(web)
    log = page.get_by_role("log")
    expect(log).to_contain_text("de chat werkt nu even niet")
    for number in ("112", "113", "0800-0188"):
        expect(log.get_by_role("link", name=f"Bel {number}", exact=True)).to_be_visible()


@pytest.fixture
def strict_web() -> Iterator[Stack]:
    """A web service allowing one message a minute (its Rasa is not running)."""
    lone = lone_web(HULPWIJZER_RATE_LIMIT_PER_MINUTE="1")
    try:
        yield lone
    finally:
        lone.stop()


def test_show_friendly_message_when_rate_limited(page: Page, strict_web: Stack) -> None:
    """Over the rate limit the young person reads a kind message, with 112 for danger."""
    page.goto(strict_web.web_url)
    expect(page.get_by_role("log")).to_contain_text("er gaat bij mij nu iets mis")
    say(page, "hallo?")
    expect(page.get_by_role("log")).to_contain_text("Je stuurt veel berichten snel achter elkaar. Wacht even")


def test_make_no_request_to_other_origins(page: Page, web: str) -> None:
    """Loading and chatting requests only the widget's origin; no cookies, no localStorage."""
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    open_chat(page, web)
    say(page, "ik wil aangifte doen")
    expect(page.locator(".hw-card").first).to_be_visible()
    urls = [r.url for r in requests]
    assert urls, "no requests were recorded"
    assert [u for u in urls if not u.startswith(web + "/")] == []
    assert f"{web}/api/chat" in urls
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length") == 0


def test_fit_320_px_without_horizontal_scrolling(page: Page, web: str) -> None:
    """At 320 px wide nothing sticks out sideways and 'Snel weg' stays in view."""
    page.set_viewport_size({"width": 320, "height": 640})
    open_chat(page, web)
    say(page, "ik wil aangifte doen")
    expect(page.locator(".hw-card").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.mouse.wheel(0, 2000)
    expect(page.get_by_role("button", name="Snel weg")).to_be_in_viewport()
    for card in page.locator(".hw-card").all():
        box = card.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 320


CONTRAST_JS = """
() => {
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  const check = (el, color, what) => {
    const s = getComputedStyle(el);
    const [a, b] = [lum(rgb(color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const px = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    const need = px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;
    if (ratio < need) failures.push(`${what}: ${ratio.toFixed(2)} < ${need}`);
  };
  const walker = document.createTreeWalker(document.querySelector('.hw-root'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || !el.checkVisibility()) continue;
    if (el.closest('.hw-sr-only')) continue;
    check(el, getComputedStyle(el).color, `${el.className || el.tagName} "${el.textContent.slice(0, 30)}"`);
  }
  const input = document.querySelector('.hw-input');
  check(input, getComputedStyle(input, '::placeholder').color, 'placeholder');
  return failures;
}
"""


def test_meet_wcag_aa_text_contrast(page: Page, web: str) -> None:
    """Every visible text in the widget, cards and badges too, has AA contrast (4.5:1, large 3:1)."""
    open_chat(page, web)
    say(page, "ik wil aangifte doen")
    expect(page.locator(".hw-card").first).to_be_visible()
    assert page.evaluate(CONTRAST_JS) == []


def test_embed_on_a_partner_site_with_one_script_tag(page: Page, web: str, partner_site: str) -> None:
    """One script tag on another site gives a chat button; the chat talks to its own origin."""
    page.goto(partner_site)
    page.get_by_role("button", name="Chat anoniem").click()
    expect(page.locator(".hw-msg--bot").first).to_contain_text("Ik ben een chatbot")
    expect(page.get_by_label("Typ je bericht")).to_be_focused()
    say(page, "ik wil aangifte doen")
    expect(page.get_by_role("link", name="Bel 0900-8844")).to_have_attribute("href", "tel:+319008844")
    session = page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')")
    assert re.fullmatch(r"[0-9a-f]{32}", session or "")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{web}/neutral")
