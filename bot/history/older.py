"""Saved versions that today's rules no longer accept: kept and shown as saved, never put live again.

Every version was valid when it was saved, but the registry's rules may have become stricter
since (a phone's `call_cost`, hours per contact method, a source that is not a home page). Such
a version stays in the history unchanged. The store reads it as an `OlderRegistry`: the channels
as plain data, as the file had them, with the problems today's rules find, so the history can
show it and compare the next version with it, and a rollback can say why it is refused.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import yaml

from bot import yamlio
from bot.exceptions import Problem, RegistryError
from bot.registry.loader import Registry, parse_registry


@dataclass(frozen=True)
class OlderRegistry:
    """A saved version that no longer validates: its data as the file had it, and why."""

    version: Any  # the file's `version` as written (None when it had none)
    channels: Mapping[str, dict[str, Any]]  # each channel as JSON data, by id, in file order
    problems: tuple[Problem, ...]


class OlderFormatError(RegistryError):
    """A rollback to a version saved under an older format that today's rules no longer accept."""

    def __init__(self, number: int, problems: list[Problem]) -> None:
        self.number = number
        super().__init__(f"version {number}", problems)


def _plain(value: Any) -> Any:
    """`value` as JSON data: dates as ISO text, keys as text, anything else unusual as its text."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return str(value)


def read_older(text: str, problems: list[Problem]) -> OlderRegistry:
    """The channels of a saved text as plain data, without today's checks; `problems` say why."""
    try:
        data = yamlio.safe_load(text)
    except yaml.YAMLError:
        data = None
    raw = data.get("channels") if isinstance(data, dict) else None
    channels: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(item, Mapping):
            continue
        raw_id = item.get("id")
        # Named as the loader names a channel without an id.
        key = str(raw_id) if raw_id else f"#{index + 1}"
        channels.setdefault(key, _plain(item))
    version = _plain(data.get("version")) if isinstance(data, dict) else None
    return OlderRegistry(version=version, channels=channels, problems=tuple(problems))


def check_saved(text: str, number: int) -> Registry | OlderRegistry:
    """Saved version `number` as today's rules read it, or as an OlderRegistry when they refuse it."""
    try:
        return parse_registry(text, source=f"version {number}")
    except RegistryError as exc:
        return read_older(text, exc.problems)
