"""Nineteenth session: families of read misses of the twenty-first conversations, in other words.

- A follow-up about one named channel's hours ("is csg vannacht nog bereikbaar?"): that channel first.
- Two channels compared ("offlimits of helpwanted, welke past?"): the one that fits what happened first,
  also in a talk for someone else (what is going on for them).
- "Wat als ik niet betaal?" read into a message that holds no money or demand ("ik heb hem al
  geblokt"): no blackmail is made up; the situation stays and the detail is thanked for.
- Abuse material seen, then "kan ik dat online melden? ik wil niet naar de politie": the Meldpunt's
  online form first, never the police first.
- A report made at a named channel, then "hoe lang duurt het?": that channel first.
- Somewhere to go without the parents knowing, for oneself or for a child one helps: the
  Kindertelefoon (anonymous, 8 to 18) first.
- A threat to post images on a site is not images on a site (no Meldpunt for a threat).
"""

from __future__ import annotations

import pytest

from actions.named_channel import ActionSendNamedChannel
from actions.send_channels import ActionSendChannels
from components.material_text import PUBLIC, find_place
from tests.actions.test_home_and_helper_families import live_catalog  # noqa: F401 (autouse fixture)
from tests.actions.test_thread_families import FALLBACK, FOLLOW_UP, _bot_with, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
NAMED = ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON)

PARENT_ABOUT_ASSAULT = [
    _user(
        "ik ben haar vader. ze is zaterdag door een buurjongen aangerand op een feestje", "parent_or_teacher"
    ),
]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("kan ze het centrum seksueel geweld vannacht nog bellen?", "csg"),
        ("is csg in het weekend ook bereikbaar", "csg"),
        ("is the kindertelefoon open at night too?", "kindertelefoon"),
        ("hoe laat is veilig thuis open", "veiligthuis"),
    ],
)
def test_hours_of_one_named_channel_put_that_channel_first(text: str, channel: str) -> None:
    messages, _ = _run(FOLLOW_UP, "ask_hours", text, PARENT_ABOUT_ASSAULT, situation="parent_or_teacher")
    assert _order(messages)[0] == channel


@pytest.mark.parametrize(
    ("intent", "text", "channel"),
    [
        ("ask_hours", "is het centrum seksueel geweld 's avonds ook te bellen?", "csg"),
        ("ask_hours", "can she call csg late tonight", "csg"),
        ("ask_cost", "kost de kindertelefoon geld?", "kindertelefoon"),
        ("ask_bring_someone", "mag ik mee naar het csg?", "csg"),
    ],
)
def test_a_named_channel_asked_about_stays_first_when_the_abuser_is_family(
    intent: str, text: str, channel: str
) -> None:
    events = [_user("ik ben de moeder. haar oom heeft haar gisteren betast", "parent_or_teacher")]
    messages, _ = _run(FOLLOW_UP, intent, text, events, situation="parent_or_teacher")
    assert _order(messages)[0] == channel


TEACHER_ABOUT_A_NUDE = [
    _user(
        "ik ben mentor. een naaktfoto van een leerling van 15 gaat rond in de klassenapp", "parent_or_teacher"
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "offlimits of helpwanted, welke past bij haar?",
        "wat is het verschil tussen helpwanted en offlimits? welke moet zij hebben",
        "which one is for him, offlimits or helpwanted?",
    ],
)
def test_two_channels_compared_for_a_pupils_own_image_put_helpwanted_first(text: str) -> None:
    messages, _ = _run(
        NAMED,
        "ask_channel_by_name",
        text,
        TEACHER_ABOUT_A_NUDE,
        situation="parent_or_teacher",
        concern="own_images_shared",
    )
    assert _order(messages)[:2] == ["helpwanted", "offlimits"]


def test_two_channels_compared_after_abuse_material_seen_put_the_meldpunt_first() -> None:
    events = [_user("ik zag op een forum fotos van kinderen die misbruikt worden", "saw_illegal_images")]
    messages, _ = _run(
        NAMED,
        "ask_channel_by_name",
        "helpwanted of offlimits, welke?",
        events,
        situation="saw_illegal_images",
    )
    assert _order(messages)[0] == "offlimits"


DM_MATERIAL = [
    _user("iemand stuurde me op snap een filmpje van een kind dat misbruikt wordt", "saw_illegal_images"),
]


@pytest.mark.parametrize(
    "text",
    [
        "ik heb hem al geblokt maar ik voel me er kotsmisselijk van",
        "i already blocked him but i cant stop feeling gross",
        "heb m gerapporteerd op snap en verwijderd",
    ],
)
def test_not_paying_read_into_a_detail_without_money_keeps_the_situation(text: str) -> None:
    messages, events = _run(FOLLOW_UP, "ask_if_not_pay", text, DM_MATERIAL, situation="saw_illegal_images")
    assert not any(e.get("name") == "situation" and e.get("value") == "own_images_shared" for e in events)
    assert "utter_follow_up_ask_if_not_pay" not in _responses(messages)
    assert "helpwanted" not in _order(messages)[:1]


@pytest.mark.parametrize(
    "text",
    [
        "en als ik hem niks betaal?",
        "what happens if i dont send him the money",
        "hij wil 200 euro, wat als ik dat niet doe",
    ],
)
def test_not_paying_with_money_in_it_is_still_about_blackmail(text: str) -> None:
    events = [_user("een man op insta heeft fotos van mij en dreigt", "own_images_shared")]
    messages, _ = _run(FOLLOW_UP, "ask_if_not_pay", text, events, situation="own_images_shared")
    assert _order(messages)[0] == "helpwanted"


PUBLIC_SITE_MATERIAL = [
    _user("ik kwam op een website met seksfotos van hele kleine kinderen", "saw_illegal_images"),
]


@pytest.mark.parametrize(
    "text",
    [
        "kan dat ook via internet? ik ga echt niet naar het politiebureau",
        "can i report it online? i dont want to go to the police",
        "geen politie pls, kan ik het ergens online melden",
    ],
)
def test_reporting_online_instead_of_the_police_puts_the_meldpunt_first(text: str) -> None:
    messages, _ = _run(SEND, "report_to_police", text, PUBLIC_SITE_MATERIAL, situation="saw_illegal_images")
    order = _order(messages)
    assert order[0] == "offlimits"
    assert "utter_report_without_police" in _responses(messages)


def test_going_to_the_police_about_material_seen_keeps_the_police_first() -> None:
    messages, _ = _run(
        SEND,
        "report_to_police",
        "ik wil hier aangifte van doen bij de politie",
        PUBLIC_SITE_MATERIAL,
        situation="saw_illegal_images",
    )
    assert _order(messages)[0] == "politie"
    assert "utter_report_without_police" not in _responses(messages)


def test_turning_the_police_down_about_material_in_a_dm_keeps_the_police() -> None:
    """In a dm there is no public link for the Meldpunt: the police stay the place for the report, after
    the anonymous tip (Meld Misdaad Anoniem) when the message turns them down (twenty-third session,
    tests/actions/test_twentythird_families.py)."""
    messages, _ = _run(
        SEND,
        "report_to_police",
        "kan dat ook zonder politie?",
        DM_MATERIAL,
        situation="saw_illegal_images",
        place="private",
    )
    order = _order(messages)
    assert order[0] == "meldmisdaadanoniem"
    assert "politie" in order
    assert "offlimits" not in order


@pytest.mark.parametrize(
    ("told", "asked", "channel"),
    [
        (
            "ik heb de link gisteren bij offlimits gemeld",
            "hoe lang duurt het voordat het eraf is?",
            "offlimits",
        ),
        ("i reported it to offlimits already", "how long until its removed", "offlimits"),
        ("heb helpwanted al een mail gestuurd", "wanneer is het weg?", "helpwanted"),
    ],
)
def test_how_long_after_a_report_at_a_named_channel_puts_that_channel_first(
    told: str, asked: str, channel: str
) -> None:
    events = [
        _user("mn naaktfoto staat op een site en ik ben 16", "own_images_shared"),
        _user(told, "after_report"),
    ]
    messages, _ = _run(FOLLOW_UP, "ask_removal", asked, events, situation="own_images_shared", place=PUBLIC)
    assert _order(messages)[0] == channel


NIECE_GROOMED = [
    _user("mijn nichtje van 12 wordt door een volwassen man op tiktok om fotos gevraagd", "helping_friend"),
]


@pytest.mark.parametrize(
    "text",
    [
        "ze wil niet dat haar ouders het weten, waar kan ze terecht zonder dat die het horen?",
        "where can she go without her parents finding out?",
        "is er iets waar ze heen kan zonder dat haar ouders het te weten komen",
    ],
)
def test_somewhere_without_the_parents_knowing_for_a_child_puts_the_kindertelefoon_first(text: str) -> None:
    messages, _ = _run(
        SEND, "helping_friend", text, NIECE_GROOMED, situation="helping_friend", concern="grooming", age=12
    )
    assert _order(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    "text",
    [
        "waar kan ik praten zonder dat mn ouders het weten?",
        "who can i talk to without my parents knowing",
    ],
)
def test_somewhere_without_the_parents_knowing_for_oneself_puts_the_kindertelefoon_first(text: str) -> None:
    events = [_user("een man van 30 blijft me berichten sturen en vraagt om fotos", "grooming")]
    messages, _ = _run(FOLLOW_UP, "ask_parents", text, events, situation="grooming", age=14)
    assert _order(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    "text",
    [
        "my ex dreigt mijn nudes op een site te zetten als ik niet bij hem terugkom",
        "he threatens to put my pics on pornhub",
        "ze zegt dat ze het filmpje op een website zet als ik niet betaal",
        "if i dont pay he will upload it to a porn site",
    ],
)
def test_a_threat_to_post_on_a_site_is_no_public_place(text: str) -> None:
    assert find_place(text) != PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "hij dreigde ermee en nu staat het echt op een pornosite",
        "my nude is on a website now",
        "ze hebben het op een site gezet",
    ],
)
def test_images_on_a_site_stay_a_public_place(text: str) -> None:
    assert find_place(text) == PUBLIC


def test_fallback_after_dm_material_names_the_police_first() -> None:
    events = [
        *DM_MATERIAL,
        _user("ik heb hem al geblokt maar ik voel me er kotsmisselijk van", "ask_if_not_pay"),
    ]
    messages, _ = _run(
        FALLBACK,
        "nlu_fallback",
        "waar moet ik dit melden? het staat niet op een site, alleen in mn chat",
        events,
        situation="saw_illegal_images",
        place="private",
    )
    assert _order(messages)[0] == "politie"


@pytest.mark.parametrize(
    "told",
    [
        "mijn stiefvader filmt me stiekem als ik onder de douche sta en nu heeft hij het gedeeld",
        "my older brother secretly took pics of me in the bathroom and showed his friends",
        "er gaat een filmpje van mij rond, gefilmd door mijn neef toen ik me omkleedde",
    ],
)
def test_own_images_made_by_family_put_veilig_thuis_first_then_helpwanted(told: str) -> None:
    events = [_user(told, "own_images_shared")]
    messages, _ = _run(
        FALLBACK, "out_of_scope", "wie moet ik nou bellen?", events, situation="own_images_shared"
    )
    assert _order(messages)[:2] == ["veiligthuis", "helpwanted"]
    sent, _ = _run(SEND, "own_images_shared", told, situation="own_images_shared")
    assert _order(sent)[:2] == ["veiligthuis", "helpwanted"]


@pytest.mark.parametrize(
    "told",
    [
        "een jongen uit mn klas heeft een naaktfoto van me doorgestuurd",
        "mijn broer vertelde me dat er een foto van mij rondgaat op snap",
        "my ex filmed me without asking and posted it",
    ],
)
def test_own_images_not_made_by_family_keep_helpwanted_first(told: str) -> None:
    sent, _ = _run(SEND, "own_images_shared", told, situation="own_images_shared")
    assert _order(sent)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "kan het er nog af nu ik volwassen ben? en waar meld ik die link",
        "is it still possible to get it removed now that im 20, and where do i flag the url",
    ],
)
def test_removal_not_understood_for_images_from_when_one_was_a_minor_adds_the_meldpunt(text: str) -> None:
    events = [
        _user("ik ben nu 20, een filmpje van toen ik 15 was staat op een pornosite", "own_images_shared")
    ]
    messages, _ = _run(
        FALLBACK,
        "nlu_fallback",
        text,
        events,
        situation="own_images_shared",
        age=20,
        material="children",
        place=PUBLIC,
    )
    assert _order(messages)[:2] == ["helpwanted", "offlimits"]


@pytest.mark.parametrize(
    "text",
    [
        "moet ik wel iets doen? ze gaat me haten",
        "should i tell someone or stay out of it",
        "do i really have to do anything? he'll be so mad",
        "zou ik het iemand moeten vertellen, ik heb het beloofd",
    ],
)
def test_a_doubt_whether_to_act_for_a_friend_gets_someone_to_talk_to_and_no_112(text: str) -> None:
    events = [
        _user("mn vriendin zegt dat haar stiefvader s nachts aan haar zit. we zijn 14", "sexual_violence")
    ]
    messages, _ = _run(FALLBACK, "nlu_fallback", text, events, situation="sexual_violence")
    order = _order(messages)
    assert "kindertelefoon" in order[:2]
    assert "alarmnummer" not in order


@pytest.mark.parametrize("text", ["ja", "oke", "yes", "ok"])
def test_a_yes_with_nothing_offered_in_a_talk_goes_on_with_the_help_just_given(text: str) -> None:
    events = [
        _user("er gaat een foto van mij rond", "own_images_shared"),
        _bot_with(["helpwanted", "politie", "csg"]),
        _user("hij wil geld", "ask_if_not_pay"),
        _bot_with(["helpwanted", "politie", "csg"]),
    ]
    messages, _ = _run(SEND, "affirm", text, events, situation="own_images_shared")
    assert "utter_what_now" in _responses(messages)
    assert "utter_what_i_can_do" not in _responses(messages)
    assert _order(messages)[0] == "helpwanted"


def test_a_yes_with_nothing_offered_before_any_talk_shows_what_the_bot_can_do() -> None:
    messages, _ = _run(SEND, "affirm", "ja")
    assert _responses(messages) == ["utter_what_i_can_do"]
