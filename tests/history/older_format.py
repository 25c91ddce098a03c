"""A channel history whose version 1 was saved before the registry's rules became stricter.

Until the rules changed, a phone had no `call_cost`, `hours` were the hours of every contact
method (no `chat_hours` or `report_form_hours`), and a source could be a site's home page. Such
a version was valid when it was saved and is kept unchanged, but today's loader refuses it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import yaml

from bot.history.history import Change, History, HistoryEntry
from tests.helpers import CHANNELS

# The channel whose source was a home page, as many were before the rules changed.
HOME_PAGE = "https://centrumseksueelgeweld.nl"
SAVED_AT = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def _older(channel: dict[str, Any]) -> dict[str, Any]:
    older = dict(channel)
    older["phones"] = [
        {k: v for k, v in phone.items() if k != "call_cost"} for phone in channel.get("phones", [])
    ]
    if not older["phones"]:
        del older["phones"]
    # One `hours` for every contact method.
    method_hours = older.pop("chat_hours", None) or older.pop("report_form_hours", None)
    older.pop("report_form_hours", None)
    if "hours" not in older and method_hours is not None:
        older["hours"] = method_hours
    if older["id"] == "csg":
        older["source"] = HOME_PAGE
    return older


def older_format_text() -> str:
    """The shipped channels.yml as the older rules wrote it (valid then, refused now)."""
    data = yaml.safe_load(CHANNELS.read_text(encoding="utf-8"))
    data["channels"] = [_older(channel) for channel in data["channels"]]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def seed_older_version(history: History) -> str:
    """Record the older text as version 1 by 'file', as the service did then; returns the text."""
    text = older_format_text()
    added = tuple(
        Change(channel["id"], "", None, json.dumps(channel, ensure_ascii=False, default=str))
        for channel in yaml.safe_load(text)["channels"]
    )
    entry = HistoryEntry(
        number=1, saved_at=SAVED_AT, author="file", reason="file", rollback_of=None, changes=added
    )
    with history.record(entry, text):
        pass
    return text
