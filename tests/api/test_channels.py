"""GET /api/channels: the public registry, live from channels/channels.yml."""

from __future__ import annotations

from pathlib import Path

from bot.registry import get_catalog
from tests.helpers import load_yaml, write_yaml


def test_read_channels_lists_the_registry_in_file_order(client) -> None:
    """Every registry channel is listed, in file order, with its contact data."""
    response = client.get("/api/channels")
    assert response.status_code == 200
    body = response.json()
    registry = get_catalog().snapshot().registry
    assert [c["id"] for c in body["channels"]] == list(registry.channels)
    police = next(c for c in body["channels"] if c["id"] == "politie")
    assert police["phones"][0]["display"] == "0900-8844" and police["phones"][0]["label"] == "geen spoed"
    assert "source" not in police and "verified_on" not in police
    csg = next(c for c in body["channels"] if c["id"] == "csg")
    assert csg["availability"] == "always" and csg["availability_text"] == "Bellen: dag en nacht"
    assert response.headers["cache-control"] == "public, max-age=60"


def test_read_channel_returns_one_channel(client) -> None:
    """One channel by id."""
    response = client.get("/api/channels/csg")
    assert response.status_code == 200
    assert response.json()["phones"][0]["display"] == "0800-0188"


def test_read_channel_returns_404_for_unknown_id(client) -> None:
    """An unknown id is a 404, not a 500."""
    response = client.get("/api/channels/nope")
    assert response.status_code == 404


def test_read_channels_shows_registry_edit_without_restart(make_client, data_dir: Path) -> None:
    """An edit to channels.yml is served on the next request."""
    client = make_client(channels_path=data_dir / "channels.yml", topics_path=data_dir / "topics.yml")
    assert client.get("/api/channels/csg").json()["name"] == "Centrum Seksueel Geweld"
    data = load_yaml(data_dir / "channels.yml")
    next(c for c in data["channels"] if c["id"] == "csg")["name"] = "CSG (nieuw)"
    write_yaml(data_dir / "channels.yml", data)
    response = client.get("/api/channels/csg")
    assert response.status_code == 200
    assert response.json()["name"] == "CSG (nieuw)"
