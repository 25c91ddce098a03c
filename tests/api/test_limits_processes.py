"""The web service as real uvicorn processes (issue #15): limits shared by two processes through
one Redis, a made-up X-Forwarded-For from a local process, and a body that never finishes.

Rasa is a stand-in (tests/api/rasa_stub.py): these are about the web service itself.
"""

from __future__ import annotations

import secrets
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.tools.devstack import Stack, free_port
from tests.api.rasa_stub import RasaStub, rasa_stub
from tests.services import redis_server

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stub() -> Iterator[RasaStub]:
    """One Rasa stand-in for the module."""
    with rasa_stub() as running:
        yield running


def _web(stub: RasaStub, **env: str) -> Stack:
    port = int(stub.url.rsplit(":", 1)[1])
    stack = Stack(rasa_bin=Path("unused"), model=Path("unused"), rasa_port=port, actions_port=port)
    stack.web_port = free_port()
    stack.start_web({"HULPWIJZER_QUICK_EXIT_URL": "/neutral", **env})
    stack.wait_ready(60)
    return stack


def _chat(url: str, session: str, headers: dict[str, str] | None = None) -> int:
    body = {"session_id": session, "message": "hoi"}
    return httpx.post(f"{url}/api/chat", json=body, headers=headers, timeout=10).status_code


def test_two_web_processes_share_the_limits_in_redis(stub: RasaStub) -> None:
    """One conversation spread over two web processes is limited once, not once per process;
    the same holds for the per-address ceiling."""
    try:
        redis = redis_server(free_port())
        url = redis.__enter__()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    env = {
        "HULPWIJZER_RATE_LIMIT_STORAGE": url,
        "HULPWIJZER_RATE_LIMIT_KEY": secrets.token_urlsafe(24),
        "HULPWIJZER_RATE_LIMIT_PER_MINUTE": "6",
        "HULPWIJZER_RATE_LIMIT_PER_ADDRESS_PER_MINUTE": "20",
    }
    first, second = _web(stub, **env), _web(stub, **env)
    try:
        session = secrets.token_hex(16)
        statuses = [_chat((first, second)[i % 2].web_url, session) for i in range(10)]
        assert statuses == [200] * 6 + [429] * 4
        # 6 counted for the address already; 14 more new sessions reach its ceiling of 20.
        fresh = [_chat((first, second)[i % 2].web_url, secrets.token_hex(16)) for i in range(18)]
        assert fresh == [200] * 14 + [429] * 4
    finally:
        first.stop()
        second.stop()
        redis.__exit__(None, None, None)


def test_made_up_forwarded_for_from_a_local_process_is_ignored(stub: RasaStub) -> None:
    """uvicorn believes X-Forwarded-For from 127.0.0.1 by default; the service runs without it,
    so a local process cannot pose as many clients (before: 40 of 40 got past the limit)."""
    web = _web(stub, HULPWIJZER_RATE_LIMIT_PER_ADDRESS_PER_MINUTE="10")
    try:
        statuses = [
            _chat(web.web_url, secrets.token_hex(16), {"X-Forwarded-For": f"198.51.100.{i}"})
            for i in range(40)
        ]
    finally:
        web.stop()
    assert statuses == [200] * 10 + [429] * 30


def test_body_that_never_finishes_is_answered_408(stub: RasaStub) -> None:
    """A client that announces a body and never sends it gets 408 after the configured time and
    the connection is closed (before: held open for at least 65 s)."""
    web = _web(stub, HULPWIJZER_BODY_TIMEOUT_SECONDS="1")
    try:
        with socket.create_connection(("127.0.0.1", web.web_port), timeout=10) as sock:
            sock.sendall(
                b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 200\r\n\r\n{"session_id": '
            )
            started = time.monotonic()
            answer = b""
            while chunk := sock.recv(4096):
                answer += chunk
            took = time.monotonic() - started
    finally:
        web.stop()
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"Je bericht kwam niet op tijd aan" in answer
    assert 0.8 < took < 5
