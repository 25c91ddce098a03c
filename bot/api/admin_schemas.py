"""Schemas of the maintainers' checks: freshness, link check and four-eyes proposals (/api/admin)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from bot.api.schemas import ChangePublic


class FreshnessRow(BaseModel):
    """One channel: when its facts were last checked, and whether a new check is due."""

    channel_id: str
    name: str
    verified_on: date
    age_days: int
    limit_days: int = Field(description="90 for a channel with a crisis number (112, 113, CSG), else 180")
    crisis: bool
    stale: bool
    source: str


class FreshnessPublic(BaseModel):
    """Every channel, the oldest check first."""

    today: date
    channels: list[FreshnessRow]


class LinkResultPublic(BaseModel):
    """One URL of one channel field as the link check found it."""

    channel_id: str
    field: str
    url: str
    verdict: str = Field(description="ok, redirected, phone_missing (names none of the numbers) or broken")
    status: int | None
    final_url: str
    redirects: list[str]
    error: str | None
    phones: list[str] = Field(description="The numbers looked for on this page (website and source)")
    missing_phones: list[str]


class LinkReportPublic(BaseModel):
    """Every link of the registry, in registry order."""

    checked_at: datetime
    seconds: float
    counts: dict[str, int]
    results: list[LinkResultPublic]


class ProposalPublic(BaseModel):
    """A change to a four-eyes channel (112, 113, CSG, Veilig Thuis) waiting for a second maintainer."""

    number: int
    channel_id: str
    base_version: int
    proposed_at: datetime
    proposed_by: str
    status: str = Field(description="open, approved or rejected")
    decided_at: datetime | None
    decided_by: str | None
    applied_version: int | None
    channel: dict[str, Any] = Field(description="The channel as it would go live")
    changes: list[ChangePublic]


class ProposalsPublic(BaseModel):
    """Proposals, newest first."""

    proposals: list[ProposalPublic]
