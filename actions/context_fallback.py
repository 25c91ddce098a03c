"""When a message in the middle of a conversation is not understood: stay with the situation.

"Sorry, dat begreep ik niet" with the main topics is right at the start. After the young person has
said what happened ("mijn naaktfoto gaat rond"), a next message the bot does not understand is
most likely about that: the bot says so, names the help for that situation (cards on screen are
named, not drawn again) and offers the follow-ups as buttons. "Wat moet ik doen?" or "what can
you do?" in the middle of a situation gets that situation's help too, as "what you can do now";
a message that only says who is in the images or where they were is thanked for, not "not
understood".
After a crisis answer with no situation before it, the crisis is the situation ("wat moeten we
doen?" after a disclosure names CSG again). Without either, a message the bot is unsure about gets
"did you mean ...?" with the one to three situations it found likeliest as buttons, else the plain
fixed answer. All of them end with where to go in a crisis.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import (
    CHILDLINE,
    DANGER_NOW_TOPIC,
    HELPING_FRIEND,
    SOMEONE_ELSE,
    TAKE_DOWN_OR_REPORT,
    WITHOUT_CALLING,
    asked_about,
    assault_filmed_first,
    back_to_earlier_images,
    chat_first,
    concern_in_view,
    conversation_language,
    home_help_without_parents,
    last_channel_order,
    meeting_planned,
    meldpunt_for_public_images,
    named_first,
    reports_private_images,
    show_in_view,
    situation_channels,
    situation_in_view,
    someone_else_help_first,
    under_13_about_an_adult_online,
    victim_support_first,
    what_now,
    with_home_help,
)
from actions.follow_ups import (
    ANONYMITY,
    CHAT_INSTEAD,
    DETAIL_NOTED,
    EMERGENCY,
    NO_NEWS_RESPONSE,
    ON_THEIR_OWN,
    SITUATION_OF_NAMED,
    WANTS_TO_TALK,
    anonymous_channels,
    channel_ids,
    no_news_after_police_report,
    on_their_own,
    police_as_fear,
    response_for,
    talk_channels,
)
from actions.named_channel import (
    POLICE,
    WHAT_IT_DOES,
    compared_before,
    compared_now,
    find_channels,
    referred_channel,
    send_named_cards,
)
from actions.timed import Timed
from bot.registry import get_catalog

logger = logging.getLogger(__name__)

# A doubt whether to act at all: "moet ik wel iets doen?", "should i even do something", "zou ik het
# iemand moeten vertellen?", "should i tell someone or stay out of it".
SHOULD_I_ACT = re.compile(
    r"\b(?:moet|moeten|zou|zal|should|shall|do)\s+(?:ik|we|i)\s+(?:\S+\s+){0,2}?(?:iets|something|anything|wat)\s+"
    r"(?:\S+\s+)?(?:doen|do|mee|zeggen|say|tell)\b"
    r"|\b(?:moet|moeten|zou|should)\s+(?:ik|we|i)\s+(?:\S+\s+){0,3}?(?:het\s+|it\s+)?(?:iemand\s+|someone\s+|anyone\s+)?"
    r"(?:vertellen|tell(?:\s+(?:someone|anyone|an?\s+adult))?|zeggen)\b"
    r"|\b(?:should|shall|do|must)\s+(?:i|we)\s+(?:\S+\s+){0,3}?do\s+(?:something|anything)\b"
    r"|\bstay\s+out\s+of\s+it\b|\ber\s+buiten\s+blijven\b",
    re.IGNORECASE,
)
PLAIN = {
    "nlu_fallback": "utter_nlu_fallback",
    "out_of_scope": "utter_out_of_scope",
    "ask_what_can_you_do": "utter_what_i_can_do",
}
IN_CONTEXT = {"ask_what_can_you_do": "utter_what_now"}
AFFIRM = "affirm"
NOT_UNDERSTOOD_IN_CONTEXT = "utter_contextual_fallback"
# A message not understood, before any situation, that names a channel: that channel's card.
NAMED_NOT_UNDERSTOOD = "utter_named_not_understood"
# The safety check answered in words ("nee nu niet, hij is naar zn werk"): back to what it asked about.
AFTER_CHECK = "utter_after_check"
# A message that only adds who is in the images or where they were ("het waren volwassenen") was
# understood for what matters: the bot thanks for it (DETAIL_NOTED) instead of saying it did not
# understand.
DETAILS = ("material", "place")
# A message that only tells who, when or where ("ik ken hem van een date", "het was mijn ex",
# "gisteravond", "op insta", "we met on discord"), not a question: thanked for, not "dat begreep ik
# niet".
_WHO = (
    r"\b(?:ik\s+ken\s+(?:hem|haar|die\s+\S+|ze)|(?:het|dat)\s+(?:is|was)\s+(?:mijn|mn|een|die|m'n)|"
    r"(?:hij|zij|ze|he|she)\s+(?:is|was)\s+(?:mijn|mn|my|a|an|een|\d{1,2})|i\s+know\s+(?:him|her|them)\s+from|"
    r"(?:it|that)\s+(?:is|was)\s+(?:my|a|an|this)|we\s+(?:met|kennen\s+elkaar|leerden\s+elkaar\s+kennen)|"
    r"(?:ken|kende)\s+(?:hem|haar|ze)\s+(?:van|from|via))\b"
)
_WHEN = (
    r"\b(?:gisteren|gisteravond|gisternacht|vannacht|vanochtend|vanmiddag|vanavond|vandaag|eergisteren|"
    r"vorige\s+(?:week|maand)|last\s+(?:night|week|month)|yesterday|today|this\s+(?:morning|afternoon|evening)|"
    r"(?:\d+|een|twee|drie|paar|a|two|three|few)\s+(?:dagen|weken|maanden|days|weeks|months)\s+(?:geleden|ago))\b"
)
_WHERE = (
    r"\b(?:op|on|via|in|at|bij)\s+(?:de\s+|the\s+|een\s+|a\s+)?(?:insta\w*|snap\w*|tiktok|discord|whatsapp|roblox|"
    r"fortnite|telegram|omegle|twitter|reddit|school|feest|party|kamp|camp|date)\b"
    # "Ik ben nu thuis", "im home now": where the young person is, a detail (not violence at home).
    r"|\b(?:ben|zit|am|i'?m|im)\s+(?:nu\s+|now\s+|net\s+|just\s+)?(?:thuis|home|at\s+home)\b"
    r"|\bjust\s+got\s+home\b"
)
DETAIL = re.compile(rf"{_WHO}|{_WHEN}|{_WHERE}", re.IGNORECASE)
MAX_DETAIL_WORDS = 12


def told_a_detail(text: str) -> bool:
    """Whether a message only tells who, when or where: a short statement, no question."""
    return "?" not in text and len(text.split()) <= MAX_DETAIL_WORDS and bool(DETAIL.search(text))


# "Eigenlijk gaat het om mij. sorry", "ok tbh the friend is me", "het is mn eigen foto": what was told
# for a friend is about the young person themselves (twenty-first session, a read miss of the
# twenty-third conversations, i060, as a family). Not "het gaat niet om mij".
ABOUT_ME = re.compile(
    r"\b(?:gaat|going|is|it'?s|its|was|gaan)\s+(?:het\s+|it\s+)?(?:eigenlijk\s+|gewoon\s+|actually\s+|really\s+|"
    r"just\s+|toch\s+|wel\s+)*(?:om|over|about)\s+(?:mij|mezelf|mijzelf|me|myself)\b"
    r"|\b(?:ik\s+ben\s+het\s+(?:zelf|eigenlijk|gewoon)|(?:it'?s|its)\s+(?:actually\s+|really\s+|just\s+)?me\b(?!\s+and)"
    r"|i\s+am\s+the\s+friend|i'?m\s+the\s+friend|(?:die|de|that|the|my|mijn|mn)\s+(?:vriendin|vriend|friend|maat|bff)"
    r"\s+(?:ben|is|was)\s+(?:ik|me|mij|myself)\b)"
    r"|\b(?:(?:het|dat)\s+(?:is|was)|(?:it|that)(?:'s|s|\s+is|\s+was))\s+(?:eigenlijk\s+|actually\s+|gewoon\s+)?"
    r"(?:mijn|mn|my)\s+(?:eigen\s+|own\s+)?"
    r"(?:foto|video|filmpje|pic|picture|photo|nude|naaktfoto)\b",
    re.IGNORECASE,
)
NOT_ABOUT_ME = re.compile(
    r"\b(?:niet|not|nie|geen)\s+(?:\S+\s+){0,2}?(?:om|over|about)\s+(?:mij|mezelf|me|myself)\b|\bnot\s+me\b",
    re.IGNORECASE,
)
ABOUT_ME_RESPONSE = "utter_about_me_after_all"


def about_me_after_all(text: str) -> bool:
    """Whether a message says that what was told for a friend is about the writer."""
    return bool(ABOUT_ME.search(text)) and not NOT_ABOUT_ME.search(text)


# A feeling about what happened, said in a message not understood: shame, fear, panic, and the
# hyperbole of dying or being killed over it ("ik ga dood van schaamte", "my dad will kill me").
SHAME = "feel_ashamed"
FEELING = re.compile(
    r"\b(?:schaam\w*|schaamte|shame\w*|ashamed|embarrass\w*|genant|gênant|cringe|bang|scared|afraid|angst\w*|"
    r"paniek\w*|panic\w*|stress\w*|gestrest|stressed|huil\w*|cry|crying|verdrietig|sad|rot|kut|slapen|slaap|sleep\w*|"
    r"nachtmerrie\w*|nightmare\w*|"
    r"dood|doodgaan|sterf|sterven|(?:to|gonna|going\s+to|will|ll|would)\s+die|dying|"
    r"(?:maakt|maken|vermoordt|vermoorden)\s+(?:me|mij)|"
    r"kills?\s+me|killing\s+me|kill\s+me|murder\s+me|af\s+als|me\s+af)\b",
    re.IGNORECASE,
)
# Answers about a feeling that set no situation (shame, wanting to talk): a feeling told next is
# about them.
FEELING_TOPICS = frozenset({"feel_ashamed", "feel_bad_need_to_talk"})


# "Wat doen die eigenlijk?" about a channel named before; "kan ik ook chatten ipv bellen?".
WHAT_THEY_DO = "utter_what_they_do"


# Asked to go on in another language: a copy of components/language_request.py (the slot is already
# set from the message; this only picks the words and redraws the cards).
# Asked for in words: "kan je engels praten?", "in english pls", "i don't speak dutch", "kun je het in
# het nederlands zeggen?", "kan je nederlands spreken". Not speaking one language asks for the other.
_NOT_SPEAKING = (
    r"\b(?:(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:speak|read|understand)\s+(?:\S+\s+)?{lang}"
    r"|(?:geen|niet\s+goed|nauwelijks|amper)\s+{lang}|{lang}\s+(?:is\s+)?(?:not|niet)\s+(?:goed|good|my))\b"
)
_WANTS = (
    r"\b(?:(?:in|op|naar)\s+(?:het\s+)?{lang}"
    r"|(?:speak|spreek|spreekt|praat|praten|talk|type|typ|schrijf|write|reply|antwoord)\s+(?:\S+\s+){{0,2}}?{lang}"
    r"|{lang}\s+(?:pls|please|plz|aub|alsjeblieft|praten|spreken|typen|schrijven|talk|speak|spreek|praat))\b"
)
_ENGLISH, _DUTCH = r"(?:engels|english)", r"(?:nederlands|dutch)"
NOT_DUTCH = re.compile(_NOT_SPEAKING.format(lang=_DUTCH), re.IGNORECASE)
NOT_ENGLISH = re.compile(_NOT_SPEAKING.format(lang=_ENGLISH), re.IGNORECASE)
WANTS_ENGLISH = re.compile(_WANTS.format(lang=_ENGLISH), re.IGNORECASE)
WANTS_DUTCH = re.compile(_WANTS.format(lang=_DUTCH), re.IGNORECASE)


def asked_language(text: str) -> str | None:
    """The language a message asks the bot to use ("in english pls", "ik spreek geen engels"), if any."""
    if NOT_DUTCH.search(text) and not NOT_ENGLISH.search(text):
        return "en"
    if NOT_ENGLISH.search(text) and not NOT_DUTCH.search(text):
        return "nl"
    english, dutch = bool(WANTS_ENGLISH.search(text)), bool(WANTS_DUTCH.search(text))
    return "en" if english and not dutch else "nl" if dutch and not english else None


LANGUAGE_SWITCH = "utter_language_switch"
# Frustration with the bot: "dit helpt echt niks", "je snapt het niet", "ur useless", "you dont get it",
# "wat heb ik hier aan", "nutteloos".
NOT_HELPING = re.compile(
    r"\b(?:(?:dit|dat|je|jij|het|this|that|it|you|u|ur)\s+(?:\S+\s+){0,2}?(?:helpt|help|helps|helping)\s+"
    r"(?:\S+\s+)?(?:niks|niets|nothing|not|niet|geen\s+zak|nie)|(?:je|jij|u)\s+(?:snapt|begrijpt|snap|begrijp)\s+"
    r"(?:het|er|me|mij|echt)?\s*(?:niks|niets|niet|nie)|(?:you|u)\s+(?:don'?t|dont|do\s+not)\s+(?:get|understand)|"
    r"nutteloos|useless|waardeloos|worthless|stomme\s+bot|dumb\s+bot|stupid\s+bot|wat\s+heb\s+ik\s+(?:hier|daar)\s+aan|"
    r"not\s+helpful|helemaal\s+niks\s+aan|heb\s+er\s+niks\s+aan)\b",
    re.IGNORECASE,
)
NOT_HELPING_RESPONSE = "utter_not_helping"


# "Did you mean ...?" (the two-stage fallback): a first message the classifier is unsure about, with
# one to three situations it ranks at `SUGGEST_MIN` or more, gets those as buttons instead of the
# six main topics. Crisis intents are never suggested: the safety layer decides on them (and asks).
SUGGEST_MIN = 0.1
MAX_SUGGESTIONS = 3
DID_YOU_MEAN = "utter_did_you_mean"
SUGGESTIONS: dict[str, tuple[str, str]] = {
    "saw_illegal_images": ("Ik zag iets naars", "I saw something bad"),
    "report_illegal_content": ("Ik wil iets melden", "I want to report something"),
    "report_to_police": ("Naar de politie", "Go to the police"),
    "own_images_shared": ("Er gaan beelden van mij rond", "Images of me are going around"),
    "helping_friend": ("Ik wil een vriend(in) helpen", "I want to help a friend"),
    "grooming": ("Een volwassene online vraagt om foto's", "An adult online asks for photos"),
    "ask_if_not_pay": ("Iemand chanteert me met beelden", "Someone blackmails me with images"),
    "parent_or_teacher": ("Ik ben ouder of leraar", "I am a parent or teacher"),
    "porn_industry_exploitation": ("Volwassenen zonder toestemming", "Adults without consent"),
    "worried_own_urges": ("Ik maak me zorgen over mijn eigen gevoelens", "I worry about my own feelings"),
    "violence_at_home": ("Geweld thuis", "Violence at home"),
    "feel_bad_need_to_talk": ("Ik wil praten", "I want to talk"),
    "ask_am_i_in_trouble": ("Ben ik strafbaar?", "Am I in trouble?"),
    "ask_save_evidence": ("Moet ik het bewaren als bewijs?", "Should I keep it as proof?"),
    "platform_not_removing": ("Een site haalt het niet weg", "A site does not remove it"),
    "ask_help_overview": ("Welke hulp is er?", "What help is there?"),
    "ask_media_literacy": ("Veilig online", "Safe online"),
}


# "Iets zonder praten?", "kun je nederlands praten?": no wish to talk to someone.
NOT_TALK = re.compile(
    r"\b(?:zonder\s+(?:te\s+)?praten|without\s+talking|nederlands|engels|english|dutch|taal|language)\b",
    re.IGNORECASE,
)


def suggestions(ranking: list[dict[str, Any]], language: str) -> list[dict[str, str]]:
    """Buttons for the situations the classifier thought likely, likeliest first."""
    index = 1 if language == "en" else 0
    likely = [
        str(r["name"])
        for r in ranking
        if r.get("name") in SUGGESTIONS and float(r.get("confidence") or 0.0) >= SUGGEST_MIN
    ]
    return [{"title": SUGGESTIONS[name][index], "payload": f"/{name}"} for name in likely[:MAX_SUGGESTIONS]]


class ActionContextualFallback(Timed, Action):
    """The fallback that remembers what the conversation is about."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_contextual_fallback"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """The situation's help and its follow-ups; the plain fixed answer without a situation."""
        intent = str((tracker.latest_message.get("intent") or {}).get("name"))
        snapshot = get_catalog().snapshot()
        situation = situation_in_view(tracker, snapshot.routing.topics)
        text = str(tracker.latest_message.get("text") or "")
        last_topic = tracker.get_slot("last_topic")
        if situation is None and last_topic in FEELING_TOPICS and FEELING.search(text):
            # "Ik kan er niet van slapen" after the answer about shame or wanting to talk (topics
            # that set no situation): a feeling about what was just told, answered in that context.
            situation = str(last_topic)
        if situation is None:
            # "Helpwanted heeft me geholpen en de foto is weg": not understood, but what comes next
            # is about one's own images (Helpwanted), so that becomes the situation.
            named = find_channels(text, snapshot)
            implied = SITUATION_OF_NAMED.get(named[0]) if named else None
            events = [SlotSet("situation", implied)] if implied in snapshot.routing.topics else []
            ranking = tracker.latest_message.get("intent_ranking") or []
            language = conversation_language(tracker)
            buttons = suggestions(ranking, language) if intent == "nlu_fallback" else []
            if named and not events:
                # "Can kids my age call veilig thuis themselves?", not understood: the channel it
                # names can answer it; its card, with where to go in a crisis.
                dispatcher.utter_message(response=NAMED_NOT_UNDERSTOOD)
                return [
                    SlotSet(
                        "shown_channels",
                        send_named_cards(dispatcher, tracker, snapshot, named, self._clock()),
                    )
                ]
            if buttons:
                dispatcher.utter_message(response=DID_YOU_MEAN, buttons=buttons)
                logger.info("did you mean: %s", ",".join(b["payload"] for b in buttons))
            else:
                dispatcher.utter_message(response=PLAIN.get(intent, "utter_nlu_fallback"))
            return events
        told = tracker.get_slot("concern")
        if situation == HELPING_FRIEND and told in snapshot.routing.topics and about_me_after_all(text):
            # The friend is the young person: the help for what was told, for them, and that is now
            # the situation (no longer a talk for someone else).
            dispatcher.utter_message(response=ABOUT_ME_RESPONSE)
            ids, always_open = situation_channels(snapshot, str(told), None)
            _, shown = show_in_view(
                dispatcher, tracker, snapshot, str(told), ids, self._clock(), always_open, redraw=True
            )
            logger.info("contextual fallback situation=%s about the writer", told)
            return [SlotSet("situation", told), SlotSet("concern", None), SlotSet("shown_channels", shown)]
        in_slots = any(tracker.latest_message.get(key) for key in DETAILS)
        detail = in_slots or told_a_detail(text)
        default = DETAIL_NOTED if detail else NOT_UNDERSTOOD_IN_CONTEXT
        # After the safety check with no situation, what it asked about becomes the situation.
        after_check = (
            tracker.get_slot("situation") is None
            and asked_about(tracker, snapshot.routing.topics) == situation
        )
        found = compared_now(tracker, snapshot, text, find_channels(text, snapshot))
        referred = compared_before(tracker, snapshot, text) if not found else []
        if not referred and not found and WHAT_IT_DOES.search(text):
            referred = referred_channel(tracker, snapshot)
        if referred and not after_check:
            # "Wat doen die eigenlijk?" after "de politie vroeg of slachtofferhulp mocht bellen": the
            # card of the channel it points back at, drawn again (it says what they do).
            dispatcher.utter_message(response=WHAT_THEY_DO)
            shown = send_named_cards(dispatcher, tracker, snapshot, referred, self._clock())
            logger.info("contextual fallback situation=%s referred=%s", situation, ",".join(referred))
            return [SlotSet("shown_channels", shown)]
        feeling = False
        switched = asked_language(text) is not None
        # A yes or an ok with nothing offered ("ja", "oke"), in a talk: go on from the help just given.
        next_step = what_now(text) or (intent == AFFIRM and not told_a_detail(text))
        if after_check:
            said = AFTER_CHECK
        elif switched:
            # "Can you say it in english?": the help just given again, in the language asked for.
            said = LANGUAGE_SWITCH
        elif NOT_HELPING.search(text) and not found:
            # "Dit helpt echt niks": sorry, and a person to talk to (the talk channels first).
            said = NOT_HELPING_RESPONSE
        elif no_news_after_police_report(tracker, None, text):
            # "Nobody called me back. what now?" after a report to the police: Slachtofferhulp first.
            said = NO_NEWS_RESPONSE
        elif next_step:
            # "En nu?": understood as asking for the next step, not "dat begreep ik niet".
            said = IN_CONTEXT["ask_what_can_you_do"]
        elif not found and WITHOUT_CALLING.search(text):
            # "Kan ik ook gewoon chatten ipv bellen?": understood as that; those with a chat first.
            said = CHAT_INSTEAD
        elif not found and not in_slots and FEELING.search(text):
            # "Ik ga echt dood van schaamte", "mn vader maakt me af als hij dit ziet": a feeling
            # about what happened (the safety layer found no crisis in it), answered as one, not
            # "dat begreep ik niet"; the words name 113 for thoughts of hurting oneself.
            feeling = True
            said = response_for(SHAME, situation, domain, tracker.get_slot("age"), None)
        else:
            said = IN_CONTEXT.get(intent, default)
        dispatcher.utter_message(response=said)
        concern = concern_in_view(tracker, situation, snapshot.routing.topics)
        if feeling:
            # The channels of the answer for shame in this situation (channels/topics.yml), as
            # action_answer_follow_up gives them: those the words name first.
            ids, always_open = channel_ids(snapshot, SHAME, situation, [], None, concern)
        else:
            ids, always_open = situation_channels(snapshot, situation, concern)
        if said == NO_NEWS_RESPONSE:
            ids = victim_support_first(tracker, snapshot, ids)
        elif said == LANGUAGE_SWITCH:
            ids = last_channel_order(tracker) or ids
        elif said == NOT_HELPING_RESPONSE:
            ids = named_first(talk_channels(snapshot, situation), ids)
        elif next_step and not after_check:
            # "En nu?" after the answer to "ik hoor niks meer van de politie": the next step is the
            # help just given, in the same order (Slachtofferhulp first), named, not the situation's
            # channels from scratch.
            ids = last_channel_order(tracker) or ids
        ids = with_home_help(tracker, situation, ids)
        # "Kan ik dit bij de politie melden? or will they think im stupid", not understood: the
        # channel it names comes first, then the situation's help.
        named = police_as_fear(found, situation)
        if not named and situation in SOMEONE_ELSE and ON_THEIR_OWN.search(text):
            named = on_their_own(snapshot, situation, concern, text)
        elif (
            not named
            and said not in (CHAT_INSTEAD, LANGUAGE_SWITCH)
            and WANTS_TO_TALK.search(text)
            and not NOT_TALK.search(text)
            and situation not in SOMEONE_ELSE
        ):
            # "Kan ik met een echt mens praten? liefst een vrouw", not understood: wanting to talk puts
            # those one talks to for the situation first (thirteenth session, kinds of the fifteenth
            # brief in my own words).
            named = talk_channels(snapshot, situation)
        elif not named and ANONYMITY.search(text):
            # "Ik wil het wel ergens zeggen maar niemand mag weten dat het van ons komt": where one
            # reports without being known comes first.
            named = anonymous_channels(tracker, snapshot, situation, concern)
        ids = chat_first(snapshot, named_first(named, ids), text)
        ids = someone_else_help_first(tracker, snapshot, situation, text, ids)
        ids = home_help_without_parents(tracker, snapshot, situation, text, ids)
        if (
            not named
            and POLICE in snapshot.registry.channels
            and reports_private_images(tracker, situation, text)
        ):
            # "Should i tell the mentor or report it myself" about a classmate's nude shown around on a
            # phone, not understood: the police take that report (cards.reports_private_images). So too
            # for abuse material one saw in a dm ("waar meld ik dit? het staat niet op een site, alleen
            # in mn chat"; nineteenth session, a read miss of the twenty-first conversations as a family).
            ids = named_first([POLICE], ids)
        if (
            not named
            and CHILDLINE in snapshot.registry.channels
            and under_13_about_an_adult_online(tracker, situation, text, tracker.get_slot("last_topic"))
            and not meeting_planned(tracker)
        ):
            # "Ik ben 11. wie moet ik het vertellen?" not understood, in a talk about an adult online:
            # the Kindertelefoon first (under 13 the police contact the parents).
            ids = named_first([CHILDLINE], ids)
        if not named and SHOULD_I_ACT.search(text):
            # "Should i even do something?? she'll hate me" about a friend's stepdad, not understood: a
            # doubt whether to act. Reporting is a choice and talking first is fine, so someone to talk
            # to comes right after the situation's first help, and no 112 card for a calm doubt
            # (nineteenth session, a read miss of the twenty-first conversations as a family).
            talk = [i for i in talk_channels(snapshot, situation) if i not in ids[:1]][:1]
            ids = [i for i in [*ids[:1], *talk, *ids[1:]] if i != EMERGENCY or situation == DANGER_NOW_TOPIC]
            ids = list(dict.fromkeys(ids))
        ids = assault_filmed_first(tracker, situation, ids)
        if TAKE_DOWN_OR_REPORT.search(text):
            # "Kan het er nog af nu ik volwassen ben, en waar meld ik de link?" about one's video from
            # age 14 on a porn site, not understood: Helpwanted, and the Meldpunt for the link (as a
            # follow-up about removal gets; nineteenth session, a read miss of the twenty-first
            # conversations as a family).
            ids = meldpunt_for_public_images(tracker, situation, ids)
        _, shown = show_in_view(
            dispatcher,
            tracker,
            snapshot,
            situation,
            ids,
            self._clock(),
            always_open,
            redraw=said == LANGUAGE_SWITCH,
        )
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("contextual fallback situation=%s", situation)
        went_back = situation == back_to_earlier_images(tracker, snapshot.routing.topics)
        remembered = [SlotSet("situation", situation)] if after_check or went_back else []
        return [*remembered, SlotSet("shown_channels", shown)]
