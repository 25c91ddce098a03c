"""Helpers the tests import: the shipped data, fixed moments, YAML, free ports, the trained model,
the admin store, the fake Rasa behind the web service, and Chromium. Fixtures live in conftest.py."""

from __future__ import annotations

import atexit
import json
import os
import select
import subprocess
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from bot.history.history import SqliteHistory
from bot.history.store import ChannelStore
from bot.registry.schedule import TIMEZONE
from bot.settings import ROOT, Settings
from bot.tools.devstack import Stack, free_port

with warnings.catch_warnings():
    # Starlette asks for `httpx2`, which is not in the lock file; httpx still works.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

__all__ = ["TestClient", "free_port"]

# --- the shipped data and fixed moments ------------------------------------------------------

CHANNELS = ROOT / "channels" / "channels.yml"
TOPICS = ROOT / "channels" / "topics.yml"

# Fixed moments (Europe/Amsterdam) for open-now tests.
WEDNESDAY_NOON = datetime(2026, 11, 25, 12, 0, tzinfo=TIMEZONE)
WEDNESDAY_NIGHT = datetime(2026, 11, 25, 23, 30, tzinfo=TIMEZONE)
SATURDAY_NOON = datetime(2026, 11, 28, 12, 0, tzinfo=TIMEZONE)


def load_yaml(path: Path) -> dict:
    """Read a YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_yaml(path: Path, data: dict) -> None:
    """Write a YAML file."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def current_model() -> Path:
    """The trained model for the current config, domain and data (`make train` makes it).

    HULPWIJZER_TEST_MODEL names another model file, for a quick run while data is being edited.
    """

    if os.environ.get("HULPWIJZER_TEST_MODEL"):
        return Path(os.environ["HULPWIJZER_TEST_MODEL"])

    fingerprint = subprocess.run(
        [str(ROOT / "scripts" / "fingerprint.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    model = ROOT / "models" / f"{fingerprint}.tar.gz"
    if not model.exists():
        pytest.fail(f"{model} is missing: run `make train` (make test does) first")
    return model


# --- the admin store -------------------------------------------------------------------------


def make_store(data_dir: Path) -> ChannelStore:
    """A store over the copy in `data_dir`; two calls act like two processes sharing files and history."""
    return ChannelStore(
        data_dir / "channels.yml",
        data_dir / "topics.yml",
        SqliteHistory(data_dir / "var" / "channel-history.sqlite"),
    )


def channel_data(store: ChannelStore, channel_id: str, **changes: Any) -> dict[str, Any]:
    """The channel as an admin form would send it (JSON types), with `changes` applied."""
    channel, _ = store.read_channel(channel_id)
    data = channel.model_dump(mode="json", exclude_none=True)
    data.update(changes)
    return data


def new_csg_phone(store: ChannelStore) -> dict[str, Any]:
    """The csg channel with its number changed from 0800-0188 to 0800-0199."""
    phone = {"dial": "+318000199", "display": "0800-0199", "call_cost": "free"}
    return channel_data(store, "csg", phones=[phone])


# --- the web service with a fake Rasa -------------------------------------------------------

SESSION = "0123456789abcdef0123456789abcdef"
PARTNER_ORIGIN = "https://partner.example"

# What Rasa's widget channel returns for "ik wil aangifte doen": the topic text, then one
# utterance with the text for text channels and the help reply (bot/reply.py), then the
# follow-up with buttons.
POLICE_CARD: dict[str, Any] = {
    "id": "politie",
    "name": "Politie",
    "description": "Je kunt een melding of aangifte doen, ook als je jonger bent dan 18.",
    "phones": [
        {
            "display": "0900-8844",
            "tel": "tel:+319008844",
            "label": "geen spoed",
            "call_cost": "unknown",
            "call_cost_text": None,
            "hours_text": "tijden niet bekend",
        }
    ],
    "chat_url": None,
    "chat_hours_text": None,
    "website": "https://politie.nl/themas/aangifte-doen.html",
    "report_form": None,
    "report_form_hours_text": None,
    "availability": "unknown",
    "availability_text": "Tijden: zie website",
    "hours_note": None,
    "free": None,
    "anonymous": None,
    "age_min": None,
    "age_max": None,
}
POLICE_LEAD = "Van Politie weten we de tijden niet zeker. Kijk op de website."
POLICE_REPLY: list[dict[str, Any]] = [
    {"recipient_id": SESSION, "text": "Je kunt naar de politie, ook als je jonger bent dan 18."},
    {
        "recipient_id": SESSION,
        "text": f"• Politie: bel 0900-8844 (geen spoed, tijden niet bekend)\n{POLICE_LEAD}",
        "custom": {
            "help_reply": {
                "version": 1,
                "topic": "report_to_police",
                "lead": POLICE_LEAD,
                "cards": [POLICE_CARD],
            }
        },
    },
    {
        "recipient_id": SESSION,
        "text": "Wil je weten wat het verschil is tussen een melding en aangifte?",
        "buttons": [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}],
    },
]


@dataclass
class FakeRasa:
    """Stands in for Rasa and the action server; records every webhook call."""

    reply: list[dict[str, Any]] = field(default_factory=lambda: list(POLICE_REPLY))
    error: Exception | None = None
    status: int = 200
    healthy: dict[str, bool] = field(default_factory=lambda: {"rasa": True, "actions": True})
    received: list[dict[str, Any]] = field(default_factory=list)
    # Hosts that refuse connections, e.g. one of two Rasa replicas.
    down_hosts: set[str] = field(default_factory=set)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host in self.down_hosts:
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/webhooks/widget/webhook":
            if self.error is not None:
                raise self.error
            self.received.append(json.loads(request.content))
            return httpx.Response(self.status, json=self.reply)
        if request.url.path == "/webhooks/rest/":
            return httpx.Response(200 if self.healthy["rasa"] else 500, json={"status": "ok"})
        if request.url.path == "/health":
            if not self.healthy["actions"]:
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(200, json={"status": "ok"})
        return httpx.Response(404)


def make_settings(**overrides: Any) -> Settings:
    """Test settings: a generous rate limit and a same-origin quick-exit page."""
    values: dict[str, Any] = {
        "rate_limit_per_minute": 1000,
        "quick_exit_url": "/neutral",
        "allowed_origins": [PARTNER_ORIGIN],
        "rasa_timeout_seconds": 0.5,
        "health_timeout_seconds": 0.5,
    }
    values.update(overrides)
    return Settings(**values)


MakeClient = Callable[..., TestClient]


def chat(client: TestClient, message: str, session_id: str = SESSION) -> httpx.Response:
    """POST one message to /api/chat."""
    return client.post("/api/chat", json={"session_id": session_id, "message": message})


# --- Chromium and lone web services ---------------------------------------------------------

# A partner site that embeds the widget, on another loopback origin (Chromium refuses a public
# page that loads from loopback, so the partner must be local too).
PARTNER_SITE_PORT = free_port()
PARTNER_SITE = f"http://127.0.0.1:{PARTNER_SITE_PORT}"
# Browser tests all come from 127.0.0.1: a limit that none of them reaches by accident.
WEB_ENV = {
    "HULPWIJZER_QUICK_EXIT_URL": "/neutral",
    "HULPWIJZER_RATE_LIMIT_PER_MINUTE": "1000",
    "HULPWIJZER_ALLOWED_ORIGINS": f'["{PARTNER_SITE}"]',
}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def start_web(stack: Stack, **env: str) -> Stack:
    """Start the web service of `stack` on a free port and wait until it answers."""
    stack.web_port = free_port()
    stack.start_web({**WEB_ENV, **env})
    stack.wait_ready(60)
    return stack


def lone_web(**env: str) -> Stack:
    """A web service whose Rasa and action server ports have nothing listening."""
    return start_web(
        Stack(
            rasa_bin=ROOT / ".venv-rasa" / "bin" / "rasa",
            model=ROOT / "models",  # never loaded: this stack starts only the web service
            rasa_port=free_port(),
            actions_port=free_port(),
        ),
        **env,
    )


# --- code that must run inside Rasa ----------------------------------------------------------

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"


# One Python of the Rasa environment per test process runs the scripts one after another, so Rasa and
# TensorFlow are imported once (7.5 s each time on a 2-core machine; 19 scripts in the fast stage). Each
# script gets a fresh namespace, its own stdout and stderr, and an exit status; the protocol goes over
# the runner's original stdout while whatever C code writes to file descriptor 1 goes to /dev/null.
_RUNNER = r"""
import contextlib, io, json, os, sys, traceback
protocol = os.fdopen(os.dup(1), "w")
null = os.open(os.devnull, os.O_WRONLY)
os.dup2(null, 1)
for line in sys.stdin:
    script = json.loads(line)
    out, err, status = io.StringIO(), io.StringIO(), 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            exec(compile(script, "<script>", "exec"), {"__name__": "__main__"})
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        except BaseException:
            traceback.print_exc()
            status = 1
    protocol.write(json.dumps({"status": status, "stdout": out.getvalue(), "stderr": err.getvalue()}) + "\n")
    protocol.flush()
"""
_runner: subprocess.Popen[str] | None = None


def _rasa_runner() -> subprocess.Popen[str]:
    global _runner
    if _runner is None or _runner.poll() is not None:
        _runner = subprocess.Popen(
            [str(RASA_PYTHON), "-c", _RUNNER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    return _runner


def _stop_rasa_runner() -> None:
    if _runner is not None and _runner.poll() is None:
        _runner.kill()
        _runner.wait()


atexit.register(_stop_rasa_runner)


def run_in_rasa(script: str, timeout: float = 300) -> str:
    """Run a Python script in the Rasa environment (.venv-rasa) from the project root; its stdout.

    Skips the test when that environment is missing; fails it with the script's error output. The
    scripts share one process (`_RUNNER`): each runs in a fresh namespace, modules stay imported.
    """
    global _runner
    if not RASA_PYTHON.exists():
        pytest.skip("the Rasa environment is missing: make setup")
    runner = _rasa_runner()
    assert runner.stdin is not None and runner.stdout is not None
    runner.stdin.write(json.dumps(script) + "\n")
    runner.stdin.flush()
    ready, _, _ = select.select([runner.stdout], [], [], timeout)
    line = runner.stdout.readline() if ready else ""
    if not line:
        _stop_rasa_runner()
        _runner = None
        raise AssertionError(f"the Rasa-environment runner gave no answer within {timeout} s or stopped")
    result = json.loads(line)
    assert result["status"] == 0, result["stderr"][-2000:]
    return str(result["stdout"])


def domain_responses() -> dict[str, Any]:
    """Every response of the domain files, as the actions get them in `domain["responses"]`."""
    return {
        "responses": {
            name: text
            for path in (ROOT / "domain").glob("*.yml")
            for name, text in (
                yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}
            ).items()
        }
    }


def live_catalog_in(monkeypatch: pytest.MonkeyPatch, catalog: Any, modules: tuple[str, ...]) -> None:
    """Make the action modules read the editable copy of the data."""
    for module in modules:
        monkeypatch.setattr(f"{module}.get_catalog", lambda: catalog)
