"""Talk to the Rasa REST webhook and the action server over a pooled connection; read Rasa's answers."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from pydantic import ValidationError

from bot.api.schemas import Button, ChannelPublic, ChatMessage

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa did not answer in time, or not with a list of messages."""


class RasaClient:
    """One connection pool to Rasa and the action server, opened in the app's lifespan."""

    def __init__(
        self,
        rasa_url: str,
        actions_url: str,
        timeout: float,
        health_timeout: float = 2.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.actions_url = actions_url.rstrip("/")
        self.health_timeout = health_timeout
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            transport=transport,
        )

    async def aclose(self) -> None:
        """Close the pool."""
        await self._http.aclose()

    async def send(self, sender: str, message: str) -> list[ChatMessage]:
        """One message through the REST webhook; the bot's messages, text and cards merged."""
        try:
            response = await self._http.post(
                f"{self.rasa_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": message},
            )
            response.raise_for_status()
            raw = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc
        if not isinstance(raw, list) or not all(isinstance(m, dict) for m in raw):
            raise RasaUnavailable("the webhook did not return a list of messages")
        messages = merge_messages(raw)
        if not messages:
            # Rasa without a loaded model answers every message with []; the bot's own
            # rules always say something. Silence would leave the young person with nothing.
            raise RasaUnavailable("the bot said nothing")
        return messages

    async def tracker(self, sender: str, token: str) -> dict[str, Any]:
        """The conversation's tracker from Rasa's HTTP API (loopback, token in the query as Rasa wants)."""
        try:
            response = await self._http.get(
                f"{self.rasa_url}/conversations/{sender}/tracker", params={"token": token}
            )
            response.raise_for_status()
            raw = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            # The exception type only: an HTTP error's text would hold the URL with the token.
            raise RasaUnavailable(type(exc).__name__) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("events"), list):
            raise RasaUnavailable("the tracker has no list of events")
        return raw

    async def _answers(self, url: str) -> bool:
        try:
            response = await self._http.get(url, timeout=self.health_timeout)
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    async def health(self) -> tuple[bool, bool]:
        """Whether Rasa's REST channel and the action server answer, checked side by side."""
        rasa, actions = await asyncio.gather(
            self._answers(f"{self.rasa_url}/webhooks/rest/"),
            self._answers(f"{self.actions_url}/health"),
        )
        return rasa, actions


def _cards(custom: Any) -> list[ChannelPublic]:
    raw = custom.get("channels") if isinstance(custom, dict) else None
    cards: list[ChannelPublic] = []
    for item in raw if isinstance(raw, list) else []:
        try:
            cards.append(ChannelPublic.model_validate(item))
        except ValidationError:
            # The text of the same utterance still names the channel; log no content.
            logger.warning("dropped a malformed channel card: %s", _card_id(item))
    return cards


def _card_id(item: Any) -> str:
    return str(item.get("id")) if isinstance(item, dict) else type(item).__name__


def _buttons(raw: Any) -> list[Button]:
    buttons = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("title"), str):
            payload = item.get("payload")
            buttons.append(Button(title=item["title"], payload=str(payload or item["title"])))
    return buttons


CONTACT_LINE = "• "


def lead_in(text: str) -> str | None:
    """The text that goes above contact cards: the lines that are not one channel's contact line.

    The bot's text lists every channel (for channels without cards); next to the cards that list
    would say everything twice, which is long on a phone and heard twice with a screen reader.
    """
    lines = [line for line in text.splitlines() if not line.startswith(CONTACT_LINE)]
    return "\n".join(lines).strip() or None


def merge_messages(raw: list[dict[str, Any]]) -> list[ChatMessage]:
    """Rasa's messages for the widget; a text directly followed by its cards becomes one message.

    Rasa's REST channel splits one utterance with text and a custom payload into two messages,
    text first; the widget shows the text as the lead-in of the cards.
    """
    messages: list[ChatMessage] = []
    for item in raw:
        text = item.get("text") if isinstance(item.get("text"), str) else None
        cards = _cards(item.get("custom"))
        if text is None and cards and messages and messages[-1].text and not messages[-1].channels:
            messages[-1].text = lead_in(messages[-1].text or "")
            messages[-1].channels = cards
        elif text is not None or cards:
            messages.append(ChatMessage(text=text, buttons=_buttons(item.get("buttons")), channels=cards))
    return messages
