"""Take the admin page's pictures for docs/maintaining-channels.md with headless Chromium.

Run: `PYTHONPATH=. .venv/bin/python -m tests.browser.admin_screenshots [--out docs]`.

A web service over a copy of the channel data, with two maintainers (anna, bob). In the copy,
CSG's check date is set 100 days back so the freshness list shows a mark, and every link points
to a local HTTPS test server (no real site is requested) whose pages name each channel's numbers,
except three made-up problems: CSG's chat link answers 404, the police website no longer names its
number, and Helpwanted's website redirects.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import yaml
from playwright.sync_api import Page, expect, sync_playwright

from bot.settings import ROOT
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, TOPICS, lone_web
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


def main(argv: list[str] | None = None) -> int:
    """Start a web service over a prepared copy of the data and a local link server; take the pictures."""
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
                    channel["verified_on"] = date.today() - timedelta(days=100)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
