"""The reports' pages from Jinja2 templates (bot/reports/templates/): HTML autoescaped, Markdown not.

Static pages: inline CSS, no scripts, no outside resources. Text from Rasa or from a test (what a
young person wrote) is escaped by the template engine, never by hand.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"


def markdown_escape(value: object) -> str:
    """Text made safe inside a Markdown table or line: no markup, no line breaks."""
    return re.sub(r"([\\`*\[\]<>|])", r"\\\1", str(value).replace("\n", " "))


@cache
def _environment(markdown: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=not markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    return env


def render(template: str, **context: Any) -> str:
    """Render `template` (name.html: escaped HTML; name.md: Markdown) with `context`."""
    return _environment(template.endswith(".md")).get_template(template).render(**context)


def write_report(
    directory: Path, names: tuple[str, str], template: str, context: dict[str, Any]
) -> tuple[Path, Path]:
    """Write `template`.html and `template`.md with `context` into `directory` under `names`."""
    directory.mkdir(parents=True, exist_ok=True)
    html_path, md_path = directory / names[0], directory / names[1]
    html_path.write_text(render(f"{template}.html", **context), encoding="utf-8")
    md_path.write_text(render(f"{template}.md", **context), encoding="utf-8")
    return html_path, md_path
