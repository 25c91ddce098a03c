"""Eleventh session: families of follow-ups that lost the thread, each in several wordings.

- "En nu?" / "what now" asks for the next step of the answer just given: its channels, same order.
- "Moet ik ze betalen?" about a help service named before (no blackmail told) asks what it costs.
- A minor's own images on a public site: Offlimits (Meldpunt Kinderporno) beside Helpwanted.
- "Vorige week weer" read as "online again" in a talk without images: a detail, thanked for.
- After the answer for sexual violence at home, Veilig Thuis stays beside CSG.
- Two channels named together ("het verschil tussen offlimits en helpwanted"): the better fit first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import ONLY_WHAT_NEXT, what_now
from actions.context_fallback import ActionContextualFallback
from actions.follow_ups import NO_NEWS, ActionAnswerFollowUp
from actions.named_channel import ActionSendNamedChannel
from actions.send_channels import ActionSendChannels
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from bot.reply import read_reply
from components.safety_decision import ONLY_WHAT_NEXT as LAYER_WHAT_NEXT
from tests.helpers import WEDNESDAY_NOON, domain_responses, live_catalog_in

DOMAIN = domain_responses()


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The actions read the editable copy of the data."""
    live_catalog_in(
        monkeypatch,
        catalog,
        (
            "actions.follow_ups",
            "actions.named_channel",
            "actions.send_channels",
            "actions.context_fallback",
        ),
    )
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _user(text: str, intent: str = "x") -> dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}


def _bot_with(order: list[str]) -> dict[str, Any]:
    """A bot message of an earlier turn whose help reply named these channels, in this order."""
    cards = [
        {"id": i, "name": i, "description": ".", "availability": "unknown", "availability_text": "."}
        for i in order
    ]
    reply = {"version": 1, "topic": "x", "lead": "...", "cards": cards}
    return {"event": "bot", "text": "...", "data": {"custom": {"help_reply": reply}}}


def _run(action: Action, intent: str, text: str, events: list[dict] | None = None, **slots: Any):
    """Run `action` on this message after these events (oldest first); like Rasa's tracker, the
    events end with the message being answered."""
    events = [*(events or []), _user(text, intent)]
    tracker = Tracker(
        sender_id="test",
        slots=slots,
        latest_message={"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    result = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages, result


def _order(messages: list[dict]) -> list[str]:
    """The channels of the answer, best fit first (named ones included)."""
    return [i for m in messages if (r := read_reply(m.get("custom"))) for i in r.channel_order()]


def _responses(messages: list[dict]) -> list[str]:
    return [m["response"] for m in messages if m.get("response")]


FOLLOW_UP = ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON)
FALLBACK = ActionContextualFallback(clock=lambda: WEDNESDAY_NOON)


def test_the_layer_and_the_actions_read_what_next_alike() -> None:
    """The safety layer (Rasa environment) and the actions keep one pattern for "en nu?"."""
    assert ONLY_WHAT_NEXT.pattern == LAYER_WHAT_NEXT.pattern


@pytest.mark.parametrize(
    "text",
    [
        "en nu?",
        "En nu",
        "wat nu dan",
        "ok en dan?",
        "ok, en dan?",
        "hoe nu verder",
        "wat moet ik nu doen?",
        "what now",
        "and now?",
        "now what",
        "and then??",
        "so what next",
    ],
)
def test_asking_what_comes_next_is_read_in_many_wordings(text: str) -> None:
    """Dutch, English, with "ok"/"en" before it and punctuation after it."""
    assert what_now(text)


@pytest.mark.parametrize(
    "text", ["nu", "en nu is hij hier", "wat nu als hij het doorstuurt", "help nu", "now!!"]
)
def test_more_than_what_comes_next_is_not_read_as_it(text: str) -> None:
    """A danger now ("en nu is hij hier") or a real question is never swallowed as "what next"."""
    assert not what_now(text)


@pytest.mark.parametrize(
    ("intent", "text"), [("ask_what_can_you_do", "en nu?"), ("nlu_fallback", "what now")]
)
def test_what_now_in_a_talk_names_the_help_just_given_in_its_order(intent: str, text: str) -> None:
    """After "ik hoor niks meer van de politie" got Slachtofferhulp first, "en nu?" keeps that
    order (not the situation's police-first channels), with the words for what one can do now."""
    events = [
        _user("ik heb aangifte gedaan omdat iemand mn fotos deelde", "after_report"),
        _bot_with(["slachtofferhulp", "politie", "csg"]),
        _user("ik hoor niks meer van de politie", "after_report"),
    ]
    messages, _ = _run(FALLBACK, intent, text, events, situation="own_images_shared")
    assert _responses(messages)[0] == "utter_what_now"
    assert _order(messages)[:2] == ["slachtofferhulp", "politie"]


@pytest.mark.parametrize(
    "text",
    [
        "ik hoor niks meer van de politie",
        "ik hoor er niets van",
        "i dont hear anything from them",
        "we never heard back",
        "nobody called me back",
    ],
)
def test_no_news_after_a_report_is_read_in_other_words(text: str) -> None:
    assert NO_NEWS.search(text)


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("de politie zei dat slachtofferhulp me zou bellen", "moet ik ze betalen?"),
        ("ik wil met het centrum seksueel geweld praten", "moet ik daarvoor betalen"),
        ("the police said victim support would call me", "do i have to pay them?"),
    ],
)
def test_paying_a_help_service_named_before_is_a_question_about_cost(before: str, text: str) -> None:
    """Read as "what if I don't pay?" (blackmail) by the classifier; no blackmail was told and a
    channel was named just before: what that channel costs, that channel first."""
    messages, _ = _run(FOLLOW_UP, "ask_if_not_pay", text, [_user(before)])
    assert _responses(messages)[0].startswith("utter_follow_up_ask_cost")
    assert _order(messages)[0] in ("slachtofferhulp", "csg")
    assert "helpwanted" not in _order(messages)


def test_paying_after_blackmail_stays_about_the_blackmailer() -> None:
    """With blackmail told, "moet ik hem betalen?" is the question about not paying (Helpwanted)."""
    events = [
        _user("iemand chanteert me met mn naaktfoto, hij wil 200 euro"),
        _user("moet ik slachtofferhulp bellen?"),
    ]
    messages, _ = _run(
        FOLLOW_UP, "ask_if_not_pay", "moet ik ze betalen?", events, situation="own_images_shared"
    )
    assert _responses(messages)[0].startswith("utter_follow_up_ask_if_not_pay")
    assert _order(messages)[0] == "helpwanted"


@pytest.mark.parametrize(("intent", "action"), [("ask_removal", FOLLOW_UP), ("still_online", FOLLOW_UP)])
@pytest.mark.parametrize(
    ("age", "place", "meldpunt"),
    [
        (15, "public", True),
        (None, "public", True),
        (19, "public", False),
        (15, "private", False),
        (15, None, False),
    ],
)
def test_a_minors_own_images_on_a_public_site_bring_the_meldpunt_beside_helpwanted(
    intent: str, action: Action, age: int | None, place: str | None, meldpunt: bool
) -> None:
    """Images of a child on the public internet: Helpwanted first, the Meldpunt Kinderporno next.
    Not at 19 (no child), not in a private chat (the police take that)."""
    slots = {"situation": "own_images_shared", "age": age, "place": place}
    messages, _ = _run(action, intent, "hoe krijg ik het van die site af", **slots)
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert ("offlimits" in order) == meldpunt


@pytest.mark.parametrize(("material", "meldpunt"), [("children", True), (None, False), ("adults", False)])
def test_images_from_when_one_was_a_minor_bring_the_meldpunt_at_18_too(
    material: str | None, meldpunt: bool
) -> None:
    """ "Ik ben nu 18 maar de foto is van toen ik 16 was", on a forum: images of a minor on the public
    internet, whatever the writer's age now; at 19 with no word of a child in the images, not."""
    slots = {"situation": "own_images_shared", "age": 18, "place": "public", "material": material}
    messages, _ = _run(FOLLOW_UP, "ask_removal", "kan het er nog af?", **slots)
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert ("offlimits" in order) == meldpunt


def test_reporting_ones_own_video_on_a_porn_site_names_the_meldpunt_too() -> None:
    """ "Hoe meld ik dat?" after one's own video on a porn site (age 15): Helpwanted, then Offlimits."""
    action = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    slots = {"situation": "own_images_shared", "age": 15, "place": "public"}
    messages, _ = _run(action, "report_illegal_content", "hoe meld ik dat?", **slots)
    assert _order(messages)[:2] == ["helpwanted", "offlimits"]


@pytest.mark.parametrize(
    ("intent", "text"), [("still_online", "vorige week weer"), ("ask_removal", "kan het stoppen?")]
)
def test_an_image_follow_up_in_a_talk_without_images_is_a_detail_of_what_happened(
    intent: str, text: str
) -> None:
    """After "mijn opa doet dingen bij me die ik niet wil" (the sexual-violence answer), "vorige week
    weer" read as "it is online again": thanked for, CSG (never Helpwanted, the Meldpunt or 112)."""
    events = [
        _user("mijn opa doet dingen bij me die ik niet wil", "sexual_violence"),
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}},
    ]
    messages, _ = _run(FOLLOW_UP, intent, text, events)
    assert _responses(messages) == ["utter_detail_noted"]
    order = _order(messages)
    assert order[0] == "csg"
    assert not {"helpwanted", "offlimits", "alarmnummer"} & set(order)


def test_after_the_answer_for_abuse_at_home_veilig_thuis_stays_beside_csg() -> None:
    """ "Kost dat geld?" after the answer for sexual violence at home: CSG, then Veilig Thuis. (Abuse
    that keeps happening puts Veilig Thuis first: tests/actions/test_home_and_helper_families.py.)"""
    events = [
        _user("mn stiefvader heeft me gisteren aangerand", "sexual_violence"),
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence_home"}},
    ]
    messages, _ = _run(FOLLOW_UP, "ask_cost", "kost dat geld?", events)
    assert _order(messages)[:2] == ["csg", "veiligthuis"]


@pytest.mark.parametrize(
    "text",
    ["wat is het verschil tussen offlimits en helpwanted?", "helpwanted of offlimits, wat is beter"],
)
def test_two_channels_named_together_come_best_fit_first(text: str) -> None:
    """In a talk about one's own images, Helpwanted before Offlimits, in whatever order named."""
    action = ActionSendNamedChannel()
    messages, _ = _run(action, "ask_channel_by_name", text, situation="own_images_shared")
    assert _order(messages)[:2] == ["helpwanted", "offlimits"]


@pytest.mark.parametrize(
    "text",
    [
        "ik heb helpwanted gebeld maar niemand nam op",
        "i called helpwanted but nobody picked up, what now",
        "helpwanted nam niet op en de chat was dicht",
    ],
)
def test_a_channel_tried_in_vain_comes_after_the_others(text: str) -> None:
    """ "Helpwanted nam niet op": the other help for one's own images first, Helpwanted named last."""
    messages, _ = _run(FALLBACK, "nlu_fallback", text, situation="own_images_shared")
    order = _order(messages)
    assert order[0] != "helpwanted"
    assert order[-1] == "helpwanted"


def test_a_channel_that_said_too_old_is_left_out() -> None:
    """ "De kindertelefoon zei dat ik te oud ben": the others to talk to, not the Kindertelefoon."""
    text = "de kindertelefoon zei dat ik te oud ben"
    messages, _ = _run(FOLLOW_UP, "feel_ashamed", text, situation="saw_illegal_images")
    assert "kindertelefoon" not in _order(messages)
    assert _order(messages)


def test_a_channel_asked_for_after_one_tried_in_vain_comes_first() -> None:
    """ "Helpwanted nam niet op, kan ik de politie bellen?": the police first, Helpwanted last."""
    text = "ik heb helpwanted gebeld maar niemand nam op, kan ik de politie bellen?"
    messages, _ = _run(FALLBACK, "nlu_fallback", text, situation="own_images_shared")
    order = _order(messages)
    assert order[0] == "politie"
    assert order[-1] == "helpwanted"


@pytest.mark.parametrize("text", ["gewoon het nummer pls", "just give me the number", "stuur de link ff"])
def test_only_the_number_draws_the_cards_of_the_answer_just_given(text: str) -> None:
    """No channel named: the cards just shown are drawn again (their numbers), best fit first."""
    events = [_user("mn nude gaat rond", "own_images_shared"), _bot_with(["helpwanted", "politie", "csg"])]
    messages, _ = _run(ActionSendNamedChannel(), "ask_channel_by_name", text, events)
    cards = [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]
    assert cards[:3] == ["helpwanted", "politie", "csg"]


def test_only_the_number_with_nothing_shown_asks_which_one() -> None:
    messages, _ = _run(ActionSendNamedChannel(), "ask_channel_by_name", "gewoon het nummer pls")
    assert _responses(messages) == ["utter_named_channel_which"]


def test_a_channel_tried_in_vain_in_a_follow_up_brings_the_situations_other_help() -> None:
    """Read as "after a report", with only Helpwanted for it: the situation's other help first."""
    text = "ik heb helpwanted gebeld maar niemand nam op"
    messages, _ = _run(FOLLOW_UP, "after_report", text, situation="own_images_shared")
    order = _order(messages)
    assert order[0] in ("politie", "csg")
    assert order[-1] == "helpwanted"


def test_the_actions_read_a_language_asked_for_like_the_detector() -> None:
    """components/language_request.py sets the slot; the fallback picks its words with a copy."""
    from actions import context_fallback as actions_copy
    from components import language_request as layer

    for name in ("NOT_DUTCH", "NOT_ENGLISH", "WANTS_ENGLISH", "WANTS_DUTCH"):
        assert getattr(actions_copy, name).pattern == getattr(layer, name).pattern, name
    for text in ("i dont speak dutch well, can you say it in english", "kun je nederlands praten?", "ok"):
        assert actions_copy.asked_language(text) == layer.asked_language(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i dont speak dutch well, can you say it in english", "en"),
        ("kan je het in het engels zeggen?", "en"),
        ("in english pls", "en"),
        ("kun je nederlands praten?", "nl"),
        ("can you write in dutch", "nl"),
    ],
)
def test_asking_for_another_language_draws_the_help_again(text: str, language: str) -> None:
    """The help just given again (cards drawn, not "see above"), with the words for the switch."""
    events = [
        _user("ik zag een filmpje met kinderen erin op insta"),
        _bot_with(["offlimits", "csg", "politie"]),
    ]
    slots = {"situation": "saw_illegal_images", "language": language, "shown_channels": ["offlimits", "csg"]}
    messages, _ = _run(FALLBACK, "out_of_scope", text, events, **slots)
    assert _responses(messages)[0] == "utter_language_switch"
    cards = [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]
    assert cards[:2] == ["offlimits", "csg"]


@pytest.mark.parametrize(
    "text", ["dit helpt echt niks", "je snapt het niet", "ur useless", "you dont get it"]
)
def test_frustration_with_the_bot_is_said_sorry_for_with_a_person_to_talk_to(text: str) -> None:
    """Not "dat begreep ik niet": sorry, and those one can talk to first."""
    messages, _ = _run(FALLBACK, "nlu_fallback", text, situation="own_images_shared")
    assert _responses(messages)[0] == "utter_not_helping"
    assert _order(messages)[0] in ("kindertelefoon", "csg")


@pytest.mark.parametrize(
    "text",
    [
        "ik ben 12. mag ik helpwanted wel bellen of ben ik te jong",
        "can i still call the kindertelefoon at 17 or am i too old",
    ],
)
def test_asking_whether_one_is_too_young_for_a_channel_keeps_it_asked_for(text: str) -> None:
    """A question about one's age is no report that the channel said no: it stays named."""
    from actions.named_channel import find_channels, tried_channels
    from bot.registry import get_catalog

    snapshot = get_catalog().snapshot()
    assert find_channels(text, snapshot)
    assert tried_channels(text, snapshot) == []


@pytest.mark.parametrize("text", ["hoe dan", "hoe dan?", "en hoe", "how tho", "hoe doe ik dat"])
def test_how_then_asks_for_the_next_step_too(text: str) -> None:
    assert what_now(text)


@pytest.mark.parametrize(
    "first",
    ["ive been getting blackmailed for 2 weeks", "ik word al een week gechanteerd", "hij perst me af"],
)
def test_blackmail_asked_about_by_the_safety_check_is_about_ones_own_images(first: str) -> None:
    """The check asked about "ive been getting blackmailed" (the classifier guessed a crisis, then
    other things); the next message, not understood, is about one's own images: Helpwanted first."""
    events = [
        {
            "event": "user",
            "text": first,
            "parse_data": {
                "intent": {"name": "distress_unclear"},
                "intent_ranking": [{"name": "distress_unclear"}, {"name": "worried_own_urges"}],
            },
        },
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_distress_check"}},
    ]
    messages, result = _run(FALLBACK, "nlu_fallback", "i blocked him but he made a new acc", events)
    assert _order(messages)[0] == "helpwanted"
    assert {"event": "slot", "timestamp": None, "name": "situation", "value": "own_images_shared"} in result


@pytest.mark.parametrize(
    "text",
    [
        "mn vriendin zegt dat ze bij helpwanted zeiden dat ze te jong was. klopt dat?",
        "my friend says the kindertelefoon told her she was too old, is that true?",
        "iemand zei dat csg zei dat je te jong bent, is het alleen voor volwassenen",
    ],
)
def test_a_doubt_about_a_channel_heard_from_someone_is_no_channel_tried(text: str) -> None:
    """ "They said she was too young. Is it only for 18+?" asks what the channel is for: the
    channel stays named, not left out as tried in vain."""
    from actions.named_channel import find_channels, tried_channels
    from bot.registry import get_catalog

    snapshot = get_catalog().snapshot()
    assert tried_channels(text, snapshot) == []
    assert find_channels(text, snapshot)


def test_a_channel_that_said_too_old_followed_by_where_then_is_still_tried() -> None:
    from actions.named_channel import tried_channels
    from bot.registry import get_catalog

    snapshot = get_catalog().snapshot()
    text = "de kindertelefoon zei dat ik te oud ben, waar kan ik dan heen?"
    assert tried_channels(text, snapshot) == ["kindertelefoon"]


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet bellen en niet praten. alleen online. wat past daarbij",
        "i dont want to call anyone, only online. what fits?",
        "bellen durf ik niet, is er iets via chat?",
    ],
)
def test_a_wish_to_write_with_what_fits_gets_the_situations_help_chat_first(text: str) -> None:
    """Read as "may I say no to help", but it asks what fits a wish to write: the situation's help,
    those one can chat with first, not only the Kindertelefoon."""
    messages, _ = _run(FOLLOW_UP, "decline_help", text, situation="own_images_shared")
    assert _responses(messages)[0] == "utter_chat_instead"
    assert _order(messages)[0] == "helpwanted"


def test_a_plain_no_to_help_stays_the_answer_that_saying_no_is_allowed() -> None:
    messages, _ = _run(FOLLOW_UP, "decline_help", "nee ik wil geen hulp", situation="own_images_shared")
    assert _responses(messages)[0] != "utter_chat_instead"


@pytest.mark.parametrize("text", ["ik kan er niet van slapen", "i keep having nightmares about it"])
def test_a_feeling_after_the_answer_about_wanting_to_talk_is_answered_in_that_context(text: str) -> None:
    """ "Ik kan er niet van slapen" after "ik wil met iemand praten" (an answer that sets no
    situation): not "bedoel je een van deze?", but the help to talk to, in context."""
    messages, _ = _run(FALLBACK, "nlu_fallback", text, last_topic="feel_bad_need_to_talk")
    assert _responses(messages)[0] != "utter_did_you_mean"
    assert _order(messages)[:1] and _order(messages)[0] in ("csg", "kindertelefoon", "slachtofferhulp")


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("een man die ik online ken wil morgen afspreken", "mijn ouders weten het niet"),
        ("he wants to meet me this saturday at the station", "will my parents find out?"),
    ],
)
def test_a_meeting_planned_with_an_adult_online_puts_the_police_first(earlier: str, text: str) -> None:
    """After "hij wil morgen afspreken" in a talk about an adult online, the answer to a follow-up
    (here about parents) has the police first."""
    events = [_user(earlier, "grooming"), _bot_with(["politie", "kindertelefoon", "csg"])]
    messages, _ = _run(FOLLOW_UP, "ask_parents", text, events, situation="grooming")
    assert _order(messages)[0] == "politie"


def test_without_a_meeting_the_parents_question_about_an_adult_online_keeps_talking_first() -> None:
    events = [
        _user("een man op insta vraagt steeds om fotos", "grooming"),
        _bot_with(["politie", "kindertelefoon"]),
    ]
    messages, _ = _run(FOLLOW_UP, "ask_parents", "mijn ouders weten het niet", events, situation="grooming")
    assert _order(messages)[0] == "kindertelefoon"


def test_a_channel_asked_for_by_name_that_is_not_for_ones_age_says_so_with_the_help_that_is() -> None:
    """ "Will the kindertelefoon help me?" at 19 in a talk about one's own images: not for that age
    (8 to 18); Helpwanted (all ages) instead, with the words for it."""
    from actions.named_channel import ActionSendNamedChannel

    action = ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(
        action,
        "ask_channel_by_name",
        "will the kindertelefoon help me?",
        situation="own_images_shared",
        age=19,
    )
    assert _responses(messages)[0] == "utter_named_not_for_age"
    assert "kindertelefoon" not in _order(messages)
    assert _order(messages)[0] == "helpwanted"


def test_a_channel_asked_for_by_name_at_an_age_it_is_for_is_drawn() -> None:
    from actions.named_channel import ActionSendNamedChannel

    action = ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(action, "ask_channel_by_name", "kindertelefoon", situation="own_images_shared", age=15)
    assert _order(messages) == ["kindertelefoon"]


@pytest.mark.parametrize(("place", "meldpunt"), [("public", True), ("private", False), (None, False)])
def test_ones_own_images_told_on_a_public_site_bring_the_meldpunt_in_the_first_answer(
    place: str | None, meldpunt: bool
) -> None:
    """ "Mn naaktfoto van toen ik 14 was staat op een website": Helpwanted first, the Meldpunt
    Kinderporno beside it from the first answer (not only after "kan het eraf?")."""
    action = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(
        action,
        "own_images_shared",
        "mn naaktfoto staat op een website",
        age=15,
        place=place,
        material="children",
    )
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert ("offlimits" in order) == meldpunt


@pytest.mark.parametrize(
    "text",
    [
        "waar kan ik informatie vinden over hoe ik hierover met hem praat?",
        "any tips on how to bring it up with her?",
    ],
)
def test_a_parent_asking_for_information_gets_netwerk_mediawijsheid_first(text: str) -> None:
    messages, _ = _run(FALLBACK, "nlu_fallback", text, situation="parent_or_teacher")
    assert _order(messages)[0] == "mediawijsheid"


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("mijn vriendin vertelde dat haar stiefvader aan haar zit", "wat kan ik doen om haar te helpen?"),
        ("my friends uncle forced her to do things", "how can i help her?"),
    ],
)
def test_a_friend_abused_by_family_gets_veilig_thuis_first(earlier: str, text: str) -> None:
    events = [_user(earlier, "helping_friend"), _bot_with(["csg", "kindertelefoon"])]
    messages, _ = _run(FALLBACK, "nlu_fallback", text, events, situation="helping_friend")
    assert _order(messages)[0] == "veiligthuis"


def test_a_friend_abused_by_someone_outside_the_family_keeps_csg_first() -> None:
    events = [
        _user("mijn vriendin is aangerand door een jongen op een feest", "helping_friend"),
        _bot_with(["csg"]),
    ]
    messages, _ = _run(
        FALLBACK, "nlu_fallback", "wat kan ik doen om haar te helpen?", events, situation="helping_friend"
    )
    assert _order(messages)[0] != "veiligthuis"


@pytest.mark.parametrize(
    "text",
    [
        "mn stiefvader komt snachts op mn kamer",
        "my uncle touches me when nobody is home",
        "de vriend van mijn moeder zit aan me",
        "my moms boyfriend walks in when im showering",
    ],
)
def test_the_home_abuser_copy_in_the_actions_agrees_with_the_policy(text: str) -> None:
    """actions/cards.py HOME_ABUSER is a copy of the crisis context policy's family (actions may not
    import components); both read these as abuse by family or household."""
    from actions.cards import HOME_ABUSER

    assert HOME_ABUSER.search(text.lower())


def test_a_question_about_help_with_aangifte_puts_the_police_first() -> None:
    """ "Helpt offlimits ook met aangifte?" after "ik wil aangifte doen": the police first."""
    text = "helpt offlimits ook met aangifte? en moet ik ja zeggen tegen slachtofferhulp?"
    messages, _ = _run(FOLLOW_UP, "decline_help", text, situation="own_images_shared")
    assert _order(messages)[0] == "politie"


def test_wanting_to_talk_after_a_rape_video_seen_puts_csg_first() -> None:
    action = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    text = "ik zag vanavond een filmpje van een verkrachting en ik wil met iemand praten"
    messages, _ = _run(action, "saw_illegal_images", text)
    assert _order(messages)[0] in ("csg", "kindertelefoon")


def test_wanting_to_talk_at_night_after_images_seen_puts_the_day_and_night_line_first() -> None:
    """ "Het is 3 uur snachts" before, then the images seen and "ik wil met iemand praten": CSG (its
    phone day and night) first."""
    action = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    events = [_user("het is 3 uur snachts en ik kan niet slapen", "ask_hours"), _bot_with(["csg"])]
    text = "ik zag vanavond een filmpje van een verkrachting en ik wil met iemand praten"
    messages, _ = _run(action, "saw_illegal_images", text, events)
    assert _order(messages)[0] == "csg"


@pytest.mark.parametrize(
    "earlier",
    [
        "someone is selling videos of kids on telegram, i know the guy",
        "een jongen uit mn buurt verkoopt filmpjes met kinderen",
    ],
)
def test_an_anonymous_tip_about_a_known_person_puts_meld_misdaad_anoniem_first(earlier: str) -> None:
    events = [_user(earlier, "saw_illegal_images"), _bot_with(["offlimits", "csg"])]
    messages, _ = _run(
        FOLLOW_UP,
        "ask_report_anonymously",
        "kan ik dat anoniem doorgeven?",
        events,
        situation="saw_illegal_images",
    )
    assert _order(messages)[0] == "meldmisdaadanoniem"


def test_who_is_awake_now_puts_the_day_and_night_line_first() -> None:
    """ "Ik wil nu gewoon met iemand praten. wie is er nu wakker": those reachable at night first."""
    action = ActionSendChannels(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(
        action,
        "feel_bad_need_to_talk",
        "ik wil nu met iemand praten. wie is er nu wakker",
        situation="saw_illegal_images",
    )
    assert _order(messages)[0] == "csg"


def test_a_parent_asking_for_a_site_with_information_in_a_talk_read_as_for_a_friend() -> None:
    text = "is er een site waar ik info vind om daar goed met hem over te praten?"
    messages, _ = _run(FALLBACK, "nlu_fallback", text, situation="helping_friend")
    assert _order(messages)[0] == "mediawijsheid"


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("wie is er nu wakker", True),
        ("is anyone awake", True),
        ("ik lig elke nacht wakker", False),
        ("lig al 2 nachten wakker", False),
    ],
)
def test_asking_who_is_awake_is_talking_now_lying_awake_is_not(text: str, now: bool) -> None:
    """ "Wie is er nu wakker?" asks for someone at night; "ik lig elke nacht wakker" tells of sleep."""
    from actions.send_channels import TALK_NOW

    assert bool(TALK_NOW.search(text)) is now


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("ik wil aangifte doen tegen iemand die mijn fotos deelde", "hoe lang duurt dat eigenlijk"),
        ("i want to go to the police about my pics", "and what happens after that"),
    ],
)
def test_what_happens_after_a_report_not_yet_made_has_the_police_first(earlier: str, text: str) -> None:
    """Thirteenth session: before an aangifte is made, the police who take it come first (with
    Slachtofferhulp beside them); after one, Slachtofferhulp first."""
    events = [_user(earlier, "report_to_police")]
    messages, _ = _run(FOLLOW_UP, "after_report", text, events, situation="report_to_police")
    assert _order(messages)[:2] == ["politie", "slachtofferhulp"]
    done = [_user("ik heb vorige week aangifte gedaan omdat iemand mn fotos deelde", "report_to_police")]
    messages, _ = _run(FOLLOW_UP, "after_report", text, done, situation="report_to_police")
    assert _order(messages)[0] == "slachtofferhulp"


@pytest.mark.parametrize(
    "text",
    ["blijft dat anoniem als ik daar contact mee opneem?", "is it anonymous if i call them?"],
)
def test_whether_a_channel_stays_anonymous_is_not_about_this_chat(text: str) -> None:
    """Thirteenth session (a read miss of the fourteenth conversations, as a family): after the answer
    for one's own urges, read as "is this chat private": the anonymous help first (Stop it Now)."""
    messages, _ = _run(FOLLOW_UP, "ask_privacy", text, situation="worried_own_urges")
    assert _order(messages)[:1] == ["stopitnow"]
    messages, _ = _run(
        FOLLOW_UP, "ask_privacy", "wordt dit gesprek opgeslagen?", situation="worried_own_urges"
    )
    assert _order(messages) == []


def test_a_doubt_about_the_police_after_hearing_one_can_report_keeps_the_situations_help_first() -> None:
    """'Helpwanted zei dat ik ook aangifte kan doen', then 'moet dat echt? geen gedoe met politie':
    Helpwanted first, the police after it."""
    events = [_user("helpwanted zei dat ik ook aangifte kan doen", "report_to_police")]
    messages, _ = _run(
        FOLLOW_UP,
        "hesitate_to_report",
        "moet dat echt? geen zin in gedoe met politie",
        events,
        situation="own_images_shared",
        last_topic="report_to_police",
    )
    order = _order(messages)
    assert order[0] == "helpwanted"
    assert order.index("politie") > order.index("helpwanted")


@pytest.mark.parametrize(
    "text",
    [
        "moet ik dit echt aan iemand vertellen? hij is wel aardig",
        "do i really have to tell anyone about this",
    ],
)
def test_a_doubt_about_telling_anyone_puts_those_one_talks_to_first(text: str) -> None:
    """Fourteenth session (a read miss of the fifteenth conversations, as a family): telling is talking,
    not reporting: the Kindertelefoon first after an adult online, the police after it."""
    messages, _ = _run(FOLLOW_UP, "hesitate_to_report", text, situation="grooming")
    order = _order(messages)
    assert order[0] == "kindertelefoon"
    assert "politie" in order
    messages, _ = _run(FOLLOW_UP, "hesitate_to_report", "moet ik dit echt melden?", situation="grooming")
    assert _order(messages)[0] == "politie"
