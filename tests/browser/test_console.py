"""The counsellors' console in a real browser against the real stack: log in, chat, see why, save a test."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from bot.settings import ROOT
from bot.tools.devstack import Stack
from tests.helpers import start_web

pytestmark = pytest.mark.browser

COUNSELLOR = "console-browser-token-0123456789"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
PERCENT = r"\d{1,3}\.\d%"


@pytest.fixture(scope="module")
def console_web(stack: Stack) -> Iterator[str]:
    """A web service with a counsellor token in front of the session's Rasa (HTTP API on): its URL."""
    front = Stack(
        rasa_bin=stack.rasa_bin,
        model=stack.model,
        rasa_port=stack.rasa_port,
        actions_port=stack.actions_port,
        rasa_token=stack.rasa_token,
    )
    start_web(front, HULPWIJZER_COUNSELLOR_TOKENS=json.dumps({"sanne": COUNSELLOR}))
    try:
        yield front.web_url
    finally:
        front.stop()


def log_in(page: Page, url: str, token: str = COUNSELLOR) -> None:
    """Open the console and log in with `token`."""
    page.goto(f"{url}/console")
    page.get_by_label("Sleutel (token)").fill(token)
    page.get_by_role("button", name="Inloggen").click()


def say(page: Page, text: str) -> None:
    """Send one message from the console and wait for its explanation."""
    turns = page.locator(".cs-turn")
    before = turns.count()
    page.get_by_label("Bericht aan de bot").fill(text)
    page.get_by_role("button", name="Stuur").click()
    expect(turns.nth(before).locator(".cs-intent")).to_be_visible()


def test_refuse_login_with_wrong_token(page: Page, console_web: str) -> None:
    """A wrong token keeps the console closed and says so; nothing is kept in the tab."""
    log_in(page, console_web, "wrong-token-0123456789abc")
    expect(page.get_by_role("alert")).to_have_text("Deze sleutel klopt niet.")
    expect(page.get_by_label("Bericht aan de bot")).to_be_hidden()
    assert page.evaluate("window.sessionStorage.length") == 0


def test_show_intent_confidence_actions_and_channels_per_turn(page: Page, console_web: str) -> None:
    """Each message shows what the bot understood, how sure it was, its rivals, actions and channels."""
    log_in(page, console_web)
    expect(page.get_by_text("Ingelogd als sanne")).to_be_visible()
    say(page, "hoi")
    say(page, "ik wil aangifte doen")
    first, second = page.locator(".cs-turn").nth(0), page.locator(".cs-turn").nth(1)
    expect(first.locator(".cs-intent")).to_have_text(re.compile(rf"^greet · {PERCENT}$"))
    expect(first.locator(".cs-actions")).to_have_text("utter_greet")
    expect(first.locator(".cs-alternatives")).to_have_text(re.compile(rf"^\w+ · {PERCENT}, \w+ · {PERCENT}$"))
    expect(second.locator(".cs-intent")).to_have_text(re.compile(rf"^report_to_police · {PERCENT}$"))
    expect(second.locator(".cs-actions")).to_contain_text(
        "utter_topic_report_to_police → action_send_channels"
    )
    expect(second.locator(".cs-channels")).to_contain_text("politie")
    expect(second.locator(".cs-bot").first).to_contain_text("politie")


def test_save_story_that_rasa_accepts(page: Page, console_web: str, stack: Stack, tmp_path: Path) -> None:
    """'Bewaar als test' downloads the two turns as a story that `rasa data validate` and `rasa test` pass."""
    log_in(page, console_web)
    say(page, "hoi")
    say(page, "ik wil aangifte doen")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Bewaar als test").click()
    download = download_info.value
    assert re.fullmatch(r"test_console_\d{8}_\d{6}\.yml", download.suggested_filename)
    story_file = tmp_path / "test_console.yml"
    download.save_as(story_file)

    story = yaml.safe_load(story_file.read_text(encoding="utf-8"))
    steps = story["stories"][0]["steps"]
    assert steps[:2] == [{"user": "hoi\n", "intent": "greet"}, {"action": "utter_greet"}]
    assert steps[2] == {"user": "ik wil aangifte doen\n", "intent": "report_to_police"}
    assert {"action": "action_send_channels"} in steps[3:]
    assert not any(s.get("action") in ("action_listen", "action_session_start") for s in steps)

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copy(story_file, data / "console_story.yml")
    validate = subprocess.run(
        # As `make validate` runs it: without --fail-on-warnings an unknown intent still passes.
        [
            str(RASA),
            "data",
            "validate",
            "--config",
            "config.yml",
            "--domain",
            "domain",
            "--data",
            str(data),
            "--fail-on-warnings",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert validate.returncode == 0, validate.stdout[-3000:] + validate.stderr[-3000:]

    test = subprocess.run(
        [
            str(RASA),
            "test",
            "core",
            "--model",
            str(stack.model),
            "--stories",
            str(story_file),
            "--e2e",
            "--fail-on-prediction-errors",
            "--out",
            str(tmp_path / "results"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert test.returncode == 0, test.stdout[-3000:] + test.stderr[-3000:]
