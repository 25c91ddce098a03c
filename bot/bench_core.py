"""Benchmark (not a test): per-message latency through the Rasa REST webhook, and time to first answer.

Starts the action server and Rasa on free loopback ports, sends a fixed mix of Dutch messages
(one conversation after another, fresh session ids), and prints p50/p95/max and messages per
second. Bounded: 200 messages by default, loopback only.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import time
import uuid
from pathlib import Path

import httpx

from bot.devstack import Stack

CONVERSATION = [
    "hoi",
    "ik zag iets heel ergs op een pornosite, met een kind",
    "ja",
    "mag ik er een screenshot van maken?",
    "ik wil aangifte doen",
    "dankje",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(prog="bot.bench_core")
    parser.add_argument("--model", required=True)
    parser.add_argument("--rasa", required=True)
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args(argv)

    stack = Stack(Path(args.rasa), Path(args.model), rasa_port=_free_port(), actions_port=_free_port())
    started = time.monotonic()
    stack.start()
    latencies: list[float] = []
    errors = 0
    try:
        with httpx.Client(timeout=30) as client:
            url = f"{stack.rasa_url}/webhooks/rest/webhook"
            client.post(url, json={"sender": "warmup", "message": "hoi"}).raise_for_status()
            ready = time.monotonic() - started
            begin = time.monotonic()
            sender = ""
            for i in range(args.messages):
                if i % len(CONVERSATION) == 0:
                    sender = f"bench-{uuid.uuid4().hex}"
                t0 = time.perf_counter()
                response = client.post(
                    url, json={"sender": sender, "message": CONVERSATION[i % len(CONVERSATION)]}
                )
                latencies.append((time.perf_counter() - t0) * 1000)
                errors += response.status_code != 200 or not response.json()
            elapsed = time.monotonic() - begin
    finally:
        stack.stop()
    print(f"start to first answer: {ready:.1f} s (action server + Rasa, model {Path(args.model).name})")
    print(
        f"{len(latencies)} messages through the REST webhook, one at a time: "
        f"p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
        f"max {max(latencies):.1f} ms, {len(latencies) / elapsed:.1f} msg/s, errors {errors}"
    )
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
