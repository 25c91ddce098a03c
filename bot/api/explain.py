"""Why the bot answered as it did, read from a Rasa tracker: per turn, and as a test story.

The tracker is Rasa's own record (GET /conversations/<sender>/tracker): the user's message with
its parse data (intent, ranking), the actions the policies chose, and the bot's messages with
their custom payloads (the channel cards).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from bot.api.schemas import Explain, IntentScore, Turn
from bot.reply import read_reply

# Rasa's own bookkeeping, not something the bot does; test stories leave them out.
HIDDEN_ACTIONS = frozenset({"action_listen", "action_session_start"})
ALTERNATIVES = 2


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _alternatives(parse_data: dict[str, Any], chosen: str | None) -> list[IntentScore]:
    ranking = parse_data.get("intent_ranking")
    found: list[IntentScore] = []
    for item in ranking if isinstance(ranking, list) else []:
        name = item.get("name") if isinstance(item, dict) else None
        confidence = _number(item.get("confidence")) if isinstance(item, dict) else None
        if isinstance(name, str) and name != chosen and confidence is not None:
            found.append(IntentScore(intent=name, confidence=confidence))
    return found[:ALTERNATIVES]


# The safety layer's reasons (components/safety_decision.py) in the counsellors' words.
SAFETY_REASONS = {
    "concept": "crisis herkend aan de woorden",
    "detector": "crisis herkend door de crisisdetector",
    "classifier": "de intentherkenning koos een crisis, de crisisdetector ziet het ook",
    "classifier and detector disagree": (
        "de intentherkenning zag een crisis, de crisisdetector niet: de bot vraagt het"
    ),
    "classifier crisis not confirmed": (
        "de intentherkenning zag een crisis, de crisisdetector niet, en geen teken van nood"
    ),
    "detector and classifier disagree": (
        "crisisdetector zag een crisis, de intentherkenning iets anders: de bot vraagt het"
    ),
    "unsure with distress": "onzeker, met een teken van nood: de bot vraagt het",
    "short reply intent on a long message": "kort antwoord op een lang bericht: onzeker",
    "unknown text": "lijkt op niets uit de trainingsdata: onzeker",
    "no crisis signal": "geen teken van crisis",
    "button or empty": "knop of leeg bericht",
    "over or at times, not danger now": (
        "verteld als voorbij, iets dat soms gebeurt of niet nu: geen gevaar nu"
    ),
    "concept that is often a figure of speech": (
        "crisis herkend aan woorden die vaak beeldspraak zijn: midden in een gesprek vraagt de bot het"
    ),
}


def _safety(parse_data: dict[str, Any]) -> str | None:
    """'crisis herkend aan de woorden · crisis-kans 4% · intentherkenning zelf: greet 99.9%', or None."""
    safety = _dict(parse_data.get("safety"))
    reason = safety.get("reason")
    if not isinstance(reason, str):
        return None
    parts = [SAFETY_REASONS.get(reason, reason)]
    scores = _dict(parse_data.get("crisis_scores"))
    total = sum(v for v in (_number(x) for x in scores.values()) if v is not None)
    if scores:
        parts.append(f"crisis-kans {total:.0%}")
    guess = _dict(safety.get("classifier"))
    confidence = _number(guess.get("confidence"))
    if isinstance(guess.get("name"), str) and confidence is not None:
        parts.append(f"intentherkenning zelf: {guess['name']} {confidence:.1%}")
    return " · ".join(parts)


def _channel_ids(event: dict[str, Any]) -> list[str]:
    data = event.get("data")
    reply = read_reply(data.get("custom") if isinstance(data, dict) else None)
    return [card.id for card in reply.cards] if reply else []


def _turn(user: dict[str, Any], after: list[dict[str, Any]]) -> Turn:
    parse_data = _dict(user.get("parse_data"))
    intent = _dict(parse_data.get("intent"))
    name = intent.get("name") if isinstance(intent.get("name"), str) else None
    actions = [
        str(e["name"])
        for e in after
        if e.get("event") == "action" and isinstance(e.get("name"), str) and e["name"] not in HIDDEN_ACTIONS
    ]
    channels = [cid for e in after if e.get("event") == "bot" for cid in _channel_ids(e)]
    text = user.get("text")
    return Turn(
        text=text if isinstance(text, str) else "",
        explain=Explain(
            intent=name,
            confidence=_number(intent.get("confidence")),
            alternatives=_alternatives(parse_data, name),
            actions=actions,
            channels=channels,
            safety=_safety(parse_data),
        ),
    )


def _turns(events: list[Any]) -> Iterator[Turn]:
    user: dict[str, Any] | None = None
    after: list[dict[str, Any]] = []
    for event in events:
        if not isinstance(event, dict):
            continue
        if event.get("event") == "user":
            if user is not None:
                yield _turn(user, after)
            user, after = event, []
        elif user is not None:
            after.append(event)
    if user is not None:
        yield _turn(user, after)


def turns(events: list[Any]) -> list[Turn]:
    """Every user turn of a tracker's events, in order, each with its explanation."""
    return list(_turns(events))


def last_turn(events: list[Any]) -> Turn | None:
    """The latest user turn, or None when the user has not said anything yet."""
    found = turns(events)
    return found[-1] if found else None


class _Literal(str):
    """A user message, written as a block (`user: |`) like the hand-written test stories."""


class _StoryDumper(yaml.SafeDumper):
    """Indents lists under their key, as the project's YAML files do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _literal(dumper: yaml.SafeDumper, value: _Literal) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted scalar when a block cannot hold the text exactly.
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style="|")


_StoryDumper.add_representer(_Literal, _literal)


def story_yaml(name: str, conversation: list[Turn]) -> str:
    """A Rasa test story (format 3.1) of the conversation: what was said, understood and done."""
    steps: list[dict[str, Any]] = []
    for turn in conversation:
        user: dict[str, Any] = {"user": _Literal(turn.text + "\n")}
        if turn.explain.intent:
            user["intent"] = turn.explain.intent
        steps.append(user)
        steps.extend({"action": action} for action in turn.explain.actions)
    story = {"version": "3.1", "stories": [{"story": name, "steps": steps}]}
    return yaml.dump(story, Dumper=_StoryDumper, sort_keys=False, allow_unicode=True, width=10_000)
