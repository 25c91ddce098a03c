"""The held-out NLU report: figures from Rasa's files, weakest intents, and where each message is routed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.registry.catalog import Snapshot
from bot.reports import nlu
from bot.reports.page import render
from bot.settings import ROOT
from tests.helpers import WEDNESDAY_NOON

FIXTURES = Path(__file__).parent / "fixtures" / "nlu"


@pytest.fixture
def report(snapshot: Snapshot) -> nlu.NluReport:
    """The report built from the fixture Rasa outputs, routed on a Wednesday at noon."""
    return nlu.build_nlu_report(FIXTURES, snapshot, WEDNESDAY_NOON, "model.tar.gz")


def test_read_scores_sorts_weakest_first() -> None:
    """Intents are listed by F1, lowest first, so the weakest are on top."""
    report = json.loads((FIXTURES / "intent_report.json").read_text(encoding="utf-8"))
    scores = nlu.read_scores(report)
    assert [s.intent for s in scores] == ["nlu_fallback", "report_to_police", "greet", "suicidal_thoughts"]
    assert scores[1].confused_with == {"nlu_fallback": 1}
    assert (scores[1].recall, scores[1].support) == (0.5, 2)


def test_weakest_skips_intents_without_held_out_messages(report: nlu.NluReport) -> None:
    """The "add examples here next" list leaves out labels no held-out message has, such as nlu_fallback."""
    assert [s.intent for s in report.weakest] == ["report_to_police", "greet", "suicidal_thoughts"]


def test_load_predictions_reads_errors_and_successes() -> None:
    """Every held-out message is read back with its expected intent, prediction and confidence."""
    predictions = nlu.load_predictions(FIXTURES)
    assert len(predictions) == 5
    wrong = [p for p in predictions if not p.correct]
    assert wrong == [nlu.Prediction("popo <script>bellen</script>", "report_to_police", "nlu_fallback", 0.31)]


def test_route_ids_maps_topic_intent_to_channel_ids(snapshot: Snapshot) -> None:
    """A topic intent gets the channels of channels/topics.yml, with the 24/7 channel added."""
    assert nlu.route_ids(snapshot, "report_to_police", WEDNESDAY_NOON) == (
        "politie",
        "slachtofferhulp",
        "csg",
    )


def test_route_ids_maps_crisis_intent_to_crisis_channels(snapshot: Snapshot) -> None:
    """A crisis intent gets its crisis channels: 113 and 112."""
    assert nlu.route_ids(snapshot, "suicidal_thoughts", WEDNESDAY_NOON) == (
        "zelfmoordpreventie",
        "alarmnummer",
    )


def test_route_ids_returns_none_for_intent_without_channels(snapshot: Snapshot) -> None:
    """Small talk such as a greeting sends no channels."""
    assert nlu.route_ids(snapshot, "greet", WEDNESDAY_NOON) is None


def test_render_markdown_lists_routing_per_message(report: nlu.NluReport) -> None:
    """Each message's row shows the predicted intent, its confidence and the channel ids, wrong ones first."""
    text = render("nlu.md", **nlu.context(report))
    rows = [line for line in text.splitlines() if line.startswith("| ✓") or line.startswith("| ✗")]
    assert rows[0].startswith(
        "| ✗ | popo \\<script\\>bellen\\</script\\> | `report_to_police` | `nlu_fallback`"
    )
    assert (
        "| ✓ | ik wil aangifte doen bij de politie | `report_to_police` | `report_to_police` | 0.93 | "
        "politie, slachtofferhulp, csg |" in rows
    )
    assert "| ✓ | hoi | `greet` | `greet` | 0.99 | — |" in rows
    assert "Nauwkeurigheid 80.0% op 5 achtergehouden berichten; macro-F1 0.667 over 3 intenties." in text


def test_render_html_escapes_message(report: nlu.NluReport) -> None:
    """A held-out message containing <script> appears escaped, and the page has no script of its own."""
    page = render("nlu.html", **nlu.context(report))
    assert "popo &lt;script&gt;bellen&lt;/script&gt;" in page
    assert "<script" not in page


def test_render_html_shows_rasa_plots_when_present(snapshot: Snapshot, tmp_path: Path) -> None:
    """Rasa's confusion matrix and histogram are shown as local images, never as outside resources."""
    out = tmp_path / "nlu"
    shutil.copytree(FIXTURES, out)
    for name, _ in nlu.PLOTS:
        (out / name).write_bytes(b"\x89PNG")
    page = render("nlu.html", **nlu.context(nlu.build_nlu_report(out, snapshot, WEDNESDAY_NOON, "m")))
    assert '<img src="intent_confusion_matrix.png"' in page
    assert '<img src="intent_histogram.png"' in page
    assert "http" not in page


def test_write_nlu_report_writes_index_and_summary(report: nlu.NluReport, tmp_path: Path) -> None:
    """The report lands in index.html and summary.md next to Rasa's files."""
    html_path, md_path = nlu.write_nlu_report(report, tmp_path)
    assert html_path == tmp_path / "index.html"
    assert md_path.read_text(encoding="utf-8").startswith("# NLU-rapport: achtergehouden berichten")


def test_build_routing_rows_sends_nothing_below_fallback_threshold(snapshot: Snapshot) -> None:
    """A prediction below the fallback threshold is shown as not understood, with no channels."""
    unsure = nlu.Prediction("popo bellen", "report_to_police", "report_to_police", 0.31)
    sure = nlu.Prediction("ik wil aangifte doen", "report_to_police", "report_to_police", 0.93)
    rows = nlu.build_routing_rows([unsure, sure], snapshot, WEDNESDAY_NOON, threshold=0.4)
    assert [(r.prediction.text, r.channels, r.not_understood) for r in rows] == [
        ("ik wil aangifte doen", ("politie", "slachtofferhulp", "csg"), False),
        ("popo bellen", None, True),
    ]


def test_fallback_threshold_reads_config() -> None:
    """The threshold comes from the FallbackClassifier in the project's config.yml."""
    assert nlu.fallback_threshold(ROOT / "config.yml") == 0.4


def test_render_markdown_calls_out_weakest_with_confusions(report: nlu.NluReport) -> None:
    """The weakest intents say which intents their messages were taken for, and which were taken for them."""
    text = render("nlu.md", **nlu.context(report))
    assert (
        "- `report_to_police`: F1 0.67, recall 0.50, precisie 1.00; "
        "de berichten ervan gehouden voor nlu_fallback (1)" in text
    )
    assert report.mistaken_for("nlu_fallback") == {"report_to_police": 1}
