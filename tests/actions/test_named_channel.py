"""A channel asked for by name gets its card; cards on screen are named, not drawn again."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import ABOUT_IMAGES_NOT_DANGER
from actions.follow_ups import ActionAnswerFollowUp
from actions.named_channel import ActionSendNamedChannel, find_channels
from actions.send_channels import ActionSendChannels
from bot.registry import catalog as catalog_module
from bot.registry.catalog import Catalog
from bot.reply import read_reply
from components.safety_decision import ABOUT_IMAGES_REASON
from tests.helpers import WEDNESDAY_NOON, domain_responses, live_catalog_in

DOMAIN = domain_responses()


@pytest.fixture(autouse=True)
def live_catalog(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalog]:
    """The actions read the editable copy of the data."""
    live_catalog_in(
        monkeypatch, catalog, ("actions.follow_ups", "actions.named_channel", "actions.send_channels")
    )
    yield catalog
    catalog_module.get_catalog.cache_clear()


def _run(
    action: Action,
    intent: str,
    text: str = "...",
    entities: list | None = None,
    history: list[dict] | None = None,
    message: dict | None = None,
    **slots: Any,
):
    """Run `action` on a message with this intent (and `message`: more of the parse result)."""
    tracker = Tracker(
        sender_id="test",
        slots=slots,
        latest_message={
            "intent": {"name": intent, "confidence": 0.9},
            "text": text,
            "entities": entities or [],
            **(message or {}),
        },
        events=history or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages, events


def _cards(messages: list[dict]) -> list[str]:
    return [c["id"] for m in messages if m.get("custom") for c in m["custom"]["help_reply"]["cards"]]


def _order(messages: list[dict]) -> list[str]:
    """The channels of the reply in its best-fit order, drawn or named as shown above."""
    return [i for m in messages if (r := read_reply(m.get("custom"))) for i in r.channel_order()]


def _above(messages: list[dict]) -> list[str]:
    return [
        i for m in messages if m.get("custom") for i in m["custom"]["help_reply"].get("shown_above") or []
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kindertelefoon", ["kindertelefoon"]),
        ("wat is het nummer van de kindertelefon", ["kindertelefoon"]),  # a typo
        ("csg nummer pls", ["csg"]),
        ("centrum seksueel geweld", ["csg"]),
        ("hoe bereik ik helpwantd", ["helpwanted"]),  # a typo
        ("offlimits link?", ["offlimits"]),
        ("number of veilig thuis", ["veiligthuis"]),  # English around a Dutch name
        ("Slachtofferhulp én de politie", ["slachtofferhulp", "politie"]),  # accents, two names, in order
        ("stop it now", ["stopitnow"]),
    ],
)
def test_a_channel_is_found_by_its_name_also_with_a_typo_or_in_english(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    assert find_channels(text, catalog.snapshot()) == expected


def test_words_that_only_look_like_a_name_find_nothing(catalog: Catalog) -> None:
    assert find_channels("ik wil gewoon met iemand praten", catalog.snapshot()) == []
    assert find_channels("hoe laat is het", catalog.snapshot()) == []
    # A word of urgency says how urgent, it does not ask for 112 ("dit is een emergency").
    assert find_channels("pls dit is echt een emergency, het moet offline", catalog.snapshot()) == []
    assert find_channels("wat is het emergency number hier", catalog.snapshot()) == ["alarmnummer"]


def test_the_named_card_is_drawn_even_when_it_was_shown_before() -> None:
    messages, events = _run(
        ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON),
        "ask_channel_by_name",
        text="csg nummer",
        shown_channels=["csg", "politie"],
    )
    assert _cards(messages)[0] == "csg"
    assert _above(messages) == []
    assert SlotSet("shown_channels", ["politie", *_cards(messages)]) in events


def test_a_button_names_the_channel_through_its_entity() -> None:
    messages, _ = _run(
        ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON),
        "ask_channel_by_name",
        text="/ask_channel_by_name",
        entities=[{"entity": "channel", "value": "helpwanted"}],
    )
    assert _cards(messages)[0] == "helpwanted"


def test_no_name_gets_the_question_which_help_with_buttons() -> None:
    messages, events = _run(
        ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON), "ask_channel_by_name", text="dat nummer"
    )
    assert [m.get("response") for m in messages] == ["utter_named_channel_which"]
    assert events == []


def test_six_turns_draw_no_card_twice_in_a_row() -> None:
    """own images shared -> removal -> to the police (a new situation) -> parents -> ashamed -> a
    channel by name: every card is drawn at most once while it is on screen, the others are named
    "zie hierboven"; only the channel asked for by name is drawn again."""
    slots: dict[str, Any] = {}
    drawn: list[list[str]] = []
    named: list[list[str]] = []
    turns: list[tuple[Action, str, str]] = [
        (ActionSendChannels(clock=lambda: WEDNESDAY_NOON), "own_images_shared", "mijn naaktfoto gaat rond"),
        (ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), "ask_removal", "kan het offline?"),
        (ActionSendChannels(clock=lambda: WEDNESDAY_NOON), "report_to_police", "ik wil naar de politie"),
        (
            ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON),
            "ask_parents",
            "mijn ouders mogen het niet weten",
        ),
        (ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), "feel_ashamed", "ik schaam me zo"),
        (ActionSendNamedChannel(clock=lambda: WEDNESDAY_NOON), "ask_channel_by_name", "helpwanted nummer"),
    ]
    for action, intent, text in turns:
        situation = slots.get("situation")
        messages, events = _run(action, intent, text=text, **slots)
        for event in events:
            if event.get("event") == "slot":
                slots[event["name"]] = event["value"]
        slots.setdefault("situation", situation)
        drawn.append(_cards(messages))
        named.append(_above(messages))

    assert drawn[0][0] == "helpwanted"
    # Turns 2-5 draw no card that an earlier turn drew; they name those instead.
    for turn in range(1, 5):
        earlier = {c for cards in drawn[:turn] for c in cards}
        assert earlier.isdisjoint(drawn[turn]), (turn, drawn)
    assert "helpwanted" in {c for above in named[1:5] for c in above}
    # The new situation draws only its new channel and names the police card already on screen.
    assert "politie" in named[2] and "slachtofferhulp" in drawn[2]
    total_cards = sum(len(cards) for cards in drawn)
    distinct = len({c for cards in drawn for c in cards})
    # Asked for by name in turn 6, Helpwanted is the one card drawn a second time.
    assert drawn[5] == ["helpwanted"]
    assert total_cards == distinct + 1


def _talk(
    turns: list[tuple[Action, str]] | list[tuple[Action, str, str]], age: float | None = None
) -> tuple[list[list[dict]], dict]:
    """Each turn: an action and an intent, with the message's text when it matters."""
    slots: dict[str, Any] = {"age": age} if age is not None else {}
    replies = []
    for action, intent, *text in turns:
        messages, events = _run(action, intent, *text, **slots)
        for event in events:
            if event.get("event") == "slot":
                slots[event["name"]] = event["value"]
        replies.append(messages)
    return replies, slots


def test_a_step_after_what_happened_keeps_what_happened_for_the_follow_ups() -> None:
    """own images shared -> 'I reported it to the platform' -> 'it is still online': the last answer
    is about the own images (Helpwanted first), not about a platform (Offlimits first)."""
    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, slots = _talk(
        [
            (ActionSendChannels(**clock), "own_images_shared"),
            (ActionSendChannels(**clock), "platform_not_removing"),
            (ActionAnswerFollowUp(**clock), "still_online"),
        ]
    )
    assert slots["situation"] == "own_images_shared"
    assert slots["last_topic"] == "platform_not_removing"
    assert [m["response"] for m in replies[2] if m.get("response")] == [
        "utter_follow_up_still_online__own_images_shared"
    ]
    named_or_drawn = _cards(replies[2]) + _above(replies[2])
    assert named_or_drawn[0] == "helpwanted"


def test_the_police_step_still_answers_the_age_for_the_police() -> None:
    """own images shared -> to the police -> 'I'm 12': under 13 the police contact the parents."""
    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, slots = _talk(
        [
            (ActionSendChannels(**clock), "own_images_shared"),
            (ActionSendChannels(**clock), "report_to_police"),
            (ActionAnswerFollowUp(**clock), "give_age"),
        ],
        age=12,
    )
    assert slots["situation"] == "own_images_shared"
    assert "utter_follow_up_police_under_13" in [m.get("response") for m in replies[2]]


def test_is_this_chat_private_is_answered_in_words_only() -> None:
    """After a situation, the privacy answer names no channel: no cards, no "zie hierboven"."""
    messages, _ = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON),
        "ask_privacy",
        situation="grooming",
        shown_channels=["politie", "kindertelefoon", "csg"],
    )
    assert [m.get("response") for m in messages] == ["utter_follow_up_ask_privacy"]
    assert _cards(messages) == [] and _above(messages) == []


def test_parents_after_the_police_step_get_the_police_answer() -> None:
    """own images shared -> to the police -> 'my parents must not know': under 13 the police call them."""
    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, _ = _talk(
        [
            (ActionSendChannels(**clock), "own_images_shared"),
            (ActionSendChannels(**clock), "report_to_police"),
            (ActionAnswerFollowUp(**clock), "ask_parents"),
        ]
    )
    assert "utter_follow_up_ask_parents__report_to_police" in [m.get("response") for m in replies[2]]


def test_parents_with_no_situation_still_hear_the_police_rule() -> None:
    """'weten mijn ouders het als ik naar de politie ga?' before any situation: the general answer
    says the police contact the parents under 13."""
    text = DOMAIN["responses"]["utter_follow_up_ask_parents"][0]["text"]
    assert "jonger bent dan" in text and "13" in text and "politie" in text


def test_not_understood_after_a_situation_stays_with_it() -> None:
    """After own images shared, a message not understood names that situation's help (on screen:
    "zie hierboven") and offers its follow-ups; before any situation the plain answer comes."""
    from actions.context_fallback import ActionContextualFallback

    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, _ = _talk(
        [
            (ActionSendChannels(**clock), "own_images_shared"),
            (ActionContextualFallback(**clock), "nlu_fallback"),
        ]
    )
    assert [m.get("response") for m in replies[1] if m.get("response")] == ["utter_contextual_fallback"]
    assert "helpwanted" in _above(replies[1]) and _cards(replies[1]) == []
    plain, _ = _talk([(ActionContextualFallback(**clock), "out_of_scope")])
    assert [m.get("response") for m in plain[0]] == ["utter_out_of_scope"]


def test_a_detail_about_the_images_is_thanked_for_not_called_not_understood() -> None:
    """ "Het waren volwassenen" after seeing images: not understood as an intent, but it says who is
    in the images, so the bot thanks for it and answers with the situation's help."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        message={"material": "adults"},
        situation="saw_illegal_images",
        material="adults",
    )
    assert [m.get("response") for m in messages if m.get("response")] == ["utter_detail_noted"]
    reply = next(m["custom"]["help_reply"] for m in messages if m.get("custom"))
    assert reply["cards"][0]["id"] == "politie"


def test_what_now_within_a_situation_names_its_help() -> None:
    """ "Wat moet ik doen?" after own images shared: what the young person can do now, with that
    situation's help; with no situation, what the bot can do."""
    from actions.context_fallback import ActionContextualFallback

    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, _ = _talk(
        [
            (ActionSendChannels(**clock), "own_images_shared"),
            (ActionContextualFallback(**clock), "ask_what_can_you_do"),
        ]
    )
    assert [m.get("response") for m in replies[1] if m.get("response")] == ["utter_what_now"]
    assert "helpwanted" in _above(replies[1])
    plain, _ = _talk([(ActionContextualFallback(**clock), "ask_what_can_you_do")])
    assert [m.get("response") for m in plain[0]] == ["utter_what_i_can_do"]


CRISIS_EARLIER = [
    {"event": "user", "text": "..."},
    {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_suicide"}},
    {"event": "action", "name": "action_listen"},
]


@pytest.mark.parametrize(
    ("action", "intent", "slots"),
    [
        (ActionAnswerFollowUp, "ask_removal", {"situation": "own_images_shared"}),
        (ActionAnswerFollowUp, "ask_if_not_pay", {"situation": "own_images_shared"}),
        (ActionSendChannels, "report_to_police", {}),
    ],
)
def test_after_a_crisis_answer_its_channel_stays_first_in_every_answer(
    action: type, intent: str, slots: dict
) -> None:
    """'iedereen is beter af zonder mij', then 'hoe krijg ik die fotos eraf': the answer about the
    photos still names 113 first (on screen since the crisis answer), then its own help."""
    messages, events = _run(action(clock=lambda: WEDNESDAY_NOON), intent, history=CRISIS_EARLIER, **slots)
    named = _above(messages) + _cards(messages)
    assert named[0] == "zelfmoordpreventie", named
    assert len(named) > 1
    without, _ = _run(action(clock=lambda: WEDNESDAY_NOON), intent, **slots)
    assert "zelfmoordpreventie" not in _above(without) + _cards(without)


def test_a_crisis_before_the_session_started_is_forgotten() -> None:
    """Crisis memory ends with the conversation (a new session)."""
    history = [*CRISIS_EARLIER, {"event": "session_started"}]
    messages, _ = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON),
        "ask_removal",
        history=history,
        situation="own_images_shared",
    )
    assert "zelfmoordpreventie" not in _above(messages) + _cards(messages)


SEXUAL_VIOLENCE_TOLD = [
    {"event": "user", "text": "..."},
    {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_sexual_violence"}},
    {"event": "action", "name": "action_listen"},
]


@pytest.mark.parametrize("intent", ["ask_cost", "give_age", "ask_bring_someone"])
def test_a_follow_up_after_a_crisis_answer_is_about_that_crisis(intent: str) -> None:
    """'Ik ben verkracht' gets the fixed crisis answer (no slot set); 'kost dat geld?', 'ik ben 15' or
    'mag mn zus mee?' after it is about CSG, not a question out of nowhere."""
    messages, _ = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), intent, history=SEXUAL_VIOLENCE_TOLD, age=15
    )
    assert [m.get("response") for m in messages if m.get("response")] != ["utter_follow_up_needs_situation"]
    named = _above(messages) + _cards(messages)
    assert named[0] == "csg", named
    before, _ = _run(ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), intent, age=15)
    assert [m.get("response") for m in before if m.get("response")] == ["utter_follow_up_needs_situation"]


def test_what_now_after_a_crisis_answer_names_its_help_again() -> None:
    """'Wat moeten we doen?' after a disclosure: that crisis' help (CSG first, on screen), not the
    plain out-of-scope answer."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON), "out_of_scope", history=SEXUAL_VIOLENCE_TOLD
    )
    assert [m.get("response") for m in messages if m.get("response")] == ["utter_contextual_fallback"]
    assert (_above(messages) + _cards(messages))[0] == "csg"


@pytest.mark.parametrize(
    ("text", "situation", "first", "next_intent"),
    [
        (
            "ik heb vorige week een link bij offlimits gemeld, hoe lang duurt dat?",
            "report_illegal_content",
            "offlimits",
            "still_online",
        ),
        (
            "i asked help wanted to remove my pic two weeks ago, heard nothing",
            "own_images_shared",
            "helpwanted",
            "still_online",
        ),
        ("heb aangifte gedaan bij de politie en nu?", "report_to_police", "politie", "ask_bring_someone"),
    ],
)
def test_a_channel_named_before_any_situation_sets_what_the_talk_is_about(
    text: str, situation: str, first: str, next_intent: str
) -> None:
    """'Gemeld bij offlimits, hoe lang duurt dat?' as a first message: reporting content is the
    situation, so 'it is still online' next is answered for it (not with a question back)."""
    clock = {"clock": lambda: WEDNESDAY_NOON}
    messages, events = _run(ActionAnswerFollowUp(**clock), "after_report", text=text)
    assert SlotSet("situation", situation) in events
    assert (_above(messages) + _cards(messages))[0] == first
    later, _ = _run(ActionAnswerFollowUp(**clock), next_intent, situation=situation, shown_channels=[first])
    assert [m.get("response") for m in later if m.get("response")] != ["utter_follow_up_needs_situation"]
    assert (_above(later) + _cards(later))[0] == first


def test_after_grooming_reporting_goes_to_the_police_and_shame_to_csg() -> None:
    """An adult online asked for photos: 'how do I report him?' is for the police (not the
    Meldpunt Kinderporno), and 'I feel so disgusting' gets CSG first, never the police first (shame
    with nothing sexual told: tests/actions/test_twentythird_families.py)."""
    clock = {"clock": lambda: WEDNESDAY_NOON}
    replies, slots = _talk(
        [
            (ActionSendChannels(**clock), "grooming", "een man online vraagt steeds om fotos van me"),
            (ActionSendChannels(**clock), "report_illegal_content", "hoe meld ik hem?"),
            (ActionAnswerFollowUp(**clock), "feel_ashamed", "i feel so disgusting"),
        ]
    )
    assert slots["situation"] == "grooming"
    report = _above(replies[1]) + _cards(replies[1])
    assert report[0] == "politie" and "offlimits" not in report
    shame = _above(replies[2]) + _cards(replies[2])
    assert shame[0] == "csg" and "politie" not in shame


@pytest.mark.parametrize(
    ("situation", "material", "first", "also", "never"),
    [
        ("saw_illegal_images", None, "offlimits", "meldmisdaadanoniem", None),
        ("saw_illegal_images", "adults", "meldmisdaadanoniem", "politie", "offlimits"),
        ("helping_friend", None, "meldmisdaadanoniem", "helpwanted", "offlimits"),
        ("own_images_shared", None, "helpwanted", "meldmisdaadanoniem", "offlimits"),
        (None, None, "meldmisdaadanoniem", "offlimits", None),
    ],
)
def test_reporting_without_a_name_names_the_anonymous_channels_for_the_situation(
    situation: str | None, material: str | None, first: str, also: str, never: str | None
) -> None:
    """'Kan dat anoniem? Niemand mag weten dat ik het was': Meld Misdaad Anoniem (a tip, not the
    police) for what a person does, Offlimits for a link to child abuse images, Helpwanted for
    one's own images; adults' material never goes to the Meldpunt Kinderporno."""
    slots = {k: v for k, v in {"situation": situation, "material": material}.items() if v}
    messages, _ = _run(ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), "ask_report_anonymously", **slots)
    assert [m.get("response") for m in messages if m.get("response")] == [
        "utter_follow_up_ask_report_anonymously"
    ]
    named = _above(messages) + _cards(messages)
    assert named[0] == first and also in named, named
    assert never is None or never not in named


def _unsure(ranking: list[dict], language: str | None = None) -> list[dict]:
    from actions.context_fallback import ActionContextualFallback

    slots = {"language": language} if language else {}
    action = ActionContextualFallback(clock=lambda: WEDNESDAY_NOON)
    messages, _ = _run(action, "nlu_fallback", message={"intent_ranking": ranking}, **slots)
    return messages


def test_an_unsure_first_message_gets_the_likeliest_situations_as_buttons() -> None:
    """'een jongen verkoopt naaktfotos van meisjes uit mn klas', not understood: 'did you mean ...?'
    with the situations the classifier found likeliest (never a crisis intent, which the safety
    layer decides on), in the conversation's language; with nothing likely, the six main topics."""
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "saw_illegal_images", "confidence": 0.29},
        {"name": "danger_now", "confidence": 0.2},
        {"name": "own_images_shared", "confidence": 0.14},
        {"name": "give_age", "confidence": 0.12},
        {"name": "helping_friend", "confidence": 0.1},
        {"name": "grooming", "confidence": 0.05},
    ]
    messages = _unsure(ranking)
    assert [m.get("response") for m in messages] == ["utter_did_you_mean"]
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        "/saw_illegal_images",
        "/own_images_shared",
        "/helping_friend",
    ]
    assert messages[0]["buttons"][0]["title"] == "Ik zag iets naars"
    english = _unsure(ranking, "en")
    assert english[0]["buttons"][1]["title"] == "Images of me are going around"
    unlikely = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "greet", "confidence": 0.3}]
    nothing_likely = _unsure(unlikely)
    assert [m.get("response") for m in nothing_likely] == ["utter_nlu_fallback"]


@pytest.mark.parametrize(
    ("action", "intent", "slots"),
    [
        (ActionSendChannels, "own_images_shared", {}),
        (ActionAnswerFollowUp, "still_online", {"situation": "own_images_shared"}),
    ],
)
def test_panic_about_images_gets_the_images_help_and_112_for_danger_to_the_body(
    action: type, intent: str, slots: dict
) -> None:
    """'NOODGEVAL dit moet nu offline', which the safety layer found to be about images: the help for
    the images (Helpwanted first), then 'Ben jij zelf nu in gevaar? Bel dan 112.'; not without it."""
    safety = {"safety": {"decision": intent, "reason": ABOUT_IMAGES_REASON}}
    messages, _ = _run(action(clock=lambda: WEDNESDAY_NOON), intent, message=safety, **slots)
    assert (_above(messages) + _cards(messages))[0] == "helpwanted"
    assert [m.get("response") for m in messages][-1] == "utter_images_urgent"
    plain, _ = _run(action(clock=lambda: WEDNESDAY_NOON), intent, **slots)
    assert "utter_images_urgent" not in [m.get("response") for m in plain]


def test_the_action_server_reads_the_reason_the_safety_layer_writes() -> None:
    """The two environments share the reason as text: a renamed reason must not silence the 112 line."""
    assert ABOUT_IMAGES_NOT_DANGER == ABOUT_IMAGES_REASON


def test_a_channel_named_in_a_message_not_understood_sets_the_situation() -> None:
    """'Helpwanted heeft me geholpen en de foto is weg' before any situation: not understood, but
    what comes next is about one's own images, so that becomes the situation."""
    from actions.context_fallback import ActionContextualFallback

    def run(text: str) -> list:
        tracker = Tracker(
            sender_id="test",
            slots={},
            latest_message={"intent": {"name": "nlu_fallback"}, "text": text, "intent_ranking": []},
            events=[],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )
        return asyncio.run(
            ActionContextualFallback(clock=lambda: WEDNESDAY_NOON).run(
                CollectingDispatcher(), tracker, DOMAIN
            )
        )

    assert run("helpwanted heeft me geholpen en de foto is van die site gehaald") == [
        SlotSet("situation", "own_images_shared")
    ]
    assert run("qwerty asdf") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoe doe ik aangifte", ["politie"]),
        ("kan ik hem aangeven", ["politie"]),
        ("i want to press charges", ["politie"]),
        ("how do i report him??", ["politie"]),
        ("hoe kan ik haar melden bij offlimits", ["politie", "offlimits"]),
        ("kun je die man ook melden?", ["politie"]),
        # A link or the app's button names no one.
        ("how do i report the link", []),
        ("ik heb hem geblokkeerd en gemeld in de app", []),
        ("report that account", []),
    ],
)
def test_aangifte_or_reporting_a_person_names_the_police(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Aangifte is done at the police, and reporting a person goes there: the message names them."""
    assert find_channels(text, catalog.snapshot()) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("kan ik dit bij de politie melden? or will they think im stupid", "politie"),
        ("en die kindertelefoon, is dat echt anoniem??", "kindertelefoon"),
        ("hmm en csg dan", "csg"),
    ],
)
def test_a_channel_named_in_a_message_not_understood_within_a_situation_comes_first(
    text: str, first: str
) -> None:
    """Not understood, in a talk about one's images, but naming a channel: that channel first, then
    the situation's help."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        situation="own_images_shared",
        shown_channels=[],
    )
    cards = _cards(messages)
    assert cards[0] == first and "helpwanted" in cards


def test_the_police_in_a_message_not_understood_about_ones_own_urges_is_a_fear() -> None:
    """'Should I tell someone or will they call the cops on me?' in a talk about one's own urges:
    Stop it Now first, never the police card first."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text="should i tell someone or will they just call the police on me",
        situation="worried_own_urges",
        shown_channels=[],
    )
    assert _cards(messages)[0] == "stopitnow"


@pytest.mark.parametrize(
    ("text", "slots", "first"),
    [
        (
            "ik wil het wel ergens zeggen maar geen aangifte en niemand mag weten dat het van ons komt",
            {"situation": "helping_friend", "concern": "grooming"},
            "meldmisdaadanoniem",
        ),
        ("can i tell someone without my name on it", {"situation": "saw_illegal_images"}, "offlimits"),
        ("nobody can know it was me who told", {"situation": "grooming"}, "meldmisdaadanoniem"),
    ],
)
def test_not_understood_but_asking_for_anonymity_puts_the_anonymous_way_first(
    text: str, slots: dict, first: str
) -> None:
    """A message not understood that asks for anonymity in other words: where one reports without
    being known comes first (Meld Misdaad Anoniem for a person, Offlimits for a link)."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        history=[{"event": "user", "text": text}],
        shown_channels=[],
        **slots,
    )
    assert _cards(messages)[0] == first


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("ik wil niet naar de politie", []),
        ("geen aangifte, iets anders", []),
        ("not the police please", []),
        ("zonder politie kan dat ook?", []),
        ("kan ik niet gewoon naar de politie?", ["politie"]),
        ("geen aangifte maar wel een melding bij de politie", ["politie"]),
        ("will the police tell my parents", ["politie"]),
    ],
)
def test_a_channel_named_as_not_wanted_is_not_named(text: str, named: list[str], catalog: Catalog) -> None:
    """'Geen aangifte', 'niet naar de politie': the police are not what the message asks for."""
    assert find_channels(text, catalog.snapshot()) == named


def _asked(ranking: list[tuple[str, float]]) -> list[dict]:
    """A message the safety check asked about (no situation before it), with the classifier's ranking."""
    return [
        {
            "event": "user",
            "text": "...",
            "parse_data": {
                "intent": {"name": "distress_unclear", "confidence": 1.0},
                "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
            },
        },
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_distress_check"}},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "...", "parse_data": {"intent": {"name": "nlu_fallback"}}},
    ]


def test_the_safety_check_answered_in_words_goes_back_to_what_it_asked_about() -> None:
    """'Bij ons thuis slaat mn stiefvader mn broertje' asked about, then 'nee nu niet, hij is naar
    zn werk' (not understood): the bot goes back to violence at home (Veilig Thuis first) and
    remembers it as the situation; after any other answer the plain fallback stays."""
    from actions.context_fallback import ActionContextualFallback

    history = _asked([("distress_unclear", 1.0), ("violence_at_home", 0.99), ("give_age", 0.01)])
    messages, events = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON), "nlu_fallback", history=history
    )
    assert [m.get("response") for m in messages if m.get("response")] == ["utter_after_check"]
    assert _cards(messages)[0] == "veiligthuis"
    assert {"event": "slot", "timestamp": None, "name": "situation", "value": "violence_at_home"} in events
    plain = [e for e in history if e.get("event") != "bot"]
    messages, _ = _run(ActionContextualFallback(clock=lambda: WEDNESDAY_NOON), "nlu_fallback", history=plain)
    assert [m.get("response") for m in messages] == ["utter_nlu_fallback"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("kan dat via de telefoon?", []),
        ("bel je ze via de telefoon of de chat", []),
        ("kindertelefon nummer?", ["kindertelefoon"]),
        ("kinder telefon", ["kindertelefoon"]),
        ("helpwantd", ["helpwanted"]),
    ],
)
def test_a_typo_names_a_channel_but_a_common_word_in_its_name_does_not(
    catalog: Catalog, text: str, named: list
) -> None:
    """'Via de telefoon' is not the Kindertelefoon (a fuzzy match needs the same first letter and
    about the same length); 'kindertelefon' and 'helpwantd' still are."""
    assert find_channels(text, catalog.snapshot()) == named


@pytest.mark.parametrize(
    ("text", "concern", "first"),
    [
        ("Kan hij op die leeftijd zelf ergens bellen?", "saw_illegal_images", "kindertelefoon"),
        (
            "is there somewhere she can talk to someone on her own, without me?",
            "own_images_shared",
            "kindertelefoon",
        ),
        (
            "Is there somewhere he can call on his own, without me being involved?",
            "worried_own_urges",
            "stopitnow",
        ),
        # Calling or going "there" (not talking): the help for what goes on that a child contacts
        # on their own comes first.
        ("kan ze daar zelf bellen of chatten zonder dat ik erbij ben?", "own_images_shared", "helpwanted"),
        ("kan hij daar zelf ook terecht of moet ik dat doen?", "own_images_shared", "helpwanted"),
        ("can she reach out to them on her own, without me?", "own_images_shared", "helpwanted"),
        ("mag hij daar zelf heen bellen zonder ons?", "violence_at_home", "veiligthuis"),
        ("kan ze zelf ergens met iemand praten, zonder mij?", "own_images_shared", "kindertelefoon"),
    ],
)
def test_a_parent_asking_where_the_child_can_call_alone_gets_where_the_child_can_talk(
    text: str, concern: str, first: str
) -> None:
    """Not understood in a parent's talk, 'can he call somewhere himself?' is about where the child
    can talk: the Kindertelefoon, or Stop it Now for a son afraid of his thoughts. 'Kan ze daar zelf
    bellen?' about images of the child going round puts Helpwanted, which young people contact
    themselves, first (Veilig Thuis for violence at home)."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        situation="parent_or_teacher",
        concern=concern,
        shown_channels=[],
    )
    assert _cards(messages)[0] == first


def test_not_understood_before_any_situation_but_naming_a_channel_shows_its_card() -> None:
    """'Can kids my age call veilig thuis themselves?' not understood, with no situation: Veilig
    Thuis's card, with a lead that ends with 113 and 112; a message naming nothing stays plain."""
    from actions.context_fallback import ActionContextualFallback

    text = "can kids my age call veilig thuis themselves or does an adult have to do it"
    messages, _ = _run(ActionContextualFallback(clock=lambda: WEDNESDAY_NOON), "nlu_fallback", text=text)
    assert [m.get("response") for m in messages if m.get("response")] == ["utter_named_not_understood"]
    assert _cards(messages) == ["veiligthuis"]
    lead = DOMAIN["responses"]["utter_named_not_understood"][0]["text"]
    assert "113" in lead and "112" in lead
    plain, _ = _run(ActionContextualFallback(clock=lambda: WEDNESDAY_NOON), "nlu_fallback", text="hmm ok")
    assert _cards(plain) == []


def test_a_follow_up_right_after_the_safety_check_keeps_what_it_asked_about() -> None:
    """'Mn broer slaat me als mn ouders weg zijn' asked about, then 'ik ben 12': the age is
    answered for violence at home, which becomes the situation for what comes next."""
    history = _asked([("distress_unclear", 1.0), ("violence_at_home", 0.98)])
    messages, events = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON), "give_age", history=history, age=12.0
    )
    assert _cards(messages)[0] == "veiligthuis"
    assert {"event": "slot", "timestamp": None, "name": "situation", "value": "violence_at_home"} in events


@pytest.mark.parametrize(
    ("before", "text", "first"),
    [
        (
            "ik heb aangifte gedaan en de politie vroeg of slachtofferhulp mocht bellen",
            "wat doen die eigenlijk?",
            "slachtofferhulp",
        ),
        ("my counsellor said i should try helpwanted", "what do they even do?", "helpwanted"),
        ("mn moeder zei iets over veilig thuis", "wie zijn dat", "veiligthuis"),
        ("iemand had het over offlimits", "hoe werkt dat bij hun?", "offlimits"),
    ],
)
def test_what_does_that_one_do_draws_the_card_of_the_channel_named_just_before(
    before: str, text: str, first: str
) -> None:
    """ "Wat doen die eigenlijk?" not understood, after a message that named a channel: that card
    (it says what they do), drawn again; the police only when nothing else was named."""
    from actions.context_fallback import WHAT_THEY_DO, ActionContextualFallback

    history = [{"event": "user", "text": before}, {"event": "user", "text": text}]
    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        history=history,
        situation="own_images_shared",
        shown_channels=["helpwanted", "politie", "csg"],
    )
    assert [m.get("response") for m in messages if m.get("response")] == [WHAT_THEY_DO]
    assert _cards(messages)[0] == first


def test_what_does_that_one_do_with_no_channel_named_before_stays_not_understood() -> None:
    """With no channel named in the messages before, the question is not understood (the
    situation's help, named, not drawn)."""
    from actions.context_fallback import NOT_UNDERSTOOD_IN_CONTEXT, ActionContextualFallback

    history = [{"event": "user", "text": "mijn foto gaat rond"}, {"event": "user", "text": "wat doen die?"}]
    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text="wat doen die?",
        history=history,
        situation="own_images_shared",
    )
    assert [m.get("response") for m in messages if m.get("response")] == [NOT_UNDERSTOOD_IN_CONTEXT]


@pytest.mark.parametrize(
    "text",
    [
        "kan ik ook gewoon chatten of whatsappen ipv bellen?",
        "bellen durf ik echt niet",
        "is er iets zonder praten?",
        "can i just text them instead",
    ],
)
def test_rather_typing_than_calling_is_understood_and_puts_the_chats_first(text: str) -> None:
    """Within one's own images shared: said as understood (no "dat begreep ik niet"), Helpwanted and
    CSG (chat) before the police (no chat)."""
    from actions.context_fallback import CHAT_INSTEAD, ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        situation="own_images_shared",
        shown_channels=["helpwanted", "politie", "csg"],
    )
    assert [m.get("response") for m in messages if m.get("response")] == [CHAT_INSTEAD]
    assert _order(messages) == ["helpwanted", "csg", "politie"]


@pytest.mark.parametrize(
    "text",
    [
        "als ik aangifte doe komt de politie dan bij ons thuis?",
        "will the police tell my parents if i report it",
        "gaat de politie hem dan oppakken?",
    ],
)
def test_a_question_about_what_the_police_do_puts_the_police_first(text: str) -> None:
    """Not a doubt about reporting but a question about the police: the police first; a doubt
    ("moet ik echt naar de politie? ik wil geen gedoe") keeps the situation's help first."""
    messages, _ = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON),
        "hesitate_to_report",
        text=text,
        situation="own_images_shared",
    )
    assert _order(messages)[0] == "politie"
    doubt, _ = _run(
        ActionAnswerFollowUp(clock=lambda: WEDNESDAY_NOON),
        "hesitate_to_report",
        text="moet ik echt naar de politie? ik wil geen gedoe",
        situation="own_images_shared",
    )
    assert _order(doubt)[0] == "helpwanted"


@pytest.mark.parametrize(
    "text",
    [
        "ik ga echt dood van schaamte",
        "mn vader maakt me af als hij dit ziet 😭",
        "this is literally killing me",
        "ik schaam me kapot, iedereen kent me",
    ],
)
def test_a_feeling_about_what_happened_is_answered_as_one_not_as_not_understood(text: str) -> None:
    """Within one's own images shared, shame or the hyperbole of dying over it (no crisis found by
    the safety layer) gets the words for shame in that situation (not "dat begreep ik niet"), with
    Helpwanted first and no 112."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        situation="own_images_shared",
        shown_channels=["helpwanted", "politie", "csg"],
    )
    assert [m.get("response") for m in messages if m.get("response")] == [
        "utter_follow_up_feel_ashamed__own_images_shared"
    ]
    order = _order(messages)
    assert order[0] == "helpwanted" and "alarmnummer" not in order


def test_shame_after_images_seen_puts_those_to_talk_to_first() -> None:
    """ "Ik schaam me zo dat ik het gezien heb", not understood, after abuse material seen: the words
    name the Kindertelefoon and CSG, and so do the cards (not the Meldpunt first)."""
    from actions.context_fallback import ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text="ik schaam me zo dat ik het gezien heb en ik droom er elke nacht over",
        situation="saw_illegal_images",
        age=14.0,
        shown_channels=["offlimits", "csg", "politie"],
    )
    assert [m.get("response") for m in messages if m.get("response")] == ["utter_follow_up_feel_ashamed"]
    assert _order(messages)[0] == "kindertelefoon"


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        ("follow_up", "after_report", "ik heb nog steeds niks gehoord van de politie, en nu?"),
        ("fallback", "nlu_fallback", "nobody called me back. what now?"),
        ("fallback", "nlu_fallback", "ik wacht nog steeds, er is niks mee gedaan"),
    ],
)
def test_no_news_after_a_police_report_is_slachtofferhulp_first(action: str, intent: str, text: str) -> None:
    """A report to the police made ("ik heb 3 weken geleden aangifte gedaan"), then no news:
    Slachtofferhulp (help after a report, free) first, with the words for it; without a report made
    the no-news answer does not come."""
    from actions.context_fallback import ActionContextualFallback
    from actions.follow_ups import NO_NEWS_RESPONSE

    made = [
        {"event": "user", "text": "ik heb 3 weken geleden aangifte gedaan"},
        {"event": "user", "text": text},
    ]
    runner = ActionAnswerFollowUp if action == "follow_up" else ActionContextualFallback
    messages, _ = _run(
        runner(clock=lambda: WEDNESDAY_NOON), intent, text=text, history=made, situation="report_to_police"
    )
    assert NO_NEWS_RESPONSE in [m.get("response") for m in messages]
    assert _order(messages)[0] == "slachtofferhulp"
    none_made = [{"event": "user", "text": "ik wil aangifte doen"}, {"event": "user", "text": text}]
    messages, _ = _run(
        runner(clock=lambda: WEDNESDAY_NOON),
        intent,
        text=text,
        history=none_made,
        situation="report_to_police",
    )
    assert NO_NEWS_RESPONSE not in [m.get("response") for m in messages]


@pytest.mark.parametrize(
    "text",
    [
        "ik ken hem van een date",
        "het was mijn ex",
        "gisteravond op een feest",
        "we met on discord",
        "hij is 19",
    ],
)
def test_a_message_that_only_tells_who_when_or_where_is_thanked_for(text: str) -> None:
    """Not understood as an intent, but it tells who, when or where: "dank je, dat is goed om te
    weten" with the situation's help, not "dat begreep ik niet"; a question stays not understood."""
    from actions.context_fallback import DETAIL_NOTED, NOT_UNDERSTOOD_IN_CONTEXT, ActionContextualFallback

    messages, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text=text,
        situation="own_images_shared",
    )
    assert [m.get("response") for m in messages if m.get("response")] == [DETAIL_NOTED]
    asked, _ = _run(
        ActionContextualFallback(clock=lambda: WEDNESDAY_NOON),
        "nlu_fallback",
        text="en wat als hij het weer doet?",
        situation="own_images_shared",
    )
    assert [m.get("response") for m in asked if m.get("response")] == [NOT_UNDERSTOOD_IN_CONTEXT]


def test_under_13_not_understood_in_a_talk_about_an_adult_online_puts_the_kindertelefoon_first() -> None:
    """ "Ik ben 11. wie moet ik het vertellen?" read as not understood, in a talk about an adult online:
    the channels named or drawn have the Kindertelefoon first (under 13 the police contact the parents);
    at 14 the police stay first."""
    from actions.context_fallback import ActionContextualFallback

    action = ActionContextualFallback(clock=lambda: WEDNESDAY_NOON)
    text = "ik ben 11. wie moet ik het vertellen?"
    messages, _ = _run(action, "nlu_fallback", text, situation="grooming", age=11)
    order = _order(messages)
    assert order[0] == "kindertelefoon"
    assert "politie" in order
    messages, _ = _run(
        action, "nlu_fallback", "ik ben 14. wie moet ik het vertellen?", situation="grooming", age=14
    )
    assert _order(messages)[0] == "politie"
