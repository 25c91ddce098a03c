"""The pipeline comparison: every candidate keeps config.yml's safety layer, and the table shows each."""

from __future__ import annotations

import yaml

from bot.settings import ROOT
from bot.tools.pipelines import CANDIDATES, candidate_config, markdown, safety_tail

BASE = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))


def test_every_candidate_keeps_the_safety_layer_and_the_policies() -> None:
    """Only the classifier differs: the fallback, detector and guard follow it, policies unchanged."""
    tail = [c["name"] for c in safety_tail(BASE)]
    assert tail == [
        "FallbackClassifier",
        "components.crisis_detector.CrisisDetector",
        "components.crisis_guard.CrisisGuard",
    ]
    for candidate in CANDIDATES:
        config = candidate_config(candidate, BASE)
        names = [c["name"] for c in config["pipeline"]]
        assert names[-3:] == tail, candidate.key
        assert config["pipeline"][0]["name"] == "WhitespaceTokenizer", candidate.key
        assert config["policies"] == BASE["policies"], candidate.key
    assert len({c.key for c in CANDIDATES}) == len(CANDIDATES)


def test_candidates_differ_in_what_the_issue_asks_to_compare() -> None:
    """DIET at 100/50/25/10 epochs, a bounded vocabulary, two linear classifiers and the combination."""
    diet = {
        c.key: next(p for p in c.head if p["name"] == "DIETClassifier") for c in CANDIDATES if "diet" in c.key
    }
    assert {k: v["epochs"] for k, v in diet.items()} == {
        "diet-100": 100,
        "diet-100-bounded": 100,
        "diet-50": 50,
        "diet-25": 25,
        "diet-10": 10,
        "linear+diet-25": 25,
    }
    bounded = next(c for c in CANDIDATES if c.key == "diet-100-bounded")
    assert any(p.get("max_features") == 3000 for p in bounded.head)
    combined = next(c for c in CANDIDATES if c.key == "linear+diet-25")
    assert combined.head[-1]["blend_with_previous"] == 0.5


def test_markdown_has_a_row_per_candidate_with_its_figures() -> None:
    """Training time, accuracy, safety and CPU appear for each measured candidate."""
    row = {
        "key": "linear",
        "description": "d",
        "train_nlu_seconds": 14.2,
        "model_mb": 2.8,
        "cpu_ms_per_message": 5.5,
        "heldout": {"accuracy": 0.94, "crisis_recall": 1.0, "classifier_ece": 0.029},
        "heldout_blind": {"accuracy": 0.93, "crisis_recall": 1.0, "classifier_ece": 0.03},
        "safety": {
            "recall": {"self_harm": 0.809},
            "min_recall": 0.809,
            "false_alarm_rate": 0.066,
            "asked_rate": 0.02,
        },
    }
    table = markdown({"measured": "now", "machine": {"cpus": 2, "platform": "x"}, "candidates": [row]})
    assert (
        "| `linear` | 14 | 0.940 | 0.930 | 1.00, 1.00 | 0.809 | 0.066 | 0.020 | 0.029 | 5.5 | 2.8 |" in table
    )
    assert "| `linear` | 0.809 |" in table
