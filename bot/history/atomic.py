"""Replace a file so that a crash at any moment leaves either the old or the new content, never a mix."""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

_TEMP_SUFFIX = ".tmp"
_DEFAULT_MODE = 0o644


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` via a synced temp file in the same directory and os.replace."""
    directory = path.parent
    try:
        old = path.stat()
    except FileNotFoundError:
        old = None
    fd, temp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=directory)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file readable by its owner only; the bot may run as another user.
        os.chmod(temp, stat.S_IMODE(old.st_mode) if old else _DEFAULT_MODE)
        new = temp.stat()
        if old is not None and new.st_mtime_ns <= old.st_mtime_ns:
            # Readers notice a change by (mtime, size, inode); on a coarse clock two quick writes
            # could share an mtime, so make it move forward.
            os.utime(temp, ns=(new.st_atime_ns, old.st_mtime_ns + 1_000))
        os.replace(temp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    # The rename is only durable once the directory entry itself is on disk.
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Delete temp files a crashed write left next to `path`; call only under the lock all writers take."""
    stale = sorted(path.parent.glob(f"{_temp_prefix(path)}*{_TEMP_SUFFIX}"))
    for temp in stale:
        with suppress(FileNotFoundError):
            temp.unlink()
    return stale
