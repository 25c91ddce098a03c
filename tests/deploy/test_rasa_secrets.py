"""Rasa's HTTP API token stays off every command line, and no chat text reaches any log (#15).

Runs the real stack: the action server and Rasa (through bot/tools/rasa_serve.py, as `make run`
and the images start it) and the web service in front.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.tools.devstack import Stack, free_port
from bot.tools.rasa_serve import rasa_argv, read_token

pytestmark = pytest.mark.e2e


def _tree(root: int) -> list[int]:
    """`root` and every process below it (by parent pid)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


@pytest.fixture(scope="module")
def web(stack: Stack) -> Iterator[Stack]:
    """The web service in front of the session's Rasa and action server, with its own log."""
    front = Stack(
        rasa_bin=stack.rasa_bin,
        model=stack.model,
        rasa_port=stack.rasa_port,
        actions_port=stack.actions_port,
        web_port=free_port(),
        rasa_token=stack.rasa_token,
    )
    front.start_web({"HULPWIJZER_QUICK_EXIT_URL": "/neutral"})
    try:
        front.wait_ready(60)
        yield front
    finally:
        front.stop()


def test_rasa_token_is_in_no_command_line(stack: Stack) -> None:
    """No process of the Rasa server shows its API token in /proc/<pid>/cmdline (what `ps` shows
    every local user); the token still guards the API. (Before: `--auth-token <token>`.)"""
    pids = _tree(stack.procs["rasa"].pid)
    assert pids
    token = stack.rasa_token.encode()
    for pid in pids:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        assert token not in cmdline, f"pid {pid}: {cmdline!r}"
    tracker = f"{stack.rasa_url}/conversations/probe/tracker"
    assert httpx.get(tracker, params={"token": stack.rasa_token}, timeout=10).status_code == 200
    assert httpx.get(tracker, params={"token": "wrong" + stack.rasa_token}, timeout=10).status_code == 401


def test_launcher_refuses_a_token_on_the_command_line() -> None:
    """The launcher takes the token from the environment or a file, never as an argument."""
    with pytest.raises(SystemExit):
        rasa_argv(["run", "--enable-api", "--auth-token", "x" * 32], None)
    with pytest.raises(SystemExit):
        rasa_argv(["run", "--enable-api"], None)
    env = {"HULPWIJZER_RASA_TOKEN": "t" * 32, "OTHER": "1"}
    assert read_token(env) == "t" * 32
    assert env == {"OTHER": "1"}, "the token is removed before Rasa starts"


def test_a_token_that_starts_with_a_dash_is_one_argument() -> None:
    """secrets.token_urlsafe starts with "-" once in 64 tokens; as a separate argument Rasa's
    parser took it for an option and Rasa did not start. Rasa's parser (argparse, `-t/--auth-token`
    with one value) reads the joined form whole."""
    import argparse

    args = rasa_argv(["run", "--enable-api"], "-AbC_123")
    assert args == ["run", "--enable-api", "--auth-token=-AbC_123"]
    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("-t", "--auth-token", type=str)
    assert parser.parse_args(args).auth_token == "-AbC_123"


def test_marker_word_sent_in_chat_appears_in_no_log(stack: Stack, web: Stack) -> None:
    """A unique word sent in every way (plain, as a '/' command, hidden behind control
    characters, as entities) is in no log of Rasa, the action server or the web service."""
    marker = "zqx" + secrets.token_hex(6)
    session = secrets.token_hex(16)
    messages = [
        f"ik zag een filmpje van {marker}",
        f"/{marker}",
        f'/greet{{"name": "{marker}"}}',
        f"\u001c/{marker}@0.99",
        f"\u200b/{marker}",
        f"/restart {marker}",
    ]
    statuses = [
        httpx.post(
            f"{web.web_url}/api/chat", json={"session_id": session, "message": text}, timeout=30
        ).status_code
        for text in messages
    ]
    assert statuses == [200, 422, 422, 422, 422, 422]
    logs = {
        path: path.read_text(encoding="utf-8", errors="replace")
        for directory in {stack.log_dir, web.log_dir}
        for path in directory.glob("*.log")
    }
    assert {p.name for p in logs} >= {"rasa.log", "actions.log", "web.log"}
    for path, text in logs.items():
        assert marker not in text, f"{path} holds the chat text"
    assert os.environ.get("HULPWIJZER_LOG_MESSAGE_TEXT", "false").lower() in ("", "false", "0")
