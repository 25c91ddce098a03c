"""A crash while the registry file is written leaves the old file or the new one, never a broken one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.history import atomic
from bot.history.atomic import atomic_write_text
from bot.history.store import ChannelStore
from bot.registry.loader import parse_registry
from bot.settings import ROOT
from tests.helpers import make_store, new_csg_phone


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_text_replaces_file_with_new_inode(tmp_path: Path) -> None:
    """The new text arrives as a new file, so readers keyed on (mtime, size, inode) notice it."""
    path = tmp_path / "channels.yml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    before = path.stat()
    atomic_write_text(path, "new ü\n")
    after = path.stat()
    assert path.read_text(encoding="utf-8") == "new ü\n"
    assert after.st_ino != before.st_ino
    assert after.st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_atomic_write_text_moves_mtime_forward(tmp_path: Path) -> None:
    """Even when the old file's mtime is ahead of the clock, the new file's mtime is later."""
    path = tmp_path / "channels.yml"
    path.write_text("old\n", encoding="utf-8")
    future = time.time_ns() + 3600 * 10**9
    os.utime(path, ns=(future, future))
    atomic_write_text(path, "new\n")
    assert path.stat().st_mtime_ns > future


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_atomic_write_text_keeps_old_file_when_a_step_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """A failing fsync or rename leaves the old content and no temp file behind."""
    path = tmp_path / "channels.yml"
    path.write_text("old\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(f"{step} failed")

    monkeypatch.setattr(atomic.os, step, fail)
    with pytest.raises(OSError, match=f"{step} failed"):
        atomic_write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert _leftovers(tmp_path) == []


def test_update_channel_keeps_file_and_history_when_write_fails(
    store: ChannelStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save whose file write fails records no version and leaves the old data everywhere."""
    path = data_dir / "channels.yml"
    before_text = path.read_text(encoding="utf-8")
    before, _ = store.read_all()

    def fail(*args: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(atomic.os, "replace", fail)
        with pytest.raises(OSError, match="disk full"):
            store.update_channel("csg", new_csg_phone(store), 1, "anna")
    assert path.read_text(encoding="utf-8") == before_text
    assert store.read_all() == (before, 1)
    assert [e.number for e in store.history()] == [1]
    assert store.update_channel("csg", new_csg_phone(store), 1, "anna").number == 2


_KILLED_SAVE = """
import os, signal, sys
from pathlib import Path
from bot.history import atomic
from tests.helpers import make_store, new_csg_phone

store = make_store(Path(sys.argv[1]))
store.read_all()
# Die the hard way once the new text is written and synced, just before the rename.
atomic.os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
store.update_channel("csg", new_csg_phone(store), 1, "anna")
"""


def test_update_channel_survives_kill_mid_write(data_dir: Path) -> None:
    """A process killed mid-save leaves the old, valid file and no half-recorded version."""
    path = data_dir / "channels.yml"
    before_text = path.read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_SAVE, str(data_dir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert len(_leftovers(data_dir)) == 1
    assert path.read_text(encoding="utf-8") == before_text
    parse_registry(before_text)
    store = make_store(data_dir)
    assert [e.number for e in store.history()] == [1]
    assert _leftovers(data_dir) == []
    assert store.update_channel("csg", new_csg_phone(store), 1, "anna").number == 2
