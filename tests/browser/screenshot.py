"""Take docs/widget.png: a real conversation in the widget, against a freshly started stack.

Run: `PYTHONPATH=. .venv/bin/python -m tests.browser.screenshot [--out docs/widget.png]`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from bot.settings import ROOT
from bot.tools.devstack import Stack
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, current_model, free_port, start_web

WIDTH = 900


def take(url: str, out: Path) -> None:
    """Greet, ask about aangifte, and save the whole conversation as one picture."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": 900}, locale="nl-NL")
        page.goto(url)
        expect(page.locator(".hw-msg--bot").first).to_contain_text("Ik ben een chatbot")
        page.get_by_label("Typ je bericht").fill("ik wil aangifte doen")
        page.get_by_label("Typ je bericht").press("Enter")
        expect(page.locator(".hw-card").first).to_be_visible()
        expect(page.get_by_role("button", name="Ja")).to_be_visible()
        page.locator("body").click(position={"x": 1, "y": 1})  # no focus ring in the picture
        # A viewport as tall as the page: sticky parts stay where they belong in the picture.
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": WIDTH, "height": height})
        page.evaluate("window.scrollTo(0, 0)")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    """Start the stack on free ports, take the picture, stop the stack."""
    parser = argparse.ArgumentParser(prog="tests.browser.screenshot")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "widget.png")
    args = parser.parse_args(argv)
    stack = Stack(
        rasa_bin=ROOT / ".venv-rasa" / "bin" / "rasa",
        model=current_model(),
        rasa_port=free_port(),
        actions_port=free_port(),
    )
    try:
        stack.start(timeout=240)
        start_web(stack)
        take(stack.web_url, args.out)
    finally:
        stack.stop()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
