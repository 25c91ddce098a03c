"""The help-channel registry: models, loading and validation, and a live-reloading catalog."""

from bot.registry.catalog import Catalog, get_catalog
from bot.registry.loader import Registry, RoutingTable, load_registry, load_routing
from bot.registry.models import Channel, Phone, Topic

__all__ = [
    "Catalog",
    "Channel",
    "Phone",
    "Registry",
    "RoutingTable",
    "Topic",
    "get_catalog",
    "load_registry",
    "load_routing",
]
