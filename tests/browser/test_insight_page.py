"""The insight page in headless Chromium: log in, see plots and tables with '<5', nothing from elsewhere.

`python -m tests.browser.test_insight_page` retakes docs/insight.png from the same page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from bot.insight import events as ev
from bot.insight.store import Key, SqliteCounts, hour_of
from bot.settings import ROOT
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, lone_web

pytestmark = pytest.mark.browser

TOKEN = "insight-browser-token-0123456789"
SCREENSHOT = ROOT / "docs" / "insight.png"


def seed(path: Path, now: datetime) -> None:
    """Example counts over eight weeks (not real traffic): a weekly rhythm, small counts on quiet days."""
    counts: dict[Key, int] = {}
    for day in range(56):
        moment = now - timedelta(days=day)
        hour = hour_of(moment.replace(hour=15))
        busy = 3 if moment.weekday() in (2, 6) else 1
        conversations = (day * 7 % 11 + 2) * busy
        for kind, label, n in (
            (ev.CONVERSATION, "", conversations),
            (ev.TOPIC, "report_to_police", conversations // 3),
            (ev.TOPIC, "own_images_shared", conversations // 4),
            (ev.TOPIC, "saw_illegal_images", conversations // 5),
            (ev.CRISIS, "utter_crisis_suicide", day % 3),
            (ev.SAFETY_CHECK, "", day % 4),
            (ev.FALLBACK, "", conversations // 3),
            (ev.ENDED_AFTER_FALLBACK, "", conversations // 8),
            (ev.CHANNEL, "politie", conversations // 3),
            (ev.CHANNEL, "helpwanted", conversations // 4),
            (ev.CHANNEL, "csg", conversations // 2),
            (ev.ANSWERED, "utter_topic_report_to_police", conversations // 3),
            (ev.FALLBACK_AFTER, "utter_topic_report_to_police", conversations // 9),
            (ev.LEFT_AFTER, "utter_topic_report_to_police", conversations // 12),
            (ev.ANSWERED, "utter_greet", conversations),
            (ev.LEFT_AFTER, "utter_greet", conversations // 6),
            (ev.FALLBACK_AFTER, "utter_greet", conversations // 10),
        ):
            counts[Key(hour, kind, label)] = n
    SqliteCounts(path).add(counts)


@pytest.fixture(scope="module")
def insight_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A web service with a counsellor token over a database with example counts: its URL."""
    db = tmp_path_factory.mktemp("insight") / "channel-history.sqlite"
    seed(db, datetime.now(timezone.utc))
    web = lone_web(
        HULPWIJZER_HISTORY_URL=f"sqlite:///{db}", HULPWIJZER_COUNSELLOR_TOKENS=json.dumps({"sanne": TOKEN})
    )
    try:
        yield web.web_url
    finally:
        web.stop()


def log_in(page: Page, url: str, token: str = TOKEN) -> None:
    """Open /insight and log in with `token`."""
    page.goto(f"{url}/insight")
    page.get_by_label("Sleutel (token)").fill(token)
    page.get_by_role("button", name="Inloggen").click()


def test_refuse_wrong_token(page: Page, insight_web: str) -> None:
    """A wrong token shows no counts and says so; nothing is kept in the tab."""
    log_in(page, insight_web, "wrong-token-0123456789abcdef")
    expect(page.get_by_role("alert").first).to_have_text("Deze sleutel klopt niet.")
    expect(page.locator(".in-report")).to_have_count(0)
    assert page.evaluate("window.sessionStorage.length") == 0


def test_show_plots_tables_and_small_counts(page: Page, insight_web: str) -> None:
    """Each figure is an SVG plot with a table beside it; small counts read '<5'; only this origin asked."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    log_in(page, insight_web)
    expect(page.get_by_role("heading", name="Gesprekken per dag")).to_be_visible()
    plots = page.locator("svg.in-plot")
    tables = page.locator("table.in-table")
    assert plots.count() >= 15 and plots.count() == tables.count()
    expect(plots.first).to_be_visible()
    assert plots.first.locator("rect").count() > 0
    expect(page.get_by_role("heading", name="Waar gesprekken vastlopen")).to_be_visible()
    flow = page.locator(".in-flow table")
    expect(flow).to_contain_text("report_to_police")
    crisis_table = page.locator("table", has=page.locator("caption", has_text="Crisisantwoorden per dag"))
    expect(crisis_table).to_contain_text("<5")
    assert all(url.startswith(insight_web) for url in requests), requests


def test_change_period(page: Page, insight_web: str) -> None:
    """Choosing 7 days shows seven rows per day table (plus the total)."""
    log_in(page, insight_web)
    expect(page.get_by_role("heading", name="Gesprekken per dag")).to_be_visible()
    page.get_by_label("Dagen").select_option("7")
    table = page.locator("table", has=page.locator("caption", has_text="Gesprekken per dag"))
    expect(table.locator("tbody tr")).to_have_count(8)


def take_screenshot() -> None:
    """Retake docs/insight.png: the page with example counts in real Chromium."""
    tmp = Path(tempfile.mkdtemp(prefix="hulpwijzer-insight-")) / "channel-history.sqlite"
    seed(tmp, datetime.now(timezone.utc))
    shot = lone_web(
        HULPWIJZER_HISTORY_URL=f"sqlite:///{tmp}", HULPWIJZER_COUNSELLOR_TOKENS=json.dumps({"sanne": TOKEN})
    )
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1400}, locale="nl-NL")
            log_in(page, shot.web_url)
            page.get_by_role("heading", name="Gesprekken per dag").wait_for()
            page.screenshot(path=str(SCREENSHOT), full_page=False)
            browser.close()
    finally:
        shot.stop()
    print(f"wrote {SCREENSHOT}")


if __name__ == "__main__":
    take_screenshot()
    sys.exit(0)
