"""End to end: real Rasa and action servers on loopback, messages through the REST webhook."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from bot.reply import read_reply
from bot.tools.devstack import Stack, send

pytestmark = pytest.mark.e2e


def _session() -> str:
    return f"e2e-{uuid.uuid4().hex}"


def _channels(messages: list[dict]) -> list[str]:
    """Channel ids of the first help reply (bot/reply.py) in a reply, best fit first: the cards
    drawn and those named as on screen ("zie hierboven")."""
    for message in messages:
        reply = read_reply(message.get("custom"))
        if reply is not None and (reply.cards or reply.shown_above):
            return reply.channel_order()
    return []


def _texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


@pytest.mark.parametrize(
    ("message", "first_channel"),
    [
        ("ik wil aangifte doen", "politie"),
        ("ik zag kinderporno via een link op tiktok", "offlimits"),
        ("hoe meld ik een filmpje met kindermisbruik", "offlimits"),
        ("ik krijg die beelden niet meer uit mn hoofd", "kindertelefoon"),
        ("iemand dreigt mijn naaktfotos te verspreiden", "helpwanted"),
        ("mag ik er een screenshot van maken als bewijs?", "offlimits"),
        ("ik schrik van mezelf, ik heb gevoelens voor kinderen", "stopitnow"),
        # Fear of oneself about one's own searches for children: Stop it Now, not 113 (a read false
        # crisis of the sixteenth conversations, j033, as a family).
        ("ik ben echt bang voor mezelf, ik zoek online naar beelden van kinderen", "stopitnow"),
        ("i'm scared of myself because of what i look for online, its young kids", "stopitnow"),
        ("mijn vader slaat me soms als hij boos is", "veiligthuis"),
        ("wat doet slachtofferhulp eigenlijk", "slachtofferhulp"),
        # Blackmail with one's own images, in few words or as a demand (components/blackmail_router.py).
        ("ik word gechanteerd", "helpwanted"),
        ("some guy has a video of me and wants 300 euros", "helpwanted"),
    ],
)
def test_first_message_gets_its_channels_in_the_first_reply(
    stack: Stack, message: str, first_channel: str
) -> None:
    """A clear first message is answered with its channels at once, best fit first."""
    reply = send(stack.rasa_url, _session(), message)
    channels = _channels(reply)
    assert channels and channels[0] == first_channel, (message, channels)
    assert len(channels) <= 4


def test_being_hit_with_no_word_on_when_gets_112_or_the_safety_check(stack: Stack) -> None:
    """'mijn vader slaat me' may be happening now: the crisis answer (112 first) or the question
    whether there is danger now, never a fallback or a plain topic answer."""
    reply = send(stack.rasa_url, _session(), "mijn vader slaat me")
    buttons = [b["payload"] for m in reply for b in m.get("buttons", [])]
    channels = _channels(reply)
    assert (channels and channels[0] == "alarmnummer") or "/danger_now" in buttons, (channels, buttons)


def test_police_card_has_a_dialable_number(stack: Stack) -> None:
    """The police card carries tel:+319008844 and its display form; the text names the number too."""
    reply = send(stack.rasa_url, _session(), "ik wil aangifte doen")
    card = next(read_reply(m["custom"]).cards[0] for m in reply if "custom" in m)
    assert card.id == "politie"
    assert (card.phones[0].tel, card.phones[0].display) == ("tel:+319008844", "0900-8844")
    assert "0900-8844" in _texts(reply)


def test_widget_channel_keeps_a_help_reply_one_message(stack: Stack) -> None:
    """Through Rasa's widget channel the text for text channels and the help reply arrive as one
    message, in the order the bot said them; the REST channel splits the same reply in two."""
    session = _session()
    whole = httpx.post(
        f"{stack.rasa_url}/webhooks/widget/webhook",
        json={"sender": session, "message": "ik wil aangifte doen"},
        timeout=30,
    ).json()
    with_reply = [m for m in whole if "custom" in m]
    assert len(with_reply) == 1
    message = with_reply[0]
    reply = read_reply(message["custom"])
    assert reply is not None and reply.cards[0].id == "politie"
    assert message["text"].startswith("• Politie: bel 0900-8844")
    assert reply.lead is None or reply.lead in message["text"]
    split = send(stack.rasa_url, _session(), "ik wil aangifte doen")
    assert any("custom" in m and "text" not in m for m in split)


@pytest.mark.parametrize(
    ("message", "first_channel"),
    [
        ("ik wil dood", "zelfmoordpreventie"),
        ("help er staat iemand voor de deur, ik ben nu in gevaar", "alarmnummer"),
    ],
)
def test_crisis_mid_conversation_routes_to_113_or_112(stack: Stack, message: str, first_channel: str) -> None:
    """A crisis message after other turns still goes straight to 113 or 112."""
    session = _session()
    send(stack.rasa_url, session, "hoi")
    send(stack.rasa_url, session, "ik zag iets heel ergs op een pornosite")
    reply = send(stack.rasa_url, session, message)
    assert _channels(reply)[0] == first_channel
    assert ("113" if first_channel == "zelfmoordpreventie" else "112") in _texts(reply)


def test_yes_after_offer_continues_the_topic(stack: Stack) -> None:
    """After 'aangifte', a yes explains melding versus aangifte."""
    session = _session()
    first = send(stack.rasa_url, session, "ik wil aangifte doen")
    assert "verschil" in _texts(first)
    reply = send(stack.rasa_url, session, "ja graag")
    assert "Bij een melding" in _texts(reply)
    assert _channels(reply)[0] == "politie"


def test_bot_says_it_is_a_bot(stack: Stack) -> None:
    """Asked whether it is a person, the bot says it is a chatbot."""
    reply = send(stack.rasa_url, _session(), "ben jij een echt mens?")
    assert "chatbot" in _texts(reply)


def test_unclear_message_gets_topic_buttons(stack: Stack) -> None:
    """Gibberish or an unrelated question gets a clear answer with the main topics, never silence."""
    reply = send(stack.rasa_url, _session(), "qwpoeiruty zxmcnv")
    buttons = [b["payload"] for m in reply for b in m.get("buttons", [])]
    assert "/report_illegal_content" in buttons


@pytest.fixture
def actions_down(stack: Stack) -> Iterator[Stack]:
    """The action server is stopped for one test and started again after it."""
    stack.stop_one("actions")
    try:
        yield stack
    finally:
        stack.start_actions()
        stack.wait_ready(60)


def test_action_server_down_still_gives_essential_numbers(actions_down: Stack) -> None:
    """Without the action server the bot answers with CSG, 113 and 112 instead of silence."""
    session = _session()
    reply = send(actions_down.rasa_url, session, "ik wil aangifte doen")
    assert _channels(reply) == ["csg", "zelfmoordpreventie", "alarmnummer"]
    assert "0800-0188" in _texts(reply)
    crisis = send(actions_down.rasa_url, session, "ik wil niet meer leven")
    assert _channels(crisis) == ["zelfmoordpreventie", "alarmnummer"]


@pytest.mark.parametrize(
    ("message", "first_channel"),
    [
        ("ik wil mezelf van kant maken", "zelfmoordpreventie"),
        ("ik snij soms in mn polsen", "zelfmoordpreventie"),
        ("i want to kill myself", "zelfmoordpreventie"),
        ("ik wil echt niet meer", "zelfmoordpreventie"),
        ("ik zet er maar een punt achter", "zelfmoordpreventie"),
        ("ik heb me vandaag weer gesneden", "zelfmoordpreventie"),
        ("NOODGEVAL", "alarmnummer"),
        ("mijn vriendin wordt nu verkracht", "alarmnummer"),
    ],
)
def test_crisis_phrases_always_reach_113_or_112(stack: Stack, message: str, first_channel: str) -> None:
    """Crisis phrases get the crisis answer even when the classifier alone would miss them."""
    assert _channels(send(stack.rasa_url, _session(), message))[0] == first_channel


def test_figure_of_speech_is_not_a_crisis(stack: Stack) -> None:
    """'Ik schrok me dood' is about the images, not a suicide crisis."""
    channels = _channels(send(stack.rasa_url, _session(), "ik schrok me dood toen ik dat filmpje zag"))
    assert "zelfmoordpreventie" not in channels


@pytest.mark.parametrize(
    ("message", "channels"),
    [
        ("ik heb net al mijn pillen geslikt", ["alarmnummer", "zelfmoordpreventie", "csg"]),
        ("i swallowed a whole box of paracetamol", ["alarmnummer", "zelfmoordpreventie", "csg"]),
        ("ik sta op het dak en ik ga springen", ["alarmnummer", "zelfmoordpreventie", "csg"]),
        ("ik ben verkracht", ["csg", "alarmnummer", "politie"]),
        ("he raped me last night", ["csg", "alarmnummer", "politie"]),
        ("ik wil dood", ["zelfmoordpreventie", "alarmnummer"]),
    ],
)
def test_each_crisis_answer_puts_the_channel_that_helps_now_first(
    stack: Stack, message: str, channels: list[str]
) -> None:
    """An act taken or danger now: 112 first; thoughts of suicide: 113 first; sexual violence: CSG first."""
    session = _session()
    send(stack.rasa_url, session, "ik zag iets heel ergs op een pornosite")
    assert _channels(send(stack.rasa_url, session, message)) == channels


def test_sexual_violence_answer_works_without_the_action_server(actions_down: Stack) -> None:
    """The CSG-first answer is a fixed response: it needs no action server."""
    reply = send(actions_down.rasa_url, _session(), "hij heeft me aangerand")
    assert _channels(reply) == ["csg", "alarmnummer", "politie"]
    assert "0800-0188" in _texts(reply)


def test_unsure_distress_gets_the_safety_check_not_i_did_not_understand(stack: Stack) -> None:
    """A vague message with distress gets 'are you in danger / thinking of suicide?' with buttons."""
    reply = send(stack.rasa_url, _session(), "het gaat echt niet goed met me")
    buttons = [b["payload"] for m in reply for b in m.get("buttons", [])]
    assert buttons[:3] == ["/danger_now", "/suicidal_thoughts", "/sexual_violence"]
    text = _texts(reply)
    assert "112" in text and "113" in text
    assert "begreep ik niet" not in text


def test_crisis_worded_as_a_goodbye_is_never_answered_with_goodbye(stack: Stack) -> None:
    """'I'm on the roof, bye everyone' gets 112, not 'Dag! Je kunt altijd terugkomen'."""
    reply = send(stack.rasa_url, _session(), "ik sta nu op het dak van de flat. doei allemaal")
    assert _channels(reply)[0] == "alarmnummer"
    assert "Je kunt altijd terugkomen" not in _texts(reply)


def test_a_second_crisis_of_another_kind_keeps_the_first_ones_help_in_view(stack: Stack) -> None:
    """'Hij heeft me verkracht' (CSG first), then 'ik wil dood' (113 first): after the 113 answer
    the help for what was told first (CSG) is still named, with 113 first."""
    session = _session()
    assert _channels(send(stack.rasa_url, session, "hij heeft me gisteren verkracht"))[0] == "csg"
    reply = send(stack.rasa_url, session, "ik wil gewoon dood")
    replies = [read_reply(m.get("custom")) for m in reply]
    channels = [c for r in replies if r is not None for c in r.channel_order()]
    assert channels[0] == "zelfmoordpreventie"
    assert "csg" in channels


def test_someone_to_talk_to_after_a_police_report_is_slachtofferhulp_first(stack: Stack) -> None:
    """'Ik heb aangifte gedaan' then 'nu wil ik met iemand praten': support after a crime reported,
    Slachtofferhulp, comes first on the real stack."""
    session = _session()
    send(stack.rasa_url, session, "ik heb vorige week aangifte gedaan omdat iemand mn fotos verspreidde")
    reply = send(stack.rasa_url, session, "nu wil ik met iemand praten, ik slaap er slecht van")
    assert _channels(reply)[:1] == ["slachtofferhulp"], _channels(reply)


def test_a_time_of_night_and_a_channel_named_before_keep_the_thread(stack: Stack) -> None:
    """On the real stack: "het is 2 uur snachts", then what was seen, then "ik wil nu gewoon met
    iemand praten" puts CSG (phone day and night) first; "wat doen die eigenlijk?" after a message
    naming Slachtofferhulp draws its card."""
    session = _session()
    send(stack.rasa_url, session, "het is 2 uur snachts en ik kan niet slapen")
    send(stack.rasa_url, session, "ik zag vanavond een filmpje waarin een meisje werd verkracht")
    reply = send(stack.rasa_url, session, "ik wil nu gewoon met iemand praten")
    assert _channels(reply)[:1] == ["csg"], _channels(reply)
    session = _session()
    send(
        stack.rasa_url, session, "ik heb aangifte gedaan en de politie vroeg of slachtofferhulp mocht bellen"
    )
    reply = send(stack.rasa_url, session, "wat doen die eigenlijk?")
    assert _channels(reply)[:1] == ["slachtofferhulp"], _channels(reply)


def test_a_group_chat_report_and_a_filter_dodging_crisis_on_the_real_stack(stack: Stack) -> None:
    """A classmate's video in the class group chat, then "hoe meld ik dat": the police first; "he
    r*ped me" gets the sexual-violence answer, CSG first."""
    session = _session()
    send(
        stack.rasa_url,
        session,
        "er gaat een naaktfilmpje van een meisje uit mijn klas rond in de klassengroep",
    )
    reply = send(stack.rasa_url, session, "hoe meld ik dat")
    assert _channels(reply)[:1] == ["politie"], _channels(reply)
    reply = send(stack.rasa_url, _session(), "he r*ped me at a party")
    assert _channels(reply)[:1] == ["csg"], _channels(reply)


def test_sexual_violence_at_home_names_veilig_thuis_even_without_the_action_server(
    actions_down: Stack,
) -> None:
    """ "Mijn stiefvader komt snachts op mn kamer en raakt me aan": CSG first, Veilig Thuis beside it,
    in a fixed answer that needs no action server."""
    reply = send(
        actions_down.rasa_url, _session(), "mijn stiefvader komt snachts op mn kamer en raakt me aan"
    )
    assert _channels(reply)[:2] == ["csg", "veiligthuis"], _channels(reply)


def test_en_nu_after_no_news_keeps_the_help_just_given_and_is_never_a_crisis(stack: Stack) -> None:
    """After a police report and no news, "en nu" names Slachtofferhulp first again; the learned
    models alone read "en nu" as danger now, which it is not."""
    session = _session()
    send(stack.rasa_url, session, "ik heb aangifte gedaan omdat iemand mn fotos deelde")
    reply = send(stack.rasa_url, session, "ik hoor niks meer van de politie")
    assert _channels(reply)[:1] == ["slachtofferhulp"], _channels(reply)
    reply = send(stack.rasa_url, session, "en nu")
    assert _channels(reply)[:1] == ["slachtofferhulp"], _channels(reply)
    assert "alarmnummer" not in _channels(reply)


def test_a_fight_filmed_goes_to_the_police_not_the_meldpunt(stack: Stack) -> None:
    """A school fight going round on video, "waar kan ik dat melden?": the police, then Meld Misdaad
    Anoniem; never the Meldpunt Kinderporno."""
    session = _session()
    send(stack.rasa_url, session, "er gaat een filmpje rond van een vechtpartij op school")
    reply = send(stack.rasa_url, session, "waar kan ik dat melden?")
    assert _channels(reply)[:2] == ["politie", "meldmisdaadanoniem"], _channels(reply)
    assert "offlimits" not in _channels(reply)


def test_an_unsure_message_after_a_rape_disclosed_is_asked_with_csg_first(stack: Stack) -> None:
    """After the sexual-violence answer, "idk" and "ik heb nog niet gedoucht, wat moet ik doen" are
    asked about in context with CSG first (not the plain check with only 112 and 113)."""
    session = _session()
    reply = send(stack.rasa_url, session, "gisteravond heeft een jongen me verkracht op een feest")
    assert _channels(reply)[:1] == ["csg"], _channels(reply)
    reply = send(stack.rasa_url, session, "idk")
    assert _channels(reply)[:1] == ["csg"], _channels(reply)


def test_a_video_of_a_fight_going_round_is_images_seen_not_ones_own(stack: Stack) -> None:
    """ "There's a video going round of a fight at school, everyone shares it" (read as one's own
    images by the classifier) goes to the police and an anonymous tip, not Helpwanted."""
    session = _session()
    reply = send(
        stack.rasa_url,
        session,
        "theres a video going round of a fight at our school, a kid getting kicked, everyone is sharing it",
    )
    reply = send(stack.rasa_url, session, "where do i report this")
    assert _channels(reply)[:1] == ["politie"], _channels(reply)
    assert "helpwanted" not in _channels(reply)


@pytest.mark.parametrize(
    ("turns", "words", "not_words"),
    [
        (
            [
                "ik heb een naaktfoto van een jongen uit mn klas doorgestuurd naar mn vriendinnen",
                "ik ben 15 en ik voel me er echt rot over",
                "kan ik hier straf voor krijgen?",
            ],
            "eerlijk",
            "te zien kreeg",
        ),
        (
            [
                "i forwarded a nude of a girl in my class to two friends and i regret it",
                "could i get in trouble for that?",
            ],
            "honest",
            "you were shown",
        ),
    ],
)
def test_in_trouble_after_ones_own_forwarding_is_answered_for_the_forwarder(
    stack: Stack, turns: list[str], words: str, not_words: str
) -> None:
    """ "Ben ik strafbaar?" after forwarding someone's nude is not "it is not your fault that you were
    shown this" with the Meldpunt: talk it over first, help for the one in the image, and the advice
    not to save or forward (a read miss of the sixteenth conversations, j052, as a family)."""
    session = _session()
    for turn in turns:
        reply = send(stack.rasa_url, session, turn)
    text = _texts(reply).lower()
    assert words in text and not_words not in text, text
    channels = _channels(reply)
    assert channels and channels[0] == "kindertelefoon" and "helpwanted" in channels, channels
    assert "offlimits" not in channels
