"""The fixed answers that work without the action server, kept in one file: domain/crisis.yml.

Rasa reads domain/crisis.yml as part of its domain; the web service reads the same file for its
bot-down answer. Each response there carries a text (edited by hand, by counsellors) and, in
`custom.help_reply`, the help reply of bot/reply.py: the text as its lead and one card per
channel. The cards are copies of the registry (the answer must work when the action server is
down, so it cannot look them up): `make crisis-sync` refreshes them, and `make crisis-check`
(and a test) fails when they differ from channels/channels.yml.

The running web service does not wait for that: it redraws the cards of every fixed answer
from the live registry before the answer reaches the widget (`live_reply`), so an approved
change to 112, 113 or CSG shows at once. The trained copy is what a text channel (`rasa
shell`) shows, and what the widget shows if the web service cannot redraw the cards.

Which channels an answer names: the channels of its topic in channels/topics.yml when the topic
is there (the three crisis answers), else the cards already in the file (the safety check and
the bot-down answer), in that order. A fixed answer cannot compute "open now", so it may only
name channels that are open day and night or whose hours no source confirms.

Each answer has a Dutch default and an English variant with a condition on the slot `language`
(Rasa picks the English one in an English conversation). Both texts are edited here by hand; the
generator keeps them and draws each variant's cards in its own language (the registry's `_en`
texts where it has them).
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot import yamlio
from bot.referral import contact_card
from bot.registry.catalog import Snapshot
from bot.reply import HelpReply, Language, read_reply
from bot.settings import ROOT

logger = logging.getLogger(__name__)

CRISIS_DOMAIN = ROOT / "domain" / "crisis.yml"
BOT_DOWN = "utter_action_server_down"
_HEADER = (
    "# Fixed answers that work without the action server: crisis, the safety check, bot down.\n"
    "# Edit the texts and buttons here; Rasa and the web service both read this file. The cards\n"
    "# (custom.help_reply) are copies of channels/channels.yml: `make crisis-sync` refreshes them.\n"
    "# Each answer: the Dutch default, then the English variant (condition: slot language = en).\n"
)


def variant_language(response: dict[str, Any]) -> Language:
    """The language of one variant: English when its condition asks for the slot `language` = en."""
    for condition in response.get("condition") or []:
        if condition.get("name") == "language" and condition.get("value") == "en":
            return "en"
    reply = read_reply(response.get("custom"))
    return reply.language if reply is not None else "nl"


def load_variants(path: Path = CRISIS_DOMAIN) -> dict[str, list[dict[str, Any]]]:
    """Every variant of each fixed response, in the file's order (the Dutch default first)."""
    data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    return {name: list(variants) for name, variants in (data.get("responses") or {}).items()}


def load_responses(path: Path = CRISIS_DOMAIN, language: Language = "nl") -> dict[str, dict[str, Any]]:
    """Each fixed response's variant in `language` (the Dutch default when it has no other)."""
    chosen = {}
    for name, variants in load_variants(path).items():
        default = next(v for v in variants if not v.get("condition"))
        chosen[name] = next((v for v in variants if variant_language(v) == language), default)
    return chosen


def _channel_ids(snapshot: Snapshot, reply: HelpReply) -> list[str]:
    if reply.topic in snapshot.routing.topics:
        return list(snapshot.routing.topics[reply.topic].channels)
    return [card.id for card in reply.cards]


def synced_reply(snapshot: Snapshot, response: dict[str, Any]) -> HelpReply:
    """The help reply a fixed response must carry: its text as the lead, the registry's cards."""
    reply = read_reply(response.get("custom"))
    if reply is None:
        raise ValueError("a fixed answer without a valid custom.help_reply")
    channels = [snapshot.registry[i] for i in _channel_ids(snapshot, reply)]
    timed = [c.id for c in channels if not c.always_open and c.schedule is not None]
    if timed:
        raise ValueError(f"fixed responses may not name channels with opening hours, not {timed}")
    language = variant_language(response)
    cards = [contact_card(c, True if c.always_open else None, None, language) for c in channels]
    return HelpReply(topic=reply.topic, lead=response.get("text"), cards=cards, language=language)


@cache
def fixed_responses(path: Path = CRISIS_DOMAIN) -> frozenset[str]:
    """The names of the fixed answers in domain/crisis.yml (read once per process)."""
    return frozenset(load_responses(path))


def live_reply(snapshot: Snapshot, response: object, reply: HelpReply) -> HelpReply:
    """A fixed answer's help reply with its cards drawn from the live registry; other replies as they are.

    `response` is the name Rasa gave the utterance (the widget channel passes it on). The routing
    action already reads the live registry, so only the fixed answers, whose cards were copied
    into the model at training time, are redrawn. If they cannot be, the trained copy stays.
    """
    if not isinstance(response, str) or response not in fixed_responses():
        return reply
    try:
        return synced_reply(snapshot, {"text": reply.lead, "custom": reply.custom()})
    except (KeyError, ValueError):
        logger.exception("the cards of %s could not be redrawn; sent the trained copy", response)
        return reply


def render_domain(snapshot: Snapshot, path: Path = CRISIS_DOMAIN) -> str:
    """The text of domain/crisis.yml with every card refreshed from the registry."""
    responses = {}
    for name, variants in load_variants(path).items():
        responses[name] = [{**v, "custom": synced_reply(snapshot, v).custom()} for v in variants]
    body = yaml.safe_dump(
        {"version": "3.1", "responses": responses}, allow_unicode=True, sort_keys=False, width=100
    )
    return _HEADER + body


@cache
def bot_down_reply(path: Path = CRISIS_DOMAIN) -> HelpReply:
    """The answer when the bot cannot answer: the same one Rasa gives when the action server is down."""
    reply = read_reply(load_responses(path)[BOT_DOWN].get("custom"))
    if reply is None or not reply.lead:
        raise ValueError(f"{path}: {BOT_DOWN} has no valid help reply")
    return reply


def main(argv: list[str]) -> int:
    """Refresh the cards in domain/crisis.yml (or check them with --check)."""
    from bot.registry import get_catalog

    text = render_domain(get_catalog().snapshot())
    if "--check" in argv:
        if CRISIS_DOMAIN.read_text(encoding="utf-8") != text:
            print(f"{CRISIS_DOMAIN}: the cards differ from the registry: run `make crisis-sync` and retrain")
            return 1
        return 0
    CRISIS_DOMAIN.write_text(text, encoding="utf-8")
    print(f"wrote {CRISIS_DOMAIN}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
