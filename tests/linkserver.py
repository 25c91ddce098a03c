"""A local HTTPS server that stands in for the help channels' sites in link-check tests.

Its certificate is self-signed for 127.0.0.1 (made with the openssl command line); a test trusts
it through SSL_CERT_FILE or an explicit context, so the link check verifies TLS as it does in
production. Real sites are never requested.
"""

from __future__ import annotations

import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from tests.helpers import CHANNELS

URL_FIELDS = ("website", "chat_url", "report_form", "source")


@dataclass
class Page:
    """What the server answers on one path."""

    status: int = 200
    body: str = "<html><body><p>Welkom.</p></body></html>"
    location: str | None = None
    delay: float = 0.0


@dataclass
class LinkServer:
    """The server's pages by path, what it was asked, and how many requests it served at once."""

    url: str
    cert: Path
    pages: dict[str, Page] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)
    max_in_flight: int = 0
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def context(self) -> ssl.SSLContext:
        """A client context that trusts this server's certificate only."""
        return ssl.create_default_context(cafile=str(self.cert))


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@contextmanager
def link_server(directory: Path) -> Iterator[LinkServer]:
    """Serve HTTPS on a free loopback port until the block ends."""
    cert, key = make_certificate(directory)
    server_state: list[LinkServer] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            state = server_state[0]
            with state._lock:
                state.requested.append(self.path)
                state._in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state._in_flight)
            try:
                page = state.pages.get(self.path, Page())
                time.sleep(page.delay or 0.05)
                body = page.body.encode()
                self.send_response(page.status)
                if page.location:
                    self.send_header("Location", page.location)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with state._lock:
                    state._in_flight -= 1

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    state = LinkServer(url=f"https://127.0.0.1:{server.server_address[1]}", cert=cert)
    server_state.append(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def local_channels(base_url: str) -> str:
    """The shipped channels.yml with every link moved to `base_url`/<channel id>/<field>."""
    data = yaml.safe_load(CHANNELS.read_text(encoding="utf-8"))
    for channel in data["channels"]:
        for name in URL_FIELDS:
            if channel.get(name):
                channel[name] = f"{base_url}/{channel['id']}/{name}"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
