"""Pydantic models of the channel registry and the routing table: the single definition of valid data."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from bot.registry.schedule import Hours, WeeklySchedule, is_open

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
_E164_NL = re.compile(r"^\+31[1-9]\d{5,10}$")
_SHORT_CODE = re.compile(r"^1\d{2}$")
_DISPLAY = re.compile(r"^[0-9][0-9 \-]{1,20}$")
MAX_CHANNELS_PER_TOPIC = 4


def _https_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.netloc or " " in value:
        raise ValueError(f"'{value}' is not an https:// URL")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https_url)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Phone(_Strict):
    """A phone number: `dial` for tel: links, `display` as people know it."""

    dial: str
    display: str
    label: str | None = Field(default=None, max_length=80)

    @field_validator("dial")
    @classmethod
    def _dialable(cls, value: str) -> str:
        if not (_E164_NL.match(value) or _SHORT_CODE.match(value)):
            raise ValueError(
                f"'{value}' is not dialable: use E.164 such as +318000188, or a short code such as 112"
            )
        return value

    @field_validator("display")
    @classmethod
    def _readable(cls, value: str) -> str:
        if not _DISPLAY.match(value):
            raise ValueError(f"'{value}' is not a phone number such as 0800-0188")
        return value

    @model_validator(mode="after")
    def _same_number(self) -> Phone:
        digits = re.sub(r"\D", "", self.display)
        national = "0" + self.dial[3:] if self.dial.startswith("+31") else self.dial
        if digits != national:
            raise ValueError(f"display '{self.display}' and dial '{self.dial}' are different numbers")
        return self

    @property
    def tel(self) -> str:
        """The tel: URI of this number."""
        return f"tel:{self.dial}"


class AgeRange(_Strict):
    """Ages a channel is for, both ends included."""

    min: int = Field(ge=0, le=120)
    max: int = Field(ge=0, le=120)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self


class Channel(_Strict):
    """One help channel with its contact methods, hours and the source of those facts."""

    id: Slug
    name: str = Field(min_length=1, max_length=80)
    description: str = Field(min_length=10, max_length=400)
    phones: list[Phone] = []
    chat_url: HttpsUrl | None = None
    website: HttpsUrl | None = None
    report_form: HttpsUrl | None = None
    free: bool | None = None
    anonymous: bool | None = None
    age: AgeRange | None = None
    hours: Hours
    hours_note: str | None = Field(default=None, max_length=300)
    source: HttpsUrl
    source_title: str | None = Field(default=None, max_length=200)
    verified_on: date

    @field_validator("hours", mode="before")
    @classmethod
    def _known_hours(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in ("24/7", "unknown"):
            raise ValueError(
                f"'{value}' is not '24/7', 'unknown' or a weekly schedule such as {{mon: ['09:00-17:00']}}"
            )
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Channel:
        if not (self.phones or self.chat_url or self.website or self.report_form):
            raise ValueError("a channel needs a phone, chat_url, website or report_form")
        return self

    def open_now(self, at: datetime) -> bool | None:
        """Open at `at` per the schedule; None when the hours are unknown."""
        return is_open(self.hours, at)

    @property
    def always_open(self) -> bool:
        """Whether the channel is open day and night."""
        return self.hours == "24/7"

    @property
    def schedule(self) -> WeeklySchedule | None:
        """The weekly schedule, when the hours are one."""
        return self.hours if isinstance(self.hours, WeeklySchedule) else None


class Topic(_Strict):
    """The channels for one situation, best fit first."""

    channels: list[str] = Field(min_length=1, max_length=MAX_CHANNELS_PER_TOPIC)
    always_open: str | None = None
    offer: str | None = None

    @field_validator("channels")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError(f"{value} names a channel twice")
        return value


class FollowUp(_Strict):
    """The channels for a follow-up question ("kan het offline?"), per situation it follows.

    `situations` maps a topic to its channels for this follow-up, best fit first; `channels` is
    for any other situation, and for a follow-up asked before any situation was named.
    """

    channels: list[str] = Field(default_factory=list, max_length=MAX_CHANNELS_PER_TOPIC)
    situations: dict[str, list[str]] = Field(default_factory=dict)
