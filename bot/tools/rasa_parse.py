"""Parse many messages with a trained model, inside the Rasa environment (`.venv-rasa`).

Reads a JSON list of texts from `--texts`, loads the model once and writes, per text, what the
NLU pipeline made of it (intent, the top of the ranking, the crisis scores and the safety
decision) as a JSON list to `--out`. Only the standard library and Rasa are imported here, so
it runs in the Rasa environment; `bot.tools.safety_eval` calls it from the project environment.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
from pathlib import Path
from typing import Any


async def _parse_all(model: str, texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    results = []
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
            }
        )
    return results


def main() -> None:
    """Parse the texts and write the results."""
    parser = argparse.ArgumentParser(prog="bot.tools.rasa_parse")
    parser.add_argument("--model", required=True)
    parser.add_argument("--texts", required=True, help="JSON file with a list of texts")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    logging.disable(logging.WARNING)
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    results = asyncio.run(_parse_all(args.model, texts))
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
