"""Dependencies of the routes, as Annotated aliases; tests replace them via app.dependency_overrides."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from bot.api.rasa_client import RasaClient
from bot.api.ratelimit import RateLimiter, client_address
from bot.history.store import ChannelStore, open_channel_store
from bot.registry.catalog import Catalog
from bot.settings import Settings

# Two first requests at once must not open two stores.
_STORE_LOCK = threading.Lock()


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with (the middleware uses the same)."""
    settings: Settings = request.app.state.settings
    return settings


def get_rasa_client(request: Request) -> RasaClient:
    """The pooled client to Rasa, opened in the lifespan."""
    client: RasaClient = request.app.state.rasa
    return client


def get_app_catalog(request: Request) -> Catalog:
    """The live-reloading channel catalog, checked at start-up."""
    catalog: Catalog = request.app.state.catalog
    return catalog


def get_rate_limiter(request: Request) -> RateLimiter:
    """The message limits and the wrong-token throttle (memory or Redis)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


def get_client_address(request: Request) -> str:
    """The client's address: the peer, or X-Forwarded-For only behind a trusted proxy.

    Used for counting only: it is hashed at once and never stored or logged.
    """
    settings: Settings = request.app.state.settings
    peer = request.client.host if request.client else None
    return client_address(peer, request.headers.get("x-forwarded-for"), settings.trusted_proxies)


def get_channel_store(request: Request) -> ChannelStore:
    """The channel store of the admin routes, opened on first use (the admin lifespan syncs it)."""
    with _STORE_LOCK:
        store: ChannelStore | None = getattr(request.app.state, "channel_store", None)
        if store is None:
            store = open_channel_store(request.app.state.settings)
            request.app.state.channel_store = store
    return store


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
RasaClientDep = Annotated[RasaClient, Depends(get_rasa_client)]
CatalogDep = Annotated[Catalog, Depends(get_app_catalog)]
RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]
ClientAddressDep = Annotated[str, Depends(get_client_address)]
ChannelStoreDep = Annotated[ChannelStore, Depends(get_channel_store)]
