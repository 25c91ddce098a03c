"""Which NLU pipeline? Train each candidate cold and measure all of them on the same sets, in one run.

For every candidate this trains the NLU part with an empty Rasa cache (wall time), then sends
the same messages through each model: both held-out NLU files and the blind safety set. It
reports intent accuracy, crisis recall, the safety figures, how well the classifier's confidence
is calibrated (ECE), Rasa's CPU time per parsed message and the model's size. Every candidate
keeps the same safety layer after its classifier (FallbackClassifier, CrisisDetector,
CrisisGuard, as in config.yml), so the figures are those of the bot as a whole.

    make pipelines                     # every candidate, about 50 min on 2 cores
    make pipelines PIPELINES_ARGS="--only linear diet-25 --docs"

Results go to reports/pipelines/ (and, with --docs, into docs/performance.md). The candidates'
configs are written to reports/pipelines/configs/ so any figure can be reproduced with `rasa train`.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.settings import ROOT
from bot.tools.bench import train_cold
from bot.tools.calibration import expected_calibration_error
from bot.tools.nlu_eval import CRISIS_INTENTS, HELDOUT, HELDOUT_BLIND, nlu_examples
from bot.tools.safety_eval import SAFETY_DIR, cases, load_set, parse, summary

OUT = ROOT / "reports" / "pipelines"
DOCS = ROOT / "docs" / "performance.md"
START, END = "<!-- pipelines:start (make pipelines PIPELINES_ARGS=--docs) -->", "<!-- pipelines:end -->"

_TOKENIZER = {"name": "WhitespaceTokenizer"}
_DIET = {
    "name": "DIETClassifier",
    "entity_recognition": False,
    "constrain_similarities": True,
    "random_seed": 42,
}
_LINEAR = {"name": "components.linear_intent_classifier.LinearIntentClassifier"}


def _featurizers(max_char_features: int | None = None) -> list[dict[str, Any]]:
    chars: dict[str, Any] = {
        "name": "CountVectorsFeaturizer",
        "analyzer": "char_wb",
        "min_ngram": 1,
        "max_ngram": 4,
    }
    if max_char_features:
        chars["max_features"] = max_char_features
    return [
        _TOKENIZER,
        {"name": "RegexFeaturizer"},
        {"name": "LexicalSyntacticFeaturizer"},
        {"name": "CountVectorsFeaturizer"},
        chars,
    ]


def _diet(epochs: int) -> dict[str, Any]:
    return {**_DIET, "epochs": epochs}


@dataclass(frozen=True)
class Candidate:
    """One way to classify intents; the safety layer after it is the same for all."""

    key: str
    description: str
    head: tuple[dict[str, Any], ...]


CANDIDATES = (
    Candidate(
        "diet-100",
        "DIET, 100 epochs, on Rasa's featurizers (the pipeline before this change)",
        (*_featurizers(), _diet(100)),
    ),
    Candidate(
        "diet-100-bounded",
        "the same, char n-gram vocabulary bounded to 3,000",
        (*_featurizers(3000), _diet(100)),
    ),
    Candidate("diet-50", "DIET, 50 epochs", (*_featurizers(), _diet(50))),
    Candidate("diet-25", "DIET, 25 epochs", (*_featurizers(), _diet(25))),
    Candidate("diet-10", "DIET, 10 epochs", (*_featurizers(), _diet(10))),
    Candidate(
        "rasa-logreg",
        "Rasa's LogisticRegressionClassifier on the same featurizers",
        (*_featurizers(), {"name": "LogisticRegressionClassifier", "random_state": 42}),
    ),
    Candidate(
        "linear",
        "LinearIntentClassifier: calibrated linear SVM on normalised char + word n-grams",
        (_TOKENIZER, _LINEAR),
    ),
    Candidate(
        "linear+diet-25",
        "DIET 25 epochs and LinearIntentClassifier, rankings averaged",
        (*_featurizers(), _diet(25), {**_LINEAR, "blend_with_previous": 0.5}),
    ),
)


def safety_tail(config: dict[str, Any]) -> list[dict[str, Any]]:
    """config.yml's pipeline from the FallbackClassifier on: the part every candidate shares."""
    pipeline = config["pipeline"]
    start = next(i for i, c in enumerate(pipeline) if c["name"] == "FallbackClassifier")
    return copy.deepcopy(pipeline[start:])


def candidate_config(candidate: Candidate, base: dict[str, Any]) -> dict[str, Any]:
    """config.yml with the candidate's classifier in place of its own."""
    config = copy.deepcopy(base)
    config["pipeline"] = [copy.deepcopy(c) for c in candidate.head] + safety_tail(base)
    return config


def _accuracy(pairs: list[tuple[str, str]], parsed: list[dict]) -> dict[str, Any]:
    right = [p["intent"].get("name") == intent for (intent, _), p in zip(pairs, parsed, strict=True)]
    crisis = [ok for (intent, _), ok in zip(pairs, right, strict=True) if intent in CRISIS_INTENTS]
    # The classifier's own best guess and confidence, before the fallback and the safety layer.
    classifier = [(p.get("safety") or {}).get("classifier") or {} for p in parsed]
    confidences = [float(c.get("confidence") or 0.0) for c in classifier]
    correct = [c.get("name") == intent for (intent, _), c in zip(pairs, classifier, strict=True)]
    return {
        "n": len(pairs),
        "accuracy": round(sum(right) / len(pairs), 3),
        "crisis_recall": round(sum(crisis) / len(crisis), 3) if crisis else None,
        "classifier_ece": round(expected_calibration_error(confidences, correct), 3),
    }


def measure(candidate: Candidate, rasa: Path, base: dict[str, Any], work: Path) -> dict[str, Any]:
    """Train one candidate cold and evaluate it on every set."""
    configs = OUT / "configs"
    configs.mkdir(parents=True, exist_ok=True)
    config = configs / f"{candidate.key}.yml"
    config.write_text(yaml.safe_dump(candidate_config(candidate, base), sort_keys=False, allow_unicode=True))
    started = time.monotonic()
    print(f"==> {candidate.key}: cold training ({candidate.description}) ...", flush=True)
    seconds = train_cold(rasa, config, work, candidate.key, nlu_only=True)
    model = work / f"{candidate.key}.tar.gz"
    print(f"    trained in {seconds:.0f} s; parsing the held-out and safety sets ...", flush=True)
    heldout, blind = nlu_examples(HELDOUT), nlu_examples(HELDOUT_BLIND)
    safety_messages = load_set(SAFETY_DIR)
    texts = [t for _, t in heldout] + [t for _, t in blind] + [m["text"] for m in safety_messages]
    stats: dict[str, float] = {}
    parsed = parse(texts, model, rasa, stats)
    first, second = parsed[: len(heldout)], parsed[len(heldout) : len(heldout) + len(blind)]
    safety = summary(cases(safety_messages, parsed[len(heldout) + len(blind) :]))
    result = {
        "key": candidate.key,
        "description": candidate.description,
        "train_nlu_seconds": round(seconds, 1),
        "model_mb": round(model.stat().st_size / 1024 / 1024, 1),
        "cpu_ms_per_message": round(1000 * stats["cpu_seconds"] / stats["messages"], 2),
        "heldout": _accuracy(heldout, first),
        "heldout_blind": _accuracy(blind, second),
        "safety": {
            "recall": {c: round(r["recall"], 3) for c, r in safety["crisis"].items()},
            "min_recall": round(min(r["recall"] for r in safety["crisis"].values()), 3),
            "false_alarm_rate": round(safety["false_alarm_rate"], 3),
            "asked_rate": round(safety["ordinary_asked_rate"], 3),
        },
    }
    print(f"    {line(result)}  ({time.monotonic() - started:.0f} s)", flush=True)
    return result


def line(r: dict[str, Any]) -> str:
    """One candidate's figures on one line."""
    return (
        f"train {r['train_nlu_seconds']:.0f} s, held-out {r['heldout']['accuracy']:.3f} / "
        f"blind {r['heldout_blind']['accuracy']:.3f}, safety min recall {r['safety']['min_recall']:.3f}, "
        f"false alarms {r['safety']['false_alarm_rate']:.3f}, {r['cpu_ms_per_message']:.1f} ms CPU/message"
    )


def markdown(report: dict[str, Any]) -> str:
    """The comparison as Markdown tables."""
    m = report["machine"]
    rows = [
        f"Measured {report['measured']} on {m['cpus']} CPU cores ({m['platform']}), one candidate "
        "after the other, each trained with an empty Rasa cache (`rasa train nlu`, so without "
        "the dialogue policies, which are the same for all).",
        "",
        "| Candidate | NLU training (s) | Held-out acc. | Blind held-out acc. "
        "| Crisis recall (held-out, blind) | Safety set: lowest class recall | False alarms | Asked "
        "| Classifier ECE (held-out) | Rasa CPU ms/message | Model MB |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["candidates"]:
        rows.append(
            f"| `{r['key']}` | {r['train_nlu_seconds']:.0f} | {r['heldout']['accuracy']:.3f} "
            f"| {r['heldout_blind']['accuracy']:.3f} "
            f"| {r['heldout']['crisis_recall']:.2f}, {r['heldout_blind']['crisis_recall']:.2f} "
            f"| {r['safety']['min_recall']:.3f} | {r['safety']['false_alarm_rate']:.3f} "
            f"| {r['safety']['asked_rate']:.3f} | {r['heldout']['classifier_ece']:.3f} "
            f"| {r['cpu_ms_per_message']:.1f} | {r['model_mb']:.1f} |"
        )
    rows += ["", "Safety-set recall per crisis class:", ""]
    classes = sorted({c for r in report["candidates"] for c in r["safety"]["recall"]})
    rows.append("| Candidate | " + " | ".join(classes) + " |")
    rows.append("|---|" + "---:|" * len(classes))
    for r in report["candidates"]:
        rows.append(
            f"| `{r['key']}` | "
            + " | ".join(f"{r['safety']['recall'].get(c, 0):.3f}" for c in classes)
            + " |"
        )
    rows += ["", "What each candidate is:", ""]
    rows += [f"- `{r['key']}`: {r['description']}." for r in report["candidates"]]
    return "\n".join(rows) + "\n"


def update_docs(table: str, doc: Path = DOCS) -> None:
    """Replace the text between the pipelines markers in docs/performance.md."""
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{doc} has no {START} ... {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{table}{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure the candidates and write the report."""
    parser = argparse.ArgumentParser(prog="bot.tools.pipelines")
    parser.add_argument("--rasa", required=True, type=Path)
    parser.add_argument("--only", nargs="*", help="candidate keys (default: all)")
    parser.add_argument("--docs", action="store_true", help="also rewrite the table in docs/performance.md")
    args = parser.parse_args(argv)
    chosen = [c for c in CANDIDATES if not args.only or c.key in args.only]
    unknown = set(args.only or ()) - {c.key for c in CANDIDATES}
    if unknown:
        print(
            f"unknown candidates: {', '.join(sorted(unknown))}; known: {', '.join(c.key for c in CANDIDATES)}"
        )
        return 2
    base = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    started = time.monotonic()
    results = []
    with tempfile.TemporaryDirectory(prefix="hulpwijzer-pipelines-") as tmp:
        for number, candidate in enumerate(chosen, 1):
            print(f"[{number}/{len(chosen)}] {time.monotonic() - started:.0f} s elapsed", flush=True)
            results.append(measure(candidate, args.rasa, base, Path(tmp)))
    report = {
        "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "candidates": results,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pipelines.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    table = markdown(report)
    (OUT / "pipelines.md").write_text(table, encoding="utf-8")
    print(table)
    if args.docs:
        update_docs(table)
    print(f"==> {len(results)} candidates in {time.monotonic() - started:.0f} s; report in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
