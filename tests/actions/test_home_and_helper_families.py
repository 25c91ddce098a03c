"""Seventeenth session: families of read misses, each shown in several wordings (Dutch and English).

- Abuse at home that keeps happening (family or household, no act of the last days): after the fixed
  answer for sexual violence (CSG first), later answers put Veilig Thuis first, CSG right after it.
  An act of the last days keeps CSG first (acute care within 7 days).
- After sexual violence told, a channel the message asks about comes before CSG ("moeten mn ouders
  mee als ik naar de politie ga?").
- "Als ik het meld, moeten mijn ouders het weten?" about an adult online: the police answer first.
- A helper asking whether to tell the parents of a younger child an adult online asks for photos:
  the police first, and words for a helper, not "jij kiest of je het je ouders vertelt".
- Reporting or keeping proof of images in a private place that are not of the writer: the police first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from actions.cards import HOME_ABUSER, IMAGES_OF_ME, ONGOING, RECENT, SEXUAL_ACT
from actions.send_channels import ActionSendChannels
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from tests.actions.test_thread_families import FALLBACK, FOLLOW_UP, _order, _responses, _run, _user
from tests.helpers import WEDNESDAY_NOON, live_catalog_in

SEND = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
CSG_ANSWER = {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}}


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The actions read the editable copy of the data."""
    live_catalog_in(
        monkeypatch,
        catalog,
        ("actions.follow_ups", "actions.named_channel", "actions.send_channels", "actions.context_fallback"),
    )
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _after_disclosure(first: str, second: str | None = None) -> list[dict[str, Any]]:
    events = [_user(first, "sexual_violence"), CSG_ANSWER]
    if second is not None:
        events.append(_user(second, "distress_unclear"))
    return events


ONGOING_AT_HOME = [
    ("mn stiefvader komt soms mn kamer in als ik me omkleed", None),
    (
        "mijn beste vriendin wordt door haar oom aangeraakt",
        "dat gebeurt al een jaar, elke keer als ze daar is",
    ),
    ("my best friend told me her stepdad does stuff to her at night", None),
    ("my uncle keeps touching me when i stay over", None),
    ("mn broer zit steeds aan me als mijn ouders weg zijn", None),
    ("mijn opa raakt me aan, al heel lang", None),
]


@pytest.mark.parametrize(("first", "second"), ONGOING_AT_HOME)
@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("hesitate_to_report", "moet ik wel iets doen? ik wil geen gedoe"),
        ("ask_parents", "mn moeder mag het niet weten"),
        ("hesitate_to_report", "do i really have to tell someone"),
    ],
)
def test_abuse_at_home_that_keeps_happening_puts_veilig_thuis_before_csg(
    first: str, second: str | None, intent: str, text: str
) -> None:
    messages, _ = _run(FOLLOW_UP, intent, text, _after_disclosure(first, second), situation="sexual_violence")
    assert _order(messages)[:2] == ["veiligthuis", "csg"]


@pytest.mark.parametrize(
    "first",
    [
        "mn stiefvader heeft me gisteravond verkracht, hij komt vaker op mn kamer",
        "my stepdad raped me last night, he always comes into my room",
        "twee weken geleden heeft mijn oom me aangeraakt op een manier die niet ok was",
        "een jongen op een feest heeft me vaak betast",
    ],
)
def test_an_act_of_the_last_days_or_no_one_at_home_keeps_csg_first(first: str) -> None:
    messages, _ = _run(
        FOLLOW_UP,
        "hesitate_to_report",
        "moet ik echt iets doen?",
        _after_disclosure(first),
        situation="sexual_violence",
    )
    assert _order(messages)[0] == "csg"


def test_the_doubt_after_sexual_violence_gets_its_own_words_never_the_offlimits_link() -> None:
    messages, _ = _run(
        FOLLOW_UP,
        "hesitate_to_report",
        "moet ik wel iets doen?",
        _after_disclosure("mn oom zit al jaren aan me"),
        situation="sexual_violence",
    )
    assert _responses(messages) == ["utter_follow_up_hesitate_to_report__sexual_violence"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("ik ben 16. moeten mn ouders mee als ik naar de politie ga?", "politie"),
        ("if i go to the police, do my parents have to come?", "politie"),
        ("kan ik veilig thuis bellen zonder dat mn moeder het weet?", "veiligthuis"),
        ("can i call the kindertelefoon without my mum knowing", "kindertelefoon"),
    ],
)
def test_after_sexual_violence_told_the_channel_asked_about_comes_before_csg(text: str, channel: str) -> None:
    events = _after_disclosure("de vriend van mn stiefbroer heeft me vorig jaar betast")
    messages, _ = _run(FOLLOW_UP, "ask_parents", text, events, situation="sexual_violence")
    assert _order(messages)[:2] == [channel, "csg"]


@pytest.mark.parametrize(
    "first",
    [
        "die jongen van mn voetbalteam heeft eergisteren dingen met me gedaan terwijl ik nee zei",
        "a guy from my team raped me two days ago",
    ],
)
def test_after_an_act_of_the_last_days_csg_stays_before_the_police_asked_about(first: str) -> None:
    messages, _ = _run(
        SEND,
        "report_to_police",
        "hoe doe ik daar aangifte van?",
        _after_disclosure(first),
        situation="sexual_violence",
    )
    assert _order(messages)[0] == "csg"


@pytest.mark.parametrize(
    "first",
    [
        "my cousin did things to me at a family party last summer and i keep thinking about it",
        "mijn oom heeft me vorig jaar betast, ik moet er steeds aan denken",
    ],
)
def test_thinking_back_on_something_that_happened_once_keeps_csg_first(first: str) -> None:
    messages, _ = _run(FOLLOW_UP, "give_age", "is csg only for adults? im 16", _after_disclosure(first))
    assert _order(messages)[0] == "csg"


def test_a_channel_tried_in_vain_does_not_come_before_csg() -> None:
    events = _after_disclosure("ik ben aangerand")
    messages, _ = _run(
        FOLLOW_UP,
        "ask_hours",
        "ik heb de politie gebeld maar niemand nam op",
        events,
        situation="sexual_violence",
    )
    assert _order(messages)[0] == "csg"


@pytest.mark.parametrize(
    "text",
    [
        "als ik het meld moeten mijn ouders het dan weten",
        "if i report him, will my parents find out?",
        "als ik aangifte doe, hoort mn moeder het dan",
    ],
)
def test_parents_asked_about_a_report_of_an_adult_online_get_the_police_answer(text: str) -> None:
    events = [_user("er is een man van 30 op roblox die me steeds dm't en vraagt om fotos", "grooming")]
    messages, _ = _run(FOLLOW_UP, "ask_parents", text, events, situation="grooming", age=12)
    assert _order(messages)[0] == "politie"
    assert _responses(messages) == ["utter_follow_up_ask_parents__report_to_police"]


def test_parents_asked_about_without_reporting_keep_the_kindertelefoon_first() -> None:
    events = [_user("er is een man van 30 op roblox die me steeds dm't en vraagt om fotos", "grooming")]
    messages, _ = _run(
        FOLLOW_UP, "ask_parents", "mn ouders mogen dit nooit weten", events, situation="grooming"
    )
    assert _order(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    "text",
    [
        "moet ik het aan haar moeder vertellen of kan ik het zelf melden?",
        "moet ik dit aan mn ouders vertellen of kan ik zelf iets doen?",
        "should i tell our parents or can i do something myself",
    ],
)
def test_a_helper_asking_about_parents_of_a_groomed_child_gets_the_police_first(text: str) -> None:
    events = [
        _user("mn nichtje van 11 krijgt berichten van een volwassen man op tiktok", "helping_friend"),
        _user("hij vraagt om fotos en zegt dat het hun geheimpje is", "grooming"),
    ]
    messages, _ = _run(FOLLOW_UP, "ask_parents", text, events, situation="helping_friend", concern="grooming")
    assert _order(messages)[0] == "politie"
    assert _responses(messages) == ["utter_follow_up_ask_parents__helping_friend"]


@pytest.mark.parametrize(
    "text",
    [
        "should we forward it to the police so they have proof??",
        "moeten we het bewaren als bewijs voor de politie?",
        "kan ik een screenshot maken als bewijs en dat melden?",
    ],
)
def test_proof_of_a_childs_image_in_a_dm_puts_the_police_first(text: str) -> None:
    events = [_user("mn vriendin kreeg een foto van een kind in haar dms", "helping_friend")]
    messages, _ = _run(
        SEND,
        "ask_save_evidence",
        text,
        events,
        situation="helping_friend",
        concern="saw_illegal_images",
        place="private",
        material="children",
    )
    assert _order(messages)[0] == "politie"


def test_proof_of_ones_own_images_sent_in_a_dm_keeps_helpwanted_first() -> None:
    events = [_user("ik heb een naaktfoto van mezelf gestuurd en nu dreigt hij", "own_images_shared")]
    messages, _ = _run(
        SEND,
        "ask_save_evidence",
        "moet ik de chat bewaren als bewijs?",
        events,
        situation="own_images_shared",
        place="private",
        sent_own_images="yes",
    )
    assert _order(messages)[0] != "politie"


@pytest.mark.parametrize(
    "text",
    ["should i tell the mentor or report it myself", "moet ik het aan de mentor vertellen of zelf melden"],
)
def test_a_classmates_nude_shown_on_a_phone_reported_by_a_helper_goes_to_the_police(text: str) -> None:
    events = [
        _user("a guy at school shows a nude of a brugklas girl to everyone on his phone", "helping_friend"),
    ]
    messages, _ = _run(
        FALLBACK,
        "nlu_fallback",
        text,
        events,
        situation="helping_friend",
        place="private",
        material="children",
    )
    assert _order(messages)[0] == "politie"


@pytest.mark.parametrize(
    "text",
    [
        "ze wordt door haar oom aangeraakt",
        "abused by her stepdad for years",
        "my best friend told me her stepdad does stuff to her at night",
        "mn opa kwam weer op mn kamer",
    ],
)
def test_the_home_abuser_family_reads_passive_and_english_wordings(text: str) -> None:
    assert HOME_ABUSER.search(text)


@pytest.mark.parametrize(
    ("text", "ongoing", "recent_act"),
    [
        ("dat gebeurt al een jaar", True, False),
        ("elke keer als ik daar logeer", True, False),
        ("it happens every weekend", True, False),
        ("gisteravond heeft hij me verkracht", False, True),
        ("he raped me yesterday", False, True),
        ("mijn opa doet dingen bij me die ik niet wil. vorige week weer", True, True),
        ("gisteren lag zn telefoon op de kast", False, False),
    ],
)
def test_ongoing_and_recent_acts_are_told_apart(text: str, ongoing: bool, recent_act: bool) -> None:
    assert bool(ONGOING.search(text)) is ongoing
    assert bool(RECENT.search(text) and SEXUAL_ACT.search(text)) is recent_act


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("kan ik veilig thuis nu chatten? het is 23:00 en ik wil niet bellen", "veiligthuis"),
        ("can i text veilig thuis instead of calling", "veiligthuis"),
    ],
)
def test_a_channel_asked_about_stays_first_when_the_young_person_would_rather_chat(
    text: str, channel: str
) -> None:
    events = [_user("mijn moeder scheldt me elke dag uit en gooit soms dingen naar me", "violence_at_home")]
    messages, _ = _run(FOLLOW_UP, "ask_hours", text, events, situation="violence_at_home")
    assert _order(messages)[0] == channel


def test_a_channel_tried_in_vain_is_not_put_first_by_a_wish_to_chat() -> None:
    text = "ik heb veilig thuis gebeld maar niemand nam op, kan ik ergens chatten?"
    events = [_user("mijn moeder scheldt me elke dag uit en gooit soms dingen naar me", "violence_at_home")]
    messages, _ = _run(FOLLOW_UP, "ask_hours", text, events, situation="violence_at_home")
    assert _order(messages)[0] != "veiligthuis"


@pytest.mark.parametrize(
    "text",
    [
        "ik lig nu wakker en wil gewoon met iemand praten, kan dat nu bij csg?",
        "i just want to talk to someone, can i do that at csg?",
    ],
)
def test_a_wish_to_talk_that_names_a_channel_puts_it_first(text: str) -> None:
    events = [
        _user("vorig jaar op kamp heeft een leiding iets bij mij gedaan wat niet oké was", "distress_unclear")
    ]
    messages, _ = _run(SEND, "feel_bad_need_to_talk", text, events)
    assert _order(messages)[0] == "csg"


@pytest.mark.parametrize(
    "first",
    [
        "ik word gechanteerd met een filmpje van mij en ik wil aangifte doen",
        "ik wil aangifte doen tegen een jongen die mijn naaktfotos heeft doorgestuurd",
        "someone is blackmailing me with my nudes and i want to go to the police",
        "ik wil aangifte doen tegen iemand die mij chanteert met fotos",
    ],
)
@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_bring_someone", "mag mn grote zus mee als ik naar het bureau ga?"),
        ("ask_parents", "gaat de politie dan mn ouders bellen?"),
        ("give_age", "ik ben 15"),
    ],
)
def test_a_step_to_the_police_about_ones_own_images_keeps_helpwanted_in_view(
    first: str, intent: str, text: str
) -> None:
    events = [_user(first, "report_to_police")]
    messages, _ = _run(
        FOLLOW_UP, intent, text, events, situation="report_to_police", last_topic="report_to_police"
    )
    order = _order(messages)
    assert order[0] == "politie"
    assert "helpwanted" in order


@pytest.mark.parametrize(
    "first",
    [
        "iemand heeft gedreigd me in elkaar te slaan en ik wil aangifte doen",
        "my bike was stolen, i want to report it",
    ],
)
def test_a_step_to_the_police_without_images_gets_no_helpwanted(first: str) -> None:
    messages, _ = _run(SEND, "report_to_police", first, [])
    assert "helpwanted" not in _order(messages)


def test_a_friend_blackmailed_with_her_nudes_keeps_helpwanted_beside_the_police() -> None:
    events = [_user("my best friend (14) told me a guy is blackmailing her with her nudes", "helping_friend")]
    text = "can i go to the police for her or does she have to do it herself"
    messages, _ = _run(
        SEND, "report_to_police", text, events, situation="helping_friend", concern="own_images_shared"
    )
    order = _order(messages)
    assert order[0] == "politie" and "helpwanted" in order


@pytest.mark.parametrize(
    "text", ["hij staat nu in mn foto's", "its in my photos now, what do i do", "ik heb hem op mn foto's"]
)
def test_the_phones_gallery_is_not_images_of_the_young_person(text: str) -> None:
    assert not IMAGES_OF_ME.search(text)


@pytest.mark.parametrize(
    "text", ["mijn naaktfotos gaan rond", "my nudes are on a site", "een filmpje van mij"]
)
def test_images_of_the_young_person_are_still_read(text: str) -> None:
    assert IMAGES_OF_ME.search(text)
