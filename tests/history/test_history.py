"""Every saved version is kept with time, author and changed fields, and any of them can be restored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.exceptions import ConflictError, NotFoundError, RegistryError
from bot.history.store import ChannelStore
from bot.registry.loader import parse_registry
from tests.helpers import channel_data, load_yaml, make_store, new_csg_phone, write_yaml


def _two_saves(store: ChannelStore) -> None:
    store.update_channel("csg", new_csg_phone(store), 1, "anna")
    store.update_channel("politie", channel_data(store, "politie", hours_note="Bel gerust."), 1, "bram")


def test_history_lists_versions_newest_first_with_author_time_and_diff(store: ChannelStore) -> None:
    """The history says who saved what when, field by field, newest first."""
    before = datetime.now(timezone.utc)
    _two_saves(store)
    entries = store.history()
    assert [(e.number, e.author) for e in entries] == [(3, "bram"), (2, "anna"), (1, "file")]
    assert all(before - timedelta(seconds=5) <= e.saved_at <= datetime.now(timezone.utc) for e in entries)
    assert [str(c) for c in entries[0].changes] == [
        "channel 'politie', hours_note: \"Aangifte via de telefoon: de politie belt je terug tussen 08:00 "
        'en 22:00, elke dag." -> "Bel gerust."'
    ]
    assert [c.field for c in entries[1].changes] == ["phones.0.dial", "phones.0.display"]


def test_history_limits_and_filters_by_channel(store: ChannelStore) -> None:
    """A channel's history holds only the versions that changed it; `limit` caps the list."""
    _two_saves(store)
    assert [e.number for e in store.history(channel_id="csg")] == [2, 1]
    assert [e.number for e in store.history(channel_id="politie")] == [3, 1]
    assert [e.number for e in store.history(limit=1)] == [3]


def test_history_describes_added_empty_and_removed_values(store: ChannelStore) -> None:
    """Fields that appear or disappear show '(none)' on the empty side."""
    data = channel_data(store, "offlimits", free=True)
    data.pop("hours_note")
    entry = store.update_channel("offlimits", data, 1, "anna")
    assert sorted(str(c) for c in entry.changes) == [
        "channel 'offlimits', free: (none) -> true",
        "channel 'offlimits', hours_note: \"Het meldformulier op de website kun je altijd invullen.\" "
        "-> (none)",
    ]


def test_version_returns_full_content_of_earlier_version(store: ChannelStore, data_dir: Path) -> None:
    """An earlier version is available in full: file text and channels."""
    original = (data_dir / "channels.yml").read_text(encoding="utf-8")
    _two_saves(store)
    first = store.version(1)
    assert first.content == original
    assert first.registry == parse_registry(original)
    assert first.entry.author == "file"


def test_version_raises_not_found_for_unknown_number(store: ChannelStore) -> None:
    """Asking for a version that was never saved is NotFoundError."""
    with pytest.raises(NotFoundError):
        store.version(7)


def test_rollback_restores_earlier_data_exactly(store: ChannelStore, data_dir: Path) -> None:
    """A rollback makes the old file text and channels current again, as a new version by its author."""
    original = (data_dir / "channels.yml").read_text(encoding="utf-8")
    _two_saves(store)
    entry = store.rollback(1, expected_version=3, author="chris")
    assert (entry.number, entry.author, entry.reason, entry.rollback_of) == (4, "chris", "rollback", 1)
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == original
    registry, version = store.read_all()
    assert registry == parse_registry(original)
    assert version == 4
    assert {str(c) for c in entry.changes} >= {
        'channel \'csg\', phones.0.display: "0800-0199" -> "0800-0188"',
        'channel \'politie\', hours_note: "Bel gerust." -> "Aangifte via de telefoon: de politie belt je '
        'terug tussen 08:00 en 22:00, elke dag."',
    }


def test_rollback_keeps_every_later_version(store: ChannelStore) -> None:
    """Rolling back rewrites no history: the undone saves stay listed and restorable."""
    _two_saves(store)
    saved_text = store.version(3).content
    store.rollback(1, expected_version=3, author="chris")
    assert [e.number for e in store.history()] == [4, 3, 2, 1]
    store.rollback(3, expected_version=4, author="chris")
    assert store.read_all()[0] == parse_registry(saved_text)


def test_rollback_raises_conflict_when_history_moved_on(data_dir: Path) -> None:
    """A rollback chosen from a stale history page is refused, so it cannot undo an unseen save."""
    anna, bram = make_store(data_dir), make_store(data_dir)
    _, seen = bram.read_all()
    anna.update_channel("csg", new_csg_phone(anna), 1, "anna")
    with pytest.raises(ConflictError):
        bram.rollback(1, expected_version=seen, author="bram")
    assert bram.read_channel("csg")[0].phones[0].display == "0800-0199"


def test_rollback_raises_not_found_for_unknown_version(store: ChannelStore) -> None:
    """Rolling back to a version that was never saved is NotFoundError."""
    with pytest.raises(NotFoundError):
        store.rollback(9, expected_version=1, author="chris")


def test_rollback_rejects_version_that_no_longer_fits_routing(store: ChannelStore, data_dir: Path) -> None:
    """Old data that the current routing table cannot use is refused, naming topic and field."""
    store.read_all()
    channels = load_yaml(data_dir / "channels.yml")
    extra = dict(channels["channels"][3], id="nieuw_kanaal", name="Nieuw kanaal")
    channels["channels"].append(extra)
    write_yaml(data_dir / "channels.yml", channels)
    assert store.read_all()[1] == 2
    routing = load_yaml(data_dir / "topics.yml")
    routing["topics"]["ask_help_overview"]["channels"][0] = "nieuw_kanaal"
    write_yaml(data_dir / "topics.yml", routing)
    current = (data_dir / "channels.yml").read_text(encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        store.rollback(1, expected_version=2, author="chris")
    assert [(p.where, p.field) for p in info.value.problems] == [("topic 'ask_help_overview'", "channels.0")]
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == current


def test_sync_records_hand_edit_as_file_version(store: ChannelStore, data_dir: Path) -> None:
    """A file edited by hand (pull request) becomes a version by 'file' before the next save."""
    store.read_all()
    data = load_yaml(data_dir / "channels.yml")
    next(c for c in data["channels"] if c["id"] == "helpwanted")["free"] = False
    write_yaml(data_dir / "channels.yml", data)
    entry = store.update_channel("csg", new_csg_phone(store), 1, "anna")
    file_entry = store.version(2).entry
    assert (file_entry.author, file_entry.reason) == ("file", "file")
    assert [str(c) for c in file_entry.changes] == ["channel 'helpwanted', free: true -> false"]
    assert entry.number == 3
    assert store.read_all()[0]["helpwanted"].free is False


def test_sync_records_hand_edit_when_store_starts(data_dir: Path) -> None:
    """A hand edit made while nothing ran is recorded when a store starts again."""
    make_store(data_dir).sync()
    path = data_dir / "channels.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Gratis en\n      anoniem", "Anoniem"), "utf-8")
    entry = make_store(data_dir).sync()
    assert (entry.number, entry.author) == (2, "file")
    assert [c.field for c in entry.changes] == ["description"]
