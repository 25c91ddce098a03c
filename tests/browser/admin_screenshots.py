"""Take the admin page's pictures for docs/maintaining-channels.md with headless Chromium.

Run: `PYTHONPATH=. .venv/bin/python -m tests.browser.admin_screenshots [--out docs]` (all five
pictures: admin-overview, admin-linkcheck, admin-approved, admin-form, admin-preview).

A web service over a copy of the channel data, with two maintainers (anna, bob). In the copy,
CSG's check date is set 100 days back so the freshness list shows a mark, and every link points
to a local HTTPS test server (no real site is requested) whose pages name each channel's numbers,
except three made-up problems: CSG's chat link answers 404, the police website no longer names its
number, and Helpwanted's website redirects.

The form and its preview are taken on a second web service over an unchanged copy of the data (the
real links, nothing requested): De Kindertelefoon with its English texts typed in and not saved.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import yaml
from playwright.sync_api import FloatRect, Page, expect, sync_playwright

from bot.registry.freshness import today_in_nl
from bot.settings import ROOT
from tests.helpers import CHANNELS, CHROMIUM, CHROMIUM_ARGS, TOPICS, lone_web
from tests.linkserver import Page as SitePage
from tests.linkserver import link_server, local_channels

ANNA = "anna-screenshot-token-0123456789"
BOB = "bob-screenshot-token-0123456789"
WIDTH = 1280


def _log_in(page: Page, url: str, token: str) -> None:
    page.goto(f"{url}/admin")
    page.get_by_label("Sleutel (token)").fill(token)
    page.get_by_label("Sleutel (token)").press("Enter")
    expect(page.get_by_role("heading", name="Overzicht")).to_be_visible()


def _shoot(page: Page, out: Path) -> None:
    page.locator("body").click(position={"x": 1, "y": 1})  # no focus ring in the picture
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": WIDTH, "height": height})
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(out))
    print(f"wrote {out}")


def take(url: str, out: Path) -> None:
    """Overview with an open proposal; the link check; bob's approval and the history."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        anna = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="nl-NL").new_page()
        _log_in(anna, url, ANNA)
        anna.get_by_role("button", name="Centrum Seksueel Geweld").click()
        anna.get_by_label("Bellen (+31... of kort nummer)").first.fill("+318000199")
        anna.get_by_label("Zoals mensen het zien (0800-0188)").first.fill("0800-0199")
        anna.get_by_role("button", name="Opslaan").click()
        expect(anna.locator("#status")).to_contain_text("Opgeslagen als voorstel 1")
        anna.reload()
        expect(anna.locator('[data-proposal="1"]')).to_be_visible()
        expect(anna.locator("#freshness-rows tr").first).to_be_visible()
        _shoot(anna, out / "admin-overview.png")

        anna.get_by_role("button", name="Controleer alle links").click()
        expect(anna.locator("#linkcheck-summary")).to_contain_text("links gecontroleerd", timeout=60_000)
        anna.locator("#linkcheck-title").locator("..").screenshot(path=str(out / "admin-linkcheck.png"))
        print(f"wrote {out / 'admin-linkcheck.png'}")

        bob = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="nl-NL").new_page()
        _log_in(bob, url, BOB)
        bob.locator('[data-proposal="1"]').get_by_role("button", name="Goedkeuren").click()
        expect(bob.locator("#status")).to_contain_text("goedgekeurd door bob")
        bob.get_by_role("button", name="Centrum Seksueel Geweld").click()
        bob.get_by_role("button", name="Geschiedenis").click()
        expect(bob.locator(".adm-history li").first).to_contain_text("goedgekeurd door bob")
        bob.locator("#history").screenshot(path=str(out / "admin-approved.png"))
        print(f"wrote {out / 'admin-approved.png'}")
        browser.close()


# English texts typed into De Kindertelefoon's form: the Dutch ones translated, no new facts.
KINDERTELEFOON_EN = {
    "Naam in het Engels (mag leeg)": "Kindertelefoon (Child Helpline)",
    "Beschrijving in het Engels (mag leeg)": (
        "Talk about anything on your mind. For children and young people aged 8 to 18. "
        "Free and anonymous, by phone or chat."
    ),
}


def _clip(page: Page, out: Path, column: FloatRect, top: float, bottom: float) -> None:
    """A picture of `column`'s width, from `top` to `bottom` of the page."""
    page.screenshot(
        path=str(out), clip={"x": column["x"], "y": top, "width": column["width"], "height": bottom - top}
    )
    print(f"wrote {out}")


def take_form(url: str, out: Path) -> None:
    """De Kindertelefoon's form with every field, English texts typed in; the preview under it."""
    with sync_playwright() as playwright:
        # The date field is drawn in the browser's own language: Debian's Chromium without
        # chromium-l10n has only English (11/27/2026); a maintainer's Dutch browser shows 27-11-2026.
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="nl-NL").new_page()
        _log_in(page, url, ANNA)
        page.get_by_role("button", name="De Kindertelefoon", exact=True).click()
        expect(page.locator("#editor-title")).to_have_text("De Kindertelefoon")
        for label, text in KINDERTELEFOON_EN.items():
            page.get_by_label(label).fill(text)
        # Typing redraws the preview (after 400 ms): the widget's card and the text line.
        card = page.locator("#preview-card .hw-card")
        expect(card.locator(".hw-tags")).to_have_text("Hulp is gratis · Anoniem · 8 tot 18 jaar")
        expect(card.locator(".hw-call").first).to_contain_text("gratis bellen")
        expect(page.locator("#preview-text")).to_contain_text("De Kindertelefoon: bel 0800-0432")
        expect(page.locator("#preview-error")).to_be_empty()
        page.locator("body").click(position={"x": 1, "y": 1})  # no focus ring in the picture
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": WIDTH, "height": height})
        page.evaluate("window.scrollTo(0, 0)")
        editor = page.locator("#editor").bounding_box()
        form = page.locator("#channel-form").bounding_box()
        source_title = page.locator("#f-source_title").bounding_box()
        preview = page.locator("#preview").bounding_box()
        assert editor and form and source_title and preview
        # The editor from the channel's name to the form's buttons.
        _clip(page, out / "admin-form.png", editor, editor["y"], form["y"] + form["height"] + 16)
        # The end of the form (its buttons) and the preview under it.
        _clip(
            page,
            out / "admin-preview.png",
            editor,
            source_title["y"] - 40,
            preview["y"] + preview["height"] + 16,
        )
        browser.close()


def main(argv: list[str] | None = None) -> int:
    """A web service over a prepared copy of the data and a local link server, then one over an
    unchanged copy; take the pictures."""
    parser = argparse.ArgumentParser(prog="tests.browser.admin_screenshots")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hw-admin-shots-") as name:
        directory = Path(name)
        with link_server(directory) as server:
            data = yaml.safe_load(local_channels(server.url))
            # Pages that name each channel's numbers, then three problems to show.
            for channel in data["channels"]:
                numbers = ", ".join(phone["display"] for phone in channel.get("phones") or [])
                for kind in ("website", "source"):
                    server.pages[f"/{channel['id']}/{kind}"] = SitePage(body=f"<p>Bel {numbers}</p>")
            server.pages["/csg/chat_url"] = SitePage(status=404, body="Niet gevonden")
            server.pages["/politie/website"] = SitePage(body="<p>Wij zijn verhuisd.</p>")
            server.pages["/helpwanted/website"] = SitePage(status=301, location="/helpwanted/source")
            for channel in data["channels"]:
                if channel["id"] == "csg":
                    channel["verified_on"] = today_in_nl() - timedelta(days=100)
            (directory / "channels.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
            (directory / "topics.yml").write_text(TOPICS.read_text(encoding="utf-8"))
            web = lone_web(
                HULPWIJZER_CHANNELS_PATH=str(directory / "channels.yml"),
                HULPWIJZER_TOPICS_PATH=str(directory / "topics.yml"),
                HULPWIJZER_HISTORY_URL=f"sqlite:///{directory / 'history.sqlite'}",
                HULPWIJZER_ADMIN_TOKENS=json.dumps({"anna": ANNA, "bob": BOB}),
                SSL_CERT_FILE=str(server.cert),
            )
            try:
                take(web.web_url, args.out)
            finally:
                web.stop()
        plain = directory / "plain"
        plain.mkdir()
        shutil.copy(CHANNELS, plain / "channels.yml")
        shutil.copy(TOPICS, plain / "topics.yml")
        web = lone_web(
            HULPWIJZER_CHANNELS_PATH=str(plain / "channels.yml"),
            HULPWIJZER_TOPICS_PATH=str(plain / "topics.yml"),
            HULPWIJZER_HISTORY_URL=f"sqlite:///{plain / 'history.sqlite'}",
            HULPWIJZER_ADMIN_TOKENS=json.dumps({"anna": ANNA}),
        )
        try:
            take_form(web.web_url, args.out)
        finally:
            web.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
