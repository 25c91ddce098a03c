"""The widget's pages and files: served same-origin, no inline script, no HTML from data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.api.routes.pages import STATIC_DIR
from bot.referral import contact_card
from bot.registry import get_catalog
from bot.settings import Settings

WIDGET_JS = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")


def test_read_index_puts_quick_exit_url_on_the_script_tag(make_client) -> None:
    """The full page carries the configured quick-exit target, HTML-escaped."""
    client = make_client(quick_exit_url="https://weer.example/?stad=utrecht&dag=1")
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert 'data-quick-exit-url="https://weer.example/?stad=utrecht&amp;dag=1"' in response.text
    assert 'src="/static/widget.js"' in response.text


def test_read_neutral_serves_a_plain_page(client) -> None:
    """/neutral is a plain weather page that names nothing about the chat."""
    response = client.get("/neutral")
    assert response.status_code == 200
    assert "Het weer vandaag" in response.text
    assert "hulp" not in response.text.lower() and "chat" not in response.text.lower()


@pytest.mark.parametrize("name", ["widget.js", "widget.css", "index.html", "neutral.html"])
def test_widget_files_load_nothing_from_other_origins(name: str) -> None:
    """No CDN, font or analytics URL in the widget's own files (links in cards come from data)."""
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    for url in re.findall(r"(?:https?:)?//[\w.-]+\.\w+[^\s\"')]*", text):
        assert url.startswith("https://www.weeronline.nl"), (name, url)


@pytest.mark.parametrize("name", ["index.html", "neutral.html", "console.html"])
def test_pages_have_no_inline_script_or_handlers(name: str) -> None:
    """Every script has a src and no element has an on... handler, as the CSP demands."""
    page = (STATIC_DIR / name).read_text(encoding="utf-8")
    for attributes, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S):
        assert "src=" in attributes and not body.strip()
    assert not re.search(r"\son[a-z]+\s*=", page)
    assert "<style" not in page and "style=" not in page


@pytest.mark.parametrize(
    "sink",
    [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "localStorage",
        "document.cookie",
    ],
)
@pytest.mark.parametrize("script", ["widget.js", "console.js"])
def test_scripts_use_no_html_sinks_or_persistent_storage(script: str, sink: str) -> None:
    """widget.js and console.js never turn data into HTML and keep nothing beyond sessionStorage."""
    source = (STATIC_DIR / script).read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", source, flags=re.DOTALL)
    assert sink not in code


def test_widget_default_quick_exit_matches_settings() -> None:
    """The widget's built-in quick-exit target is the settings default."""
    match = re.search(r'var DEFAULT_QUICK_EXIT_URL = "([^"]+)";', WIDGET_JS)
    assert match is not None
    assert match.group(1) == Settings.model_fields["quick_exit_url"].default


def test_widget_emergency_numbers_match_the_registry() -> None:
    """The numbers the widget shows when the service is unreachable are the registry's."""
    block = re.search(r"// BEGIN EMERGENCY\s*var EMERGENCY = (.*?);\s*// END", WIDGET_JS, re.S)
    assert block is not None
    entries = json.loads(block.group(1))
    registry = get_catalog().snapshot().registry
    assert [e["id"] for e in entries] == ["alarmnummer", "csg", "zelfmoordpreventie"]
    for entry in entries:
        channel = registry[entry["id"]]
        assert channel.always_open, entry["id"]
        expected = contact_card(channel, True).model_dump()
        assert entry["name"] == expected["name"]
        assert entry["phones"] == expected["phones"]
        assert (entry["availability"], entry["availability_text"]) == (
            "always",
            expected["availability_text"],
        )
        # Every field the widget reads exists in the card model (bot/reply.py).
        assert set(entry) <= set(expected), set(entry) - set(expected)


@pytest.mark.parametrize("value", ["javascript:alert(1)", "//evil.example/x", "weer", "ftp://x.example"])
def test_settings_reject_unsafe_quick_exit_url(value: str) -> None:
    """Only an http(s) URL or a same-origin path may be the quick-exit target."""
    with pytest.raises(ValidationError):
        Settings(quick_exit_url=value)


def test_static_files_are_the_ones_the_widget_needs() -> None:
    """The widget and the pages ship as exactly these files, with no build step."""
    assert sorted(p.name for p in Path(STATIC_DIR).iterdir()) == [
        "admin-maintain.css",
        "admin-maintain.js",
        "admin.css",
        "admin.html",
        "admin.js",
        "console.css",
        "console.html",
        "console.js",
        "index.html",
        "insight.css",
        "insight.html",
        "insight.js",
        "neutral.html",
        "widget.css",
        "widget.js",
    ]
