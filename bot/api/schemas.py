"""What the web service accepts and returns: the chat turn, the contact cards, the errors."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bot.reply import ContactCard

MAX_MESSAGE_LENGTH = 1000
# The widget makes 16 random bytes as 32 lowercase hex characters.
SESSION_ID_PATTERN = r"^[0-9a-f]{32}$"
# A button payload is a bare intent. Rasa would also read entities after it ("/x{...}"), which
# would let a client set slots, so nothing else may start with a slash.
_INTENT_PAYLOAD = re.compile(r"^/[a-z][a-z_]{0,63}$")


class ChatRequest(BaseModel):
    """One message from the widget."""

    model_config = ConfigDict(extra="forbid", strict=True)

    session_id: Annotated[str, StringConstraints(pattern=SESSION_ID_PATTERN)] = Field(
        description="Random id the widget keeps in sessionStorage: 32 lowercase hex characters.",
        examples=["3f2a9c0e4b7d4e1f8a6b5c4d3e2f1a0b"],
    )
    message: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_MESSAGE_LENGTH),
    ] = Field(
        description="What the young person typed, or a button payload such as /report_to_police.",
        examples=["ik wil aangifte doen"],
    )

    @field_validator("message")
    @classmethod
    def _plain_intent_only(cls, value: str) -> str:
        if value.startswith("/") and not _INTENT_PAYLOAD.match(value):
            raise ValueError("a message starting with '/' must be a button payload such as /greet")
        return value


class Button(BaseModel):
    """A quick reply: the widget shows `title` and sends `payload` when it is clicked."""

    title: str
    payload: str


class ChatMessage(BaseModel):
    """One message of the bot: text, quick replies and contact cards (bot/reply.py), each optional."""

    text: str | None = None
    buttons: list[Button] = []
    cards: list[ContactCard] = []


class ChatResponse(BaseModel):
    """The bot's messages for one turn, in order."""

    messages: list[ChatMessage]


class ChannelsPublic(BaseModel):
    """The public channel registry with the open-now state at the moment of the request."""

    version: int
    channels: list[ContactCard]


class Problem(BaseModel):
    """One thing wrong with a request, for developers."""

    field: str
    message: str


class ErrorResponse(BaseModel):
    """An error: `detail` is a Dutch sentence the widget can show; `messages` are bot messages."""

    error: str
    detail: str
    problems: list[Problem] = []
    messages: list[ChatMessage] = []


class HealthResponse(BaseModel):
    """Whether the services behind the web service answer."""

    status: str
    rasa: str
    actions: str
    rasa_replicas_up: str = Field(description="Rasa replicas that answer, of those configured: '2/2'")
