"""Fixtures for the admin store: a store over a writable copy of channels/, with its own SQLite history."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.history.store import ChannelStore
from tests.helpers import make_store


@pytest.fixture
def store(data_dir: Path) -> ChannelStore:
    """A store over the writable copy of the channel data."""
    return make_store(data_dir)
