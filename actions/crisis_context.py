"""A possible or real crisis in the middle of a conversation about something else.

Two moments, both predicted by `components/crisis_context_policy.py` only when the conversation has
a situation (`situation` slot):

- **The safety check in context.** A message the learned models alone take for a crisis, or an
  unclear message with a sign of distress, in the middle of a talk about one's images ("HET GAAT
  NU ROND", "wat moet ik doen help"), is most likely about that talk. The bot asks (danger now? /
  suicide? / something sexual? / about what I told you), with 112 and 113 in the text, and shows
  the help for the situation with 113 (first when both learned models read suicide), instead of
  putting a 112 card first for a panic about images. Every button leads to the full crisis answer.
- **The situation after a crisis answer.** The fixed crisis answer comes first (it works without
  this action server). Then this reminder names the help for what the young person told before
  ("and about your images: Helpwanted"): the cause of the crisis often is that situation.

Cards already on screen are named, not drawn again (actions/cards.py).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import (
    CONCERNS,
    OWN_IMAGES,
    OWN_IMAGES_HELP,
    SEXUAL_VIOLENCE_TOPIC,
    SOMEONE_ELSE,
    concern_in_view,
    earlier_crisis_topic,
    named_first,
    show_in_view,
    situation_channels,
    situation_in_view,
)
from actions.follow_ups import ADULTS_MATERIAL, MATERIAL_SITUATIONS, URGES, talk_channels
from actions.timed import Timed
from bot.registry import get_catalog
from bot.registry.catalog import Snapshot

logger = logging.getLogger(__name__)

CHECK_IN_CONTEXT = "utter_check_in_context"
PLAIN_CHECK = "utter_distress_check"
REMIND = "utter_remind_situation"
STILL_HERE = "utter_still_here"
WHAT_I_CAN_DO = "utter_what_i_can_do"
SUICIDE_LINE = "zelfmoordpreventie"
SUICIDAL = "suicidal_thoughts"
# Sexual violence told with images made of it: Helpwanted after CSG's answer (a copy of FILMED in
# components/crisis_context_policy.py, which predicts this action then; the Rasa environment's code
# is not importable here).
FILMED = re.compile(
    r"\b(?:gefilmd|filmde[n]?|filmen|film(?:t|de)\s+(?:het|dat|alles|mij|me)|opgenomen|(?:nam|namen|neemt)\s+"
    r"(?:het|dat|alles|mij|me)\s+(?:\S+\s+)?op|foto'?s\s+(?:van\s+(?:mij|me)\s+)?(?:gemaakt|genomen)|"
    r"(?:filmed|recorded|filming|recording)|(?:took|taking|made|making)\s+(?:pics|pictures|photos|a\s+video|videos|a\s+vid)|"
    r"screenrec\w*)\b"
)
FILMED_HELP = "utter_filmed_help"

# The safety layer's reason for "mijn leven is voorbij" (components/safety_decision.py, which runs in
# the Rasa environment; tests/actions checks that the two agree).
FIGURATIVE_REASON = "concept that is often a figure of speech"


def _both_models_say_suicide(tracker: Tracker) -> bool:
    """Whether 113 comes first in the check: the message may be about suicide for both learned
    models (the intent set is thoughts of suicide and the classifier's own first guess is too). A
    follow-up that only the detector reads that way ("waarom staat het er nog?", "ik heb alleen de
    link bewaard") is most likely about the talk: its help first, 113 on screen and in the text."""
    message = tracker.latest_message or {}
    if (message.get("intent") or {}).get("name") != SUICIDAL:
        return False
    if (message.get("safety") or {}).get("reason") == FIGURATIVE_REASON:
        # "Mn leven is voorbij" after one's video went online: most likely about the images.
        return False
    guess = (message.get("safety") or {}).get("classifier")
    return isinstance(guess, dict) and guess.get("name") == SUICIDAL


# Situations about images the young person saw (not of themselves): distress there first needs
# someone to talk to.
SEEN_SITUATIONS = MATERIAL_SITUATIONS | {ADULTS_MATERIAL}


# What the young person feels or cannot stop ("ik kan niet slapen", "i keep seeing it", "ik schaam
# me", "nightmares", "ik wil praten").
FEELINGS = re.compile(
    r"\b(?:slaap\w*|slapen|sliep|sleep\w*|slept|wakker|awake|nachtmerrie\w*|nightmare\w*|droom\w*|dream\w*|"
    r"zie\s+(?:het|dat|die)|see\s+it|seeing\s+it|hoofd|head|mind|vergeten|forget|schaam\w*|"
    r"denk\w*\s+(?:er\s+)?(?:steeds|constant|de\s+hele\s+tijd|elke\s+dag|nog\s+steeds|aan)|"
    r"(?:keep|can'?t\s+stop|cant\s+stop|stop)\s+thinking|thinking\s+about|"
    r"ashamed|shame|vies|dirty|disgust\w*|bang|scared|afraid|angst\w*|huil\w*|cry\w*|crying|trauma\w*|"
    r"misselijk|panic\w*|paniek\w*|verdrietig|sad|praten|talk\w*|voel\w*|feel\w*|kapot|broken)\b",
    re.IGNORECASE,
)


# The detector's probability of one crisis on its own that makes it what a friend's or a child's
# talk is about. A check asked only because the crisis intents add up ("he hasn't done anything,
# he says": 0.27 sexual violence, 0.19 danger, 0.13 suicide) leaves the concern as it was.
CLEAR_READING = 0.5


def _clear_reading(tracker: Tracker, intent: str) -> bool:
    """Whether the learned detector reads this one crisis clearly (`CLEAR_READING` or more)."""
    scores = (tracker.latest_message or {}).get("crisis_scores") or {}
    score = scores.get(intent) if isinstance(scores, dict) else None
    return isinstance(score, int | float) and score >= CLEAR_READING


class ActionCheckInContext(Timed, Action):
    """Ask whether it is a crisis, with the situation's help and 113 on screen."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_check_in_context"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """The check's question and buttons, then the situation's channels and 113 (first when the
        message may be about suicide)."""
        snapshot = get_catalog().snapshot()
        situation = situation_in_view(tracker, snapshot.routing.topics)
        if situation is None:
            dispatcher.utter_message(response=PLAIN_CHECK)
            return []
        concern = concern_in_view(tracker, situation, snapshot.routing.topics)
        events: list[EventType] = []
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if (
            situation in SOMEONE_ELSE
            and intent in CONCERNS
            and intent in snapshot.routing.topics
            and _clear_reading(tracker, str(intent))
        ):
            # "She just told me he forced her, two hours ago" in a friend's talk: what goes on for
            # the friend now, as after a crisis answer given in that talk.
            concern = str(intent)
            events.append(SlotSet("concern", concern))
        channels, always_open = situation_channels(snapshot, situation, concern)
        if situation in SEEN_SITUATIONS and FEELINGS.search(str(tracker.latest_message.get("text") or "")):
            # Distress after images someone saw ("ik kan niet meer slapen, ik zie het steeds"):
            # someone to talk to first, then where a report goes. A question about the images
            # ("waarom is het nog niet weg?") keeps where a report goes first.
            channels = named_first(talk_channels(snapshot, situation), channels)
        others = [c for c in channels if c != SUICIDE_LINE]
        # In a talk about one's own urges the check only comes when the message may be about the
        # urges ("i want to stop", CrisisContextPolicy): their help first, 113 in the question.
        first_113 = situation != URGES and _both_models_say_suicide(tracker)
        ids = [SUICIDE_LINE, *others] if first_113 else [*others, SUICIDE_LINE]
        dispatcher.utter_message(response=CHECK_IN_CONTEXT)
        _, shown = show_in_view(
            dispatcher, tracker, snapshot, situation, ids, self._clock(), always_open, asked_for=ids
        )
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("safety check in context situation=%s", situation)
        return [*events, SlotSet("shown_channels", shown)]


def _show_situation(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    snapshot: Snapshot,
    situation: str,
    at: datetime,
    redraw: bool = False,
    on_screen_already: bool = False,
) -> list[str]:
    """Send the channels of `situation` (for the concern in view) in view of what is on screen; the
    channels on screen after it. `on_screen_already`: a fixed answer drew them a few turns ago."""
    channels, always_open = situation_channels(
        snapshot, situation, concern_in_view(tracker, situation, snapshot.routing.topics)
    )
    _, shown = show_in_view(
        dispatcher,
        tracker,
        snapshot,
        situation,
        channels,
        at,
        always_open,
        redraw=redraw,
        on_screen=channels if on_screen_already else None,
    )
    return shown


class ActionRemindSituation(Timed, Action):
    """After a crisis answer, name the help for the situation the young person told about before."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_remind_situation"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """The situation's channels after the crisis channel (named: the crisis answer shows it)."""
        snapshot = get_catalog().snapshot()
        situation = tracker.get_slot("situation")
        text = str(tracker.latest_message.get("text") or "").lower()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if (
            intent == SEXUAL_VIOLENCE_TOPIC
            and FILMED.search(text)
            and OWN_IMAGES_HELP in snapshot.registry.channels
            and situation not in snapshot.routing.topics
        ):
            # Filmed, with nothing told before: Helpwanted takes images of oneself offline; never
            # save or send them on.
            dispatcher.utter_message(response=FILMED_HELP)
            _, shown = show_in_view(
                dispatcher, tracker, snapshot, OWN_IMAGES, [OWN_IMAGES_HELP], self._clock(), None
            )
            logger.info("filmed after a crisis answer")
            return [SlotSet("shown_channels", shown)]
        after_earlier_crisis = situation not in snapshot.routing.topics
        if not after_earlier_crisis:
            # The situation told before the crisis (there is one: the crisis itself is not asked
            # for), with images sent to an adult online counted as one's own images.
            situation = situation_in_view(tracker, snapshot.routing.topics) or situation
        else:
            # A crisis answer of another kind before this one: its help stays in view, named (its
            # fixed answer drew the cards a few turns ago).
            situation = earlier_crisis_topic(tracker)
        dispatcher.utter_message(response=REMIND)
        if situation not in snapshot.routing.topics:
            return []
        shown = _show_situation(
            dispatcher, tracker, snapshot, situation, self._clock(), on_screen_already=after_earlier_crisis
        )
        logger.info("situation after a crisis answer situation=%s", situation)
        return [SlotSet("shown_channels", shown)]


class ActionStillHere(Timed, Action):
    """ "Hallo??" or "ben je er nog?" in the middle of a talk (CrisisContextPolicy): not a new greeting
    with the main topics, but "I am still here" and the help for what was told, drawn again (the young
    person may have missed it). After a crisis answer, its channel first."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_still_here"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Still here, and the channels of the situation in view (or of the crisis answered before)."""
        snapshot = get_catalog().snapshot()
        situation = situation_in_view(tracker, snapshot.routing.topics) or earlier_crisis_topic(tracker)
        dispatcher.utter_message(response=STILL_HERE)
        if situation is None or situation not in snapshot.routing.topics:
            dispatcher.utter_message(response=WHAT_I_CAN_DO)
            return []
        shown = _show_situation(dispatcher, tracker, snapshot, situation, self._clock(), redraw=True)
        logger.info("still here situation=%s", situation)
        return [SlotSet("shown_channels", shown)]
