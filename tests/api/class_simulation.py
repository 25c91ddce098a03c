"""A school class behind one IP address, chatting through the real web service (issue #15).

    python -m tests.api.class_simulation --pupils 35 --interval 10 --duration 60

Starts the web service (uvicorn, as `make run` does) in front of a Rasa stand-in
(tests/api/rasa_stub.py), so the figures are about the web service's limits, not Rasa's speed.
Every pupil has their own session and sends one message every `interval` seconds, the pupils
spread evenly over the first interval; all of them come from 127.0.0.1, as a class behind a
school's NAT does. Prints how many messages were answered and how many refused.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import time
from collections import Counter
from pathlib import Path

import httpx

from bot.tools.devstack import Stack, free_port
from tests.api.rasa_stub import rasa_stub


async def _pupil(client: httpx.AsyncClient, url: str, delay: float, interval: float, count: int) -> list[int]:
    session = secrets.token_hex(16)
    await asyncio.sleep(delay)
    started = time.monotonic()
    statuses = []
    for turn in range(count):
        await asyncio.sleep(max(0.0, started + turn * interval - time.monotonic()))
        response = await client.post(f"{url}/api/chat", json={"session_id": session, "message": "hoi"})
        statuses.append(response.status_code)
    return statuses


async def simulate(url: str, pupils: int, interval: float, duration: float) -> list[list[int]]:
    """Each pupil's status codes, in order."""
    count = max(1, round(duration / interval))
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=pupils)) as client:
        return list(
            await asyncio.gather(
                *(_pupil(client, url, i * interval / pupils, interval, count) for i in range(pupils))
            )
        )


def summary(results: list[list[int]]) -> str:
    """One line: answered, refused, and how many pupils got every message answered."""
    codes = Counter(code for statuses in results for code in statuses)
    total = sum(codes.values())
    whole = sum(all(code == 200 for code in statuses) for statuses in results)
    return (
        f"{total} messages from {len(results)} pupils: {codes.get(200, 0)} answered (200), "
        f"{codes.get(429, 0)} refused (429), other {sum(codes.values()) - codes[200] - codes[429]}; "
        f"{whole} of {len(results)} pupils had every message answered"
    )


def main() -> None:
    """Run the simulation once and print the summary."""
    parser = argparse.ArgumentParser(prog="tests.api.class_simulation")
    parser.add_argument("--pupils", type=int, default=35)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--duration", type=float, default=60.0)
    args = parser.parse_args()
    with rasa_stub() as stub:
        port = int(stub.url.rsplit(":", 1)[1])
        stack = Stack(rasa_bin=Path("unused"), model=Path("unused"), rasa_port=port, actions_port=port)
        stack.web_port = free_port()
        try:
            stack.start_web({"HULPWIJZER_QUICK_EXIT_URL": "/neutral"})
            stack.wait_ready(60)
            results = asyncio.run(simulate(stack.web_url, args.pupils, args.interval, args.duration))
        finally:
            stack.stop()
    print(summary(results))


if __name__ == "__main__":
    main()
