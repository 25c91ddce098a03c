"""The counters summed per day and per week (Europe/Amsterdam), with every count from 1 to 4 shown as "<5".

Only this module sees exact counts; what it returns (`InsightReport`) holds shown values alone, so
neither the page, the JSON nor `make insight` can print a small count by mistake.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.insight import events as ev
from bot.insight.store import CountRow

SMALL = 5
UNDER = "<5"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# The series per period, in the order the page shows them, with their Dutch names.
SERIES: tuple[tuple[str, str], ...] = (
    (ev.CONVERSATION, "Gesprekken"),
    (ev.TOPIC, "Onderwerpen doorverwezen"),
    (ev.CRISIS, "Crisisantwoorden"),
    (ev.SAFETY_CHECK, "Veiligheidsvragen gesteld"),
    (ev.FALLBACK, "Antwoorden 'niet begrepen'"),
    (ev.ENDED_AFTER_FALLBACK, "Gesprek gestopt direct na 'niet begrepen'"),
)
# The kinds with a label worth a breakdown, with their Dutch names.
BREAKDOWNS: tuple[tuple[str, str], ...] = (
    (ev.TOPIC, "Onderwerpen doorverwezen"),
    (ev.CRISIS, "Crisisantwoorden"),
    (ev.CHANNEL, "Kanalen getoond"),
)
_DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class Shown:
    """A count as it may be shown: '0', '<5' or the number from 5 on; `bar` is what a plot draws."""

    text: str
    bar: float  # 0, a fixed height for '<5' (never the real count), or the count
    small: bool = False


def shown(n: int) -> Shown:
    """The "<5" rule: 1 to 4 are shown as '<5' and drawn at one fixed height."""
    if n <= 0:
        return Shown("0", 0.0)
    if n < SMALL:
        return Shown(UNDER, SMALL - 1, small=True)
    return Shown(str(n), float(n))


def _total(values: list[int]) -> Shown:
    """A total; rounded to 5 ('ca. 145') when a part of it shows as '<5', so it cannot be subtracted back."""
    total = sum(values)
    if total >= SMALL and any(0 < n < SMALL for n in values):
        rounded = SMALL * round(total / SMALL)
        return Shown(f"ca. {rounded}", float(rounded))
    return shown(total)


@dataclass(frozen=True)
class Series:
    """One series over the periods."""

    kind: str
    title: str
    values: tuple[Shown, ...]
    total: Shown


@dataclass(frozen=True)
class Breakdown:
    """Counts per label (topic, crisis answer, channel) over the whole span, largest first."""

    kind: str
    title: str
    rows: tuple[tuple[str, Shown], ...]


@dataclass(frozen=True)
class FlowBreak:
    """An answer, how often it was given, and how often the next turn was a fallback or nothing."""

    key: str
    name: str
    answered: Shown
    fallback_next: Shown
    left_after: Shown
    fallback_share: str  # a percentage, or '–' when the count behind it is under 5
    left_share: str
    fallback_bar: float  # the share drawn, 0 when it may not be shown
    left_bar: float


@dataclass(frozen=True)
class Periods:
    """One table of series: per day or per week."""

    unit: str  # 'dag' or 'week'
    labels: tuple[str, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True)
class InsightReport:
    """Everything the page shows; only shown values, no exact small counts."""

    made_at: datetime
    days: Periods
    weeks: Periods
    breakdowns: tuple[Breakdown, ...]
    flow_breaks: tuple[FlowBreak, ...]
    span: str = field(default="")


def answer_name(key: str) -> str:
    """The intent an answer belongs to, readable: 'utter_topic_report_to_police' -> 'report_to_police'."""
    if key.startswith("topic:"):
        return key.removeprefix("topic:")
    if key.startswith("utter_topic_"):
        return key.removeprefix("utter_topic_")
    if key.startswith("utter_follow_up_"):
        follow_up, _, situation = key.removeprefix("utter_follow_up_").partition("__")
        return f"{follow_up} (bij {situation})" if situation else follow_up
    if key.startswith(ev.CRISIS_PREFIX):
        return "crisis: " + key.removeprefix(ev.CRISIS_PREFIX)
    if key in ev.FALLBACK_RESPONSES:
        return "niet begrepen"
    return key.removeprefix("utter_")


def _day(row: CountRow) -> date:
    return row.hour.astimezone(AMSTERDAM).date()


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _share(part: int, whole: int) -> tuple[str, float]:
    if part < SMALL or whole <= 0:
        return "–", 0.0
    share = 100.0 * part / whole
    return f"{share:.0f}%", share


def build_report(
    rows: Iterable[CountRow],
    now: datetime | None = None,
    days: int = 14,
    weeks: int = 8,
    channel_name: Callable[[str], str] = lambda channel_id: channel_id,
    flow_limit: int = 10,
) -> InsightReport:
    """Sum the counters of the last `days` days and `weeks` weeks, applying the "<5" rule."""
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(AMSTERDAM).date()
    day_list = [today - timedelta(days=i) for i in range(days - 1, -1, -1)]
    week_list = [_week_start(today) - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    # The period covers both views: 31 days reach further back than 4 weeks, and 8 weeks further
    # than 14 days. Each view counts only its own days and weeks; the breakdowns cover the whole.
    first = min(week_list[0], day_list[0])

    per_day: dict[tuple[str, date], int] = defaultdict(int)
    per_week: dict[tuple[str, date], int] = defaultdict(int)
    per_label: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        day = _day(row)
        if day < first or day > today:
            continue
        if _week_start(day) >= week_list[0]:
            per_week[row.kind, _week_start(day)] += row.n
        per_day[row.kind, day] += row.n
        per_label[row.kind, row.label] += row.n

    def periods(
        unit: str, starts: list[date], counts: dict[tuple[str, date], int], label: Callable[[date], str]
    ) -> Periods:
        series = tuple(
            Series(
                kind,
                title,
                tuple(shown(counts[kind, start]) for start in starts),
                _total([counts[kind, start] for start in starts]),
            )
            for kind, title in SERIES
        )
        return Periods(unit, tuple(label(start) for start in starts), series)

    def day_label(day: date) -> str:
        return f"{_DUTCH_DAYS[day.weekday()]} {day.day}-{day.month}"

    def week_label(start: date) -> str:
        return f"wk {start.isocalendar()[1]}"

    breakdowns = []
    for kind, title in BREAKDOWNS:
        labelled = sorted(
            ((label, n) for (k, label), n in per_label.items() if k == kind and n > 0),
            key=lambda item: (-item[1], item[0]),
        )
        name = channel_name if kind == ev.CHANNEL else answer_name
        breakdowns.append(Breakdown(kind, title, tuple((name(label), shown(n)) for label, n in labelled)))

    flow_breaks = []
    for (kind, key), answered in per_label.items():
        if kind != ev.ANSWERED or answered < SMALL:
            continue
        fallback_next = per_label.get((ev.FALLBACK_AFTER, key), 0)
        left = per_label.get((ev.LEFT_AFTER, key), 0)
        fallback_share, fallback_bar = _share(fallback_next, answered)
        left_share, left_bar = _share(left, answered)
        if fallback_bar == 0 and left_bar == 0:
            continue
        flow_breaks.append(
            FlowBreak(
                key,
                answer_name(key),
                shown(answered),
                shown(fallback_next),
                shown(left),
                fallback_share,
                left_share,
                fallback_bar,
                left_bar,
            )
        )
    flow_breaks.sort(key=lambda f: (-(f.fallback_bar + f.left_bar), f.key))

    return InsightReport(
        made_at=now,
        days=periods("dag", day_list, per_day, day_label),
        weeks=periods("week", week_list, per_week, week_label),
        breakdowns=tuple(breakdowns),
        flow_breaks=tuple(flow_breaks[:flow_limit]),
        span=f"{first:%d-%m-%Y} t/m {today:%d-%m-%Y}",
    )


def report_json(report: InsightReport) -> dict[str, object]:
    """The report as JSON for /api/insight: shown values only."""

    def periods(p: Periods) -> dict[str, object]:
        return {
            "unit": p.unit,
            "labels": list(p.labels),
            "series": [
                {
                    "kind": s.kind,
                    "title": s.title,
                    "values": [v.text for v in s.values],
                    "total": s.total.text,
                }
                for s in p.series
            ],
        }

    return {
        "made_at": report.made_at.replace(minute=0, second=0, microsecond=0).isoformat(),
        "span": report.span,
        "days": periods(report.days),
        "weeks": periods(report.weeks),
        "breakdowns": [
            {
                "kind": b.kind,
                "title": b.title,
                "rows": [{"label": label, "count": v.text} for label, v in b.rows],
            }
            for b in report.breakdowns
        ],
        "flow_breaks": [
            {
                "answer": f.key,
                "name": f.name,
                "answered": f.answered.text,
                "fallback_next": f.fallback_next.text,
                "left_after": f.left_after.text,
                "fallback_share": f.fallback_share,
                "left_share": f.left_share,
            }
            for f in report.flow_breaks
        ],
    }
