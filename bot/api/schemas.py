"""Every model the web service accepts and returns: chat, channels, console, admin, errors, health."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bot import yamlio
from bot.reply import ContactCard, Language
from bot.settings import ROOT

MAX_MESSAGE_LENGTH = 1000
# The widget makes 16 random bytes as 32 lowercase hex characters.
SESSION_ID_PATTERN = r"^[0-9a-f]{32}$"
# A button payload is a bare intent. Rasa would also read entities after it ("/x{...}"), which
# would let a client set slots, so nothing else may start with a slash.
_INTENT_PAYLOAD = re.compile(r"^/[a-z][a-z_]{0,63}$")
# Rasa's own control intents: they restart, undo or restart the session instead of answering.
_CONTROL_INTENTS = frozenset({"restart", "back", "session_start", "nlu_fallback"})
DOMAIN_DIR = ROOT / "domain"


@lru_cache(maxsize=1)
def button_intents() -> frozenset[str]:
    """The intents a message may name as "/intent": the domain's own, not Rasa's control intents."""
    intents: set[str] = set()
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        for entry in (yamlio.safe_load(path.read_text(encoding="utf-8")) or {}).get("intents") or []:
            intents.add(entry if isinstance(entry, str) else next(iter(entry)))
    return frozenset(intents - _CONTROL_INTENTS)


def normalize_message(value: str) -> str:
    """NFKC, control characters that separate words as spaces, other control and format
    characters dropped; what is checked and what reaches Rasa is this text.

    Rasa strips more than pydantic does (\x1c-\x1f are whitespace to Python), so a message
    that starts with such a character would otherwise pass the "/" check and reach Rasa as an
    intent with a chosen confidence.
    """
    text = unicodedata.normalize("NFKC", value)
    return "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf")
    )


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

    @field_validator("message", mode="before")
    @classmethod
    def _normalized(cls, value: Any) -> Any:
        return normalize_message(value) if isinstance(value, str) else value

    @field_validator("message")
    @classmethod
    def _plain_intent_only(cls, value: str) -> str:
        if value.startswith("/") and not (_INTENT_PAYLOAD.match(value) and value[1:] in button_intents()):
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
    language: Language | None = Field(
        default=None,
        description="The conversation's language, when the message says it (a help reply does): "
        "the widget's own words and its lang attribute follow it",
    )


class ChatResponse(BaseModel):
    """The bot's messages for one turn, in order."""

    messages: list[ChatMessage]


class ChannelsPublic(BaseModel):
    """The public channel registry with the open-now state at the moment of the request."""

    version: int
    channels: list[ContactCard]


class RequestProblem(BaseModel):
    """One thing wrong with a request, for developers."""

    field: str
    message: str


class ErrorResponse(BaseModel):
    """An error: `detail` is a Dutch sentence the widget can show; `messages` are bot messages."""

    error: str
    detail: str
    problems: list[RequestProblem] = []
    messages: list[ChatMessage] = []


class HealthResponse(BaseModel):
    """Whether the services behind the web service answer."""

    status: str = Field(description="ok, degraded (a Rasa replica is down, another serves) or unavailable")
    rasa: str
    actions: str
    rasa_replicas_up: str = Field(description="Rasa replicas that answer, of those configured: '2/2'")


# --- the admin API (/api/admin): channels with their version, history ---------------------------


class ChannelAdmin(BaseModel):
    """One channel as maintainers edit it, with the version to send back when saving it."""

    channel: dict[str, Any] = Field(description="Every field of the channel, as in channels.yml")
    version: int = Field(description="Send this back (If-Match or `version`) when saving")


class ChannelsAdmin(BaseModel):
    """Every channel, with the version of the registry they come from."""

    version: int
    channels: list[dict[str, Any]]


class ChangePublic(BaseModel):
    """One changed field of one channel; `field` '' means the whole channel was added or removed."""

    channel: str | None
    field: str
    old: Any = None
    new: Any = None


class HistoryEntryPublic(BaseModel):
    """One saved version: when, by whom, why, and which fields changed."""

    version: int
    saved_at: datetime
    author: str
    reason: str = Field(description="save, rollback, or file (an edit of channels.yml itself)")
    rollback_of: int | None = None
    changes: list[ChangePublic]
    proposal: int | None = Field(default=None, description="The proposal this version put live (four eyes)")
    approved_by: str | None = Field(default=None, description="Who approved it; `author` proposed it")
    older_format: bool = Field(
        default=False,
        description="Saved under an older format that today's rules no longer accept: kept and shown as "
        "saved, but it cannot be rolled back to",
    )
    older_format_problems: list[FieldProblem] = Field(
        default=[], description="What today's rules find wrong in a version of an older format"
    )


class HistoryPublic(BaseModel):
    """The newest versions first, and the current version to send with a rollback."""

    current_version: int
    entries: list[HistoryEntryPublic]


class VersionContent(HistoryEntryPublic):
    """A saved version in full: the file text and its channels (as saved, for one of an older format)."""

    content: str
    channels: list[dict[str, Any]]


class RollbackRequest(BaseModel):
    """The current version the maintainer saw (or send it as If-Match)."""

    version: int | None = None


class FieldProblem(BaseModel):
    """One thing wrong, named by channel and field, in Dutch for the maintainer."""

    channel: str | None
    field: str
    message: str
    technical: str = Field(description="The registry's own (English) message")


class AdminError(BaseModel):
    """An admin error: `detail` is a Dutch sentence; `problems` name channel and field."""

    error: str
    detail: str
    current_version: int | None = None
    problems: list[FieldProblem] = []


# --- the counsellor console (/api/console): a turn and why the bot answered as it did ---------


class IntentScore(BaseModel):
    """An intent and the classifier's confidence in it (0 to 1)."""

    intent: str
    confidence: float


class Explain(BaseModel):
    """What the bot understood in one user turn and what it did about it."""

    intent: str | None
    confidence: float | None
    alternatives: list[IntentScore]
    actions: list[str]
    channels: list[str]
    safety: str | None = None


class Turn(BaseModel):
    """One user message and everything the bot did until it listened again."""

    text: str
    explain: Explain


class CounsellorPublic(BaseModel):
    """Who is logged in to the console."""

    name: str


class ConsoleResponse(BaseModel):
    """The bot's messages for one turn, and why: the intent, its rivals, the actions, the channels."""

    messages: list[ChatMessage]
    explain: Explain
