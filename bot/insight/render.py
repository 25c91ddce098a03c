"""The insight page's content: an inline SVG plot with a table beside it for every figure, in Dutch.

Server-rendered, so the page loads no script or style from anywhere else (the strict CSP of
bot/api/security.py holds) and `make insight` writes the same content to a file. Colours are SVG
attributes, not style attributes, which that CSP would block. Every number comes from an
`InsightReport`, which holds only shown values ("<5" for 1 to 4).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.insight.aggregate import UNDER, Breakdown, FlowBreak, InsightReport, Periods, Series, Shown

BAR = "#1f5f8b"
SMALL_BAR = "#9fbdd2"  # a "<5" bar: one fixed height, lighter, labelled "<5"
FALLBACK_BAR = "#b3541e"
LEFT_BAR = "#6b6b6b"
INK = "#1a1a1a"
GRID = "#d0d0d0"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _column_chart(title: str, labels: Sequence[str], values: Sequence[Shown], ident: str) -> str:
    width, height, left, bottom, top = 560, 200, 36, 40, 16
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max([v.bar for v in values] + [5.0])
    step = plot_w / max(len(values), 1)
    bar_w = max(step * 0.7, 2)
    parts = [
        f'<svg class="in-plot" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-t">',
        f'<title id="{ident}-t">{_e(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" stroke="{GRID}"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" font-size="10" fill="{INK}">'
        f"{_e(_tick(peak))}</text>",
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="10" fill="{INK}">0</text>',
    ]
    every = max(1, len(labels) // 7)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + i * step + (step - bar_w) / 2
        h = plot_h * value.bar / peak
        y = top + plot_h - h
        if value.bar > 0:
            fill = SMALL_BAR if value.small else BAR
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{fill}">'
                f"<title>{_e(label)}: {_e(value.text)}</title></rect>"
            )
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" font-size="10" '
                f'fill="{INK}">{_e(value.text)}</text>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle" font-size="10" '
                f'fill="{INK}">{_e(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _tick(peak: float) -> str:
    return str(int(peak))


def _bar_rows_chart(
    title: str, rows: Sequence[tuple[str, float, str, str]], ident: str, unit: str = ""
) -> str:
    """Horizontal bars: (label, length, fill, text at the end of the bar)."""
    row_h, label_w, width = 22, 220, 560
    height = max(len(rows), 1) * row_h + 8
    peak = max([length for _, length, _, _ in rows] + [5.0])
    plot_w = width - label_w - 60
    parts = [
        f'<svg class="in-plot" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-t">',
        f'<title id="{ident}-t">{_e(title)}</title>',
    ]
    for i, (label, length, fill, text) in enumerate(rows):
        y = 4 + i * row_h
        w = plot_w * length / peak
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" font-size="11" fill="{INK}">'
            f"{_e(label)}</text>"
        )
        if length > 0:
            parts.append(
                f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{fill}"/>'
            )
        parts.append(
            f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="11" fill="{INK}">'
            f"{_e(text)}{_e(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(caption: str, head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head_html = "".join(f'<th scope="col">{_e(h)}</th>' for h in head)
    body = "".join(
        "<tr>"
        + f'<th scope="row">{_e(row[0])}</th>'
        + "".join(f"<td>{_e(c)}</td>" for c in row[1:])
        + "</tr>"
        for row in rows
    )
    return (
        f'<table class="in-table"><caption>{_e(caption)}</caption>'
        f"<thead><tr>{head_html}</tr></thead><tbody>{body}</tbody></table>"
    )


def _pair(plot: str, table: str) -> str:
    return f'<div class="in-pair"><figure class="in-figure">{plot}</figure>{table}</div>'


def _series_section(periods: Periods, series: Series, ident: str) -> str:
    per = "dag" if periods.unit == "dag" else "week"
    title = f"{series.title} per {per}"
    plot = _column_chart(title, periods.labels, series.values, ident)
    rows = [[label, value.text] for label, value in zip(periods.labels, series.values, strict=True)]
    rows.append(["Totaal", series.total.text])
    table = _table(title, [periods.unit.capitalize(), "Aantal"], rows)
    return f'<section class="in-series"><h3>{_e(title)}</h3>{_pair(plot, table)}</section>'


def _breakdown_section(breakdown: Breakdown, ident: str) -> str:
    title = f"{breakdown.title}: per soort"
    if not breakdown.rows:
        return f'<section class="in-series"><h3>{_e(title)}</h3><p>Nog niets geteld.</p></section>'
    bars = [
        (label, value.bar, "#9fbdd2" if value.small else BAR, value.text) for label, value in breakdown.rows
    ]
    plot = _bar_rows_chart(title, bars, ident)
    table = _table(title, ["Soort", "Aantal"], [[label, value.text] for label, value in breakdown.rows])
    return f'<section class="in-series"><h3>{_e(title)}</h3>{_pair(plot, table)}</section>'


def _flow_section(flow_breaks: Sequence[FlowBreak]) -> str:
    title = "Waar gesprekken vastlopen"
    intro = (
        "<p>Na welk antwoord kwam vaak 'niet begrepen', of stopte het gesprek? "
        "Per antwoord: hoe vaak de bot het gaf, hoe vaak het volgende bericht niet begrepen werd, "
        "en hoe vaak het gesprek daarna stopte. Een aandeel staat er alleen als het aantal erachter "
        "5 of meer is.</p>"
    )
    if not flow_breaks:
        empty = "<p>Nog te weinig gesprekken om dit te laten zien.</p>"
        return f'<section class="in-flow"><h2>{_e(title)}</h2>{intro}{empty}</section>'
    bars: list[tuple[str, float, str, str]] = []
    for f in flow_breaks:
        bars.append((f"{f.name}: niet begrepen", f.fallback_bar, FALLBACK_BAR, f.fallback_share))
        bars.append((f"{f.name}: gestopt", f.left_bar, LEFT_BAR, f.left_share))
    plot = _bar_rows_chart(title, bars, "in-flow")
    rows = [
        [f.name, f.answered.text, f.fallback_next.text, f.fallback_share, f.left_after.text, f.left_share]
        for f in flow_breaks
    ]
    head = ["Antwoord op", "Gegeven", "Daarna niet begrepen", "Aandeel", "Daarna gestopt", "Aandeel"]
    table = _table(title, head, rows)
    return f'<section class="in-flow"><h2>{_e(title)}</h2>{intro}{_pair(plot, table)}</section>'


def render_fragment(report: InsightReport) -> str:
    """The page's content (no <html>): per day, per week, per kind, and where flows break."""
    note = (
        f'<p class="in-note">Periode: {_e(report.span)}. Alleen aantallen per uur worden bewaard: '
        "geen tekst, "
        f"geen gesprek-id, geen tijd preciezer dan een uur. Een aantal van 1 tot en met 4 staat er als "
        f"\u201c{UNDER}\u201d (lichte balk, altijd even hoog).</p>"
    )
    day_sections = "".join(
        _series_section(report.days, s, f"in-day-{i}") for i, s in enumerate(report.days.series)
    )
    week_sections = "".join(
        _series_section(report.weeks, s, f"in-week-{i}") for i, s in enumerate(report.weeks.series)
    )
    kinds = "".join(_breakdown_section(b, f"in-kind-{i}") for i, b in enumerate(report.breakdowns))
    return (
        f'<div class="in-report">{note}'
        f'<section class="in-block"><h2>Per dag</h2>{day_sections}</section>'
        f'<section class="in-block"><h2>Per week</h2>{week_sections}</section>'
        f'<section class="in-block"><h2>Per soort (hele periode)</h2>{kinds}</section>'
        f"{_flow_section(report.flow_breaks)}</div>"
    )


def render_page(report: InsightReport, css: str) -> str:
    """A whole page for a file (`make insight`), with the page's own stylesheet inline."""
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Hulpwijzer: inzicht</title><style>{css}</style></head><body>"
        f"<main><h1>Hulpwijzer: inzicht</h1>{render_fragment(report)}</main></body></html>"
    )


def render_text(report: InsightReport) -> str:
    """The same counts as plain text tables for the terminal."""
    lines = [f"Hulpwijzer: inzicht ({report.span}); 1 t/m 4 staat er als {UNDER}", ""]
    for periods in (report.days, report.weeks):
        width = max(len(s.title) for s in periods.series)
        lines.append(
            f"Per {periods.unit}:".ljust(width + 2)
            + " "
            + " ".join(f"{label:>8}" for label in periods.labels)
            + "   totaal"
        )
        for s in periods.series:
            values = " ".join(f"{v.text:>8}" for v in s.values)
            lines.append(f"  {s.title:<{width}} {values}   {s.total.text:>6}")
        lines.append("")
    for b in report.breakdowns:
        lines.append(f"{b.title}:" + ("" if b.rows else " nog niets geteld"))
        lines += [f"  {label:<40} {value.text:>6}" for label, value in b.rows]
        lines.append("")
    lines.append("Waar gesprekken vastlopen (antwoord; gegeven; daarna niet begrepen; daarna gestopt):")
    if not report.flow_breaks:
        lines.append("  nog te weinig gesprekken")
    for f in report.flow_breaks:
        lines.append(
            f"  {f.name:<40} {f.answered.text:>6} {f.fallback_next.text:>6} ({f.fallback_share:>4}) "
            f"{f.left_after.text:>6} ({f.left_share:>4})"
        )
    return "\n".join(lines)
