"""Conversation-test report: run `rasa test core --e2e` on tests/stories and explain each failure.

Rasa does the evaluation; this module only reads what it wrote (failed_test_stories.yml, where
every wrong step carries a `# predicted: ...` comment, and story_report.json) next to the list of
test stories, and writes reports/flows.md and reports/flows.html in words a counsellor can use.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot import yamlio
from bot.reports.page import write_report
from bot.settings import ROOT
from bot.tools.nlu_eval import CRISIS_INTENTS
from bot.tools.progress import stage

STORIES_DIR = ROOT / "tests" / "stories"
RESULTS_DIR = ROOT / "results" / "stories"
REPORTS_DIR = ROOT / "reports"

FALLBACK_INTENT = "nlu_fallback"

_STORY = re.compile(r"^- story: (?P<value>.+)$")
_STEP = re.compile(
    r"^\s+(?P<dash>- )?(?P<kind>intent|action|user): ?(?P<value>.*?)(?:\s+#\s?(?P<comment>.*))?$"
)
_FILE_SUFFIX = re.compile(r"^(?P<name>.*) \((?P<file>[^()]+\.ya?ml)\)$")
_PREDICTED_INTENT = re.compile(r"^predicted: (?P<name>[^:\s]+): ?(?P<text>.*)$")
_PREDICTED_ACTION = re.compile(r"^predicted: (?P<name>\S+)")
_DECLARED_INTENT = re.compile(r"^\s*-\s*intent:\s*(?P<name>\S+)\s*$", re.MULTILINE)

_ACTIONS = {
    "action_listen": "wacht op het volgende bericht",
    "action_send_channels": "stuurt de hulpkanalen (contactkaartjes)",
    "action_default_fallback": "zegt dat hij het niet begreep, omdat geen regel bij het gesprek past",
    "utter_nlu_fallback": "zegt dat hij het niet begreep en laat de onderwerpen zien",
    "action_contextual_fallback": (
        "zegt dat hij het niet begreep; na een situatie noemt hij de hulp daarvoor en de vervolgvragen"
    ),
    "utter_crisis_suicide": "geeft het crisisantwoord bij gedachten aan zelfmoord (113)",
    "utter_crisis_danger": "geeft het crisisantwoord bij gevaar nu (112)",
    "utter_crisis_danger_home": "geeft het crisisantwoord bij gevaar thuis (112, Veilig Thuis)",
    "utter_crisis_sexual_violence": "geeft het crisisantwoord bij seksueel geweld (Centrum Seksueel Geweld)",
    "utter_crisis_sexual_violence_home": (
        "geeft het crisisantwoord bij seksueel geweld thuis (Centrum Seksueel Geweld, Veilig Thuis)"
    ),
    "utter_distress_check": "vraagt of er nu gevaar is (de veiligheidsvraag met knoppen)",
    "action_check_in_context": (
        "vraagt midden in een gesprek of er nu gevaar is, met de hulp voor de situatie en 113"
    ),
    "action_remind_situation": "noemt na een crisisantwoord de hulp voor wat eerder verteld is",
    "utter_action_server_down": "zegt dat er iets misging en geeft de belangrijkste nummers",
    "utter_greet": "groet en laat de onderwerpen zien",
    "utter_goodbye": "neemt afscheid",
    "utter_thanks": "zegt graag gedaan",
    "utter_deny": "neemt het nee aan en vraagt of er nog iets is",
    "utter_bot_challenge": "zegt dat hij een chatbot is, geen mens",
    "utter_what_i_can_do": "legt uit waarmee hij kan helpen",
    "utter_out_of_scope": "zegt dat hij daar niet mee kan helpen",
}


@dataclass(frozen=True)
class Step:
    """One step of a failed story as Rasa wrote it, with what Rasa predicted when that differed."""

    turn: int
    kind: str
    expected: str
    predicted: str | None
    text: str | None


@dataclass(frozen=True)
class FailedStory:
    """A story from failed_test_stories.yml."""

    name: str
    file: str | None
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Conversation:
    """A conversation test from tests/stories: its name, file and the messages typed, in order."""

    name: str
    file: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class Mismatch:
    """A step where the bot did not do what the test expected."""

    turn: int
    message: str | None
    kind: str
    expected: str
    predicted: str
    turn_intent: str | None


@dataclass(frozen=True)
class ConversationResult:
    """Whether one conversation passed, and where it went wrong if not."""

    name: str
    file: str
    passed: bool
    mismatches: tuple[Mismatch, ...]


@dataclass(frozen=True)
class FlowReport:
    """All conversation results, with Rasa's own count to cross-check."""

    results: tuple[ConversationResult, ...]
    rasa_correct: int | None
    rasa_total: int | None
    generated_at: datetime
    model: str
    intent_labels: Mapping[str, str]
    nlu_files: Mapping[str, str]
    rule_files: Mapping[str, str]

    @property
    def failed(self) -> list[ConversationResult]:
        """The conversations that failed."""
        return [r for r in self.results if not r.passed]

    @property
    def passed(self) -> list[ConversationResult]:
        """The conversations that passed."""
        return [r for r in self.results if r.passed]


def _scalar(raw: str) -> str:
    # Only quoted values need YAML: a bare `no` or `on` must stay text, not become a boolean.
    raw = raw.strip()
    return str(yamlio.safe_load(raw)) if raw[:1] in ("'", '"') else raw


def _split_file(name: str) -> tuple[str, str | None]:
    match = _FILE_SUFFIX.match(name)
    return (match["name"], match["file"]) if match else (name, None)


def _predicted(kind: str, comment: str | None) -> tuple[str | None, str | None]:
    if not comment:
        return None, None
    pattern = _PREDICTED_INTENT if kind == "intent" else _PREDICTED_ACTION
    match = pattern.match(comment.strip())
    if not match:
        return None, None
    return match["name"], match.groupdict().get("text")


def parse_failed_stories(text: str) -> list[FailedStory]:
    """The stories in Rasa's failed_test_stories.yml, keeping its `# predicted:` comments."""
    stories: list[FailedStory] = []
    name: str | None = None
    file: str | None = None
    steps: list[Step] = []
    turn = 0

    def close() -> None:
        if name is not None:
            stories.append(FailedStory(name, file, tuple(steps)))

    for line in text.splitlines():
        story = _STORY.match(line)
        if story:
            close()
            name, file = _split_file(_scalar(story["value"]))
            steps, turn = [], 0
            continue
        step = _STEP.match(line)
        if name is None or not step:
            continue
        kind = step["kind"]
        if step["dash"] and kind in ("intent", "user"):
            turn += 1
        if kind == "user":
            continue
        predicted, said = _predicted(kind, step["comment"])
        steps.append(Step(turn, kind, _scalar(step["value"]), predicted, said))
    close()
    return stories


def load_conversations(stories: Path, root: Path) -> list[Conversation]:
    """Every conversation test in `stories`: one file, or a folder's test_*.yml files (as Rasa reads them)."""
    conversations: list[Conversation] = []
    for path in [stories] if stories.is_file() else sorted(stories.glob("test_*.yml")):
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
        file = _relative(path, root)
        for story in data.get("stories") or []:
            messages = tuple(
                str(step.get("user", "")).strip()
                for step in story.get("steps") or []
                if "user" in step or "intent" in step
            )
            conversations.append(Conversation(str(story.get("story", "")), file, messages))
    return conversations


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _key(name: str, file: str | None, root: Path) -> tuple[str, str]:
    return name, _relative(root / file, root) if file else ""


def build_results(
    conversations: Iterable[Conversation], failed: Iterable[FailedStory], root: Path
) -> list[ConversationResult]:
    """Pair every conversation test with its failure, if Rasa reported one; failures come first."""
    failures = {_key(f.name, f.file, root): f for f in failed}
    results: list[ConversationResult] = []
    for conversation in conversations:
        failure = failures.pop((conversation.name, conversation.file), None)
        if failure is None:
            failure = failures.pop((conversation.name, ""), None)
        if failure is None:
            results.append(ConversationResult(conversation.name, conversation.file, True, ()))
            continue
        mismatches = _mismatches(failure, conversation.messages)
        results.append(ConversationResult(conversation.name, conversation.file, False, mismatches))
    # A failure that matches no known test is still reported, never hidden.
    for failure in failures.values():
        results.append(ConversationResult(failure.name, failure.file or "?", False, _mismatches(failure, ())))
    return sorted(results, key=lambda r: r.passed)


def _mismatches(failure: FailedStory, messages: tuple[str, ...]) -> tuple[Mismatch, ...]:
    intent_of_turn = {s.turn: s.expected for s in failure.steps if s.kind == "intent"}
    found: list[Mismatch] = []
    for step in failure.steps:
        if step.predicted is None or step.predicted == step.expected:
            continue
        message = messages[step.turn - 1] if 0 < step.turn <= len(messages) else step.text
        found.append(
            Mismatch(
                turn=step.turn,
                message=message or step.text,
                kind=step.kind,
                expected=step.expected,
                predicted=step.predicted,
                turn_intent=intent_of_turn.get(step.turn),
            )
        )
    return tuple(found)


def intent_labels(rules_dir: Path) -> dict[str, str]:
    """A plain name for each intent: the name of the rule that starts with it."""
    labels: dict[str, str] = {}
    for path in sorted(rules_dir.glob("*.yml")):
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
        for rule in data.get("rules") or []:
            steps = rule.get("steps") or []
            if steps and "intent" in steps[0]:
                labels.setdefault(str(steps[0]["intent"]), str(rule.get("rule", "")))
    return labels


def files_declaring(directory: Path, root: Path) -> dict[str, str]:
    """For each intent, the first file in `directory` with a `- intent: <name>` line, relative to `root`."""
    where: dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        for match in _DECLARED_INTENT.finditer(path.read_text(encoding="utf-8")):
            where.setdefault(match["name"], _relative(path, root))
    return where


def describe_intent(intent: str, labels: Mapping[str, str]) -> str:
    """An intent in plain words, e.g. '“report_to_police” (Wants to go to the police)'."""
    label = labels.get(intent)
    return f"“{intent}” ({label})" if label else f"“{intent}”"


def describe_action(action: str, labels: Mapping[str, str]) -> str:
    """What the bot does with an action, in plain words."""
    if action in _ACTIONS:
        return _ACTIONS[action]
    for prefix, verb in (
        ("utter_topic_", "vertelt over het onderwerp"),
        ("utter_offer_", "biedt aan (ja/nee)"),
    ):
        if action.startswith(prefix):
            return f"{verb} {describe_intent(action.removeprefix(prefix), labels)}"
    return f"zegt het antwoord “{action}”"


@dataclass(frozen=True)
class Explanation:
    """One mismatch told in sentences: where, what was expected, what the bot did, what to check."""

    where: str
    expected: str
    actual: str
    advice: str


def explain(m: Mismatch, report: FlowReport) -> Explanation:
    """Plain Dutch sentences for a mismatch, with the file a counsellor (or the lead) should look at."""
    labels = report.intent_labels
    if m.kind == "intent":
        where = f"Bij bericht {m.turn}" if m.turn else "Aan het begin"
        return Explanation(
            where=f"{where} begreep de bot de jongere verkeerd.",
            expected=f"de bot begrijpt het als {describe_intent(m.expected, labels)}",
            actual=f"hij begreep {describe_intent(m.predicted, labels)}",
            advice=_intent_advice(m, report),
        )
    rule_file = report.rule_files.get(m.turn_intent or "", "data/rules")
    about = f" voor “{m.turn_intent}”" if m.turn_intent else ""
    where = f"Na bericht {m.turn}" if m.turn else "Aan het begin"
    return Explanation(
        where=f"{where} begreep de bot het bericht, maar deed hij iets anders.",
        expected=f"de bot {describe_action(m.expected, labels)} (“{m.expected}”)",
        actual=f"hij {describe_action(m.predicted, labels)} (“{m.predicted}”)",
        advice=(
            f"Vergelijk de stappen van de test met de regel{about} in {rule_file}: de regel bepaalt wat "
            "de bot doet. Klopt de regel, verbeter dan de stappen in de test."
        ),
    )


def _intent_advice(m: Mismatch, report: FlowReport) -> str:
    nlu_file = report.nlu_files.get(m.expected, "data/nlu")
    if m.expected in CRISIS_INTENTS:
        return (
            "Veiligheidsprobleem: een crisis is gemist. Meld het vandaag aan de lead. Zet berichten zoals "
            f"dit onder “{m.expected}” in {nlu_file}; een crisisbegrip kan ook in "
            "components/crisis_concepts.py."
        )
    if m.expected == FALLBACK_INTENT:
        return (
            f"“{FALLBACK_INTENT}” heeft geen voorbeelden: de bot zegt alleen dat hij het niet begreep als "
            f"hij twijfelt. Hier was hij zeker genoeg om “{m.predicted}” te kiezen. Is dat antwoord goed, "
            "verander dan de test; zo niet, meld het aan de lead (de drempel staat in config.yml)."
        )
    if m.predicted in CRISIS_INTENTS:
        return (
            "Een vals alarm: de veiligheidslaag (components/) of de voorbeelden lieten dit op een crisis "
            f"lijken. Zet berichten zoals dit onder “{m.expected}” in {nlu_file} en meld het aan de lead, "
            "die beslist of de crisiswoorden nauwer moeten."
        )
    return (
        f"De bot heeft meer voorbeelden zoals dit bericht nodig: zet ze onder “{m.expected}” in "
        f"{nlu_file}. Betekent het bericht echt “{m.predicted}”, verander dan de test."
    )


def read_rasa_count(results_dir: Path) -> tuple[int | None, int | None]:
    """Rasa's own count of correct and total conversations from story_report.json."""
    path = results_dir / "story_report.json"
    if not path.exists():
        return None, None
    accuracy = json.loads(path.read_text(encoding="utf-8")).get("conversation_accuracy") or {}
    correct, total = accuracy.get("correct"), accuracy.get("total")
    return (int(correct) if correct is not None else None, int(total) if total is not None else None)


def build_flow_report(
    stories_dir: Path, results_dir: Path, root: Path, model: str, now: datetime | None = None
) -> FlowReport:
    """Read Rasa's outputs and the test stories into a report."""
    failed_path = results_dir / "failed_test_stories.yml"
    failed_text = failed_path.read_text(encoding="utf-8") if failed_path.exists() else ""
    conversations = load_conversations(stories_dir, root)
    results = build_results(conversations, parse_failed_stories(failed_text), root)
    correct, total = read_rasa_count(results_dir)
    data = root / "data"
    return FlowReport(
        results=tuple(results),
        rasa_correct=correct,
        rasa_total=total,
        generated_at=now or datetime.now().astimezone(),
        model=model,
        intent_labels=intent_labels(data / "rules"),
        nlu_files=files_declaring(data / "nlu", root),
        rule_files=files_declaring(data / "rules", root),
    )


def _headline(report: FlowReport) -> str:
    total, failed = len(report.results), len(report.failed)
    if not failed:
        return f"Alle {total} gesprekken geslaagd."
    return f"{failed} van {total} gesprekken mislukt, {total - failed} geslaagd."


def _count_note(report: FlowReport) -> str | None:
    total, correct = report.rasa_total, report.rasa_correct
    if total is None or correct is None:
        return "Rasa schreef geen story_report.json, dus zijn eigen telling kon niet worden gecontroleerd."
    if total != len(report.results) or correct != len(report.passed):
        return (
            f"Let op: Rasa telde {correct} van {total} goed, dit rapport {len(report.passed)} van "
            f"{len(report.results)}. Kijk of twee tests dezelfde naam hebben."
        )
    return None


def _when(m: Mismatch) -> str:
    return f"bericht {m.turn}" if m.kind == "intent" else f"na bericht {m.turn}"


@dataclass(frozen=True)
class _Failure:
    """A failed conversation as the templates show it: the first difference, then the later ones."""

    result: ConversationResult
    first: Explanation | None
    message: str | None
    later: tuple[tuple[str, Explanation], ...]


def _failures(report: FlowReport) -> list[_Failure]:
    failures = []
    for result in report.failed:
        explained = [(m, explain(m, report)) for m in result.mismatches]
        first = explained[0] if explained else None
        failures.append(
            _Failure(
                result=result,
                first=first[1] if first else None,
                message=first[0].message if first else None,
                later=tuple((_when(m), e) for m, e in explained[1:]),
            )
        )
    return failures


def context(report: FlowReport) -> dict[str, object]:
    return {
        "report": report,
        "headline": _headline(report),
        "note": _count_note(report),
        "run_at": f"{report.generated_at:%Y-%m-%d %H:%M %Z}".strip(),
        "failures": _failures(report),
    }


def write_flow_report(report: FlowReport, reports_dir: Path) -> tuple[Path, Path]:
    """Write flows.html and flows.md into `reports_dir` and return their paths."""
    return write_report(reports_dir, ("flows.html", "flows.md"), "flows", context(report))


def run_rasa_test_stories(
    rasa: Path, model: Path, stories_dir: Path, out: Path
) -> subprocess.CompletedProcess:
    """Run Rasa's conversation tests, collecting every failure (no --fail-on-prediction-errors)."""
    shutil.rmtree(out, ignore_errors=True)
    return subprocess.run(
        [
            str(rasa),
            *("test", "core", "--e2e", "--no-plot"),
            *("--model", str(model)),
            *("--stories", os.path.relpath(stories_dir, ROOT)),
            *("--out", str(out)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the conversation tests, write the reports, exit 1 when a conversation failed."""
    parser = argparse.ArgumentParser(prog="bot.reports.flows", description=__doc__)
    parser.add_argument("--model", required=True, help="the trained model (models/<fingerprint>.tar.gz)")
    parser.add_argument("--rasa", required=True, help="the rasa executable of the Rasa environment")
    parser.add_argument(
        "--stories", default=str(STORIES_DIR), help="a test stories file, or a folder of test_*.yml"
    )
    parser.add_argument("--out", default=str(RESULTS_DIR), help="where rasa test writes its results")
    parser.add_argument("--reports", default=str(REPORTS_DIR), help="where flows.html and flows.md go")
    args = parser.parse_args(argv)

    # Rasa runs in the project root, so paths given relative to the caller's folder are resolved first.
    stories, out, model = Path(args.stories).resolve(), Path(args.out).resolve(), Path(args.model).resolve()
    stage(f"Running the conversation tests in {os.path.relpath(stories, ROOT)} (rasa test core --e2e)")
    proc = run_rasa_test_stories(Path(args.rasa), model, stories, out)
    if proc.returncode != 0 or not (out / "story_report.json").exists():
        print(proc.stderr[-3000:] or proc.stdout[-3000:], file=sys.stderr)
        print(f"FAIL: rasa test ended with exit code {proc.returncode} and wrote no report", file=sys.stderr)
        return 2
    report = build_flow_report(stories, out, ROOT, model.name)
    html_path, md_path = write_flow_report(report, Path(args.reports))
    stage(_headline(report))
    for result in report.failed:
        print(f"  ✗ {result.name} ({result.file})")
    print(f"Report: {html_path}\n        {md_path}")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
