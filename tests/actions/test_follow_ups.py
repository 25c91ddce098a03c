"""ActionAnswerFollowUp: a follow-up is answered for the remembered situation and age."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.follow_ups import ActionAnswerFollowUp
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from bot.settings import ROOT
from tests.helpers import WEDNESDAY_NOON

DOMAIN = {"responses": yaml.safe_load((ROOT / "domain" / "follow_ups.yml").read_text())["responses"]}


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The action reads the editable copy of the data."""
    monkeypatch.setattr("actions.follow_ups.get_catalog", lambda: catalog)
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _run(intent: str, text: str = "...", events: list | None = None, **slots: Any) -> tuple[list[dict], list]:
    tracker = Tracker(
        sender_id="test",
        slots=slots,
        latest_message={"intent": {"name": intent, "confidence": 0.9}, "text": text},
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON).run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages, events


def _cards(messages: list[dict]) -> list[str]:
    return [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]


def _responses(messages: list[dict]) -> list[str]:
    return [m["response"] for m in messages if m.get("response")]


@pytest.mark.parametrize(
    ("situation", "response", "first"),
    [
        ("own_images_shared", "utter_follow_up_ask_removal__own_images_shared", "helpwanted"),
        ("saw_illegal_images", "utter_follow_up_ask_removal__saw_illegal_images", "offlimits"),
        ("porn_industry_exploitation", "utter_follow_up_ask_removal__porn_industry_exploitation", "politie"),
        (None, "utter_follow_up_ask_removal", "helpwanted"),
    ],
)
def test_removal_is_answered_for_the_situation(situation: str | None, response: str, first: str) -> None:
    """'Kan het offline?' after one's own nude: Helpwanted; after abuse material: Offlimits."""
    messages, _ = _run("ask_removal", situation=situation)
    assert _responses(messages) == [response]
    assert _cards(messages)[0] == first


def test_follow_up_without_a_situation_asks_what_it_is_about() -> None:
    """'Kost het geld?' before any situation gets a short question with buttons, not a fallback."""
    for intent in ("ask_cost", "give_age", "ask_bring_someone", "still_online"):
        messages, events = _run(intent)
        assert _responses(messages) == ["utter_follow_up_needs_situation"], intent
        assert events == []


@pytest.mark.parametrize(
    ("age", "response"), [(12.0, "utter_follow_up_police_under_13"), (15.0, "utter_follow_up_police_minor")]
)
def test_age_after_a_police_question_says_what_differs_by_age(age: float, response: str) -> None:
    """'En als ik pas 12 ben?' after 'naar de politie': under 13 the police contact the parents."""
    messages, _ = _run("give_age", situation="report_to_police", age=age)
    assert _responses(messages) == [response]
    assert _cards(messages)[0] == "politie"
    under_13 = DOMAIN["responses"]["utter_follow_up_police_under_13"][0]["text"]
    assert "jonger bent dan 13" in under_13 and "contact op met je ouders" in under_13


def test_kindertelefoon_is_left_out_past_18() -> None:
    """The Kindertelefoon is for 8 to 18: someone of 19 is not sent there; someone of 15 is."""
    older, _ = _run("feel_ashamed", situation="feel_bad_need_to_talk", age=19.0)
    younger, _ = _run("feel_ashamed", situation="feel_bad_need_to_talk", age=15.0)
    assert "kindertelefoon" not in _cards(older)
    assert "kindertelefoon" in _cards(younger)


def test_a_card_shown_in_the_last_turns_is_named_not_drawn_again() -> None:
    """Helpwanted shown a turn ago: the removal answer names it ('zie hierboven') without a new card."""
    messages, events = _run(
        "ask_removal", situation="own_images_shared", shown_channels=["helpwanted", "politie"]
    )
    assert _cards(messages) == []
    assert any(m.get("text") == "Helpwanted: zie hierboven." for m in messages)
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    assert reply["shown_above"] == ["helpwanted"] and reply["lead"] == "Helpwanted: zie hierboven."
    assert events == [SlotSet("shown_channels", ["helpwanted", "politie"])]


def test_new_cards_are_remembered_as_shown() -> None:
    """Cards drawn now count as shown for the next turns, newest last."""
    messages, events = _run("ask_if_not_pay", situation="own_images_shared", shown_channels=["csg"])
    assert _cards(messages) == ["helpwanted", "politie"]
    assert events == [SlotSet("shown_channels", ["csg", "helpwanted", "politie"])]


def test_cost_names_what_each_channel_costs_from_the_registry() -> None:
    """Slachtofferhulp's help is free but 0900-0101 is a local-rate call; the text says both."""
    messages, _ = _run("ask_cost", situation="report_to_police")
    text = "\n".join(m.get("text") or "" for m in messages)
    assert "• Slachtofferhulp Nederland: de hulp is gratis; bellen naar 0900-0101: lokaal tarief" in text
    assert "• Politie: of het iets kost, weten we niet zeker" in text


def test_hesitation_never_presses_to_report() -> None:
    """'Moet ik?' gets: it is your choice, what it takes, talking first is fine too."""
    for name, variants in DOMAIN["responses"].items():
        if name.startswith("utter_follow_up_hesitate_to_report"):
            text = variants[0]["text"].lower()
            assert "keuze" in text or "kiest" in text, name
            assert "dwingen" in text and "praten" in text, name


def test_follow_up_texts_never_ask_for_images() -> None:
    """No follow-up answer asks for, or suggests saving, screenshotting or forwarding images."""
    for name, variants in DOMAIN["responses"].items():
        text = variants[0]["text"].lower()
        assert "stuur me" not in text and "maak een screenshot" not in text, name
        if "beelden" in text and "stuur" in text:
            assert "niet door" in text or "geen nieuwe" in text, name


def test_a_situation_follow_up_for_an_unlisted_situation_uses_the_situations_channels() -> None:
    """'Moet ik het melden?' after violence at home is about Veilig Thuis, not the image hotline."""
    messages, _ = _run("hesitate_to_report", situation="violence_at_home")
    assert _cards(messages)[0] == "veiligthuis"
    assert "offlimits" not in _cards(messages)
    # An image follow-up keeps its own channels: removal after 'I want to talk' is Helpwanted's.
    removal, _ = _run("ask_removal", situation="feel_bad_need_to_talk")
    assert _cards(removal)[0] == "helpwanted"


@pytest.mark.parametrize(
    ("intent", "text", "situation", "first"),
    [
        # The police named in a talk about one's own images, or with no situation: the police first.
        ("ask_parents", "does the police call my mum and dad", "own_images_shared", "politie"),
        ("ask_parents", "gaat de politie mn ouders bellen", None, "politie"),
        # A channel named in a conversation about something else, also with a typo.
        ("ask_parents", "bellen ze bij veilig thuis mn vader", "saw_illegal_images", "veiligthuis"),
        ("ask_bring_someone", "mag mn zus mee naar de kindertelefon", "report_to_police", "kindertelefoon"),
    ],
)
def test_a_channel_named_in_a_follow_up_comes_first(
    intent: str, text: str, situation: str | None, first: str
) -> None:
    """A follow-up about a named channel ("does the police call my parents") is answered for it."""
    messages, _ = _run(intent, text=text, situation=situation)
    assert _cards(messages)[0] == first


def test_cost_of_a_named_channel_needs_no_situation() -> None:
    """ "Is stop it now free?" with no situation: the cost of Stop it Now, not "what is it about?"."""
    messages, _ = _run("ask_cost", text="is stop it now free?")
    assert "utter_follow_up_needs_situation" not in _responses(messages)
    bullets = [line for m in messages for line in (m.get("text") or "").splitlines() if line.startswith("•")]
    assert bullets[0].startswith("• Stop it Now")


def test_adults_material_is_answered_with_the_police_also_when_its_card_is_on_screen() -> None:
    """Images of adults still online: answered as adults' material (the police, never the Meldpunt
    Kinderporno), also when the police card is already on screen."""
    messages, _ = _run(
        "still_online", situation="saw_illegal_images", material="adults", shown_channels=["politie", "csg"]
    )
    assert _responses(messages) == ["utter_follow_up_still_online__porn_industry_exploitation"]
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    assert reply["order"][0] == "politie" and "offlimits" not in reply["order"]


def test_a_private_message_is_reported_to_the_police_with_the_reason_in_the_text() -> None:
    """Child abuse material received in a direct message: the police take the Meldpunt's place
    (it is for the public internet), and the text says why, also with every card on screen."""
    messages, _ = _run(
        "ask_removal", situation="saw_illegal_images", place="private", shown_channels=["politie", "csg"]
    )
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    assert reply["order"][0] == "politie" and "offlimits" not in reply["order"]
    text = "\n".join(m.get("text") or "" for m in messages)
    assert "Kreeg je het in een privébericht" in text


@pytest.mark.parametrize("follow_up", ["ask_bring_someone", "ask_parents", "give_age"])
def test_a_question_after_a_step_to_the_police_is_about_the_police(follow_up: str) -> None:
    """Own images shared, then "I want to report it to the police": "may my sister come along?",
    "will my parents know?" and the age are about the police, so the police come first."""
    messages, _ = _run(follow_up, situation="own_images_shared", last_topic="report_to_police", age=15)
    assert _cards(messages)[0] == "politie"
    without_step, _ = _run(follow_up, situation="own_images_shared", age=15)
    assert _cards(without_step)[0] != "politie"


def test_feelings_after_adults_material_keep_the_someone_to_talk_to() -> None:
    """Shame after seeing adults' material, at 15: the Kindertelefoon first, as for any images seen;
    only reporting and removal questions are about the adults' material."""
    messages, _ = _run("feel_ashamed", situation="saw_illegal_images", material="adults", age=15)
    assert _cards(messages)[0] == "kindertelefoon"


def test_not_paying_after_a_talk_about_an_adult_online_makes_it_about_ones_own_images() -> None:
    """ "What if I don't pay?" after grooming: the situation becomes one's own images (Helpwanted
    first), so the next follow-ups ("my parents must not know") are answered for that."""
    messages, events = _run("ask_if_not_pay", "en wat als ik niet betaal?", situation="grooming")
    assert _cards(messages)[0] == "helpwanted"
    assert SlotSet("situation", "own_images_shared") in events
    _, kept = _run("ask_if_not_pay", "en wat als ik niet betaal?", situation="helping_friend")
    assert not any(e.get("name") == "situation" for e in kept)


def test_cost_comes_with_how_to_reach_the_channels() -> None:
    """ "Welk nummer is dat en kost het geld?": the cost lines, then the cards (named when on screen)."""
    messages, _ = _run("ask_cost", situation="report_to_police", shown_channels=["politie"])
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    assert reply["order"][0] == "politie" and "politie" in reply["shown_above"]
    assert [c["id"] for c in reply["cards"]][0] == "slachtofferhulp"


def test_doubt_without_words_about_an_adult_online_offers_talking_first() -> None:
    """A doubt that names neither a report nor a call, about an adult online: the Kindertelefoon
    first (talking first is fine), then the police; the words say it is a choice."""
    messages, _ = _run("hesitate_to_report", text="ik weet het niet hoor", situation="grooming", age=13)
    assert _cards(messages)[:2] == ["kindertelefoon", "politie"]


def test_a_young_age_after_a_police_question_also_offers_someone_to_talk_to() -> None:
    """A young age after "naar de politie": the police, and the Kindertelefoon for talking
    first; at 19 the Kindertelefoon is left out."""
    young, _ = _run("give_age", situation="report_to_police", age=12.0)
    assert _cards(young)[:2] == ["politie", "kindertelefoon"]
    adult, _ = _run("give_age", situation="report_to_police", age=19.0)
    assert "kindertelefoon" not in _cards(adult)


def test_a_follow_up_in_a_talk_for_someone_else_is_answered_for_their_concern() -> None:
    """A parent whose daughter's nude goes round asks 'kan dat offline?': Helpwanted, as for the
    daughter herself; with no concern, the answer for removal in general."""
    messages, _ = _run("ask_removal", situation="parent_or_teacher", concern="own_images_shared")
    assert _cards(messages)[0] == "helpwanted"
    messages, _ = _run("feel_ashamed", situation="helping_friend", concern="grooming")
    assert _cards(messages)[0] == "csg"
    messages, _ = _run("ask_parents", situation="helping_friend", concern="violence_at_home")
    assert _cards(messages)[0] == "veiligthuis"


def test_a_concern_without_a_talk_for_someone_else_is_ignored() -> None:
    """The concern slot only counts while the situation is a parent's, a teacher's or a friend's."""
    with_concern, _ = _run("ask_parents", situation="report_to_police", concern="violence_at_home")
    without, _ = _run("ask_parents", situation="report_to_police")
    assert _cards(with_concern) == _cards(without)


def test_a_channel_named_in_an_earlier_message_tells_what_a_follow_up_is_about() -> None:
    """'Helpwanted heeft me geholpen, de foto is weg' then 'nu staat hij weer op een andere site':
    the earlier message named Helpwanted, so it is about one's own images, not a question back."""
    earlier = [
        {"event": "user", "text": "helpwanted heeft me geholpen en de foto is weg"},
        {"event": "bot", "text": "..."},
        {"event": "user", "text": "nu staat hij weer op een andere site"},
    ]
    messages, events = _run("still_online", text="nu staat hij weer op een andere site", events=earlier)
    assert _cards(messages)[0] == "helpwanted"
    assert SlotSet("situation", "own_images_shared") in events
    messages, _ = _run("still_online", text="nu staat hij weer op een andere site", events=earlier[2:])
    assert _responses(messages) == ["utter_follow_up_needs_situation"]


def test_an_adult_online_to_whom_images_were_sent_is_about_ones_own_images() -> None:
    """'Hij vraagt om foto's in mn ondergoed, ik heb er 2 gestuurd' then 'moet ik hier wat mee?':
    Helpwanted first (images of yourself); without images sent, talking first, then the police."""
    messages, _ = _run("hesitate_to_report", situation="grooming", sent_own_images="yes")
    assert _cards(messages)[0] == "helpwanted"
    messages, _ = _run("hesitate_to_report", situation="grooming")
    assert _cards(messages)[0] == "kindertelefoon"


def test_bringing_someone_after_a_step_to_the_police_is_about_the_police() -> None:
    """'Ik wil aangifte doen', then details about the images, then 'mag mn zus mee?': the police."""
    earlier = [
        {
            "event": "user",
            "text": "ik wil aangifte doen",
            "parse_data": {"intent": {"name": "report_to_police"}},
        },
        {
            "event": "user",
            "text": "hij heeft het naar 20 mensen gestuurd",
            "parse_data": {"intent": {"name": "x"}},
        },
    ]
    messages, _ = _run("ask_bring_someone", events=earlier, situation="own_images_shared")
    assert _cards(messages)[0] == "politie"
    messages, _ = _run("ask_bring_someone", situation="own_images_shared")
    assert _cards(messages)[0] == "helpwanted"


def test_fear_of_the_police_in_a_talk_about_ones_own_urges_keeps_stop_it_now_first() -> None:
    """'Moet ik hulp zoeken? Straks melden ze me bij de politie' is a fear: Stop it Now first."""
    text = "moet ik hier echt hulp voor zoeken? straks melden ze me bij de politie"
    messages, _ = _run("hesitate_to_report", text=text, situation="worried_own_urges")
    assert _cards(messages)[0] == "stopitnow"


def _said(*texts: str, intent: str = "own_images_shared") -> list[dict]:
    """Earlier user messages of this session, each with an intent that is no step to the police."""
    return [{"event": "user", "text": t, "parse_data": {"intent": {"name": intent}}} for t in texts]


@pytest.mark.parametrize(
    "earlier",
    [
        "ik wil aangifte doen want een jongen heeft mn naaktfoto doorgestuurd",
        "hij zegt dat ik het niet aan de politie mag vertellen",
        "how do i report him? im scared",
        "kan ik hem aangeven?",
        "i want to press charges against my ex",
    ],
)
@pytest.mark.parametrize("follow_up", ["give_age", "ask_parents", "ask_bring_someone"])
def test_the_police_in_an_earlier_message_make_a_question_about_the_young_person_about_the_police(
    earlier: str, follow_up: str
) -> None:
    """Aangifte, the police, or reporting a person, said in the words of any earlier message (its
    intent being the images): the age, the parents or company are about the police. The same
    questions without it stay with the images (Helpwanted)."""
    messages, _ = _run(follow_up, events=_said(earlier), situation="own_images_shared", age=12.0)
    assert _cards(messages)[0] == "politie"
    if follow_up == "give_age":
        assert _responses(messages)[0] == "utter_follow_up_police_under_13"
    messages, _ = _run(
        follow_up, events=_said("hij heeft het naar 20 mensen gestuurd"), situation="own_images_shared"
    )
    assert _cards(messages)[0] == "helpwanted"


def test_blocking_and_reporting_in_the_app_is_not_the_police() -> None:
    """'Hoe kan ik hem blokkeren en melden?' is the app's button: no police step."""
    messages, _ = _run(
        "give_age", events=_said("hoe kan ik hem blokkeren en melden"), situation="own_images_shared"
    )
    assert _cards(messages)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "ik weet wie het verkoopt maar hij mag nooit weten dat ik het was",
        "i know who is doing it, can i tell someone without him finding out it was me",
        "how do i report this without anyone knowing its me",
        "ik wil niet dat ze weten dat ik het heb gemeld, ik ken die jongen",
    ],
)
@pytest.mark.parametrize("situation", ["saw_illegal_images", "helping_friend", "report_illegal_content"])
def test_reporting_a_known_person_anonymously_is_meld_misdaad_anoniem_first(
    text: str, situation: str
) -> None:
    """An anonymous tip about someone the young person knows: Meld Misdaad Anoniem, then the
    police; a plain 'kan dat anoniem?' after a link stays with Offlimits."""
    messages, _ = _run("ask_report_anonymously", text=text, situation=situation)
    assert _cards(messages)[:2] == ["meldmisdaadanoniem", "politie"]
    messages, _ = _run("ask_report_anonymously", text="kan dat anoniem?", situation="saw_illegal_images")
    assert _cards(messages)[0] == "offlimits"


@pytest.mark.parametrize(
    ("follow_up", "text"),
    [
        ("give_age", "ik ben 13, mag ik de kindertelefoon bellen?"),
        ("give_age", "im 15 btw"),
        ("ask_parents", "gaan ze het aan mn ouders vertellen als ik bel?"),
        ("ask_parents", "should i tell my parents? they'll freak out"),
    ],
)
@pytest.mark.parametrize("situation", ["saw_illegal_images", "porn_industry_exploitation"])
def test_age_or_parents_after_images_seen_is_about_the_young_person_not_the_meldpunt(
    follow_up: str, text: str, situation: str
) -> None:
    """After images someone saw, the age or the parents are about them: someone to talk to first,
    no Meldpunt card; at 19 CSG first (the Kindertelefoon is for 8 to 18)."""
    messages, _ = _run(follow_up, text=text, situation=situation, age=14.0)
    cards = _cards(messages)
    assert cards[0] == "kindertelefoon" and "offlimits" not in cards
    messages, _ = _run(
        "give_age", text="im 19, can i still call the kindertelefoon?", situation=situation, age=19.0
    )
    cards = _cards(messages)
    assert cards[0] == "csg" and "kindertelefoon" not in cards and "offlimits" not in cards


def test_an_age_told_with_the_step_to_the_police_gets_the_police_answer_for_that_age() -> None:
    """'Ik ben pas 12, mag ik zelf aangifte doen?' in a talk about one's images: the police first,
    with what differs under 13."""
    messages, _ = _run(
        "give_age", text="ik ben pas 12, mag ik zelf aangifte doen?", situation="own_images_shared", age=12.0
    )
    assert _cards(messages)[0] == "politie"
    assert _responses(messages)[0] == "utter_follow_up_police_under_13"


@pytest.mark.parametrize(
    ("follow_up", "text"),
    [
        ("give_age", "kan ik dat melden als ik pas 12 ben?"),
        ("ask_parents", "do my parents have to find out if i report it? im 13"),
        ("ask_parents", "als ik het meld, krijgen mn ouders dan een brief?"),
    ],
)
def test_age_or_parents_asked_about_reporting_images_seen_keeps_the_meldpunt_first(
    follow_up: str, text: str
) -> None:
    """The age or the parents asked about reporting what one saw: the report's channel first."""
    messages, _ = _run(follow_up, text=text, situation="saw_illegal_images", age=12.0)
    assert _cards(messages)[0] == "offlimits"


def test_the_police_step_keeps_the_images_in_view_after_the_police() -> None:
    """'Iemand chanteert me met een foto', 'hij zegt dat ik het niet aan de politie mag vertellen',
    'ik ben pas 12': the police first (what differs under 13), Helpwanted still shown."""
    earlier = _said(
        "iemand chanteert me met een foto", "hij zegt dat ik het niet aan de politie mag vertellen"
    )
    messages, _ = _run(
        "give_age",
        text="ik ben pas 12, luisteren ze dan wel?",
        events=earlier,
        situation="own_images_shared",
        age=12.0,
    )
    cards = _cards(messages)
    assert cards[0] == "politie" and "helpwanted" in cards


@pytest.mark.parametrize(
    "text",
    [
        "do i really have to go to the police? i just want it to stop",
        "ik twijfel of ik aangifte moet doen, ik wil geen gedoe",
    ],
)
def test_doubt_about_going_to_the_police_puts_the_situations_help_first(text: str) -> None:
    """Doubt about the police in a talk about one's images: reporting is a choice, Helpwanted first,
    the police still shown."""
    messages, _ = _run("hesitate_to_report", text=text, situation="own_images_shared")
    cards = _cards(messages)
    assert cards[0] == "helpwanted" and "politie" in cards


@pytest.mark.parametrize(
    "text",
    [
        "kan ik het ook melden of moet zij dat zelf doen",
        "mag ik hem zelf aangeven?",
        "can i report him too or does she have to",
        "could i report it myself",
    ],
)
def test_asking_whether_one_may_report_in_a_friends_grooming_talk_puts_the_police_first(text: str) -> None:
    """'Kan ik het ook melden?' after a trainer asks a teammate for photos: asking whether one may
    report is no doubt; the police (where a report about an adult online goes) first, the words
    for a friend (a choice, no images), and someone to talk to on screen."""
    messages, _ = _run(
        "hesitate_to_report", text=text, situation="helping_friend", concern="grooming", shown_channels=[]
    )
    assert _cards(messages)[0] == "politie"
    assert "kindertelefoon" in _cards(messages)
    assert _responses(messages) == ["utter_follow_up_hesitate_to_report__helping_friend"]


@pytest.mark.parametrize(
    "text",
    [
        "moet ik het echt melden? ik wil geen gedoe",
        "do i have to report it",
        "ik twijfel of ik het meld",
        "is it even worth reporting if i didnt send anything? feels like overreacting",
        "moet ik dit wel aangeven, straks krijg ik problemen",
        "moet ik dit echt meldn? wil geen drama met mn ouders",
        "should i rly report him or just block",
    ],
)
def test_doubt_about_reporting_an_adult_online_shows_where_the_report_goes_never_pressed(text: str) -> None:
    """Doubt about reporting an adult online ('moet ik?', 'geen gedoe', 'is it worth reporting?'):
    the answer says it is a choice and that talking first is fine; the police (where such a report
    goes) first, the Kindertelefoon beside them."""
    messages, _ = _run("hesitate_to_report", text=text, situation="grooming", shown_channels=[])
    assert _cards(messages)[:2] == ["politie", "kindertelefoon"]
    assert _responses(messages) == ["utter_follow_up_hesitate_to_report__grooming"]
    words = DOMAIN["responses"]["utter_follow_up_hesitate_to_report__grooming"][0]["text"]
    assert "Jij kiest" in words and "praten mag ook" in words


@pytest.mark.parametrize(
    ("text", "situation", "first"),
    [
        (
            "maar moet ik daar echt voor bellen? het is maar een filmpje",
            "saw_illegal_images",
            "kindertelefoon",
        ),
        ("moet ik wel bellen? het is mij niet eens overkomen", "saw_illegal_images", "kindertelefoon"),
        ("is it even worth calling someone about this", "saw_illegal_images", "kindertelefoon"),
        (
            "moet ik hier echt iemand over bellen? wil niet dat iemand weet wie ik ben",
            "worried_own_urges",
            "stopitnow",
        ),
    ],
)
def test_doubt_about_calling_someone_puts_someone_to_talk_to_first(
    text: str, situation: str, first: str
) -> None:
    """Doubt about calling ('moet ik daar echt voor bellen?') is about talking to someone, not about
    a report: the situation's talk channel first (Stop it Now for one's own urges)."""
    messages, _ = _run("hesitate_to_report", text=text, situation=situation, shown_channels=[])
    assert _cards(messages)[0] == first


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_parents", "if i call someone about this will they tell my parents"),
        ("ask_parents", "gaan ze het dan aan mn ouders vertellen?"),
        ("hesitate_to_report", "moet ik dit aan iemand vertellen? ik ben bang dat ze me aangeven"),
        ("give_age", "ik ben 15"),
        ("feel_ashamed", "i feel so ashamed of myself"),
    ],
)
def test_in_a_talk_about_ones_own_urges_stop_it_now_comes_first_with_the_kindertelefoon(
    intent: str, text: str
) -> None:
    """Worried about one's own urges: Stop it Now first, the Kindertelefoon (8 to 18) beside it."""
    messages, _ = _run(intent, text=text, situation="worried_own_urges", shown_channels=[], age=15.0)
    cards = _cards(messages)
    assert cards[:2] == ["stopitnow", "kindertelefoon"]
    assert "politie" not in cards


def test_parents_question_after_an_adult_online_puts_the_confidential_talk_first() -> None:
    """'If I tell someone will they tell my mom' after grooming, at 12, no police step named: the
    Kindertelefoon (anonymous) first, the police after it; with a police step named, the police."""
    text = "if i tell someone will they tell my mom"
    messages, _ = _run("ask_parents", text=text, situation="grooming", shown_channels=[], age=12.0)
    assert _cards(messages)[:2] == ["kindertelefoon", "politie"]
    police = [
        {
            "event": "user",
            "text": "ik wil aangifte doen",
            "parse_data": {"intent": {"name": "report_to_police"}},
        }
    ]
    messages, _ = _run(
        "ask_parents", text=text, events=police, situation="grooming", shown_channels=[], age=12.0
    )
    assert _cards(messages)[0] == "politie"


def test_an_age_given_in_a_talk_for_someone_else_is_theirs() -> None:
    """'Ze is 13' in a friend's talk: help for someone of that age, not 'at your age'."""
    messages, _ = _run("give_age", text="ze is 13", situation="helping_friend", concern="grooming", age=13.0)
    assert _responses(messages) == ["utter_follow_up_give_age__helping_friend"]
    assert "jouw leeftijd" not in DOMAIN["responses"]["utter_follow_up_give_age__helping_friend"][0]["text"]


def _user(text: str) -> dict:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": "x"}}}


@pytest.mark.parametrize(
    ("earlier", "text", "first"),
    [
        (
            "ze vroegen of slachtofferhulp mijn gegevens mocht krijgen",
            "moet ik daar dan voor betalen?",
            "slachtofferhulp",
        ),
        ("my mom says i should call the kindertelefoon", "does that cost money?", "kindertelefoon"),
        ("kan ik ook naar het csg?", "mag mn zus daar mee naartoe?", "csg"),
    ],
)
def test_a_cost_or_company_question_that_points_back_is_about_the_channel_named_just_before(
    earlier: str, text: str, first: str
) -> None:
    """'Moet ik daar voor betalen?' right after Slachtofferhulp was named: Slachtofferhulp first."""
    events = [_user(earlier), _user("ja"), _user(text)]
    messages, _ = _run(
        "ask_cost" if "cost" in text or "betalen" in text else "ask_bring_someone",
        text=text,
        events=events,
        situation="own_images_shared",
        shown_channels=[],
    )
    assert _cards(messages)[0] == first


def test_a_channel_named_long_before_is_not_what_a_cost_question_points_at() -> None:
    """Three messages back is too far: 'kost dat geld?' is about the situation's help."""
    events = [
        _user("ik heb het bij offlimits gemeld"),
        _user("a"),
        _user("b"),
        _user("c"),
        _user("kost dat geld?"),
    ]
    messages, _ = _run(
        "ask_cost", text="kost dat geld?", events=events, situation="own_images_shared", shown_channels=[]
    )
    assert _cards(messages)[0] == "helpwanted"


def test_a_cost_question_points_at_the_channel_named_last() -> None:
    """'De politie vroeg of slachtofferhulp mn gegevens mocht hebben' then 'kost dat geld?': the
    cost is Slachtofferhulp's, named last."""
    earlier = "de politie vroeg of slachtofferhulp mn gegevens mocht hebben en ik zei ja"
    events = [_user(earlier), _user("kost dat geld?")]
    messages, _ = _run(
        "ask_cost", text="kost dat geld?", events=events, situation="report_to_police", shown_channels=[]
    )
    assert _cards(messages)[0] == "slachtofferhulp"


@pytest.mark.parametrize(
    ("intent", "text"),
    [("ask_cost", "kost dat geld?"), ("give_age", "ik ben 14"), ("ask_bring_someone", "mag mn zus mee?")],
)
def test_a_calm_follow_up_after_sexual_violence_told_gets_no_112_card(intent: str, text: str) -> None:
    """After CSG's crisis answer for something months ago, 'kost dat geld?' or 'ik ben 14': CSG
    first, no 112 card (112 is for danger now)."""
    crisis = [
        {"event": "user", "text": "..."},
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}},
    ]
    messages, _ = _run(intent, text=text, events=crisis, shown_channels=[], age=14.0)
    order = [m["custom"]["help_reply"].get("order") for m in messages if m.get("custom")][0]
    assert order[0] == "csg"
    assert "alarmnummer" not in order


def test_after_a_danger_now_answer_112_stays_first_in_a_follow_up() -> None:
    """After the 112 answer, a follow-up keeps 112 first (named: it is on screen)."""
    crisis = [
        {"event": "user", "text": "..."},
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_danger"}},
    ]
    messages, _ = _run("ask_cost", text="kost dat geld?", events=crisis, shown_channels=["alarmnummer"])
    order = [m["custom"]["help_reply"].get("order") for m in messages if m.get("custom")][0]
    assert order[0] == "alarmnummer"


@pytest.mark.parametrize(
    ("told", "at_home"),
    [
        ("mn stiefvader is dronken en slaat mn moeder, ik zit op mn kamer", True),
        ("my dad is drunk again and he broke the door, im hiding with my little brother", True),
        ("mijn moeder en haar vriend hebben ruzie en hij pakte haar bij de keel", True),
        ("mn broer schopt me en hij houdt niet op", True),
        ("my stepdad is hitting my mum rn", True),
        ("ik sta op het dak en ik spring", False),
        ("my dad is at work, a man is following me home right now", False),
    ],
)
def test_after_112_for_danger_at_home_veilig_thuis_follows(told: str, at_home: bool) -> None:
    """After the 112 answer for someone at home who hurts or rages, a follow-up is about violence
    at home: 112 stays first, Veilig Thuis after it (never the image hotline). Danger elsewhere (a
    roof, someone following) keeps the danger-now help, without Veilig Thuis."""
    crisis = [
        _user(told),
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_danger"}},
        _user("ik ben 13"),
    ]
    messages, _ = _run("give_age", text="ik ben 13", events=crisis, shown_channels=["alarmnummer"], age=13.0)
    order = [m["custom"]["help_reply"].get("order") for m in messages if m.get("custom")][0]
    assert order[0] == "alarmnummer"
    assert ("veiligthuis" in order) is at_home
    assert "offlimits" not in order


def test_removal_of_adults_material_with_no_situation_goes_to_the_police() -> None:
    """'Kan je dat ergens melden zodat het eraf gaat?' about a video of an adult woman, when no
    situation was recognised: the police first, never Helpwanted or the Meldpunt."""
    messages, _ = _run(
        "ask_removal",
        text="kan je dat ergens melden zodat het eraf gaat?",
        material="adults",
        shown_channels=[],
    )
    cards = _cards(messages)
    assert cards[0] == "politie"
    assert "offlimits" not in cards and "helpwanted" not in cards


def test_a_question_about_company_with_no_situation_is_about_the_channel_named_before() -> None:
    """'Ik wil csg bellen maar durf niet alleen', then 'mag mn vriendin naast me zitten?': CSG, not
    the question what it is about."""
    events = [
        _user("ik wil csg bellen maar ik durf het niet alleen"),
        _user("mag mn vriendin naast me zitten?"),
    ]
    messages, _ = _run(
        "ask_bring_someone", text="mag mn vriendin naast me zitten?", events=events, shown_channels=[]
    )
    assert _responses(messages) != ["utter_follow_up_needs_situation"]
    assert _cards(messages)[0] == "csg"


def test_beside_the_police_as_the_setting_the_other_channel_named_is_what_it_points_at() -> None:
    """'Slachtofferhulp heeft me gebeld na mijn aangifte' ... 'kan mijn zus erbij zijn?':
    Slachtofferhulp, not the police the aangifte names."""
    events = [
        _user("slachtofferhulp heeft me gebeld na mijn aangifte"),
        _user("ze willen afspreken om te praten"),
        _user("ik ben 17"),
        _user("kan mijn grote zus erbij zijn?"),
    ]
    messages, _ = _run(
        "ask_bring_someone",
        text="kan mijn grote zus erbij zijn?",
        events=events,
        situation="own_images_shared",
        shown_channels=[],
    )
    assert _cards(messages)[0] == "slachtofferhulp"


def _texts(messages: list[dict]) -> str:
    return "\n".join(str(m.get("text") or "") for m in messages)


def test_hours_of_the_number_named_before_come_from_the_registry_per_method(catalog: Catalog) -> None:
    """'Kan ik dat nummer ook 's nachts bellen?' after Veilig Thuis was named: its hours per contact
    method as channels.yml says (the phone day and night), Veilig Thuis first."""
    events = [_user("kan ik bij veilig thuis bellen?"), _user("kan ik dat nummer ook snachts bellen?")]
    messages, _ = _run(
        "ask_hours",
        text="kan ik dat nummer ook snachts bellen?",
        events=events,
        situation="violence_at_home",
        shown_channels=[],
    )
    assert _responses(messages)[0] == "utter_follow_up_ask_hours"
    assert _cards(messages)[0] == "veiligthuis"
    assert "• Veilig Thuis: Bellen: dag en nacht" in _texts(messages)


def test_a_question_about_now_puts_those_reachable_day_and_night_first(catalog: Catalog) -> None:
    """'Wie kan ik nu nog bellen, het is 3 uur?' in a talk about feeling bad: CSG (its phone day
    and night) before the Kindertelefoon, whose hours no source confirms and which is said to be
    unknown, not open."""
    messages, _ = _run(
        "ask_hours",
        text="wie kan ik nu nog bellen, het is 3 uur",
        situation="feel_bad_need_to_talk",
        shown_channels=[],
    )
    cards = _cards(messages)
    assert cards.index("csg") < cards.index("kindertelefoon")
    text = _texts(messages)
    assert "• De Kindertelefoon: Bellen: tijden niet bekend; Chat: tijden niet bekend" in text
    assert text.index("• Centrum Seksueel Geweld") < text.index("• De Kindertelefoon")


def test_an_hours_question_with_no_situation_and_no_channel_asks_what_it_is_about() -> None:
    """'Zijn jullie ook snachts open?' before anything was told: a short question back."""
    messages, events = _run("ask_hours", text="zijn ze ook snachts open?")
    assert _responses(messages) == ["utter_follow_up_needs_situation"]
    assert events == []


@pytest.mark.parametrize(
    "text",
    ["ik wil er met iemand over praten maar kost bellen geld?", "i want to talk to someone, is that free?"],
)
def test_a_cost_question_about_talking_is_about_those_one_talks_to(text: str) -> None:
    """After seeing abuse images, 'I want to talk about it, does calling cost money?' is about the
    Kindertelefoon (to talk), not the Meldpunt (to report); 'kost melden geld?' stays with it."""
    talk, _ = _run("ask_cost", text=text, situation="saw_illegal_images", shown_channels=[])
    assert _cards(talk)[0] == "kindertelefoon"
    report, _ = _run("ask_cost", text="kost melden geld?", situation="saw_illegal_images", shown_channels=[])
    assert _cards(report)[0] == "offlimits"


def test_a_cost_question_right_after_asking_for_someone_to_talk_to_is_about_talking() -> None:
    """'Wil er gewoon met iemand over praten', then 'kost dat geld?' after seeing abuse images: the
    Kindertelefoon first (the last step was a talk), not the Meldpunt."""
    messages, _ = _run(
        "ask_cost",
        text="kost dat geld?",
        situation="saw_illegal_images",
        last_topic="feel_bad_need_to_talk",
        shown_channels=[],
    )
    assert _cards(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    "earlier",
    [
        "we hebben gister aangifte gedaan van die gast die mij afperste",
        "i reported him to the police last week",
        "ik ben gisteren naar de politie geweest voor aangifte over die filmpjes",
        "mn moeder en ik zijn naar het politiebureau gegaan",
        "we've been to the police station about it",
        "ben met mn vader bij de politie geweest",
    ],
)
def test_wanting_to_talk_after_a_police_report_told_earlier_puts_slachtofferhulp_first(earlier: str) -> None:
    """'Nu wil ik toch met iemand praten, hoe oud moet je zijn?' after a report made to the police
    told earlier: Slachtofferhulp first; the same question without that report keeps the
    Kindertelefoon first."""
    history = [_user(earlier)]
    text = "ik wil er gewoon met iemand over praten, ik ben 16"
    messages, _ = _run("give_age", text=text, events=history, situation="own_images_shared", age=16)
    assert _cards(messages)[0] == "slachtofferhulp"
    messages, _ = _run("give_age", text=text, situation="own_images_shared", age=16)
    assert _cards(messages)[0] != "slachtofferhulp"


@pytest.mark.parametrize(("age", "included"), [(11, True), (15, True), (19, False)])
def test_an_age_in_a_talk_about_ones_own_images_adds_the_kindertelefoon_for_8_to_18(
    age: int, included: bool
) -> None:
    """'Im 11, can i still get help?' about one's own images: Helpwanted first (all ages), the
    Kindertelefoon beside it for 8 to 18 only."""
    messages, _ = _run(
        "give_age", text=f"im {age}, can i still get help?", situation="own_images_shared", age=age
    )
    cards = _cards(messages)
    assert cards[0] == "helpwanted"
    assert ("kindertelefoon" in cards) is included


def test_an_age_and_a_named_channel_after_a_police_report_made_is_about_talking() -> None:
    """'I want to talk about it, I'm 20, is the Kindertelefoon still for me?' after 'I already
    reported it to the police': not the police step again, but Slachtofferhulp first, and the
    Kindertelefoon left out at 20."""
    history = [_user("i already reported it to the police")]
    text = "i just want to talk to someone about it. im 20, is the kindertelefoon still for me?"
    messages, _ = _run("give_age", text=text, events=history, situation="saw_illegal_images", age=20)
    cards = _cards(messages)
    assert cards[0] == "slachtofferhulp"
    assert "kindertelefoon" not in cards


@pytest.mark.parametrize("sent", ["child", "yes"])
def test_a_parents_talk_about_an_adult_online_to_whom_the_child_sent_images_is_about_those_images(
    sent: str,
) -> None:
    """'Hij heeft er twee gestuurd' in a father's talk about a man who asked his son for photos:
    the age question that follows gets Helpwanted (images of the child) first, not the police."""
    messages, _ = _run(
        "give_age",
        text="hij is pas 11, kan hij daar zelf ook terecht?",
        situation="parent_or_teacher",
        concern="grooming",
        sent_own_images=sent,
        age=11,
    )
    assert _cards(messages)[0] == "helpwanted"
    messages, _ = _run(
        "give_age",
        text="hij is pas 11, kan hij daar zelf ook terecht?",
        situation="parent_or_teacher",
        concern="grooming",
        age=11,
    )
    assert _cards(messages)[0] != "helpwanted"


def test_may_i_say_no_in_a_talk_about_ones_own_urges_is_about_stop_it_now() -> None:
    """'Moet ik echt bellen? wat als ze het doorgeven' about one's own urges: the words say no is
    allowed and Stop it Now is free and anonymous; its card first."""
    messages, _ = _run(
        "decline_help", text="moet ik echt bellen? wat als ze het doorgeven", situation="worried_own_urges"
    )
    assert _responses(messages)[0] == "utter_follow_up_decline_help__worried_own_urges"
    assert _cards(messages)[0] == "stopitnow"


def test_asking_whether_a_brother_may_report_himself_is_about_where_the_report_goes() -> None:
    """'Can he report it himself or do I have to?' after an adult online asked a little brother for
    pictures: no doubt about reporting, so where the report goes (the police) first."""
    messages, _ = _run(
        "hesitate_to_report",
        text="can he report it himself or do i have to? im 17",
        situation="helping_friend",
        concern="grooming",
    )
    assert _cards(messages)[0] == "politie"


@pytest.mark.parametrize(
    "text",
    [
        "ik wil geen gedoe, moet ik het echt melden?",
        "moet ik wel bellen? ik wil niet dat ze in de problemen komt",
        "should i even call anyone, i dont want my family to fall apart",
        "is het wel erg genoeg om te melden",
    ],
)
def test_doubt_about_violence_at_home_is_about_veilig_thuis(text: str) -> None:
    """Doubt about reporting or calling after violence at home: Veilig Thuis first (it takes a
    report and gives advice, anonymously if wanted), never the image hotline."""
    messages, _ = _run("hesitate_to_report", text=text, situation="violence_at_home", shown_channels=[])
    assert _cards(messages)[0] == "veiligthuis"
    assert "offlimits" not in _cards(messages)


@pytest.mark.parametrize(
    "found",
    [
        "wacht ik scroll verder en er staat er ook een van mij tussen",
        "ik denk dat ik het ben, van toen met mn ex",
        "wait thats me in the second one",
        "omg its literally me 😭",
        "my pic is on there too",
        "er zit ook een foto van mij bij",
        "ik sta er ook op!!",
    ],
)
def test_finding_oneself_in_images_seen_makes_it_about_ones_own_images(found: str) -> None:
    """Images seen on an account, then 'er staat er ook een van mij tussen', then 'hoe krijg ik die
    eraf?': one's own images now (Helpwanted first), and the situation is remembered."""
    events = [_user("ik zag op een account allemaal pics van meiden van mijn school"), _user(found)]
    messages, slots = _run(
        "ask_removal", text="hoe krijg ik die eraf", events=events, situation="saw_illegal_images"
    )
    assert _cards(messages)[0] == "helpwanted"
    assert SlotSet("situation", "own_images_shared") in slots


@pytest.mark.parametrize(
    "said",
    [
        "ik ben het zat dat dit soort dingen online staat",
        "dat ben ik niet van plan hoor",
        "ik ben het eens dat het weg moet",
        "ik heb het gemeld bij offlimits",
        "ik heb een foto van mijn scherm gemaakt met de link erop",
        "er staat ook een van mn vriendinnen tussen",
    ],
)
def test_other_words_about_oneself_keep_the_talk_about_images_seen(said: str) -> None:
    """'Ik ben het zat', 'dat ben ik niet van plan': not the young person in the images."""
    events = [_user("ik zag een link met fotos van kinderen"), _user(said)]
    messages, _ = _run("ask_removal", text="kan dat weg", events=events, situation="saw_illegal_images")
    assert _cards(messages)[0] == "offlimits"


@pytest.mark.parametrize(
    "text",
    [
        "cant sleep en het is 2 uur snachts, kan ik nu iemand bellen?",
        "is there someone i can call right now",
        "kan ik vannacht nog iemand bellen",
    ],
)
def test_someone_to_call_now_after_images_seen_is_someone_to_talk_to_who_is_there_now(text: str) -> None:
    """'Kan ik nu iemand bellen?' at night after images someone saw: someone to talk to, reachable
    now first (CSG's phone is there day and night), not the report form."""
    messages, _ = _run("ask_hours", text=text, situation="saw_illegal_images", shown_channels=[])
    assert _cards(messages)[0] == "csg"
    assert "offlimits" not in _cards(messages)[:1]


@pytest.mark.parametrize(
    ("reason", "first"),
    [("detector", "helpwanted"), ("a word of urgency", "helpwanted"), ("concept", "alarmnummer")],
)
def test_a_danger_answer_that_turned_out_about_ones_images_no_longer_puts_112_first(
    reason: str, first: str
) -> None:
    """'Someone on snap is threatening me' got the 112 answer from the learned models alone; then
    'he'll send my pic to all my followers unless i pay' and 'what if i dont pay?': a talk about one's
    own images, Helpwanted first; so after a bare "HELP noodgeval". A danger now that a concept read
    (someone at the door) keeps 112. The learned reasons are the safety layer's."""
    from actions.cards import LEARNED_REASONS, URGENCY_WORD_REASON
    from components.safety_decision import LEARNED_REASONS as LAYER_REASONS
    from components.safety_decision import URGENCY_WORD_REASON as LAYER_URGENCY

    assert frozenset(LAYER_REASONS) == LEARNED_REASONS
    assert LAYER_URGENCY == URGENCY_WORD_REASON
    events = [
        {
            "event": "user",
            "text": "someone on snap is threatening me",
            "parse_data": {"intent": {"name": "danger_now"}, "safety": {"reason": reason}},
        },
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_danger"}},
        {
            "event": "user",
            "text": "he says he'll send my pic to all my followers unless i pay 200",
            "parse_data": {"intent": {"name": "own_images_shared"}},
        },
        {
            "event": "user",
            "text": "what happens if i just dont pay",
            "parse_data": {"intent": {"name": "ask_if_not_pay"}},
        },
    ]
    messages, _ = _run(
        "ask_if_not_pay",
        text="what happens if i just dont pay",
        events=events,
        shown_channels=["alarmnummer"],
    )
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    order = reply.get("order") or [c["id"] for c in reply["cards"]]
    assert order[0] == first
    assert "helpwanted" in order


def test_a_danger_answer_to_something_stupid_that_was_forwarding_an_image_no_longer_puts_112_first() -> None:
    """Thirteenth session: 'ik heb iets heel stoms gedaan' got the 112 answer from the learned models
    alone; then 'ik heb een naaktfoto van een klasgenoot doorgestuurd' and 'kan dat nog weg?': a talk
    about images one shared, Helpwanted first."""
    events = [
        {
            "event": "user",
            "text": "ik heb iets heel stoms gedaan",
            "parse_data": {"intent": {"name": "danger_now"}, "safety": {"reason": "detector"}},
        },
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_danger"}},
        {
            "event": "user",
            "text": "ik heb een naaktfoto van een klasgenoot doorgestuurd",
            "parse_data": {"intent": {"name": "shared_others_images"}},
        },
    ]
    messages, _ = _run(
        "ask_removal",
        text="kan dat nog weg?",
        events=events,
        situation="shared_others_images",
        shown_channels=["alarmnummer"],
    )
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    order = reply.get("order") or [c["id"] for c in reply["cards"]]
    assert order[0] == "helpwanted"


def test_a_parent_who_doubts_going_to_the_police_with_their_child_gets_the_police_first() -> None:
    """ "Moet ik met haar naar de politie of maak ik het dan erger?" from a parent about images of the
    child: the police first (the answer to the question asked), Helpwanted beside them. A young
    person's own doubt is not pressed towards the police."""
    text = "moet ik met haar naar de politie of maak ik het dan alleen maar erger?"
    messages, _ = _run("hesitate_to_report", text, situation="parent_or_teacher", concern="own_images_shared")
    cards = _cards(messages)
    assert cards[0] == "politie"
    assert "helpwanted" in cards
    messages, _ = _run("hesitate_to_report", "moet ik echt naar de politie?", situation="own_images_shared")
    assert _cards(messages)[0] == "helpwanted"


@pytest.mark.parametrize("text", ["im only 11 btw. who do i even tell", "ik ben 12, mag ik dan zelf bellen?"])
def test_under_13_in_a_talk_about_an_adult_online_gets_the_kindertelefoon_first(text: str) -> None:
    """Under 13 the police contact the parents: someone to talk to anonymously (the Kindertelefoon)
    first, the police after it; from 13 the police stay first."""
    messages, _ = _run("give_age", text, situation="grooming", age=11)
    cards = _cards(messages)
    assert cards[0] == "kindertelefoon"
    assert "politie" in cards
    messages, _ = _run("give_age", "ik ben 15", situation="grooming", age=15)
    assert _cards(messages)[0] == "politie"
    # Asking about reporting at that age is about the report: the police first.
    messages, _ = _run("give_age", "kan ik het melden als ik 11 ben?", situation="grooming", age=11)
    assert _cards(messages)[0] == "politie"


def test_under_13_after_a_step_to_the_police_keeps_the_police_first() -> None:
    """ "Wil aangifte doen", then "ik ben pas 12", in a talk about an adult online: the age is about the
    report (the police's answer for under 13), so the police stay first."""
    messages, _ = _run(
        "give_age", "ik ben pas 12", situation="grooming", age=12, last_topic="report_to_police"
    )
    assert _cards(messages)[0] == "politie"
