"""Pydantic models of the channel registry and the routing table: the single definition of valid data."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from bot.registry.plain_text import PlainText
from bot.registry.schedule import Hours, WeeklySchedule, is_open

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
_E164_NL = re.compile(r"^\+31[1-9]\d{5,10}$")
_SHORT_CODE = re.compile(r"^1\d{2}$")
_DISPLAY = re.compile(r"^[0-9][0-9 \-]{1,20}$")
MAX_CHANNELS_PER_TOPIC = 4
# What a call costs, apart from whether the help is free: "free" (0800 and short codes such as
# 112 and 113), "local_rate" (such as Slachtofferhulp's 0900-0101), or "unknown".
CallCost = Literal["free", "local_rate", "unknown"]
# Numbers that can be free to call: 0800 numbers and short codes.
_FREE_TO_CALL = re.compile(r"^(\+31800\d+|1\d{2})$")
# A description that says the channel can be reached by chat.
_SAYS_CHAT = re.compile(r"\b(chatten|chat op|of chat|en chat)\b", re.IGNORECASE)


def _https_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.netloc or " " in value:
        raise ValueError(f"'{value}' is not an https:// URL")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https_url)]


def _not_a_home_page(value: str) -> str:
    parts = urlsplit(value)
    if parts.path in ("", "/") and not parts.query:
        raise ValueError(f"'{value}' is a site's home page: link the page that states the facts")
    return value


SourceUrl = Annotated[HttpsUrl, AfterValidator(_not_a_home_page)]


def _check_hours_keyword(value: Any) -> Any:
    if isinstance(value, str) and value not in ("24/7", "unknown"):
        raise ValueError(
            f"'{value}' is not '24/7', 'unknown' or a weekly schedule such as {{mon: ['09:00-17:00']}}"
        )
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Phone(_Strict):
    """A phone number: `dial` for tel: links, `display` as people know it."""

    dial: str
    display: str
    label: PlainText | None = Field(default=None, max_length=80)
    label_en: PlainText | None = Field(default=None, max_length=80)
    call_cost: CallCost = "unknown"

    @field_validator("call_cost")
    @classmethod
    def _free_only_where_possible(cls, value: CallCost, info: ValidationInfo) -> CallCost:
        dial = info.data.get("dial")
        if value == "free" and isinstance(dial, str) and not _FREE_TO_CALL.match(dial):
            raise ValueError(
                f"call_cost 'free' fits only 0800 numbers and short codes such as 112, not '{dial}': "
                "use 'local_rate' or 'unknown'"
            )
        return value

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
    """One help channel with its contact methods, the hours of each, and the source of those facts.

    Hours belong to a contact method: `hours` to the phone numbers, `chat_hours` to the chat,
    `report_form_hours` to the report form; each is "24/7", "unknown" or a weekly schedule, and
    each is required with its method and refused without it. A channel with only a website needs
    no hours: a website can always be read. `free` is whether the help is free; what a call
    costs is each phone's `call_cost`. The `_en` fields hold English texts for later.
    """

    id: Slug
    name: PlainText = Field(min_length=1, max_length=80)
    name_en: PlainText | None = Field(default=None, min_length=1, max_length=80)
    description: PlainText = Field(min_length=10, max_length=400)
    description_en: PlainText | None = Field(default=None, min_length=10, max_length=400)
    phones: list[Phone] = []
    hours: Hours | None = Field(default=None, validate_default=True)
    chat_url: HttpsUrl | None = None
    chat_hours: Hours | None = Field(default=None, validate_default=True)
    website: HttpsUrl | None = None
    report_form: HttpsUrl | None = None
    report_form_hours: Hours | None = Field(default=None, validate_default=True)
    free: bool | None = None
    anonymous: bool | None = None
    age: AgeRange | None = None
    hours_note: PlainText | None = Field(default=None, max_length=300)
    hours_note_en: PlainText | None = Field(default=None, max_length=300)
    source: SourceUrl
    source_title: PlainText | None = Field(default=None, max_length=200)
    verified_on: date

    @field_validator("hours", "chat_hours", "report_form_hours", mode="before")
    @classmethod
    def _known_hours(cls, value: Any) -> Any:
        return _check_hours_keyword(value)

    @field_validator("hours")
    @classmethod
    def _phone_hours(cls, value: Hours | None, info: ValidationInfo) -> Hours | None:
        if "phones" not in info.data:
            return value  # the phones did not validate: that error is enough
        return _method_hours(value, bool(info.data["phones"]), "the phone numbers", "phones")

    @field_validator("chat_hours")
    @classmethod
    def _chat_hours(cls, value: Hours | None, info: ValidationInfo) -> Hours | None:
        if "chat_url" not in info.data:
            return value
        return _method_hours(value, info.data["chat_url"] is not None, "the chat", "chat_url")

    @field_validator("report_form_hours")
    @classmethod
    def _report_form_hours(cls, value: Hours | None, info: ValidationInfo) -> Hours | None:
        if "report_form" not in info.data:
            return value
        return _method_hours(value, info.data["report_form"] is not None, "the report form", "report_form")

    @model_validator(mode="before")
    @classmethod
    def _reachable(cls, data: Any) -> Any:
        # Before the fields: an unreachable channel is the one error worth saying, not the hours
        # of methods it no longer has.
        if isinstance(data, dict) and not any(
            data.get(key) for key in ("phones", "chat_url", "website", "report_form")
        ):
            raise ValueError("a channel needs a phone, chat_url, website or report_form")
        return data

    @model_validator(mode="after")
    def _chat_only_with_a_chat(self) -> Channel:
        if self.chat_url is None and _SAYS_CHAT.search(self.description):
            raise ValueError("the description says you can chat, but the channel has no chat_url")
        return self

    @property
    def methods(self) -> list[tuple[str, Hours]]:
        """Each way to reach the channel with its hours: phone, chat, form; or only the website."""
        ways: list[tuple[str, Hours | None]] = [
            ("phone", self.hours if self.phones else None),
            ("chat", self.chat_hours if self.chat_url else None),
            ("report_form", self.report_form_hours if self.report_form else None),
        ]
        present = [(kind, hours) for kind, hours in ways if hours is not None]
        return present or [("website", "24/7")]

    def open_now(self, at: datetime) -> bool | None:
        """Reachable at `at` in some way: True if a method is open, None if none is and some hours
        are unknown, False if every method is closed."""
        states = [is_open(hours, at) for _, hours in self.methods]
        if any(state is True for state in states):
            return True
        return None if any(state is None for state in states) else False

    @property
    def always_open(self) -> bool:
        """Whether some way to reach the channel is open day and night."""
        return any(hours == "24/7" for _, hours in self.methods)

    @property
    def schedule(self) -> WeeklySchedule | None:
        """The phones' weekly schedule, when their hours are one."""
        return self.hours if isinstance(self.hours, WeeklySchedule) else None


def _method_hours(value: Hours | None, present: bool, method: str, field: str) -> Hours | None:
    if present and value is None:
        raise ValueError(f"hours are required for {method}: '24/7', 'unknown' or a weekly schedule")
    if not present and value is not None:
        raise ValueError(f"hours for {method}, but the channel has no {field}: leave the hours out")
    return value


class Topic(_Strict):
    """The channels for one situation, best fit first.

    `situations` maps another situation to this topic's channels when it comes as a step within
    that one: "the platform does not remove it" after one's own images were shared is for
    Helpwanted, not for the Meldpunt Kinderporno.
    """

    channels: list[str] = Field(min_length=1, max_length=MAX_CHANNELS_PER_TOPIC)
    always_open: str | None = None
    offer: str | None = None
    situations: dict[str, list[str]] = Field(default_factory=dict)

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
