"""Start the action server, the Rasa server and the web service on loopback; wait; stop cleanly.

`make run` uses this to run the bot on one machine; the end-to-end and browser tests and the
benchmarks use the same `Stack`, so what is tested is what runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from bot.settings import ROOT

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@dataclass
class Stack:
    """A Rasa server, an action server and the web service as child processes on loopback ports."""

    rasa_bin: Path
    model: Path
    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8000
    log_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="hulpwijzer-")))
    extra_env: dict[str, str] = field(default_factory=dict)
    # Added to endpoints.yml, e.g. Rasa's Redis lock store and a shared tracker store.
    extra_endpoints: dict[str, object] = field(default_factory=dict)
    # Rasa's HTTP API (token-protected, for the console); off for a plain `rasa run`.
    api: bool = True
    # TensorFlow threads of the Rasa server. One: Rasa predicts one message at a time on its event
    # loop, and TF's thread pools only add hand-offs (A/B at 20 concurrent, two rounds: 11.1-11.9
    # instead of 13.1-13.2 ms Rasa CPU per message). None keeps TF's default (the bench baseline).
    rasa_tf_threads: int | None = 1
    # Rasa's HTTP API token, new for every stack; only this stack's web service gets it.
    rasa_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    # The logs hold no message text, but nothing is kept longer than needed: `stop` removes the
    # temporary log directory unless this is set (HULPWIJZER_KEEP_LOGS=1 when debugging).
    keep_logs: bool = field(
        default_factory=lambda: os.environ.get("HULPWIJZER_KEEP_LOGS", "").lower() not in ("", "0", "false")
    )

    @property
    def rasa_url(self) -> str:
        """Base URL of the Rasa server."""
        return f"http://{LOOPBACK}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        """Base URL of the action server."""
        return f"http://{LOOPBACK}:{self.actions_port}"

    @property
    def web_url(self) -> str:
        """Base URL of the web service (the widget and /api)."""
        return f"http://{LOOPBACK}:{self.web_port}"

    def env(self) -> dict[str, str]:
        """The environment of every process this stack starts."""
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(ROOT),
            RASA_TELEMETRY_ENABLED="false",
            TF_CPP_MIN_LOG_LEVEL="2",
            SQLALCHEMY_SILENCE_UBER_WARNING="1",
            SANIC_HOST=LOOPBACK,
        )
        env.update(self.extra_env)
        return env

    def _spawn(self, name: str, cmd: list[str], env: dict[str, str] | None = None) -> None:
        log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - lives as long as the process
        self.procs[name] = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env={**self.env(), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_actions(self) -> None:
        """Start the rasa-sdk action server with this interpreter (the project environment)."""
        cmd = [
            sys.executable,
            "-m",
            "rasa_sdk",
            "--actions",
            "actions",
            "-p",
            str(self.actions_port),
        ]
        self._spawn("actions", cmd)

    def start_rasa(self) -> None:
        """Start `rasa run` with the REST channel and the token-protected HTTP API, on loopback."""
        endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8")) or {}
        endpoints["action_endpoint"] = {"url": f"{self.actions_url}/webhook"}
        endpoints.update(self.extra_endpoints)
        endpoints_file = self.log_dir / "endpoints.yml"
        endpoints_file.write_text(yaml.safe_dump(endpoints), encoding="utf-8")
        # With the HTTP API, Rasa starts through bot.tools.rasa_serve, which takes the token from
        # the environment: on the command line (`--auth-token`) any local user could read it.
        launcher = [str(self.rasa_bin.parent / "python"), "-m", "bot.tools.rasa_serve"]
        cmd = [
            *(launcher if self.api else [str(self.rasa_bin)]),
            "run",
            "--model",
            str(self.model),
            "--endpoints",
            str(endpoints_file),
            "--credentials",
            str(ROOT / "credentials.yml"),
            "--interface",
            LOOPBACK,
            "--port",
            str(self.rasa_port),
        ]
        threads = {}
        if self.api:
            # The console reads trackers through the HTTP API; never reachable from outside.
            cmd += ["--enable-api"]
            threads["HULPWIJZER_RASA_TOKEN"] = self.rasa_token
        if self.rasa_tf_threads is not None:
            n = str(self.rasa_tf_threads)
            threads.update(
                TF_INTRA_OP_PARALLELISM_THREADS=n, TF_INTER_OP_PARALLELISM_THREADS=n, OMP_NUM_THREADS=n
            )
        self._spawn("rasa", cmd, threads)

    def start_web(self, env: dict[str, str] | None = None) -> None:
        """Start the web service (uvicorn, this interpreter) talking to this stack's Rasa.

        `env` adds settings (HULPWIJZER_*) on top of the stack's own, e.g. a quick-exit target.
        """
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "bot.api.main:app",
            "--host",
            LOOPBACK,
            "--port",
            str(self.web_port),
            "--no-access-log",  # the access log would hold client IP addresses
            # The service reads X-Forwarded-For itself, from configured proxies only; uvicorn
            # would believe it from 127.0.0.1, so any local process could pose as many clients.
            "--no-proxy-headers",
            "--ws",
            "none",  # no websockets: the widget only POSTs
        ]
        settings = {
            "HULPWIJZER_RASA_URL": self.rasa_url,
            "HULPWIJZER_ACTIONS_URL": self.actions_url,
            "HULPWIJZER_RASA_TOKEN": self.rasa_token,
            **(env or {}),
        }
        self._spawn("web", cmd, settings)

    def start(self, timeout: float = 180.0) -> None:
        """Start both servers and wait until both answer."""
        self.start_actions()
        self.start_rasa()
        self.wait_ready(timeout)

    def _check(self, name: str, url: str, ok: tuple[int, ...] = (200,)) -> bool:
        proc = self.procs.get(name)
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{self.log_tail(name)}")
        try:
            return httpx.get(url, timeout=2.0).status_code in ok
        except httpx.HTTPError:
            return False

    def actions_ready(self) -> bool:
        """Whether the action server answers its health check."""
        return self._check("actions", f"{self.actions_url}/health")

    def rasa_ready(self) -> bool:
        """Whether the Rasa REST channel answers (the model is loaded by then)."""
        return self._check("rasa", f"{self.rasa_url}/webhooks/rest/")

    def web_ready(self) -> bool:
        """Whether the web service answers its health check (503 too: Rasa is checked apart)."""
        return self._check("web", f"{self.web_url}/healthz", ok=(200, 503))

    def wait_ready(self, timeout: float = 180.0) -> None:
        """Block until every started server answers, or raise with its log."""
        deadline = time.monotonic() + timeout
        checks = {"actions": self.actions_ready, "rasa": self.rasa_ready, "web": self.web_ready}
        pending = [name for name in checks if name in self.procs]
        while pending:
            pending = [name for name in pending if not checks[name]()]
            if pending and time.monotonic() > deadline:
                raise TimeoutError(
                    f"{pending} did not answer in {timeout:.0f} s:\n"
                    + "\n".join(self.log_tail(n) for n in pending)
                )
            if pending:
                time.sleep(0.5)

    def log_tail(self, name: str, lines: int = 30) -> str:
        """The last lines a server wrote."""
        path = self.log_dir / f"{name}.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop_one(self, name: str) -> None:
        """Stop one server and its children."""
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop everything this stack started: all asked at once, then killed after `timeout` s."""
        procs = [proc for proc in self.procs.values() if proc.poll() is None]
        self.procs.clear()
        for proc in procs:
            _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for proc in procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                proc.wait()
        temporary = self.log_dir.parent == Path(tempfile.gettempdir()) and self.log_dir.name.startswith(
            "hulpwijzer-"
        )
        if temporary and not self.keep_logs:
            shutil.rmtree(self.log_dir, ignore_errors=True)


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    # Each server leads its own process group (start_new_session): its children go too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


class _Stop(Exception):
    """A signal asked the launcher to stop (SIGINT, SIGTERM or SIGHUP)."""


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _stop_on_signals() -> None:
    """The first SIGINT, SIGTERM or SIGHUP raises _Stop; later ones are ignored, so the cleanup
    they started is not cut short (make forwards SIGTERM to its child, which then gets it twice).
    """

    def stop(signum: int, frame: object) -> None:
        for sig in _STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise _Stop(signal.Signals(signum).name)

    for sig in _STOP_SIGNALS:
        signal.signal(sig, stop)


def send(rasa_url: str, sender: str, message: str, timeout: float = 30.0) -> list[dict]:
    """One message through the Rasa REST webhook; the bot's messages back."""
    response = httpx.post(
        f"{rasa_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": message},
        timeout=timeout,
    )
    response.raise_for_status()
    return list(response.json())


def _run(args: argparse.Namespace) -> int:
    # Before anything starts: a signal during start-up must stop what already runs, too.
    _stop_on_signals()
    stack = Stack(
        rasa_bin=Path(args.rasa),
        model=Path(args.model),
        rasa_port=args.port,
        web_port=args.web_port,
        actions_port=args.actions_port,
    )
    print(
        f"==> Starting the action server, Rasa and the web service (logs in {stack.log_dir}) ...",
        flush=True,
    )
    # On one machine the admin page and the console get a token for this run only, unless the
    # operator configured real ones; it is printed below and dies with the run.
    local_token = secrets.token_urlsafe(24)
    web_env = {}
    if not os.environ.get("HULPWIJZER_ADMIN_TOKENS"):
        web_env["HULPWIJZER_ADMIN_TOKENS"] = json.dumps({"local": local_token})
    started = time.monotonic()
    try:
        stack.start_actions()
        stack.start_rasa()
        stack.start_web(web_env)
        stack.wait_ready()
        first = send(stack.rasa_url, "make-run-check", "hoi")
        took = time.monotonic() - started
        greeting = next((m["text"] for m in first if "text" in m), "")
        print(
            f"\nOpen {stack.web_url} in your browser\n\n"
            f"The bot is running (ready in {took:.0f} s). It said: {greeting[:80]}...\n\n"
            f"  Web service:       {stack.web_url}  (API docs: {stack.web_url}/docs)\n"
            f"  Console:           {stack.web_url}/console\n"
            f"  Admin:             {stack.web_url}/admin\n"
            + (
                f"  Token for the console and admin (this run only): {local_token}\n\n"
                if web_env
                else "  Console and admin use the tokens in HULPWIJZER_ADMIN_TOKENS.\n\n"
            )
            + f"  Chat from a terminal:\n"
            f"    curl -s {stack.rasa_url}/webhooks/rest/webhook \\\n"
            f"      -H 'Content-Type: application/json' \\\n"
            f'      -d \'{{"sender": "ik", "message": "ik wil aangifte doen"}}\'\n\n'
            f"  Rasa REST channel: {stack.rasa_url}/webhooks/rest/webhook\n"
            f"  Action server:     {stack.actions_url}/health\n\n"
            "Press Ctrl-C to stop everything.",
            flush=True,
        )
        while all(p.poll() is None for p in stack.procs.values()):
            time.sleep(1)
        print("A server stopped:", {n: p.returncode for n, p in stack.procs.items()})
        return 1
    except (_Stop, KeyboardInterrupt):
        _print_quietly("\nStopping ...")
        return 0
    finally:
        for sig in _STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        stack.stop()


def _print_quietly(text: str) -> None:
    # After SIGHUP the terminal may be gone: printing must not stop the cleanup.
    with contextlib.suppress(OSError):
        print(text, flush=True)


def rasa_command(command: str, rasa: Path, model: Path, endpoints: Path) -> list[str]:
    """`rasa shell` or `rasa interactive` with this project's model, domain, data and endpoints."""
    cmd = [str(rasa), command, "--model", str(model), "--endpoints", str(endpoints)]
    if command == "interactive":
        cmd += ["--config", "config.yml", "--domain", "domain", "--data", "data", "--skip-visualization"]
    return cmd


def _with_actions(args: argparse.Namespace) -> int:
    """Start the action server, run `rasa shell` or `rasa interactive` in this terminal, stop."""
    stack = Stack(rasa_bin=Path(args.rasa), model=Path(args.model), actions_port=args.actions_port)
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8")) or {}
    endpoints["action_endpoint"] = {"url": f"{stack.actions_url}/webhook"}
    endpoints_file = stack.log_dir / "endpoints.yml"
    endpoints_file.write_text(yaml.safe_dump(endpoints), encoding="utf-8")
    print(f"==> Action server on {stack.actions_url} (log in {stack.log_dir / 'actions.log'})", flush=True)
    try:
        stack.start_actions()
        stack.wait_ready(60)
        cmd = rasa_command(args.command, Path(args.rasa), Path(args.model), endpoints_file)
        print(
            f"==> {' '.join(cmd[:2])} (model {Path(args.model).name}); type /stop or Ctrl-C to end",
            flush=True,
        )
        return subprocess.run(cmd, cwd=ROOT, env=stack.env()).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def main(argv: list[str] | None = None) -> int:
    """Command line: `python -m bot.tools.devstack {run,shell,interactive} --model M --rasa R`."""
    parser = argparse.ArgumentParser(prog="bot.tools.devstack")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start everything and wait for Ctrl-C")
    run.add_argument("--port", type=int, default=5005)
    run.add_argument("--web-port", type=int, default=8000)
    run.add_argument("--actions-port", type=int, default=5055)
    shell = sub.add_parser("shell", help="the action server and `rasa shell` in this terminal")
    interactive = sub.add_parser("interactive", help="the action server and `rasa interactive`")
    for command in (run, shell, interactive):
        command.add_argument("--model", required=True)
        command.add_argument("--rasa", required=True, help="path of the rasa executable")
    for command in (shell, interactive):
        command.add_argument("--actions-port", type=int, default=5055)
    args = parser.parse_args(argv)
    return _run(args) if args.command == "run" else _with_actions(args)


if __name__ == "__main__":
    raise SystemExit(main())
