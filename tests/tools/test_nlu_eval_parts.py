"""The held-out gate keeps its floor on the intents that were there before, and gives the seven new
situations their own."""

from __future__ import annotations

from bot.tools.nlu_eval import ACCURACY_FLOOR, NEW_SITUATIONS_FLOOR, part_accuracy


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
