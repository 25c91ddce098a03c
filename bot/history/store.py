"""The channel data as maintainers edit it: validated saves, optimistic concurrency, history and rollback.

The registry file stays the source the bot reads (bot.registry.catalog re-reads it when it
changes); this store is the only writer besides people editing the file by hand. Each save is
validated exactly as the file is, recorded in the history with its author and changed fields,
and written atomically. Version numbers are the history's numbers: a read returns the version it
saw, and a save based on an older version of the same channel is refused with ConflictError.

A version saved before the registry's rules became stricter may not validate any more
(bot.history.older): it is kept and shown as saved, the next version is compared with it as its
file had it, and a rollback to it is refused with OlderFormatError naming what no longer fits.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from bot.exceptions import ConflictError, NotFoundError, Problem, RegistryError, SameMaintainerError
from bot.history.atomic import atomic_write_text, remove_stale_temp_files
from bot.history.diff import diff_registries
from bot.history.history import (
    History,
    HistoryEntry,
    Proposal,
    ProposalStatus,
    Reason,
    StoredVersion,
    open_history,
)
from bot.history.older import OlderFormatError, OlderRegistry, check_saved
from bot.history.render import channel_document, header_of, render_registry
from bot.registry.freshness import CRISIS_NUMBER_CHANNELS
from bot.registry.loader import Registry, parse_registry, parse_routing
from bot.registry.models import Channel
from bot.settings import Settings

FILE_AUTHOR = "file"
# Channels whose changes a second maintainer approves before they go live (four eyes): the crisis
# numbers, and Veilig Thuis, where a wrong number sends a child in danger nowhere.
FOUR_EYES_CHANNELS = CRISIS_NUMBER_CHANNELS | {"veiligthuis"}


@dataclass(frozen=True)
class RegistryVersion:
    """One saved version: its history entry, the file text, and the channels it holds.

    A version saved under an older format that today's rules refuse has `registry` None and
    `older` set: its data as the file had it, and the problems.
    """

    entry: HistoryEntry
    content: str
    registry: Registry | None
    older: OlderRegistry | None = None

    @property
    def data(self) -> Registry | OlderRegistry:
        """The channels as today's rules read them, or as saved when they refuse them."""
        data = self.registry if self.registry is not None else self.older
        assert data is not None, "a RegistryVersion holds a registry or an older one"
        return data


@dataclass(frozen=True)
class _Live:
    """A version that validates today: what reads return and saves build on."""

    entry: HistoryEntry
    content: str
    registry: Registry


@dataclass(frozen=True)
class _Current:
    version: RegistryVersion
    # Why nothing can be saved on top of it: a hand edit that does not validate (the bot keeps
    # the last valid version), or a file that still holds a version of an older format.
    file_problems: list[Problem]


class ChannelStore:
    """Reads, saves and rolls back the channel registry; safe across threads and processes."""

    def __init__(self, channels_path: Path, topics_path: Path, history: History) -> None:
        self.channels_path = channels_path
        self.topics_path = topics_path
        self._history = history
        self._thread_lock = threading.Lock()
        self._lock_path = channels_path.with_name(f".{channels_path.name}.lock")
        self._parsed: tuple[int, Registry | OlderRegistry] | None = None
        # Per saved version, what today's rules find wrong (empty: it validates). Versions never
        # change and the rules change only with the code, so this holds for the process's life.
        self._problems: dict[int, tuple[Problem, ...]] = {}

    # --- reading ----------------------------------------------------------------------------------

    def sync(self) -> HistoryEntry:
        """Record a hand edit of the file (or the first file) as a version; return the latest entry."""
        with self._locked():
            return self._sync().version.entry

    def read_all(self) -> tuple[Registry, int]:
        """Every channel, with the version to send back when saving."""
        with self._locked():
            current = self._readable()
        return current.registry, current.entry.number

    def read_channel(self, channel_id: str) -> tuple[Channel, int]:
        """One channel, with the version to send back when saving it; NotFoundError if there is none."""
        with self._locked():
            current = self._readable()
            channel = current.registry.channels.get(channel_id)
            if channel is None:
                raise NotFoundError(f"channel '{channel_id}'")
            return channel, self._history.channel_version(channel_id) or current.entry.number

    def history(self, limit: int = 50, channel_id: str | None = None) -> list[HistoryEntry]:
        """The newest `limit` versions, newest first; with `channel_id`, only those that changed it."""
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        with self._locked():
            self._sync()
            return self._history.entries(limit, channel_id)

    def version(self, number: int) -> RegistryVersion:
        """Saved version `number` in full (`older` set if today's rules refuse it); NotFoundError if none."""
        with self._locked():
            self._sync()
            return self._version(self._stored(number))

    def older_format(self, numbers: Iterable[int]) -> dict[int, tuple[Problem, ...]]:
        """Those of the saved versions `numbers` that today's rules refuse, with what they find wrong."""
        wanted = list(numbers)
        # Saved versions never change: no lock is needed to read and check them.
        unchecked = [n for n in wanted if n not in self._problems]
        for number, content in self._history.contents(unchecked).items():
            checked = check_saved(content, number)
            self._problems[number] = checked.problems if isinstance(checked, OlderRegistry) else ()
        return {n: self._problems[n] for n in wanted if self._problems.get(n)}

    # --- changing ---------------------------------------------------------------------------------

    def update_channel(
        self, channel_id: str, data: Mapping[str, Any], expected_version: int, author: str
    ) -> HistoryEntry:
        """Replace one channel with `data` (all its fields); return the entry of the version now current."""
        # `expected_version` is what read_channel or read_all returned. ConflictError when the
        # channel changed after it, RegistryError (channel or topic, and field) when the data does
        # not validate: nothing is written then. Unchanged data records no version.
        author = _checked_author(author)
        with self._locked():
            current = self._writable()
            registry = self._edited(current, channel_id, data, expected_version)
            if registry is None:
                return current.entry
            text = render_registry(registry, header_of(current.content))
            return self._commit(current, text, registry, author, "save")

    def propose(
        self, channel_id: str, data: Mapping[str, Any], expected_version: int, author: str
    ) -> Proposal | None:
        """Keep a change to one channel as a proposal for a second maintainer; nothing goes live.

        Checked exactly as update_channel checks a save (ConflictError, RegistryError); None
        when the data equals the live channel.
        """
        author = _checked_author(author)
        with self._locked():
            current = self._writable()
            registry = self._edited(current, channel_id, data, expected_version)
            if registry is None:
                return None
            proposal = Proposal(
                number=0,
                channel_id=channel_id,
                base_version=expected_version,
                proposed_at=_now(),
                proposed_by=author,
                data=json.dumps(_channel_json(registry.channels[channel_id]), ensure_ascii=False),
                changes=tuple(diff_registries(current.registry, registry)),
            )
            return self._history.add_proposal(proposal)

    def proposals(self, limit: int = 50, status: ProposalStatus | None = None) -> list[Proposal]:
        """The newest `limit` proposals, newest first; with `status`, only those."""
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        return self._history.proposals(limit, status)

    def proposal(self, number: int) -> Proposal:
        """Proposal `number`; NotFoundError if there is none."""
        proposal = self._history.proposal(number)
        if proposal is None:
            raise NotFoundError(f"proposal {number}")
        return proposal

    def approve(self, number: int, approver: str) -> HistoryEntry:
        """Put an open proposal live as a new version by its proposer, approved by `approver`.

        SameMaintainerError when the approver proposed it; ConflictError when it is no longer
        open, or when its channel changed after the version it was based on (a proposal never
        overwrites a newer live version); RegistryError when it no longer validates.
        """
        approver = _checked_author(approver)
        with self._locked():
            proposal = self.proposal(number)
            if proposal.status != "open":
                raise ConflictError(f"proposal {number} is already {proposal.status}", 0)
            if proposal.proposed_by == approver:
                raise SameMaintainerError(f"{approver} proposed change {number} and cannot approve it too")
            current = self._writable()
            data = json.loads(proposal.data)
            registry = self._edited(current, proposal.channel_id, data, proposal.base_version)
            if registry is None:
                # Someone else made the same change meanwhile: nothing to put live.
                self._history.reject_proposal(number, approver, _now())
                raise ConflictError(f"proposal {number} is already live", current.entry.number)
            text = render_registry(registry, header_of(current.content))
            return self._commit(
                current, text, registry, proposal.proposed_by, "save", proposal=number, approved_by=approver
            )

    def reject(self, number: int, maintainer: str) -> Proposal:
        """Close an open proposal without putting it live (its proposer may withdraw it too)."""
        maintainer = _checked_author(maintainer)
        with self._locked():
            proposal = self.proposal(number)
            if proposal.status != "open":
                raise ConflictError(f"proposal {number} is already {proposal.status}", 0)
            self._history.reject_proposal(number, maintainer, _now())
            return self.proposal(number)

    def rollback(self, number: int, expected_version: int, author: str) -> HistoryEntry:
        """Make version `number` current again as a new version with its exact file text."""
        # `expected_version` is the latest version the maintainer saw: ConflictError if there is a
        # newer one. OlderFormatError if it was saved under an older format that today's rules
        # refuse; RegistryError if the old data no longer fits the current routing table.
        author = _checked_author(author)
        with self._locked():
            current = self._writable()
            if expected_version != current.entry.number:
                raise ConflictError(
                    f"the channel data is at version {current.entry.number}, not {expected_version} "
                    "that you saw; reload the history and choose again",
                    current.entry.number,
                )
            target = self._stored(number)
            if target.content == current.content:
                return current.entry
            checked = check_saved(target.content, number)
            if isinstance(checked, OlderRegistry):
                # Saved before the rules became stricter: it stays in the history, never live.
                raise OlderFormatError(number, list(checked.problems))
            registry = self._validated(target.content, source=f"version {number}")
            return self._commit(current, target.content, registry, author, "rollback", rollback_of=number)

    # --- internals --------------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        # The thread lock orders this process's threads; flock orders processes (the action
        # server, a second web worker, a maintainer's script).
        with self._thread_lock:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)

    def _stored(self, number: int) -> StoredVersion:
        stored = self._history.get(number)
        if stored is None:
            raise NotFoundError(f"version {number}")
        return stored

    def _version(self, stored: StoredVersion) -> RegistryVersion:
        number = stored.entry.number
        if self._parsed is None or self._parsed[0] != number:
            self._parsed = (number, check_saved(stored.content, number))
        data = self._parsed[1]
        if isinstance(data, OlderRegistry):
            self._problems[number] = data.problems
            return RegistryVersion(stored.entry, stored.content, None, data)
        self._problems[number] = ()
        return RegistryVersion(stored.entry, stored.content, data)

    def _validated(self, text: str, source: str) -> Registry:
        registry = parse_registry(text, source=source)
        parse_routing(self.topics_path.read_text(encoding="utf-8"), registry, source=self.topics_path.name)
        return registry

    def _sync(self) -> _Current:
        remove_stale_temp_files(self.channels_path)
        latest = self._history.latest()
        try:
            text: str | None = self.channels_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            if latest is None:
                raise
            text = None
        if latest is not None and (text is None or text == latest.content):
            version = self._version(latest)
            # A version of an older format that is (or was) also the file: nothing valid to build on.
            return _Current(version, list(version.older.problems) if version.older is not None else [])
        assert text is not None
        try:
            registry = self._validated(text, source=self.channels_path.name)
        except RegistryError as exc:
            if latest is None:
                raise
            return _Current(self._version(latest), exc.problems)
        previous = self._version(latest) if latest is not None else None
        entry = HistoryEntry(
            number=previous.entry.number + 1 if previous else 1,
            saved_at=_now(),
            author=FILE_AUTHOR,
            reason="file",
            rollback_of=None,
            # A previous version of an older format is compared as its file had it.
            changes=tuple(diff_registries(previous.data if previous else None, registry)),
        )
        with self._history.record(entry, text):
            pass
        self._parsed = (entry.number, registry)
        self._problems[entry.number] = ()
        return _Current(RegistryVersion(entry, text, registry), [])

    def _readable(self) -> _Live:
        """The version reads return: the newest valid one, even while a hand edit does not validate."""
        return self._live(self._sync())

    def _live(self, current: _Current) -> _Live:
        version = current.version
        if version.registry is None:
            # Only while the newest version is one of an older format and the file holds it too,
            # is missing, or was edited by hand into something else that does not validate.
            older = list(version.older.problems) if version.older is not None else []
            raise ConflictError(
                f"the newest version {version.entry.number} was saved under an older format that the "
                f"registry's rules no longer accept, and {self.channels_path.name} holds no valid "
                "data either; fix the file first",
                version.entry.number,
                current.file_problems or older,
            )
        return _Live(version.entry, version.content, version.registry)

    def _writable(self) -> _Live:
        current = self._sync()
        if current.file_problems:
            raise ConflictError(
                f"{self.channels_path.name} was edited by hand and does not validate; fix or revert "
                "that edit first, so it is not overwritten",
                current.version.entry.number,
                current.file_problems,
            )
        return self._live(current)

    def _edited(
        self, current: _Live, channel_id: str, data: Mapping[str, Any], expected_version: int
    ) -> Registry | None:
        """The registry with the channel replaced by `data`; None when that changes nothing."""
        old = current.registry.channels.get(channel_id)
        if old is None:
            raise NotFoundError(f"channel '{channel_id}'")
        latest = current.entry.number
        changed_in = self._history.channel_version(channel_id) or 0
        if expected_version > latest:
            raise ConflictError(
                f"there is no version {expected_version} yet, the latest is {latest}; reload the channel",
                latest,
            )
        if changed_in > expected_version:
            raise ConflictError(
                f"channel '{channel_id}' was changed in version {changed_in}, after version "
                f"{expected_version} that you edited; reload it and make your change again",
                latest,
            )
        registry = self._with_channel(current.registry, channel_id, data)
        return None if registry.channels[channel_id] == old else registry

    def _with_channel(self, registry: Registry, channel_id: str, data: Mapping[str, Any]) -> Registry:
        where = f"channel '{channel_id}'"
        source = self.channels_path.name
        if not isinstance(data, Mapping):
            raise RegistryError(source, [Problem(where, "(entry)", "must be a mapping of fields")])
        raw = dict(data)
        if raw.setdefault("id", channel_id) != channel_id:
            message = f"'{raw['id']}' differs from '{channel_id}': an id cannot change"
            raise RegistryError(source, [Problem(where, "id", message)])
        documents = [
            raw if other_id == channel_id else channel_document(channel)
            for other_id, channel in registry.channels.items()
        ]
        try:
            # Through YAML and the loader, so a save is checked exactly as the file is.
            text = yaml.safe_dump({"version": registry.version, "channels": documents}, allow_unicode=True)
        except yaml.YAMLError as exc:
            problem = Problem(where, "(entry)", "holds a value that is not plain data")
            raise RegistryError(source, [problem]) from exc
        return self._validated(text, source=source)

    def _commit(
        self,
        current: _Live,
        text: str,
        registry: Registry,
        author: str,
        reason: Reason,
        rollback_of: int | None = None,
        proposal: int | None = None,
        approved_by: str | None = None,
    ) -> HistoryEntry:
        entry = HistoryEntry(
            number=current.entry.number + 1,
            saved_at=_now(),
            author=author,
            reason=reason,
            rollback_of=rollback_of,
            changes=tuple(diff_registries(current.registry, registry)),
            proposal=proposal,
            approved_by=approved_by,
        )
        # The version is committed only once the file is in place; if the write fails, neither is.
        with self._history.record(entry, text):
            atomic_write_text(self.channels_path, text)
        self._parsed = (entry.number, registry)
        self._problems[entry.number] = ()
        return entry


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _channel_json(channel: Channel) -> dict[str, Any]:
    """The channel as JSON data, with only the days of its schedule the maintainer wrote."""
    data = channel.model_dump(mode="json", exclude_none=True)
    if channel.schedule is not None:
        data["hours"] = channel.schedule.model_dump(mode="json", exclude_unset=True)
    return data


def _checked_author(author: str) -> str:
    name = author.strip()
    if not name:
        raise ValueError("a save needs the maintainer's name")
    return name


def open_channel_store(settings: Settings) -> ChannelStore:
    """The store for the configured files and history; nothing is opened until first use."""
    return ChannelStore(settings.channels_path, settings.topics_path, open_history(settings.history_url))
