"""How the learned crisis detector does on a writer it never read: leave one written set out.

Each set in `safety/written/` was written by a separate writer. For every set, the detector is
trained on everything else it learns from (the NLU data, `safety/detector.yml`, the other written
sets) and scored on the set left out: how many crisis messages it finds (its crisis probability at the
guard's `detect_threshold`), how many of those it gives the right crisis, and how many ordinary
messages it raises. That is the question the blind test sets ask of the whole bot (does it
understand a new writer?), asked of the detector alone, on training data only: candidate settings
can be compared on it without looking at any blind set.

    .venv-rasa/bin/python -m bot.tools.detector_eval [--candidate NAME ...]

Prints one line per candidate (pooled over the left-out sets) and writes reports/detector_eval.json.
The figures are for this machine's run; compare candidates within one run.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from joblib import Parallel, delayed

from components.crisis_concepts import CRISIS_INTENTS, NO_CRISIS
from components.crisis_detector import (
    CrisisDetector,
    detector_examples,
    examples_path,
    fit_detector,
    own_examples,
    written_examples,
    written_set_files,
)
from components.safety_decision import SafetyRules
from components.safety_text import model_text

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "reports" / "detector_eval.json"
# Settings compared against the shipped one (CrisisDetector.get_default_config()).
CANDIDATES: dict[str, dict[str, Any]] = {
    "shipped": {},
    "written x1": {"written_weight": 1.0},
    "written x2": {"written_weight": 2.0},
    "written x4": {"written_weight": 4.0},
    "written x16": {"written_weight": 16.0},
    "own x8": {"own_weight": 8.0},
    "without dev12-15": {"without": ("dev12", "dev13", "dev14", "dev15")},
    "without dev16-17": {"without": ("dev16", "dev17")},
    "C=4": {"C": 4.0},
    "C=16": {"C": 16.0},
    "chars=50000": {"max_char_features": 50000},
}


def nlu_examples() -> list[tuple[str, str]]:
    """(text, intent) of every NLU training example, read as Rasa reads them."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "data" / "nlu"))
    return [(e.get("text"), e.get("intent")) for e in data.intent_examples if e.get("text")]


def fold(
    config: dict[str, Any], base: list[tuple[str, str]], own: list[tuple[str, str]], left_out: Path
) -> list[tuple[str, float, str]]:
    """Train without one written set; (label, total crisis probability, likeliest crisis) per message
    of that set."""
    # A candidate may leave some sets out of training altogether ("is a round of writers worth it?").
    files = [f for f in written_set_files(config) if f.parent.name not in config.get("without", ())]
    training = written_examples([f for f in files if f.parent != left_out])
    model = fit_detector(config, detector_examples(config, base, training, own))
    test = written_examples([f for f in written_set_files(config) if f.parent == left_out])
    probabilities = model.predict_proba([model_text(t) for t, _ in test])
    classes = list(model.classes_)
    columns = [classes.index(c) for c in CRISIS_INTENTS if c in classes]
    return [
        (label, float(np.sum(row[columns])), classes[max(columns, key=lambda i: row[i])])
        for (_, label), row in zip(test, probabilities, strict=True)
    ]


def score(
    config: dict[str, Any],
    base: list[tuple[str, str]],
    own: list[tuple[str, str]],
    folders: list[Path],
    jobs: int,
) -> dict[str, Any]:
    """Leave each written set out in turn (folds in parallel); pooled counts over all of them."""
    threshold = SafetyRules().detect_threshold
    results = Parallel(n_jobs=jobs)(delayed(fold)(config, base, own, left_out) for left_out in folders)
    per_set = {}
    for left_out, rows in zip(folders, results, strict=True):
        crisis_rows = [r for r in rows if r[0] != NO_CRISIS]
        ordinary_rows = [r for r in rows if r[0] == NO_CRISIS]
        per_set[left_out.name] = {
            "recall": round(sum(r[1] >= threshold for r in crisis_rows) / len(crisis_rows), 3),
            "false_alarms": round(sum(r[1] >= threshold for r in ordinary_rows) / len(ordinary_rows), 3),
        }
    pooled = [r for rows in results for r in rows]
    crisis_totals = [r[1] for r in pooled if r[0] != NO_CRISIS]
    ordinary_totals = [r[1] for r in pooled if r[0] == NO_CRISIS]
    crisis = len(crisis_totals)
    ordinary = len(ordinary_totals)
    found = sum(t >= threshold for t in crisis_totals)
    right = sum(r[1] >= threshold and r[2] == r[0] for r in pooled if r[0] != NO_CRISIS)
    alarms = sum(t >= threshold for t in ordinary_totals)
    # Threshold-free: the crisis found when the threshold lets 3% of ordinary messages through, and the
    # false alarms when it finds 97% of crises (the goal and the gate of the blind sets).
    at_3 = float(np.quantile(ordinary_totals, 0.97))
    at_97 = float(np.quantile(crisis_totals, 0.03))
    return {
        "recall_at_3pct_alarms": round(float(np.mean(np.array(crisis_totals) > at_3)), 3),
        "alarms_at_97pct_recall": round(float(np.mean(np.array(ordinary_totals) >= at_97)), 3),
        "recall": round(found / crisis, 3),
        "right_crisis": round(right / crisis, 3),
        "false_alarms": round(alarms / ordinary, 3),
        "crisis": crisis,
        "ordinary": ordinary,
        "per_set": per_set,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--candidate", action="append", choices=sorted(CANDIDATES), help="default: all")
    parser.add_argument("--jobs", type=int, default=2, help="folds trained at once (default 2)")
    parser.add_argument("--folds", help="comma-separated written sets to leave out in turn (default: all)")
    args = parser.parse_args(argv)
    shipped = CrisisDetector.get_default_config()
    path = examples_path(shipped)
    base = nlu_examples()
    own = own_examples(path) if path else []
    folders = sorted({f.parent for f in written_set_files(shipped)})
    if args.folds:
        folders = [f for f in folders if f.name in args.folds.split(",")]
    print(f"==> Leave one written set out: {len(folders)} sets, {len(base)} NLU and {len(own)} own examples")
    results = {}
    for name in args.candidate or list(CANDIDATES):
        started = time.monotonic()
        results[name] = score({**shipped, **CANDIDATES[name]}, base, own, folders, args.jobs)
        r = results[name]
        print(
            f"  {name:14s} crisis found {r['recall']:.3f}, right crisis {r['right_crisis']:.3f}, "
            f"false alarms {r['false_alarms']:.3f}; at 3% alarms found {r['recall_at_3pct_alarms']:.3f}, "
            f"at 97% found alarms {r['alarms_at_97pct_recall']:.3f} "
            f"({r['crisis']} crisis, {r['ordinary']} ordinary; {time.monotonic() - started:.0f} s)"
        )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"==> {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
