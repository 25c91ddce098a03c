"""The registry file as maintainers read it: the header comment, then one block per channel."""

from __future__ import annotations

from typing import Any

import yaml

from bot.registry.loader import Registry, parse_registry
from bot.registry.models import Channel

_FREE_TEXT = ("description", "hours_note")
_WIDTH = 90
# Free text longer than this goes on its own lines; `description` always does.
_FOLD_FROM = 60


class _Folded(str):
    """Free text written as a folded block (`>-`), wrapped like the hand-written file."""


class _Dumper(yaml.SafeDumper):
    """Block style with lists indented under their key, as in the hand-written file."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Never write a list flush with its key."""
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        """Double quotes where quotes are needed, as in the hand-written file."""
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


def _represent_folded(dumper: yaml.SafeDumper, value: _Folded) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=">")


_Dumper.add_representer(_Folded, _represent_folded)


def channel_document(channel: Channel) -> dict[str, Any]:
    """The channel as plain data without empty optional fields; it validates back to an equal Channel."""
    document = channel.model_dump(mode="python", exclude_none=True)
    if not channel.phones:
        del document["phones"]
    if channel.schedule is not None:
        # Only the days the maintainer wrote, so an explicit closed day (`sat: []`) stays.
        document["hours"] = channel.schedule.model_dump(exclude_unset=True)
    return document


def header_of(text: str) -> str:
    """The comment block (with its blank lines) at the top of a registry file."""
    header: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    joined = "".join(header)
    return joined if not joined or joined.endswith("\n") else joined + "\n"


def _render(registry: Registry, header: str, fold: bool) -> str:
    channels = []
    for channel in registry.channels.values():
        document = channel_document(channel)
        for field in _FREE_TEXT:
            if fold and field in document and (field == "description" or len(document[field]) > _FOLD_FROM):
                document[field] = _Folded(document[field])
        channels.append(document)
    body = yaml.dump(
        {"version": registry.version, "channels": channels},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=_WIDTH,
        indent=2,
    )
    lines = body.splitlines(keepends=True)
    # A blank line between channels, like the hand-written file.
    items = [i for i, line in enumerate(lines) if line.startswith("  - ")]
    for index in reversed(items[1:]):
        lines.insert(index, "\n")
    return header + "".join(lines)


def _same(text: str, registry: Registry) -> bool:
    loaded = parse_registry(text)
    return loaded == registry and list(loaded.channels) == list(registry.channels)


def render_registry(registry: Registry, header: str = "") -> str:
    """The YAML text of `registry` after `header`; it loads back with parse_registry to equal models."""
    for fold in (True, False):
        text = _render(registry, header, fold)
        # PyYAML's folding is the one step that could change text; check it and fall back to plain.
        if _same(text, registry):
            return text
    raise RuntimeError(
        "the registry does not survive writing to YAML; this is a bug in bot/history/render.py"
    )
