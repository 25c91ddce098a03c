"""The benchmark's arithmetic and reporting (the load run itself is `make bench`, not a test)."""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from bot.tools import bench


def _level(n: int, msg_per_s: float, p95: float, errors: int = 0) -> dict:
    return {
        "concurrency": n,
        "conversations": 2 * n,
        "messages": 8 * n,
        "errors": errors,
        "seconds": 1.0,
        "msg_per_s": msg_per_s,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 * 1.2,
        "max_ms": p95 * 1.5,
    }


def _system(levels: list[dict], rasa_mb: int, cold_s: float = 200.0) -> dict:
    return {
        "levels": levels,
        "peak_memory_mb": {"rasa": rasa_mb, "actions": 50, "web": 60},
        "start_to_first_answer_s": 10.0,
        "cold_training_s": cold_s,
        "model_size_mb": 40.0,
        "accuracy": {"heldout": 0.95, "heldout_blind": 0.97},
    }


def _report(ours_20: float, ours_p95_1: float, errors_100: int, ours_mb: int, ours_cold: float = 150) -> dict:
    base = _system([_level(1, 30, 50), _level(20, 30, 900), _level(100, 30, 4000)], 1200)
    ours = _system(
        [_level(1, 50, ours_p95_1), _level(20, ours_20, 400), _level(100, 70, 1500, errors_100)],
        ours_mb,
        ours_cold,
    )
    report = {
        "measured": "2026-11-28T00:00:00+00:00",
        "machine": {"cpus": 2, "memory_gb": 24, "platform": "Linux", "python": "3.10", "rasa": "3.6.21"},
        "systems": {"baseline": base, "ours": ours},
    }
    report["ratios"] = bench.ratios(ours, base)
    report["goals"] = bench.goals(report)
    return report


def test_percentile_is_nearest_rank() -> None:
    """p50 of 1..100 is 50, p95 is 95, p99 is 99; one value is every percentile."""
    values = [float(v) for v in range(100, 0, -1)]
    assert [bench.percentile(values, q) for q in (50, 95, 99, 100)] == [50.0, 95.0, 99.0, 100.0]
    assert bench.percentile([7.0], 99) == 7.0


def test_level_summary_counts_messages_per_second() -> None:
    """msg/s is messages over the level's wall time; latencies in ms."""
    result = bench.LevelResult(20, conversations=5, latencies_ms=[10.0] * 19 + [100.0], errors=1, seconds=2.0)
    summary = result.summary()
    assert summary["msg_per_s"] == 10.0 and summary["messages"] == 20 and summary["errors"] == 1
    assert summary["p50_ms"] == 10.0 and summary["max_ms"] == 100.0


def test_ratios_are_ours_over_baseline() -> None:
    """Throughput 60/30 = 2.0, memory 600/1200 = 0.5."""
    report = _report(ours_20=60, ours_p95_1=25, errors_100=0, ours_mb=600)
    assert report["ratios"]["levels"]["20"]["msg_per_s"] == 2.0
    assert report["ratios"]["levels"]["1"]["p95_ms"] == 0.5
    assert report["ratios"]["rasa_peak_memory"] == 0.5


def test_goals_met_and_missed() -> None:
    """Each goal of the issue is judged from the figures, and a miss shows as NO in the table."""
    # At the edges: 3x the baseline's 30 msg/s, 0.5x its 50 ms p95, 180 s of cold training.
    met = _report(ours_20=90, ours_p95_1=25, errors_100=0, ours_mb=600, ours_cold=180)["goals"]
    assert all(check["met"] for check in met.values()), met
    assert len(met) == 5
    missed = _report(ours_20=89, ours_p95_1=26, errors_100=3, ours_mb=1300, ours_cold=181)
    assert not any(check["met"] for check in missed["goals"].values())
    table = bench.markdown(missed)
    assert "| no errors at 100 | 3 | NO |" in table
    assert "| throughput 20 at least 3x | 2.97 | NO |" in table
    assert "| cold training at most 180 s | 181 | NO |" in table
    assert "| 20 | **ours/baseline** |" in table


def test_plot_writes_a_png(tmp_path: Path) -> None:
    """The plot is a real PNG file."""
    path = tmp_path / "bench.png"
    bench.plot(_report(ours_20=60, ours_p95_1=25, errors_100=0, ours_mb=600), path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class _Bot(BaseHTTPRequestHandler):
    """A tiny REST webhook: answers, except for the message 'kapot' (500)."""

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        status, reply = (500, []) if body["message"] == "kapot" else (200, [{"text": "ok"}])
        data = json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def webhook() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Bot)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/rest/webhook"
    server.shutdown()


def test_run_level_drives_whole_conversations_and_counts_errors(webhook: str, monkeypatch) -> None:
    """N users, each conversation's messages in order; a 500 counts as an error, not a crash."""
    monkeypatch.setattr(bench, "CONVERSATIONS", [["hoi", "kapot", "dank"]])
    result = asyncio.run(bench.run_level(bench.Target(webhook, web=False), 3, 6, max_seconds=30))
    assert result.conversations == 6
    assert len(result.latencies_ms) == 18
    assert result.errors == 6


def test_web_target_needs_messages_in_the_reply() -> None:
    """The web service's 200 with an empty message list is an error; Rasa's [] too."""
    web, rasa = bench.Target("http://x/api/chat", web=True), bench.Target("http://x/webhook", web=False)
    assert web.answered(httpx.Response(200, json={"messages": [{"text": "hoi"}]}))
    assert not web.answered(httpx.Response(200, json={"messages": []}))
    assert not web.answered(httpx.Response(503, json={"messages": [{"text": "113"}]}))
    assert not rasa.answered(httpx.Response(200, json=[]))


def test_update_docs_replaces_only_the_measured_part(tmp_path: Path) -> None:
    """The prose around the markers stays; the table between them is the new one."""
    doc, png = tmp_path / "performance.md", tmp_path / "bench.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    doc.write_text(f"# Intro\n{bench.START}\nold table\n{bench.END}\nOutro\n", encoding="utf-8")
    bench.update_docs("| new | table |\n", png, doc)
    assert doc.read_text(encoding="utf-8") == f"# Intro\n{bench.START}\n| new | table |\n{bench.END}\nOutro\n"
    assert (tmp_path / "performance.png").read_bytes() == png.read_bytes()
    doc.write_text("no markers", encoding="utf-8")
    with pytest.raises(ValueError):
        bench.update_docs("x", png, doc)


def test_memory_peak_counts_the_high_water_mark_before_sampling() -> None:
    """A process that used more memory before sampling began still shows that peak."""
    import subprocess
    import sys
    import time

    code = "b = b'x' * (150 * 1024 * 1024); del b; import time; time.sleep(30)"
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        time.sleep(1.5)  # the 150 MB are allocated and freed before the sampler starts
        sampler = bench.MemorySampler({"child": child.pid})
        now = sampler.sample()
        assert now["child"] < 100 * 1024 * 1024
        assert sampler.peak["child"] >= 150 * 1024 * 1024
    finally:
        child.kill()
        child.wait()
