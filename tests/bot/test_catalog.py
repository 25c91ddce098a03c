"""The running bot sees registry edits at once, and a bad edit never replaces good data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.exceptions import RegistryError
from bot.registry.catalog import Catalog


def _bump(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_snapshot_reloads_after_edit(catalog: Catalog, data_dir: Path) -> None:
    """A changed number reaches the next snapshot without a restart."""
    assert catalog.snapshot().registry["csg"].phones[0].display == "0800-0188"
    path = data_dir / "channels.yml"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace('"+318000188"', '"+318000199"')
        .replace('"0800-0188"', '"0800-0199"'),
        encoding="utf-8",
    )
    _bump(path)
    assert catalog.snapshot().registry["csg"].phones[0].display == "0800-0199"


def test_snapshot_keeps_last_valid_data_after_bad_edit(catalog: Catalog, data_dir: Path) -> None:
    """An invalid edit is logged and ignored; the bot keeps serving the last valid data."""
    first = catalog.snapshot()
    path = data_dir / "channels.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('"+318000188"', '"0800"'), "utf-8")
    _bump(path)
    assert catalog.snapshot() is first
    path.write_text("not: [valid", encoding="utf-8")
    _bump(path)
    assert catalog.snapshot() is first


def test_snapshot_raises_when_nothing_valid_was_ever_loaded(data_dir: Path) -> None:
    """At start-up there is no last valid version to fall back on: fail loudly."""
    (data_dir / "channels.yml").write_text("version: 1\nchannels: []\n", encoding="utf-8")
    with pytest.raises(RegistryError):
        Catalog(data_dir / "channels.yml", data_dir / "topics.yml").snapshot()
