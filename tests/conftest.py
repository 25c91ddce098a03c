"""Shared fixtures: copies of the channel data to edit safely, and fixed moments in Amsterdam."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.registry.catalog import Catalog, Snapshot
from bot.settings import ROOT
from tests.helpers import CHANNELS, TOPICS, current_model, free_port


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of channels/ for tests that edit the data."""
    shutil.copy(CHANNELS, tmp_path / "channels.yml")
    shutil.copy(TOPICS, tmp_path / "topics.yml")
    return tmp_path


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    """A catalog over the writable copy."""
    return Catalog(data_dir / "channels.yml", data_dir / "topics.yml")


@pytest.fixture
def snapshot(catalog: Catalog) -> Snapshot:
    """The shipped data, validated."""
    return catalog.snapshot()


@pytest.fixture(scope="session")
def stack():
    """A real action server and Rasa server on free loopback ports, for the whole test session."""
    from bot.tools.devstack import Stack

    running = Stack(
        rasa_bin=ROOT / ".venv-rasa" / "bin" / "rasa",
        model=current_model(),
        rasa_port=free_port(),
        actions_port=free_port(),
    )
    try:
        running.start(timeout=240)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL (Debian's package) for this session, or the one named by the environment."""
    import os

    from tests.services import postgres_bin, postgres_server

    if os.environ.get("HULPWIJZER_TEST_POSTGRES_URL"):
        yield os.environ["HULPWIJZER_TEST_POSTGRES_URL"]
        return
    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed; `make test` installs it")
    with postgres_server(free_port()) as url:
        yield url
