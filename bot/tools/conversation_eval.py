"""The blind multi-turn conversations (tests/conversations_blind/) through the real bot.

Starts the action server and Rasa on free loopback ports, sends each conversation turn by turn
through Rasa's widget channel (a fresh session each), and judges the bot's reply to the last turn
against the set's `expected` block (tests/conversations_blind/README.md):

- with cards: the first card is `first`, every `include` id is shown, no `exclude` id is shown;
- without cards: a pass only when `card_required` is false and the text names the channel the
  answer must be about (`answer_about`: its name or one of its numbers).

Prints the accuracy overall and per kind of follow-up, and every miss; writes
reports/conversations_blind/summary.{json,md}. The set is never trained or tuned on: its misses
are reported, not fixed one by one.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bot import yamlio
from bot.api.rasa_client import WEBHOOK
from bot.registry import get_catalog
from bot.reply import read_reply
from bot.settings import ROOT
from bot.tools.devstack import Stack, free_port
from bot.tools.progress import stage
from bot.tools.safety_eval import BLIND_SETS, SAFETY_ONLY_SETS

# Each set and its report: tests/conversations_<set>/, reports/conversations_<set>/. The fresh set
# was written after the blind one had shaped design choices (its README says how).
SETS = {
    name: (
        ROOT / "tests" / f"conversations_{name}" / "conversations.yml",
        ROOT / "reports" / f"conversations_{name}",
    )
    # Every blind safety set but the safety-only ones has a blind conversation set of the same name,
    # written in the same session; the development sets were tuned on.
    for name in (*BLIND_SETS, "dev", "dev2", "dev3", "dev4")
    if name not in SAFETY_ONLY_SETS
}
TITLES = {
    "blind": "Blind multi-turn conversations",
    "fresh": "Fresh blind conversations",
    "third": "Third blind conversations",
    "fourth": "Fourth blind conversations",
    "fifth": "Fifth blind conversations",
    "sixth": "Sixth blind conversations",
    "seventh": "Seventh blind conversations",
    "eighth": "Eighth blind conversations",
    "ninth": "Ninth blind conversations",
    "tenth": "Tenth blind conversations",
    "eleventh": "Eleventh blind conversations",
    "twelfth": "Twelfth blind conversations",
    "thirteenth": "Thirteenth blind conversations",
    "fourteenth": "Fourteenth blind conversations",
    "fifteenth": "Fifteenth blind conversations",
    "sixteenth": "Sixteenth blind conversations",
    "seventeenth": "Seventeenth blind conversations",
    "eighteenth": "Eighteenth blind conversations",
    "twentieth": "Twentieth blind conversations",
    "twentyfirst": "Twenty-first blind conversations",
    "twentysecond": "Twenty-second blind conversations",
    "twentythird": "Twenty-third blind conversations",
    "twentyfourth": "Twenty-fourth blind conversations",
    "twentyfifth": "Twenty-fifth blind conversations",
    "twentysixth": "Twenty-sixth blind conversations",
    "twentyseventh": "Twenty-seventh blind conversations",
    "twentyeighth": "Twenty-eighth blind conversations",
    "dev": "Development conversations (tuned on)",
    "dev2": "Second development conversations (tuned on)",
    "dev3": "Third development conversations (tuned on)",
    "dev4": "Fourth development conversations (tuned on)",
}


@dataclass(frozen=True)
class Outcome:
    """One conversation, what the bot showed after its last turn, and whether that passes."""

    id: str
    follow_up: str
    turns: list[str]
    cards: list[str]
    text: str
    passed: bool
    why: str
    intents: list[str]


def last_reply(stack: Stack, turns: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """Send the turns in one new session; the bot's messages after the last one, and the intent
    the bot gave each turn (read from the tracker, to see why a conversation went wrong)."""
    sender = f"blind-{uuid.uuid4().hex}"
    messages: list[dict[str, Any]] = []
    for turn in turns:
        response = httpx.post(
            f"{stack.rasa_url}{WEBHOOK}", json={"sender": sender, "message": turn}, timeout=30
        )
        response.raise_for_status()
        messages = list(response.json())
    tracker = httpx.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", params={"token": stack.rasa_token}, timeout=30
    ).json()
    intents = [
        str((e.get("parse_data") or {}).get("intent", {}).get("name"))
        for e in tracker.get("events") or []
        if e.get("event") == "user"
    ]
    return messages, intents


def judge(
    conversation: dict[str, Any],
    messages: list[dict[str, Any]],
    names: dict[str, list[str]],
    intents: list[str] | None = None,
) -> Outcome:
    """Whether the reply to the last turn meets the conversation's `expected` block."""
    expected = conversation["expected"]
    # Channels named as shown in an earlier turn count as shown, in the answer's best-fit order.
    cards = [i for m in messages if (r := read_reply(m.get("custom"))) for i in r.channel_order()]
    text = "\n".join(str(m.get("text") or "") for m in messages)
    if cards:
        problems = []
        if expected.get("first") and cards[0] != expected["first"]:
            problems.append(f"first card {cards[0]}, expected {expected['first']}")
        missing = [i for i in expected.get("include") or [] if i not in cards]
        if missing:
            problems.append(f"missing {missing}")
        wrong = [i for i in expected.get("exclude") or [] if i in cards]
        if wrong:
            problems.append(f"shown but wrong {wrong}")
        passed, why = not problems, "; ".join(problems) or "ok"
    elif expected.get("card_required", True) is False:
        about = expected.get("answer_about") or expected.get("first")
        passed = any(word.lower() in text.lower() for word in names.get(about, []))
        why = "text names the channel" if passed else f"no card, and the text does not name {about}"
    else:
        passed, why = False, "no card"
    return Outcome(
        id=conversation["id"],
        follow_up=str(conversation.get("follow_up") or "none"),
        turns=list(conversation["turns"]),
        cards=cards,
        text=text,
        passed=passed,
        why=why,
        intents=intents or [],
    )


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    """Accuracy overall and per kind of follow-up, and the misses."""
    kinds: dict[str, Counter] = {}
    for outcome in outcomes:
        kinds.setdefault(outcome.follow_up, Counter())["passed" if outcome.passed else "failed"] += 1
    return {
        "conversations": len(outcomes),
        "accuracy": round(sum(o.passed for o in outcomes) / len(outcomes), 3) if outcomes else 0.0,
        "per_follow_up": {k: {"n": sum(c.values()), "passed": c["passed"]} for k, c in sorted(kinds.items())},
        "misses": [
            {
                "id": o.id,
                "follow_up": o.follow_up,
                "turns": o.turns,
                "intents": o.intents,
                "cards": o.cards,
                "why": o.why,
            }
            for o in outcomes
            if not o.passed
        ],
    }


def report_lines(s: dict[str, Any], title: str = "Blind multi-turn conversations") -> list[str]:
    """Plain-text lines for the terminal and summary.md."""
    lines = [f"{title}: {s['conversations']}, right after the last turn: {s['accuracy']:.3f} (goal 0.90)"]
    for kind, figures in s["per_follow_up"].items():
        lines.append(f"  {kind:28} {figures['passed']}/{figures['n']}")
    lines.append(f"  misses ({len(s['misses'])}):")
    for miss in s["misses"]:
        lines.append(f"    {miss['id']} [{miss['follow_up']}] {miss['why']}; cards {miss['cards']}")
        said = [f"{turn} [{intent}]" for turn, intent in zip(miss["turns"], miss["intents"], strict=False)]
        lines.append("      " + " | ".join(said or miss["turns"]))
    return lines


def _channel_words(snapshot: Any) -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for channel in snapshot.registry.channels.values():
        words[channel.id] = [channel.name, *(p.display for p in channel.phones)]
    return words


def main(argv: list[str] | None = None) -> int:
    """Run the set through a fresh stack and report; exits 0 (a measurement, not a gate)."""
    parser = argparse.ArgumentParser(prog="bot.tools.conversation_eval")
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--rasa", required=True, type=Path)
    parser.add_argument("--out", default=None, type=Path)
    parser.add_argument("--set", choices=tuple(SETS), default="blind")
    args = parser.parse_args(argv)
    path, default_out = SETS[args.set]
    args.out = args.out or default_out
    conversations = yamlio.safe_load(path.read_text(encoding="utf-8"))["conversations"]
    names = _channel_words(get_catalog().snapshot())
    stack = Stack(rasa_bin=args.rasa, model=args.model, rasa_port=free_port(), actions_port=free_port())
    stage(f"Blind conversations: starting Rasa and the action server for {len(conversations)} conversations")
    try:
        stack.start(timeout=240)
        outcomes = []
        for conversation in conversations:
            messages, intents = last_reply(stack, conversation["turns"])
            outcomes.append(judge(conversation, messages, names, intents))
    finally:
        stack.stop()
    s = summary(outcomes)
    lines = report_lines(s, TITLES[args.set])
    print("\n".join(lines))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "summary.json").write_text(json.dumps(s, ensure_ascii=False, indent=2), encoding="utf-8")
    (args.out / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stage(f"Report in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
