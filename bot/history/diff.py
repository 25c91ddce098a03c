"""What changed between two versions of the registry, field by field."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from bot.history.history import Change
from bot.history.older import OlderRegistry
from bot.registry.loader import Registry


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    # Empty lists and None are left out: to a reader, "no phones" and "no chat" are one thing.
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}.{index}")
    elif value is not None:
        yield path, value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _channel_changes(channel_id: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before = dict(_leaves(old, ""))
    after = dict(_leaves(new, ""))
    fields = list(before) + [field for field in after if field not in before]
    return [
        Change(
            channel_id,
            field,
            _json(before[field]) if field in before else None,
            _json(after[field]) if field in after else None,
        )
        for field in fields
        if before.get(field) != after.get(field)
    ]


def _documents(registry: Registry | OlderRegistry) -> Mapping[str, dict[str, Any]]:
    """Each channel as JSON data by id; a version of an older format as its file had it."""
    if isinstance(registry, OlderRegistry):
        return registry.channels
    return {channel_id: channel.model_dump(mode="json") for channel_id, channel in registry.channels.items()}


def diff_registries(old: Registry | OlderRegistry | None, new: Registry) -> list[Change]:
    """Every changed field, channel by channel in file order; `old` None means an empty registry.

    An `old` saved under an older format is compared as its file had it, so a field the old rules
    did not have shows as added.
    """
    changes: list[Change] = []
    old_channels = _documents(old) if old is not None else {}
    new_channels = _documents(new)
    if old is not None and old.version != new.version:
        changes.append(Change(None, "version", _json(old.version), _json(new.version)))
    for channel_id, channel in new_channels.items():
        previous = old_channels.get(channel_id)
        if previous is None:
            changes.append(Change(channel_id, "", None, _json(channel)))
        else:
            changes.extend(_channel_changes(channel_id, previous, channel))
    for channel_id, channel in old_channels.items():
        if channel_id not in new_channels:
            changes.append(Change(channel_id, "", _json(channel), None))
    return changes
