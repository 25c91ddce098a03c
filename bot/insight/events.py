"""What one turn of the bot counts as: read from domain response names and the help reply, never text.

Every label that can reach the store comes from a fixed set: the response names in domain/*.yml,
the topic ids of channels/topics.yml and of the crisis answers, and the channel ids of the
registry. Anything else (a name the domain does not know, a payload that is not a help reply)
counts as "other", so no text the young person wrote can ever become a label.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import yamlio
from bot.registry.catalog import Catalog
from bot.settings import ROOT

DOMAIN_DIR = ROOT / "domain"
FALLBACK_RESPONSES = frozenset({"utter_default", "utter_nlu_fallback", "utter_contextual_fallback"})
# The safety check, alone or in the context of a situation (actions/crisis_context.py).
SAFETY_CHECK_RESPONSES = frozenset({"utter_distress_check", "utter_check_in_context"})
CRISIS_PREFIX = "utter_crisis_"
OTHER = "other"

# The kinds of counters. Labels: topic id, response name, channel id, or the answer ("key") of
# the turn before; '' for kinds without one.
CONVERSATION = "conversation"
TOPIC = "topic"
CRISIS = "crisis"
SAFETY_CHECK = "safety_check"
FALLBACK = "fallback"
ENDED_AFTER_FALLBACK = "ended_after_fallback"
CHANNEL = "channel"
ANSWERED = "answered"  # label: the answer; how often it was given
FALLBACK_AFTER = "fallback_after"  # label: the answer the next turn did not understand
LEFT_AFTER = "left_after"  # label: the last answer before the conversation went quiet
KINDS = (
    CONVERSATION,
    TOPIC,
    CRISIS,
    SAFETY_CHECK,
    FALLBACK,
    ENDED_AFTER_FALLBACK,
    CHANNEL,
    ANSWERED,
    FALLBACK_AFTER,
    LEFT_AFTER,
)


# Each domain file's responses, by path, with the modification time and size they were read at: every
# web app built (one per test, one per process) reads the vocabulary, and parsing the domain took 0.8 s.
_RESPONSES_READ: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}


def _domain_files(domain_dir: Path) -> list[dict[str, Any]]:
    """The `responses` of each domain file, parsed again only when a file changed."""
    found: list[dict[str, Any]] = []
    for path in sorted(domain_dir.glob("*.yml")):
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _RESPONSES_READ.get(path)
        if cached is None or cached[0] != stamp:
            data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
            cached = (stamp, dict(data.get("responses") or {}))
            _RESPONSES_READ[path] = cached
        found.append(cached[1])
    return found


def domain_responses(domain_dir: Path = DOMAIN_DIR) -> frozenset[str]:
    """Every response name in the domain files."""
    names: set[str] = set()
    for responses in _domain_files(domain_dir):
        names.update(responses.keys())
    return frozenset(names)


def crisis_topics(domain_dir: Path = DOMAIN_DIR) -> frozenset[str]:
    """The topics of the help replies in the fixed domain answers (crisis, safety check)."""
    topics: set[str] = set()
    for responses in _domain_files(domain_dir):
        for variants in responses.values():
            for variant in variants or []:
                custom = variant.get("custom") if isinstance(variant, dict) else None
                reply = custom.get("help_reply") if isinstance(custom, dict) else None
                if isinstance(reply, dict) and isinstance(reply.get("topic"), str):
                    topics.add(reply["topic"])
    return frozenset(topics)


@dataclass(frozen=True)
class Vocabulary:
    """The labels that may be stored; the catalog is re-read when the channel data changes."""

    responses: frozenset[str]
    fixed_topics: frozenset[str]
    catalog: Catalog | None = None

    def topic(self, value: Any) -> str:
        """A known topic id, or 'other'."""
        if isinstance(value, str) and (value in self.fixed_topics or value in self._routing_topics()):
            return value
        return OTHER

    def channel(self, value: Any) -> str:
        """A known channel id, or 'other'."""
        known = self.catalog is not None and value in self.catalog.snapshot().registry.channels
        return value if known and isinstance(value, str) else OTHER

    def response(self, value: Any) -> str | None:
        """A known response name; None when there is none, 'other' when it is unknown."""
        if value is None:
            return None
        return value if isinstance(value, str) and value in self.responses else OTHER

    def _routing_topics(self) -> set[str]:
        if self.catalog is None:
            return set()
        routing = self.catalog.snapshot().routing
        return set(routing.topics) | set(routing.follow_ups)


def load_vocabulary(catalog: Catalog | None, domain_dir: Path = DOMAIN_DIR) -> Vocabulary:
    """The labels of this domain and channel data."""
    return Vocabulary(domain_responses(domain_dir), crisis_topics(domain_dir), catalog)


@dataclass(frozen=True)
class Turn:
    """One turn of the bot as counted: which answers it gave, never what anyone wrote."""

    key: str  # the answer the turn is known by: its first response name, or 'topic:<id>'
    responses: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # help replies of actions: topics routed
    channels: tuple[str, ...] = ()  # every card shown, crisis answers' cards too
    fallback: bool = False
    safety_check: bool = False
    crisis: tuple[str, ...] = field(default=())


def classify(messages: Iterable[Mapping[str, Any]], vocabulary: Vocabulary) -> Turn:
    """Count one turn from the bot's messages as Rasa's widget channel returns them."""
    responses: list[str] = []
    topics: list[str] = []
    channels: list[str] = []
    for message in messages:
        response = vocabulary.response(message.get("response"))
        if response is not None:
            responses.append(response)
        custom = message.get("custom")
        reply = custom.get("help_reply") if isinstance(custom, Mapping) else None
        if not isinstance(reply, Mapping):
            continue
        if response is None:
            topics.append(vocabulary.topic(reply.get("topic")))
        for card in reply.get("cards") or []:
            if isinstance(card, Mapping):
                channels.append(vocabulary.channel(card.get("id")))
    if responses:
        key = responses[0]
    elif topics:
        key = f"topic:{topics[0]}"
    else:
        key = OTHER
    fallback = any(r in FALLBACK_RESPONSES for r in responses)
    return Turn(
        key=key,
        responses=tuple(responses),
        # Not understood in the middle of a conversation, the bot names the situation's help
        # again: that turn is a fallback, not a topic routed once more.
        topics=() if fallback else tuple(topics),
        channels=tuple(dict.fromkeys(channels)),
        fallback=fallback,
        safety_check=not SAFETY_CHECK_RESPONSES.isdisjoint(responses),
        crisis=tuple(r for r in responses if r.startswith(CRISIS_PREFIX)),
    )


def turn_counts(turn: Turn, new_conversation: bool, previous_key: str | None) -> list[tuple[str, str]]:
    """The (kind, label) counters one turn adds, given whether it opened a conversation."""
    counts: list[tuple[str, str]] = []
    if new_conversation:
        counts.append((CONVERSATION, ""))
    counts += [(TOPIC, topic) for topic in turn.topics]
    counts += [(CRISIS, name) for name in turn.crisis]
    if turn.safety_check:
        counts.append((SAFETY_CHECK, ""))
    if turn.fallback:
        counts.append((FALLBACK, ""))
        if previous_key is not None:
            counts.append((FALLBACK_AFTER, previous_key))
    counts += [(CHANNEL, channel) for channel in turn.channels]
    counts.append((ANSWERED, turn.key))
    return counts


def ended_counts(last: Turn) -> list[tuple[str, str]]:
    """The counters a conversation adds when it goes quiet after `last`."""
    counts = [(LEFT_AFTER, last.key)]
    if last.fallback:
        counts.append((ENDED_AFTER_FALLBACK, ""))
    return counts
