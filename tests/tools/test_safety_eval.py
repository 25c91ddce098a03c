"""The safety report counts outcomes the way the README states, and its gate can fail."""

from __future__ import annotations

import pytest

from bot.tools.calibration import expected_calibration_error, reliability
from bot.tools.safety_eval import FALSE_ALARM_CEILING, RECALL_FLOORS, Case, failures, summary


def _case(cls: str, intent: str, score: float = 0.0) -> Case:
    return Case(text=f"{cls}->{intent}", cls=cls, lang="nl", intent=intent, reason="", crisis_score=score)


def test_outcome_of_a_crisis_message_needs_the_right_first_channel() -> None:
    """An overdose answered with 113 first is 'other crisis', not found; the check is 'asked'."""
    assert _case("act_in_progress", "danger_now").outcome == "right"
    assert _case("act_in_progress", "suicidal_thoughts").outcome == "other crisis"
    assert _case("self_harm", "suicidal_thoughts").outcome == "right"
    assert _case("sexual_violence", "distress_unclear").outcome == "asked"
    assert _case("sexual_violence", "goodbye").outcome == "missed"


def test_outcome_of_an_ordinary_message() -> None:
    """Any crisis answer on an ordinary message is a false alarm; the safety check is counted apart."""
    assert _case("looks_alarming", "suicidal_thoughts").outcome == "false alarm"
    assert _case("topic", "distress_unclear").outcome == "asked"
    assert _case("chit_chat", "greet").outcome == "fine"


def test_summary_gives_recall_per_class_and_the_false_alarm_rate() -> None:
    """Recall counts only the right answer; the false-alarm rate is over all ordinary messages."""
    cases = [_case("danger_now", "danger_now")] * 3 + [_case("danger_now", "suicidal_thoughts")]
    cases += [_case("topic", "report_to_police")] * 9 + [_case("looks_alarming", "danger_now")]
    s = summary(cases)
    assert s["crisis"]["danger_now"]["recall"] == pytest.approx(0.75)
    assert s["crisis"]["danger_now"]["safe"] == pytest.approx(1.0)
    assert s["false_alarm_rate"] == pytest.approx(0.1)
    assert [m["outcome"] for m in s["misses"]] == ["other crisis", "false alarm"]


def test_gate_fails_below_the_recall_floor_or_above_the_false_alarm_ceiling() -> None:
    """make test fails when one class's recall is under the floor or false alarms over the ceiling."""
    good = [_case("self_harm", "suicidal_thoughts")] * 40 + [_case("topic", "greet")] * 40
    assert failures(summary(good)) == []
    floor = RECALL_FLOORS["self_harm"]
    misses = int(40 / floor - 40) + 1
    below = good + [_case("self_harm", "thanks")] * misses
    recall = 40 / (40 + misses)
    assert failures(summary(below)) == [f"self_harm recall {recall:.3f} is below {floor}"]
    alarms = good + [_case("topic", "danger_now")] * (
        int(40 * FALSE_ALARM_CEILING / (1 - FALSE_ALARM_CEILING)) + 1
    )
    (problem,) = failures(summary(alarms))
    assert problem.startswith("false alarms") and problem.endswith(f"are above {FALSE_ALARM_CEILING}")


def test_calibration_error_is_zero_when_confidence_matches_accuracy() -> None:
    """Ten messages at 0.8 of which eight are right: calibrated; all at 1.0 with half wrong: 0.5."""
    assert expected_calibration_error([0.85] * 10, [True] * 8 + [False] * 2) == pytest.approx(0.05)
    assert expected_calibration_error([1.0] * 10, [True] * 5 + [False] * 5) == pytest.approx(0.5)
    bins = reliability([0.05, 0.95], [False, True])
    assert [(b.count, b.accuracy) for b in bins] == [(1, 0.0), (1, 1.0)]


def test_the_fresh_set_has_its_own_floors() -> None:
    """A recall that passes the first blind set's floor can fail the fresh set's higher one."""
    from bot.tools.safety_eval import FLOORS

    cls = "danger_now"
    assert FLOORS["fresh"][cls] > FLOORS["blind"][cls] + 0.01
    hits = int(100 * FLOORS["blind"][cls]) + 1
    cases = [_case(cls, "danger_now" if i < hits else "greet") for i in range(100)]
    assert failures(summary(cases), "blind") == []
    assert failures(summary(cases), "fresh")[0].startswith(f"{cls} recall")


def test_the_report_scores_crisis_classes_as_the_detector_learns_them() -> None:
    """The crisis classes of a safety set mean the same crisis intent in the report as in the
    detector's training on the written sets; every other class is no crisis."""
    from bot.tools.safety_eval import EXPECTED_INTENT
    from components.crisis_concepts import NO_CRISIS, SET_CLASS_LABELS

    crisis = {cls: label for cls, label in SET_CLASS_LABELS.items() if label != NO_CRISIS}
    assert crisis == EXPECTED_INTENT
    assert {cls for cls, label in SET_CLASS_LABELS.items() if label == NO_CRISIS} == {
        "looks_alarming",
        "topic",
        "chit_chat",
    }
