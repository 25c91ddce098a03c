"""Which channels a young person gets for a situation, and the help reply that names them (bot/reply.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.registry.catalog import Snapshot
from bot.registry.models import MAX_CHANNELS_PER_TOPIC, Channel, Phone
from bot.registry.schedule import TIMEZONE
from bot.reply import Availability, ContactCard, HelpReply, PhoneNumber


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
    """What each channel costs, as the registry says it: the help, and a number's call rate."""
    lines = []
    for channel in channels:
        if channel.free is True:
            cost = "de hulp is gratis"
        elif channel.free is False:
            cost = "de hulp is niet gratis"
        else:
            cost = "of het iets kost, weten we niet zeker; kijk op de website"
        rates = [
            f"bellen naar {p.display}: {p.label}" for p in channel.phones if p.label and "tarief" in p.label
        ]
        lines.append(f"• {channel.name}: {'; '.join([cost, *rates])}")
    return lines


def _bare(url: str) -> str:
    return url.removeprefix("https://").removeprefix("www.").rstrip("/")


def availability(channel: Channel, open_now: bool | None) -> Availability:
    """Whether the channel can be reached now: always, open, closed, or unknown (no source says)."""
    if channel.always_open:
        return "always"
    if open_now is None:
        return "unknown"
    return "open" if open_now else "closed"


def availability_text(channel: Channel, open_now: bool | None) -> str:
    """Dutch words for when the channel can be reached."""
    state = availability(channel, open_now)
    if state == "always":
        return "Dag en nacht"
    if state == "unknown":
        return "Tijden: zie website" if channel.website else "Tijden niet bekend"
    schedule = channel.schedule
    times = f" ({schedule.describe_nl()})" if schedule else ""
    return ("Nu open" if state == "open" else "Nu gesloten") + times


def contact_card(channel: Channel, open_now: bool | None) -> ContactCard:
    """The channel as the widget draws it as a contact card."""
    return ContactCard(
        id=channel.id,
        name=channel.name,
        description=channel.description,
        phones=[PhoneNumber(display=p.display, tel=p.tel, label=p.label) for p in channel.phones],
        chat_url=channel.chat_url,
        website=channel.website,
        report_form=channel.report_form,
        availability=availability(channel, open_now),
        availability_text=availability_text(channel, open_now),
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
    cards = [contact_card(c, route.open_now[c.id]) for c in route.channels]
    return HelpReply(topic=route.topic, lead="\n".join(notes) or None, cards=cards)


def contact_line(channel: Channel, open_now: bool | None) -> str:
    """One line such as 'Centrum Seksueel Geweld: bel 0800-0188 of chat op ... (dag en nacht)'."""
    ways: list[str] = []
    if channel.phones:
        ways.append("bel " + " of ".join(_phone_text(p) for p in channel.phones))
    if channel.report_form:
        ways.append(f"meld op {_bare(channel.report_form)}")
    if channel.chat_url:
        ways.append(f"chat op {_bare(channel.chat_url)}")
    elif channel.website and not channel.report_form:
        ways.append(f"kijk op {_bare(channel.website)}")
    extras = [availability_text(channel, open_now).lower()]
    if channel.free and channel.anonymous:
        extras.append("gratis en anoniem")
    elif channel.free:
        extras.append("gratis")
    elif channel.anonymous:
        extras.append("anoniem")
    if channel.age:
        extras.append(f"{channel.age.min} tot {channel.age.max} jaar")
    return f"• {channel.name}: {' of '.join(ways)} ({', '.join(extras)})"


def _phone_text(phone: Phone) -> str:
    return f"{phone.display} ({phone.label})" if phone.label else phone.display


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
    lines = [contact_line(c, route.open_now[c.id]) for c in route.channels]
    return "\n".join(lines + route_notes(route))


def now_local() -> datetime:
    """The current time in Europe/Amsterdam."""
    return datetime.now(TIMEZONE)
