"""`make channels-check`: validate the channel data and print a report a maintainer can read.

Errors (with channel and field) exit 1. Channels due for a new check (not checked for 180 days,
or 90 for a crisis number: bot/registry/freshness.py), and channels with unknown hours, are
warnings: they do not fail the check, unless `--strict` is given, which fails on due channels.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bot.exceptions import RegistryError
from bot.registry.freshness import freshness, today_in_nl
from bot.registry.loader import load_registry, load_routing
from bot.settings import get_settings


def main(argv: list[str] | None = None, today: date | None = None) -> int:
    """Print the report; 0 when the data is valid, 1 on errors (or, with --strict, on due channels)."""
    parser = argparse.ArgumentParser(prog="bot.registry.check", description=__doc__)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a channel is due for a new check")
    args = parser.parse_args(argv if argv is not None else [])
    settings = get_settings()
    today = today or today_in_nl()
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
    stale = [row for row in freshness(registry, today) if row.stale]
    for row in stale:
        kind = "crisis number, " if row.crisis else ""
        print(
            f"  WARNING stale: channel '{row.channel_id}' was last checked {row.verified_on} "
            f"({row.age_days} days ago; {kind}limit {row.limit_days}); check it again against {row.source}"
        )
    for channel in registry.channels.values():
        if channel.hours == "unknown":
            print(
                f"  WARNING hours unknown: channel '{channel.id}'; the bot points to its website "
                "and adds a 24/7 channel"
            )
    if args.strict and stale:
        print(f"FAILED (--strict): {len(stale)} channel(s) due for a new check")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
