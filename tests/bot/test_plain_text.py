"""Plain-text fields of the registry refuse markup (issue #15), with a Dutch message for /admin."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.registry.messages_nl import dutch_message
from bot.registry.models import Channel
from bot.registry.plain_text import no_markup
from tests.helpers import CHANNELS, load_yaml

ATTACKS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<svg/onload=alert(1)>",
    "</p><a href=//evil.example>klik</a>",
    "&lt;b&gt;vet&lt;/b&gt;",
    "&#60;img src=x&#62;",
]


def _csg() -> dict:
    return next(c for c in load_yaml(CHANNELS)["channels"] if c["id"] == "csg")


@pytest.mark.parametrize("field", ["name", "description", "hours_note", "source_title"])
@pytest.mark.parametrize("attack", ATTACKS)
def test_channel_refuses_markup_in_plain_text_fields(field: str, attack: str) -> None:
    """Each plain-text field of a channel refuses a tag or character reference (it was stored and
    served as it was before)."""
    data = {**_csg(), field: f"Hulp bij geweld {attack} dag en nacht"}
    with pytest.raises(ValidationError) as refused:
        Channel.model_validate(data)
    error = refused.value.errors()[0]
    assert error["loc"] == (field,)
    assert "contains markup" in error["msg"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_phone_label_refuses_markup(attack: str) -> None:
    """A phone's label is plain text too."""
    channel = _csg()
    phones = [{**channel["phones"][0], "label": attack}]
    with pytest.raises(ValidationError) as refused:
        Channel.model_validate({**channel, "phones": phones})
    assert refused.value.errors()[0]["loc"] == ("phones", 0, "label")


@pytest.mark.parametrize(
    "text", ["a < b en 3 > 2", "Tom & Jerry", "0800 <-> 112", "Ma-vr 9:00-17:00 (ook 's nachts)"]
)
def test_plain_text_keeps_ordinary_text(text: str) -> None:
    """Ordinary text with < > & stays allowed: only tags and character references are markup."""
    assert no_markup(text) == text


def test_markup_error_is_dutch_for_maintainers() -> None:
    """The admin page shows the refusal in Dutch, naming what was found."""
    with pytest.raises(ValueError) as refused:
        no_markup("Bel ons <img src=x onerror=alert(1)>")
    assert dutch_message(str(refused.value)) == (
        "Schrijf hier gewone tekst, zonder HTML of andere opmaak ('<img' kan niet)"
    )
