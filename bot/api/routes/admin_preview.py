"""/api/admin/preview: the card and the text line a channel gets, drawn from unsaved form data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field

from bot.api.auth import MaintainerDep
from bot.api.schemas import AdminError
from bot.referral import contact_card, contact_line, now_local
from bot.registry.loader import parse_channel
from bot.reply import ContactCard

router = APIRouter(prefix="/api/admin", tags=["admin"])


class ChannelPreview(BaseModel):
    """A channel as a young person would see it now: the widget's card and a text channel's line."""

    card: ContactCard
    text_line: str = Field(
        examples=["• Centrum Seksueel Geweld: bel 0800-0188 (gratis bellen, dag en nacht)"]
    )
    card_en: ContactCard = Field(description="The same card in an English conversation (the _en fields)")
    text_line_en: str = Field(description="The same line in an English conversation")


@router.post(
    "/preview",
    response_model=ChannelPreview,
    responses={401: {"description": "No or a wrong token"}, 422: {"model": AdminError}},
)
def preview_channel(
    maintainer: MaintainerDep,
    data: Annotated[dict[str, Any], Body(description="Every field of the channel, as for a save")],
) -> ChannelPreview:
    """Validate the channel as a save would (422 in Dutch per field) and draw it without saving."""
    fields = {k: v for k, v in data.items() if k != "version"}
    channel = parse_channel(fields)
    at = now_local()
    open_now = channel.open_now(at)
    return ChannelPreview(
        card=contact_card(channel, open_now, at),
        text_line=contact_line(channel, open_now, at),
        card_en=contact_card(channel, open_now, at, "en"),
        text_line_en=contact_line(channel, open_now, at, "en"),
    )
