"""The widget in English (#11): its own words and its `lang` follow the conversation's language.

Two kinds of test:

- an English conversation end to end in real Chromium against the real stack (routing, crisis,
  fallback): the bot's answers in English and the widget's own words too. They need the lead's
  language detection in the model; without `LanguageDetector` in config.yml they are skipped
  (the reason says so) and run by themselves once it is in;
- the widget driven by stubbed service answers (`page.route` on /api/chat, the real widget.js
  served by the web service): a bot message with `language` "en" switches every word of the
  widget and its `lang`, "nl" switches back, a message without one changes nothing, the young
  person's own text never decides, errors in an English conversation are English, and
  `data-lang="en"` starts in English. These need no model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page, Route, expect

from bot.referral import contact_card
from bot.registry import get_catalog
from bot.settings import ROOT
from tests.browser.test_widget import say

pytestmark = pytest.mark.browser

DUTCH_WORDS = {
    "exit": "Snel weg",
    "input": "Typ je bericht",
    "placeholder": "Typ hier je vraag",
    "send": "Stuur",
    "log": "Gesprek",
    "choices": "Kies een antwoord",
}
ENGLISH_WORDS = {
    "exit": "Quick exit",
    "input": "Type your message",
    "placeholder": "Type your question here",
    "send": "Send",
    "log": "Conversation",
    "choices": "Choose an answer",
}


def detection_in_pipeline() -> bool:
    """Whether config.yml's pipeline has the lead's LanguageDetector (docs/language.md)."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8")) or {}
    names = [str(step.get("name", "")) for step in config.get("pipeline") or [] if isinstance(step, dict)]
    return any(name.endswith("LanguageDetector") for name in names)


needs_detection = pytest.mark.skipif(
    not detection_in_pipeline(),
    reason="language detection is not switched on: config.yml's pipeline has no LanguageDetector "
    "(docs/language.md), so the bot answers in Dutch; runs once it is in",
)


def expect_widget_words(page: Page, words: dict[str, str], lang: str) -> None:
    """Every word of the widget's own in one language, and `lang` on its root and host."""
    expect(page.locator(".hw-root")).to_have_attribute("lang", lang)
    expect(page.locator("#hulpwijzer")).to_have_attribute("lang", lang)
    expect(page.locator(".hw-exit")).to_have_text(words["exit"])
    expect(page.locator(".hw-exit-note")).to_contain_text("Esc")
    expect(page.get_by_label(words["input"], exact=True)).to_have_attribute(
        "placeholder", words["placeholder"]
    )
    expect(page.locator(".hw-send")).to_have_text(words["send"])
    expect(page.locator(".hw-log")).to_have_attribute("aria-label", words["log"])
    expect(page.locator(".hw-choices")).to_have_attribute("aria-label", words["choices"])


def type_message(page: Page, label: str, text: str) -> None:
    """Type and press Enter in the input, found by its label in the widget's language now."""
    field = page.get_by_label(label, exact=True)
    field.fill(text)
    field.press("Enter")


# --- an English conversation end to end, against the real stack -----------------------------


@needs_detection
def test_english_conversation_end_to_end(page: Page, web: str) -> None:
    """Routing, crisis and fallback in English: the bot's answers and the widget's words in English."""
    page.goto(web)
    greeting = page.locator(".hw-msg--bot").first
    expect(greeting).to_contain_text("Ik ben een chatbot")
    expect_widget_words(page, DUTCH_WORDS, "nl")

    # Routing: an answer with cards, in English; the widget switches with it.
    say(page, "someone shared my nude photo and i want it gone")
    expect(page.locator(".hw-card").first).to_be_visible()
    expect_widget_words(page, ENGLISH_WORDS, "en")
    answer = page.locator(".hw-msg--bot").nth(1)
    expect(answer).to_contain_text("It is not your fault")
    expect(answer).to_have_attribute("lang", "en")
    log = page.locator(".hw-log")
    expect(log.locator(".hw-card-name")).to_contain_text(["Helpwanted", "Police"])
    expect(log.locator(".hw-card .hw-tags").first).to_have_text("Help is free · Anonymous")
    expect(log).not_to_contain_text("Het is niet jouw schuld")
    expect(log.get_by_role("link", name=re.compile(r"^Call \d")).first).to_be_visible()
    expect(log.get_by_role("link", name=re.compile(r"^Bel \d"))).to_have_count(0)
    # The young person's message was labelled while the widget was still Dutch.
    expect(log.locator(".hw-msg--user .hw-sr-only")).to_have_text(["Jij: "])
    # The greeting stays marked as the Dutch it was written in.
    expect(greeting).to_have_attribute("lang", "nl")

    # Crisis: 112 first, in English, with its card's English name and call link.
    type_message(page, ENGLISH_WORDS["input"], "i took a whole bottle of pills")
    crisis = log.locator(".hw-msg--bot").filter(has_text="Call 112 right away")
    expect(crisis).to_have_count(1)
    expect(crisis).to_have_attribute("lang", "en")
    expect(crisis.locator(".hw-card-name").first).to_have_text("112 (emergency number)")
    expect(crisis.get_by_role("link", name="Call 112", exact=True)).to_have_attribute("href", "tel:112")
    expect(crisis.locator(".hw-badge").first).to_have_text("Day and night")
    expect(log.locator(".hw-msg--user .hw-sr-only")).to_have_text(["Jij: ", "You: "])

    # Fallback: not understood, in English, and the widget stays English. After a situation the
    # bot stays with it ("I did not quite understand that. Is it still about ...").
    type_message(page, ENGLISH_WORDS["input"], "qwertyuiop zxcvb")
    fallback = log.locator(".hw-msg--bot").filter(has_text=re.compile(r"did not (quite )?understand that"))
    expect(fallback).to_have_count(1)
    expect(fallback).to_contain_text("Call 112")
    expect(fallback).to_have_attribute("lang", "en")
    expect_widget_words(page, ENGLISH_WORDS, "en")
    expect(log).not_to_contain_text("dat begreep ik niet")
    expect(page.get_by_role("group", name="Choose an answer").get_by_role("button").first).to_be_visible()


# --- the widget driven by stubbed answers (no model needed) ----------------------------------

GREETING = {
    "text": "Hoi! Ik ben een chatbot, geen mens.",
    "buttons": [{"title": "Naar de politie", "payload": "/x"}],
}


def english_card() -> dict[str, Any]:
    """CSG's card as the service draws it in an English conversation (the registry's own)."""
    card = contact_card(get_catalog().snapshot().registry["csg"], True, language="en")
    return card.model_dump(mode="json")


class Service:
    """Answers /api/chat from a queue of (status, body); records what the widget sent."""

    def __init__(self, page: Page) -> None:
        self.replies: list[tuple[int, dict[str, Any]]] = []
        self.sent: list[str] = []
        page.route("**/api/chat", self._answer)

    def then(self, *messages: dict[str, Any], status: int = 200, body: dict[str, Any] | None = None) -> None:
        self.replies.append((status, body if body is not None else {"messages": list(messages)}))

    def _answer(self, route: Route) -> None:
        self.sent.append(json.loads(route.request.post_data or "{}").get("message", ""))
        status, body = self.replies.pop(0) if self.replies else (200, {"messages": []})
        route.fulfill(status=status, content_type="application/json", body=json.dumps(body))


@pytest.fixture
def service(page: Page) -> Iterator[Service]:
    yield Service(page)


def test_switch_to_english_on_a_bot_message_in_english_and_back(
    page: Page, service: Service, dead_rasa_web: str
) -> None:
    """language "en" on a bot message turns every word of the widget English; "nl" turns it back."""
    service.then(GREETING)
    service.then(
        {"text": "Things like this happen more often. It is not your fault."},
        {"text": "This is who can help:", "cards": [english_card()], "language": "en"},
    )
    service.then({"text": "Sorry, I did not understand that well."})
    service.then({"text": "Dit is wie je kan helpen:", "cards": [english_card()], "language": "nl"})
    page.goto(dead_rasa_web)
    expect(page.locator(".hw-msg--bot").first).to_contain_text("Ik ben een chatbot")
    expect_widget_words(page, DUTCH_WORDS, "nl")

    type_message(page, DUTCH_WORDS["input"], "someone shared my photo")
    card = page.locator(".hw-card")
    expect(card).to_have_count(1)
    expect_widget_words(page, ENGLISH_WORDS, "en")
    expect(page.locator(".hw-exit-note")).to_have_text(
        "Quick exit? Click the button or press Esc. Note: your browser history is still kept."
    )
    # The whole turn is English, also its first message that names no language.
    turn = page.locator(".hw-msg--bot")
    expect(turn.nth(1)).to_have_attribute("lang", "en")
    expect(turn.nth(2)).to_have_attribute("lang", "en")
    expect(turn.first).to_have_attribute("lang", "nl")
    expect(card.get_by_role("link", name="Call 0800-0188", exact=True)).to_have_attribute(
        "href", "tel:+318000188"
    )
    expect(card.get_by_role("link", name=re.compile("^Chat"))).to_have_accessible_name(
        "Chat of Centrum Seksueel Geweld (Sexual Violence Centre) (opens in a new tab)"
    )
    expect(card.locator(".hw-tags")).to_have_text("Help is free · Anonymous")
    expect(card.locator(".hw-badge")).to_have_text("Phone: day and night")
    expect(page.locator(".hw-msg--user .hw-sr-only")).to_have_text(["Jij: "])

    # A message that names no language leaves the widget as it is.
    type_message(page, ENGLISH_WORDS["input"], "asdf")
    expect(page.locator(".hw-msg--bot")).to_have_count(4)
    expect_widget_words(page, ENGLISH_WORDS, "en")
    expect(page.locator(".hw-msg--user .hw-sr-only")).to_have_text(["Jij: ", "You: "])

    # Back to Dutch on a message in Dutch.
    type_message(page, ENGLISH_WORDS["input"], "ik wil praten")
    expect(page.locator(".hw-msg--bot")).to_have_count(5)
    expect_widget_words(page, DUTCH_WORDS, "nl")
    expect(
        page.locator(".hw-card").last.get_by_role("link", name="Bel 0800-0188", exact=True)
    ).to_be_visible()
    expect(page.locator(".hw-card").last.locator(".hw-tags")).to_have_text("Hulp is gratis · Anoniem")
    assert service.sent == ["/greet", "someone shared my photo", "asdf", "ik wil praten"]


def test_never_switch_on_what_the_young_person_types(
    page: Page, service: Service, dead_rasa_web: str
) -> None:
    """English typed by the young person changes nothing until a bot message says the language."""
    service.then(GREETING)
    service.then({"text": "Sorry, dat begreep ik niet goed."})
    page.goto(dead_rasa_web)
    expect(page.locator(".hw-msg--bot").first).to_be_visible()
    type_message(page, DUTCH_WORDS["input"], "hello i would like some help with something please")
    expect(page.locator(".hw-msg--bot")).to_have_count(2)
    expect_widget_words(page, DUTCH_WORDS, "nl")


def switch_to_english(page: Page, service: Service, url: str) -> None:
    service.then(GREETING)
    service.then({"text": "This is who can help:", "cards": [english_card()], "language": "en"})
    page.goto(url)
    expect(page.locator(".hw-msg--bot").first).to_be_visible()
    type_message(page, DUTCH_WORDS["input"], "help me please with this")
    expect_widget_words(page, ENGLISH_WORDS, "en")


def test_show_rate_limit_in_english(page: Page, service: Service, dead_rasa_web: str) -> None:
    """The service's Dutch 429 text becomes the widget's English one in an English conversation."""
    switch_to_english(page, service, dead_rasa_web)
    dutch = "Je stuurt veel berichten snel achter elkaar. Wacht even en probeer het dan opnieuw."
    service.then(status=429, body={"error": "rate_limited", "detail": dutch, "messages": [{"text": dutch}]})
    type_message(page, ENGLISH_WORDS["input"], "hello?")
    log = page.get_by_role("log", name="Conversation")
    expect(log).to_contain_text("You are sending a lot of messages quickly. Wait a moment")
    expect(log).not_to_contain_text("Je stuurt veel berichten")


def test_show_bot_down_numbers_in_english(page: Page, service: Service, dead_rasa_web: str) -> None:
    """A 503 in an English conversation: English words and English cards for 112, 113 and CSG."""
    switch_to_english(page, service, dead_rasa_web)
    dutch = "Sorry, er gaat bij mij nu iets mis."
    service.then(
        status=503,
        body={
            "error": "bot_unavailable",
            "detail": "De chatbot werkt nu even niet.",
            "messages": [{"text": dutch}],
        },
    )
    type_message(page, ENGLISH_WORDS["input"], "are you there?")
    message = page.locator(".hw-msg--bot").last
    expect(message).to_contain_text("Sorry, something is going wrong on my side right now.")
    expect(message.locator(".hw-card-name")).to_have_text(
        [
            "112 (emergency number)",
            "Centrum Seksueel Geweld (Sexual Violence Centre)",
            "113 Zelfmoordpreventie (suicide prevention)",
        ]
    )
    for number, tel in (("112", "tel:112"), ("113", "tel:113"), ("0800-0188", "tel:+318000188")):
        expect(message.get_by_role("link", name=f"Call {number}", exact=True)).to_have_attribute("href", tel)
    expect(page.locator(".hw-log")).not_to_contain_text("er gaat bij mij")


def test_show_unreachable_in_english(page: Page, service: Service, dead_rasa_web: str) -> None:
    """When the service cannot be reached in an English conversation, the 24/7 numbers in English."""
    switch_to_english(page, service, dead_rasa_web)
    page.unroute("**/api/chat")
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    type_message(page, ENGLISH_WORDS["input"], "hello?")
    message = page.locator(".hw-msg--bot").last
    expect(message).to_contain_text("Sorry, the chat is not working right now.")
    expect(message.get_by_role("link", name="Call 113", exact=True)).to_be_visible()
    expect(message.locator(".hw-call-label").first).to_have_text("free call · day and night")


def test_invalid_message_error_in_english(page: Page, service: Service, dead_rasa_web: str) -> None:
    """A refused message (422, Dutch detail) is explained in English in an English conversation."""
    switch_to_english(page, service, dead_rasa_web)
    service.then(
        status=422,
        body={
            "error": "invalid_request",
            "detail": "Dit bericht kan ik niet lezen. Typ het zonder / aan het begin.",
            "problems": [{"field": "message", "message": "value error"}],
        },
    )
    type_message(page, ENGLISH_WORDS["input"], "/nonsense")
    expect(page.locator(".hw-msg--bot").last).to_have_text(
        "Hulpwijzer: Something went wrong with your message. Please try again."
    )


def page_with(dead_rasa_web: str, page: Page, body: str) -> str:
    """A page on the widget's origin with `body` (served by the test), the real widget.js in it."""
    url = f"{dead_rasa_web}/test-embed"
    html = f"<!doctype html><html lang='nl'><head><title>Test</title></head><body>{body}</body></html>"
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
    return url


def test_data_lang_en_starts_the_widget_in_english(page: Page, service: Service, dead_rasa_web: str) -> None:
    """data-lang="en" on the host starts in English before any message; the page's own lang stays."""
    service.then({"text": "Hi! I am a chatbot, not a person."})
    url = page_with(
        dead_rasa_web,
        page,
        "<main id='hulpwijzer' data-lang='en'></main>"
        f"<link rel='stylesheet' href='{dead_rasa_web}/static/widget.css'>"
        f"<script src='{dead_rasa_web}/static/widget.js' defer></script>",
    )
    page.goto(url)
    expect(page.locator(".hw-msg--bot").first).to_contain_text("Hi!")
    expect_widget_words(page, ENGLISH_WORDS, "en")
    expect(page.locator("html")).to_have_attribute("lang", "nl")


def test_floating_widget_follows_the_language_too(page: Page, service: Service, dead_rasa_web: str) -> None:
    """The chat button and its close button on a partner page: English with data-lang, and after."""
    service.then({"text": "Hi!"})
    url = page_with(
        dead_rasa_web,
        page,
        f"<p>Partner</p><script src='{dead_rasa_web}/static/widget.js' data-lang='en' defer></script>",
    )
    page.goto(url)
    page.get_by_role("button", name="Chat anonymously").click()
    expect(page.locator(".hw-msg--bot").first).to_contain_text("Hi!")
    expect(page.locator(".hw-root")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Quick exit")).to_be_visible()
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("button", name="Chat anonymously")).to_be_focused()


RENDER_JS = "([card, lang]) => window.HulpwijzerCards.render(card, lang).innerText"


def test_cards_only_render_draws_a_card_in_either_language(page: Page, dead_rasa_web: str) -> None:
    """The drawing code the admin preview uses takes the language: its labels follow it."""
    url = page_with(
        dead_rasa_web, page, f"<script src='{dead_rasa_web}/static/widget.js' data-cards-only></script>"
    )
    page.goto(url)
    page.wait_for_function("() => window.HulpwijzerCards !== undefined")
    card = english_card() | {"age_min": 12, "age_max": 25}
    english = page.evaluate(RENDER_JS, [card, "en"])
    assert "Call 0800-0188" in english and "Help is free · Anonymous · ages 12 to 25" in english
    dutch = page.evaluate(RENDER_JS, [card, None])
    assert "Bel 0800-0188" in dutch and "Hulp is gratis · Anoniem · 12 tot 25 jaar" in dutch
    assert page.locator(".hw-root").count() == 0


# --- the English emergency numbers the widget carries (no browser) ---------------------------

WIDGET_JS = (ROOT / "bot" / "web" / "static" / "widget.js").read_text(encoding="utf-8")


def _block(name: str) -> list[dict[str, Any]]:
    found = re.search(rf"// BEGIN {name}\s*var {name} = (.*?);\s*// END {name}\n", WIDGET_JS, re.S)
    assert found is not None, name
    entries: list[dict[str, Any]] = json.loads(found.group(1))
    return entries


@pytest.mark.parametrize(("name", "language"), [("EMERGENCY", "nl"), ("EMERGENCY_EN", "en")])
def test_widget_emergency_numbers_match_the_registry_in_both_languages(name: str, language: str) -> None:
    """The 24/7 cards the widget carries are the registry's, with its words in each language."""
    registry = get_catalog().snapshot().registry
    entries = _block(name)
    assert [e["id"] for e in entries] == ["alarmnummer", "csg", "zelfmoordpreventie"]
    for entry in entries:
        expected = contact_card(registry[entry["id"]], True, language=language).model_dump()
        assert (entry["name"], entry["phones"], entry["availability_text"]) == (
            expected["name"],
            expected["phones"],
            expected["availability_text"],
        ), entry["id"]
        assert set(entry) <= set(expected)
