"""Twentieth session: families of read misses of the twenty-second conversations, in other words.

- An aangifte wished, but not at a station, or "kan dat online / telefonisch?" after it: the ways to
  make an aangifte (phone call-back, video, at home; online only for theft, vandalism and internet
  fraud), the police first; not the answer that says the police are not needed.
- A parent asking whether they may call for their child: no refusal of help; yes, and the help for the
  child's situation.
- An adult online who will meet a child: the police first, also for a question about reporting
  anonymously.
- Removal asked for images of a younger sibling (a child) on a public site: the Meldpunt first.
- At home: "can i call someone myself without my mom knowing?": Veilig Thuis first (children may call
  themselves), also after CSG's crisis answer.
- "Is stop it now ook voor mij?": the channel named first.
- The age of a relative told as "mn nicht is 22": whose images they are (adults, children).
"""

from __future__ import annotations

import pytest

from actions.send_channels import ActionSendChannels
from components.material_text import ADULTS, CHILDREN, find_material
from tests.actions.test_home_and_helper_families import (
    CSG_ANSWER,
    live_catalog,  # noqa: F401 (autouse fixture)
)
from tests.actions.test_thread_families import FALLBACK, FOLLOW_UP, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)

BLACKMAILED = [_user("hij dreigt mijn naaktfoto te delen als ik niet betaal", "own_images_shared")]


@pytest.mark.parametrize(
    "text",
    [
        "ik wil aangifte doen maar niet op een politiebureau",
        "i want to press charges but i don't want to go to the police station",
        "aangifte doen wil ik wel, maar kan dat ook telefonisch?",
    ],
)
def test_an_aangifte_not_at_a_station_gets_the_ways_with_the_police_first(text: str) -> None:
    messages, _ = _run(SEND, "report_to_police", text, BLACKMAILED, situation="own_images_shared")
    assert "utter_aangifte_ways" in _responses(messages)
    assert "utter_report_without_police" not in _responses(messages)
    assert _order(messages)[0] == "politie"


def test_no_police_wished_without_an_aangifte_still_goes_to_the_online_report() -> None:
    """The neighbour: "ik wil niet naar de politie" with no aangifte keeps the report without police."""
    events = [_user("ik zag een filmpje met kinderen op een site", "saw_illegal_images")]
    text = "kan ik het melden zonder naar de politie te gaan?"
    messages, _ = _run(SEND, "report_to_police", text, events, situation="saw_illegal_images")
    assert "utter_aangifte_ways" not in _responses(messages)
    assert "utter_report_without_police" in _responses(messages)
    assert _order(messages)[0] == "offlimits"


@pytest.mark.parametrize(
    "text",
    ["kan dat ook gewoon via internet?", "can i do that online?", "moet ik daarvoor echt naar het bureau"],
)
def test_how_after_an_aangifte_gets_the_ways_with_the_police_first(text: str) -> None:
    events = [*BLACKMAILED, _user("ik wil aangifte doen", "report_to_police")]
    messages, _ = _run(FOLLOW_UP, "ask_removal", text, events, situation="own_images_shared")
    assert "utter_aangifte_ways" in _responses(messages)
    assert _order(messages)[0] == "politie"


def test_online_without_an_aangifte_is_no_question_about_the_ways() -> None:
    messages, _ = _run(
        FOLLOW_UP, "ask_removal", "kan dat online?", BLACKMAILED, situation="own_images_shared"
    )
    assert "utter_aangifte_ways" not in _responses(messages)


PARENT_OF_A_BLACKMAILED_SON = [
    _user("ik ben de vader van een jongen van 15", "parent_or_teacher"),
    _user("iemand chanteert hem met een filmpje en wil geld", "own_images_shared"),
]


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("decline_help", "mag ik als vader ook contact opnemen of moet hij dat zelf doen?"),
        ("ask_parents", "can i call them for my son?"),
        ("hesitate_to_report", "mag ik als moeder ook voor hem bellen?"),
    ],
)
def test_a_parent_who_asks_to_call_for_the_child_is_told_yes_with_the_childs_help(
    intent: str, text: str
) -> None:
    messages, _ = _run(
        FOLLOW_UP,
        intent,
        text,
        PARENT_OF_A_BLACKMAILED_SON,
        situation="parent_or_teacher",
        concern="own_images_shared",
    )
    assert "utter_parent_may_call" in _responses(messages)
    assert _order(messages)[0] == "helpwanted"


GROOMING_WITH_A_MEETING = [
    _user("mn vriendin van 12 praat met een man van 40 op insta", "helping_friend"),
    _user("ze gaan elkaar zondag zien bij het station", "x"),
]


@pytest.mark.parametrize(
    "text",
    ["hoe meld ik dit zonder dat ze weet dat ik het was", "can i tip this off anonymously? i know who he is"],
)
def test_a_meeting_planned_puts_the_police_first_for_an_anonymous_report(text: str) -> None:
    messages, _ = _run(
        FOLLOW_UP,
        "ask_report_anonymously",
        text,
        GROOMING_WITH_A_MEETING,
        situation="helping_friend",
        concern="grooming",
    )
    assert _order(messages)[0] == "politie"


SISTERS_VIDEO = [
    _user("het gaat om mijn broertje van 10", "helping_friend"),
    _user("iemand heeft een video van hem op een pornosite gezet", "own_images_shared"),
]


@pytest.mark.parametrize("text", ["kunnen jullie dat laten verwijderen?", "how do i get it taken down?"])
def test_removal_of_a_siblings_child_images_on_a_site_puts_the_meldpunt_first(text: str) -> None:
    messages, _ = _run(
        FOLLOW_UP,
        "ask_removal",
        text,
        SISTERS_VIDEO,
        situation="helping_friend",
        concern="own_images_shared",
        material="children",
        place="public",
    )
    assert _order(messages)[0] == "offlimits"


def test_removal_of_a_siblings_images_in_a_chat_is_no_meldpunt_first() -> None:
    """The neighbour: the images are in a private chat, not on a public site."""
    messages, _ = _run(
        FOLLOW_UP,
        "ask_removal",
        "kunnen jullie dat laten verwijderen?",
        SISTERS_VIDEO,
        situation="helping_friend",
        concern="own_images_shared",
        material="children",
        place="private",
    )
    assert _order(messages)[:1] != ["offlimits"]


STEPFATHER = [
    _user("mijn stiefvader komt steeds de badkamer in als ik douche", "sexual_violence"),
    CSG_ANSWER,
    _user("mijn moeder gelooft me niet", "violence_at_home"),
]


@pytest.mark.parametrize(
    "text",
    [
        "can i call someone myself zonder dat mijn moeder het weet",
        "mag ik zelf bellen? mijn ouders mogen het niet weten",
        "is er iemand die ik kan bellen without my mom knowing",
    ],
)
def test_calling_on_ones_own_at_home_puts_veilig_thuis_first_also_after_csgs_answer(text: str) -> None:
    messages, _ = _run(FALLBACK, "nlu_fallback", text, STEPFATHER, situation="violence_at_home")
    assert _order(messages)[0] == "veiligthuis"
    assert "csg" in _order(messages)


@pytest.mark.parametrize(
    ("text", "situation", "channel"),
    [
        ("ik ben 19. is stop it now ook voor mij?", "worried_own_urges", "stopitnow"),
        ("is de kindertelefoon ook voor iemand van 17?", "own_images_shared", "kindertelefoon"),
        ("im 16, is helpwanted also for me?", "own_images_shared", "helpwanted"),
    ],
)
def test_whether_a_named_channel_is_for_me_puts_it_first(text: str, situation: str, channel: str) -> None:
    events = [_user("iets over mezelf", situation)]
    messages, _ = _run(FOLLOW_UP, "give_age", text, events, situation=situation)
    assert _order(messages)[0] == channel


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("mijn neef is 19 en zijn ex zette een filmpje van hen online", ADULTS),
        ("my cousin is 24 and her ex posted their video on a porn site", ADULTS),
        ("mijn zusje is pas 12 en er gaat een foto van haar rond", CHILDREN),
        ("my sister's 15 and her nudes got leaked", CHILDREN),
    ],
)
def test_the_age_of_a_relative_says_whose_images_they_are(text: str, material: str) -> None:
    assert find_material(text) == material


def test_a_relatives_age_years_ago_is_no_age_of_the_images() -> None:
    assert find_material("mijn oom is 3 jaar geleden verhuisd") is None


@pytest.mark.parametrize(
    "text",
    [
        "kun jij iemand voor mij bellen? als ik bel hoort hij het",
        "can you call someone for me, he would hear me on the phone",
    ],
)
def test_calling_overheard_at_home_puts_veilig_thuis_first(text: str) -> None:
    events = [_user("mijn vader slaat mijn moeder bijna elk weekend", "violence_at_home")]
    messages, _ = _run(FALLBACK, "nlu_fallback", text, events, situation="violence_at_home")
    assert _order(messages)[0] == "veiligthuis"


@pytest.mark.parametrize(
    "text", ["moet dat echt? ik wil geen gedoe", "do i really have to? i dont want drama"]
)
def test_a_doubt_right_after_an_aangifte_keeps_the_police_after_the_help(text: str) -> None:
    events = [
        _user("iemand heeft me stiekem gefilmd in de kleedkamer", "own_images_shared"),
        _user("mijn vader zegt dat ik aangifte moet doen", "nlu_fallback"),
    ]
    messages, _ = _run(FOLLOW_UP, "hesitate_to_report", text, events, situation="own_images_shared")
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert "politie" in order


def test_wanting_to_talk_about_ones_own_images_puts_helpwanted_first() -> None:
    events = [_user("mijn naaktfoto gaat rond op school", "own_images_shared")]
    text = "ik slaap al dagen niet en wil met iemand praten"
    messages, _ = _run(SEND, "feel_bad_need_to_talk", text, events, situation="own_images_shared")
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert "kindertelefoon" in order


def test_talking_after_helpwanted_already_helped_puts_someone_else_to_talk_to_first() -> None:
    """The neighbour: Helpwanted named as having helped already; the wish to talk goes to someone else."""
    events = [
        _user("helpwanted heeft mijn foto's offline gekregen maar er is nog wat over", "own_images_shared")
    ]
    text = "ik schaam me nog steeds en slaap slecht, ik wil met iemand praten"
    messages, _ = _run(SEND, "feel_bad_need_to_talk", text, events, situation="own_images_shared")
    assert _order(messages)[0] != "helpwanted"


def test_a_wish_to_chat_at_home_keeps_those_one_can_chat_with_first() -> None:
    """The neighbour: "hij hoort alles, kan ik ergens chatten?" asks to write; the chat order stands."""
    events = [_user("mijn stiefvader slaat me soms als mama weg is", "violence_at_home")]
    text = "bellen gaat niet want hij hoort alles. kan ik ergens chatten?"
    messages, _ = _run(FALLBACK, "nlu_fallback", text, events, situation="violence_at_home")
    assert _order(messages)[0] == "kindertelefoon"
