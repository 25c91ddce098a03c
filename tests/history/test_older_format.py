"""A history saved before the registry's rules became stricter still works, and loses nothing.

Version 1 is the shipped data as the older rules wrote it (no `call_cost`, one `hours` for every
contact method, a home page as source): valid when it was saved, refused by today's loader. The
store must still start over it, record and save new versions, list it, show it as saved, and
refuse a rollback to it with the problems named; it must never change or delete it. On each
history backend (the `history` fixture: SQLite, and PostgreSQL when installed).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.exceptions import ConflictError, RegistryError
from bot.history.history import History
from bot.history.older import OlderFormatError
from bot.history.store import ChannelStore
from bot.registry.loader import parse_registry
from tests.helpers import CHANNELS, channel_data
from tests.history.older_format import HOME_PAGE, SAVED_AT, older_format_text, seed_older_version

CSG_CHAT_HOURS = ("csg", "chat_hours")


def _store(data_dir: Path, history: History) -> ChannelStore:
    return ChannelStore(data_dir / "channels.yml", data_dir / "topics.yml", history)


@pytest.fixture
def older(history: History) -> str:
    """The history holds version 1 of an older format; returns its text."""
    return seed_older_version(history)


def _where(problems: tuple | list) -> set[tuple[str, str]]:
    return {(p.where.removeprefix("channel '").removesuffix("'"), p.field) for p in problems}


def _unchanged(history: History, text: str) -> None:
    first = history.get(1)
    assert first is not None
    assert first.content == text
    assert (first.entry.author, first.entry.reason, first.entry.saved_at) == ("file", "file", SAVED_AT)


def test_older_text_is_refused_by_todays_rules() -> None:
    """The premise: the older text does not validate any more (else these tests prove nothing)."""
    with pytest.raises(RegistryError) as info:
        parse_registry(older_format_text())
    assert CSG_CHAT_HOURS in _where(info.value.problems)
    assert ("csg", "source") in _where(info.value.problems)


def test_sync_records_the_file_on_top_of_an_older_version(
    data_dir: Path, history: History, older: str
) -> None:
    """Starting over the older version records today's file as version 2, diffed against it as saved."""
    entry = _store(data_dir, history).sync()
    assert (entry.number, entry.author, entry.reason) == (2, "file", "file")
    changes = {(c.channel, c.field): (c.old, c.new) for c in entry.changes}
    assert changes[CSG_CHAT_HOURS] == (None, '"unknown"')
    assert changes[("csg", "source")][0] == f'"{HOME_PAGE}"'
    assert changes[("csg", "phones.0.call_cost")] == (None, '"free"')
    # Fields that did not change show no change, though the old version no longer validates.
    assert ("csg", "name") not in changes
    assert all(c.field for c in entry.changes), "no channel is shown as added or removed"
    _unchanged(history, older)


def test_read_and_save_work_over_an_older_version(data_dir: Path, history: History, older: str) -> None:
    """Reads give today's file; a save builds on it as version 3; version 1 stays as it was."""
    store = _store(data_dir, history)
    registry, version = store.read_all()
    assert version == 2
    assert registry == parse_registry(CHANNELS.read_text(encoding="utf-8"))
    saved = store.update_channel(
        "stopitnow", channel_data(store, "stopitnow", hours_note="Bel gerust."), version, "anna"
    )
    assert saved.number == 3
    assert store.read_channel("stopitnow")[0].hours_note == "Bel gerust."
    assert [e.number for e in store.history()] == [3, 2, 1]
    _unchanged(history, older)


def test_history_marks_the_older_version_with_its_problems(
    data_dir: Path, history: History, older: str
) -> None:
    """Every version is listed; only the older one is marked, with what today's rules find wrong."""
    store = _store(data_dir, history)
    entries = store.history()
    assert [e.number for e in entries] == [2, 1]
    marked = store.older_format(e.number for e in entries)
    assert list(marked) == [1]
    assert {CSG_CHAT_HOURS, ("csg", "source")} <= _where(marked[1])
    assert [e.number for e in store.history(channel_id="csg")] == [2, 1]


def test_older_version_is_shown_as_saved(data_dir: Path, history: History, older: str) -> None:
    """Version 1 in full: its exact text, and its channels as that text has them."""
    version = _store(data_dir, history).version(1)
    assert version.content == older
    assert version.registry is None
    assert version.older is not None
    assert version.older.channels["csg"]["source"] == HOME_PAGE
    assert "chat_hours" not in version.older.channels["csg"]
    assert list(version.older.channels) == list(parse_registry(CHANNELS.read_text(encoding="utf-8")).channels)
    assert CSG_CHAT_HOURS in _where(version.older.problems)


def test_rollback_to_an_older_version_is_refused_and_changes_nothing(
    data_dir: Path, history: History, older: str
) -> None:
    """A rollback to version 1 raises OlderFormatError naming the problems; file and history stay."""
    store = _store(data_dir, history)
    store.sync()
    file_before = (data_dir / "channels.yml").read_text(encoding="utf-8")
    with pytest.raises(OlderFormatError) as info:
        store.rollback(1, 2, "anna")
    assert info.value.number == 1
    assert {CSG_CHAT_HOURS, ("csg", "source")} <= _where(info.value.problems)
    assert isinstance(info.value, RegistryError)
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == file_before
    assert [e.number for e in store.history()] == [2, 1]
    _unchanged(history, older)


def test_rollback_between_newer_versions_still_works(data_dir: Path, history: History, older: str) -> None:
    """Versions saved under today's rules roll back as before, with an older version 1 below them."""
    store = _store(data_dir, history)
    store.update_channel("stopitnow", channel_data(store, "stopitnow", hours_note="Bel gerust."), 2, "anna")
    entry = store.rollback(2, 3, "bram")
    assert (entry.number, entry.rollback_of) == (4, 2)
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == CHANNELS.read_text(encoding="utf-8")
    _unchanged(history, older)


def test_file_of_the_older_format_is_reported_not_raised(
    data_dir: Path, history: History, older: str
) -> None:
    """When the file still holds the older version, sync starts, reads and saves say why not."""
    (data_dir / "channels.yml").write_text(older, encoding="utf-8")
    store = _store(data_dir, history)
    assert store.sync().number == 1
    with pytest.raises(ConflictError) as info:
        store.read_all()
    assert CSG_CHAT_HOURS in _where(info.value.problems)
    with pytest.raises(ConflictError):
        store.update_channel("stopitnow", {"id": "stopitnow"}, 1, "anna")
    assert [e.number for e in store.history()] == [1]
    assert store.version(1).content == older
    # A valid file, once someone puts one there, becomes version 2.
    shutil.copy(CHANNELS, data_dir / "channels.yml")
    assert store.read_all()[1] == 2
    _unchanged(history, older)


def test_broken_hand_edit_over_an_older_version_names_the_edit(
    data_dir: Path, history: History, older: str
) -> None:
    """A file that does not validate, with only an older version below it: its own problems, no crash."""
    (data_dir / "channels.yml").write_text(
        CHANNELS.read_text(encoding="utf-8").replace("0800-0188", "0800-0199", 1), encoding="utf-8"
    )
    store = _store(data_dir, history)
    assert store.sync().number == 1
    with pytest.raises(ConflictError) as info:
        store.read_all()
    assert _where(info.value.problems) == {("csg", "phones.0")}
    assert [e.number for e in store.history()] == [1]
    _unchanged(history, older)
