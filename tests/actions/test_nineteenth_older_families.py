"""Nineteenth session: families of read misses of the fourteenth and eighteenth conversations, in other words.

- "Wat is het verschil eigenlijk?" right after naming two channels: those two, the one that fits first.
- "Is de kindertelefoon gratis?" before any situation: the answer is about that channel only.
- An anonymous report of images that go round in a chat app: no Meldpunt (it takes public links only).
- A message read as "images seen" inside a talk about one's own image keeps the talk about that image.
- "Moet ik echt naar het bureau? kan het niet online?" about one's own images: Helpwanted first.
- "Anyway, back to the pic": the talk about the image again, after a detour.
"""

from __future__ import annotations

import pytest

from actions.named_channel import ActionSendNamedChannel
from actions.send_channels import ActionSendChannels
from components.material_text import PRIVATE
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FALLBACK, FOLLOW_UP, _bot_with, _order, _run, _user
from tests.helpers import WEDNESDAY_NOON

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
NAMED = ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON)

OWN_ON_A_SITE = [_user("er staat een foto van mij op een site, ik ben 15", "own_images_shared")]


@pytest.mark.parametrize(
    ("intent", "action", "text"),
    [
        ("out_of_scope", FALLBACK, "wat is het verschil eigenlijk"),
        ("nlu_fallback", FALLBACK, "whats the difference tho"),
        ("ask_channel_by_name", NAMED, "en wat is het verschil?"),
    ],
)
def test_the_difference_asked_after_two_channels_named_shows_those_two(
    intent: str, action, text: str
) -> None:
    events = [
        *OWN_ON_A_SITE,
        _user("mijn mentor zei offlimits maar mn zus zegt helpwanted", "ask_channel_by_name"),
    ]
    messages, _ = _run(action, intent, text, events, situation="own_images_shared", place="public")
    assert set(_order(messages)[:2]) == {"helpwanted", "offlimits"}
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    ("intent", "text", "channel"),
    [
        ("ask_cost", "is the kindertelefoon free? it cant show on my parents bill", "kindertelefoon"),
        ("ask_cost", "kost bellen naar csg geld?", "csg"),
        ("ask_hours", "wanneer is helpwanted bereikbaar", "helpwanted"),
    ],
)
def test_a_question_about_one_named_channel_before_any_situation_is_about_that_channel(
    intent: str, text: str, channel: str
) -> None:
    messages, _ = _run(FOLLOW_UP, intent, text)
    assert _order(messages) == [channel]


def test_an_anonymous_report_of_images_in_a_chat_app_gets_no_meldpunt() -> None:
    events = [_user("een jongen uit mn klas verkoopt via snap filmpjes van meisjes van 14", "nlu_fallback")]
    messages, _ = _run(
        FOLLOW_UP,
        "ask_report_anonymously",
        "kan dat anoniem? hij mag niet weten dat ik het was",
        events,
        situation="report_illegal_content",
        place=PRIVATE,
    )
    assert "offlimits" not in _order(messages)
    assert _order(messages)[0] in ("meldmisdaadanoniem", "politie")


@pytest.mark.parametrize(
    "text",
    [
        "het was alleen bedoeld voor onze groepsapp",
        "i saw it on his story this morning",
    ],
)
def test_images_seen_inside_a_talk_about_ones_own_image_keep_that_talk(text: str) -> None:
    events = [
        _user("mn vrienden hebben een grap foto van mij in mn ondergoed rondgestuurd", "own_images_shared")
    ]
    _, events_out = _run(SEND, "saw_illegal_images", text, events, situation="own_images_shared")
    assert {
        "event": "slot",
        "name": "situation",
        "value": "own_images_shared",
        "timestamp": None,
    } in events_out


def test_abuse_material_of_others_seen_in_a_talk_about_ones_own_image_is_a_new_talk() -> None:
    events = [_user("mn ex heeft mijn nude doorgestuurd", "own_images_shared")]
    _, events_out = _run(
        SEND,
        "saw_illegal_images",
        "ik zag net ook kinderporno in een groep",
        events,
        situation="own_images_shared",
    )
    assert {
        "event": "slot",
        "name": "situation",
        "value": "saw_illegal_images",
        "timestamp": None,
    } in events_out


@pytest.mark.parametrize(
    "text",
    [
        "moet ik echt naar het politiebureau? kan het niet gewoon online, ik wil geen drama",
        "do i have to go to the cops or can i do it online",
    ],
)
def test_a_doubt_about_the_police_for_ones_own_images_puts_helpwanted_first(text: str) -> None:
    events = [_user("mn ex heeft mn nudes op een nep account gezet", "own_images_shared")]
    messages, _ = _run(FOLLOW_UP, "hesitate_to_report", text, events, situation="own_images_shared", age=17)
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "anyway back to the pic, my dad will literally kill me if he sees it",
        "maar even terug naar die foto, hoe krijg ik die weg",
    ],
)
def test_back_to_the_image_after_a_detour_is_about_the_image_again(text: str) -> None:
    events = [
        _user("mn vriend heeft mn foto doorgestuurd na het uitmaken", "own_images_shared"),
        {"event": "slot", "name": "situation", "value": "own_images_shared"},
        _bot_with(["helpwanted", "politie", "csg"]),
        _user("mn ouders hebben ook steeds ruzie", "violence_at_home"),
        {"event": "slot", "name": "situation", "value": "violence_at_home"},
        _bot_with(["veiligthuis", "kindertelefoon"]),
    ]
    messages, out = _run(FALLBACK, "out_of_scope", text, events, situation="violence_at_home")
    assert _order(messages)[0] == "helpwanted"
    assert any(e.get("name") == "situation" and e.get("value") == "own_images_shared" for e in out)


def test_a_detour_without_going_back_keeps_the_latest_talk() -> None:
    events = [
        _user("mn vriend heeft mn foto doorgestuurd na het uitmaken", "own_images_shared"),
        {"event": "slot", "name": "situation", "value": "own_images_shared"},
        _user("mn ouders hebben ook steeds ruzie", "violence_at_home"),
        {"event": "slot", "name": "situation", "value": "violence_at_home"},
    ]
    messages, _ = _run(
        FALLBACK, "nlu_fallback", "en ze schreeuwen de hele avond", events, situation="violence_at_home"
    )
    assert _order(messages)[0] == "veiligthuis"


def test_a_follow_up_going_back_to_the_image_remembers_that_talk() -> None:
    events = [
        _user("mn ex heeft mn naaktfoto op insta gezet", "own_images_shared"),
        {"event": "slot", "name": "situation", "value": "own_images_shared"},
        _user("en thuis is het ook gezeik", "violence_at_home"),
        {"event": "slot", "name": "situation", "value": "violence_at_home"},
    ]
    messages, out = _run(
        FOLLOW_UP,
        "ask_removal",
        "ok terug naar die foto, kan die eraf?",
        events,
        situation="violence_at_home",
    )
    assert _order(messages)[0] == "helpwanted"
    assert any(e.get("name") == "situation" and e.get("value") == "own_images_shared" for e in out)


ASSAULT_FILMED = [_user("ze hebben me na de training in elkaar getrapt en het gefilmd", "own_images_shared")]


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (FOLLOW_UP, "still_online", "ik heb het bij insta gemeld maar het staat er nog steeds"),
        (FALLBACK, "nlu_fallback", "iedereen op school heeft het gezien"),
        (SEND, "own_images_shared", "a video of me getting beaten up is going round on snap"),
    ],
)
def test_ones_own_images_of_an_assault_put_the_police_and_victim_support_first(
    action, intent: str, text: str
) -> None:
    messages, _ = _run(
        action, intent, text, ASSAULT_FILMED, situation="own_images_shared", material="violence"
    )
    order = _order(messages)
    assert order[:2] == ["politie", "slachtofferhulp"]
    assert "csg" not in order


def test_ones_own_sexual_images_keep_helpwanted_first() -> None:
    messages, _ = _run(
        FOLLOW_UP, "still_online", "het staat er nog steeds", OWN_ON_A_SITE, situation="own_images_shared"
    )
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    ("action", "intent"),
    [(FALLBACK, "nlu_fallback"), (FOLLOW_UP, "ask_hours"), (SEND, "helping_friend")],
)
def test_two_channels_compared_in_the_message_put_the_one_that_fits_first(action, intent: str) -> None:
    events = [_user("mn vriendin wordt afgeperst met een naaktfoto op snap, ze is 15", "helping_friend")]
    messages, _ = _run(
        action,
        intent,
        "thx! nog 1 ding: wat is het verschil tussen offlimits en helpwanted?",
        events,
        situation="helping_friend",
        concern="own_images_shared",
    )
    assert _order(messages)[0] == "helpwanted"


def test_reporting_ones_own_images_made_as_an_adult_puts_the_police_first() -> None:
    events = [
        _user(
            "ik ben 21 en mn ex heeft mijn naaktfotos op een pornosite gezet, van vorig jaar",
            "own_images_shared",
        )
    ]
    messages, _ = _run(
        SEND,
        "report_illegal_content",
        "waar meld ik dat dan",
        events,
        situation="own_images_shared",
        material="adults",
        place="public",
        age=21,
    )
    order = _order(messages)
    assert order[0] == "politie"
    assert "helpwanted" in order
    assert "offlimits" not in order


def test_reporting_a_site_with_childrens_images_a_younger_brother_was_sent_puts_the_meldpunt_first() -> None:
    events = [
        _user(
            "my little brother got a link from a roblox account to a site with naked kids", "helping_friend"
        )
    ]
    messages, _ = _run(
        SEND,
        "report_illegal_content",
        "waar meld ik die site?",
        events,
        situation="helping_friend",
        material="children",
        place="public",
    )
    assert _order(messages)[0] == "offlimits"


def test_a_friends_own_image_on_a_site_keeps_the_help_for_that_image_first() -> None:
    events = [_user("er staat een naaktfoto van mn vriendin van 15 op een site", "helping_friend")]
    messages, _ = _run(
        SEND,
        "report_illegal_content",
        "hoe meld ik dat?",
        events,
        situation="helping_friend",
        concern="own_images_shared",
        material="children",
        place="public",
    )
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "kan offlimits me daarbij helpen of moet alles via de politie?",
        "can helpwanted help me with that or does it all go through the police",
    ],
)
def test_a_channel_asked_about_after_an_aangifte_keeps_the_police_first(text: str) -> None:
    events = [
        _user("iemand heeft mn naaktfotos in een telegram groep gezet, ik ben 17", "own_images_shared"),
        _user("ik wil aangifte doen maar weet niet hoe", "report_to_police"),
    ]
    messages, _ = _run(FOLLOW_UP, "decline_help", text, events, situation="own_images_shared")
    assert _order(messages)[0] == "politie"
