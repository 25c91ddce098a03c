"""Twenty-third session: families of read misses of the twenty-fifth conversations, in other words.

- The police turned down about abuse material in a private message, a group or the cloud (no public
  link for Offlimits): the anonymous tip (Meld Misdaad Anoniem) first, the police last, and words that
  never send the young person to Offlimits (zb054).
- "Is er iets op zondag open? niet de politie" after CSG's crisis answer: the police are named only as
  not wanted, so they do not come first (zb059).
- "Ik wil niet bellen echt niet. kan ik ook mailen?" about one's own images: a question about another
  way to reach the help, not a refusal of it; those one can write to first (zb001).
"""

from __future__ import annotations

import pytest

from actions.send_channels import ActionSendChannels
from tests.actions.test_home_and_helper_families import (
    CSG_ANSWER,
    live_catalog,  # noqa: F401 (autouse fixture)
)
from tests.actions.test_thread_families import FOLLOW_UP, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)

GROUP_MATERIAL = [
    _user("in een telegram groep werden opeens fotos van kleine kinderen gedeeld", "saw_illegal_images")
]
SITE_MATERIAL = [_user("ik zag kinderporno op een website", "saw_illegal_images")]

REFUSALS = [
    "moet ik dit echt melden? ik wil geen gedoe met politie",
    "do i really have to report this? no cops pls",
    "moet dat echt? niet naar de politie aub",
    "ik twijfel, geen politie aub",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_doubt_about_material_in_a_group_with_the_police_turned_down_puts_the_anonymous_tip_first(
    text: str,
) -> None:
    messages, _ = _run(
        FOLLOW_UP, "hesitate_to_report", text, GROUP_MATERIAL, situation="saw_illegal_images", place="private"
    )
    order = _order(messages)
    assert order[0] == "meldmisdaadanoniem"
    assert order[-1] == "politie"
    assert "offlimits" not in order
    assert "utter_follow_up_hesitate_to_report__private" in _responses(messages)


def test_doubt_about_material_in_a_group_keeps_the_police_and_names_the_tip() -> None:
    """No refusal of the police: they take the report; the anonymous tip is there too, never Offlimits."""
    messages, _ = _run(
        FOLLOW_UP,
        "hesitate_to_report",
        "moet ik dit echt melden?",
        GROUP_MATERIAL,
        situation="saw_illegal_images",
        place="private",
    )
    order = _order(messages)
    assert "politie" in order and "meldmisdaadanoniem" in order
    assert order.index("politie") < order.index("meldmisdaadanoniem")
    assert "offlimits" not in order
    assert "utter_follow_up_hesitate_to_report__private" in _responses(messages)


@pytest.mark.parametrize("text", REFUSALS[:2])
def test_doubt_about_material_on_a_public_site_keeps_offlimits_first(text: str) -> None:
    messages, _ = _run(FOLLOW_UP, "hesitate_to_report", text, SITE_MATERIAL, situation="saw_illegal_images")
    order = _order(messages)
    assert order[0] == "offlimits"
    assert "meldmisdaadanoniem" not in order
    assert "utter_follow_up_hesitate_to_report" in _responses(messages)


@pytest.mark.parametrize(
    "text",
    [
        "kan dat ook zonder politie?",
        "can i do it without the police",
        "ik wil niet naar de politie, kan het anders?",
    ],
)
def test_reporting_material_in_a_dm_without_the_police_offers_the_anonymous_tip(text: str) -> None:
    messages, _ = _run(
        SEND, "report_to_police", text, GROUP_MATERIAL, situation="saw_illegal_images", place="private"
    )
    order = _order(messages)
    assert order[0] == "meldmisdaadanoniem"
    assert "politie" in order[1:]
    responses = _responses(messages)
    assert "utter_report_without_police__private" in responses
    assert "utter_report_without_police" not in responses


def test_an_aangifte_about_material_in_a_dm_keeps_the_police_first() -> None:
    messages, _ = _run(
        SEND,
        "report_to_police",
        "ik wil aangifte doen maar niet op het bureau",
        GROUP_MATERIAL,
        situation="saw_illegal_images",
        place="private",
    )
    assert _order(messages)[0] == "politie"
    assert "utter_report_without_police__private" not in _responses(messages)


ABUSE_LONG_AGO = [
    _user("ik kan niet stoppen met denken aan wat mijn oom vroeger deed", "sexual_violence"),
    CSG_ANSWER,
    _user("it was years ago, im 16 now", "give_age"),
]


@pytest.mark.parametrize(
    "text",
    [
        "is er iets op zondag open? niet de politie",
        "wie is er vannacht bereikbaar, geen politie pls",
        "anything open on sunday? not the police",
    ],
)
def test_hours_with_the_police_turned_down_after_csg_do_not_put_the_police_first(text: str) -> None:
    messages, _ = _run(FOLLOW_UP, "ask_hours", text, ABUSE_LONG_AGO, age=16)
    order = _order(messages)
    assert order[0] == "csg"
    assert order[-1] == "politie" or "politie" not in order


def test_hours_of_the_police_asked_for_after_csg_put_the_police_first() -> None:
    """The neighbour: the police named as wanted stay what the answer is about."""
    messages, _ = _run(FOLLOW_UP, "ask_hours", "is de politie op zondag open?", ABUSE_LONG_AGO, age=16)
    assert _order(messages)[0] == "politie"


OWN_IMAGE = [
    _user(
        "mn ex heeft een foto van mij doorgestuurd naar zn vrienden. ik had m alleen aan hem gestuurd",
        "own_images_shared",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet bellen echt niet. kan ik ook mailen?",
        "niet bellen pls, kan ik ze ook appen?",
        "i dont want to call. can i email them?",
        "bellen durf ik niet, is er een chat?",
        # A removal asked for without calling (zc046 of the twenty-sixth conversations as a family).
        "can you just delete it for me? i dont wanna call anyone",
        "kunnen jullie het gewoon weghalen? ik wil niet bellen",
        "ik durf niet te bellen, kan het ook zo offline?",
    ],
)
def test_no_calling_with_a_question_about_writing_is_answered_with_those_one_can_write_to(text: str) -> None:
    messages, _ = _run(FOLLOW_UP, "decline_help", text, OWN_IMAGE, situation="own_images_shared", age=15)
    assert "utter_chat_instead" in _responses(messages)
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize("text", ["ik wil niet bellen, echt niet", "i dont want anyone to call me"])
def test_no_calling_without_a_question_stays_a_refusal(text: str) -> None:
    messages, _ = _run(FOLLOW_UP, "decline_help", text, OWN_IMAGE, situation="own_images_shared", age=15)
    assert "utter_chat_instead" not in _responses(messages)


# An adult online who flattered and asked things, with no images sent and nothing sexual told: shame or no
# sleep, someone to talk to: the Kindertelefoon first (zb044 as a family).
FLATTERED_BY_AN_ADULT = [
    _user(
        "een man op insta stuurde me wekenlang berichten, zei dat ik volwassen was voor mn leeftijd",
        "grooming",
    ),
    _user("ik had hem bijna verteld op welke school ik zit", "x"),
]


@pytest.mark.parametrize(
    "text",
    [
        "i feel so stupid, cant sleep. wie kan ik gewoon spreken?",
        "ik schaam me zo, hoe kon ik dat niet zien",
        "ik voel me echt dom en slaap slecht",
    ],
)
def test_shame_after_an_adult_online_with_nothing_sexual_told_puts_the_kindertelefoon_first(
    text: str,
) -> None:
    messages, _ = _run(FOLLOW_UP, "feel_ashamed", text, FLATTERED_BY_AN_ADULT, situation="grooming", age=14)
    assert _order(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    ("told", "intent"),
    [
        ("ik heb hem uiteindelijk toch naaktfotos gestuurd", "x"),
        ("he got me to do stuff on video call", "x"),
        ("hij liet me dingen doen voor de camera", "x"),
        ("toen gebeurde er iets wat ik niet wilde", "sexual_violence"),
    ],
)
def test_shame_after_an_adult_online_got_images_or_something_sexual_keeps_csg_first(
    told: str, intent: str
) -> None:
    events = [*FLATTERED_BY_AN_ADULT, _user(told, intent)]
    messages, _ = _run(FOLLOW_UP, "feel_ashamed", "ik schaam me zo", events, situation="grooming", age=14)
    assert _order(messages)[0] in ("csg", "helpwanted")
    assert _order(messages)[0] != "kindertelefoon"


# Twenty-third session: families of read misses of the twenty-sixth conversations (optimistic there).
@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("hesitate_to_report", "do i need to give my name if i report it? i dont want to be involved"),
        ("ask_report_anonymously", "moet ik mijn naam geven als ik het meld?"),
        ("hesitate_to_report", "weten ze dan wie ik ben? ik wil er niet in betrokken raken"),
    ],
)
def test_anonymity_about_material_in_a_group_puts_the_anonymous_tip_first(intent: str, text: str) -> None:
    messages, _ = _run(
        FOLLOW_UP, intent, text, GROUP_MATERIAL, situation="saw_illegal_images", place="private"
    )
    order = _order(messages)
    assert order[0] == "meldmisdaadanoniem"
    assert "offlimits" not in order


def test_anonymity_about_material_on_a_public_site_keeps_offlimits_first() -> None:
    messages, _ = _run(
        FOLLOW_UP,
        "ask_report_anonymously",
        "moet ik mijn naam geven als ik het meld?",
        SITE_MATERIAL,
        situation="saw_illegal_images",
    )
    assert _order(messages)[0] == "offlimits"
