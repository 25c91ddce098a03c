"""Per day and week in Amsterdam, with the "<5" rule in every output: JSON, page and terminal."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from bot.insight import events as ev
from bot.insight.aggregate import build_report, report_json, shown
from bot.insight.render import render_fragment, render_text
from bot.insight.store import CountRow

# Wednesday 25 November 2026, 12:00 in Amsterdam (UTC+1).
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)


def row(hours_ago: float, kind: str, n: int, label: str = "") -> CountRow:
    return CountRow(NOW - timedelta(hours=hours_ago), kind, label, n)


def test_counts_under_five_show_as_under_five() -> None:
    """1 to 4 show as '<5' and are drawn at one fixed height; 0 and 5 or more as they are."""
    assert [shown(n).text for n in (0, 1, 2, 3, 4, 5, 17)] == ["0", "<5", "<5", "<5", "<5", "5", "17"]
    assert {shown(n).bar for n in (1, 2, 3, 4)} == {4.0}
    assert shown(5).bar == 5.0 and not shown(5).small


def test_report_never_shows_a_small_count() -> None:
    """Three conversations today appear as '<5' in the JSON, the page and the terminal, never as 3."""
    rows = [row(0, ev.CONVERSATION, 3), row(0, ev.TOPIC, 3, "report_to_police"), row(24, ev.CONVERSATION, 7)]
    report = build_report(rows, now=NOW, days=7, weeks=4)
    data = report_json(report)
    conversations = data["days"]["series"][0]  # type: ignore[index]
    assert conversations["title"] == "Gesprekken"
    assert conversations["values"][-2:] == ["7", "<5"]
    assert conversations["total"] == "ca. 10"  # exact, 10 - 7 would give the hidden 3 back
    assert data["breakdowns"][0]["rows"] == [{"label": "report_to_police", "count": "<5"}]  # type: ignore[index]
    page = render_fragment(report)
    text = render_text(report)
    for output in (json.dumps(data), page, text):
        assert "<5" in output or "&lt;5" in output
    # The small count is nowhere as a value: no table cell, bar label or JSON value of 3.
    assert not re.search(r"<td>3</td>|>3</text>", page)
    assert '"3"' not in json.dumps(data)


def test_days_follow_amsterdam_midnight() -> None:
    """23:30 UTC on 24 November is 00:30 on the 25th in Amsterdam: it counts for the 25th."""
    late = CountRow(datetime(2026, 11, 24, 23, 0, tzinfo=timezone.utc), ev.CONVERSATION, "", 6)
    early = CountRow(datetime(2026, 11, 24, 22, 0, tzinfo=timezone.utc), ev.CONVERSATION, "", 5)
    report = build_report([late, early], now=NOW, days=2, weeks=1)
    assert report.days.labels == ("di 24-11", "wo 25-11")
    assert [v.text for v in report.days.series[0].values] == ["5", "6"]
    assert report.weeks.series[0].total.text == "11"


def test_weeks_are_iso_weeks_from_monday() -> None:
    """Counts of last Sunday fall in last week, of this Monday in this week."""
    sunday = CountRow(datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc), ev.FALLBACK, "", 8)
    monday = CountRow(datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc), ev.FALLBACK, "", 9)
    report = build_report([sunday, monday], now=NOW, days=7, weeks=2)
    assert report.weeks.labels == ("wk 47", "wk 48")
    fallbacks = next(s for s in report.weeks.series if s.kind == ev.FALLBACK)
    assert [v.text for v in fallbacks.values] == ["8", "9"]


def test_flow_breaks_rank_answers_by_fallback_and_leaving() -> None:
    """The answer most often followed by a fallback or by silence comes first; small counts get no share."""
    rows = [
        row(1, ev.ANSWERED, 20, "utter_topic_report_to_police"),
        row(1, ev.FALLBACK_AFTER, 10, "utter_topic_report_to_police"),
        row(1, ev.LEFT_AFTER, 2, "utter_topic_report_to_police"),
        row(1, ev.ANSWERED, 40, "utter_greet"),
        row(1, ev.LEFT_AFTER, 6, "utter_greet"),
        row(1, ev.ANSWERED, 50, "utter_thanks"),
        row(1, ev.LEFT_AFTER, 4, "utter_thanks"),  # under 5: not shown at all
    ]
    report = build_report(rows, now=NOW)
    names = [f.name for f in report.flow_breaks]
    assert names == ["report_to_police", "greet"]
    police = report.flow_breaks[0]
    assert (police.fallback_share, police.left_after.text, police.left_share) == ("50%", "<5", "–")
    page = render_fragment(report)
    assert "Waar gesprekken vastlopen" in page and "50%" in page
    # A plot for each day and week series and for the flow breaks (no topic, crisis or channel counts yet).
    assert page.count("<svg") == len(report.days.series) + len(report.weeks.series) + 1
    assert page.count("Nog niets geteld.") == 3


def test_page_escapes_labels() -> None:
    """A label is escaped in the SVG and the table (labels are known ids, but the page never trusts them)."""
    report = build_report([row(0, ev.CHANNEL, 9, "<b>x</b>")], now=NOW)
    page = render_fragment(report)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_days_before_the_first_week_shown_still_count() -> None:
    """31 days with 4 weeks: a conversation 30 days ago shows on its day, though its week is not shown."""
    rows = [row(30 * 24, ev.CONVERSATION, 6), row(0, ev.CONVERSATION, 7)]
    report = build_report(rows, now=NOW, days=31, weeks=4)
    conversations = report.days.series[0]
    assert conversations.values[0].text == "6"  # 30 days ago is the first of 31 days
    assert conversations.values[-1].text == "7"
    assert [v.text for v in report.weeks.series[0].values][-1] == "7"
    assert sum(int(v.text) for v in report.weeks.series[0].values if v.text.isdigit()) == 7
