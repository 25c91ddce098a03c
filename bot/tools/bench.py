"""`make bench`: our whole stack against stock Rasa, the same load in the same run (a benchmark, not a test).

Both systems get the same data (domain, NLU, rules, stories) and the same action server:

- baseline: a model trained with the `config.yml` that `rasa init` writes (Rasa's default
  pipeline and policies), served by a plain `rasa run` with its REST channel, driven at the
  REST webhook as a Rasa user would;
- ours: this project's model and settings, driven through the web service (`/api/chat`), so
  every message crosses web service -> Rasa -> action server.

For each concurrency level (default 1, 20, 100) N conversations run at once, each a realistic
sequence of Dutch messages (greeting, a topic, a follow-up, thanks) with a fresh session id,
one message after the answer to the previous one (no think time: the worst case for the server).
Loopback only; each level is bounded in conversations and seconds.

Reported per system: p50/p95/p99/max latency per message, messages per second, errors, peak
memory (RSS) of each process, start to first answer, model size, cold training time and the
held-out intent accuracy; then the ratio ours/baseline of each figure. Results go to
reports/bench.json, reports/bench.md and reports/bench.png.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

from bot.settings import ROOT
from bot.tools.devstack import Stack, free_port
from bot.tools.nlu_eval import HELDOUT, HELDOUT_BLIND, run_rasa_test_nlu
from bot.tools.progress import stage

CONVERSATIONS = [
    ["hoi", "ik zag iets heel ergs op een pornosite, met een kind", "ja", "dankje"],
    ["hallo", "ik wil aangifte doen", "ja graag", "oke bedankt"],
    [
        "hey",
        "iemand stuurde me via snapchat een link met echt gore filmpjes",
        "mag ik er een screenshot van maken?",
        "thx",
    ],
    ["hoi", "ik krijg die beelden niet meer uit mn hoofd", "wat doet slachtofferhulp eigenlijk", "dankjewel"],
]
LEVELS = (1, 20, 100)
STATE = ROOT / "var" / "bench"
REPORTS = ROOT / "reports"
MB = 1024 * 1024


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


# --- memory: peak RSS of each server process and its children ----------------------------------------
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _descendants(pid: int, children: dict[int, list[int]]) -> list[int]:
    """The process and everything it started (Sanic workers, for example)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """User + system CPU seconds of each named process tree so far."""
    children = _children()
    return {name: sum(map(_cpu_seconds, _descendants(pid, children))) for name, pid in pids.items()}


def _status_bytes(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _rss(pid: int) -> int:
    return _status_bytes(pid, "VmRSS:")


def _high_water(pid: int) -> int:
    """The process's own peak RSS since it started (the kernel's VmHWM), model loading included."""
    return _status_bytes(pid, "VmHWM:")


class MemorySampler:
    """Samples the RSS of each named process tree every 0.2 s and keeps the peak.

    The peak is also at least the sum of the tree's VmHWM, so memory used while loading the
    model, before sampling began, counts too.
    """

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.peak: dict[str, int] = dict.fromkeys(pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> dict[str, int]:
        """One sample: bytes per process tree."""
        children = _children()
        now = {}
        for name, pid in self.pids.items():
            tree = _descendants(pid, children)
            total, high_water = sum(map(_rss, tree)), sum(map(_high_water, tree))
            now[name] = total
            # Sampling misses what happened before it started (loading the model); VmHWM does not.
            self.peak[name] = max(self.peak[name], total, high_water)
        return now

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


# --- load ----------------------------------------------------------------------------------------------
@dataclass
class Target:
    """Where a system takes messages, and how to tell an answer from a failure."""

    url: str
    web: bool

    def body(self, session: str, message: str) -> dict[str, str]:
        """The request body for one message."""
        if self.web:
            return {"session_id": session, "message": message}
        return {"sender": session, "message": message}

    def answered(self, response: httpx.Response) -> bool:
        """200 with at least one bot message."""
        if response.status_code != 200:
            return False
        data = response.json()
        return bool(data.get("messages")) if self.web else bool(data)


@dataclass
class LevelResult:
    """Figures of one concurrency level."""

    concurrency: int
    conversations: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """p50/p95/p99/max in ms, msg/s, counts."""
        lat = self.latencies_ms or [0.0]
        return {
            "concurrency": self.concurrency,
            "conversations": self.conversations,
            "messages": len(self.latencies_ms),
            "errors": self.errors,
            "seconds": round(self.seconds, 2),
            "msg_per_s": round(len(self.latencies_ms) / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(percentile(lat, 50), 1),
            "p95_ms": round(percentile(lat, 95), 1),
            "p99_ms": round(percentile(lat, 99), 1),
            "max_ms": round(max(lat), 1),
        }


async def run_level(target: Target, concurrency: int, conversations: int, max_seconds: float) -> LevelResult:
    """`concurrency` conversations at once until `conversations` are done or time is up."""
    result = LevelResult(concurrency)
    todo = iter(range(conversations))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    started = time.perf_counter()
    deadline = started + max_seconds

    async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:

        async def user() -> None:
            for number in todo:
                if time.perf_counter() > deadline:
                    return
                session = uuid.uuid4().hex
                for message in CONVERSATIONS[number % len(CONVERSATIONS)]:
                    t0 = time.perf_counter()
                    try:
                        response = await client.post(target.url, json=target.body(session, message))
                        ok = target.answered(response)
                    except (httpx.HTTPError, ValueError):
                        ok = False
                    result.latencies_ms.append((time.perf_counter() - t0) * 1000)
                    result.errors += not ok
                result.conversations += 1

        await asyncio.gather(*(user() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


def wait_first_answer(target: Target, started: float, stack: Stack, timeout: float = 240) -> float:
    """Seconds from `started` until the system answers a first message."""
    deadline = started + timeout
    while True:
        for name, proc in stack.procs.items():
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited:\n{stack.log_tail(name)}")
        try:
            response = httpx.post(target.url, json=target.body(uuid.uuid4().hex, "hoi"), timeout=10)
            if target.answered(response):
                return time.monotonic() - started
        except (httpx.HTTPError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"no first answer in {timeout:.0f} s")
        time.sleep(0.1)


# --- the two systems ---------------------------------------------------------------------------------------
@dataclass
class System:
    """One side of the comparison."""

    key: str
    label: str
    rasa: Path
    config: Path
    model: Path
    fingerprint: str
    start: Callable[[Stack], Target]
    env: dict[str, str] = field(default_factory=dict)
    endpoints: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _baseline_start(stack: Stack) -> Target:
    stack.start_actions()
    stack.start_rasa()
    return Target(f"{stack.rasa_url}/webhooks/rest/webhook", web=False)


def _ours_start(stack: Stack) -> Target:
    stack.start_actions()
    stack.start_rasa()
    # Every benchmark user comes from 127.0.0.1; in real use each young person has an own address.
    stack.start_web(
        {
            "HULPWIJZER_RATE_LIMIT_PER_MINUTE": "1000000",
            "HULPWIJZER_RATE_LIMIT_PER_ADDRESS_PER_MINUTE": "1000000",
        }
    )
    return Target(f"{stack.web_url}/api/chat", web=True)


def _inputs_fingerprint(config: Path, lock: Path | None) -> str:
    """Like scripts/fingerprint.sh, for any config file: config, domain, data, components, Rasa's lock."""
    digest = hashlib.sha256(config.read_bytes())
    for folder in ("domain", "data", "components"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".yml", ".yaml", ".py"):
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    digest.update(lock.read_bytes() if lock else b"rasa==3.6.21 as pip resolves it")
    return digest.hexdigest()[:16]


def _cached(name: str) -> dict[str, Any]:
    path = STATE / name
    return json.loads(path.read_text()) if path.exists() else {}


def _store(name: str, data: dict[str, Any]) -> None:
    STATE.mkdir(parents=True, exist_ok=True)
    (STATE / name).write_text(json.dumps(data, indent=2))


def train_cold(rasa: Path, config: Path, out: Path, name: str, nlu_only: bool = False) -> float:
    """Train from scratch with an empty Rasa cache; seconds of wall time.

    `nlu_only` trains the NLU pipeline alone (`rasa train nlu`), as bot.tools.pipelines compares it.
    """
    cache = Path(tempfile.mkdtemp(prefix="hulpwijzer-cold-cache-"))
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(cache), "PYTHONPATH": str(ROOT)}
    what = (
        ["train", "nlu", "--nlu", "data"] if nlu_only else ["train", "--domain", "domain", "--data", "data"]
    )
    started = time.monotonic()
    try:
        subprocess.run(
            [
                str(rasa),
                *what,
                "--config",
                str(config),
                "--out",
                str(out),
                "--fixed-model-name",
                name,
                "--quiet",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return time.monotonic() - started


def training_seconds(system: System, retrain: bool) -> float:
    """Cold training time, measured once per set of inputs (var/bench/training.json)."""
    known = _cached("training.json")
    if system.fingerprint in known and not retrain:
        return float(known[system.fingerprint]["seconds"])
    stage(f"Cold training of {system.key} (empty Rasa cache) ...")
    out = Path(tempfile.mkdtemp(prefix="hulpwijzer-bench-train-"))
    try:
        seconds = train_cold(system.rasa, system.config, out, system.key)
        if system.key == "baseline":
            shutil.move(str(out / f"{system.key}.tar.gz"), system.model)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    known[system.fingerprint] = {"seconds": round(seconds, 1), "measured": _now()}
    _store("training.json", known)
    return seconds


def accuracy(system: System) -> dict[str, float]:
    """Intent accuracy on both held-out files, measured once per model (var/bench/accuracy.json)."""
    known = _cached("accuracy.json")
    if system.fingerprint not in known:
        stage(f"Held-out accuracy of {system.key} ...")
        figures = {}
        for label, nlu in (("heldout", HELDOUT), ("heldout_blind", HELDOUT_BLIND)):
            out = Path(tempfile.mkdtemp(prefix="hulpwijzer-bench-nlu-"))
            try:
                report = run_rasa_test_nlu(system.rasa, system.model, out, nlu=nlu)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            figures[label] = round(float(report["accuracy"]), 3)
            figures[f"{label}_messages"] = int(report["weighted avg"]["support"])
            figures[f"{label}_macro_f1"] = round(float(report["macro avg"]["f1-score"]), 3)
        known[system.fingerprint] = figures
        _store("accuracy.json", known)
    return dict(known[system.fingerprint])


def _version(rasa: Path, package: str) -> str:
    """A package's version in the environment of this rasa executable."""
    python = rasa.parent / "python"
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def _commit() -> str:
    """The commit measured, with '+changes' when the work tree differs from it."""
    git = ["git", "-C", str(ROOT)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            [*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def measure_load(system: System, levels: tuple[int, ...], max_seconds: float) -> dict[str, Any]:
    """Start the system, time its first answer, run every level, stop it; figures and peak memory."""
    stack = Stack(
        system.rasa,
        system.model,
        rasa_port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        extra_env=system.env,
        extra_endpoints=system.endpoints,
        api=system.key != "baseline",
        rasa_tf_threads=None if system.key == "baseline" else 1,
    )
    stage(f"{system.label}: starting (logs in {stack.log_dir}) ...")
    started = time.monotonic()
    try:
        target = system.start(stack)
        first = wait_first_answer(target, started, stack)
        pids = {name: proc.pid for name, proc in stack.procs.items()}
        with MemorySampler(pids) as memory:
            idle = memory.sample()
            # Warm-up: every conversation once, so no level pays for first-call compilation.
            asyncio.run(run_level(target, 2, len(CONVERSATIONS), max_seconds))
            results = []
            for level in levels:
                conversations = max(40, 4 * level)
                cpu_before = cpu_seconds(pids)
                result = asyncio.run(run_level(target, level, conversations, max_seconds))
                cpu_after = cpu_seconds(pids)
                summary = result.summary()
                # Where the time goes: CPU milliseconds each process spent per message.
                summary["cpu_ms_per_msg"] = {
                    name: round(
                        (cpu_after[name] - cpu_before[name]) * 1000 / max(1, len(result.latencies_ms)), 1
                    )
                    for name in pids
                }
                results.append(summary)
                stage(
                    f"{level:>3} concurrent: {summary['messages']} msgs, p50 {summary['p50_ms']} ms, "
                    f"p95 {summary['p95_ms']} ms, p99 {summary['p99_ms']} ms, {summary['msg_per_s']} msg/s, "
                    f"errors {summary['errors']}, CPU ms/msg {summary['cpu_ms_per_msg']}"
                )
        dead = [name for name, proc in stack.procs.items() if proc.poll() is not None]
        if dead:
            raise RuntimeError(f"{dead} died under load:\n" + "\n".join(stack.log_tail(n) for n in dead))
    finally:
        stack.stop()
    return {
        "start_to_first_answer_s": round(first, 1),
        "levels": results,
        "idle_memory_mb": {name: round(v / MB) for name, v in idle.items()},
        "peak_memory_mb": {name: round(v / MB) for name, v in memory.peak.items()},
    }


def _ratio(ours: float, base: float) -> float | None:
    return round(ours / base, 2) if base else None


def ratios(ours: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """ours/baseline for every figure both systems have (below 1 is better, except msg/s)."""
    per_level = {}
    for mine, theirs in zip(ours["levels"], base["levels"], strict=True):
        per_level[str(mine["concurrency"])] = {
            k: _ratio(mine[k], theirs[k]) for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms", "msg_per_s")
        }
    return {
        "levels": per_level,
        "rasa_peak_memory": _ratio(ours["peak_memory_mb"]["rasa"], base["peak_memory_mb"]["rasa"]),
        "start_to_first_answer": _ratio(ours["start_to_first_answer_s"], base["start_to_first_answer_s"]),
        "cold_training": _ratio(ours["cold_training_s"], base["cold_training_s"]),
        "model_size": _ratio(ours["model_size_mb"], base["model_size_mb"]),
    }


def goals(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The issue's goals, each with the measured figure and whether it is met."""
    ours, base = report["systems"]["ours"], report["systems"]["baseline"]

    def level(system: dict[str, Any], n: int) -> dict[str, Any] | None:
        return next((x for x in system["levels"] if x["concurrency"] == n), None)

    checks: dict[str, dict[str, Any]] = {}
    if level(ours, 20) and level(base, 20):
        ratio = level(ours, 20)["msg_per_s"] / max(level(base, 20)["msg_per_s"], 0.001)  # type: ignore[index]
        checks["throughput_20_at_least_3x"] = {"measured": round(ratio, 2), "met": ratio >= 3}
    if level(ours, 1) and level(base, 1):
        p95 = level(ours, 1)["p95_ms"] / max(level(base, 1)["p95_ms"], 0.001)  # type: ignore[index]
        checks["single_conversation_p95_at_most_0.5x"] = {"measured": round(p95, 2), "met": p95 <= 0.5}
    cold = ours.get("cold_training_s")
    if cold is not None:
        checks["cold_training_at_most_180_s"] = {"measured": cold, "met": cold <= 180}
    if level(ours, 100):
        errors = level(ours, 100)["errors"]  # type: ignore[index]
        checks["no_errors_at_100"] = {"measured": errors, "met": errors == 0}
    memory = report["ratios"]["rasa_peak_memory"]
    checks["rasa_memory_at_most_baseline"] = {"measured": memory, "met": memory is not None and memory <= 1}
    return checks


# --- output ------------------------------------------------------------------------------------------------
def markdown(report: dict[str, Any]) -> str:
    """The tables for docs/performance.md."""
    ours, base, ratio = report["systems"]["ours"], report["systems"]["baseline"], report["ratios"]
    lines = [
        f"Measured {report['measured']} at commit {report.get('commit', '?')} on "
        f"{report['machine']['cpus']} CPU cores, "
        f"{report['machine']['memory_gb']} GB RAM ({report['machine']['platform']}).",
        "",
        "| Concurrent conversations | System | Messages | p50 ms | p95 ms | p99 ms | msg/s | Errors |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for mine, theirs in zip(ours["levels"], base["levels"], strict=True):
        n = mine["concurrency"]
        r = ratio["levels"][str(n)]
        for name, row in (("baseline", theirs), ("ours", mine)):
            lines.append(
                f"| {n} | {name} | {row['messages']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} "
                f"| {row['msg_per_s']} | {row['errors']} |"
            )
        lines.append(
            f"| {n} | **ours/baseline** | | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} "
            f"| **{r['msg_per_s']}** | |"
        )
    lines += [
        "",
        "| Figure | Baseline | Ours | Ours/baseline |",
        "|---|---:|---:|---:|",
        f"| Rasa peak memory (MB) | {base['peak_memory_mb']['rasa']} | {ours['peak_memory_mb']['rasa']} "
        f"| {ratio['rasa_peak_memory']} |",
        f"| Action server peak memory (MB) | {base['peak_memory_mb']['actions']} "
        f"| {ours['peak_memory_mb']['actions']} | |",
        f"| Web service peak memory (MB) | - | {ours['peak_memory_mb'].get('web', '-')} | |",
        f"| Start to first answer (s) | {base['start_to_first_answer_s']} "
        f"| {ours['start_to_first_answer_s']} "
        f"| {ratio['start_to_first_answer']} |",
        f"| Cold training (s) | {base['cold_training_s']} | {ours['cold_training_s']} "
        f"| {ratio['cold_training']} |",
        f"| Model size (MB) | {base['model_size_mb']} | {ours['model_size_mb']} | {ratio['model_size']} |",
        f"| Held-out accuracy ({ours['accuracy'].get('heldout_messages', '?')} msgs) "
        f"| {base['accuracy']['heldout']} | {ours['accuracy']['heldout']} | |",
        f"| Blind held-out accuracy ({ours['accuracy'].get('heldout_blind_messages', '?')} msgs) "
        f"| {base['accuracy']['heldout_blind']} "
        f"| {ours['accuracy']['heldout_blind']} | |",
        "",
        "| Goal | Measured | Met |",
        "|---|---:|---|",
    ]
    for name, check in report["goals"].items():
        lines.append(
            f"| {name.replace('_', ' ')} | {check['measured']} | {'yes' if check['met'] else 'NO'} |"
        )
    return "\n".join(lines) + "\n"


DOCS = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start (make bench BENCH_ARGS=--docs) -->", "<!-- bench:end -->"


def update_docs(table: str, png: Path, doc: Path = DOCS) -> None:
    """Replace the measured tables between the markers of docs/performance.md; copy the plot."""
    text = doc.read_text(encoding="utf-8")
    head, found, rest = text.partition(START)
    _, found_end, tail = rest.partition(END)
    if not (found and found_end):
        raise ValueError(f"{doc} lacks the markers {START} ... {END}")
    doc.write_text(f"{head}{START}\n{table}{END}{tail}", encoding="utf-8")
    shutil.copy(png, doc.with_suffix(".png"))


def plot(report: dict[str, Any], path: Path) -> None:
    """Latency (p50, p95, p99) and throughput against concurrency, both systems."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    colors = {"baseline": "#9a3b3b", "ours": "#1f5f8b"}
    for key, system in report["systems"].items():
        xs = [lv["concurrency"] for lv in system["levels"]]
        for stat, style in (("p50_ms", "-"), ("p95_ms", "--"), ("p99_ms", ":")):
            left.plot(
                xs,
                [lv[stat] for lv in system["levels"]],
                style,
                marker="o",
                color=colors[key],
                label=f"{key} {stat[:-3]}",
            )
        right.plot(
            xs, [lv["msg_per_s"] for lv in system["levels"]], "-", marker="o", color=colors[key], label=key
        )
    for axis in (left, right):
        axis.set_xscale("log")
        axis.set_xlabel("concurrent conversations")
        axis.grid(True, alpha=0.3)
        axis.legend(fontsize=8)
    left.set_yscale("log")
    left.set_ylabel("latency per message (ms)")
    left.set_title("Latency (lower is better)")
    right.set_ylim(bottom=0)
    right.set_ylabel("messages per second")
    right.set_title("Throughput (higher is better)")
    fig.suptitle(f"Hulpwijzer vs stock Rasa {report['machine']['rasa']}, {report['machine']['cpus']} cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _machine() -> dict[str, Any]:
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024),
        "platform": platform.platform(terse=True),
        "python": platform.python_version(),
        "rasa": "3.6.21",
    }


def systems(model: Path, rasa: Path, stock_rasa: Path) -> dict[str, System]:
    """The baseline (rasa init's config.yml, Rasa as `pip install rasa==3.6.21` gives it) and ours."""
    baseline_config = STATE / "baseline-config.yml"
    STATE.mkdir(parents=True, exist_ok=True)
    rasa_init_config = next(
        (stock_rasa.parent.parent / "lib").glob("python3.*/site-packages/rasa/cli/initial_project/config.yml")
    )
    shutil.copy(rasa_init_config, baseline_config)
    base_fp = _inputs_fingerprint(baseline_config, None)
    ours_config = ROOT / "config.yml"
    return {
        "baseline": System(
            key="baseline",
            label="Baseline: rasa init's config.yml, plain `rasa run` REST",
            config=baseline_config,
            model=STATE / f"baseline-{base_fp}.tar.gz",
            fingerprint=base_fp,
            start=_baseline_start,
            rasa=stock_rasa,
        ),
        "ours": System(
            key="ours",
            label="Ours: web service -> Rasa -> actions",
            config=ours_config,
            model=model,
            fingerprint=_inputs_fingerprint(ours_config, ROOT / "requirements" / "rasa.lock"),
            start=_ours_start,
            rasa=rasa,
        ),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print and write its figures."""
    parser = argparse.ArgumentParser(prog="bot.tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="our trained model (make train)")
    parser.add_argument("--rasa", required=True, help="our rasa executable (.venv-rasa)")
    parser.add_argument(
        "--stock-rasa", required=True, help="rasa of a plain `pip install rasa==3.6.21` (the baseline)"
    )
    parser.add_argument(
        "--levels", default=",".join(map(str, LEVELS)), help="concurrency levels, e.g. 1,20,100"
    )
    parser.add_argument("--max-seconds", type=float, default=120, help="time bound per level")
    parser.add_argument("--retrain", action="store_true", help="measure cold training again")
    parser.add_argument("--out", default=str(REPORTS))
    parser.add_argument(
        "--docs", action="store_true", help="also put the tables and the plot into docs/performance.md"
    )
    args = parser.parse_args(argv)
    levels = tuple(int(x) for x in args.levels.split(","))

    report: dict[str, Any] = {
        "measured": _now(),
        "commit": _commit(),
        "machine": _machine(),
        "levels": list(levels),
        "systems": {},
    }
    for key, system in systems(Path(args.model), Path(args.rasa), Path(args.stock_rasa)).items():
        cold = training_seconds(system, args.retrain)
        if not system.model.exists():
            cold = training_seconds(system, retrain=True)
        figures = measure_load(system, levels, args.max_seconds)
        figures.update(
            label=system.label,
            cold_training_s=round(cold, 1),
            cold_training_measured=_cached("training.json").get(system.fingerprint, {}).get("measured"),
            model_size_mb=round(system.model.stat().st_size / MB, 1),
            accuracy=accuracy(system),
            jsonschema=_version(system.rasa, "jsonschema"),
            notes=system.notes,
        )
        report["systems"][key] = figures
    report["ratios"] = ratios(report["systems"]["ours"], report["systems"]["baseline"])
    report["goals"] = goals(report)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    table = markdown(report)
    (out / "bench.md").write_text(table)
    plot(report, out / "bench.png")
    print("\n" + table)
    print(f"Written: {out / 'bench.json'}, {out / 'bench.md'}, {out / 'bench.png'}")
    if args.docs:
        update_docs(table, out / "bench.png")
        print(f"Updated: {DOCS}, {DOCS.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
