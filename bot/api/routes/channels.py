"""GET /api/channels: the public help-channel registry, for the widget and partner sites."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from bot.api.deps import CatalogDep
from bot.api.schemas import ChannelsPublic
from bot.referral import contact_card, now_local
from bot.registry.models import Channel
from bot.reply import ContactCard

router = APIRouter(prefix="/api/channels", tags=["channels"])

# Open-now changes by the minute; partner sites may cache a little.
_CACHE = "public, max-age=60"


def _public(channel: Channel) -> ContactCard:
    return contact_card(channel, channel.open_now(now_local()))


@router.get("", response_model=ChannelsPublic)
def read_channels(catalog: CatalogDep, response: Response) -> ChannelsPublic:
    """Every help channel with its contact data and whether it is open now."""
    registry = catalog.snapshot().registry
    response.headers["Cache-Control"] = _CACHE
    return ChannelsPublic(version=registry.version, channels=[_public(c) for c in registry.channels.values()])


@router.get("/{channel_id}", response_model=ContactCard)
def read_channel(channel_id: str, catalog: CatalogDep, response: Response) -> ContactCard:
    """One help channel by id."""
    channel = catalog.snapshot().registry.channels.get(channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no channel '{channel_id}'")
    response.headers["Cache-Control"] = _CACHE
    return _public(channel)
