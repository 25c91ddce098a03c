"""Freshness of the channel facts: oldest first, crisis numbers due after 90 days, others after 180."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from bot.registry import check
from bot.registry.freshness import CRISIS_NUMBER_CHANNELS, freshness
from bot.registry.loader import parse_registry
from bot.settings import get_settings
from tests.helpers import CHANNELS, load_yaml, write_yaml


def registry_checked_on(dates: dict[str, date]) -> str:
    """The shipped channels as YAML text, with `verified_on` set for the channels named."""
    data = load_yaml(CHANNELS)
    for channel in data["channels"]:
        if channel["id"] in dates:
            channel["verified_on"] = dates[channel["id"]]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


TODAY = date(2027, 6, 1)


def test_crisis_numbers_are_112_113_and_csg() -> None:
    """The 90-day limit applies to the channels whose numbers the crisis answers give."""
    assert {"alarmnummer", "zelfmoordpreventie", "csg"} == CRISIS_NUMBER_CHANNELS


def test_freshness_lists_oldest_first_with_age() -> None:
    """Every channel is listed, the oldest check first, with its age in days."""
    text = registry_checked_on(
        {"politie": TODAY - timedelta(days=400), "helpwanted": TODAY - timedelta(days=10)}
    )
    rows = freshness(parse_registry(text), TODAY)
    assert len(rows) == len(parse_registry(text).channels)
    assert rows[0].channel_id == "politie" and rows[0].age_days == 400
    assert [r.verified_on for r in rows] == sorted(r.verified_on for r in rows)
    assert rows[-1].channel_id == "helpwanted" and rows[-1].age_days == 10


@pytest.mark.parametrize(
    ("channel", "days", "stale"),
    [
        ("csg", 90, False),
        ("csg", 91, True),
        ("zelfmoordpreventie", 91, True),
        ("alarmnummer", 120, True),
        ("politie", 120, False),
        ("politie", 180, False),
        ("politie", 181, True),
        ("veiligthuis", 120, False),
    ],
)
def test_stale_after_90_days_for_crisis_numbers_and_180_for_others(
    channel: str, days: int, stale: bool
) -> None:
    """A crisis number is due after 90 days, any other channel after 180."""
    text = registry_checked_on({channel: TODAY - timedelta(days=days)})
    (row,) = [r for r in freshness(parse_registry(text), TODAY) if r.channel_id == channel]
    assert row.stale is stale
    assert row.limit_days == (90 if channel in CRISIS_NUMBER_CHANNELS else 180)


@pytest.fixture
def stale_data(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The settings point at a copy of the data whose csg was checked 100 days before TODAY."""
    data = load_yaml(data_dir / "channels.yml")
    for channel in data["channels"]:
        channel["verified_on"] = TODAY - timedelta(days=100 if channel["id"] == "csg" else 5)
    write_yaml(data_dir / "channels.yml", data)
    monkeypatch.setenv("HULPWIJZER_CHANNELS_PATH", str(data_dir / "channels.yml"))
    monkeypatch.setenv("HULPWIJZER_TOPICS_PATH", str(data_dir / "topics.yml"))
    get_settings.cache_clear()
    yield data_dir
    get_settings.cache_clear()


def test_channels_check_warns_and_fails_only_when_strict(
    stale_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make channels-check` warns about a crisis channel past 90 days and passes; with --strict it fails."""
    assert check.main([], today=TODAY) == 0
    out = capsys.readouterr().out
    assert "WARNING stale: channel 'csg'" in out and "crisis number, limit 90" in out
    assert "channel 'politie' was last checked" not in out
    assert check.main(["--strict"], today=TODAY) == 1
    assert "FAILED (--strict): 1 channel(s) due for a new check" in capsys.readouterr().out


def test_channels_check_strict_passes_fresh_data(stale_data: Path) -> None:
    """--strict passes when every channel is within its limit."""
    assert check.main(["--strict"], today=TODAY - timedelta(days=20)) == 0
