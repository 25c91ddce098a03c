"""`make channels-check`: validate the channel data and print a report a maintainer can read.

Errors (with channel and field) exit 1. Entries not re-checked for 180 days, and channels with
unknown hours, are warnings: they do not fail the check.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from bot.exceptions import RegistryError
from bot.registry.loader import load_registry, load_routing
from bot.settings import get_settings

STALE_AFTER = timedelta(days=180)


def main(today: date | None = None) -> int:
    """Print the report; 0 when the data is valid, 1 when it has errors."""
    settings = get_settings()
    today = today or date.today()
    try:
        registry = load_registry(settings.channels_path)
        routing = load_routing(settings.topics_path, registry)
    except RegistryError as exc:
        print(f"ERRORS in the channel data ({len(exc.problems)}); the bot keeps the last valid version")
        print(f"  file: {exc.source}")
        for problem in exc.problems:
            print(f"  - {problem}")
        return 1
    print(
        f"OK: {len(registry.channels)} channels in {settings.channels_path.name}, "
        f"{len(routing.topics)} topics in {settings.topics_path.name}"
    )
    stale = [c for c in registry.channels.values() if today - c.verified_on > STALE_AFTER]
    unknown = [c for c in registry.channels.values() if c.hours == "unknown"]
    for channel in stale:
        age = (today - channel.verified_on).days
        print(
            f"  WARNING stale: channel '{channel.id}' was last checked {channel.verified_on} "
            f"({age} days ago); check it again against {channel.source}"
        )
    for channel in unknown:
        print(
            f"  WARNING hours unknown: channel '{channel.id}'; the bot points to its website "
            "and adds a 24/7 channel"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
