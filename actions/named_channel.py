"""A channel asked for by name ("kindertelefoon", "csg nummer", "offlimits link pls"): its card.

The name is found in the message: the `channel` entity of a button, else the channel's id, its
name as the registry has it (so a maintainer's new channel is found without retraining), or one of
the short names young people use, also with a typo ("kindertelefon", "helpwantd"). The card is
always drawn, also when it was shown before: the young person asked for it. With no name found,
the bot asks which help is meant, with buttons.
"""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import (
    concern_in_view,
    conversation_language,
    last_channel_order,
    send_cards,
    situation_channels,
    situation_in_view,
    this_session,
)
from actions.timed import Timed
from bot.referral import POLICE, fits_age, plan_channels
from bot.registry import get_catalog
from bot.registry.catalog import Snapshot

logger = logging.getLogger(__name__)

TOPIC = "ask_channel_by_name"
WHICH_RESPONSE = "utter_named_channel_which"

# Short names young people use, beside each channel's id and registry name.
ALIASES: dict[str, tuple[str, ...]] = {
    # Not "emergency" alone: "dit is een emergency" says how urgent, it does not ask for 112.
    "alarmnummer": ("112", "alarmnummer", "alarm nummer", "nooddienst", "noodnummer", "emergency number"),
    # Aangifte is only done at the police ("hoe doe ik aangifte?", "kan ik hem aangeven?").
    "politie": (
        "politie",
        "police",
        "0900-8844",
        "09008844",
        "wijkagent",
        "cops",
        "aangifte",
        "aangeven",
        "press charges",
    ),
    "meldmisdaadanoniem": ("meld misdaad anoniem", "misdaad anoniem", "mma", "0800-7000", "08007000"),
    "slachtofferhulp": ("slachtofferhulp", "slachtoffer hulp", "victim support", "shn"),
    "csg": ("csg", "centrum seksueel geweld", "seksueel geweld centrum", "centre sexual violence"),
    "offlimits": ("offlimits", "off limits", "meldpunt", "meldpunt kinderporno", "ekp"),
    "helpwanted": ("helpwanted", "help wanted"),
    "stopitnow": ("stop it now", "stopitnow"),
    "mediawijsheid": ("mediawijsheid", "mediawijs", "netwerk mediawijsheid"),
    "slachtofferwijzer": ("slachtofferwijzer", "slachtoffer wijzer"),
    "kindertelefoon": ("kindertelefoon", "kinder telefoon", "kindertel", "ktf"),
    "zelfmoordpreventie": ("113", "0800-0113", "08000113", "zelfmoordpreventie", "113 zelfmoordpreventie"),
    "veiligthuis": ("veilig thuis", "veiligthuis", "0800-2000", "08002000"),
}
# Names this short are matched exactly; longer ones also with one or two typos.
MIN_FUZZY_LENGTH = 6
FUZZY_RATIO = 0.84
MAX_TYPO_LENGTH = 2


def _typo_length(candidate: str, word: str) -> bool:
    """Whether `candidate` can be `word` with a typo or two: the same first letter and at most two
    letters more or fewer ("kindertelefon", "helpwantd"; not "de telefoon" for "kinder telefoon")."""
    return candidate[:1] == word[:1] and abs(len(candidate) - len(word)) <= MAX_TYPO_LENGTH


def _plain(text: str) -> str:
    """Lower case, no accents, punctuation as spaces (phone numbers keep their dashes)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\-]+", " ", text).split())


def names_of(snapshot: Snapshot) -> dict[str, list[str]]:
    """Every name a channel can be asked for by: its aliases, id and registry name(s)."""
    found: dict[str, list[str]] = {}
    for channel in snapshot.registry.channels.values():
        words = [channel.id, channel.name, *(ALIASES.get(channel.id, ()))]
        if getattr(channel, "name_en", None):
            words.append(str(channel.name_en))
        found[channel.id] = sorted({_plain(w) for w in words if _plain(w)}, key=len, reverse=True)
    return found


# Reporting a person, not a link ("how do I report him?", "kan ik haar melden?", "geef ik hem aan"):
# that goes to the police, so the message names them. Blocking and reporting in an app
# ("hem blokkeren en melden") is the platform's button, not the police.
IN_APP = re.compile(r"\b(?:blok\w*|block\w*|in\s+de\s+app|in\s+the\s+app)\b")
REPORT_PERSON = re.compile(
    r"\b(?:report|reporting|melden|aangeven|aan\s+te\s+geven)\s+(?:him|her|them|that\s+(?:guy|man|person|creep)|"
    r"hem|haar|die\s+(?:man|gast|jongen|vent))\b"
    r"|\b(?:hem|haar|him|her|die\s+(?:man|gast|jongen|vent))\s+(?:\S+\s+){0,2}(?:melden|aangeven|reporten)\b"
    r"|\bgeef\s+(?:ik|je)\s+(?:hem|haar)\s+(?:\S+\s+){0,2}aan\b"
)


# A channel named as not wanted: "geen aangifte", "niet naar de politie", "not the cops", "zonder
# politie". Not "kan ik niet gewoon naar de politie?" (a word between: a question that wants it).
NOT_WANTED_BEFORE = re.compile(
    r"(?:\bgeen|\bniet\s+naar(?:\s+de|\s+het)?|\bnot(?:\s+to)?(?:\s+the)?|\bno|\bzonder(?:\s+de|\s+het)?|"
    r"\bwithout(?:\s+the)?|\bnooit(?:\s+naar)?(?:\s+de|\s+het)?)\s*$"
)


def _first_wanted(plain: str, needle: str) -> int:
    """Where `needle` first occurs not named as unwanted, or -1."""
    at = plain.find(needle)
    while at >= 0:
        if not NOT_WANTED_BEFORE.search(plain[max(0, at - 30) : at + 1]):
            return at
        at = plain.find(needle, at + 1)
    return -1


# A channel tried that did not help: "ik heb helpwanted gebeld maar niemand nam op", "the
# kindertelefoon said i'm too old", "csg chat was dicht". The channels named before these words were
# tried; those named after them are asked for ("..., kan ik de politie bellen?").
NOT_WORKED = re.compile(
    r"\b(?:niemand\s+(?:nam|neemt)\s+op|nobody\s+(?:picked|picks|answered|answers)|no\s*one\s+(?:picked|answered|"
    r"picks|answers)|(?:geen|no)\s+(?:antwoord|gehoor|answer|reply|response)|(?:nam|neemt|namen|nemen)\s+(?:\S+\s+)?niet\s+op|"
    r"(?:didn'?t|did\s+not|don'?t|doesn'?t)\s+(?:pick\s+up|answer|reply|help)|niet\s+bereikbaar|onbereikbaar|"
    r"(?:was|is|waren|zijn)\s+(?:\S+\s+)?(?:dicht|gesloten|closed)|"
    r"(?:zei|zeiden|zegt|zeggen|vonden|vond|said|says|told\s+me)\s+(?:\S+\s+){0,4}?(?:te\s+(?:jong|oud)|too\s+(?:young|old))|"
    r"(?:konden|kon|wilden|wilde|kunnen)\s+(?:me\s+|mij\s+)?(?:niet|nie)\s+helpen|(?:couldn'?t|wouldn'?t|could\s+not|"
    r"can'?t|cant)\s+help|in\s+de\s+wacht|on\s+hold|(?:was|is)\s+bezet|hielp\s+(?:niet|niks|me\s+niet)|"
    r"helped\s+nothing|hing\s+op|hung\s+up)\b",
    re.IGNORECASE,
)
# Not meant for one: those are left out, not only put after the others.
NOT_FOR_ME = re.compile(r"\b(?:te\s+(?:jong|oud)|too\s+(?:young|old))\b", re.IGNORECASE)
# "Ze zeiden dat ze te jong was. Is het alleen voor 18+?", "... too young, is that true?": a doubt
# about what a channel is for, asked after hearing it; not a channel tried in vain.
DOUBTS_IT = re.compile(
    r"\b(?:klopt\s+(?:dat|het)|is\s+dat\s+(?:zo|waar|echt\s+zo)|is\s+(?:het|dat|die|helpwanted|csg)\s+"
    r"(?:\S+\s+)?alleen\s+voor|alleen\s+voor\s+(?:18|volwassenen|ouderen)|is\s+(?:that|this|it)\s+true|"
    r"is\s+(?:it|that|this|helpwanted|csg)\s+(?:\S+\s+)?(?:only|just)\s+for|only\s+for\s+(?:18|adults|grown)|"
    r"echt\s+waar|for\s+real)\b",
    re.IGNORECASE,
)


def tried_channels(text: str, snapshot: Snapshot) -> list[str]:
    """The channels the message says were tried and did not help (named before those words)."""
    plain = _plain(text)
    failed = NOT_WORKED.search(plain)
    if failed is None or (NOT_FOR_ME.search(plain) and DOUBTS_IT.search(plain[failed.end() :])):
        return []
    return _find_channels(plain[: failed.start()], snapshot)


def after_tried(text: str, snapshot: Snapshot, ids: list[str]) -> list[str]:
    """`ids` with the channels tried in vain last (left out when not meant for one's age)."""
    tried = tried_channels(text, snapshot)
    if not tried:
        return ids
    rest = [i for i in ids if i not in tried]
    return rest if NOT_FOR_ME.search(text) else [*rest, *(i for i in tried if i in ids)]


def find_channels(text: str, snapshot: Snapshot) -> list[str]:
    """The channels named in `text`, in the order they appear (not those tried in vain: "helpwanted
    nam niet op"); the police also when the message is about reporting a person."""
    tried = tried_channels(text, snapshot)
    return [i for i in _find_channels(text, snapshot) if i not in tried]


def _find_channels(text: str, snapshot: Snapshot) -> list[str]:
    plain = f" {_plain(text)} "
    tokens = plain.split()
    hits: dict[str, int] = {}
    person = REPORT_PERSON.search(plain)
    if person is not None and not IN_APP.search(plain) and POLICE in snapshot.registry.channels:
        hits[POLICE] = person.start()
    for channel_id, words in names_of(snapshot).items():
        for word in words:
            if f" {word} " in plain:
                # Named, unless only as not wanted ("geen aangifte", "niet naar de politie").
                at = _first_wanted(plain, f" {word} ")
                if at >= 0:
                    hits[channel_id] = min(hits.get(channel_id, at), at)
                continue
            if len(word) < MIN_FUZZY_LENGTH:
                continue
            size = len(word.split())
            for i in range(len(tokens) - size + 1):
                candidate = " ".join(tokens[i : i + size])
                if not _typo_length(candidate, word):
                    continue
                if difflib.SequenceMatcher(None, candidate, word).ratio() >= FUZZY_RATIO:
                    hits[channel_id] = min(hits.get(channel_id, 10_000 + i), 10_000 + i)
                    break
    return sorted(hits, key=lambda c: hits[c])


# "Wat doen die eigenlijk?", "wie zijn dat?", "what do they do?", "hoe werkt dat bij hun?": a
# question about what a channel does that points back at one named before.
WHAT_IT_DOES = re.compile(
    r"\b(?:(?:wat|what)\s+(?:doen|doet|do|does|is|zijn|are)|(?:wie|who)\s+(?:zijn|is|are)|"
    r"(?:hoe|how)\s+(?:werkt|werken|works?|work))\s+(?:\S+\s+)?(?:die|dat|ze|zij|hun|hen|they|them|that|those|it)\b"
    r"(?:\s+\S+){0,3}\s*\??\s*$",
    re.IGNORECASE,
)


# "Wat is het verschil eigenlijk?", "whats the difference", "welke van de twee?" right after two channels
# were named ("jij zei helpwanted maar mn vriendin zegt offlimits"): those channels, the one that fits
# first (nineteenth session, a read miss of the fourteenth conversations as a family).
DIFFERENCE = re.compile(
    r"\b(?:verschil\w*|difference|differ|diff|welke\s+van\s+(?:de\s+|die\s+)?(?:twee|2|beide)|which\s+of\s+(?:the\s+)?"
    r"(?:two|2|them|those|both)|which\s+one)\b",
    re.IGNORECASE,
)
MIN_COMPARED = 2


def compared_before(tracker: Tracker, snapshot: Snapshot, text: str) -> list[str]:
    """The channels a question about their difference points back at (named together in one of
    the last two earlier messages, `DIFFERENCE`), the one that fits the talk first; else none."""
    if not DIFFERENCE.search(text):
        return []
    before = named_before(tracker, snapshot, within=2)
    return fit_first(tracker, snapshot, before) if len(before) >= MIN_COMPARED else []


def compared_now(tracker: Tracker, snapshot: Snapshot, text: str, found: list[str]) -> list[str]:
    """The channels a message names, the one that fits the talk first when it asks about their
    difference ("wat is t verschil tussen offlimits en helpwanted?" about a friend's sextortion)."""
    if len(found) >= MIN_COMPARED and DIFFERENCE.search(text):
        return fit_first(tracker, snapshot, found)
    return found


def named_before(tracker: Tracker, snapshot: Snapshot, within: int | None = None) -> list[str]:
    """The channels named in the latest earlier user message of this session that names one (among
    the last `within` earlier ones, when given)."""
    said = (e for e in this_session(tracker) if e.get("event") == "user")
    next(said, None)  # the message being answered now
    for index, event in enumerate(said):
        if within is not None and index >= within:
            break
        found = find_channels(str(event.get("text") or ""), snapshot)
        if found:
            return found
    return []


def referred_channel(tracker: Tracker, snapshot: Snapshot, within: int = 2) -> list[str]:
    """The channel a question like "wat doen die?" points back at: the one named last in the
    latest earlier user message that names one (beside the police, which is often only the
    setting: "de politie vroeg of slachtofferhulp mocht bellen")."""
    found = named_before(tracker, snapshot, within)
    return [i for i in found if i != POLICE][-1:] or found[-1:]


def fit_first(tracker: Tracker, snapshot: Snapshot, ids: list[str]) -> list[str]:
    """Channels named together, ordered by how they rank for the situation of the talk (the one in
    view, channels/topics.yml); in a talk for someone else, by what is going on for them ("offlimits
    of helpwanted, welke past bij haar?" from a teacher whose pupil's nude goes round: Helpwanted
    first; nineteenth session, a read miss of the twenty-first conversations as a family). In the
    order named when there is no situation or neither is listed."""
    topics = snapshot.routing.topics
    situation = situation_in_view(tracker, topics) or str(tracker.get_slot("situation") or "")
    if situation not in topics:
        return ids
    ranked = situation_channels(snapshot, situation, concern_in_view(tracker, situation, topics))[0]
    rank = {channel: index for index, channel in enumerate(ranked)}
    return sorted(ids, key=lambda channel: rank.get(channel, len(rank)))


MAX_NAMED = 4
# "Gewoon het nummer", "geef me de link", "just the number pls", "whats the number", "contact info?".
NUMBER_OR_LINK = re.compile(
    r"\b(?:nummer\w*|telefoonnummer\w*|number\w*|link\w*|linkje|site|website|url|contact\w*|gegevens|details)\b",
    re.IGNORECASE,
)
MAX_AGAIN = 3


def send_named_cards(
    dispatcher: CollectingDispatcher, tracker: Tracker, snapshot: Snapshot, ids: list[str], at: datetime
) -> list[str]:
    """The cards of the channels named (at most `MAX_NAMED`), drawn again even when shown before;
    the channels on screen after them."""
    route = plan_channels(snapshot, TOPIC, ids[:MAX_NAMED], at)
    before = list(tracker.get_slot("shown_channels") or [])
    shown = send_cards(dispatcher, route, before, redraw=True, language=conversation_language(tracker))
    # Log only ids, never message text: conversations stay anonymous.
    logger.info("named channel=%s", ",".join(route.ids))
    return shown


class ActionSendNamedChannel(Timed, Action):
    """Draw the card of the channel the young person asked for by name."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_send_named_channel"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """The named channels' cards, drawn again even when shown before; else ask which one."""
        snapshot = get_catalog().snapshot()
        entities = [
            e.get("value")
            for e in tracker.latest_message.get("entities") or []
            if e.get("entity") == "channel" and e.get("value") in snapshot.registry.channels
        ]
        text = str(tracker.latest_message.get("text") or "")
        ids = entities or find_channels(text, snapshot)
        if not ids:
            # "En wat is het verschil?" after two channels were named: those two.
            ids = compared_before(tracker, snapshot, text)
        if not ids and WHAT_IT_DOES.search(text):
            # "Wat doen die eigenlijk?" after "de politie vroeg of slachtofferhulp mocht bellen".
            ids = referred_channel(tracker, snapshot)
        if not ids and NUMBER_OR_LINK.search(text):
            # "Gewoon het nummer pls", "just give me the link": the cards of the answer just given,
            # drawn again (numbers and links on them), the best fit first.
            ids = last_channel_order(tracker)[:MAX_AGAIN]
        if not ids:
            dispatcher.utter_message(response=WHICH_RESPONSE)
            return []
        if len(ids) > 1:
            # "Wat is het verschil tussen offlimits en helpwanted?" after "mn nudes staan op een
            # site": both cards, the one that fits what happened first.
            ids = fit_first(tracker, snapshot, ids)
        fitting = for_age(tracker, snapshot, ids)
        if not fitting:
            # "Will the kindertelefoon help me?" at 19: not for that age; the situation's help that is.
            situation = situation_in_view(tracker, snapshot.routing.topics)
            others = situation_channels(snapshot, situation or OVERVIEW)[0]
            others = for_age(tracker, snapshot, [i for i in others if i not in ids])
            if others:
                dispatcher.utter_message(response=NOT_FOR_AGE_RESPONSE)
                ids = others
        shown = send_named_cards(dispatcher, tracker, snapshot, ids, self._clock())
        return [SlotSet("shown_channels", shown)]


NOT_FOR_AGE_RESPONSE = "utter_named_not_for_age"
# Where someone whose situation is not known can go: the overview's channels (channels/topics.yml),
# so a maintainer's edit there holds here too.
OVERVIEW = "ask_help_overview"


def for_age(tracker: Tracker, snapshot: Snapshot, ids: list[str]) -> list[str]:
    """The channels of `ids` meant for the young person's age (all when the age is not known)."""
    age = tracker.get_slot("age")
    known = age if isinstance(age, int | float) else None
    registry = snapshot.registry.channels
    return [i for i in ids if i in registry and fits_age(registry[i], known)]
