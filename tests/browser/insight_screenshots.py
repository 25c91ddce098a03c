"""Take the pictures of the insight page's lower half for docs/testing-conversations.md.

Run: `PYTHONPATH=. .venv/bin/python -m tests.browser.insight_screenshots [--out docs]`.

The same example counts as docs/insight.png (`seed` in tests/browser/test_insight_page.py, not real
traffic), on a web service of its own: the counts per kind over the whole period
(docs/insight-kinds.png) and where conversations break (docs/insight-flow.png).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

from bot.settings import ROOT
from tests.browser.test_insight_page import TOKEN, log_in, seed
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, lone_web

WIDTH = 1280


def _section(page: Page, heading: str, out: Path) -> None:
    """The page's block under `heading` (an <h2>), as one picture."""
    block = page.locator("section", has=page.get_by_role("heading", name=heading, exact=True, level=2)).last
    block.screenshot(path=str(out))
    print(f"wrote {out}")


def take(url: str, out: Path) -> None:
    """Log in, wait for the report, and take the two blocks."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": 1400}, locale="nl-NL")
        log_in(page, url)
        expect(page.get_by_role("heading", name="Waar gesprekken vastlopen")).to_be_visible()
        expect(page.locator(".in-flow table")).to_contain_text("report_to_police")
        _section(page, "Per soort (hele periode)", out / "insight-kinds.png")
        _section(page, "Waar gesprekken vastlopen", out / "insight-flow.png")
        browser.close()


def main(argv: list[str] | None = None) -> int:
    """A web service over a database with the example counts; take the pictures."""
    parser = argparse.ArgumentParser(prog="tests.browser.insight_screenshots")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hw-insight-shots-") as name:
        db = Path(name) / "channel-history.sqlite"
        seed(db, datetime.now(timezone.utc))
        web = lone_web(
            HULPWIJZER_HISTORY_URL=f"sqlite:///{db}",
            HULPWIJZER_COUNSELLOR_TOKENS=json.dumps({"sanne": TOKEN}),
        )
        try:
            take(web.web_url, args.out)
        finally:
            web.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
