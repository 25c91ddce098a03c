"""Routing actions: send the channels that fit the young person's situation, read live from the registry."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.cards import send_cards
from actions.timed import Timed
from bot.referral import plan_route
from bot.registry import get_catalog

logger = logging.getLogger(__name__)

AFFIRM_INTENT = "affirm"


def topic_response(topic: str) -> str:
    """The domain response that introduces a topic."""
    return f"utter_topic_{topic}"


def offer_response(topic: str) -> str:
    """The domain response that offers a topic as a yes/no follow-up."""
    return f"utter_offer_{topic}"


class ActionSendChannels(Timed, Action):
    """Send the channels of the situation (text and contact-card payload) from the live registry."""

    def name(self) -> str:
        """The action's name in the domain."""
        return "action_send_channels"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Route on the latest intent, or on the offered topic when the user said yes.

        For a situation the user named, the rule has already sent its introduction and sends the
        follow-up offer after this action. After a yes, no rule knows the topic, so this action
        sends the introduction and the next offer itself.
        """
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        said_yes = intent == AFFIRM_INTENT
        topic = tracker.get_slot("offered_topic") if said_yes else intent
        snapshot = get_catalog().snapshot()
        if not isinstance(topic, str) or topic not in snapshot.routing.topics:
            # A yes with nothing offered, or an intent without channels: show the topics.
            dispatcher.utter_message(response="utter_what_i_can_do")
            return [SlotSet("offered_topic", None)]

        route = plan_route(snapshot, topic, self._clock(), tracker.get_slot("age"))
        offer = snapshot.routing.topics[topic].offer
        if said_yes:
            dispatcher.utter_message(response=topic_response(topic))
        # The text for any channel, the help reply (lead and cards) for the widget, in one message.
        # Cards shown in the last turns are named, not drawn again, unless the young person asks
        # for the same situation once more.
        before = list(tracker.get_slot("shown_channels") or [])
        asked_again = topic == tracker.get_slot("situation")
        shown = send_cards(dispatcher, route, before, redraw=asked_again)
        if said_yes and offer is not None:
            dispatcher.utter_message(response=offer_response(offer))
        # Log only ids, never message text: conversations stay anonymous.
        logger.info("routed topic=%s channels=%s", topic, ",".join(route.ids))
        # The situation is remembered for follow-up questions; its cards count as shown.
        return [
            SlotSet("last_topic", topic),
            SlotSet("situation", topic),
            SlotSet("offered_topic", offer),
            SlotSet("shown_channels", shown),
        ]
