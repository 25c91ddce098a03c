"""Held-out intent accuracy: `rasa test nlu` on tests/nlu/heldout.yml, which training never reads.

Prints accuracy, macro F1 and the weakest intents; exits 1 when accuracy falls below the floor
(per part: the intents there before 2026-11-30, and the seven new situations),
so a change that makes the bot understand young people worse does not land unnoticed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bot import yamlio
from bot.settings import ROOT

HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
# Written blind (its author saw neither the training data nor the first held-out set, and no
# training change was ever made from its errors): the unbiased estimate of understanding.
HELDOUT_BLIND = ROOT / "tests" / "nlu" / "heldout_blind.yml"
ACCURACY_FLOOR = 0.85
# The seven situations added on 2026-11-30 have blind-written held-out messages (a writer who saw
# neither data/ nor the training writer's brief). They score lower, as blind sets do, and get
# their own floor; the intents that were there before keep ACCURACY_FLOOR on their messages.
NEW_SITUATIONS = frozenset(
    {
        "grooming",
        "helping_friend",
        "platform_supervision",
        "ask_channel_by_name",
        "after_report",
        "decline_help",
        "ask_privacy",
        # Added in the third session of 2026-11-30, with 16 blind-written held-out messages.
        "ask_report_anonymously",
        # Added in the seventh session of 2026-11-30, with 36 blind-written held-out messages.
        "ask_hours",
        # Added in the thirteenth session of 2026-12-01, with 6 held-out messages written by the lead.
        "shared_others_images",
    }
)
NEW_SITUATIONS_FLOOR = 0.6
# Messages for someone else, with what is going on, and questions where to go (held out from one
# writer's messages, 2026-11-30, fourth session): intent accuracy, and how often the concern the
# classifier finds (components/linear_intent_classifier.py) is the one the writer meant (none
# when the message does not say). Floors about five points under today's 0.901 and 0.902.
SOMEONE_ELSE = ROOT / "tests" / "nlu" / "someone_else.yml"
# Follow-ups of easily confused intents (shame, parents, a platform that does not remove, still online,
# after a report, privacy, no help wanted, doubt, anonymous): 20% of a writer's messages, held out
# (2026-11-30, fifth session; the other 80% are in data/nlu/follow_ups_written.yml).
HELDOUT_FOLLOW_UPS = ROOT / "tests" / "nlu" / "heldout_follow_ups.yml"
# Its floors (earlier intents, new situations), a few points under its first measurement (0.748 and
# 0.653 on 2026-11-30): these short follow-ups are the hardest messages the classifier gets.
FOLLOW_UPS_FLOORS = (0.70, 0.60)
SOMEONE_ELSE_FLOORS = {"intent": 0.85, "concern": 0.85}
CRISIS_INTENTS = ("suicidal_thoughts", "danger_now", "sexual_violence")


def nlu_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, text) for every intent example of a Rasa NLU file (other files give none)."""
    pairs = []
    for block in (yamlio.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
        if "intent" in block:
            for line in str(block.get("examples", "")).splitlines():
                text = line.strip().removeprefix("- ").strip()
                if text:
                    pairs.append((str(block["intent"]), text))
    return pairs


def run_rasa_test_nlu(
    rasa: Path, model: Path, out: Path, nlu: Path = HELDOUT, successes: bool = False
) -> dict:
    """Run Rasa's own NLU evaluation (with its plots) and return its intent report.

    With `successes`, Rasa also writes intent_successes.json next to intent_errors.json, so
    every message's prediction can be read back.
    """
    out.mkdir(parents=True, exist_ok=True)
    extra = ["--successes"] if successes else []
    subprocess.run(
        [str(rasa), "test", "nlu", "--model", str(model), "--nlu", str(nlu), "--out", str(out), *extra],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return json.loads((out / "intent_report.json").read_text(encoding="utf-8"))


def intent_scores(report: dict) -> dict[str, dict]:
    """Rasa's per-intent figures from its intent report, without the averages."""
    return {k: v for k, v in report.items() if isinstance(v, dict) and "support" in v and "avg" not in k}


def summarize(report: dict, label: str = "Held-out NLU") -> tuple[float, list[str]]:
    """Accuracy and printable lines: overall figures, crisis recall, the five weakest intents."""
    intents = intent_scores(report)
    accuracy = float(report["accuracy"])
    lines = [
        f"{label} ({int(sum(v['support'] for v in intents.values()))} messages, "
        f"{len(intents)} intents): accuracy {accuracy:.3f}, "
        f"macro F1 {report['macro avg']['f1-score']:.3f}"
    ]
    for name in CRISIS_INTENTS:
        if name in intents:
            lines.append(f"  crisis recall {name}: {intents[name]['recall']:.2f}")
    weakest = sorted(intents.items(), key=lambda kv: kv[1]["f1-score"])[:5]
    lines.append("  weakest (F1): " + ", ".join(f"{k} {v['f1-score']:.2f}" for k, v in weakest))
    return accuracy, lines


def part_accuracy(report: dict, new: bool) -> float | None:
    """Accuracy on the messages of the new situations' intents (`new`), or of all other intents."""
    intents = {k: v for k, v in intent_scores(report).items() if (k in NEW_SITUATIONS) == new}
    support = sum(v["support"] for v in intents.values())
    if not support:
        return None
    return float(sum(v["recall"] * v["support"] for v in intents.values()) / support)


def someone_else_scores(messages: list[dict], parsed: list[dict]) -> dict[str, float]:
    """Intent accuracy on all messages; concern accuracy on those labelled with one (or none).

    A message for someone else that the classifier takes for its concern itself ("haar vader slaat
    haar": violence at home; "mijn dochter is verkracht": the CSG crisis answer) is routed for
    that concern, so it counts as right for both.
    """
    intents, concerns = [], []
    for m, p in zip(messages, parsed, strict=True):
        got = p.get("intent", {}).get("name")
        as_concern = m.get("concern") is not None and got == m["concern"]
        intents.append(got == m["intent"] or as_concern)
        if "concern" in m and (got == m["intent"] or as_concern):
            concerns.append(as_concern or p.get("concern") == m["concern"])
    return {
        "intent": sum(intents) / len(intents) if intents else 0.0,
        "concern": sum(concerns) / len(concerns) if concerns else 0.0,
        "concern_n": float(len(concerns)),
    }


def evaluate_someone_else(model: Path, rasa: Path) -> bool:
    """Print the scores on tests/nlu/someone_else.yml; True when one is under its floor."""
    from bot.tools.safety_eval import parse

    messages = yamlio.safe_load(SOMEONE_ELSE.read_text(encoding="utf-8"))["messages"]
    scores = someone_else_scores(messages, parse([m["text"] for m in messages], model, rasa))
    print(
        f"Someone else and where to go ({len(messages)} held-out messages): intent accuracy "
        f"{scores['intent']:.3f}; concern right on {scores['concern']:.3f} of the "
        f"{scores['concern_n']:.0f} messages for someone else whose intent was right (or was the concern)"
    )
    failed = False
    for key, floor in SOMEONE_ELSE_FLOORS.items():
        if scores[key] < floor:
            print(f"FAIL: someone else, {key} accuracy {scores[key]:.3f} is below {floor}")
            failed = True
    return failed


def main(argv: list[str] | None = None) -> int:
    """Evaluate, print, and fail below the accuracy floor."""
    parser = argparse.ArgumentParser(prog="bot.tools.nlu_eval")
    parser.add_argument("--model", required=True)
    parser.add_argument("--rasa", required=True)
    parser.add_argument("--out", default=str(ROOT / "results" / "nlu"))
    args = parser.parse_args(argv)
    failed = False
    floors = (ACCURACY_FLOOR, NEW_SITUATIONS_FLOOR)
    for label, nlu, out, (earlier_floor, new_floor) in (
        ("Held-out NLU", HELDOUT, Path(args.out), floors),
        ("Blind held-out NLU", HELDOUT_BLIND, Path(args.out) / "blind", floors),
        ("Held-out follow-ups", HELDOUT_FOLLOW_UPS, Path(args.out) / "follow_ups", FOLLOW_UPS_FLOORS),
    ):
        report = run_rasa_test_nlu(Path(args.rasa), Path(args.model), out, nlu=nlu)
        _, lines = summarize(report, label)
        print("\n".join(lines))
        for new, floor, part in (
            (False, earlier_floor, "earlier intents"),
            (True, new_floor, "new situations"),
        ):
            accuracy = part_accuracy(report, new)
            if accuracy is None:
                continue
            print(f"  {part}: accuracy {accuracy:.3f} (floor {floor})")
            if accuracy < floor:
                print(f"FAIL: {label}, {part}: accuracy {accuracy:.3f} is below {floor}")
                failed = True
    failed = evaluate_someone_else(Path(args.model), Path(args.rasa)) or failed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
