"""Route planning: best fit first, at most four channels, a 24/7 channel added when one may be closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.referral import plan_channels, plan_route, route_reply, route_text
from bot.registry.catalog import Catalog
from bot.reply import read_reply
from tests.helpers import SATURDAY_NOON, WEDNESDAY_NIGHT, WEDNESDAY_NOON, load_yaml, write_yaml


def test_plan_route_adds_csg_when_hours_are_unknown(snapshot) -> None:
    """Helpwanted's hours are unknown, so CSG (24/7) is sent with it, and the text says so."""
    route = plan_route(snapshot, "own_images_shared", WEDNESDAY_NOON)
    assert route.ids == ["helpwanted", "politie", "csg"]
    reply = route_reply(route)
    assert [c.availability for c in reply.cards] == ["unknown", "unknown", "always"]
    text = route_text(route)
    assert "Van Helpwanted en Politie weten we de tijden niet zeker" in text
    assert "Centrum Seksueel Geweld kun je altijd bereiken." in text
    # The widget gets the same notes as the lead above the cards, without the contact lines.
    assert reply.lead == (
        "Van Helpwanted en Politie weten we de tijden niet zeker. Kijk op de website.\n"
        "Centrum Seksueel Geweld kun je altijd bereiken."
    )


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
            channel["chat_hours"] = {d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
        if channel["id"] == "politie":
            channel["hours"] = "24/7"
    write_yaml(data_dir / "channels.yml", channels)
    routing = load_yaml(data_dir / "topics.yml")
    routing["topics"]["own_images_shared"]["channels"] = ["helpwanted", "politie"]
    write_yaml(data_dir / "topics.yml", routing)
    snapshot = Catalog(data_dir / "channels.yml", data_dir / "topics.yml").snapshot()

    day = plan_route(snapshot, "own_images_shared", WEDNESDAY_NOON)
    assert day.ids == ["helpwanted", "politie"]
    assert day.open_now == {"helpwanted": True, "politie": True}

    for moment in (WEDNESDAY_NIGHT, SATURDAY_NOON):
        closed = plan_route(snapshot, "own_images_shared", moment)
        assert closed.ids == ["helpwanted", "politie", "csg"]
        assert closed.open_now["helpwanted"] is False
        assert "Helpwanted is nu gesloten." in route_text(closed)
        card = route_reply(closed).cards[0]
        assert card.availability == "closed"
        assert card.availability_text.startswith("Nu gesloten (maandag 09:00-17:00")


def test_route_reply_cards_carry_dialable_phones_and_links(snapshot) -> None:
    """Cards get every number with its tel: link and label, and the channel's own links."""
    reply = route_reply(plan_route(snapshot, "report_illegal_content", WEDNESDAY_NOON))
    offlimits, politie = reply.cards[0], reply.cards[1]
    assert reply.topic == "report_illegal_content" and reply.version == 1
    assert offlimits.id == "offlimits"
    assert offlimits.phones == []
    assert "meldpunt-kinderporno.nl" in (offlimits.report_form or offlimits.website or "")
    assert politie.phones[0].display == "0900-8844" and politie.phones[0].tel == "tel:+319008844"
    assert politie.phones[0].model_dump() == {
        "display": "0900-8844",
        "tel": "tel:+319008844",
        "label": "geen spoed",
        "call_cost": "unknown",
        "call_cost_text": None,
        "hours_text": "tijden niet bekend",
    }
    assert len(politie.phones) == 1, "Meld Misdaad Anoniem is not the police: it has its own card"


def test_route_reply_travels_as_one_message_payload(snapshot) -> None:
    """The custom payload holds the versioned help reply, which reads back to the same reply."""
    reply = route_reply(plan_route(snapshot, "report_to_police", WEDNESDAY_NOON))
    custom = reply.custom()
    assert list(custom) == ["help_reply"] and custom["help_reply"]["version"] == 1
    assert read_reply(custom) == reply
    assert read_reply({"help_reply": {"version": 2, "topic": "x", "cards": []}}) is None
    assert read_reply({"topic": "x"}) is None


def test_route_text_lists_every_channel_with_its_number(snapshot) -> None:
    """The text alone (without cards) still gives every number and link."""
    text = route_text(plan_route(snapshot, "feel_bad_need_to_talk", WEDNESDAY_NOON))
    assert "0800-0188" in text
    assert "0800-0432" in text
    assert "8 tot 18 jaar" in text
    assert "0900-0101" in text


def test_cards_and_text_show_call_cost_apart_from_free_help(snapshot) -> None:
    """0900-0101 is a local-rate call even though Slachtofferhulp's help is free: both are shown."""
    route = plan_route(snapshot, "report_to_police", WEDNESDAY_NOON)
    card = next(c for c in route_reply(route).cards if c.id == "slachtofferhulp")
    assert card.free is True
    assert (card.phones[0].call_cost, card.phones[0].call_cost_text) == ("local_rate", "lokaal tarief")
    text = route_text(route)
    line = next(line for line in text.splitlines() if line.startswith("• Slachtofferhulp"))
    assert line == (
        "• Slachtofferhulp Nederland: bel 0900-0101 (lokaal tarief, tijden niet bekend) of chat op "
        "slachtofferhulp.nl (tijden niet bekend); de hulp is gratis"
    )
    assert "gratis bellen" not in line


def test_cards_and_text_give_hours_per_contact_method(snapshot) -> None:
    """CSG's phone is day and night; its chat hours are unknown, and neither is said of the other."""
    route = plan_route(snapshot, "saw_illegal_images", WEDNESDAY_NIGHT)
    card = next(c for c in route_reply(route).cards if c.id == "csg")
    assert card.availability == "always"
    assert card.availability_text == "Bellen: dag en nacht"
    assert card.phones[0].hours_text == "dag en nacht"
    assert card.chat_hours_text == "tijden niet bekend"
    line = next(line for line in route_text(route).splitlines() if line.startswith("• Centrum"))
    assert "bel 0800-0188 (gratis bellen, dag en nacht)" in line
    assert "chat op centrumseksueelgeweld.nl (tijden niet bekend)" in line
    zelfmoord = route_reply(plan_route(snapshot, "suicidal_thoughts", WEDNESDAY_NIGHT)).cards[0]
    assert zelfmoord.availability_text == "Dag en nacht" and zelfmoord.chat_hours_text == "dag en nacht"


@pytest.mark.parametrize(
    ("topic", "material", "place", "expected", "note"),
    [
        # Adults' material: the police take the Meldpunt's place, CSG for support.
        ("saw_illegal_images", "adults", None, ["politie", "csg"], "adults"),
        ("report_illegal_content", "adults", None, ["politie", "csg"], "adults"),
        # A private message with children in it: the police, not the Meldpunt (public internet only).
        ("saw_illegal_images", "children", "private", ["politie", "csg"], "private"),
        # Children on the public internet: the Meldpunt stays first.
        ("saw_illegal_images", "children", None, ["offlimits", "csg", "politie"], None),
        # A topic without the Meldpunt is left as it is.
        ("own_images_shared", "adults", "private", ["helpwanted", "politie", "csg"], None),
        # Real violence without sex (a fight filmed, an animal hurt): the police, then an anonymous
        # tip; not the Meldpunt, not CSG (for sexual violence).
        ("saw_illegal_images", "violence", None, ["politie", "meldmisdaadanoniem"], "violence"),
        ("report_illegal_content", "violence", "private", ["politie", "meldmisdaadanoniem"], "violence"),
    ],
)
def test_plan_channels_sends_adults_material_and_private_messages_to_the_police(
    snapshot, topic: str, material: str | None, place: str | None, expected: list[str], note: str | None
) -> None:
    """The Meldpunt Kinderporno is for children on the public internet; the rest goes to the police."""
    entry = snapshot.routing.topics[topic]
    route = plan_channels(snapshot, topic, list(entry.channels), WEDNESDAY_NOON, None, None, material, place)
    assert route.ids == expected
    assert route.report_note == note
    lead = route_reply(route).lead or ""
    assert ("Meldpunt Kinderporno is alleen voor kinderen" in lead) == (note == "adults")
    assert ("privébericht" in lead) == (note == "private")
    assert ("vechtpartij" in lead) == (note == "violence")


@pytest.mark.parametrize(
    ("age", "ids"),
    [
        (None, ["kindertelefoon", "csg", "slachtofferhulp"]),
        (15.0, ["kindertelefoon", "csg", "slachtofferhulp"]),
        # At 18, the last age the Kindertelefoon is for, the channels for every age come first.
        (18.0, ["csg", "slachtofferhulp", "kindertelefoon"]),
        (19.0, ["csg", "slachtofferhulp"]),
    ],
)
def test_plan_channels_puts_a_channel_at_its_last_age_after_those_for_every_age(
    snapshot, age: float | None, ids: list[str]
) -> None:
    """'Ik ben net 18, waar kan ik praten?': CSG (every age) before the Kindertelefoon (8 to 18)."""
    route = plan_channels(
        snapshot,
        "feel_bad_need_to_talk",
        ["kindertelefoon", "csg", "slachtofferhulp"],
        WEDNESDAY_NOON,
        None,
        age,
    )
    assert route.ids == ids


def test_violence_filmed_gets_no_fallback_to_the_sexual_violence_centre(snapshot) -> None:
    """A fight filmed, reported: the police and Meld Misdaad Anoniem; the topic's 24/7 fallback (CSG,
    for sexual violence) is not added when the police's hours are unknown."""
    entry = snapshot.routing.topics["report_illegal_content"]
    route = plan_channels(
        snapshot,
        "report_illegal_content",
        list(entry.channels),
        WEDNESDAY_NOON,
        "csg",
        None,
        "violence",
        None,
    )
    assert route.ids == ["politie", "meldmisdaadanoniem"]
    adults = plan_channels(
        snapshot, "report_illegal_content", list(entry.channels), WEDNESDAY_NOON, "csg", None, "adults", None
    )
    assert "csg" in adults.ids
