"""The conversation-test report: it reads Rasa's outputs and tells counsellors what went wrong where."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from bot.reports import flows
from bot.reports.page import render
from bot.settings import ROOT

FIXTURES = Path(__file__).parent / "fixtures"
# Not test_*.yml: a plain `rasa test` (which reads tests/) must not run these samples.
STORIES = FIXTURES / "sample_stories.yml"
RESULTS = FIXTURES / "story_results"
SAMPLE_FILE = "tests/reports/fixtures/sample_stories.yml"
MOMENT = datetime(2026, 11, 25, 12, 0)


@pytest.fixture
def report() -> flows.FlowReport:
    """The report built from the fixture stories and Rasa outputs."""
    return flows.build_flow_report(STORIES, RESULTS, ROOT, "model.tar.gz", now=MOMENT)


def _result(report: flows.FlowReport, name: str) -> flows.ConversationResult:
    return next(r for r in report.results if r.name == name)


def test_parse_failed_stories_reads_predicted_comments() -> None:
    """Each wrong step keeps what Rasa predicted, and user turns are counted from 1."""
    stories = flows.parse_failed_stories((RESULTS / "failed_test_stories.yml").read_text(encoding="utf-8"))
    assert [(s.name, s.file) for s in stories] == [
        ("Crisis after a greeting", SAMPLE_FILE),
        ("Wants to go to the police", SAMPLE_FILE),
    ]
    wrong = [s for s in stories[0].steps if s.predicted]
    assert wrong == [
        flows.Step(
            2, "intent", "suicidal_thoughts", "nlu_fallback", "ik wil niet meer <script>alert(1)</script>"
        )
    ]
    assert [(s.turn, s.expected, s.predicted) for s in stories[1].steps if s.predicted] == [
        (1, "utter_goodbye", "action_send_channels"),
        (1, "action_listen", "action_default_fallback"),
    ]


def test_parse_failed_stories_reads_all_good_file_as_empty() -> None:
    """Rasa's file for a run without failures yields no failed stories."""
    assert flows.parse_failed_stories("# None of the test stories failed - all good!") == []


def test_build_flow_report_marks_each_conversation(report: flows.FlowReport) -> None:
    """Every test story is listed once, failures first, and only the untouched one passes."""
    assert [(r.name, r.passed) for r in report.results] == [
        ("Crisis after a greeting", False),
        ("Wants to go to the police", False),
        ("Greets and says thanks", True),
    ]
    assert (report.rasa_correct, report.rasa_total) == (1, 3)


def test_build_flow_report_names_turn_and_message_of_wrong_intent(report: flows.FlowReport) -> None:
    """A misunderstood message is reported with its turn, its text, the expected and the predicted intent."""
    mismatch = _result(report, "Crisis after a greeting").mismatches[0]
    assert (mismatch.turn, mismatch.kind, mismatch.expected, mismatch.predicted) == (
        2,
        "intent",
        "suicidal_thoughts",
        "nlu_fallback",
    )
    assert mismatch.message == "ik wil niet meer <script>alert(1)</script>"
    text = render("flows.md", **flows.context(report))
    assert "### ✗ Crisis after a greeting" in text
    assert "Bij bericht 2 begreep de bot de jongere verkeerd." in text
    assert "begrijpt het als “suicidal_thoughts”" in text
    assert "hij begreep “nlu_fallback”" in text
    assert "Veiligheidsprobleem: een crisis is gemist." in text


def test_render_markdown_explains_wrong_action_in_plain_words(report: flows.FlowReport) -> None:
    """A wrong bot step says what the test expected and what the bot did, and points at the rule file."""
    text = render("flows.md", **flows.context(report))
    assert "Na bericht 1 begreep de bot het bericht, maar deed hij iets anders." in text
    assert "**Verwacht:** de bot neemt afscheid (“utter_goodbye”)" in text
    assert "**De bot:** hij stuurt de hulpkanalen (contactkaartjes) (“action_send_channels”)" in text
    assert "de regel voor “report_to_police” in data/rules/topics.yml" in text
    assert "na bericht 1: verwacht de bot wacht op het volgende bericht" in text


def test_render_html_escapes_user_message(report: flows.FlowReport) -> None:
    """A message containing <script> is shown as text, never as markup, and the page has no script."""
    page = render("flows.html", **flows.context(report))
    assert '<html lang="nl">' in page and "<h1>Gesprekstesten</h1>" in page
    assert "ik wil niet meer &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page
    assert "http" not in page


def test_render_markdown_escapes_user_message(report: flows.FlowReport) -> None:
    """In Markdown the message's angle brackets are escaped so viewers show them literally."""
    assert r"ik wil niet meer \<script\>alert(1)\</script\>" in render("flows.md", **flows.context(report))


def test_build_results_keeps_failure_without_matching_test() -> None:
    """A failure Rasa reports for a story this report does not know is still listed as failed."""
    failure = flows.FailedStory("Renamed story", "tests/stories/test_gone.yml", ())
    results = flows.build_results([], [failure], ROOT)
    assert [(r.name, r.passed) for r in results] == [("Renamed story", False)]


def _fake_rasa(tmp_path: Path, results: Path | None) -> Path:
    """An executable standing in for `rasa test`: copies fixture results into --out."""
    script = tmp_path / "rasa"
    source = repr(str(results)) if results else "None"
    script.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys\n"
        "out = sys.argv[sys.argv.index('--out') + 1]\n"
        f"src = {source}\n"
        "if src is None:\n"
        "    sys.exit(1)\n"
        "shutil.copytree(src, out)\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def _all_good_results(tmp_path: Path) -> Path:
    results = tmp_path / "all_good"
    results.mkdir()
    (results / "failed_test_stories.yml").write_text("# None of the test stories failed - all good!")
    report = (RESULTS / "story_report.json").read_text(encoding="utf-8")
    (results / "story_report.json").write_text(report.replace('"correct": 1', '"correct": 3'))
    return results


@pytest.mark.parametrize(("failing", "exit_code"), [(True, 1), (False, 0)])
def test_main_exits_by_result_and_writes_reports(tmp_path: Path, failing: bool, exit_code: int) -> None:
    """main exits 1 when a conversation failed and 0 when all passed, and writes both reports."""
    results = RESULTS if failing else _all_good_results(tmp_path)
    rasa = _fake_rasa(tmp_path, results)
    reports = tmp_path / "reports"
    argv = ["--model", "m.tar.gz", "--rasa", str(rasa), "--stories", str(STORIES)]
    code = flows.main([*argv, "--out", str(tmp_path / "out"), "--reports", str(reports)])
    assert code == exit_code
    assert (reports / "flows.html").is_file()
    assert ("2 van 3 gesprekken mislukt" in (reports / "flows.md").read_text()) is failing


def test_main_exits_2_when_rasa_fails(tmp_path: Path) -> None:
    """When rasa test itself breaks, main says so and exits 2 instead of reporting a pass."""
    rasa = _fake_rasa(tmp_path, None)
    out = tmp_path / "out"
    argv = ["--model", "m", "--rasa", str(rasa), "--stories", str(STORIES), "--out", str(out)]
    assert flows.main([*argv, "--reports", str(tmp_path / "reports")]) == 2
    assert not (tmp_path / "reports").exists()
