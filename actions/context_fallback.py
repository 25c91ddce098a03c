"""When a message in the middle of a conversation is not understood: stay with the situation.

"Sorry, dat begreep ik niet" with the main topics is right at the start. After the young person has
said what happened ("mijn naaktfoto gaat rond"), a next message the bot does not understand is
most likely about that: the bot says so, names the help for that situation (cards on screen are
named, not drawn again) and offers the follow-ups as buttons. "Wat moet ik doen?" or "what can
you do?" in the middle of a situation gets that situation's help too, as "what you can do now";
a message that only says who is in the images or where they were is thanked for, not "not
understood".
After a crisis answer with no situation before it, the crisis is the situation ("wat moeten we
doen?" after a disclosure names CSG again). Without either, the plain fixed answer comes. All of
them end with where to go in a crisis.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import show_in_view, situation_in_view
from actions.timed import Timed
from bot.registry import get_catalog

logger = logging.getLogger(__name__)

PLAIN = {
    "nlu_fallback": "utter_nlu_fallback",
    "out_of_scope": "utter_out_of_scope",
    "ask_what_can_you_do": "utter_what_i_can_do",
}
IN_CONTEXT = {"ask_what_can_you_do": "utter_what_now"}
NOT_UNDERSTOOD_IN_CONTEXT = "utter_contextual_fallback"
# A message that only adds who is in the images or where they were ("het waren volwassenen") was
# understood for what matters: the bot thanks for it instead of saying it did not understand.
DETAIL_NOTED = "utter_detail_noted"
DETAILS = ("material", "place")


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
        if situation is None:
            dispatcher.utter_message(response=PLAIN.get(intent, "utter_nlu_fallback"))
            return []
        entry = snapshot.routing.topics[situation]
        detail = any(tracker.latest_message.get(key) for key in DETAILS)
        default = DETAIL_NOTED if detail else NOT_UNDERSTOOD_IN_CONTEXT
        dispatcher.utter_message(response=IN_CONTEXT.get(intent, default))
        _, shown = show_in_view(
            dispatcher, tracker, snapshot, situation, list(entry.channels), self._clock(), entry.always_open
        )
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("contextual fallback situation=%s", situation)
        return [SlotSet("shown_channels", shown)]
