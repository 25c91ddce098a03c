"""The fixed crisis and fallback responses: channel payloads written into the domain at build time.

These responses must work without the action server, so their `channels` payload is a copy of
the registry inside `domain/crisis.yml`. `make crisis-sync` rewrites that file from the
registry; a test fails when the copy and the registry differ.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from bot.registry.catalog import Snapshot
from bot.routing import channel_payload
from bot.settings import ROOT

CRISIS_DOMAIN = ROOT / "domain" / "crisis.yml"

# response name -> (text, topic in routing.yml or a fixed list of channel ids). The three crisis
# answers each put first the channel that helps now: 112 for an act under way or danger now,
# 113 for thoughts of suicide or self-harm, CSG for sexual violence that is disclosed.
RESPONSES: dict[str, tuple[str, str | list[str]]] = {
    "utter_crisis_suicide": (
        "Fijn dat je het zegt. Denk je aan zelfmoord, of wil je jezelf pijn doen? Praat erover met "
        "113 Zelfmoordpreventie. Bel 113 of 0800-0113, of chat op 113.nl. Dag en nacht, gratis en "
        "anoniem.\n"
        "Heb je jezelf al iets aangedaan, of is er nu gevaar? Bel 112.",
        "suicidal_thoughts",
    ),
    "utter_crisis_danger": (
        "Ben je nu in gevaar, of heb je jezelf iets aangedaan? Bel meteen 112. Heb je iets "
        "ingenomen? Zeg dat tegen 112. Kun je niet bellen? Vraag iemand in de buurt om hulp.\n"
        "Ben je veilig en wil je praten? Bel 113 of chat op 113.nl, dag en nacht. Ging het om "
        "seksueel geweld? Het Centrum Seksueel Geweld is dag en nacht bereikbaar op 0800-0188.",
        "danger_now",
    ),
    "utter_crisis_sexual_violence": (
        "Wat erg dat dit is gebeurd. Het is niet jouw schuld. Bel het Centrum Seksueel Geweld: "
        "0800-0188. Dag en nacht, gratis en anoniem. Is het in de afgelopen 7 dagen gebeurd? "
        "Bel dan zo snel je kunt: dan kunnen ze je meteen helpen.\n"
        "Ben je nu in gevaar? Bel 112. Wil je aangifte doen? Dat kan bij de politie. Jij kiest of "
        "en wanneer.",
        "sexual_violence",
    ),
    "utter_distress_check": (
        "Ik wil je goed helpen, maar ik weet niet zeker wat je bedoelt. Wat past het best?\n"
        "Is er nu gevaar? Bel 112. Denk je aan zelfmoord? Bel 113.",
        ["alarmnummer", "zelfmoordpreventie"],
    ),
    "utter_action_server_down": (
        "Sorry, er gaat bij mij nu iets mis. Deze hulp is er altijd, dag en nacht:\n"
        "• Centrum Seksueel Geweld: 0800-0188 (gratis en anoniem)\n"
        "• Denk je aan zelfmoord? Bel 113 of 0800-0113\n"
        "• Nu gevaar? Bel 112",
        ["csg", "zelfmoordpreventie", "alarmnummer"],
    ),
}

# Quick replies of the safety check: each leads to one of the fixed crisis answers.
BUTTONS: dict[str, list[dict[str, str]]] = {
    "utter_distress_check": [
        {"title": "Ik ben nu in gevaar", "payload": "/danger_now"},
        {"title": "Ik denk aan zelfmoord", "payload": "/suicidal_thoughts"},
        {"title": "Iemand deed me seksueel iets aan", "payload": "/sexual_violence"},
        {"title": "Iets anders", "payload": "/ask_what_can_you_do"},
    ],
}

# The topic a fixed response reports when its channels are a fixed list.
_FIXED_TOPICS = {"utter_distress_check": "distress_unclear", "utter_action_server_down": "essentials"}


def crisis_channel_ids(snapshot: Snapshot, source: str | list[str]) -> list[str]:
    """The channel ids of a fixed response: a routing topic's channels, or a fixed list."""
    return list(snapshot.routing.topics[source].channels) if isinstance(source, str) else source


def expected_payload(snapshot: Snapshot, source: str | list[str], name: str = "") -> dict[str, Any]:
    """The payload a fixed response must carry.

    A fixed response cannot compute "open now", so it may only name channels whose state does not
    change with the clock: open day and night, or with hours no source confirms (shown as such).
    """
    channels = [snapshot.registry[i] for i in crisis_channel_ids(snapshot, source)]
    timed = [c.id for c in channels if not c.always_open and c.schedule is not None]
    if timed:
        raise ValueError(f"fixed responses may not name channels with opening hours, not {timed}")
    topic = source if isinstance(source, str) else _FIXED_TOPICS.get(name, "essentials")
    return {
        "topic": topic,
        "channels": [channel_payload(c, True if c.always_open else None) for c in channels],
    }


def render_domain(snapshot: Snapshot) -> str:
    """The text of domain/crisis.yml."""
    responses = {
        name: [
            {
                "text": text,
                **({"buttons": BUTTONS[name]} if name in BUTTONS else {}),
                "custom": expected_payload(snapshot, source, name),
            }
        ]
        for name, (text, source) in RESPONSES.items()
    }
    header = (
        "# GENERATED by `make crisis-sync` from channels/channels.yml and bot/crisis.py: do not edit.\n"
        "# Fixed responses that work without the action server (crisis, action server down).\n"
    )
    body = yaml.safe_dump(
        {"version": "3.1", "responses": responses},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    return header + body


def main(argv: list[str]) -> int:
    """Write domain/crisis.yml (or check it with --check)."""
    from bot.registry import get_catalog

    text = render_domain(get_catalog().snapshot())
    if "--check" in argv:
        if CRISIS_DOMAIN.read_text(encoding="utf-8") != text:
            print(f"{CRISIS_DOMAIN} is out of date: run `make crisis-sync` and retrain")
            return 1
        return 0
    Path(CRISIS_DOMAIN).write_text(text, encoding="utf-8")
    print(f"wrote {CRISIS_DOMAIN}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
