"""Which channels a young person gets for a situation, and the help reply that names them (bot/reply.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.registry.catalog import Snapshot
from bot.registry.models import MAX_CHANNELS_PER_TOPIC, Channel, Phone
from bot.registry.schedule import TIMEZONE, Hours, WeeklySchedule, is_open
from bot.reply import Availability, ContactCard, HelpReply, PhoneNumber

# The words for what a call costs; an unknown cost is not named on a card.
CALL_COST_NL = {"free": "gratis bellen", "local_rate": "lokaal tarief"}
# The contact methods' names, for a badge when their hours differ.
_METHOD_NL = {"phone": "Bellen", "chat": "Chat", "report_form": "Melden", "website": "Website"}
_STATE_RANK = {"always": 0, "open": 1, "unknown": 2, "closed": 3}


@dataclass(frozen=True)
class Route:
    """The channels for one reply, best fit first, with their open-now state at `at`."""

    topic: str
    channels: tuple[Channel, ...]
    open_now: dict[str, bool | None]
    always_open: Channel | None
    at: datetime

    @property
    def ids(self) -> list[str]:
        """Channel ids in the order they are sent."""
        return [c.id for c in self.channels]

    @property
    def not_open(self) -> list[Channel]:
        """Channels that are closed now or whose hours are unknown."""
        return [c for c in self.channels if self.open_now[c.id] is not True]


def plan_route(snapshot: Snapshot, topic_id: str, at: datetime, age: float | None = None) -> Route:
    """Channels for `topic_id`; a 24/7 channel is added when one is closed or its hours unknown."""
    topic = snapshot.routing.topics[topic_id]
    return plan_channels(snapshot, topic_id, topic.channels, at, topic.always_open, age)


def plan_channels(
    snapshot: Snapshot,
    topic_id: str,
    channel_ids: list[str],
    at: datetime,
    always_open: str | None = None,
    age: float | None = None,
) -> Route:
    """These channels, best fit first, without those not meant for `age` (the Kindertelefoon is for
    8 to 18); `always_open` is added when one is closed now or its hours are unknown."""
    registry = snapshot.registry
    channels = [channel for channel in (registry[c] for c in channel_ids) if fits_age(channel, age)]
    open_now = {c.id: c.open_now(at) for c in channels}
    fallback = registry[always_open] if always_open else None
    needs_fallback = any(state is not True for state in open_now.values())
    if fallback is not None and needs_fallback and fallback not in channels:
        channels = channels[: MAX_CHANNELS_PER_TOPIC - 1] + [fallback]
        open_now = {c.id: open_now[c.id] if c.id in open_now else c.open_now(at) for c in channels}
    return Route(topic=topic_id, channels=tuple(channels), open_now=open_now, always_open=fallback, at=at)


def fits_age(channel: Channel, age: float | None) -> bool:
    """Whether a channel is meant for someone of `age` (unknown age: every channel is)."""
    if age is None or channel.age is None:
        return True
    return channel.age.min <= age <= channel.age.max


def cost_lines(channels: list[Channel]) -> list[str]:
    """What each channel costs, as the registry says it: the help, and each number's call cost."""
    lines = []
    for channel in channels:
        if channel.free is True:
            cost = "de hulp is gratis"
        elif channel.free is False:
            cost = "de hulp is niet gratis"
        else:
            cost = "of het iets kost, weten we niet zeker; kijk op de website"
        rates = [
            f"bellen naar {p.display}: {CALL_COST_NL.get(p.call_cost, 'wat dat kost, weten we niet zeker')}"
            for p in channel.phones
        ]
        lines.append(f"• {channel.name}: {'; '.join([cost, *rates])}")
    return lines


def _bare(url: str) -> str:
    return url.removeprefix("https://").removeprefix("www.").rstrip("/")


def _state(hours: Hours, at: datetime | None) -> Availability:
    if hours == "24/7":
        return "always"
    if hours == "unknown" or at is None:
        return "unknown"
    return "open" if is_open(hours, at) else "closed"


def hours_words(kind: str, hours: Hours, at: datetime | None) -> str:
    """Dutch words for when one contact method can be used at `at` (None: no clock, as in a fixed
    answer), e.g. 'dag en nacht', 'tijden niet bekend', 'nu open (maandag 09:00-17:00)'."""
    state = _state(hours, at)
    if state == "always":
        return {"website": "altijd te bekijken", "report_form": "altijd"}.get(kind, "dag en nacht")
    if state == "unknown":
        return "tijden niet bekend"
    times = f" ({hours.describe_nl()})" if isinstance(hours, WeeklySchedule) else ""
    return ("nu open" if state == "open" else "nu gesloten") + times


def availability(channel: Channel, open_now: bool | None) -> Availability:
    """Whether the channel can be reached now: always, open, closed, or unknown (no source says)."""
    if channel.always_open:
        return "always"
    if open_now is None:
        return "unknown"
    return "open" if open_now else "closed"


def availability_text(channel: Channel, open_now: bool | None, at: datetime | None = None) -> str:
    """Dutch words for when the channel can be reached. When its contact methods' hours differ
    (CSG: the phone day and night, the chat unknown), the words name the method they are about."""
    state = availability(channel, open_now)
    methods = channel.methods
    words = {hours_words(kind, hours, at) for kind, hours in methods}
    if len(words) > 1:
        kind, hours = min(methods, key=lambda m: _STATE_RANK[_state(m[1], at)])
        return f"{_METHOD_NL[kind]}: {hours_words(kind, hours, at)}"
    if state == "always":
        return "Altijd te bekijken" if methods[0][0] == "website" else "Dag en nacht"
    if state == "unknown":
        return "Tijden: zie website" if channel.website else "Tijden niet bekend"
    schedule = next((h for _, h in methods if isinstance(h, WeeklySchedule)), None)
    times = f" ({schedule.describe_nl()})" if schedule else ""
    return ("Nu open" if state == "open" else "Nu gesloten") + times


def contact_card(channel: Channel, open_now: bool | None, at: datetime | None = None) -> ContactCard:
    """The channel as the widget draws it as a contact card; `at` is the moment its hours are
    read at (None for a fixed answer: a schedule then counts as unknown)."""
    return ContactCard(
        id=channel.id,
        name=channel.name,
        description=channel.description,
        phones=[
            PhoneNumber(
                display=p.display,
                tel=p.tel,
                label=p.label,
                call_cost=p.call_cost,
                call_cost_text=CALL_COST_NL.get(p.call_cost),
                hours_text=hours_words("phone", channel.hours, at) if channel.hours else None,
            )
            for p in channel.phones
        ],
        chat_url=channel.chat_url,
        chat_hours_text=hours_words("chat", channel.chat_hours, at) if channel.chat_hours else None,
        website=channel.website,
        report_form=channel.report_form,
        report_form_hours_text=(
            hours_words("report_form", channel.report_form_hours, at) if channel.report_form_hours else None
        ),
        availability=availability(channel, open_now),
        availability_text=availability_text(channel, open_now, at),
        hours_note=channel.hours_note,
        free=channel.free,
        anonymous=channel.anonymous,
        age_min=channel.age.min if channel.age else None,
        age_max=channel.age.max if channel.age else None,
    )


def only(route: Route, channel_ids: set[str]) -> Route:
    """The route with just these of its channels (in its order)."""
    channels = tuple(c for c in route.channels if c.id in channel_ids)
    return Route(
        route.topic, channels, {c.id: route.open_now[c.id] for c in channels}, route.always_open, route.at
    )


def route_reply(route: Route) -> HelpReply:
    """The help reply of a route: its notes on opening hours as the lead, one card per channel."""
    notes = route_notes(route)
    cards = [contact_card(c, route.open_now[c.id], route.at) for c in route.channels]
    return HelpReply(topic=route.topic, lead="\n".join(notes) or None, cards=cards)


def contact_line(channel: Channel, open_now: bool | None, at: datetime | None = None) -> str:
    """One line such as 'Centrum Seksueel Geweld: bel 0800-0188 (gratis bellen, dag en nacht) of
    chat op centrumseksueelgeweld.nl (tijden niet bekend); de hulp is gratis en anoniem'."""
    ways: list[str] = []
    if channel.phones and channel.hours is not None:
        when = hours_words("phone", channel.hours, at)
        ways.append("bel " + " of ".join(_phone_text(p, when) for p in channel.phones))
    if channel.report_form and channel.report_form_hours is not None:
        when = hours_words("report_form", channel.report_form_hours, at)
        ways.append(f"meld op {_bare(channel.report_form)} ({when})")
    if channel.chat_url and channel.chat_hours is not None:
        ways.append(f"chat op {_bare(channel.chat_url)} ({hours_words('chat', channel.chat_hours, at)})")
    if channel.website and not (channel.chat_url or channel.report_form):
        website_only = channel.methods[0][0] == "website"
        ways.append(f"kijk op {_bare(channel.website)}" + (" (altijd te bekijken)" if website_only else ""))
    extras = []
    if channel.free and channel.anonymous:
        extras.append("de hulp is gratis en anoniem")
    elif channel.free:
        extras.append("de hulp is gratis")
    elif channel.anonymous:
        extras.append("anoniem")
    if channel.age:
        extras.append(f"voor {channel.age.min} tot {channel.age.max} jaar")
    return f"• {channel.name}: {' of '.join(ways)}" + "".join(f"; {e}" for e in extras)


def _phone_text(phone: Phone, when: str) -> str:
    details = [d for d in (phone.label, CALL_COST_NL.get(phone.call_cost), when) if d]
    return f"{phone.display} ({', '.join(details)})"


def names(channels: list[Channel]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    labels = [c.name for c in channels]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]


def route_notes(route: Route) -> list[str]:
    """Which channels are closed or have unknown hours, and which one can always be reached."""
    notes = []
    closed = [c for c in route.not_open if route.open_now[c.id] is False]
    unknown = [c for c in route.not_open if route.open_now[c.id] is None]
    if closed:
        verb = "is" if len(closed) == 1 else "zijn"
        notes.append(f"{names(closed)} {verb} nu gesloten.")
    if unknown:
        notes.append(f"Van {names(unknown)} weten we de tijden niet zeker. Kijk op de website.")
    fallback = route.always_open
    if (closed or unknown) and fallback is not None and fallback in route.channels:
        notes.append(f"{fallback.name} kun je altijd bereiken.")
    return notes


def route_text(route: Route) -> str:
    """The reply as text for a channel without cards: one line per channel, then the notes."""
    lines = [contact_line(c, route.open_now[c.id], route.at) for c in route.channels]
    return "\n".join(lines + route_notes(route))


def now_local() -> datetime:
    """The current time in Europe/Amsterdam."""
    return datetime.now(TIMEZONE)
