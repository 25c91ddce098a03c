"""The blind safety sets are big enough, cover every crisis class, and never leak into training.

The same holds for the blind multi-turn conversation sets: no turn of theirs is a training example.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import pytest
import yaml

from bot.settings import ROOT
from bot.tools.conversation_eval import SETS as CONVERSATION_SETS
from bot.tools.nlu_eval import nlu_examples
from bot.tools.safety_eval import BLIND_SETS, DEV_DIR, EXPECTED_INTENT, SETS, load_set

SAFETY_DIR = ROOT / "tests" / "safety"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip(" .!?")


@functools.cache
def _training_texts() -> frozenset[str]:
    """Every NLU training example, the own examples of the crisis detector and the concern
    classifier, and the sets written for the detector (safety/written/)."""
    nlu = {_norm(text) for path in (ROOT / "data").glob("**/*.yml") for _, text in nlu_examples(path)}
    own = yaml.safe_load((ROOT / "safety" / "detector.yml").read_text(encoding="utf-8"))
    concerns = yaml.safe_load((ROOT / "concerns" / "examples.yml").read_text(encoding="utf-8"))
    written = [m for folder in sorted((ROOT / "safety" / "written").iterdir()) for m in load_set(folder)]
    return frozenset(nlu | {_norm(row["text"]) for row in own + concerns + written})


def test_the_written_sets_are_training_data_of_the_detector() -> None:
    """The sixteen written sets are there, each with its README, and the leak checks below read them."""
    folders = sorted(p.name for p in (ROOT / "safety" / "written").iterdir() if p.is_dir())
    assert folders == sorted(f"dev{n}" for n in range(2, 18))
    assert all((ROOT / "safety" / "written" / f / "README.md").is_file() for f in folders)
    assert _norm(load_set(ROOT / "safety" / "written" / "dev4")[0]["text"]) in _training_texts()


def test_blind_set_has_300_crisis_and_500_ordinary_messages_in_every_class() -> None:
    """At least 300 crisis and 500 ordinary messages, with every crisis class present."""
    counts = Counter(m["class"] for m in load_set())
    crisis = sum(n for c, n in counts.items() if c in EXPECTED_INTENT)
    assert crisis >= 300
    assert sum(counts.values()) - crisis >= 500
    assert set(EXPECTED_INTENT) <= set(counts)
    assert {"looks_alarming", "topic", "chit_chat"} <= set(counts)


@pytest.mark.parametrize("which", BLIND_SETS)
def test_blind_set_messages_never_appear_in_training_data(which: str) -> None:
    """No message of a blind safety set (case and spacing ignored) is a training example."""
    training = _training_texts()
    leaked = [m["text"] for m in load_set(SETS[which]) if _norm(m["text"]) in training]
    assert leaked == []


@pytest.mark.parametrize("which", sorted(set(CONVERSATION_SETS) - {"dev", "dev2", "dev3", "dev4"}))
def test_blind_conversation_turns_never_appear_in_training_data(which: str) -> None:
    """No turn of a blind multi-turn set is a training example ("ok" and other one-word turns aside)."""
    training = _training_texts()
    path = CONVERSATION_SETS[which][0]
    turns = [t for c in yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"] for t in c["turns"]]
    leaked = [t for t in turns if len(t.split()) > 1 and _norm(t) in training]
    assert leaked == []


def test_development_set_messages_never_appear_in_training_data() -> None:
    """The development set tunes thresholds only: none of its messages is a training example."""
    training = _training_texts()
    leaked = [m["text"] for m in load_set(DEV_DIR) if _norm(m["text"]) in training]
    assert leaked == []


@pytest.mark.parametrize("which", BLIND_SETS)
def test_blind_set_messages_are_not_written_into_the_guard(which: str) -> None:
    """No blind message is copied into the components' patterns or vocabulary."""
    sources = "\n".join(p.read_text(encoding="utf-8").lower() for p in (ROOT / "components").glob("*.py"))
    texts = [m["text"] for m in load_set(SETS[which])]
    copied = [t for t in texts if len(t) > 15 and t.lower() in sources]
    assert copied == []


@pytest.mark.parametrize("which", BLIND_SETS)
def test_blind_set_readme_says_how_it_was_written(which: str) -> None:
    """The README records who wrote the set, from what brief, and that nobody tunes on it."""
    readme = (SETS[which] / "README.md").read_text(encoding="utf-8")
    assert "How it was written" in readme
    assert "Do not train or tune" in readme
