"""Twenty-first session: families of read misses of the twenty-second and twenty-third conversations.

- "Eigenlijk gaat het om mij. sorry" after telling about a friend: the help for what was told, for the
  young person themselves, and that becomes the situation (not the friend's help, not a crisis).
- Sexual violence that was filmed: after CSG's fixed answer, Helpwanted (images of oneself taken
  offline), also with nothing told before. The policy (Rasa environment) and the action read "filmed"
  with the same words.
- "Ik ben nu thuis", "im home now": where the young person is, a detail thanked for.
"""

from __future__ import annotations

import ast
import re

import pytest

from actions.context_fallback import about_me_after_all, told_a_detail
from actions.crisis_context import FILMED, ActionRemindSituation
from bot.settings import ROOT
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FALLBACK, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON

FRIEND_PHOTO = [
    _user("mijn vriendin heeft een probleem. er gaat een foto van haar rond", "helping_friend"),
    _user("ze is 14", "give_age"),
]
ABOUT_ME = [
    "eigenlijk gaat het om mij. sorry",
    "het gaat eigenlijk over mezelf",
    "ok eerlijk... ik ben het zelf",
    "die vriendin ben ik",
    "sorry, het is mn eigen foto",
    "actually its about me",
    "ok tbh the friend is me",
    "it's actually my own pic",
]


@pytest.mark.parametrize("text", ABOUT_ME)
def test_the_friend_turning_out_to_be_the_writer_gets_the_help_for_them(text: str) -> None:
    messages, events = _run(
        FALLBACK, "nlu_fallback", text, FRIEND_PHOTO, situation="helping_friend", concern="own_images_shared"
    )
    assert _responses(messages)[0] == "utter_about_me_after_all"
    assert _order(messages)[0] == "helpwanted"
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["situation"] == "own_images_shared"
    assert slots["concern"] is None


@pytest.mark.parametrize(
    "text",
    [
        "het gaat niet om mij, om haar",
        "its not about me",
        "ze vroeg me om hulp",
        "is het erg als ik me schuldig voel",
    ],
)
def test_not_about_the_writer(text: str) -> None:
    assert not about_me_after_all(text)


def test_about_me_only_turns_a_talk_for_a_friend() -> None:
    """A parent writing "het gaat om mij" is not a child who turns out to be the one in the photo."""
    events = [_user("ik ben moeder, er gaat een foto van mijn dochter rond", "parent_or_teacher")]
    messages, _ = _run(
        FALLBACK,
        "nlu_fallback",
        "het gaat eigenlijk om mij",
        events,
        situation="parent_or_teacher",
        concern="own_images_shared",
    )
    assert "utter_about_me_after_all" not in _responses(messages)


def _policy_filmed() -> re.Pattern[str]:
    """FILMED of components/crisis_context_policy.py (the Rasa environment: not importable here)."""
    tree = ast.parse((ROOT / "components" / "crisis_context_policy.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "FILMED" for t in node.targets):
            return re.compile(ast.literal_eval(node.value.args[0]))  # type: ignore[attr-defined]
    raise AssertionError("no FILMED in the policy")


FILMED_TEXTS = [
    "a guy from my class and his friend did stuff to me i didnt want, and they filmed it",
    "hij heeft me verkracht en het gefilmd",
    "ze namen het op met hun telefoon",
    "he raped me and recorded it",
    "they took pics while i was passed out",
    "hij filmde alles",
    "er zijn foto's van mij gemaakt toen ik sliep",
]


def test_the_policy_and_the_action_read_filmed_alike() -> None:
    assert _policy_filmed().pattern == FILMED.pattern
    assert all(FILMED.search(t.lower()) for t in FILMED_TEXTS)
    assert not any(
        FILMED.search(t)
        for t in ["hij heeft me verkracht", "ik ben opgegroeid in utrecht", "i watched a film last night"]
    )


@pytest.mark.parametrize("text", FILMED_TEXTS[:5])
def test_filmed_sexual_violence_gets_helpwanted_after_csg(text: str) -> None:
    remind = ActionRemindSituation(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(remind, "sexual_violence", text, [_user("is this chat saved?", "ask_privacy")])
    assert _responses(messages) == ["utter_filmed_help"]
    assert _order(messages) == ["helpwanted"]


def test_sexual_violence_not_filmed_keeps_the_plain_reminder() -> None:
    remind = ActionRemindSituation(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(remind, "sexual_violence", "hij heeft me verkracht", [])
    assert "utter_filmed_help" not in _responses(messages)


@pytest.mark.parametrize("text", ["ok. im at home now", "ik ben nu thuis", "ben net thuis", "just got home"])
def test_where_the_writer_is_now_is_a_detail(text: str) -> None:
    assert told_a_detail(text)


STEPDAD = [_user("my stepdad hits my mom almost every weekend and sometimes me", "violence_at_home")]


@pytest.mark.parametrize(
    "text",
    [
        "can you call someone for me? i cant talk on the phone, he would hear",
        "ik durf niet te bellen, is er iets zonder praten?",
        "kan ik ook gewoon typen ipv bellen",
    ],
)
def test_asked_to_write_instead_of_call_in_a_talk_gets_those_with_a_chat_first(text: str) -> None:
    from actions.send_channels import ActionSendChannels

    send = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(send, "feel_bad_need_to_talk", text, STEPDAD, situation="violence_at_home")
    assert _responses(messages)[0] == "utter_chat_instead"
    assert _order(messages)[0] == "kindertelefoon"
    assert "utter_topic_feel_bad_need_to_talk" not in _responses(messages)


def test_wanting_to_talk_in_a_talk_about_something_else_is_not_about_images_seen() -> None:
    from actions.send_channels import ActionSendChannels

    send = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(
        send, "feel_bad_need_to_talk", "ik wil met iemand praten", STEPDAD, situation="violence_at_home"
    )
    assert _responses(messages)[0] == "utter_topic_feel_bad_need_to_talk__in_a_talk"
    seen = [_user("ik zag een filmpje van een verkrachting", "saw_illegal_images")]
    messages, _ = _run(
        send, "feel_bad_need_to_talk", "ik wil met iemand praten", seen, situation="saw_illegal_images"
    )
    assert _responses(messages)[0] == "utter_topic_feel_bad_need_to_talk"
    messages, _ = _run(send, "feel_bad_need_to_talk", "ik wil met iemand praten")
    assert _responses(messages)[0] == "utter_topic_feel_bad_need_to_talk"


MOTHER_OF_A_GIRL = [
    _user("goedemiddag, ik ben de moeder van een meisje van 15", "parent_or_teacher"),
    _user(
        "er gaat een naaktfoto van haar rond op school, ze wil er met mij niet over praten", "helping_friend"
    ),
]


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_report_anonymously", "kan zij ergens zelf anoniem terecht zonder dat ik erbij ben?"),
        ("ask_report_anonymously", "can she go somewhere anonymously on her own, without me?"),
        ("ask_hours", "kan ze daar zelf ook bellen als ik er niet bij ben, zonder mij?"),
    ],
)
def test_a_parent_asking_where_the_child_can_go_alone_gets_where_a_child_can_talk(
    intent: str, text: str
) -> None:
    from tests.actions.test_thread_families import FOLLOW_UP

    messages, _ = _run(
        FOLLOW_UP, intent, text, MOTHER_OF_A_GIRL, situation="parent_or_teacher", concern="own_images_shared"
    )
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert "kindertelefoon" in order


@pytest.mark.parametrize(
    "text",
    [
        "should i even do something?? she'll hate me",
        "moet ik wel iets doen? ze wordt boos op me",
        "should i stay out of it",
    ],
)
def test_a_doubt_whether_to_act_read_as_the_overview_is_answered_in_context(text: str) -> None:
    from actions.send_channels import ActionSendChannels

    send = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    friend = [_user("my best friend told me her stepdad touches her at night. we are 13", "sexual_violence")]
    messages, _ = _run(
        send, "ask_help_overview", text, friend, situation="helping_friend", concern="sexual_violence"
    )
    assert "utter_what_i_can_do" not in _responses(messages)
    order = _order(messages)
    assert "alarmnummer" not in order
    assert order
