"""Two real web processes (uvicorn) in front of the real Rasa count into one SQLite file; no text, no id."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from bot.insight import events as ev
from bot.insight.store import SqliteCounts
from bot.tools.devstack import Stack
from tests.helpers import start_web

pytestmark = pytest.mark.e2e

TOKEN = "insight-e2e-token-0123456789abc"
SESSIONS_PER_WEB = 6


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The channel history's SQLite file both web processes use."""
    return tmp_path_factory.mktemp("insight") / "var" / "channel-history.sqlite"


@pytest.fixture(scope="module")
def webs(stack: Stack, shared_db: Path) -> Iterator[list[Stack]]:
    """Two web services on their own ports in front of the session's Rasa, one database, short idle time."""
    fronts = []
    env = {
        "HULPWIJZER_HISTORY_URL": f"sqlite:///{shared_db}",
        "HULPWIJZER_COUNSELLOR_TOKENS": json.dumps({"sanne": TOKEN}),
        "HULPWIJZER_INSIGHT_IDLE_SECONDS": "3",
        "HULPWIJZER_INSIGHT_FLUSH_SECONDS": "0.5",
    }
    try:
        for _ in range(2):
            front = Stack(
                rasa_bin=stack.rasa_bin,
                model=stack.model,
                rasa_port=stack.rasa_port,
                actions_port=stack.actions_port,
            )
            fronts.append(start_web(front, **env))
        yield fronts
    finally:
        for front in fronts:
            front.stop()


def say(web: str, session: str, text: str) -> None:
    response = httpx.post(f"{web}/api/chat", json={"session_id": session, "message": text}, timeout=30)
    assert response.status_code == 200, response.text


def conversation(web: str, session: str, marker: str) -> None:
    say(web, session, "/greet")
    say(web, session, f"ik wil aangifte doen {marker}")
    say(web, session, marker)  # a word the bot cannot understand: the fallback


def wait_for(counts: SqliteCounts, kind: str, expected: int, timeout: float = 20) -> int:
    deadline = time.monotonic() + timeout
    found = counts.total(kind)
    while found < expected and time.monotonic() < deadline:
        time.sleep(0.25)
        found = counts.total(kind)
    return found


def test_two_web_processes_count_into_one_store_without_text(webs: list[Stack], shared_db: Path) -> None:
    """12 conversations over two processes: 12 counted, the fallback after the police answer too; the
    unique marker word the young person typed is in neither the database files nor the web logs."""
    marker = "zebrafink" + uuid.uuid4().hex[:12]
    sessions = [(web.web_url, uuid.uuid4().hex) for web in webs for _ in range(SESSIONS_PER_WEB)]
    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        list(pool.map(lambda item: conversation(item[0], item[1], marker), sessions))

    counts = SqliteCounts(shared_db)
    total = len(sessions)
    assert wait_for(counts, ev.CONVERSATION, total) == total
    assert wait_for(counts, ev.ENDED_AFTER_FALLBACK, total) == total  # after 3 idle seconds
    assert counts.total(ev.TOPIC) == total
    assert counts.total(ev.FALLBACK) == total
    rows = counts.rows(datetime(2000, 1, 1, tzinfo=timezone.utc))
    assert {r.label for r in rows if r.kind == ev.FALLBACK_AFTER} == {"utter_topic_report_to_police"}
    assert sum(r.n for r in rows if r.kind == ev.CHANNEL and r.label == "politie") == total

    report = httpx.get(
        f"{webs[0].web_url}/api/insight", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
    )
    assert report.status_code == 200
    conversations = next(s for s in report.json()["days"]["series"] if s["kind"] == ev.CONVERSATION)
    assert conversations["values"][-1] == str(total) or time.localtime().tm_hour == 0  # today, past midnight

    files = [p for p in shared_db.parent.iterdir() if p.name.startswith(shared_db.name)]
    logs = [web.log_dir / "web.log" for web in webs]
    assert files and all(log.exists() for log in logs)
    for path in files + logs:
        data = path.read_bytes()
        assert marker.encode() not in data, f"{path.name} holds the user's text"
        for _, session in sessions:
            assert session.encode() not in data, f"{path.name} holds a session id"
