"""Held-out NLU report: how well the bot understands young people, and where each message is routed.

Runs `rasa test nlu` on tests/nlu/heldout.yml (which training never reads) into reports/nlu,
keeps Rasa's plots, and writes reports/nlu/index.html and reports/nlu/summary.md: the overall
figures, every intent weakest first, and for each held-out message the intent the bot chose, its
confidence and the channels the bot would send for it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from bot.referral import now_local, plan_route
from bot.registry import get_catalog
from bot.registry.catalog import Snapshot
from bot.reports.page import write_report
from bot.settings import ROOT
from bot.tools.calibration import Curve, expected_calibration_error, plot_reliability
from bot.tools.nlu_eval import (
    CRISIS_INTENTS,
    HELDOUT,
    HELDOUT_BLIND,
    intent_scores,
    nlu_examples,
    run_rasa_test_nlu,
    summarize,
)
from bot.tools.progress import stage
from bot.tools.safety_eval import EXPECTED_INTENT, load_set, parse

REPORT_DIR = ROOT / "reports" / "nlu"
PLOTS = (
    (
        "intent_confusion_matrix.png",
        "Verwarringsmatrix: welke intentie gekozen werd (kolommen) voor welke (rijen)",
    ),
    ("intent_histogram.png", "Zekerheid van goede (links) en foute (rechts) voorspellingen"),
    (
        "reliability.png",
        "Betrouwbaarheid: hoe vaak een zekerheid klopt. De intentherkenning op beide achtergehouden sets, "
        "en de crisiskans van de crisisdetector op de achtergehouden sets en de blinde veiligheidsset",
    ),
)
WEAKEST_COUNT = 5
NO_ROUTE = "—"
# Rasa's default when config.yml names the FallbackClassifier without a threshold.
DEFAULT_FALLBACK_THRESHOLD = 0.3


@dataclass(frozen=True)
class Prediction:
    """One held-out message: the intent it should get, the intent the bot chose, and how sure it was."""

    text: str
    expected: str
    predicted: str
    confidence: float

    @property
    def correct(self) -> bool:
        """Whether the bot chose the expected intent."""
        return self.expected == self.predicted


@dataclass(frozen=True)
class IntentFigures:
    """Rasa's figures for one intent."""

    intent: str
    precision: float
    recall: float
    f1: float
    support: int
    confused_with: dict[str, int]


@dataclass(frozen=True)
class RoutingRow:
    """A held-out message and the channel ids the bot would send for the intent it chose.

    `not_understood` marks a prediction below the fallback threshold: in the chat the bot says it
    did not understand and sends no channels (Rasa's evaluation reports the intent behind it).
    """

    prediction: Prediction
    channels: tuple[str, ...] | None
    not_understood: bool = False


@dataclass(frozen=True)
class NluReport:
    """Everything the NLU report shows."""

    accuracy: float
    macro_f1: float
    scores: tuple[IntentFigures, ...]
    rows: tuple[RoutingRow, ...]
    routed_at: datetime
    model: str
    plots: tuple[tuple[str, str], ...]
    threshold: float | None = None
    calibration: tuple[str, ...] = ()

    @property
    def weakest(self) -> list[IntentFigures]:
        """The intents to add examples to next: lowest F1 among intents the held-out set tests."""
        return [s for s in self.scores if s.support > 0][:WEAKEST_COUNT]

    def mistaken_for(self, intent: str) -> dict[str, int]:
        """Other intents whose messages the bot took for `intent`, with how many."""
        return {s.intent: s.confused_with[intent] for s in self.scores if intent in s.confused_with}


def read_scores(report: dict) -> list[IntentFigures]:
    """Per-intent figures from Rasa's intent_report.json, weakest first."""
    scores = [
        IntentFigures(
            intent=name,
            precision=float(v["precision"]),
            recall=float(v["recall"]),
            f1=float(v["f1-score"]),
            support=int(v["support"]),
            confused_with={str(k): int(n) for k, n in (v.get("confused_with") or {}).items()},
        )
        for name, v in intent_scores(report).items()
    ]
    return sorted(scores, key=lambda s: (s.f1, s.recall, -s.support, s.intent))


def load_predictions(out: Path) -> list[Prediction]:
    """Every held-out message with its prediction, from Rasa's intent_errors and intent_successes files."""
    predictions: list[Prediction] = []
    for name in ("intent_errors.json", "intent_successes.json"):
        path = out / name
        if not path.exists():
            continue
        for item in json.loads(path.read_text(encoding="utf-8")):
            guess = item.get("intent_prediction") or {}
            predictions.append(
                Prediction(
                    text=str(item["text"]),
                    expected=str(item["intent"]),
                    predicted=str(guess.get("name")),
                    confidence=float(guess.get("confidence") or 0.0),
                )
            )
    return predictions


def route_ids(snapshot: Snapshot, intent: str, at: datetime) -> tuple[str, ...] | None:
    """The channel ids the bot sends for `intent` at `at`, or None when the intent is no topic.

    Crisis intents are topics in channels/topics.yml too, with the channels of their fixed answer.
    """
    if intent not in snapshot.routing.topics:
        return None
    return tuple(plan_route(snapshot, intent, at).ids)


def fallback_threshold(config_path: Path) -> float | None:
    """The FallbackClassifier's confidence threshold in config.yml, if it has one."""
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", DEFAULT_FALLBACK_THRESHOLD))
    return None


def build_routing_rows(
    predictions: Iterable[Prediction], snapshot: Snapshot, at: datetime, threshold: float | None = None
) -> list[RoutingRow]:
    """One row per message, wrong predictions first, then by the expected intent."""
    rows: list[RoutingRow] = []
    for p in predictions:
        if threshold is not None and p.confidence < threshold:
            rows.append(RoutingRow(p, None, not_understood=True))
        else:
            rows.append(RoutingRow(p, route_ids(snapshot, p.predicted, at)))
    return sorted(rows, key=lambda r: (r.prediction.correct, r.prediction.expected, r.prediction.text))


def calibration_curves(
    heldout: Iterable[tuple[str, dict]], safety: Iterable[tuple[bool, dict]]
) -> dict[str, Curve]:
    """Confidence and correctness per score: the classifier's own first guess (before the safety layer) on
    held-out messages with their expected intent, and the detector's crisis probability on
    held-out and safety messages with whether they are a crisis."""
    diet_conf, diet_ok, crisis_conf, crisis_truth = [], [], [], []
    for expected, parsed in heldout:
        guess = (parsed.get("safety") or {}).get("classifier") or parsed.get("intent") or {}
        diet_conf.append(float(guess.get("confidence") or 0.0))
        diet_ok.append(guess.get("name") == expected)
        crisis_conf.append(min(1.0, sum((parsed.get("crisis_scores") or {}).values())))
        crisis_truth.append(expected in CRISIS_INTENTS)
    for is_crisis, parsed in safety:
        crisis_conf.append(min(1.0, sum((parsed.get("crisis_scores") or {}).values())))
        crisis_truth.append(is_crisis)
    return {
        "intentherkenning, beste intentie (achtergehouden sets)": (diet_conf, diet_ok),
        "crisisdetector (achtergehouden sets en veiligheidsset)": (crisis_conf, crisis_truth),
    }


def calibration_lines(curves: dict[str, Curve]) -> tuple[str, ...]:
    """One line per score: its expected calibration error and how much of it is near-certain."""
    lines = []
    for name, (conf, ok) in curves.items():
        sure = [c for c in conf if c >= 0.99 or c <= 0.01]
        sure_share = len(sure) / len(conf) if conf else 0.0
        lines.append(
            f"{name}: verwachte kalibratiefout (ECE) {expected_calibration_error(conf, ok):.3f} over "
            f"{len(conf)} berichten; {sure_share:.0%} van de scores is 0,99 of meer (of 0,01 of minder)."
        )
    return tuple(lines)


def measure_calibration(rasa: Path, model: Path, out: Path) -> tuple[str, ...]:
    """Parse both held-out sets and the blind safety set, plot reliability.png, return the lines."""
    heldout = [(intent, text) for path in (HELDOUT, HELDOUT_BLIND) for intent, text in nlu_examples(path)]
    safety = load_set()
    parsed = parse([t for _, t in heldout] + [m["text"] for m in safety], model, rasa)
    curves = calibration_curves(
        zip((i for i, _ in heldout), parsed[: len(heldout)], strict=True),
        zip((m["class"] in EXPECTED_INTENT for m in safety), parsed[len(heldout) :], strict=True),
    )
    plot_reliability(curves, out / "reliability.png", "Betrouwbaarheid van de zekerheden van de bot")
    return calibration_lines(curves)


def build_nlu_report(
    out: Path,
    snapshot: Snapshot,
    at: datetime,
    model: str,
    threshold: float | None = None,
    calibration: tuple[str, ...] = (),
) -> NluReport:
    """Read Rasa's outputs in `out` into a report, routing each message with `snapshot` at `at`."""
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    return NluReport(
        accuracy=float(report["accuracy"]),
        macro_f1=float(report["macro avg"]["f1-score"]),
        scores=tuple(read_scores(report)),
        rows=tuple(build_routing_rows(load_predictions(out), snapshot, at, threshold)),
        routed_at=at,
        model=model,
        plots=tuple((name, caption) for name, caption in PLOTS if (out / name).exists()),
        threshold=threshold,
        calibration=calibration,
    )


def _channels_text(row: RoutingRow) -> str:
    if row.not_understood:
        return f"{NO_ROUTE} (niet begrepen)"
    return ", ".join(row.channels) if row.channels else NO_ROUTE


def _counts(counts: dict[str, int]) -> str:
    pairs = sorted(counts.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{name} ({count})" for name, count in pairs) or NO_ROUTE


def _confused(score: IntentFigures) -> str:
    return _counts(score.confused_with)


def _weak_note(report: NluReport, score: IntentFigures) -> str:
    notes = [f"F1 {score.f1:.2f}, recall {score.recall:.2f}, precisie {score.precision:.2f}"]
    if score.confused_with:
        notes.append(f"de berichten ervan gehouden voor {_counts(score.confused_with)}")
    mistaken = report.mistaken_for(score.intent)
    if mistaken:
        notes.append(f"berichten van {_counts(mistaken)} ervoor gehouden")
    return "; ".join(notes)


def _overall(report: NluReport) -> str:
    messages = sum(s.support for s in report.scores)
    return (
        f"Nauwkeurigheid {report.accuracy:.1%} op {messages} achtergehouden berichten; "
        f"macro-F1 {report.macro_f1:.3f} over {sum(1 for s in report.scores if s.support)} intenties."
    )


def _routing_note(report: NluReport) -> str:
    crisis = " en ".join(CRISIS_INTENTS)
    below = (
        f" Onder een zekerheid van {report.threshold:.2f} zegt de bot dat hij het niet begreep en stuurt "
        "hij niets (“niet begrepen”); dat doet hij ook als de twee beste intenties heel dicht bij "
        "elkaar liggen, wat Rasa's bestanden niet laten zien."
        if report.threshold is not None
        else ""
    )
    return (
        f"Kanalen zoals de bot ze zou sturen op {report.routed_at:%Y-%m-%d %H:%M} (Europe/Amsterdam): "
        "er komt een kanaal bij dat dag en nacht open is als er een dicht is of de tijden onbekend zijn. "
        f"{crisis} gebruiken hun vaste crisiskanalen; “{NO_ROUTE}” betekent dat de intentie geen "
        f"kanalen stuurt (na een ja stuurt de bot de kanalen van wat hij had aangeboden).{below}"
    )


def context(report: NluReport) -> dict[str, object]:
    weak = {s.intent for s in report.weakest}
    return {
        "report": report,
        "overall": _overall(report),
        "weakest": [(s, _weak_note(report, s)) for s in report.weakest],
        "scores": [(s, _confused(s), s.intent in weak) for s in report.scores],
        "routing_note": _routing_note(report),
        "rows": [(row.prediction, _channels_text(row)) for row in report.rows],
    }


def write_nlu_report(report: NluReport, out: Path) -> tuple[Path, Path]:
    """Write index.html and summary.md into `out` and return their paths."""
    return write_report(out, ("index.html", "summary.md"), "nlu", context(report))


def main(argv: list[str] | None = None) -> int:
    """Evaluate the held-out messages with Rasa, then write the report next to Rasa's plots."""
    parser = argparse.ArgumentParser(prog="bot.reports.nlu", description=__doc__)
    parser.add_argument("--model", required=True, help="the trained model (models/<fingerprint>.tar.gz)")
    parser.add_argument("--rasa", required=True, help="the rasa executable of the Rasa environment")
    parser.add_argument("--nlu", default=str(HELDOUT), help="held-out messages in Rasa's NLU format")
    parser.add_argument("--out", default=str(REPORT_DIR), help="where Rasa's results and the report go")
    args = parser.parse_args(argv)

    # Rasa runs in the project root, so paths given relative to the caller's folder are resolved first.
    out, model, held_out = Path(args.out).resolve(), Path(args.model).resolve(), Path(args.nlu).resolve()
    shutil.rmtree(out, ignore_errors=True)
    stage(f"Evaluating {held_out} (rasa test nlu)")
    try:
        rasa_report = run_rasa_test_nlu(Path(args.rasa), model, out, held_out, successes=True)
    except subprocess.CalledProcessError as exc:
        print((exc.stderr or b"").decode(errors="replace")[-3000:], file=sys.stderr)
        print(f"FAIL: rasa test nlu ended with exit code {exc.returncode}", file=sys.stderr)
        return 2
    print("\n".join(summarize(rasa_report)[1]))
    threshold = fallback_threshold(ROOT / "config.yml")
    stage("Calibration: both held-out sets and the blind safety set through the model")
    calibration = measure_calibration(Path(args.rasa), model, out)
    print("\n".join(calibration))
    report = build_nlu_report(out, get_catalog().snapshot(), now_local(), model.name, threshold, calibration)
    html_path, md_path = write_nlu_report(report, out)
    stage(f"Report: {html_path}\n        {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
