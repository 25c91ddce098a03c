"""The dev stack keeps nothing longer than needed: its temporary log directory goes with `stop`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.tools.devstack import Stack


def _stack(**kwargs: object) -> Stack:
    return Stack(rasa_bin=Path("/nonexistent/rasa"), model=Path("/nonexistent/model.tar.gz"), **kwargs)  # type: ignore[arg-type]


def test_stop_removes_the_temporary_log_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stack's logs (no message text, but still) are removed when it stops; HULPWIJZER_KEEP_LOGS=1
    keeps them for debugging."""
    monkeypatch.delenv("HULPWIJZER_KEEP_LOGS", raising=False)
    stack = _stack()
    (stack.log_dir / "rasa.log").write_text("started\n", encoding="utf-8")
    stack.stop()
    assert not stack.log_dir.exists()
    monkeypatch.setenv("HULPWIJZER_KEEP_LOGS", "1")
    kept = _stack()
    kept.stop()
    assert kept.log_dir.is_dir()
    kept.log_dir.rmdir()


def test_stop_leaves_a_log_directory_the_caller_chose(tmp_path: Path) -> None:
    """Only the stack's own temporary directory is removed, never one passed in."""
    chosen = tmp_path / "logs"
    chosen.mkdir()
    _stack(log_dir=chosen, keep_logs=False).stop()
    assert chosen.is_dir()
