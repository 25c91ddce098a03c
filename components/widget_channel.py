"""The web service's channel into Rasa: like the REST channel, but each utterance stays one message.

Rasa's REST channel splits an utterance with text and a custom payload into two messages. A help
reply is one utterance on purpose (bot/reply.py: `text` for text channels, `custom.help_reply`
for the widget), so this channel returns it whole: text, buttons and custom payload together,
in the order the bot said them. It also never logs what the young person wrote, where Rasa's
REST channel logs the message text when handling fails.

Registered in credentials.yml as `components.widget_channel.WidgetInput`; the web service posts
to /webhooks/widget/webhook. The plain REST channel stays for `curl` and other text clients.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

# What one utterance of the bot can carry that the widget reads.
_PARTS = ("text", "buttons", "custom")


def _response_language(message: dict[str, Any]) -> str:
    """The language of a domain response: English when Rasa picked the variant for `language` = en.

    Every response has a Dutch default and an English variant with that condition, and Rasa
    passes the chosen variant's condition along with the message, so the widget can follow the
    conversation's language on every answer, not only on help replies.
    """
    for condition in message.get("condition") or []:
        if isinstance(condition, dict) and condition.get("name") == "language":
            return str(condition.get("value"))
    return "nl"


class WidgetOutput(CollectingOutputChannel):
    """Collects the bot's utterances, each as one message."""

    @classmethod
    def name(cls) -> str:
        """The output channel's name."""
        return "widget"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Keep text, buttons and custom payload of one utterance together."""
        whole = {key: message[key] for key in _PARTS if message.get(key)}
        if whole:
            # The response's name (Rasa puts it in each message it draws from the domain), so the
            # web service can count answers by kind without reading any text.
            if isinstance(message.get("utter_action"), str):
                whole["response"] = message["utter_action"]
                whole["language"] = _response_language(message)
            await self._persist_message({"recipient_id": recipient_id, **whole})


class WidgetInput(RestInput):
    """POST /webhooks/widget/webhook with {sender, message, metadata}: the bot's messages, whole."""

    @classmethod
    def name(cls) -> str:
        """The input channel's name (part of the webhook path)."""
        return "widget"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The health route and the webhook."""
        webhook = Blueprint("widget_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            collector = WidgetOutput()
            message = UserMessage(
                self._extract_message(request),
                collector,
                await self._extract_sender(request),
                input_channel=self.name(),
                metadata=self.get_metadata(request),
            )
            try:
                await on_new_message(message)
            except CancelledError:
                logger.error("widget channel: the turn was cancelled (timeout)")
            except Exception:
                # The exception type only: its message or traceback could quote the user's text.
                logger.error("widget channel: handling a message failed", exc_info=False)
            return response.json(collector.messages)

        return webhook
