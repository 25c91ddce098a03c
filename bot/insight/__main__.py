"""`make insight`: the anonymous counts in the terminal, and the page with its plots in reports/insight.html.

Reads the counters from the channel history's database (HULPWIJZER_HISTORY_URL), as /insight does.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot.insight.aggregate import build_report
from bot.insight.render import render_page, render_text
from bot.insight.store import open_counts
from bot.registry.catalog import Catalog
from bot.settings import ROOT, get_settings

CSS = ROOT / "bot" / "web" / "static" / "insight.css"


def main(argv: list[str] | None = None) -> int:
    """Print the counts and write the page; 0 on success."""
    parser = argparse.ArgumentParser(prog="python -m bot.insight", description=__doc__)
    parser.add_argument("--days", type=int, default=14, help="days in the per-day tables (1-92)")
    parser.add_argument("--weeks", type=int, default=8, help="weeks in the per-week tables (1-52)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "insight.html")
    args = parser.parse_args(argv)
    if not (1 <= args.days <= 92 and 1 <= args.weeks <= 52):
        parser.error("--days must be 1-92 and --weeks 1-52")
    settings = get_settings()
    channels = Catalog(settings.channels_path, settings.topics_path).snapshot().registry.channels
    now = datetime.now(timezone.utc)
    counts = open_counts(settings.history_url)
    rows = counts.rows(now - timedelta(days=max(args.days, 7 * args.weeks) + 8))
    counts.close()
    report = build_report(
        rows,
        now=now,
        days=args.days,
        weeks=args.weeks,
        channel_name=lambda cid: channels[cid].name if cid in channels else cid,
    )
    print(render_text(report))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_page(report, CSS.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"\nDe pagina met grafieken: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
