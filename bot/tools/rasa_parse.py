"""Parse many messages with a trained model, inside the Rasa environment (`.venv-rasa`).

Reads a JSON list of texts from `--texts`, loads the model once and writes, per text, what the
NLU pipeline made of it (intent, the top of the ranking, the crisis scores and the safety
decision) as a JSON list to `--out`. With `--stats`, it also writes the CPU and wall seconds the
parsing took (model loading excluded). Only the standard library and Rasa are imported here, so
it runs in the Rasa environment; `bot.tools.safety_eval` and `bot.tools.pipelines` call it from
the project environment.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import resource
import time
from pathlib import Path
from typing import Any


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _parse_all(model: str, texts: list[str]) -> tuple[list[dict[str, Any]], dict[str, float]]:
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    await agent.parse_message("hoi")  # the first parse builds lazy state; keep it out of the timing
    results = []
    cpu, wall = _cpu_seconds(), time.monotonic()
    for text in texts:
        parsed = await agent.parse_message(text)
        results.append(
            {
                "text": text,
                "intent": parsed.get("intent") or {},
                "intent_ranking": (parsed.get("intent_ranking") or [])[:4],
                "crisis_scores": parsed.get("crisis_scores") or {},
                "known_text": parsed.get("known_text"),
                "safety": parsed.get("safety") or {},
                "concern": parsed.get("concern"),
            }
        )
    stats = {
        "messages": len(texts),
        "cpu_seconds": _cpu_seconds() - cpu,
        "wall_seconds": time.monotonic() - wall,
    }
    return results, stats


def main() -> None:
    """Parse the texts and write the results."""
    parser = argparse.ArgumentParser(prog="bot.tools.rasa_parse")
    parser.add_argument("--model", required=True)
    parser.add_argument("--texts", required=True, help="JSON file with a list of texts")
    parser.add_argument("--out", required=True)
    parser.add_argument("--stats", help="JSON file for the CPU and wall seconds of the parsing")
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    logging.disable(logging.WARNING)
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    results, stats = asyncio.run(_parse_all(args.model, texts))
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    if args.stats:
        Path(args.stats).write_text(json.dumps(stats), encoding="utf-8")


if __name__ == "__main__":
    main()
