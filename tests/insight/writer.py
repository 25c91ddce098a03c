"""A separate process counting turns through its own recorder and store: `python -m tests.insight.writer`.

Each process has its own salt and memory, as two web processes do; both add to the same counters.
"""

from __future__ import annotations

import sys

from bot.insight.events import load_vocabulary
from bot.insight.recorder import InsightRecorder
from bot.insight.store import open_counts
from bot.registry.catalog import Catalog
from tests.helpers import CHANNELS, TOPICS
from tests.insight.conftest import police_turn


def main(url: str, turns: int, tag: str) -> None:
    """Count `turns` police turns, each its own conversation, writing after every turn."""
    recorder = InsightRecorder(
        open_counts(url), load_vocabulary(Catalog(CHANNELS, TOPICS)), idle_seconds=1800, background=False
    )
    for i in range(turns):
        recorder.observe(f"{tag}-{i:028x}", police_turn())
        assert recorder.flush(), "a write failed"
    recorder.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
