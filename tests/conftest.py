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
from bot.tools.devstack import free_port

__all__ = ["free_port"]  # tests import it from here; the stack uses the same one

CHANNELS = ROOT / "channels" / "channels.yml"
ROUTING = ROOT / "channels" / "topics.yml"

# Fixed moments (Europe/Amsterdam) for open-now tests.
WEDNESDAY_NOON = datetime(2026, 11, 25, 12, 0, tzinfo=TIMEZONE)
WEDNESDAY_NIGHT = datetime(2026, 11, 25, 23, 30, tzinfo=TIMEZONE)
SATURDAY_NOON = datetime(2026, 11, 28, 12, 0, tzinfo=TIMEZONE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of channels/ for tests that edit the data."""
    shutil.copy(CHANNELS, tmp_path / "channels.yml")
    shutil.copy(ROUTING, tmp_path / "topics.yml")
    return tmp_path


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    """A catalog over the writable copy."""
    return Catalog(data_dir / "channels.yml", data_dir / "topics.yml")


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


def current_model() -> Path:
    """The trained model for the current config, domain and data (`make train` makes it).

    HULPWIJZER_TEST_MODEL names another model file, for a quick run while data is being edited.
    """
    import os
    import subprocess

    if os.environ.get("HULPWIJZER_TEST_MODEL"):
        return Path(os.environ["HULPWIJZER_TEST_MODEL"])

    fingerprint = subprocess.run(
        [str(ROOT / "scripts" / "fingerprint.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    model = ROOT / "models" / f"{fingerprint}.tar.gz"
    if not model.exists():
        pytest.fail(f"{model} is missing: run `make train` (make test does) first")
    return model


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
