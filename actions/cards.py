"""Cards on screen: a channel shown as a card in the last turns is named ("zie hierboven"), not drawn again.

Every action that answers with channels sends them through `send_cards`, so the young person does
not scroll past the same three cards on every turn. A channel the young person asks for again (by
name, or the same situation once more) is drawn again: the caller passes `redraw=True`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator, Sequence
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.referral import (
    ANONYMOUS_TIP,
    MELDPUNT,
    POLICE,
    Route,
    only,
    plan_channels,
    reachable_first,
    route_notes,
    route_reply,
    route_text,
    shown_above,
)
from bot.registry.catalog import Snapshot
from bot.registry.models import MAX_CHANNELS_PER_TOPIC
from bot.reply import Language, read_reply

# Channel ids remembered as shown (about the last three turns with cards).
RECENT_CARDS = 8


def remember_shown(shown: list[str], ids: list[str]) -> list[str]:
    """The channels shown in the last turns after these were shown now, newest last."""
    return ([i for i in shown if i not in ids] + ids)[-RECENT_CARDS:]


# The fixed crisis answers (domain/crisis.yml) and the channel each puts first.
CRISIS_FIRST = {
    "utter_crisis_danger": "alarmnummer",
    "utter_crisis_danger_home": "alarmnummer",
    "utter_crisis_suicide": "zelfmoordpreventie",
    "utter_crisis_sexual_violence": "csg",
    "utter_crisis_sexual_violence_home": "csg",
}
# The situation (channels/topics.yml) each crisis answer is about.
CRISIS_TOPIC = {
    "utter_crisis_danger": "danger_now",
    "utter_crisis_danger_home": "danger_now",
    "utter_crisis_suicide": "suicidal_thoughts",
    "utter_crisis_sexual_violence": "sexual_violence",
    "utter_crisis_sexual_violence_home": "sexual_violence",
}


def this_session(tracker: Tracker) -> Iterator[dict[str, Any]]:
    """The events of this conversation (since its last session start), newest first."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "session_started":
            return
        yield event


def _crisis_answers(tracker: Tracker) -> Iterator[str]:
    """The fixed crisis answers given in this conversation (this session), newest first."""
    for event in this_session(tracker):
        if event.get("event") == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name in CRISIS_FIRST:
                yield str(name)


def _latest_crisis_answer(tracker: Tracker) -> str | None:
    """The latest fixed crisis answer of this conversation (this session), if one was given."""
    return next(_crisis_answers(tracker), None)


def earlier_crisis_topic(tracker: Tracker) -> str | None:
    """The situation of a crisis answer given before the latest one, of another kind: "ik ben
    verkracht" (CSG), then "ik wil dood" (113) is still about what happened first."""
    answers = _crisis_answers(tracker)
    latest = next(answers, None)
    earlier = next((name for name in answers if name != latest), None)
    return CRISIS_TOPIC[earlier] if earlier else None


def crisis_channel(tracker: Tracker) -> str | None:
    """The first channel of the latest crisis answer in this conversation, if one was given.

    Once a young person has disclosed a crisis, every later answer keeps that help in view: the
    crisis channel comes first, named as shown ("113 Zelfmoordpreventie: zie hierboven").
    """
    name = _latest_crisis_answer(tracker)
    if name == DANGER_ANSWER and _danger_turned_out_about_images(tracker):
        return None
    return CRISIS_FIRST[name] if name else None


DANGER_ANSWER = "utter_crisis_danger"
# A bare word of urgency ("HELP het is echt een noodgeval") says nothing about the body either
# (components/safety_decision.py URGENCY_WORD_REASON; tests/actions ties the two).
URGENCY_WORD_REASON = "a word of urgency"
# The safety layer's reasons when only the learned models said "crisis" (components/safety_decision.py).
LEARNED_REASONS = frozenset({"detector", "classifier"})
# What a later message says when the talk is about one's own images after all (or about images one
# shared oneself: "ik heb iets doms gedaan" read as danger, then "ik heb haar foto doorgestuurd").
ABOUT_OWN_IMAGES = frozenset({"own_images_shared", "ask_if_not_pay", "shared_others_images"})


def _danger_turned_out_about_images(tracker: Tracker) -> bool:
    """Whether the latest danger-now answer came from the learned models alone ("someone on snap is
    threatening me") or a bare word of urgency ("HELP noodgeval"), and a later message told it is
    about one's own images ("he'll send my pic to
    all my followers unless i pay"): a talk about one's images is not danger now, so 112 no longer
    comes first (it stays on screen). A concept's danger now ("hij staat voor de deur") stays first."""
    _, answered, later = _since_latest_crisis_answer(tracker, (DANGER_ANSWER,))
    return (
        answered is not None
        and _safety_of(answered).get("reason") in (*LEARNED_REASONS, URGENCY_WORD_REASON)
        and bool(ABOUT_OWN_IMAGES & {str(intent_of(m)) for m in later})
    )


def _since_latest_crisis_answer(
    tracker: Tracker, answers: Container[str] = CRISIS_FIRST
) -> tuple[str | None, dict[str, Any] | None, list[dict[str, Any]]]:
    """The latest of these crisis answers in this session, the user message it answered (None: no such
    answer) and the user messages since then, newest first."""
    later: list[dict[str, Any]] = []
    answer = None
    for event in this_session(tracker):
        kind = event.get("event")
        name = (event.get("metadata") or {}).get("utter_action")
        if kind == "bot" and answer is None and name in answers:
            answer = name
        elif kind == "user":
            if answer is not None:
                return answer, event, later
            later.append(event)
    return answer, None, later


def _safety_of(message: dict[str, Any]) -> dict[str, Any]:
    """What the safety layer decided about a user message, and why."""
    return (message.get("parse_data") or {}).get("safety") or {}


GROOMING = "grooming"
OWN_IMAGES = "own_images_shared"
# The safety check with no situation before it (domain/crisis.yml), and the readings of the
# message it asked about that are no situation to go back to.
PLAIN_CHECK = "utter_distress_check"
NOT_A_SITUATION = frozenset(
    {
        *CRISIS_TOPIC.values(),
        "distress_unclear",
        "nlu_fallback",
        "out_of_scope",
        "greet",
        "goodbye",
        "thanks",
        "affirm",
        "deny",
        "bot_challenge",
        "ask_what_can_you_do",
    }
)


# Blackmail told: "moet ik betalen?" is then about the blackmailer's demand (actions/follow_ups.py),
# and a message the safety check asked about that names it is about one's own images.
BLACKMAIL = re.compile(
    r"\b(?:chant\w*|gechanteerd|afpers\w*|afgeperst|pers\w*\s+(?:me|mij|ons|haar|hem|je)\s+af|blackmail\w*|sextort\w*|extort\w*|dreig\w*|threat\w*|losgeld|ransom|"
    r"(?:wil|wilt|vraagt|eist|wants?|asks?\s+for|demands?)\s+(?:\S+\s+){0,2}?(?:geld|money|euro\w*|bitcoin|"
    r"giftcards?|cadeaukaart\w*|\d+)|anders\s+(?:stuurt|zet|deelt|post|verspreidt)|or\s+else|unless\s+i\s+pay)\b",
    re.IGNORECASE,
)


# In a talk about images someone saw, the young person finds they are in them ("er staat er ook een
# van mij tussen", "ik denk dat ik het ben", "wait thats me", "how do i get mine off there", "my
# pic is on there too"): from then on the talk is about their own images (Helpwanted).
_IMAGE = r"(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vid|clip|photo\w*|picture\w*|selfie\w*)"
IMAGES_OF_ME = re.compile(
    r"\b(?:er\s+(?:staat|stond|zit|zat)\s+(?:er\s+)?(?:ook\s+)?(?:een|1|eentje)\s+van\s+mij\b|"
    rf"{_IMAGE}\s+(?:of|van)\s+(?:me|mij|mezelf|myself)\b|"
    # Not the phone's gallery: "hij staat nu in mn foto's", "it's in my photos now".
    rf"(?<!\bin\s)(?<!\bop\s)(?:mijn|mn|m'n|my)\s+(?:eigen\s+|own\s+)?{_IMAGE}|"
    r"ik\s+het\s+ben\b|(?:ik\s+ben\s+het|dat\s+ben\s+ik)(?:\s+(?:echt|zelf|gewoon))?(?=\s*(?:$|[^\w\s]))|"
    r"ik\s+sta\s+er\s+(?:ook\s+)?op\b|"
    r"(?:it'?s|its|that'?s|thats|it\s+is|that\s+is)\s+(?:literally\s+|actually\s+)?me\b|"
    r"i'?m\s+(?:in|on)\s+(?:it|there|one|them)|im\s+(?:in|on)\s+(?:it|there|one|them)|"
    r"one\s+of\s+me|(?:get|take|have)\s+mine\s+(?:off|down|removed|deleted))",
    re.IGNORECASE,
)
OWN_IMAGES_HELP = "helpwanted"
OWN_IMAGE_INTENTS = frozenset({"own_images_shared", "ask_if_not_pay"})
IMAGE_WORDS = re.compile(
    r"\b(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vid|photo\w*|picture\w*|selfie\w*|beelden)\b",
    re.IGNORECASE,
)


def own_images_told(tracker: Tracker) -> bool:
    """Whether this conversation is (also) about images of the young person or of the friend they help:
    shared, put online, or used to blackmail ("ik word gechanteerd met een filmpje van mij", "mijn
    naaktfotos doorgestuurd", "blackmailing her with her nudes")."""
    if tracker.get_slot("sent_own_images") == "yes" or said_in_session(tracker, IMAGES_OF_ME):
        return True
    if said_in_session(tracker, BLACKMAIL) and said_in_session(tracker, IMAGE_WORDS):
        return True
    return read_in_session(tracker, OWN_IMAGE_INTENTS)


def with_own_images_help(tracker: Tracker, snapshot: Snapshot, ids: list[str]) -> list[str]:
    """`ids` with Helpwanted right after the first channel (the police) when the talk is about the young
    person's own images: a step to the police ("ik wil aangifte doen", "mag mn zus mee naar het bureau?")
    keeps the help to get images removed or to stop blackmail in view. A read miss of the eleventh,
    thirteenth, sixteenth and eighteenth conversations, as a family."""
    if OWN_IMAGES_HELP not in snapshot.registry.channels or OWN_IMAGES_HELP in ids or not ids:
        return ids
    if not own_images_told(tracker):
        return ids
    return [ids[0], OWN_IMAGES_HELP, *ids[1:]][:MAX_CHANNELS_PER_TOPIC]


def asked_about(tracker: Tracker, topics: Container[str]) -> str | None:
    """After the safety check with no situation, what the message it asked about is about, when the
    young person answers it in words ("nee nu niet, hij is naar zn werk") instead of with a button:
    the classifier's likeliest reading of that message that is a situation ("bij ons thuis slaat mn
    stiefvader mn broertje": violence at home). None when the last answer was not that check."""
    user_messages = 0
    asked = False
    for event in this_session(tracker):
        kind = event.get("event")
        if kind == "user":
            user_messages += 1
            if user_messages == 2 and asked:
                if OWN_IMAGES in topics and BLACKMAIL.search(str(event.get("text") or "")):
                    # "Ive been getting blackmailed for 2 weeks" (read as distress and asked about):
                    # blackmail is with one's own images, whatever else the classifier guessed.
                    return OWN_IMAGES
                ranking = (event.get("parse_data") or {}).get("intent_ranking") or []
                names = [r.get("name") for r in ranking if isinstance(r, dict)]
                return next((str(n) for n in names if n in topics and n not in NOT_A_SITUATION), None)
            if user_messages > 2:
                return None
        elif kind == "bot" and user_messages == 1:
            asked = asked or (event.get("metadata") or {}).get("utter_action") == PLAIN_CHECK
    return None


# Someone at home who hurts, threatens or is drunk and raging ("mn stiefvader is dronken en slaat mn
# moeder", "my dad is drunk again, he broke the door", "hij heeft mn moeder bij de keel gepakt"):
# after a danger-now answer, the talk is about violence at home, so Veilig Thuis follows 112.
_FAMILY = (
    r"(?:vader|moeder|stiefvader|stiefmoeder|stiefpa|stiefma|papa|mama|paps|mams|ouders?|broer\w*|"
    r"zus|zusje|zussen|oom|tante|opa|oma|vriend\s+van\s+(?:mn|mijn|m'n)\s+moeder|dad|daddy|mum|mom|"
    r"mother|father|stepdad|stepmom|stepmum|stepfather|stepmother|parents?|brother|sister|uncle|aunt|"
    r"grandpa|grandma|mother'?s\s+boyfriend|mom'?s\s+boyfriend|mum'?s\s+boyfriend)"
)
_HOME_HARM = (
    r"(?:slaat|sloeg|slaan|geslagen|duwt|duwde|schopt|schopte|gooit|gooide|wurgt|wurgde|keel|"
    r"mishandel\w*|dreigt|bedreigt|bedreigde|schreeuwt|dronken|ruzie|hits?|hitting|beats?|beating|fighting|"
    r"kicks?|kicking|kicked|push\w*|chok\w*|hurts?|hurting|threaten\w*|yell\w*|screaming|drunk|wasted)"
)
AT_HOME_HARM = re.compile(
    rf"\b{_FAMILY}\b(?:\W+\w+){{0,8}}?\W+{_HOME_HARM}\b"
    rf"|\b{_HOME_HARM}\b(?:\W+\w+){{0,5}}?\W+(?:mn|mijn|m'n|my)\s+{_FAMILY}\b",
    re.IGNORECASE,
)
VIOLENCE_AT_HOME = "violence_at_home"
DANGER_NOW_TOPIC = "danger_now"


def danger_at_home(tracker: Tracker) -> bool:
    """Whether a message of this conversation tells of someone at home who hurts, threatens or rages."""
    return said_in_session(tracker, AT_HOME_HARM)


# Back to the images after a detour ("anyway back to the pic", "maar even terug naar die foto", "terug
# naar dat filmpje"): the talk about those images again (nineteenth session, a read miss of the
# eighteenth conversations as a family).
BACK_TO_IMAGES = re.compile(
    r"\b(?:back\s+to|terug\s+naar|nog\s+even\s+over|even\s+over|about\s+the)\s+(?:the\s+|die\s+|dat\s+|de\s+|het\s+|that\s+|"
    r"my\s+|mijn\s+|mn\s+)?(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vid|photo\w*|picture\w*|"
    r"beeld\w*|image\w*|selfie\w*)\b",
    re.IGNORECASE,
)
IMAGE_TALKS = frozenset(
    {"own_images_shared", "saw_illegal_images", "report_illegal_content", "helping_friend"}
)


def back_to_earlier_images(tracker: Tracker, topics: Container[str]) -> str | None:
    """The image talk of this session the latest message goes back to (`BACK_TO_IMAGES`), when the
    remembered situation is another one; else None."""
    text = str(tracker.latest_message.get("text") or "")
    if not BACK_TO_IMAGES.search(text) or tracker.get_slot("situation") in IMAGE_TALKS:
        return None
    for event in this_session(tracker):
        value = event.get("value")
        if event.get("event") == "slot" and event.get("name") == "situation" and value in IMAGE_TALKS:
            return str(value) if value in topics else None
    return None


def situation_in_view(tracker: Tracker, topics: Container[str]) -> str | None:
    """What the conversation is about: the remembered situation, else the crisis told in it, else
    what the safety check just asked about (`asked_about`). An adult online to whom the young
    person sent images of themselves is about those images.

    "Ik ben verkracht" gets the fixed crisis answer, which sets no slot (it works without the
    action server); "wat moet ik nu?" or "kost dat geld?" after it is about that crisis, not a
    question out of nowhere.
    """
    situation = tracker.get_slot("situation")
    earlier = back_to_earlier_images(tracker, topics)
    if earlier is not None:
        # "Anyway, back to the pic" after a detour about something else: the talk about the image.
        return earlier
    if situation == GROOMING and tracker.get_slot("sent_own_images") == "yes" and OWN_IMAGES in topics:
        # "Hij vraagt om foto's" then "ik heb er 2 gestuurd": images of the young person are out.
        return OWN_IMAGES
    if situation in topics:
        return str(situation)
    crisis = _latest_crisis_answer(tracker)
    topic = CRISIS_TOPIC.get(crisis) if crisis else None
    if topic == DANGER_NOW_TOPIC and VIOLENCE_AT_HOME in topics and danger_at_home(tracker):
        # "Wat moet ik doen?" after 112 for a drunk father who hits: 112 stays first (the crisis
        # channel), Veilig Thuis and the Kindertelefoon after it.
        return VIOLENCE_AT_HOME
    return topic if topic in topics else asked_about(tracker, topics)


# Situations told for someone else (a parent, a teacher, a friend): what is going on is their
# `concern` (slot), such as violence at home or images of the child that go round.
HELPING_FRIEND = "helping_friend"
SOMEONE_ELSE = frozenset({"parent_or_teacher", HELPING_FRIEND})
CONCERNS = frozenset(
    {
        "own_images_shared",
        "saw_illegal_images",
        "grooming",
        "sexual_violence",
        "violence_at_home",
        "worried_own_urges",
        "porn_industry_exploitation",
    }
)


def concern_in_view(tracker: Tracker, situation: str | None, topics: Container[str]) -> str | None:
    """What a talk for someone else is about, when the situation is one: a crisis answer given in
    it ("ze is gisteravond verkracht": CSG's answer), else the slot `concern`; an adult online to
    whom the child sent images of themselves is about those images."""
    if situation not in SOMEONE_ELSE:
        return None
    crisis = _latest_crisis_answer(tracker)
    told = CRISIS_TOPIC.get(crisis) if crisis else None
    concern = told if told in CONCERNS else tracker.get_slot("concern")
    if (
        concern == GROOMING
        and tracker.get_slot("sent_own_images") in ("yes", "child")
        and OWN_IMAGES in topics
    ):
        # "Hij vroeg mijn zoon om foto's", then "hij heeft er twee gestuurd": images of the child
        # are out, so Helpwanted's help for them comes first.
        return OWN_IMAGES
    return str(concern) if concern in CONCERNS and concern in topics else None


# A parent, a teacher or a coach who asks where or how to report what happened to a child ("waar
# melden we dit?", "hoe doe ik hiervan aangifte?", "moet ik dit melden en waar?", "should I take her
# phone to the police?"): the police first (they take a melding or an aangifte, also of images in a
# group chat or a dm), the help for the child beside them. Not images seen on a public site (the
# Meldpunt takes the link) and not violence at home (Veilig Thuis). Read misses of the eleventh to
# sixteenth conversations, as a family: writers put the police first for an adult's report.
PARENT = "parent_or_teacher"
ADULT_REPORT_CONCERNS = frozenset({OWN_IMAGES, GROOMING, "sexual_violence"})
ADULT_REPORT_STEPS = frozenset(
    {
        "report_illegal_content",
        "report_to_police",
        "ask_melding_vs_aangifte",
        "ask_save_evidence",
        "ask_help_overview",
        "hesitate_to_report",
    }
)
REPORT_WORDS = re.compile(
    r"\b(?:meld\w*|gemeld|aangifte|report\w*|politie\w*|police|cops|bewijs|proof|evidence)\b", re.IGNORECASE
)


# A question whether a named channel can do something with it, whether to go there, or what happens
# when one calls it ("kan de politie daar iets mee?", "moet ik met haar naar de politie?", "what happens
# if i call the politie", "can offlimits do anything"): that channel first in the answer (eighteenth
# session, read misses a007, a019 and a053 of the twentieth conversations, as a family).
ASKS_WHAT_IT_CAN_DO = re.compile(
    r"\b(?:iets\s+(?:mee|aan|doen|voor\s+(?:mij|me|ons|haar|hem|jou))|daar\s+(?:\S+\s+)?mee\s+(?:helpen|verder)|"
    r"(?:do|does|can|could)\s+(?:\S+\s+){0,3}(?:anything|something)|"
    r"help(?:en|t)?\s+(?:daar|daarmee|daarbij|met\s+(?:dit|dat)|with\s+(?:this|that|it))|"
    r"zin\s+(?:om|heeft|hebben)|worth\s+(?:it|going|calling|reporting)|"
    r"(?:moet|moeten|zal|zullen|zou|kan|kunnen|should|shall|can)\s+(?:ik|we|i)\s+(?:\S+\s+){0,3}(?:naar|to|go\s+to|"
    r"take\s+(?:her|him|them)\s+to)\s+(?:de\s+|het\s+|the\s+)?(?:politie\w*|police|bureau)|"
    r"(?:what|wat)\s+(?:happens|gebeurt\s+er)\s+(?:if|when|als|wanneer)\s+(?:i|we|ik)\s+(?:\S+\s+){0,3}(?:call|go|report|bel|"
    r"ga|meld)|"
    # "Is stop it now ook voor mij?", "is the kindertelefoon also for someone like me?", "geldt dat ook voor
    # mij": whether the channel named fits the writer (twentieth session, a read miss of the twenty-second
    # conversations as a family).
    r"(?:is|zijn|geldt|geld|werkt|are|works?)\s+(?:\S+\s+){0,4}?(?:ook\s+|also\s+|even\s+)?(?:voor|for)\s+(?:mij|me|"
    r"iemand\s+(?:als|zoals)\s+ik|mensen\s+(?:als|zoals)\s+ik|jongeren|jongens|meisjes|someone\s+like\s+me|people\s+like\s+me|"
    r"my\s+age|mijn\s+leeftijd))\b",
    re.IGNORECASE,
)


def adult_reports_for_a_child(
    tracker: Tracker, step: str, situation: str | None, concern: str | None, text: str
) -> bool:
    """Whether a parent or teacher asks where or how to report what happened to their child."""
    if situation != PARENT or step not in ADULT_REPORT_STEPS or not REPORT_WORDS.search(text):
        return False
    return concern in ADULT_REPORT_CONCERNS or tracker.get_slot("place") == "private"


# Images in a private place (a dm, a group chat, on someone's phone, an airdrop; the slot `place`) that
# are not of the young person: a question about reporting them or keeping proof ("should we forward it
# to the police so they have proof?", "should i tell the mentor or report it myself?") puts the police
# first: no public link for the Meldpunt or Helpwanted to take down, and the police take such a report
# (shared/reference/contacts.md). Read misses of the thirteenth and eighteenth conversations, a family.
# components/material_text.py PRIVATE: a dm, a group chat, someone's phone, the cloud or the dark web.
PRIVATE_PLACE = "private"
PRIVATE_IMAGE_TALKS = frozenset(
    {
        "parent_or_teacher",
        "helping_friend",
        "saw_illegal_images",
        "report_illegal_content",
        "ask_save_evidence",
    }
)


def reports_private_images(tracker: Tracker, situation: str | None, text: str) -> bool:
    """Whether the message asks about reporting (or proof of) images in a private place that are not
    of the young person themselves."""
    return (
        tracker.get_slot("place") == PRIVATE_PLACE
        and situation in PRIVATE_IMAGE_TALKS
        and tracker.get_slot("sent_own_images") != "yes"
        and bool(REPORT_WORDS.search(text))
    )


# Under 13 the police contact the parents (shared/reference/contacts.md); the Kindertelefoon is for 8 to 18.
CHILDLINE = "kindertelefoon"
CHILDLINE_MIN_AGE = 8
CHILDLINE_MAX_AGE = 18
# Somewhere to go or someone to talk to without the parents knowing, for oneself or for a child one
# helps ("waar kan ze terecht zonder dat haar ouders het horen?", "where can she go without her parents
# finding out?", "is er iemand die ik kan spreken zonder dat mn ouders het weten"): the Kindertelefoon
# (free, anonymous, 8 to 18) first (nineteenth session, a read miss of the twenty-first conversations
# as a family).
_PARENTS = r"(?:ouders?|mama|papa|moeder|vader|ma|pa|parents?|mom|mum|dad|family|familie)"
WITHOUT_PARENTS = re.compile(
    rf"\b(?:zonder\s+dat|without)\s+(?:\S+\s+){{0,2}}?{_PARENTS}\b"
    rf"|\b{_PARENTS}\s+(?:\S+\s+){{0,3}}?(?:niks|niets|nothing|not|niet|never|nooit)\s+(?:\S+\s+){{0,2}}?"
    r"(?:weten|horen|merken|know|find\s+out|hear)\b"
    rf"|\bzonder\s+dat\s+(?:die|ze|zij|hun)\s+(?:het\s+)?(?:\S+\s+)?(?:weten|horen|merken)\b(?=.*\b{_PARENTS}\b)"
    rf"|(?=.*\b{_PARENTS}\b).*\bzonder\s+dat\s+(?:die|ze|zij|hun)\s+(?:het\s+)?(?:\S+\s+)?(?:weten|horen|merken)\b",
    re.IGNORECASE,
)
SOMEWHERE_TO_GO = re.compile(
    r"\b(?:waar|wie|welke|where|who|which|iets|iemand|ergens|something|someone|somebody|somewhere|anyone|"
    r"anywhere|terecht|heen|praten|talk|bellen|call|chatten|chat)\b",
    re.IGNORECASE,
)


def childline_without_parents(tracker: Tracker, snapshot: Snapshot, text: str, ids: list[str]) -> list[str]:
    """`ids` with the Kindertelefoon first when the message asks where a young person can go without
    the parents knowing (`WITHOUT_PARENTS`), and the age known is one it is for; else `ids`."""
    age = tracker.get_slot("age")
    if (
        CHILDLINE not in snapshot.registry.channels
        or not WITHOUT_PARENTS.search(text)
        or not SOMEWHERE_TO_GO.search(text)
        or (isinstance(age, int | float) and not CHILDLINE_MIN_AGE <= age <= CHILDLINE_MAX_AGE)
    ):
        return ids
    return named_first([CHILDLINE], ids)


# "Can i call someone myself?", "mag ik zelf bellen", "kan ik zelf iemand bellen": whether a young person may
# reach out on their own.
CALL_MYSELF = re.compile(
    r"\b(?:zelf|myself|on\s+my\s+own|alleen)\s+(?:\S+\s+)?(?:bellen|contact|chatten|call|reach\s+out|chat)\b"
    r"|\b(?:bel|call|chat)\s+(?:\S+\s+)?(?:zelf|myself)\b",
    re.IGNORECASE,
)


# "Can you call someone for me? i cant talk on the phone, he would hear", "hij hoort het als ik bel": calling
# is not safe at home now.
OVERHEARD = re.compile(
    r"\b(?:zou|would|will|gaat|kan|could)\s+(?:het\s+|me\s+|it\s+)?(?:horen|hear)\b"
    r"|\b(?:hoort|hears)\s+(?:het|alles|me|it|everything)\b"
    r"|\bcall\s+(?:someone|somebody|them)\s+for\s+me\b|\b(?:voor\s+(?:mij|me)\s+bellen|bel\s+jij)\b",
    re.IGNORECASE,
)


CHAT_ASKED = re.compile(r"\b(?:chat\w*|appen|whatsapp\w*|typen|texten|schrijven)\b", re.IGNORECASE)


def asks_to_call_alone(text: str) -> bool:
    """Whether a message asks to reach out on one's own or without a parent knowing."""
    return bool(WITHOUT_PARENTS.search(text) or CALL_MYSELF.search(text))


def home_help_without_parents(
    tracker: Tracker, snapshot: Snapshot, situation: str | None, text: str, ids: list[str]
) -> list[str]:
    """`ids` with Veilig Thuis first when a young person in a talk about abuse or violence at home asks
    whether they can call on their own or without a parent knowing ("can i call someone myself zonder dat mn
    moeder het weet?" about a stepfather): children may call Veilig Thuis themselves and advice can be
    anonymous (shared/reference/contacts.md). Twentieth session, a read miss of the twenty-second
    conversations as a family."""
    at_home = (
        situation == VIOLENCE_AT_HOME
        or tracker.get_slot("concern") == VIOLENCE_AT_HOME
        or said_in_session(tracker, HOME_ABUSER)
        or said_in_session(tracker, FILMED_AT_HOME)
    )
    if (
        HOME_HELP not in snapshot.registry.channels
        or not at_home
        or not (asks_to_call_alone(text) or OVERHEARD.search(text))
        # "Ik wil niet bellen want hij hoort alles. kan ik ergens chatten?": a wish to write; those one can
        # chat with stay first (`chat_first`).
        or CHAT_ASKED.search(text)
    ):
        return ids
    return named_first([HOME_HELP], ids)


POLICE_CALL_PARENTS_UNDER = 13
# Steps to the police: after them a question about the age or the parents is about that report.
POLICE_STEPS = frozenset({"report_to_police", "ask_melding_vs_aangifte"})


def under_13_about_an_adult_online(
    tracker: Tracker,
    situation: str | None,
    text: str,
    step: str | None,
    reporting: re.Pattern[str] = REPORT_WORDS,
) -> bool:
    """Whether a young person of 8 to 12, in a talk about an adult online (not for someone else), asks
    whom to tell or where to go: not about reporting (`reporting` words in `text`) and not after a step
    to the police (`step`, the last topic)."""
    age = tracker.get_slot("age")
    return (
        situation == GROOMING
        and isinstance(age, (int, float))
        and CHILDLINE_MIN_AGE <= age < POLICE_CALL_PARENTS_UNDER
        and not reporting.search(text)
        and step not in POLICE_STEPS
    )


def situation_channels(
    snapshot: Snapshot, situation: str, concern: str | None = None
) -> tuple[list[str], str | None]:
    """A situation's channels and its 24/7 channel; for someone else's concern, that topic's channels
    for a parent, a teacher or a friend (channels/topics.yml `situations`), else its own."""
    topics = snapshot.routing.topics
    if concern is not None and concern in topics:
        entry = topics[concern]
        return list(entry.situations.get(situation) or entry.channels), entry.always_open
    entry = topics[situation]
    return list(entry.channels), entry.always_open


def reachable_ids(snapshot: Snapshot, ids: list[str], at: datetime) -> list[str]:
    """`ids` with the channels that can be reached day and night (or are open at `at`) first."""
    registry = snapshot.registry.channels
    return [c.id for c in reachable_first([registry[i] for i in ids if i in registry], at)]


# A report to the police already made, told in this session ("ik heb vorige week aangifte gedaan",
# "we hebben gister aangifte gedaan", "ik heb het al gemeld bij de politie", "i filed a police
# report"): the young person is a victim of a crime reported, so someone to talk to is Slachtofferhulp
# first (free support after a crime). A link reported to a Meldpunt or a platform is no such report.
VICTIM_SUPPORT = "slachtofferhulp"
REPORTED_TO_POLICE = re.compile(
    r"\b(?:aangifte|politierapport)\s+(?:\S+\s+){0,2}?(?:gedaan|gemaakt|ingediend)\b"
    r"|\bmelding\s+(?:\S+\s+){0,2}?bij\s+(?:de\s+)?politie\b(?!\s+(?:doen|maken))"
    r"|\b(?:gemeld|aangegeven)\s+bij\s+(?:de\s+)?(?:politie|police|cops|agent\w*|wijkagent)\b"
    r"|\bbij\s+(?:de\s+)?politie\s+(?:\S+\s+){0,3}?(?:gemeld|aangifte\s+gedaan|geweest|aangegeven)\b"
    r"|\bna\s+(?:mijn|mn|m'n|de|onze|haar|zijn|zn)\s+aangifte\b"
    r"|\b(?:filed|made|did|done|reported)\s+(?:a\s+|the\s+)?(?:police\s+report|aangifte|report\s+(?:to|with|at)\s+the\s+police)\b"
    r"|\breported\s+(?:it|him|her|them|this|that)?\s*to\s+the\s+(?:police|cops)\b"
    r"|\bwent\s+to\s+the\s+(?:police|cops)\b|\bafter\s+(?:my|the|our)\s+(?:police\s+report|aangifte)\b"
    # "Ik ben gisteren naar de politie geweest voor aangifte", "we zijn naar het politiebureau
    # gegaan", "been to the police station".
    r"|\b(?:naar|op|bij)\s+(?:de\s+|het\s+)?(?:politie|politiebureau|bureau|police)\s+(?:\S+\s+){0,2}?"
    r"(?:geweest|gegaan|gelopen)\b(?!\s+(?:om\s+te\s+vragen|voor\s+een\s+vraag))"
    r"|\b(?:been|gone|went)\s+to\s+(?:the\s+)?(?:police|cops|police\s+station)\b",
    re.IGNORECASE,
)


def user_messages(tracker: Tracker) -> list[dict[str, Any]]:
    """This session's user messages, newest first, beginning with the one being answered (which a
    tracker may not hold among its events yet)."""
    latest = {"text": tracker.latest_message.get("text"), "parse_data": tracker.latest_message}
    return [latest, *(e for e in this_session(tracker) if e.get("event") == "user")]


def said_in_session(tracker: Tracker, pattern: re.Pattern[str]) -> bool:
    """Whether a user message of this session (the one being answered too) matches `pattern`."""
    return any(pattern.search(str(m.get("text") or "")) for m in user_messages(tracker))


def intent_of(message: dict[str, Any]) -> str | None:
    """The intent a user message (an event of `user_messages`) was read as."""
    return ((message.get("parse_data") or {}).get("intent") or {}).get("name")


def read_in_session(tracker: Tracker, intents: Collection[str]) -> bool:
    """Whether a user message of this session (the one being answered too) was read as one of `intents`."""
    return any(intent_of(m) in intents for m in user_messages(tracker))


# A meeting with the adult planned or asked for ("hij wil morgen afspreken", "he wants to meet me
# tomorrow", "we spreken zaterdag af bij het station"): within a talk about an adult online, the
# police come first in every answer after it (a meeting is where it gets dangerous).
MEETING_PLANNED = re.compile(
    r"\b(?:afspreken|afspraak|spreken\s+(?:\S+\s+){0,3}af|spreekt\s+(?:\S+\s+){0,3}af|ontmoeten|ontmoet|"
    r"langskomen|komt\s+(?:\S+\s+){0,2}(?:naar\s+(?:me|mij|ons|mijn)|langs)|meet(?:\s+up)?|meeting|hang\s+out|"
    r"come\s+(?:over|to\s+my)|pick\s+me\s+up|ophalen|date|elkaar\s+(?:\S+\s+){0,3}?(?:zien|treffen)|zien\s+elkaar|"
    r"(?:see|seeing)\s+each\s+other)\b",
    re.IGNORECASE,
)


def meeting_planned(tracker: Tracker) -> bool:
    """Whether a user message of this session (the latest one too) tells of a meeting planned."""
    return said_in_session(tracker, MEETING_PLANNED)


# A parent or a teacher who asks for information or how to talk about it ("waar kan ik informatie
# vinden over hoe ik hierover met hem praat?", "any tips on how to bring it up with her?"): Netwerk
# Mediawijsheid (information for parents and educators) first.
MEDIA_LITERACY = "mediawijsheid"
INFO_FOR_PARENTS = re.compile(
    r"\b(?:informatie|info|tips?|advies|advice|uitleg|voorlichting|folder|website\s+met|"
    r"hoe\s+(?:praat|begin|bespreek|vertel)\s+ik|how\s+(?:do|can|should)\s+i\s+(?:talk|bring\s+(?:it|this)\s+up|start|explain)|"
    r"hoe\s+(?:kan|moet)\s+ik\s+(?:\S+\s+){0,3}(?:praten|bespreken|uitleggen|beginnen))\b",
    re.IGNORECASE,
)


def info_first(snapshot: Snapshot, situation: str | None, text: str, ids: list[str]) -> list[str]:
    """`ids` with Netwerk Mediawijsheid first when a parent, a teacher or a friend asks for information."""
    if situation not in SOMEONE_ELSE or MEDIA_LITERACY not in snapshot.registry.channels:
        return ids
    if not INFO_FOR_PARENTS.search(text):
        return ids
    return named_first([MEDIA_LITERACY], ids)


# Abuse of a friend by a man of her family or household ("mijn vriendin vertelde dat haar stiefvader
# aan haar zit", "my friend's uncle touches her"): Veilig Thuis (advice on abuse at home, also for
# those who worry about someone) first. A copy, for the action server, of the family the crisis
# context policy reads (components/crisis_context_policy.py AT_HOME_ABUSER; a test ties the two).
HOME_ABUSER = re.compile(
    r"\b(?:haar|zijn|hun|her|his|their|mijn|mn|m'n|my)\s+(?:(?:friend|friends|friend's|vriendin|vriend)\s+(?:haar\s+|zijn\s+)?)?"
    r"(?:stief\w*|step\w*|oom|ome|uncle|opa|grandpa|grandfather|vader|pa|papa|dad|daddy|"
    r"father|broer\w*|brother|neef|cousin)\b(?:\s+\S+){0,6}?\s+(?:doet|deed|komt|kwam|kruipt|kroop|raakt|raakte|"
    r"aangeraakt|betast\w*|misbruik\w*|verkracht\w*|aanrand\w*|dwingt|dwong|zit|zat|touch\w*|rap\w*|abus\w*|"
    r"molest\w*|forces?|forced|sneaks?|snuck|does|did|comes|came|walks|walked|makes|made)\b"
    # "Ze wordt door haar oom aangeraakt", "abused by her stepdad": the man of the family after "door"/"by".
    r"|\b(?:door|by)\s+(?:haar|zijn|hun|her|his|their|mijn|mn|m'n|my)\s+(?:stief\w*|step\w*|oom|ome|uncle|opa|"
    r"grandpa|grandfather|vader|pa|papa|dad|daddy|father|broer\w*|brother|neef|cousin)\b"
    r"|\b(?:vriend|boyfriend|partner)\s+van\s+(?:haar|zijn|mijn|mn)\s+(?:moeder|ma|mama|vader)\b"
    r"|\b(?:mom'?s|moms|mum'?s|dad'?s)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner)\b",
    re.IGNORECASE,
)


def home_help_first(tracker: Tracker, snapshot: Snapshot, situation: str | None, ids: list[str]) -> list[str]:
    """`ids` with Veilig Thuis first in a talk for a friend whose abuser is family or lives in."""
    if situation == OWN_IMAGES and HOME_HELP in snapshot.registry.channels:
        return with_home_help(tracker, situation, ids)
    if situation not in SOMEONE_ELSE or HOME_HELP not in snapshot.registry.channels:
        return ids
    if not said_in_session(tracker, HOME_ABUSER):
        return ids
    return named_first([HOME_HELP], ids)


def someone_else_help_first(
    tracker: Tracker, snapshot: Snapshot, situation: str | None, text: str, ids: list[str]
) -> list[str]:
    """In a talk for someone else: Veilig Thuis first when the abuser is family or lives in, else
    Netwerk Mediawijsheid first when information is asked for (`home_help_first`, `info_first`)."""
    return home_help_first(tracker, snapshot, situation, info_first(snapshot, situation, text, ids))


def reported_to_police(tracker: Tracker) -> bool:
    """Whether a user message of this session (the latest one too) says a police report was made."""
    return said_in_session(tracker, REPORTED_TO_POLICE)


def victim_support_first(tracker: Tracker, snapshot: Snapshot, ids: list[str]) -> list[str]:
    """Someone to talk to after a police report: Slachtofferhulp first, the others after it."""
    if VICTIM_SUPPORT not in snapshot.registry.channels or not reported_to_police(tracker):
        return ids
    return named_first([VICTIM_SUPPORT], ids)


# Writing rather than calling: "kan ik ook gewoon chatten ipv bellen?", "ik durf niet te bellen",
# "is er iets via whatsapp", "can i text them instead", "iets zonder praten?". Not a chat as a place
# ("in de groepschat", "via de chat van een game").
WITHOUT_CALLING = re.compile(
    r"\b(?:kan|kun|mag|wil|can|could|liever|rather|prefer|alleen|only|ook|also|gewoon|just|of|or)\s+(?:\S+\s+){0,3}?"
    r"(?:chatten|chat|typen|appen|whatsappen|whatsapp|texten|text|sms(?:en)?|mailen|e-?mail(?:en)?)\b"
    r"(?!\s+(?:van|of|in|op|on)\b)"
    r"|\b(?:via|over|per|by)\s+(?:de\s+|the\s+)?(?:chat|whatsapp|app|sms|text|tekst|e-?mail|mail)\b(?!\s+(?:van|of)\b)"
    r"|\b(?:niet|nie|not|never|geen|no|zonder|without|ipv|instead\s+of|in\s+plaats\s+van|than)\s+(?:\S+\s+){0,2}?"
    r"(?:bellen|bel|call|calling|phone|praten|te\s+praten|talking)\b"
    r"|\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot|can\s+not|won'?t)\s+(?:\S+\s+){0,2}?(?:call|phone|talk)\b"
    r"|\b(?:bellen|calling|phoning)\s+(?:durf|wil|kan)\s+(?:ik|i)\s+(?:echt\s+|really\s+|gewoon\s+)?(?:niet|nie|not)\b"
    r"|\b(?:bellen|calling|phoning)\s+(?:is|vind\s+ik)\s+(?:echt\s+|zo\s+|so\s+|really\s+)?(?:eng|scary|moeilijk|hard)\b",
    re.IGNORECASE,
)


def chat_first(snapshot: Snapshot, ids: list[str], text: str) -> list[str]:
    """`ids` with the channels one can chat with first, when the message asks to write rather than
    call (`WITHOUT_CALLING`), after a channel the message asks about; else `ids` as they are."""
    if not WITHOUT_CALLING.search(text):
        return ids
    registry = snapshot.registry.channels
    # "Kan ik veilig thuis nu chatten? ik wil niet bellen": the channel asked about stays first (its
    # hours say when its chat is open), those one can chat with after it. Not one tried in vain
    # (find_channels leaves those out).
    from actions.named_channel import find_channels

    asked = [i for i in find_channels(text, snapshot) if i in ids]
    return named_first(asked, sorted(ids, key=lambda i: i not in registry or registry[i].chat_url is None))


# A minor's own images on a public site or account ("mn video staat op een pornosite", "my nudes are
# on a website where guys rate girls"): images of a child on the public internet, so the Meldpunt
# Kinderporno (Offlimits) takes a report of the link too, after Helpwanted (shared/reference/contacts.md).
ADULT_AGE = 18
# Talks about images of the young person themselves, or of a friend they help.
IMAGES_OF_THEM = frozenset({"own_images_shared", "helping_friend"})


# Taking images down or reporting their link: "kan het eraf?", "get it taken down", "waar meld ik de link?".
TAKE_DOWN_OR_REPORT = re.compile(
    r"\b(?:meld\w*|gemeld|report\w*|flag\w*|verwijder\w*|remove\w*|delete\w*|offline|eraf|weg\s*(?:halen|gehaald|krijgen)|"
    r"taken?\s+(?:it\s+|them\s+)?down|take\s+(?:it|them)\s+(?:down|off)|get\s+(?:it|them)\s+(?:off|down|removed))\b",
    re.IGNORECASE,
)


def meldpunt_for_public_images(tracker: Tracker, situation: str | None, ids: list[str]) -> list[str]:
    """`ids` with Offlimits second when the talk is about a minor's own images on a public site (also
    images from when one was a minor: "ik ben nu 18 maar de foto is van toen ik 16 was")."""
    age = tracker.get_slot("age")
    material = tracker.get_slot("material")
    if (
        situation not in IMAGES_OF_THEM
        or tracker.get_slot("place") != "public"
        or material == "adults"
        or (isinstance(age, int | float) and age >= ADULT_AGE and material != "children")
        or MELDPUNT in ids
        or not ids
    ):
        return ids
    return [ids[0], MELDPUNT, *ids[1:]][:MAX_CHANNELS_PER_TOPIC]


def child_images_of_someone_else_online(tracker: Tracker, situation: str | None) -> bool:
    """A talk for someone else (a friend, a sibling, a pupil) about images of a child on a public site."""
    return (
        situation in SOMEONE_ELSE
        and tracker.get_slot("material") == "children"
        and tracker.get_slot("place") == "public"
    )


# One's own images that show violence done to one, not sexual ("ze hebben me in elkaar geslagen en het
# gefilmd, nu staat het op tiktok", "a video of me getting beaten up is going round"): an assault, so the
# police first and Slachtofferhulp (support after a crime) beside them, Helpwanted (images of yourself
# removed) after them; never CSG, which is for sexual violence (nineteenth session, a read miss of the
# eighteenth conversations as a family). The slot `material` is "violence" (components/material_text.py).
VIOLENCE_MATERIAL = "violence"


def assault_filmed_first(tracker: Tracker, situation: str | None, ids: list[str]) -> list[str]:
    """`ids` as the police, Slachtofferhulp and Helpwanted when one's own images show violence."""
    if situation != OWN_IMAGES or tracker.get_slot("material") != VIOLENCE_MATERIAL:
        return ids
    first = [POLICE, VICTIM_SUPPORT, OWN_IMAGES_HELP]
    return [*first, *(i for i in ids if i not in first and i != SEXUAL_VIOLENCE_HELP)][
        :MAX_CHANNELS_PER_TOPIC
    ]


# After the answer for sexual violence at home (CSG and Veilig Thuis), later answers about it keep
# Veilig Thuis in view, after CSG.
HOME_ANSWER = "utter_crisis_sexual_violence_home"
HOME_HELP = "veiligthuis"
SEXUAL_VIOLENCE_TOPIC = "sexual_violence"
SEXUAL_VIOLENCE_HELP = "csg"


# Abuse at home that keeps happening ("hij komt soms mn kamer in", "dat gebeurt al een jaar, elke keer
# als ze daar logeert", "mn moeder zit de hele tijd aan me", "my stepdad does stuff to her at night"):
# after the fixed answer for sexual violence (CSG first), later answers put Veilig Thuis first, the
# service for abuse at home that goes on, with CSG beside it. Not when an act of the last days is told
# ("gisteren heeft hij me verkracht", "last night he came into my bed"): CSG's acute care comes first.
# Read misses of the ninth, thirteenth, fourteenth and eighteenth conversations, as a family.
ONGOING = re.compile(
    r"\b(?:soms|vaak|steeds|telkens|altijd|weer|nog\s+steeds|de\s+hele\s+tijd|al\s+(?:een|1|twee|drie|\d+)\s+"
    r"(?:jaar|jaren|maand\w*|week|weken)|al\s+(?:jaren|maanden|weken|lang|heel\s+lang)|(?:elke|iedere)\s+"
    r"(?:keer|nacht|dag|week|avond|weekend|vakantie)|'s\s*nachts|snachts|sinds\s+(?:de\s+)?\w+|sometimes|often|always|"
    r"again|every\s+(?:time|night|day|week|weekend)|keeps|for\s+(?:months|years|weeks|a\s+year|a\s+while|ages)|"
    r"at\s+night|since\s+\w+|all\s+the\s+time)\b",
    re.IGNORECASE,
)
# Thinking back is no abuse that goes on: "ik moet er steeds aan denken", "i keep thinking about it", "ik
# slaap vaak slecht" (a message with these words says nothing about how often it happens).
RUMINATION = re.compile(
    r"\b(?:denk\w*|dacht|think\w*|thought|pieker\w*|slaap\w*|sleep\w*|slept|huil\w*|cry\w*|crie[sd]|droom\w*|"
    r"dream\w*|voel\w*|feel\w*|felt|hoofd|head|vergeten|forget)\b",
    re.IGNORECASE,
)
_RECENT = (
    r"(?:gisteren|gisteravond|gisternacht|vannacht|vanavond|vandaag|vanmiddag|vanochtend|eergisteren|"
    r"(?:een|twee|drie|paar|\d)\s+dagen\s+geleden|afgelopen\s+(?:nacht|weekend|week)|dit\s+weekend|vorige\s+week|"
    r"deze\s+week|yesterday|last\s+(?:night|week|weekend)|tonight|today|this\s+(?:morning|afternoon|evening|weekend|week)|"
    r"(?:a\s+few|two|three|\d|couple\s+of)\s+days\s+ago)"
)
RECENT = re.compile(rf"\b{_RECENT}\b", re.IGNORECASE)
SEXUAL_ACT = re.compile(
    r"\b(?:verkracht\w*|aangerand|aanrand\w*|misbruik\w*|betast\w*|aangeraakt|aan\s+me\s+gezeten|gedwongen|seks|"
    r"sex|rap\w*|assault\w*|molest\w*|abus\w*|touched|(?:did|does|do)\s+(?:stuff|things)|"
    r"(?:doet|deed|gedaan)\s+(?:\S+\s+){0,2}?dingen|dingen\s+(?:\S+\s+){0,3}?(?:gedaan|deed|doet)|"
    r"in\s+(?:mn|mijn|m'n|my|haar|her)\s+bed)\b",
    re.IGNORECASE,
)


def ongoing_abuse_at_home(tracker: Tracker) -> bool:
    """Whether this conversation tells of abuse by family or someone at home that keeps happening,
    and not of a sexual act with a time of the last days (CSG's acute care comes first then)."""
    texts = [str(message.get("text") or "") for message in user_messages(tracker)]
    return (
        (said_in_session(tracker, HOME_ABUSER) or said_in_session(tracker, AT_HOME_HARM))
        and any(ONGOING.search(text) and not RUMINATION.search(text) for text in texts)
        and not recent_act_told(tracker)
    )


def recent_act_told(tracker: Tracker) -> bool:
    """Whether this conversation tells of a sexual act and of a time of the last days (CSG's acute
    care, within 7 days, comes first then)."""
    return said_in_session(tracker, RECENT) and said_in_session(tracker, SEXUAL_ACT)


# One's own images made by someone of the family or household ("mijn broer van 17 heeft me gefilmd in de
# badkamer", "my stepdad secretly films me when i shower", "gefilmd door mijn oom"): abuse at home, so
# Veilig Thuis (children may call themselves, day and night) first and Helpwanted (removal) right after
# it (nineteenth session, a read miss of the twenty-first conversations as a family).
_HOUSEHOLD = (
    r"(?:stief\w*|step\w*|broer\w*|brother|vader|pa|papa|dad|daddy|father|oom|ome|uncle|opa|grandpa|"
    r"grandfather|neef|cousin|zus\w*|sister)"
)
_FILMED = (
    r"(?:filmt|filmde|filmden|gefilmd|films|filmed|filming|fotografeert|fotografeerde|gefotografeerd|"
    r"photographed|recorded|records|opgenomen|neemt\s+(?:me|mij)\s+op|nam\s+(?:me|mij)\s+op|"
    r"(?:took|takes|taking|made|makes)\s+(?:\S+\s+)?(?:pics?|pictures?|photos?|videos?|vids?|foto\w*|filmpje\w*)|"
    r"(?:foto\w*|filmpje\w*|video\w*)\s+(?:\S+\s+){0,3}?(?:gemaakt|maakt|maakte))"
)
FILMED_AT_HOME = re.compile(
    rf"\b(?:mijn|mn|m'n|my)\s+(?:\S+\s+)?{_HOUSEHOLD}\b(?:\s+\S+){{0,6}}?\s+{_FILMED}\b"
    rf"|\b{_FILMED}\s+(?:\S+\s+){{0,4}}?(?:door|by)\s+(?:mijn|mn|m'n|my)\s+(?:\S+\s+)?{_HOUSEHOLD}\b",
    re.IGNORECASE,
)


def with_home_help(tracker: Tracker, situation: str | None, ids: list[str]) -> list[str]:
    """`ids` with Veilig Thuis second when the talk is about sexual violence at home, and first when
    that abuse keeps happening (`ongoing_abuse_at_home`); first, Helpwanted after it, when one's own
    images were made by someone of the family (`FILMED_AT_HOME`)."""
    if situation == OWN_IMAGES and said_in_session(tracker, FILMED_AT_HOME):
        return named_first([HOME_HELP, OWN_IMAGES_HELP], ids)[:MAX_CHANNELS_PER_TOPIC]
    if situation != SEXUAL_VIOLENCE_TOPIC:
        return ids
    if ongoing_abuse_at_home(tracker):
        return named_first([HOME_HELP], ids)[:MAX_CHANNELS_PER_TOPIC]
    if HOME_HELP in ids or _latest_crisis_answer(tracker) != HOME_ANSWER:
        return ids
    return [*ids[:1], HOME_HELP, *ids[1:]][:MAX_CHANNELS_PER_TOPIC]


# "En nu?", "wat nu?", "ok en dan", "what now", "and then?", "hoe nu verder": asks for the next step
# of what the bot just said, nothing more.
ONLY_WHAT_NEXT = re.compile(
    r"^\W*(?:(?:ok(?:e|ay|é)?|oke|okee|k|en|and|maar|but|so|dus|ja|yes|yeah|hmm+|uhm*)\W+)*"
    r"(?:wat\s+nu|en\s+nu|nu\s+wat|wat\s+(?:moet|kan|doe)\s+ik\s+nu(?:\s+doen)?|hoe\s+(?:nu\s+)?verder|"
    r"what\s+now|now\s+what|and\s+now|what\s+(?:do|should|can)\s+i\s+do\s+now|what\s+next|wat\s+dan|"
    r"en\s+dan|and\s+then|then\s+what|wat\s+is\s+de\s+volgende\s+stap|next\s+step|hoe\s+dan|en\s+hoe|"
    r"how\s+then|and\s+how|how\s+tho|hoe\s+doe\s+ik\s+dat|how\s+do\s+i\s+do\s+that|en\s+daarna|wat\s+daarna|"
    r"and\s+after\s+that|what\s+after\s+that|and\s+next)"
    r"(?:\s+(?:dan|then|eigenlijk|precies|nog|lol|haha))*\W*$",
    re.IGNORECASE,
)


def what_now(text: str) -> bool:
    """Whether the message only asks what comes next ("en nu?", "wat nu dan", "what now")."""
    return bool(ONLY_WHAT_NEXT.match(text.strip()))


def last_channel_order(tracker: Tracker) -> list[str]:
    """The channels of the bot's latest answer with channels in this session, best fit first."""
    for event in this_session(tracker):
        if event.get("event") == "bot":
            reply = read_reply((event.get("data") or {}).get("custom"))
            order = reply.channel_order() if reply is not None else []
            if order:
                return order
    return []


def named_first(named: list[str], ids: list[str]) -> list[str]:
    """The channels a message names first, then the answer's others, at most as many as a topic has."""
    return [*named, *(i for i in ids if i not in named)][:MAX_CHANNELS_PER_TOPIC]


# Only 113's answer is left behind when the talk moves on: CSG is the help for what happened (every question
# after it, about cost or going there, is about CSG), and danger now may still be going on.
MOVED_ON_FROM = frozenset({"utter_crisis_suicide"})
# "Wat moet ik doen?", "what do i do", "help": asking what to do keeps the crisis answer first.
ASKS_WHAT_TO_DO = re.compile(
    r"\b(?:wat\s+(?:moet|moeten|kan|kunnen|zal)\s+(?:ik|we|wij)\s+(?:nu\s+)?doen|what\s+(?:do|should|can|shall)\s+"
    r"(?:i|we)\s+do|help|hulp|what\s+now|wat\s+nu)\b",
    re.IGNORECASE,
)
# What a young person says after a crisis answer that keeps it: yes to its question, or distress again.
KEEPS_THE_CRISIS = frozenset({*CRISIS_TOPIC.values(), "distress_unclear", "affirm", "nlu_fallback"})


def learned_crisis_moved_on(tracker: Tracker) -> bool:
    """Whether the latest crisis answer came from the learned models alone, and every message since then was
    read as something else, one of them a situation or a question about it, with no crisis signal and no yes.

    "Ik heb het niet gedaan maar mn vriendin wel denk ik" read as suicidal by the detector, then "moet ik dit
    echt melden?": the young person has moved on, so the answer is about the report first; 113 stays named
    on screen right after it (`crisis_first`). A concept's crisis ("ik wil dood", "hij staat voor de deur")
    keeps its channel first (twenty-fourth session, read misses of several conversation sets as a family).
    """
    answer, answered, later = _since_latest_crisis_answer(tracker)
    return (
        answered is not None
        and answer in MOVED_ON_FROM
        and _safety_of(answered).get("reason") in LEARNED_REASONS
        and _moved_on(later)
    )


def _moved_on(later: list[dict[str, Any]]) -> bool:
    """Whether the messages after a crisis answer say something else, one a situation or a question."""
    intents = [str(intent_of(m)) for m in later]
    decisions = {str(_safety_of(m).get("decision")) for m in later}
    if not intents or KEEPS_THE_CRISIS & (set(intents) | decisions):
        return False
    if any(ASKS_WHAT_TO_DO.search(str(m.get("text") or "")) for m in later):
        return False
    return any(i not in NOT_A_SITUATION for i in intents)


def crisis_first(
    tracker: Tracker, ids: list[str], shown: list[str], named: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """`ids` with the conversation's crisis channel first, and `shown` with it on screen. After
    sexual violence told (CSG), a channel the message asks about (`named`) comes before CSG. After a
    crisis only the learned models read, when the young person has moved on (`learned_crisis_moved_on`),
    the crisis channel stays on screen, second."""
    crisis = crisis_channel(tracker)
    if crisis is None:
        return ids, shown
    if learned_crisis_moved_on(tracker):
        rest = [i for i in ids if i != crisis]
        return [*rest[:1], crisis, *rest[1:]], [*(i for i in shown if i != crisis), crisis]
    ids = [crisis, *(i for i in ids if i != crisis)]
    asked = next((i for i in named if i in ids), None)
    if crisis == SEXUAL_VIOLENCE_HELP and asked not in (None, crisis) and not recent_act_told(tracker):
        # "Moeten mn ouders mee als ik naar de politie ga?", "kan ik veilig thuis bellen zonder dat
        # mn moeder het weet?": the answer is about that channel; CSG stays in view right after it.
        # Not after an act of the last days ("eergisteren ... hoe doe ik aangifte?"): CSG's acute care
        # (within 7 days) first.
        ids = [str(asked), crisis, *(i for i in ids[1:] if i != asked)]
    elif crisis == SEXUAL_VIOLENCE_HELP and ids[1:2] == [HOME_HELP] and ongoing_abuse_at_home(tracker):
        # Abuse at home that keeps happening, no act of the last days: Veilig Thuis (put second by
        # `with_home_help` or a talk for a friend) before CSG, who stays in view right after it.
        ids = [HOME_HELP, crisis, *ids[2:]]
    return ids, [*(i for i in shown if i != crisis), crisis]


# "Kan ik dat online melden? ik wil niet naar een politiebureau", "can i report it online, no cops":
# a step to the police read into a message that turns the police down. For abuse material of children
# on a public site (or one's own images there) the Meldpunt takes the link online and anonymously, so
# it comes first, with words that say the police are not needed; the police stay last (nineteenth
# session, a read miss of the twenty-first conversations as a family).
REFUSES_POLICE = re.compile(
    r"\b(?:niet|nie|geen|not|no|never|nooit|zonder|without|don'?t\s+want\s+to\s+(?:go\s+to|call|involve)|"
    r"dont\s+want\s+to\s+(?:go\s+to|call|involve))\s+(?:\S+\s+){0,3}?(?:de\s+|het\s+|een\s+|the\s+|a\s+)?"
    r"(?:politie\w*|police|cops|bureau)\b"
    r"|\b(?:politie\w*|police|cops|bureau)\s+(?:\S+\s+){0,2}?(?:wil|durf|ga|hoef)\s+(?:ik\s+)?(?:echt\s+)?(?:niet|nie)\b",
    re.IGNORECASE,
)
AANGIFTE = re.compile(r"\b(?:aangifte\w*|police\s+report|file\s+a\s+report|press\s+charges)\b", re.IGNORECASE)


def police_last_when_refused(tracker: Tracker, ids: list[str]) -> list[str]:
    """The police last when the latest message says not the police ("is er iets op zondag open? niet de
    politie", "ik wil geen gedoe met politie"), unless it asks about an aangifte: what was asked for comes
    first, the police stay on screen for later (twenty-second session, read misses of the twenty-fifth
    conversations, zb054 and zb059, as a family)."""
    if not police_refused(tracker):
        return ids
    if tracker.get_slot("place") == PRIVATE_PLACE:
        # Material received in a private message, a group or the cloud: the police are where it is
        # reported. When the message turns them down, the anonymous tip (Meld Misdaad Anoniem, not run by
        # the police) comes first where the answer has it, the police last (twenty-third session, a read
        # miss of the twenty-fifth conversations, zb054, as a family); without it the police stay
        # (tests/actions/test_nineteenth_families.py).
        # (The Meldpunt in the answer stands for the police there: plan_channels swaps them.)
        if ANONYMOUS_TIP not in ids or not {POLICE, MELDPUNT} & set(ids):
            return ids
        rest = [i for i in ids if i not in (ANONYMOUS_TIP, MELDPUNT, POLICE)]
        return [ANONYMOUS_TIP, *rest, POLICE]
    if POLICE not in ids:
        return ids
    return [*(i for i in ids if i != POLICE), POLICE]


def police_refused(tracker: Tracker) -> bool:
    """Whether the latest message turns the police down ("niet de politie", "no cops"), not an aangifte."""
    text = str(tracker.latest_message.get("text") or "")
    return bool(REFUSES_POLICE.search(text)) and not AANGIFTE.search(text)


def plan_in_view(
    tracker: Tracker,
    snapshot: Snapshot,
    topic_id: str,
    ids: list[str],
    at: datetime,
    always_open: str | None,
) -> tuple[Route, list[str]]:
    """The route of an answer with these channels (the conversation's crisis channel first, for the
    young person's age, with the police for adults' material or a private message), and the
    channels on screen before it."""
    ids = police_last_when_refused(tracker, ids)
    shown = list(tracker.get_slot("shown_channels") or [])
    if ids:
        # "Ik heb helpwanted gebeld maar niemand nam op": the others first (named_channel imports
        # this module, so the import is here).
        from actions.named_channel import after_tried, find_channels

        text = str(tracker.latest_message.get("text") or "")
        ids = after_tried(text, snapshot, ids)
        # The channels asked about (find_channels leaves out those tried in vain).
        asked = find_channels(text, snapshot)
        if police_refused(tracker):
            # "Is er iets op zondag open? niet de politie" after CSG's crisis answer: the police are named
            # only as not wanted, so they are not what the answer is about (crisis_first).
            asked = [i for i in asked if i != POLICE]
        if not asked and ids[:1] == [HOME_HELP] and asks_to_call_alone(text):
            # "Can i call someone myself without my mom knowing?" at home, after CSG's answer: Veilig Thuis
            # (put first by `home_help_without_parents`) is what the question is about, as if named.
            asked = [HOME_HELP]
        ids, shown = crisis_first(tracker, ids, shown, asked)
    route = plan_channels(
        snapshot,
        topic_id,
        ids,
        at,
        always_open,
        tracker.get_slot("age"),
        material=tracker.get_slot("material"),
        place=tracker.get_slot("place"),
    )
    return route, shown


def conversation_language(tracker: Tracker) -> Language:
    """The language of the conversation (slot `language`, set by components/language_detector.py)."""
    return "en" if tracker.get_slot("language") == "en" else "nl"


def send_cards(
    dispatcher: CollectingDispatcher,
    route: Route,
    shown: list[str],
    asked_for: list[str] | None = None,
    redraw: bool = False,
    language: Language = "nl",
) -> list[str]:
    """Send the route's channels not on screen as cards, name the others; the new `shown` list.

    `asked_for` are the channels the answer is about; when only the 24/7 channel that was added
    for closed or unknown hours would be new, it adds nothing to the cards already on screen and
    is left out. With `redraw`, every channel is drawn.
    """
    on_screen = set() if redraw else set(shown)
    fresh = {c.id for c in route.channels if c.id not in on_screen}
    asked = set(asked_for if asked_for is not None else route.ids)
    if route.always_open is not None and fresh == {route.always_open.id} and fresh.isdisjoint(asked):
        fresh = set()
    new = only(route, fresh)
    seen = [c for c in route.channels if c.id in on_screen]
    above = shown_above(seen, language) if seen else None
    if new.channels or seen:
        reply = route_reply(new, language)
        lead = "\n".join(part for part in (reply.lead, above) if part) or None
        # Without new cards, the notes (such as "adults' material goes to the police") still come.
        body = route_text(new, language) if new.channels else "\n".join(route_notes(new, language))
        text = "\n".join(part for part in (body, above) if part)
        order = [c.id for c in route.channels if c.id in fresh or c.id in on_screen]
        update = {"lead": lead, "shown_above": [c.id for c in seen], "order": order}
        dispatcher.utter_message(text=text, json_message=reply.model_copy(update=update).custom())
    return remember_shown(shown, new.ids)


def show_in_view(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    snapshot: Snapshot,
    topic_id: str,
    ids: list[str],
    at: datetime,
    always_open: str | None,
    asked_for: list[str] | None = None,
    redraw: bool = False,
    on_screen: list[str] | None = None,
) -> tuple[Route, list[str]]:
    """Plan an answer's channels (`plan_in_view`) and send them (`send_cards`) in the
    conversation's language; the route and the channels on screen after it. `on_screen`: cards a
    fixed answer drew, which the slot `shown_channels` does not know of."""
    route, before = plan_in_view(tracker, snapshot, topic_id, ids, at, always_open)
    before = [*before, *(i for i in on_screen or [] if i not in before)]
    shown = send_cards(
        dispatcher, route, before, asked_for=asked_for, redraw=redraw, language=conversation_language(tracker)
    )
    return route, shown


# The safety layer's reason when a word of urgency or the learned models said "danger now" about
# images that spread (ABOUT_IMAGES_REASON in components/safety_decision.py, which runs in the Rasa
# environment; tests/actions checks that the two agree): the answer is about the images, and this
# line keeps 112 in view for the young person's own safety.
ABOUT_IMAGES_NOT_DANGER = "about images, not danger now"
URGENT_IMAGES_RESPONSE = "utter_images_urgent"


def note_urgency_about_images(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After panic about images ("NOODGEVAL dit moet nu offline"): it is urgent, and 112 for danger now."""
    safety = tracker.latest_message.get("safety") or {}
    if isinstance(safety, dict) and safety.get("reason") == ABOUT_IMAGES_NOT_DANGER:
        dispatcher.utter_message(response=URGENT_IMAGES_RESPONSE)
