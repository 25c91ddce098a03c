"""Read the registry and routing YAML files into validated models, naming channel and field on error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot import yamlio
from bot.exceptions import Problem, RegistryError
from bot.registry.models import Channel, FollowUp, Topic
from bot.registry.schedule import HOURS_TAGS

_REGISTRY_KEYS = {"version", "channels"}
ModelT = TypeVar("ModelT", bound=BaseModel)
_ROUTING_KEYS = {"version", "topics", "follow_ups"}


@dataclass(frozen=True)
class Registry:
    """Every channel by id, in file order."""

    version: int
    channels: Mapping[str, Channel]

    def __getitem__(self, channel_id: str) -> Channel:
        return self.channels[channel_id]


@dataclass(frozen=True)
class RoutingTable:
    """Every topic by id."""

    version: int
    topics: Mapping[str, Topic]
    follow_ups: Mapping[str, FollowUp] = field(default_factory=dict)


def _field(loc: tuple[int | str, ...]) -> str:
    # Pydantic puts the failing union member ("function-after[...]", "literal[...]") into the
    # location; a maintainer only needs the field path.
    parts = [str(p) for p in loc if not (isinstance(p, str) and ("[" in p or p == "str" or p in HOURS_TAGS))]
    return ".".join(parts) or "(entry)"


def _message(error: Any) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown field"
    if error["type"] == "missing":
        return "is required"
    return str(error["msg"]).removeprefix("Value error, ")


def _validated(model: type[ModelT], raw: Any, where: str, problems: list[Problem]) -> ModelT | None:
    """`raw` as a `model`, or None with every problem added to `problems`, named by `where`."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems.extend(Problem(where, _field(e["loc"]), _message(e)) for e in exc.errors())
        return None


def _read_yaml(text: str, source: str, keys: set[str], list_key: str) -> dict[str, Any]:
    try:
        data = yamlio.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        raise RegistryError(source, [Problem(where, "(yaml)", str(exc).splitlines()[0])]) from exc
    if not isinstance(data, dict):
        raise RegistryError(source, [Problem("file", "(top)", "must be a mapping")])
    problems = [Problem("file", key, "unknown field") for key in sorted(set(data) - keys)]
    if not isinstance(data.get("version"), int):
        problems.append(Problem("file", "version", "must be a whole number"))
    if list_key not in data:
        problems.append(Problem("file", list_key, "is required"))
    if problems:
        raise RegistryError(source, problems)
    return data


def parse_registry(text: str, source: str = "channels.yml") -> Registry:
    """Validate registry YAML text; raise RegistryError listing every problem."""
    data = _read_yaml(text, source, _REGISTRY_KEYS, "channels")
    raw_channels = data["channels"]
    if not isinstance(raw_channels, list) or not raw_channels:
        raise RegistryError(source, [Problem("file", "channels", "must be a non-empty list")])
    problems: list[Problem] = []
    channels: dict[str, Channel] = {}
    for index, raw in enumerate(raw_channels):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        where = f"channel '{raw_id}'" if raw_id else f"channel #{index + 1}"
        channel = _validated(Channel, raw, where, problems)
        if channel is None:
            continue
        if channel.id in channels:
            problems.append(Problem(where, "id", "duplicate id: another channel has this id"))
            continue
        channels[channel.id] = channel
    if problems:
        raise RegistryError(source, problems)
    return Registry(version=data["version"], channels=channels)


def parse_channel(raw: Any, source: str = "channels.yml") -> Channel:
    """Validate one channel as sent by the admin form; raise RegistryError naming every field."""
    raw_id = raw.get("id") if isinstance(raw, dict) else None
    problems: list[Problem] = []
    channel = _validated(Channel, raw, f"channel '{raw_id}'" if raw_id else "channel", problems)
    if channel is None:
        raise RegistryError(source, problems)
    return channel


def parse_routing(text: str, registry: Registry, source: str = "topics.yml") -> RoutingTable:
    """Validate routing YAML text against the registry; raise RegistryError on any problem."""
    data = _read_yaml(text, source, _ROUTING_KEYS, "topics")
    raw_topics = data["topics"]
    if not isinstance(raw_topics, dict) or not raw_topics:
        raise RegistryError(source, [Problem("file", "topics", "must be a non-empty mapping")])
    problems: list[Problem] = []
    topics: dict[str, Topic] = {}
    for topic_id, raw in raw_topics.items():
        where = f"topic '{topic_id}'"
        topic = _validated(Topic, raw, where, problems)
        if topic is None:
            continue
        for i, channel_id in enumerate(topic.channels):
            if channel_id not in registry.channels:
                problems.append(Problem(where, f"channels.{i}", f"no channel '{channel_id}'"))
        for situation, ids in topic.situations.items():
            problems.extend(
                Problem(where, f"situations.{situation}", f"no channel '{i}'")
                for i in ids
                if i not in registry.channels
            )
        if topic.always_open is not None:
            fallback = registry.channels.get(topic.always_open)
            if fallback is None:
                problems.append(Problem(where, "always_open", f"no channel '{topic.always_open}'"))
            elif not fallback.always_open:
                problems.append(Problem(where, "always_open", f"'{topic.always_open}' is not open 24/7"))
        topics[str(topic_id)] = topic
    for topic_id, topic in topics.items():
        if topic.offer is not None and topic.offer not in topics:
            problems.append(Problem(f"topic '{topic_id}'", "offer", f"no topic '{topic.offer}'"))
        problems.extend(
            Problem(f"topic '{topic_id}'", f"situations.{t}", f"no topic '{t}'")
            for t in topic.situations
            if t not in topics
        )
    follow_ups = _parse_follow_ups(data.get("follow_ups") or {}, registry, topics, problems)
    if problems:
        raise RegistryError(source, problems)
    return RoutingTable(version=data["version"], topics=topics, follow_ups=follow_ups)


def _parse_follow_ups(
    raw: Any, registry: Registry, topics: Mapping[str, Topic], problems: list[Problem]
) -> dict[str, FollowUp]:
    if not isinstance(raw, dict):
        problems.append(Problem("file", "follow_ups", "must be a mapping"))
        return {}
    follow_ups: dict[str, FollowUp] = {}
    for follow_up_id, entry in raw.items():
        where = f"follow-up '{follow_up_id}'"
        follow_up = _validated(FollowUp, entry, where, problems)
        if follow_up is None:
            continue
        lists = {"channels": follow_up.channels} | {
            f"situations.{topic}": ids for topic, ids in follow_up.situations.items()
        }
        for field_name, ids in lists.items():
            problems.extend(
                Problem(where, field_name, f"no channel '{i}'") for i in ids if i not in registry.channels
            )
        problems.extend(
            Problem(where, f"situations.{t}", f"no topic '{t}'")
            for t in follow_up.situations
            if t not in topics
        )
        follow_ups[str(follow_up_id)] = follow_up
    return follow_ups


def load_registry(path: Path) -> Registry:
    """Read and validate the registry file."""
    return parse_registry(path.read_text(encoding="utf-8"), source=str(path))


def load_routing(path: Path, registry: Registry) -> RoutingTable:
    """Read and validate the routing file against `registry`."""
    return parse_routing(path.read_text(encoding="utf-8"), registry, source=str(path))
