"""A static HTML page for the reports: inline CSS, no scripts, no outside resources."""

from __future__ import annotations

from html import escape

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
       max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
.summary { font-size: 1.1rem; padding: .75rem 1rem; border-radius: 6px; }
.ok { background: #e8f5e9; border-left: 6px solid #2e7d32; }
.bad { background: #fdecea; border-left: 6px solid #c62828; }
.card { border: 1px solid #ddd; border-left: 6px solid #c62828; border-radius: 6px;
        padding: .75rem 1rem; margin: 1rem 0; }
.muted { color: #555; font-size: .9rem; }
.said { background: #f4f4f6; border-radius: 4px; padding: .1rem .35rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { background: #f4f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.wrong td { background: #fff4f4; }
code { font-size: .9em; background: #f4f4f6; padding: 0 .25rem; border-radius: 3px; }
img { max-width: 100%; border: 1px solid #ddd; }
ul.passed { columns: 2; padding-left: 1.2rem; }
"""


def esc(value: object) -> str:
    """Text made safe to put into HTML, quotes included."""
    return escape(str(value), quote=True)


def render_page(title: str, body: str) -> str:
    """A complete HTML document around `body`, which must already be escaped."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
