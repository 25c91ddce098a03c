"""POST /api/chat: one message to the bot, its messages back; help numbers when the bot is down."""

from __future__ import annotations

import logging
import time

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse

from bot.api.deps import CatalogDep, ClientAddressDep, RasaClientDep, RateLimiterDep, SettingsDep
from bot.api.rasa_client import RasaUnavailable
from bot.api.routes.insight import InsightDep, turn_counter
from bot.api.schemas import ChatMessage, ChatRequest, ChatResponse, ErrorResponse
from bot.crisis import BOT_DOWN, bot_down_reply, live_reply
from bot.registry.catalog import Catalog

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/chat", tags=["chat"])

# When domain/crisis.yml cannot be read at all, these words still name the numbers.
_LAST_RESORT = "Sorry, er gaat bij mij nu iets mis. Nu gevaar? Bel 112. Denk je aan zelfmoord? Bel 113."


def unavailable_error(catalog: Catalog | None = None) -> ErrorResponse:
    """The 503 body: the answer Rasa itself gives when the action server is down (domain/crisis.yml).

    With the live registry (`catalog`), its cards are redrawn from it, as the crisis answers are.
    """
    try:
        reply = bot_down_reply()
        if catalog is not None:
            try:
                reply = live_reply(catalog.snapshot(), BOT_DOWN, reply)
            except Exception:
                logger.exception("the registry could not be read; sent the bot-down answer's own cards")
        message = ChatMessage(text=reply.lead, cards=reply.cards)
    except Exception:
        logger.exception("domain/crisis.yml gave no bot-down answer; sent the last-resort text")
        message = ChatMessage(text=_LAST_RESORT)
    return ErrorResponse(
        error="bot_unavailable",
        detail="De chatbot werkt nu even niet. Probeer het later nog eens.",
        messages=[message],
    )


@router.post(
    "",
    response_model=ChatResponse,
    responses={
        status.HTTP_400_BAD_REQUEST: {"model": ErrorResponse, "description": "Not JSON"},
        status.HTTP_413_CONTENT_TOO_LARGE: {"model": ErrorResponse, "description": "Body too big"},
        status.HTTP_422_UNPROCESSABLE_CONTENT: {"model": ErrorResponse, "description": "Invalid"},
        status.HTTP_429_TOO_MANY_REQUESTS: {"model": ErrorResponse, "description": "Too many"},
        status.HTTP_503_SERVICE_UNAVAILABLE: {
            "model": ErrorResponse,
            "description": "Rasa is down or too slow; the body holds the 24/7 help numbers",
        },
    },
)
async def send_message(
    chat: ChatRequest,
    rasa: RasaClientDep,
    settings: SettingsDep,
    limiter: RateLimiterDep,
    address: ClientAddressDep,
    insight: InsightDep,
    catalog: CatalogDep,
) -> ChatResponse | JSONResponse:
    """Send one message to the bot and get its replies: text, buttons and contact cards."""
    # Per conversation, then per address (hashed at once, never stored or logged).
    await limiter.hit(chat.session_id, address)
    started = time.perf_counter()
    try:
        messages = await rasa.send(
            chat.session_id, chat.message, observe=turn_counter(insight, chat.session_id)
        )
    except RasaUnavailable as exc:
        logger.warning("rasa unavailable (%s); sent the 24/7 numbers", exc)
        return JSONResponse(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            content=unavailable_error(catalog).model_dump(),
        )
    took_ms = (time.perf_counter() - started) * 1000
    # Only counts and timing: no text, no session id, no address.
    logger.info("chat turn: %d message(s) in %.0f ms", len(messages), took_ms)
    if settings.log_message_text:
        logger.info("chat text (log_message_text is on): %r", chat.message)
    return ChatResponse(messages=messages)
