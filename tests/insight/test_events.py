"""A turn is counted from response names, topics and channel ids only; anything else becomes 'other'."""

from __future__ import annotations

from bot.insight import events as ev
from bot.insight.events import Vocabulary, classify, ended_counts, turn_counts
from tests.insight.conftest import fallback_turn, police_turn, suicide_turn


def test_classify_police_turn_counts_topic_and_cards(vocabulary: Vocabulary) -> None:
    """A routed topic counts its topic and every card shown; the turn is known by its first answer."""
    turn = classify(police_turn(), vocabulary)
    assert turn.key == "utter_topic_report_to_police"
    assert turn.topics == ("report_to_police",)
    assert turn.channels == ("politie", "slachtofferhulp", "csg")
    assert not turn.fallback and not turn.safety_check and turn.crisis == ()


def test_classify_crisis_answer_is_crisis_not_topic(vocabulary: Vocabulary) -> None:
    """A fixed crisis answer counts as crisis with its cards, not as a routed topic."""
    turn = classify(suicide_turn(), vocabulary)
    assert turn.crisis == ("utter_crisis_suicide",)
    assert turn.topics == ()
    assert turn.channels == ("zelfmoordpreventie", "alarmnummer")


def test_classify_fallback_and_safety_check(vocabulary: Vocabulary) -> None:
    """Both fallback responses count as 'did not understand'; the distress check as a safety check."""
    assert classify(fallback_turn(), vocabulary).fallback
    assert classify([{"text": "x", "response": "utter_default"}], vocabulary).fallback
    check = classify([{"text": "Ben je nu in gevaar?", "response": "utter_distress_check"}], vocabulary)
    assert check.safety_check and not check.fallback


def test_classify_never_takes_a_label_from_text(vocabulary: Vocabulary) -> None:
    """Unknown response names, topics and channel ids (text that slipped in) are counted as 'other'."""
    marker = "zebrafinkmarker"
    turn = classify(
        [
            {"text": marker, "response": marker},
            {"text": marker, "custom": {"help_reply": {"topic": marker, "cards": [{"id": marker}]}}},
        ],
        vocabulary,
    )
    assert turn.responses == (ev.OTHER,)
    assert turn.topics == (ev.OTHER,)
    assert turn.channels == (ev.OTHER,)
    labels = [label for _, label in turn_counts(turn, True, None)]
    assert marker not in " ".join(labels)


def test_turn_counts_fallback_after_previous_answer(vocabulary: Vocabulary) -> None:
    """A fallback is charged to the answer before it; a new conversation counts once."""
    fallback = classify(fallback_turn(), vocabulary)
    counts = turn_counts(fallback, False, "utter_topic_report_to_police")
    assert (ev.FALLBACK_AFTER, "utter_topic_report_to_police") in counts
    assert (ev.CONVERSATION, "") not in counts
    assert (ev.CONVERSATION, "") in turn_counts(fallback, True, None)
    assert ended_counts(fallback) == [(ev.LEFT_AFTER, "utter_nlu_fallback"), (ev.ENDED_AFTER_FALLBACK, "")]


def test_a_contextual_fallback_with_cards_is_a_fallback_not_a_topic(vocabulary: Vocabulary) -> None:
    """Not understood after a situation: the bot names that situation's help again. The turn counts
    as a fallback; its cards count as shown; it does not count as the topic routed once more."""
    reply = {"help_reply": {"version": 1, "topic": "report_to_police", "cards": [{"id": "politie"}]}}
    messages = [
        {"text": "...", "response": "utter_contextual_fallback"},
        {"text": "...", "custom": reply},
    ]
    turn = classify(messages, vocabulary)
    counts = turn_counts(turn, False, "utter_topic_report_to_police")
    assert (ev.FALLBACK, "") in counts
    assert (ev.CHANNEL, "politie") in counts
    assert not [c for c in counts if c[0] == ev.TOPIC]
