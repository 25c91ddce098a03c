"""What the admin API (/api/admin) accepts and returns: channels with their version, history, errors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


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


class HistoryPublic(BaseModel):
    """The newest versions first, and the current version to send with a rollback."""

    current_version: int
    entries: list[HistoryEntryPublic]


class VersionContent(HistoryEntryPublic):
    """A saved version in full: the file text and its channels."""

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
