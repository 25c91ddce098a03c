"""Stage lines with the time elapsed, for the tools a person waits on (a silent terminal looks hung)."""

from __future__ import annotations

import time

_STARTED = time.monotonic()


def elapsed() -> str:
    """Minutes and seconds since this process started the tool, as m:ss."""
    seconds = int(time.monotonic() - _STARTED)
    return f"{seconds // 60}:{seconds % 60:02d}"


def stage(message: str) -> None:
    """Print one stage line: `==> [m:ss] message`."""
    print(f"==> [{elapsed()}] {message}", flush=True)
