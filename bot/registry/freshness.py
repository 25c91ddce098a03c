"""How old each channel's checked facts are: `verified_on` against today, oldest first.

A channel not checked for 180 days is due. A channel with a crisis number (112, 113, CSG) is
due after 90: a wrong number there costs most. `make channels-check` warns about due channels
(and fails with `--strict`); the admin start page lists every channel this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.registry.loader import Registry
from bot.registry.schedule import TIMEZONE

STALE_AFTER_DAYS = 180
CRISIS_STALE_AFTER_DAYS = 90
# The channels whose numbers the crisis answers give (domain/crisis.yml): 112, 113 and CSG.
CRISIS_NUMBER_CHANNELS = frozenset({"alarmnummer", "zelfmoordpreventie", "csg"})


@dataclass(frozen=True)
class Freshness:
    """One channel's check date, its age in days, and whether it is due for a new check."""

    channel_id: str
    name: str
    verified_on: date
    age_days: int
    limit_days: int
    crisis: bool
    source: str

    @property
    def stale(self) -> bool:
        """Not checked within its limit (90 days for a crisis number, else 180)."""
        return self.age_days > self.limit_days


def today_in_nl() -> date:
    """Today's date in the Netherlands, where the maintainers check the facts."""
    return datetime.now(TIMEZONE).date()


def freshness(registry: Registry, today: date) -> list[Freshness]:
    """Every channel with the age of its facts, oldest first (file order among equals)."""
    rows = []
    for channel in registry.channels.values():
        crisis = channel.id in CRISIS_NUMBER_CHANNELS
        rows.append(
            Freshness(
                channel_id=channel.id,
                name=channel.name,
                verified_on=channel.verified_on,
                age_days=(today - channel.verified_on).days,
                limit_days=CRISIS_STALE_AFTER_DAYS if crisis else STALE_AFTER_DAYS,
                crisis=crisis,
                source=channel.source,
            )
        )
    return sorted(rows, key=lambda row: row.verified_on)
