"""The help reply: one contract from the action to the widget, defined once.

A reply that names help channels is one Rasa message:

- `text`: the whole answer as readable text, for any text channel (`rasa shell`, a plain REST
  client): the lead, then one line per channel, then notes on opening hours;
- `custom.help_reply`: the same answer as data for the widget, a versioned `HelpReply` with the
  lead and one `ContactCard` per channel.

The routing action, the fixed crisis answers in `domain/crisis.yml`, the web service's API
(and so its OpenAPI schema) and the widget all use these models. The widget draws exactly the
fields of `ContactCard`; the words for opening hours come from here, in the conversation's
language, and are never computed again in JavaScript.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

REPLY_VERSION: Literal[1] = 1
# The key of the help reply inside a Rasa message's custom payload.
REPLY_KEY = "help_reply"

Availability = Literal["always", "open", "closed", "unknown"]
# The conversation's language (the slot `language`): Dutch unless the young person writes English.
Language = Literal["nl", "en"]
CallCost = Literal["free", "local_rate", "unknown"]


class PhoneNumber(BaseModel):
    """One phone number of a channel: as written, as a tel: link, and what it is for."""

    model_config = ConfigDict(extra="forbid")

    display: str = Field(examples=["0800-0188"])
    tel: str = Field(examples=["tel:+318000188"])
    label: str | None = Field(default=None, examples=["geen spoed"])
    call_cost: CallCost | None = Field(
        default=None, description="What the call costs (not whether the help is free)"
    )
    call_cost_text: str | None = Field(
        default=None, description="The words for `call_cost`; none when unknown", examples=["lokaal tarief"]
    )
    hours_text: str | None = Field(
        default=None, description="When this number can be called", examples=["dag en nacht"]
    )


class ContactCard(BaseModel):
    """A help channel as the widget draws it: who, how to reach them, and whether they are open."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(examples=["csg"])
    name: str = Field(examples=["Centrum Seksueel Geweld"])
    description: str
    phones: list[PhoneNumber] = []
    chat_url: str | None = None
    chat_hours_text: str | None = Field(
        default=None, description="When the chat is open", examples=["tijden niet bekend"]
    )
    website: str | None = None
    report_form: str | None = None
    report_form_hours_text: str | None = Field(
        default=None, description="When the report form can be used", examples=["altijd"]
    )
    availability: Availability = Field(
        description="Whether some way to reach the channel is open: always: day and night; "
        "open/closed: by its opening hours now; unknown: no source confirms its hours"
    )
    availability_text: str = Field(
        description="The words for `availability`, in the conversation's language; they name the "
        "contact method when the methods' hours differ",
        examples=["Dag en nacht", "Bellen: dag en nacht", "Nu open (ma-vr 9:00-17:00)"],
    )
    hours_note: str | None = None
    free: bool | None = Field(default=None, description="Whether the help is free (a call may still cost)")
    anonymous: bool | None = None
    age_min: int | None = None
    age_max: int | None = None


class HelpReply(BaseModel):
    """An answer that names help channels: the lead the widget shows above the cards, and the cards."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = REPLY_VERSION
    topic: str = Field(examples=["report_to_police"])
    lead: str | None = Field(default=None, description="The text above the cards; none: the cards alone")
    cards: list[ContactCard]
    shown_above: list[str] = Field(
        default=[],
        description="Ids of channels this answer names but does not draw again: their cards were "
        "shown in the last turns",
    )
    order: list[str] = Field(
        default=[],
        description="Ids of every channel the answer is about, best fit first: the cards and those "
        "shown above; none: the cards' own order",
    )
    language: Language = Field(
        default="nl", description="The language the reply is written in; the widget's own words follow it"
    )

    def channel_order(self) -> list[str]:
        """Every channel the answer is about, best fit first."""
        return list(self.order) or [*self.shown_above, *(c.id for c in self.cards)]

    def custom(self) -> dict[str, Any]:
        """The custom payload of the Rasa message that carries this reply."""
        # Without channels named from earlier turns, those fields are left out (the fixed crisis
        # answers never name any); so is the language when it is Dutch, the default.
        exclude = {
            f
            for f, empty in (
                ("shown_above", not self.shown_above),
                ("order", not self.shown_above),
                ("language", self.language == "nl"),
            )
            if empty
        }
        return {REPLY_KEY: self.model_dump(mode="json", exclude=exclude or None)}


def read_reply(custom: Any) -> HelpReply | None:
    """The help reply in a Rasa message's custom payload; None when there is none or it is invalid."""
    raw = custom.get(REPLY_KEY) if isinstance(custom, dict) else None
    if raw is None:
        return None
    try:
        return HelpReply.model_validate(raw)
    except ValidationError:
        return None
