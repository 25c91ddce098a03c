"""Talk to the Rasa REST webhook and the action server over a pooled connection; read Rasa's answers."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from bot.api.schemas import Button, ChatMessage
from bot.crisis import live_reply
from bot.registry.catalog import Catalog, Snapshot
from bot.reply import read_reply

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa did not answer in time, or not with a list of messages."""


# A replica that refused the connection, or a proxy in front of it that says it is down: the
# message never reached Rasa, so another replica may take it.
_NOT_DELIVERED = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_DOWN_STATUSES = frozenset({502, 503, 504})
# The replica took the message and then the connection broke (the process died mid-turn): the
# turn may or may not be in the shared tracker store.
_CUT_OFF = (httpx.RemoteProtocolError, httpx.ReadError)
MESSAGE_ID_KEY = "hulpwijzer_message_id"
# Rasa's widget channel (components/widget_channel.py): each utterance comes back whole.
WEBHOOK = "/webhooks/widget/webhook"
# After a replica failed, its sessions go straight to the next replica for this long; then one
# turn tries it again. Saves every turn a refused connect, or a 3 s connect timeout when the
# replica's machine is gone.
DOWN_SECONDS = 5.0


def parse_replicas(rasa_url: str) -> list[str]:
    """The Rasa base URLs in HULPWIJZER_RASA_URL: one, or several separated by commas."""
    replicas = [part.strip().rstrip("/") for part in rasa_url.split(",") if part.strip()]
    if not replicas:
        raise ValueError("HULPWIJZER_RASA_URL names no Rasa server")
    return list(dict.fromkeys(replicas))


def replica_order(replicas: list[str], session: str) -> list[str]:
    """The replicas in the order this session tries them: rendezvous (highest-random-weight) hashing.

    Every web process computes the same order without sharing state, each session sticks to
    its first replica, and when a replica is added or removed only its own sessions move.
    """

    def weight(replica: str) -> bytes:
        return hashlib.blake2b(f"{replica}\n{session}".encode(), digest_size=8).digest()

    return sorted(replicas, key=weight, reverse=True)


def _replayed(tracker: dict[str, Any], message_id: str) -> list[dict[str, Any]] | None:
    """The bot's messages after the user message with this id, as the widget channel sends them.

    None when the tracker does not hold that message (the turn was lost and may be sent again).
    """
    events = [e for e in tracker.get("events") or [] if isinstance(e, dict)]

    def is_the_message(event: dict[str, Any]) -> bool:
        metadata = event.get("metadata")
        return (
            event.get("event") == "user"
            and isinstance(metadata, dict)
            and metadata.get(MESSAGE_ID_KEY) == message_id
        )

    index = next((i for i, event in enumerate(events) if is_the_message(event)), None)
    if index is None:
        return None
    replies: list[dict[str, Any]] = []
    for event in events[index + 1 :]:
        if event.get("event") == "user":
            break
        if event.get("event") != "bot":
            continue
        data = event.get("data") or {}
        whole = {"text": event.get("text"), "buttons": data.get("buttons"), "custom": data.get("custom")}
        replies.append({key: value for key, value in whole.items() if value})
    return replies


class RasaClient:
    """One connection pool to the Rasa replicas and the action server, opened in the app's lifespan.

    `rasa_url` names one Rasa server or several replicas (comma-separated) that share Rasa's
    lock store and tracker store. Each session goes to its own replica (`replica_order`); when
    that replica is down, the next one continues the conversation from the shared store.
    """

    def __init__(
        self,
        rasa_url: str,
        actions_url: str,
        timeout: float,
        health_timeout: float = 2.0,
        transport: httpx.AsyncBaseTransport | None = None,
        token: str | None = None,
        max_in_flight: int = 8,
        clock: Callable[[], float] = time.monotonic,
        catalog: Catalog | None = None,
    ) -> None:
        self.replicas = parse_replicas(rasa_url)
        # The live registry: the cards of the fixed (crisis) answers are redrawn from it.
        self._catalog = catalog
        self.actions_url = actions_url.rstrip("/")
        self.health_timeout = health_timeout
        # Rasa's HTTP API token: with it, a turn cut off by a dying replica is looked up in the
        # shared tracker store before it is sent again, so it is never handled twice.
        self._token = token
        # Rasa handles one message at a time per process (its NLU and policies run on the event
        # loop), so more turns in flight only lengthen its queue. A few per replica keep it busy;
        # the rest wait here in arrival order. Without this bound, 100 simultaneous turns opened
        # 100 new connections to Rasa, overflowed its listen backlog (100), and the dropped
        # connects came back after TCP's 1-3-7 s retries or not at all (make bench: p99 10.9 s
        # and 26 errors at 100 concurrent conversations).
        self._timeout = timeout
        self._clock = clock
        self._down_until: dict[str, float] = {}
        self._slots = {replica: asyncio.Semaphore(max_in_flight) for replica in self.replicas}
        connections = max_in_flight * len(self.replicas) + 8  # + health checks and the console
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)),
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            transport=transport,
        )

    async def aclose(self) -> None:
        """Close the pool."""
        await self._http.aclose()

    async def send(
        self, sender: str, message: str, observe: Callable[[list[dict[str, Any]]], None] | None = None
    ) -> list[ChatMessage]:
        """One message through the widget webhook; the bot's messages for the widget.

        `observe` gets Rasa's messages as they came (with each response's name), e.g. to count
        the turn for the anonymous insight page (bot/insight).
        """
        raw = await self._deliver(sender, message)
        if not isinstance(raw, list) or not all(isinstance(m, dict) for m in raw):
            raise RasaUnavailable("the webhook did not return a list of messages")
        if observe is not None:
            observe(raw)
        snapshot = self._live_registry()
        messages = [m for m in (chat_message(item, snapshot) for item in raw) if m is not None]
        if not messages:
            # Rasa without a loaded model answers every message with []; the bot's own
            # rules always say something. Silence would leave the young person with nothing.
            raise RasaUnavailable("the bot said nothing")
        return messages

    async def _deliver(self, sender: str, message: str) -> Any:
        """Post to the session's replica; on a replica that is down, to the next one."""
        message_id = uuid.uuid4().hex
        body = {"sender": sender, "message": message, "metadata": {MESSAGE_ID_KEY: message_id}}
        cut_off = False
        failure = "no replica"
        for replica in self.order(sender):
            if cut_off:
                replay = await self._already_handled(replica, sender, message_id)
                if replay is not None:
                    return replay
            try:
                response = await self._post_in_turn(replica, body)
            except _NOT_DELIVERED as exc:
                failure = self._failed(replica, type(exc).__name__)
                continue
            except _CUT_OFF as exc:
                self._failed(replica, type(exc).__name__)
                if self._token is None:
                    # Without the API the turn cannot be checked; sending it again could
                    # handle it twice. The young person gets the 24/7 numbers and may retry.
                    raise RasaUnavailable(type(exc).__name__) from exc
                failure, cut_off = type(exc).__name__, True
                continue
            except httpx.HTTPError as exc:
                raise RasaUnavailable(type(exc).__name__) from exc
            if response.status_code in _DOWN_STATUSES:
                failure = self._failed(replica, f"HTTP {response.status_code}")
                continue
            self._down_until.pop(replica, None)
            if response.status_code != 200:
                raise RasaUnavailable(f"HTTP {response.status_code}")
            try:
                return response.json()
            except ValueError as exc:
                raise RasaUnavailable("the webhook did not return JSON") from exc
        logger.warning("no Rasa replica took the turn (%s)", failure)
        raise RasaUnavailable(failure)

    def _live_registry(self) -> Snapshot | None:
        """The registry to redraw fixed answers' cards from; None keeps the trained copies."""
        if self._catalog is None:
            return None
        try:
            return self._catalog.snapshot()
        except Exception:
            logger.exception("the registry could not be read; the fixed answers keep their trained cards")
            return None

    def order(self, sender: str) -> list[str]:
        """The session's replicas in rendezvous order, those that failed just now last."""
        now = self._clock()
        ordered = replica_order(self.replicas, sender)
        return sorted(ordered, key=lambda replica: self._down_until.get(replica, 0.0) > now)

    def _failed(self, replica: str, failure: str) -> str:
        self._down_until[replica] = self._clock() + DOWN_SECONDS
        return failure

    async def _post_in_turn(self, replica: str, body: dict[str, Any]) -> httpx.Response:
        """Post when one of the replica's slots is free (first come, first served).

        Waiting counts against the same timeout as the request itself: the young person waits
        at most that long in total before getting the 24/7 numbers instead.
        """
        started = time.monotonic()
        slot = self._slots[replica]
        try:
            await asyncio.wait_for(slot.acquire(), timeout=self._timeout)
        except asyncio.TimeoutError:
            raise RasaUnavailable("busy: every slot of the replica stayed taken") from None
        try:
            left = max(0.5, self._timeout - (time.monotonic() - started))
            timeout = httpx.Timeout(left, connect=min(left, 3.0))
            return await self._http.post(f"{replica}{WEBHOOK}", json=body, timeout=timeout)
        finally:
            slot.release()

    async def _already_handled(
        self, replica: str, sender: str, message_id: str
    ) -> list[dict[str, Any]] | None:
        """The bot's replies when the cut-off turn is in the shared tracker store, else None."""
        assert self._token is not None
        try:
            tracker = await self._tracker_from(replica, sender, self._token)
        except RasaUnavailable:
            return None
        return _replayed(tracker, message_id)

    async def tracker(self, sender: str, token: str) -> dict[str, Any]:
        """The conversation's tracker from Rasa's HTTP API (token in the query as Rasa wants).

        Replicas share the tracker store, so any replica that answers gives the same tracker.
        """
        failure = "no replica"
        for replica in self.order(sender):
            try:
                return await self._tracker_from(replica, sender, token)
            except RasaUnavailable as exc:
                failure = str(exc)
        raise RasaUnavailable(failure)

    async def _tracker_from(self, replica: str, sender: str, token: str) -> dict[str, Any]:
        try:
            response = await self._http.get(
                f"{replica}/conversations/{sender}/tracker", params={"token": token}
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
        """Whether `url` answers 200 with Rasa's (and rasa-sdk's) health body {"status": "ok"}.

        A proxy or another server answering 200 with an HTML page is not Rasa: chat would fail.
        """
        try:
            response = await self._http.get(url, timeout=self.health_timeout)
            body = response.json() if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError):
            return False
        return isinstance(body, dict) and body.get("status") == "ok"

    async def replicas_up(self) -> list[bool]:
        """Per replica, whether its REST channel answers."""
        return list(await asyncio.gather(*(self._answers(f"{r}/webhooks/rest/") for r in self.replicas)))

    async def health(self) -> tuple[list[bool], bool]:
        """Per Rasa replica whether it answers, and whether the action server does; side by side."""
        replicas, actions = await asyncio.gather(
            self.replicas_up(), self._answers(f"{self.actions_url}/health")
        )
        return replicas, actions


def _buttons(raw: Any) -> list[Button]:
    buttons = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("title"), str):
            payload = item.get("payload")
            buttons.append(Button(title=item["title"], payload=str(payload or item["title"])))
    return buttons


def chat_message(item: dict[str, Any], snapshot: Snapshot | None = None) -> ChatMessage | None:
    """One utterance of the bot as the widget shows it; None when it holds nothing to show.

    A help reply (custom.help_reply) is shown as its lead and its cards; its `text` is the same
    answer for text channels. Any other utterance is shown as its text and buttons. With the
    live registry (`snapshot`), a fixed answer's cards are redrawn from it (bot.crisis.live_reply).
    """
    text = item.get("text") if isinstance(item.get("text"), str) else None
    buttons = _buttons(item.get("buttons"))
    custom = item.get("custom")
    reply = read_reply(custom)
    if reply is not None:
        if snapshot is not None:
            reply = live_reply(snapshot, item.get("response"), reply)
        return ChatMessage(text=reply.lead, buttons=buttons, cards=reply.cards, language=reply.language)
    if custom is not None:
        # A payload that is not a valid help reply: the text still names the channels.
        logger.warning("a custom payload that is no valid help reply was left out")
    if text is None and not buttons:
        return None
    language = item.get("language") if item.get("language") in ("nl", "en") else None
    return ChatMessage(text=text, buttons=buttons, language=language)
