"""Saving channel data: only valid data is written, and no maintainer silently overwrites another."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.exceptions import ConflictError, NotFoundError, RegistryError
from bot.history.history import HistoryEntry, SqliteHistory
from bot.history.store import ChannelStore
from bot.registry.catalog import Catalog
from bot.registry.loader import parse_registry
from tests.helpers import CHANNELS, channel_data, make_store, new_csg_phone


def test_read_all_records_the_file_as_version_1(store: ChannelStore) -> None:
    """On first start the current file becomes version 1, by 'file', with every channel added."""
    registry, version = store.read_all()
    assert version == 1
    assert registry == parse_registry(CHANNELS.read_text(encoding="utf-8"))
    (entry,) = store.history()
    assert (entry.number, entry.author, entry.reason) == (1, "file", "file")
    assert {c.channel for c in entry.changes} == set(registry.channels)
    assert all(str(c).endswith(": added") for c in entry.changes)


def test_read_all_does_not_record_again_after_restart(data_dir: Path) -> None:
    """A restart over unchanged files adds no version: the history is the store's memory."""
    make_store(data_dir).read_all()
    registry, version = make_store(data_dir).read_all()
    assert version == 1
    assert len(make_store(data_dir).history()) == 1


def test_read_channel_returns_the_channel_and_its_version(store: ChannelStore) -> None:
    """A channel comes with the version the maintainer must send back when saving."""
    channel, version = store.read_channel("csg")
    assert channel.phones[0].display == "0800-0188"
    assert version == 1


def test_read_channel_raises_not_found_for_unknown_id(store: ChannelStore) -> None:
    """An unknown channel id is NotFoundError, not an empty channel."""
    with pytest.raises(NotFoundError):
        store.read_channel("bestaat_niet")


def test_update_channel_writes_file_and_records_version(store: ChannelStore, data_dir: Path) -> None:
    """A valid save reaches the file and the history with its author and the changed fields."""
    _, version = store.read_channel("csg")
    entry = store.update_channel("csg", new_csg_phone(store), version, "anna")
    assert (entry.number, entry.author, entry.reason) == (2, "anna", "save")
    assert [str(c) for c in entry.changes] == [
        'channel \'csg\', phones.0.dial: "+318000188" -> "+318000199"',
        'channel \'csg\', phones.0.display: "0800-0188" -> "0800-0199"',
    ]
    on_disk = parse_registry((data_dir / "channels.yml").read_text(encoding="utf-8"))
    assert on_disk["csg"].phones[0].display == "0800-0199"
    registry, latest = store.read_all()
    assert latest == 2
    assert registry == on_disk
    assert store.read_channel("csg")[1] == 2


def test_update_channel_records_nothing_for_unchanged_data(store: ChannelStore, data_dir: Path) -> None:
    """Saving a form without changes adds no version and leaves the file as it was."""
    before = (data_dir / "channels.yml").read_text(encoding="utf-8")
    entry = store.update_channel("csg", channel_data(store, "csg"), 1, "anna")
    assert entry.number == 1
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == before
    assert len(store.history()) == 1


def _drop(field: str) -> Any:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        data.pop(field)
        return data

    return change


def _set(**values: Any) -> Any:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        data.update(values)
        return data

    return change


@pytest.mark.parametrize(
    ("change", "where", "field", "message"),
    [
        (_set(phone_number="0800-0188"), "channel 'csg'", "phone_number", "unknown field"),
        (
            _set(phones=[{"dial": "0800-0188", "display": "0800-0188"}]),
            "channel 'csg'",
            "phones.0.dial",
            "is not dialable",
        ),
        (
            _set(phones=[{"dial": "+318000188", "display": "0800-0189"}]),
            "channel 'csg'",
            "phones.0",
            "are different numbers",
        ),
        (_set(chat_url="http://centrumseksueelgeweld.nl"), "channel 'csg'", "chat_url", "https://"),
        (_drop("source"), "channel 'csg'", "source", "is required"),
        (_set(hours={"mon": ["9-17"]}), "channel 'csg'", "hours.mon", "is not a time range"),
        (_set(description="kort"), "channel 'csg'", "description", "at least 10 characters"),
        (_set(id="csg2"), "channel 'csg'", "id", "an id cannot change"),
        (lambda data: ["not", "a", "mapping"], "channel 'csg'", "(entry)", "mapping"),
        # csg is the always-open fallback of the routing table: it must stay open 24/7.
        (_set(hours="unknown"), "topic 'saw_illegal_images'", "always_open", "is not open 24/7"),
    ],
)
def test_update_channel_rejects_invalid_data_and_keeps_old(
    store: ChannelStore, data_dir: Path, change: Any, where: str, field: str, message: str
) -> None:
    """Invalid data is refused naming where and which field; the file, reads and history keep the old data."""
    path = data_dir / "channels.yml"
    before_text = path.read_text(encoding="utf-8")
    before, version = store.read_all()
    with pytest.raises(RegistryError) as info:
        store.update_channel("csg", change(channel_data(store, "csg")), version, "anna")
    assert any(p.where == where and p.field == field and message in p.message for p in info.value.problems), (
        info.value.problems
    )
    assert path.read_text(encoding="utf-8") == before_text
    assert store.read_all() == (before, 1)
    assert len(store.history()) == 1


def test_update_channel_raises_not_found_for_unknown_id(store: ChannelStore) -> None:
    """A save cannot create a channel by naming an id that does not exist."""
    with pytest.raises(NotFoundError):
        store.update_channel("bestaat_niet", channel_data(store, "csg", id="bestaat_niet"), 1, "anna")


def test_update_channel_requires_author(store: ChannelStore) -> None:
    """Every version names who saved it."""
    with pytest.raises(ValueError):
        store.update_channel("csg", new_csg_phone(store), 1, "  ")


def test_update_channel_raises_conflict_for_second_editor(data_dir: Path) -> None:
    """Two maintainers edit csg from the same version: the second save is refused, the first stays."""
    anna, bram = make_store(data_dir), make_store(data_dir)
    original, anna_version = anna.read_channel("csg")
    _, bram_version = bram.read_channel("csg")
    anna.update_channel("csg", new_csg_phone(anna), anna_version, "anna")
    bram_data = channel_data(bram, "csg", hours_note="Alleen overdag.")
    with pytest.raises(ConflictError) as info:
        bram.update_channel("csg", bram_data, bram_version, "bram")
    assert info.value.current_version == 2
    channel, _ = bram.read_channel("csg")
    assert channel.phones[0].display == "0800-0199"
    assert channel.hours_note == original.hours_note != "Alleen overdag."


def test_update_channel_raises_conflict_for_registry_version_older_than_channel(data_dir: Path) -> None:
    """The version from read_all works as well: it conflicts once that channel changed after it."""
    anna, bram = make_store(data_dir), make_store(data_dir)
    _, version = bram.read_all()
    anna.update_channel("csg", new_csg_phone(anna), 1, "anna")
    with pytest.raises(ConflictError):
        bram.update_channel("csg", channel_data(bram, "csg", hours_note="Alleen overdag."), version, "bram")


def test_update_channel_keeps_other_channel_saved_meanwhile(data_dir: Path) -> None:
    """Edits of different channels do not conflict, and the second save keeps the first one's change."""
    anna, bram = make_store(data_dir), make_store(data_dir)
    _, politie_version = bram.read_channel("politie")
    bram_data = channel_data(bram, "politie", hours_note="Bel gerust, ook 's avonds.")
    anna.update_channel("csg", new_csg_phone(anna), 1, "anna")
    entry = bram.update_channel("politie", bram_data, politie_version, "bram")
    assert entry.number == 3
    on_disk = parse_registry((data_dir / "channels.yml").read_text(encoding="utf-8"))
    assert on_disk["csg"].phones[0].display == "0800-0199"
    assert on_disk["politie"].hours_note == "Bel gerust, ook 's avonds."


def test_update_channel_raises_conflict_for_unknown_future_version(store: ChannelStore) -> None:
    """A version newer than any saved one (another database, a made-up ETag) is refused."""
    with pytest.raises(ConflictError):
        store.update_channel("csg", new_csg_phone(store), 99, "anna")


def test_update_channel_lets_exactly_one_of_simultaneous_saves_win(data_dir: Path) -> None:
    """Eight processes saving csg from version 1 at the same moment: one wins, seven get a conflict."""
    stores = [make_store(data_dir) for _ in range(8)]
    forms = [channel_data(s, "csg", hours_note=f"Versie van medewerker {i}.") for i, s in enumerate(stores)]
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def save(index: int) -> None:
        start.wait()
        try:
            stores[index].update_channel("csg", forms[index], 1, f"m{index}")
            outcomes.append("saved")
        except ConflictError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["saved"]
    (winner,) = [e for e in stores[0].history() if e.reason == "save"]
    channel, _ = stores[0].read_channel("csg")
    assert channel.hours_note == f"Versie van medewerker {winner.author[1:]}."


def test_update_channel_queues_simultaneous_saves_of_different_channels(data_dir: Path) -> None:
    """Processes saving different channels at the same moment all succeed, one after another, none lost."""
    channel_ids = ["alarmnummer", "politie", "slachtofferhulp", "csg", "offlimits", "helpwanted"]
    stores = [make_store(data_dir) for _ in channel_ids]
    forms = [channel_data(s, c, hours_note=f"Notitie {c}.") for s, c in zip(stores, channel_ids, strict=True)]
    start = threading.Barrier(len(stores))
    failures: list[Exception] = []

    def save(index: int) -> None:
        start.wait()
        try:
            stores[index].update_channel(channel_ids[index], forms[index], 1, f"m{index}")
        except Exception as exc:
            failures.append(exc)

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    registry, version = stores[0].read_all()
    assert version == 1 + len(channel_ids)
    assert all(registry[c].hours_note == f"Notitie {c}." for c in channel_ids)


def test_catalog_sees_saved_change_without_restart(store: ChannelStore, catalog: Catalog) -> None:
    """The bot's catalog over the same file serves a save at the next reply, with nothing restarted."""
    assert catalog.snapshot().registry["csg"].phones[0].display == "0800-0188"
    store.update_channel("csg", new_csg_phone(store), 1, "anna")
    assert catalog.snapshot().registry["csg"].phones[0].display == "0800-0199"
    store.update_channel("csg", channel_data(store, "csg", hours_note="Dag en nacht."), 2, "anna")
    assert catalog.snapshot().registry["csg"].hours_note == "Dag en nacht."


def test_update_channel_refuses_save_over_invalid_hand_edit(store: ChannelStore, data_dir: Path) -> None:
    """A broken hand edit is not overwritten by a save; reads keep serving the last valid version."""
    store.read_all()
    path = data_dir / "channels.yml"
    broken = path.read_text(encoding="utf-8").replace('"+318000188"', '"0800"')
    path.write_text(broken, encoding="utf-8")
    registry, version = store.read_all()
    assert (registry["csg"].phones[0].dial, version) == ("+318000188", 1)
    with pytest.raises(ConflictError) as info:
        store.update_channel("politie", channel_data(store, "politie", hours_note="Bel ons."), 1, "anna")
    assert [(p.where, p.field) for p in info.value.problems] == [("channel 'csg'", "phones.0.dial")]
    assert path.read_text(encoding="utf-8") == broken
    assert len(store.history()) == 1


class _RacingHistory(SqliteHistory):
    """A history in which another machine records the next version just before this store does."""

    @contextmanager
    def record(self, entry: HistoryEntry, content: str) -> Iterator[None]:
        """Let the rival take `entry.number` first, then try to record `entry`."""
        if entry.reason != "file":
            with SqliteHistory(self.path).record(replace(entry, author="rival"), content):
                pass
        with super().record(entry, content):
            yield


def test_update_channel_writes_nothing_when_version_number_is_taken(data_dir: Path) -> None:
    """A save that loses its version number to another machine is a conflict and leaves the file alone."""
    path = data_dir / "channels.yml"
    before = path.read_text(encoding="utf-8")
    store = ChannelStore(path, data_dir / "topics.yml", _RacingHistory(data_dir / "var" / "h.sqlite"))
    with pytest.raises(ConflictError):
        store.update_channel("csg", new_csg_phone(store), 1, "anna")
    assert path.read_text(encoding="utf-8") == before
