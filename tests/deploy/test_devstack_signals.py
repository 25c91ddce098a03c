"""`make run` stopped by a signal leaves no server behind (#15): SIGINT (Ctrl-C), SIGTERM (a
process manager, `timeout`, an editor's stop button) and SIGHUP (the terminal window closed),
each sent to the whole process group, as a terminal or a process manager does.

make runs the launcher as `make run` does (same command, free ports); make itself forwards
SIGTERM to its child, so the launcher gets it twice, which cut its cleanup short before.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import ROOT
from bot.tools.devstack import free_port
from tests.helpers import current_model

pytestmark = pytest.mark.e2e


def _descendants(root: int) -> set[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_signal_to_make_run_stops_every_server(sig: signal.Signals) -> None:
    """After the signal, no process of the stack is left and ports are free within 20 s."""
    ports = {"rasa": free_port(), "web": free_port(), "actions": free_port()}
    rasa = ROOT / ".venv-rasa" / "bin" / "rasa"
    makefile = (
        "run:\n"
        f"\t@{sys.executable} -m bot.tools.devstack run --model {current_model()} --rasa {rasa} "
        f"--port {ports['rasa']} --web-port {ports['web']} --actions-port {ports['actions']}\n"
    )
    make = subprocess.Popen(
        ["make", "--no-print-directory", "-f", "-", "run"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert make.stdin is not None and make.stdout is not None
    make.stdin.write(makefile.encode())
    make.stdin.close()
    output = b""
    deadline = time.monotonic() + 240
    while b"Open http" not in output:
        line = make.stdout.readline()
        if not line:
            pytest.fail(f"make run ended before it was ready:\n{output.decode(errors='replace')}")
        output += line
        assert time.monotonic() < deadline, output.decode(errors="replace")
    tree = _descendants(make.pid)
    assert len(tree) >= 4, "make, the launcher and three servers"
    assert all(_listening(port) for port in ports.values())

    os.killpg(make.pid, sig)
    make.wait(timeout=60)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (
        any(_alive(pid) for pid in tree) or any(_listening(port) for port in ports.values())
    ):
        time.sleep(0.5)
    left = sorted(pid for pid in tree if _alive(pid))
    leftovers = {pid: Path(f"/proc/{pid}/cmdline").read_bytes()[:80] for pid in left}
    for pid in left:  # clean up for the next test before failing
        os.kill(pid, signal.SIGKILL)
    assert leftovers == {}
    assert [name for name, port in ports.items() if _listening(port)] == []
