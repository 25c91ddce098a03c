"""Shared fixtures: copies of the channel data to edit safely, and fixed moments in Amsterdam."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from bot.registry.catalog import Catalog, Snapshot
from bot.registry.schedule import TIMEZONE
from bot.settings import ROOT

CHANNELS = ROOT / "channels" / "channels.yml"
ROUTING = ROOT / "channels" / "routing.yml"

# Fixed moments (Europe/Amsterdam) for open-now tests.
WEDNESDAY_NOON = datetime(2026, 11, 25, 12, 0, tzinfo=TIMEZONE)
WEDNESDAY_NIGHT = datetime(2026, 11, 25, 23, 30, tzinfo=TIMEZONE)
SATURDAY_NOON = datetime(2026, 11, 28, 12, 0, tzinfo=TIMEZONE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of channels/ for tests that edit the data."""
    shutil.copy(CHANNELS, tmp_path / "channels.yml")
    shutil.copy(ROUTING, tmp_path / "routing.yml")
    return tmp_path


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    """A catalog over the writable copy."""
    return Catalog(data_dir / "channels.yml", data_dir / "routing.yml")


@pytest.fixture
def snapshot(catalog: Catalog) -> Snapshot:
    """The shipped data, validated."""
    return catalog.snapshot()


def load_yaml(path: Path) -> dict:
    """Read a YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_yaml(path: Path, data: dict) -> None:
    """Write a YAML file."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
