"""/insight and /api/insight: anonymous counts for counsellors (#14), and the hook that counts chat turns.

The page asks for a counsellor (or maintainer) token, then loads the server-rendered report:
inline SVG plots with a table beside each, counts per day and week, "<5" for 1 to 4.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from bot.api.auth import CounsellorDep
from bot.api.routes.pages import STATIC_DIR
from bot.insight.aggregate import InsightReport, build_report, report_json
from bot.insight.events import load_vocabulary
from bot.insight.recorder import InsightRecorder, session_expiry_seconds
from bot.insight.render import render_fragment
from bot.insight.settings import InsightSettings
from bot.insight.store import open_counts
from bot.registry.catalog import Catalog

router = APIRouter(prefix="", tags=["insight"])

_RECORDER_LOCK = threading.Lock()
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No or a wrong token"},
    404: {"description": "No counsellor or maintainer tokens: insight off"},
}
Days = Annotated[int, Query(ge=1, le=92, description="Days per day-table, today included")]
Weeks = Annotated[int, Query(ge=1, le=52, description="Weeks per week-table, this week included")]


def get_insight_recorder(request: Request) -> InsightRecorder:
    """This web process's recorder, opened on first use over the channel history's database."""
    with _RECORDER_LOCK:
        recorder: InsightRecorder | None = getattr(request.app.state, "insight", None)
        if recorder is None:
            own = InsightSettings()
            catalog: Catalog = request.app.state.catalog
            recorder = InsightRecorder(
                open_counts(request.app.state.settings.history_url),
                load_vocabulary(catalog),
                idle_seconds=own.idle_seconds or session_expiry_seconds(),
                flush_seconds=own.flush_seconds,
            )
            request.app.state.insight = recorder
    return recorder


InsightDep = Annotated[InsightRecorder, Depends(get_insight_recorder)]


def turn_counter(recorder: InsightRecorder, session_id: str) -> Callable[[list[dict[str, Any]]], None]:
    """What chat.py hands to RasaClient.send: counts the bot's raw messages of this turn."""
    return lambda messages: recorder.observe(session_id, messages)


def _report(request: Request, recorder: InsightRecorder, days: int, weeks: int) -> InsightReport:
    recorder.flush()  # this process's latest turns too
    catalog: Catalog = request.app.state.catalog
    channels = catalog.snapshot().registry.channels

    def channel_name(channel_id: str) -> str:
        channel = channels.get(channel_id)
        return channel.name if channel is not None else channel_id

    now = datetime.now(timezone.utc)
    # A day more than the longest table: the tables count in Amsterdam's days, the store in UTC hours.
    since = now - timedelta(days=max(days, 7 * weeks) + 8)
    rows = recorder.store.rows(since)
    return build_report(rows, now=now, days=days, weeks=weeks, channel_name=channel_name)


@router.get("/insight", response_class=FileResponse, include_in_schema=False)
def read_insight_page() -> FileResponse:
    """The counsellors' insight page; it asks for a token before its API answers anything."""
    return FileResponse(STATIC_DIR / "insight.html", media_type="text/html")


@router.get("/api/insight", responses=_ERRORS)
def read_insight(
    request: Request, _: CounsellorDep, recorder: InsightDep, days: Days = 14, weeks: Weeks = 8
) -> dict[str, object]:
    """Counts per day and week, per kind, and where flows break; 1 to 4 shown as '<5'."""
    return report_json(_report(request, recorder, days, weeks))


@router.get("/api/insight/report", response_class=HTMLResponse, responses=_ERRORS)
def read_insight_report(
    request: Request, _: CounsellorDep, recorder: InsightDep, days: Days = 14, weeks: Weeks = 8
) -> HTMLResponse:
    """The same counts as HTML: an inline SVG plot with a table beside each figure."""
    return HTMLResponse(render_fragment(_report(request, recorder, days, weeks)))
