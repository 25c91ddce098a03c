"""The registry loads the shipped data and rejects every kind of bad entry, naming channel and field."""

from __future__ import annotations

import copy
from datetime import date

import pytest
import yaml

from bot.exceptions import RegistryError
from bot.registry.loader import parse_registry, parse_routing
from tests.helpers import CHANNELS, SATURDAY_NOON, WEDNESDAY_NIGHT, WEDNESDAY_NOON, load_yaml

EXPECTED_IDS = {
    "alarmnummer",
    "politie",
    "slachtofferhulp",
    "csg",
    "offlimits",
    "helpwanted",
    "stopitnow",
    "mediawijsheid",
    "slachtofferwijzer",
    "kindertelefoon",
    "zelfmoordpreventie",
    "veiligthuis",
    "meldmisdaadanoniem",
}


def _registry_with(change) -> str:
    data = load_yaml(CHANNELS)
    change(data["channels"])
    return yaml.safe_dump(data, allow_unicode=True)


def _problems(text: str) -> list[str]:
    with pytest.raises(RegistryError) as info:
        parse_registry(text)
    return [str(p) for p in info.value.problems]


def _channel(channels: list[dict], channel_id: str) -> dict:
    return next(c for c in channels if c["id"] == channel_id)


def test_load_registry_has_exactly_the_channels_of_contacts_md() -> None:
    """The shipped file holds the channels of contacts.md (Meld Misdaad Anoniem apart from the
    police, which does not run it), no more, no less."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    assert set(registry.channels) == EXPECTED_IDS


def test_load_registry_keeps_confirmed_numbers() -> None:
    """The numbers people dial are the ones contacts.md confirms."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    dial = {cid: [p.dial for p in c.phones] for cid, c in registry.channels.items()}
    assert dial["alarmnummer"] == ["112"]
    assert dial["zelfmoordpreventie"] == ["113", "+318000113"]
    assert dial["csg"] == ["+318000188"]
    assert dial["politie"] == ["+319008844"]
    assert dial["meldmisdaadanoniem"] == ["+318007000"]
    assert dial["slachtofferhulp"] == ["+319000101"]
    assert dial["helpwanted"] == ["+31202615275"]
    assert dial["stopitnow"] == ["+318002666436"]
    assert dial["kindertelefoon"] == ["+318000432"]
    assert dial["veiligthuis"] == ["+318002000"]
    assert registry["csg"].phones[0].tel == "tel:+318000188"


def test_load_registry_marks_unconfirmed_hours_unknown() -> None:
    """Hours contacts.md does not confirm are 'unknown', never guessed."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    for channel_id in ("kindertelefoon", "slachtofferhulp", "helpwanted", "stopitnow"):
        assert registry[channel_id].hours == "unknown"
    for channel_id in ("csg", "zelfmoordpreventie", "alarmnummer", "veiligthuis"):
        assert registry[channel_id].hours == "24/7"


def test_parse_registry_rejects_unknown_field() -> None:
    """A misspelt field is an error naming channel and field, not silently ignored."""
    text = _registry_with(lambda cs: _channel(cs, "csg").update(phone_number="0800-0188"))
    assert _problems(text) == ["channel 'csg', field 'phone_number': unknown field"]


def test_parse_registry_rejects_malformed_phone() -> None:
    """A number that cannot be dialled is refused."""
    text = _registry_with(lambda cs: _channel(cs, "csg")["phones"][0].update(dial="0800-0188"))
    problems = _problems(text)
    assert len(problems) == 1
    assert problems[0].startswith("channel 'csg', field 'phones.0.dial': '0800-0188' is not dialable")


def test_parse_registry_rejects_display_that_differs_from_dial() -> None:
    """A typo in either form of the number is caught by comparing both."""
    text = _registry_with(lambda cs: _channel(cs, "csg")["phones"][0].update(display="0800-0189"))
    problems = _problems(text)
    assert problems[0].startswith("channel 'csg', field 'phones.0': display '0800-0189'")


def test_parse_registry_rejects_non_https_url() -> None:
    """Links must be https."""
    text = _registry_with(lambda cs: _channel(cs, "helpwanted").update(chat_url="http://helpwanted.nl"))
    assert _problems(text) == [
        "channel 'helpwanted', field 'chat_url': 'http://helpwanted.nl' is not an https:// URL"
    ]


def test_parse_registry_rejects_missing_source() -> None:
    """Every fact needs its source."""
    text = _registry_with(lambda cs: _channel(cs, "offlimits").pop("source"))
    assert _problems(text) == ["channel 'offlimits', field 'source': is required"]


def test_parse_registry_rejects_duplicate_id() -> None:
    """Two channels with one id are refused."""

    def duplicate(channels: list[dict]) -> None:
        channels.append(copy.deepcopy(_channel(channels, "csg")))

    assert _problems(_registry_with(duplicate)) == [
        "channel 'csg', field 'id': duplicate id: another channel has this id"
    ]


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ("mon-fri 9-5", "'mon-fri 9-5' is not '24/7', 'unknown' or a weekly schedule"),
        ({"mon": ["9-17"]}, "'9-17' is not a time range like '09:00-17:00'"),
        ({"mon": ["17:00-09:00"]}, "'17:00-09:00' closes before it opens"),
        ({"mon": ["09:00-13:00", "12:00-17:00"]}, "overlap"),
        ({"monday": ["09:00-17:00"]}, "unknown field"),
    ],
)
def test_parse_registry_rejects_schedule_that_does_not_parse(hours: object, message: str) -> None:
    """Opening hours that do not parse are refused with the channel and field named."""
    text = _registry_with(lambda cs: _channel(cs, "kindertelefoon").update(hours=hours))
    problems = _problems(text)
    assert len(problems) == 1
    assert problems[0].startswith("channel 'kindertelefoon', field 'hours")
    assert message in problems[0]


def test_parse_registry_reports_every_problem_at_once() -> None:
    """A maintainer sees all errors in one go, not one per run."""

    def break_two(channels: list[dict]) -> None:
        _channel(channels, "csg")["website"] = "ftp://x"
        _channel(channels, "politie").pop("verified_on")

    problems = _problems(_registry_with(break_two))
    assert any(p.startswith("channel 'csg', field 'website'") for p in problems)
    assert "channel 'politie', field 'verified_on': is required" in problems


def test_parse_registry_rejects_broken_yaml() -> None:
    """A YAML syntax error names the line."""
    problems = _problems("version: 1\nchannels:\n  - id: csg\n   name: x\n")
    assert problems[0].startswith("line ")


def test_weekly_schedule_open_now_on_weekday_night_and_weekend() -> None:
    """Open-now follows the weekly schedule in Amsterdam time."""

    def office_hours(channels: list[dict]) -> None:
        office = {day: ["09:00-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
        _channel(channels, "kindertelefoon").update(hours=office, chat_hours=office)

    registry = parse_registry(_registry_with(office_hours))
    channel = registry["kindertelefoon"]
    assert channel.open_now(WEDNESDAY_NOON) is True
    assert channel.open_now(WEDNESDAY_NIGHT) is False
    assert channel.open_now(SATURDAY_NOON) is False
    assert registry["csg"].open_now(WEDNESDAY_NIGHT) is True
    assert registry["helpwanted"].open_now(WEDNESDAY_NOON) is None


def test_weekly_schedule_uses_amsterdam_time_for_utc_moments() -> None:
    """A UTC moment is converted: 16:30 UTC in winter is 17:30 in Amsterdam, after closing."""
    from datetime import datetime, timezone

    def office_hours(channels: list[dict]) -> None:
        _channel(channels, "kindertelefoon").update(hours={"wed": ["09:00-17:00"]}, chat_hours={"wed": []})

    channel = parse_registry(_registry_with(office_hours))["kindertelefoon"]
    assert channel.open_now(datetime(2026, 11, 25, 15, 30, tzinfo=timezone.utc)) is True
    assert channel.open_now(datetime(2026, 11, 25, 16, 30, tzinfo=timezone.utc)) is False


def test_parse_routing_rejects_unknown_channel_and_non_24_7_fallback() -> None:
    """Routing may only name existing channels, and its fallback must be open day and night."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    text = yaml.safe_dump(
        {
            "version": 1,
            "topics": {"t": {"channels": ["csg", "nope"], "always_open": "helpwanted", "offer": "x"}},
        }
    )
    with pytest.raises(RegistryError) as info:
        parse_routing(text, registry)
    problems = {str(p) for p in info.value.problems}
    assert problems == {
        "topic 't', field 'channels.1': no channel 'nope'",
        "topic 't', field 'always_open': 'helpwanted' is not open 24/7",
        "topic 't', field 'offer': no topic 'x'",
    }


def test_parse_routing_rejects_more_than_four_channels() -> None:
    """A reply carries at most four channels."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    text = yaml.safe_dump(
        {
            "version": 1,
            "topics": {"t": {"channels": ["csg", "politie", "offlimits", "helpwanted", "stopitnow"]}},
        }
    )
    with pytest.raises(RegistryError) as info:
        parse_routing(text, registry)
    assert str(info.value.problems[0]).startswith("topic 't', field 'channels'")


def test_channels_check_warns_on_stale_entries(capsys: pytest.CaptureFixture[str]) -> None:
    """`make channels-check` passes valid data and warns about entries older than 180 days."""
    from bot.registry import check

    assert check.main(today=date(2027, 12, 1)) == 0
    out = capsys.readouterr().out
    assert "WARNING stale: channel 'csg'" in out
    assert "WARNING hours unknown: channel 'kindertelefoon'" in out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda cs: _channel(cs, "stopitnow").update(chat_hours="unknown"),
            "channel 'stopitnow', field 'chat_hours': hours for the chat, but the channel has no chat_url",
        ),
        (
            lambda cs: _channel(cs, "csg").pop("chat_hours"),
            "channel 'csg', field 'chat_hours': hours are required for the chat",
        ),
        (
            lambda cs: _channel(cs, "offlimits").update(hours="24/7"),
            "channel 'offlimits', field 'hours': hours for the phone numbers, but the channel has no phones",
        ),
        (
            lambda cs: _channel(cs, "slachtofferhulp")["phones"][0].update(call_cost="free"),
            "channel 'slachtofferhulp', field 'phones.0.call_cost': call_cost 'free' fits only 0800 numbers",
        ),
        (
            lambda cs: _channel(cs, "helpwanted").update(source="https://helpwanted.nl/"),
            "channel 'helpwanted', field 'source': 'https://helpwanted.nl/' is a site's home page",
        ),
        (
            lambda cs: _channel(cs, "stopitnow").update(description="Bel of chat op onze website, gratis."),
            "channel 'stopitnow', field '(entry)': the description says you can chat, but the channel has no",
        ),
    ],
    ids=[
        "chat_hours_without_chat",
        "chat_without_hours",
        "phone_hours_without_phone",
        "free_0900",
        "home_page_source",
        "chat_in_description_without_chat",
    ],
)
def test_parse_registry_rejects_inconsistent_facts(change, expected: str) -> None:
    """Facts that contradict each other are refused, naming channel and field."""
    problems = _problems(_registry_with(change))
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_shipped_sources_are_pages_not_home_pages() -> None:
    """Every source points to the page that states the fact (not https://site.nl/)."""
    from urllib.parse import urlsplit

    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    for channel in registry.channels.values():
        assert urlsplit(channel.source).path not in ("", "/"), channel.id


def test_call_cost_and_help_cost_are_apart() -> None:
    """Slachtofferhulp: the help is free, the call to 0900-0101 costs the local rate."""
    registry = parse_registry(CHANNELS.read_text(encoding="utf-8"))
    assert registry["slachtofferhulp"].free is True
    assert registry["slachtofferhulp"].phones[0].call_cost == "local_rate"
    assert registry["politie"].phones[0].call_cost == "unknown"
    assert registry["csg"].hours == "24/7" and registry["csg"].chat_hours == "unknown"
    assert registry["stopitnow"].chat_url is None


def test_routing_rejects_a_step_within_an_unknown_situation_or_channel(snapshot) -> None:
    """A topic's `situations` must name known topics and known channels, or the file is refused."""
    from bot.registry.loader import RegistryError, parse_routing

    text = (
        "version: 1\ntopics:\n  report_to_police:\n    channels: [politie]\n"
        "    situations:\n      nothing_like_it: [politie]\n      report_to_police: [nobody]\n"
    )
    with pytest.raises(RegistryError) as raised:
        parse_routing(text, snapshot.registry, source="test")
    fields = {p.field for p in raised.value.problems}
    assert {"situations.nothing_like_it", "situations.report_to_police"} <= fields
