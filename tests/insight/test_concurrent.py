"""Two processes add to the same counters at the same time; no increment is lost (SQLite and PostgreSQL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.insight import events as ev
from bot.insight.store import open_counts
from bot.settings import ROOT

TURNS = 150


def run_two_writers(url: str) -> None:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.insight.writer", url, str(TURNS), tag],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("first", "second")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]


def test_two_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    """2 x 150 conversations written one turn at a time by two processes: exactly 300 counted."""
    url = f"sqlite:///{tmp_path / 'var' / 'channel-history.sqlite'}"
    run_two_writers(url)
    counts = open_counts(url)
    assert counts.total(ev.CONVERSATION) == 2 * TURNS
    assert counts.total(ev.TOPIC) == 2 * TURNS
    assert counts.total(ev.CHANNEL) == 3 * 2 * TURNS


@pytest.mark.model
def test_two_processes_on_postgresql(postgres_url: str) -> None:
    """The same on a real PostgreSQL (the scale mode's store): exactly 300 counted."""
    before = open_counts(postgres_url).total(ev.CONVERSATION)
    run_two_writers(postgres_url)
    counts = open_counts(postgres_url)
    assert counts.total(ev.CONVERSATION) - before == 2 * TURNS
