"""Weekly opening hours in Europe/Amsterdam, and whether a channel is open at a given moment."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    SerializerFunctionWrapHandler,
    Tag,
    model_serializer,
)

TIMEZONE = ZoneInfo("Europe/Amsterdam")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES_NL = {
    "mon": "maandag",
    "tue": "dinsdag",
    "wed": "woensdag",
    "thu": "donderdag",
    "fri": "vrijdag",
    "sat": "zaterdag",
    "sun": "zondag",
}
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def _parse_range(value: str) -> tuple[time, time | None]:
    match = _RANGE.match(value.strip())
    if not match:
        raise ValueError(f"'{value}' is not a time range like '09:00-17:00'")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h2 == 24 and m2 != 0:
        raise ValueError(f"'{value}': 24:00 is the latest closing time")
    start = time(h1, m1)
    end = None if h2 == 24 else time(h2, m2)  # None: until midnight
    if end is not None and end <= start:
        raise ValueError(f"'{value}' closes before it opens; split a range past midnight over two days")
    return start, end


def _check_ranges(values: list[str]) -> list[str]:
    parsed = sorted(_parse_range(v) for v in values)
    for (_, end), (next_start, _) in zip(parsed, parsed[1:], strict=False):
        if end is None or end > next_start:
            raise ValueError(f"time ranges {values} overlap")
    return [v.strip() for v in values]


DayRanges = Annotated[list[str], AfterValidator(_check_ranges)]


class WeeklySchedule(BaseModel):
    """Opening hours per weekday; a day left out or empty is closed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mon: DayRanges = []
    tue: DayRanges = []
    wed: DayRanges = []
    thu: DayRanges = []
    fri: DayRanges = []
    sat: DayRanges = []
    sun: DayRanges = []

    @model_serializer(mode="wrap")
    def _written_days(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Only the days the maintainer wrote, wherever the schedule is dumped (the file, the admin
        # form), so an explicit closed day (`sat: []`) stays and nothing else is added.
        data: dict[str, Any] = handler(self)
        return {day: value for day, value in data.items() if day in self.model_fields_set}

    def is_open(self, at: datetime) -> bool:
        """Whether `at` (any timezone; naive means Amsterdam) falls in an opening range."""
        local = at.replace(tzinfo=TIMEZONE) if at.tzinfo is None else at.astimezone(TIMEZONE)
        now = local.time()
        for value in getattr(self, DAYS[local.weekday()]):
            start, end = _parse_range(value)
            if start <= now and (end is None or now < end):
                return True
        return False

    def describe_nl(self) -> str:
        """Short Dutch text of the schedule, e.g. 'maandag 09:00-17:00; dinsdag 09:00-17:00'."""
        parts = [f"{DAY_NAMES_NL[day]} {', '.join(getattr(self, day))}" for day in DAYS if getattr(self, day)]
        return "; ".join(parts) if parts else "gesloten"


def _hours_kind(value: object) -> str:
    return "weekly" if isinstance(value, dict | WeeklySchedule) else "keyword"


# The discriminator picks one branch, so an error names only what is wrong in that branch.
Hours = Annotated[
    Annotated[Literal["24/7", "unknown"], Tag("keyword")] | Annotated[WeeklySchedule, Tag("weekly")],
    Discriminator(_hours_kind),
]
HOURS_TAGS = ("keyword", "weekly")


def is_open(hours: Hours, at: datetime) -> bool | None:
    """True or False from the schedule; None when the hours are unknown."""
    if hours == "24/7":
        return True
    if hours == "unknown":
        return None
    assert isinstance(hours, WeeklySchedule)
    return hours.is_open(at)
