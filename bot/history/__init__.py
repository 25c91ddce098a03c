"""Maintaining the channel data: validated saves, history of every version, rollback (no HTTP here)."""

from bot.history.history import (
    Change,
    History,
    HistoryEntry,
    PostgresHistory,
    Proposal,
    SqliteHistory,
    StoredVersion,
    open_history,
)
from bot.history.older import OlderFormatError, OlderRegistry
from bot.history.store import ChannelStore, RegistryVersion, open_channel_store

__all__ = [
    "Change",
    "ChannelStore",
    "History",
    "HistoryEntry",
    "OlderFormatError",
    "OlderRegistry",
    "PostgresHistory",
    "Proposal",
    "RegistryVersion",
    "SqliteHistory",
    "StoredVersion",
    "open_channel_store",
    "open_history",
]
