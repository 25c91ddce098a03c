"""Eighteenth session: families of read misses of the twentieth conversations, in several wordings.

- A question whether a named channel can do something with it, whether to go there, or what happens
  when one calls it ("kan de politie daar iets mee?", "what happens if i call the politie"): that
  channel first, in a topic's answer and in a follow-up's.
- A helper who doubts whether to report an adult online who asks a child for photos ("ze wil niet dat
  ik het vertel. moet ik het toch melden?"): the police first; a plain doubt without grooming keeps
  the situation's help first.
"""

from __future__ import annotations

import pytest

from actions.cards import ASKS_WHAT_IT_CAN_DO
from actions.send_channels import ActionSendChannels
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FOLLOW_UP, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)


OWN_AI_NUDE = [
    _user("iemand heeft een nepnaaktfoto van me gemaakt met een app en die gaat rond", "own_images_shared")
]


@pytest.mark.parametrize(
    "text",
    [
        "kan de politie daar iets mee of is het niet echt strafbaar",
        "can the police do anything about it, its fake",
        "heeft het zin om naar de politie te gaan?",
        "is it even worth going to the police",
    ],
)
def test_asking_what_the_police_can_do_puts_the_police_first(text: str) -> None:
    messages, _ = _run(SEND, "ask_am_i_in_trouble", text, OWN_AI_NUDE, situation="own_images_shared")
    assert _order(messages)[0] == "politie"
    assert "helpwanted" in _order(messages)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("kan offlimits daar iets mee?", "offlimits"),
        ("can helpwanted do something about it", "helpwanted"),
    ],
)
def test_asking_what_another_channel_can_do_puts_that_channel_first(text: str, channel: str) -> None:
    messages, _ = _run(SEND, "ask_am_i_in_trouble", text, OWN_AI_NUDE, situation="own_images_shared")
    assert _order(messages)[0] == channel


def test_am_i_in_trouble_without_a_channel_asked_about_keeps_helpwanted_first() -> None:
    messages, _ = _run(
        SEND,
        "ask_am_i_in_trouble",
        "kom ik nu zelf in de problemen?",
        OWN_AI_NUDE,
        situation="own_images_shared",
    )
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "what happens if i call the politie, do they come here?",
        "wat gebeurt er als ik de politie bel",
        "kan de politie hier iets mee?",
    ],
)
def test_a_follow_up_asking_about_the_police_puts_the_police_first(text: str) -> None:
    events = [
        _user("mn nicht van 14 heeft naaktfotos gestuurd naar iemand en nu gaan ze rond", "helping_friend")
    ]
    messages, _ = _run(FOLLOW_UP, "give_age", text, events, situation="helping_friend", age=16)
    assert _order(messages)[0] == "politie"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("moet ik met haar naar de politie?", True),
        ("should i take her to the police", True),
        ("kan de politie daar iets mee", True),
        ("is het de moeite, heeft het zin om te melden", True),
        ("ik ben bang voor de politie", False),
        ("de politie heeft me gebeld", False),
        ("ik heb iets gezien en ik weet niet wat ik moet doen", False),
    ],
)
def test_what_counts_as_a_question_about_what_a_channel_can_do(text: str, asks: bool) -> None:
    assert bool(ASKS_WHAT_IT_CAN_DO.search(text)) is asks


GROOMED_FRIEND = [
    _user("mijn vriendin van 12 chat met een man van 30 op snapchat", "helping_friend"),
    _user("hij wil fotos en zegt dat ze het aan niemand mag vertellen", "grooming"),
]


@pytest.mark.parametrize(
    "text",
    [
        "ze wil niet dat ik het doorvertel. moet ik het toch melden?",
        "she made me promise not to tell. should i still report it?",
        "ik twijfel, moet ik dit echt melden?",
    ],
)
def test_a_helper_doubting_whether_to_report_grooming_gets_the_police_first(text: str) -> None:
    messages, _ = _run(
        FOLLOW_UP, "hesitate_to_report", text, GROOMED_FRIEND, situation="helping_friend", concern="grooming"
    )
    assert _order(messages)[0] == "politie"


def test_a_helper_doubting_without_grooming_keeps_the_situations_help_first() -> None:
    events = [_user("de naaktfoto van mn vriendin gaat rond op school", "helping_friend")]
    messages, _ = _run(
        FOLLOW_UP,
        "hesitate_to_report",
        "ik twijfel, moet ik dit echt melden?",
        events,
        situation="helping_friend",
        concern="own_images_shared",
    )
    assert _order(messages)[0] != "politie"


MOTHER = [
    _user("goedemiddag, ik ben moeder van een meisje van 12", "parent_or_teacher"),
    _user("een volwassen man vraagt haar om foto's via snapchat", "parent_or_teacher"),
]


@pytest.mark.parametrize(
    "text",
    [
        "moet ik met haar naar de politie? wat vragen ze dan",
        "should i take her to the police or is that too much",
        "kan ik samen met haar aangifte doen?",
    ],
)
def test_a_parent_read_as_helping_a_friend_keeps_a_parents_words(text: str) -> None:
    messages, events = _run(
        SEND, "helping_friend", text, MOTHER, situation="parent_or_teacher", concern="grooming"
    )
    responses = _responses(messages)
    assert responses and responses[0].startswith("utter_topic_parent_or_teacher"), responses
    assert {"event": "slot", "name": "situation", "value": "parent_or_teacher", "timestamp": None} in events


@pytest.mark.parametrize(
    "text",
    [
        # A friend named: helping a friend.
        "en haar vriendin wordt ook door hem benaderd, hoe help ik die?",
        # A detail told, no step asked about: goes on as the classifier read it.
        "er gaat nu ook een filmpje van haar rond in de klas",
    ],
)
def test_a_parent_naming_a_friend_or_telling_a_detail_goes_on_as_read(text: str) -> None:
    """Only a question about a step keeps a parent's words."""
    messages, _ = _run(
        SEND, "helping_friend", text, MOTHER, situation="parent_or_teacher", concern="grooming"
    )
    assert _responses(messages)[0].startswith("utter_topic_helping_friend")
