"""A small HTTP server that answers like Rasa and the action server, for tests of the web service
as a real process (rate limits across processes, the class simulation), where Rasa's speed or
NLU does not matter.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPLY = [{"text": "Hoi! Ik ben een chatbot. Is er nu gevaar? Bel 112."}]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path in ("/webhooks/rest/", "/health"):
            self._send(200, {"status": "ok"})
        else:
            self._send(404, {})

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        server: RasaStub = self.server  # type: ignore[assignment]
        with server.lock:
            server.received.append(body)
        if self.path == "/webhooks/widget/webhook":
            self._send(200, REPLY)
        else:
            self._send(404, {})

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        return


class RasaStub(ThreadingHTTPServer):
    """Rasa's widget webhook and health answer, and the action server's /health, on one port."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.received: list[dict[str, object]] = []

    @property
    def url(self) -> str:
        """Base URL (serves as both the Rasa and the action-server URL)."""
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def rasa_stub() -> Iterator[RasaStub]:
    """A running RasaStub on a free loopback port."""
    stub = RasaStub()
    thread = threading.Thread(target=stub.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        stub.shutdown()
        stub.server_close()
