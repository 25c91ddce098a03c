"""Families of read misses of the twenty-fifth conversations (twenty-second session), each tested in other
words than the set's: a message that turns the police down gets what it asked for first, in any action."""

from __future__ import annotations

import pytest

from actions.cards import police_last_when_refused
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FOLLOW_UP, _order, _run, _user


class _Latest:
    def __init__(self, text: str) -> None:
        self.latest_message = {"text": text}

    def get_slot(self, name: str) -> None:
        return None


@pytest.mark.parametrize(
    "text",
    [
        "welke is vanavond nog open? liever niet de politie",
        "i dont want to involve the police, who else can i call",
        "geen politie pls, is er iemand die in het weekend opneemt",
        "politie wil ik echt niet, wie kan ik dan bellen",
    ],
)
def test_a_message_that_turns_the_police_down_puts_them_last(text: str) -> None:
    assert police_last_when_refused(_Latest(text), ["politie", "csg", "veiligthuis"]) == [  # type: ignore[arg-type]
        "csg",
        "veiligthuis",
        "politie",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ik wil aangifte doen maar niet op het bureau",
        "welke is vanavond nog open?",
        "kan de politie me helpen?",
    ],
)
def test_an_aangifte_or_no_refusal_keeps_the_order(text: str) -> None:
    ids = ["politie", "csg", "veiligthuis"]
    assert police_last_when_refused(_Latest(text), ids) == ids  # type: ignore[arg-type]


def test_hours_asked_without_the_police_after_abuse_long_ago_show_csg_first() -> None:
    """After abuse by a relative years ago, "wie is er zondag open? niet de politie": CSG (day and night)
    before the police, through the follow-up action."""
    events = [_user("mn opa deed vroeger dingen bij me, ik denk er steeds aan", "sexual_violence")]
    messages, _ = _run(
        FOLLOW_UP,
        "ask_hours",
        "wie is er zondag open? niet de politie",
        events,
        situation="sexual_violence",
    )
    order = _order(messages)
    assert order and order[0] != "politie"
    assert "csg" in order and (order.index("csg") < order.index("politie") if "politie" in order else True)
