"""Fixtures for the admin store: a store over a writable copy of channels/, with its own SQLite history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.history.history import SqliteHistory
from bot.history.store import ChannelStore


def make_store(data_dir: Path) -> ChannelStore:
    """A store over the copy in `data_dir`; two calls act like two processes sharing files and history."""
    return ChannelStore(
        data_dir / "channels.yml",
        data_dir / "topics.yml",
        SqliteHistory(data_dir / "var" / "channel-history.sqlite"),
    )


@pytest.fixture
def store(data_dir: Path) -> ChannelStore:
    """A store over the writable copy of the channel data."""
    return make_store(data_dir)


def channel_data(store: ChannelStore, channel_id: str, **changes: Any) -> dict[str, Any]:
    """The channel as an admin form would send it (JSON types), with `changes` applied."""
    channel, _ = store.read_channel(channel_id)
    data = channel.model_dump(mode="json", exclude_none=True)
    data.update(changes)
    return data


def new_csg_phone(store: ChannelStore) -> dict[str, Any]:
    """The csg channel with its number changed from 0800-0188 to 0800-0199."""
    return channel_data(store, "csg", phones=[{"dial": "+318000199", "display": "0800-0199"}])
