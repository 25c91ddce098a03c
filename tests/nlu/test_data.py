"""The NLU data: enough examples per intent, and a held-out set that training never sees."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from bot.settings import ROOT
from bot.tools.nlu_eval import nlu_examples

TRAINING = sorted((ROOT / "data" / "nlu").glob("*.yml"))
HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
HELDOUT_BLIND = ROOT / "tests" / "nlu" / "heldout_blind.yml"
HELDOUT_FOLLOW_UPS = ROOT / "tests" / "nlu" / "heldout_follow_ups.yml"


def _examples(paths: list[Path]) -> list[tuple[str, str]]:
    return [pair for path in paths for pair in nlu_examples(path)]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip(" .!?")


def test_heldout_examples_are_never_in_training() -> None:
    """No held-out message (case and spacing ignored) is also a training example."""
    training = {_norm(t) for _, t in _examples(TRAINING)}
    leaked = [t for _, t in _examples([HELDOUT, HELDOUT_BLIND, HELDOUT_FOLLOW_UPS]) if _norm(t) in training]
    assert leaked == []


def test_heldout_file_is_outside_training_data() -> None:
    """`rasa train` reads every YAML under data/; the held-out file must not be there."""
    assert ROOT / "data" not in HELDOUT.parents
    assert ROOT / "data" not in HELDOUT_BLIND.parents
    assert ROOT / "data" not in HELDOUT_FOLLOW_UPS.parents


def test_every_intent_has_at_least_25_training_examples() -> None:
    """Each intent has enough examples, written the way young people type."""
    domain_intents = set()
    for path in (ROOT / "domain").glob("*.yml"):
        domain_intents.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("intents", []))
    counts = Counter(intent for intent, _ in _examples(TRAINING))
    domain_intents.discard("nlu_fallback")
    assert set(counts) == domain_intents
    assert {i: n for i, n in counts.items() if n < 25} == {}


def test_every_intent_is_in_the_heldout_set() -> None:
    """Accuracy is measured for every intent, not only the easy ones."""
    training = {i for i, _ in _examples(TRAINING)}
    for path, least in ((HELDOUT, 8), (HELDOUT_BLIND, 4)):
        heldout = Counter(i for i, _ in _examples([path]))
        assert set(heldout) == training, path
        assert min(heldout.values()) >= least, path
