"""Judging the blind multi-turn set: the reply to the last turn against the expected channels."""

from __future__ import annotations

from bot.tools.conversation_eval import judge, summary

NAMES = {"slachtofferhulp": ["Slachtofferhulp Nederland", "0900-0101"], "helpwanted": ["Helpwanted"]}


def _reply(*ids: str) -> list[dict]:
    cards = [
        {
            "id": i,
            "name": i,
            "description": "",
            "phones": [],
            "availability": "unknown",
            "availability_text": "Tijden niet bekend",
        }
        for i in ids
    ]
    return [
        {
            "text": "• ...",
            "custom": {"help_reply": {"version": 1, "topic": "t", "lead": None, "cards": cards}},
        }
    ]


def _conversation(**expected: object) -> dict:
    return {"id": "c1", "follow_up": "removal", "turns": ["a", "b"], "expected": expected}


def test_judge_passes_the_right_first_card_with_every_include_and_no_exclude() -> None:
    """First card, includes present, excludes absent: a pass."""
    outcome = judge(
        _conversation(first="helpwanted", include=["helpwanted"], exclude=["alarmnummer"]),
        _reply("helpwanted", "politie"),
        NAMES,
    )
    assert outcome.passed and outcome.cards == ["helpwanted", "politie"]


def test_judge_fails_a_wrong_first_card_a_missing_include_and_a_shown_exclude() -> None:
    """Each broken expectation is named."""
    outcome = judge(
        _conversation(first="helpwanted", include=["helpwanted", "csg"], exclude=["offlimits"]),
        _reply("offlimits", "helpwanted"),
        NAMES,
    )
    assert not outcome.passed
    assert "first card offlimits" in outcome.why and "missing ['csg']" in outcome.why
    assert "shown but wrong ['offlimits']" in outcome.why


def test_judge_without_cards_passes_only_an_answer_about_the_channel_when_no_card_is_required() -> None:
    """A cost question answered in text about Slachtofferhulp passes; a missing card elsewhere fails."""
    cost = _conversation(first="slachtofferhulp", card_required=False, answer_about="slachtofferhulp")
    assert judge(cost, [{"text": "Bellen naar 0900-0101 kost het lokale tarief."}], NAMES).passed
    assert not judge(cost, [{"text": "Dat weet ik niet."}], NAMES).passed
    assert not judge(_conversation(first="helpwanted"), [{"text": "Helpwanted kan helpen."}], NAMES).passed


def test_summary_counts_per_follow_up_and_lists_misses() -> None:
    """Accuracy over all, per kind of follow-up, and the misses with their turns."""
    ok = judge(_conversation(first="helpwanted"), _reply("helpwanted"), NAMES)
    bad = judge(_conversation(first="helpwanted"), _reply("politie"), NAMES)
    s = summary([ok, bad])
    assert s["accuracy"] == 0.5
    assert s["per_follow_up"] == {"removal": {"n": 2, "passed": 1}}
    assert [m["cards"] for m in s["misses"]] == [["politie"]]
