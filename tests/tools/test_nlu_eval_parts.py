"""The held-out gate keeps its floor on the intents that were there before, and gives the seven new
situations their own."""

from __future__ import annotations

from bot.tools.nlu_eval import ACCURACY_FLOOR, NEW_SITUATIONS_FLOOR, part_accuracy, someone_else_scores


def _report(**recalls: tuple[float, int]) -> dict:
    return {name: {"recall": r, "support": n, "f1-score": r} for name, (r, n) in recalls.items()}


def test_parts_are_weighted_by_their_messages_and_kept_apart() -> None:
    """Each part's accuracy is its intents' recall weighted by support; a weak new intent does not
    pull the earlier intents under their floor, nor the other way round."""
    report = _report(greet=(1.0, 8), report_to_police=(0.75, 8), grooming=(0.5, 10), after_report=(0.7, 10))
    assert part_accuracy(report, new=False) == 0.875
    assert abs(part_accuracy(report, new=True) - 0.6) < 1e-9
    assert part_accuracy(_report(greet=(1.0, 3)), new=True) is None
    assert ACCURACY_FLOOR > NEW_SITUATIONS_FLOOR


def test_someone_else_scores_count_the_concern_taken_as_the_intent_as_right() -> None:
    """Intent right when it is the writer's (parent, friend) or the concern itself; concern right
    when the classifier's concern (or that intent) matches, and none when the message says none."""
    messages = [
        {"text": "a", "intent": "parent_or_teacher", "concern": "violence_at_home"},
        {"text": "b", "intent": "helping_friend", "concern": "sexual_violence"},
        {"text": "c", "intent": "parent_or_teacher", "concern": None},
        {"text": "d", "intent": "helping_friend", "concern": "grooming"},
        {"text": "e", "intent": "ask_help_overview"},
    ]
    parsed = [
        {"intent": {"name": "parent_or_teacher"}, "concern": "violence_at_home"},
        {"intent": {"name": "sexual_violence"}},
        {"intent": {"name": "parent_or_teacher"}, "concern": "grooming"},
        {"intent": {"name": "saw_illegal_images"}},
        {"intent": {"name": "ask_help_overview"}},
    ]
    scores = someone_else_scores(messages, parsed)
    assert scores["intent"] == 4 / 5
    assert (scores["concern"], scores["concern_n"]) == (2 / 3, 3.0)
