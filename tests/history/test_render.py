"""The registry file the store writes stays readable for people and loads back to the same channels."""

from __future__ import annotations

from pathlib import Path

from bot.history.render import header_of, render_registry
from bot.history.store import ChannelStore
from bot.registry.loader import parse_registry
from tests.helpers import CHANNELS, channel_data, new_csg_phone


def test_render_registry_loads_back_to_equal_models() -> None:
    """Writing the shipped data and reading it back gives the same channels in the same order."""
    shipped = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    loaded = parse_registry(render_registry(shipped))
    assert loaded == shipped
    assert list(loaded.channels) == list(shipped.channels)


def test_render_registry_is_stable() -> None:
    """Rendering is a fixed point, so a save changes only the lines of the fields that changed."""
    text = CHANNELS.read_text(encoding="utf-8")
    once = render_registry(parse_registry(text), header_of(text))
    assert render_registry(parse_registry(once), header_of(once)) == once


def test_render_registry_writes_block_style_with_folded_descriptions() -> None:
    """Channels are readable blocks separated by a blank line, descriptions folded like the original."""
    text = render_registry(parse_registry(CHANNELS.read_text(encoding="utf-8")))
    block = "\n\n  - id: politie\n    name: Politie\n    name_en: Police\n    description: >-\n"
    assert block + "      Je kunt een melding" in text
    assert '        display: "112"\n' in text
    assert "{" not in text


def test_update_channel_keeps_header_comment(store: ChannelStore, data_dir: Path) -> None:
    """The explanatory comment at the top of the file survives a save."""
    header = header_of(CHANNELS.read_text(encoding="utf-8"))
    assert header.startswith("# Help-channel registry") and header.count("\n") > 10
    store.update_channel("csg", new_csg_phone(store), 1, "anna")
    written = (data_dir / "channels.yml").read_text(encoding="utf-8")
    assert written.startswith(header + "version: 1\nchannels:\n  - id: alarmnummer\n")


def test_update_channel_writes_weekly_schedule_with_closed_day(store: ChannelStore, data_dir: Path) -> None:
    """A weekly schedule is written as maintainers write it, keeping an explicitly closed day."""
    hours = {"mon": ["09:00-17:00"], "wed": ["09:00-12:00", "13:00-17:00"], "sat": []}
    store.update_channel("kindertelefoon", channel_data(store, "kindertelefoon", hours=hours), 1, "anna")
    written = (data_dir / "channels.yml").read_text(encoding="utf-8")
    assert (
        "    hours:\n      mon:\n        - 09:00-17:00\n      wed:\n        - 09:00-12:00\n"
        "        - 13:00-17:00\n      sat: []\n"
    ) in written
    assert parse_registry(written)["kindertelefoon"] == store.read_channel("kindertelefoon")[0]
