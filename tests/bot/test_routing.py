"""Route planning: best fit first, at most four channels, a 24/7 channel added when one may be closed."""

from __future__ import annotations

from pathlib import Path

from bot.registry.catalog import Catalog
from bot.routing import plan_route, route_payload, route_text
from tests.conftest import SATURDAY_NOON, WEDNESDAY_NIGHT, WEDNESDAY_NOON, load_yaml, write_yaml


def test_plan_route_adds_csg_when_hours_are_unknown(snapshot) -> None:
    """Helpwanted's hours are unknown, so CSG (24/7) is sent with it, and the text says so."""
    route = plan_route(snapshot, "own_images_shared", WEDNESDAY_NOON)
    assert route.ids == ["helpwanted", "politie", "csg"]
    payload = route_payload(route)
    assert [c["open_now"] for c in payload["channels"]] == [None, None, True]
    text = route_text(route)
    assert "Van Helpwanted en Politie weten we de tijden niet zeker" in text
    assert "Centrum Seksueel Geweld kun je altijd bereiken." in text


def test_plan_route_appends_fallback_when_not_in_list(snapshot) -> None:
    """Police and Slachtofferhulp have unknown hours, so CSG is appended as the 24/7 channel."""
    route = plan_route(snapshot, "report_to_police", WEDNESDAY_NOON)
    assert route.ids == ["politie", "slachtofferhulp", "csg"]


def test_plan_route_keeps_at_most_four_channels(snapshot) -> None:
    """A full topic with an unknown-hours channel still sends four channels, the fallback last."""
    route = plan_route(snapshot, "parent_or_teacher", WEDNESDAY_NOON)
    assert route.ids == ["csg", "offlimits", "helpwanted", "mediawijsheid"]
    assert len(route.channels) <= 4


def test_plan_route_says_closed_and_adds_24_7_channel(data_dir: Path) -> None:
    """A channel closed by its schedule is marked closed, and the topic's 24/7 channel is added."""
    channels = load_yaml(data_dir / "channels.yml")
    for channel in channels["channels"]:
        if channel["id"] == "helpwanted":
            channel["hours"] = {d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
        if channel["id"] == "politie":
            channel["hours"] = "24/7"
    write_yaml(data_dir / "channels.yml", channels)
    routing = load_yaml(data_dir / "routing.yml")
    routing["topics"]["own_images_shared"]["channels"] = ["helpwanted", "politie"]
    write_yaml(data_dir / "routing.yml", routing)
    snapshot = Catalog(data_dir / "channels.yml", data_dir / "routing.yml").snapshot()

    day = plan_route(snapshot, "own_images_shared", WEDNESDAY_NOON)
    assert day.ids == ["helpwanted", "politie"]
    assert day.open_now == {"helpwanted": True, "politie": True}

    for moment in (WEDNESDAY_NIGHT, SATURDAY_NOON):
        closed = plan_route(snapshot, "own_images_shared", moment)
        assert closed.ids == ["helpwanted", "politie", "csg"]
        assert closed.open_now["helpwanted"] is False
        assert "Helpwanted is nu gesloten." in route_text(closed)
        card = route_payload(closed)["channels"][0]
        assert card["hours_text"].startswith("Nu gesloten (maandag 09:00-17:00")


def test_route_payload_carries_dialable_phone_and_link(snapshot) -> None:
    """Cards get a tel: link, the display number and the most useful URL."""
    payload = route_payload(plan_route(snapshot, "report_illegal_content", WEDNESDAY_NOON))
    offlimits, politie = payload["channels"][0], payload["channels"][1]
    assert payload["topic"] == "report_illegal_content"
    assert offlimits["id"] == "offlimits"
    assert offlimits["url"] == "https://meldpunt-kinderporno.nl"
    assert offlimits["phone"] is None
    assert politie["phone"] == "0900-8844"
    assert politie["tel"] == "tel:+319008844"
    assert politie["phones"][1] == {
        "display": "0800-7000",
        "tel": "tel:+318007000",
        "label": "Meld Misdaad Anoniem: anoniem een tip geven",
    }


def test_route_text_lists_every_channel_with_its_number(snapshot) -> None:
    """The text alone (without cards) still gives every number and link."""
    text = route_text(plan_route(snapshot, "feel_bad_need_to_talk", WEDNESDAY_NOON))
    assert "0800-0188" in text
    assert "0800-0432" in text
    assert "8 tot 18 jaar" in text
    assert "0900-0101" in text
