"""Which channels a young person gets for a situation, and the help reply that names them (bot/reply.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.registry.catalog import Snapshot
from bot.registry.models import MAX_CHANNELS_PER_TOPIC, Channel, Phone
from bot.registry.schedule import DAYS, TIMEZONE, Hours, WeeklySchedule, is_open
from bot.reply import Availability, ContactCard, HelpReply, Language, PhoneNumber

# The words for what a call costs; an unknown cost is not named on a card.
CALL_COST_NL = {"free": "gratis bellen", "local_rate": "lokaal tarief"}
CALL_COST = {"nl": CALL_COST_NL, "en": {"free": "free call", "local_rate": "local rate"}}
# The contact methods' names, for a badge when their hours differ.
_METHOD = {
    "nl": {"phone": "Bellen", "chat": "Chat", "report_form": "Melden", "website": "Website"},
    "en": {"phone": "Phone", "chat": "Chat", "report_form": "Report", "website": "Website"},
}
_DAY_NAMES_EN = dict(
    zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True)
)
# Every other word the reply builds, per language. The Dutch words are the ones the bot always had.
WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "always": "dag en nacht",
        "always_website": "altijd te bekijken",
        "always_form": "altijd",
        "unknown": "tijden niet bekend",
        "open": "nu open",
        "closed": "nu gesloten",
        "Always": "Dag en nacht",
        "Always_website": "Altijd te bekijken",
        "Unknown_website": "Tijden: zie website",
        "Unknown": "Tijden niet bekend",
        "Open": "Nu open",
        "Closed": "Nu gesloten",
        "free": "de hulp is gratis",
        "not_free": "de hulp is niet gratis",
        "cost_unknown": "of het iets kost, weten we niet zeker; kijk op de website",
        "call_to": "bellen naar",
        "call_cost_unknown": "wat dat kost, weten we niet zeker",
        "call": "bel",
        "or": "of",
        "and": "en",
        "report_at": "meld op",
        "chat_at": "chat op",
        "look_at": "kijk op",
        "free_anonymous": "de hulp is gratis en anoniem",
        "anonymous": "anoniem",
        "ages": "voor {min} tot {max} jaar",
        "closed_one": "{names} is nu gesloten.",
        "closed_many": "{names} zijn nu gesloten.",
        "unknown_note": "Van {names} weten we de tijden niet zeker. Kijk op de website.",
        "fallback_note": "{name} kun je altijd bereiken.",
        "shown_above": "{names}: zie hierboven.",
        "report_note_adults": (
            "Gaat het om beelden van volwassenen? Het Meldpunt Kinderporno is alleen voor kinderen. "
            "Wil je het melden, dan kan dat bij de politie. Praten kan bij het Centrum Seksueel Geweld."
        ),
        "report_note_private": (
            "Kreeg je het in een privébericht, of staat het in de cloud of op het dark web? "
            "Wil je het melden, dan kan dat bij de politie."
        ),
        "report_note_violence": (
            "Gaat het om echt geweld zonder seks, zoals een vechtpartij of een dier dat pijn wordt gedaan? "
            "Het Meldpunt Kinderporno is daar niet voor. Wil je het melden, dan kan dat bij de politie, of "
            "anoniem bij Meld Misdaad Anoniem. Stuur het filmpje niet door."
        ),
    },
    "en": {
        "always": "day and night",
        "always_website": "can always be read",
        "always_form": "always",
        "unknown": "hours not known",
        "open": "open now",
        "closed": "closed now",
        "Always": "Day and night",
        "Always_website": "Can always be read",
        "Unknown_website": "Hours: see website",
        "Unknown": "Hours not known",
        "Open": "Open now",
        "Closed": "Closed now",
        "free": "the help is free",
        "not_free": "the help is not free",
        "cost_unknown": "we don't know for sure whether it costs anything; see the website",
        "call_to": "calling",
        "call_cost_unknown": "we don't know for sure what that costs",
        "call": "call",
        "or": "or",
        "and": "and",
        "report_at": "report at",
        "chat_at": "chat at",
        "look_at": "see",
        "free_anonymous": "the help is free and anonymous",
        "anonymous": "anonymous",
        "ages": "for ages {min} to {max}",
        "closed_one": "{names} is closed now.",
        "closed_many": "{names} are closed now.",
        "unknown_note": "We don't know the hours of {names} for sure. See the website.",
        "fallback_note": "You can always reach {name}.",
        "shown_above": "{names}: see above.",
        "report_note_adults": (
            "Are these images of adults? The Meldpunt Kinderporno is for children only. If you want "
            "to report it, you can go to the police. You can talk about it with the Centrum "
            "Seksueel Geweld (Sexual Violence Centre)."
        ),
        "report_note_private": (
            "Did you get it in a private message, or is it in the cloud or on the dark web? If you "
            "want to report it, you can go to the police."
        ),
        "report_note_violence": (
            "Is it real violence without sex, like a fight or an animal being hurt? The Meldpunt "
            "Kinderporno is not for that. If you want to report it, you can go to the police, or "
            "anonymously to Meld Misdaad Anoniem. Do not forward the video."
        ),
    },
}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["nl"])


def channel_name(channel: Channel, language: str = "nl") -> str:
    """The channel's name in the conversation's language (its Dutch name when it has no other)."""
    return channel.name_en or channel.name if language == "en" else channel.name


def _describe(schedule: WeeklySchedule, language: str) -> str:
    if language != "en":
        return schedule.describe_nl()
    parts = [f"{_DAY_NAMES_EN[d]} {', '.join(getattr(schedule, d))}" for d in DAYS if getattr(schedule, d)]
    return "; ".join(parts) if parts else "closed"


_STATE_RANK = {"always": 0, "open": 1, "unknown": 2, "closed": 3}


@dataclass(frozen=True)
class Route:
    """The channels for one reply, best fit first, with their open-now state at `at`."""

    topic: str
    channels: tuple[Channel, ...]
    open_now: dict[str, bool | None]
    always_open: Channel | None
    at: datetime
    # Why the Meldpunt Kinderporno made way for the police (`material_route`): "adults",
    # "violence", "private", or None.
    report_note: str | None = None

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


# Offlimits' Meldpunt Kinderporno takes child sexual abuse material on the public internet only.
MELDPUNT, POLICE, CSG, ANONYMOUS_TIP = "offlimits", "politie", "csg", "meldmisdaadanoniem"
VIOLENCE = "violence"


def material_route(
    channel_ids: list[str], material: str | None, place: str | None
) -> tuple[list[str], str | None]:
    """The channels with the police in the Meldpunt's place when the material is of adults or was
    in a private message, the cloud or the dark web (with CSG for support for adults' material);
    and which of the two it was."""
    note = material if material in ("adults", "violence") else "private" if place == "private" else None
    if note is None or MELDPUNT not in channel_ids:
        return list(channel_ids), None
    ids = [POLICE if c == MELDPUNT else c for c in channel_ids]
    if note == "adults":
        ids.append(CSG)
    if note == "violence":
        # A fight filmed, an animal hurt: the police, or an anonymous tip; CSG is for sexual violence.
        ids = [c for c in ids if c != CSG]
        ids.insert(ids.index(POLICE) + 1, ANONYMOUS_TIP)
    return list(dict.fromkeys(ids))[:MAX_CHANNELS_PER_TOPIC], note


def plan_channels(
    snapshot: Snapshot,
    topic_id: str,
    channel_ids: list[str],
    at: datetime,
    always_open: str | None = None,
    age: float | None = None,
    material: str | None = None,
    place: str | None = None,
) -> Route:
    """These channels, best fit first, without those not meant for `age` (the Kindertelefoon is for
    8 to 18), with the police in the Meldpunt's place for adults' material or a private message;
    `always_open` is added when one is closed now or its hours are unknown."""
    registry = snapshot.registry
    channel_ids, report_note = material_route(list(channel_ids), material, place)
    if VIOLENCE in (report_note, material) and always_open == CSG:
        # CSG is for sexual violence: no fallback to it for a fight filmed (the police are 112 away),
        # also when the images show the young person themselves being beaten.
        always_open = None
    channels = [channel for channel in (registry[c] for c in channel_ids) if fits_age(channel, age)]
    # At the last age a channel is meant for (18 for the Kindertelefoon), those for every age first.
    channels.sort(key=lambda channel: at_age_limit(channel, age))
    open_now = {c.id: c.open_now(at) for c in channels}
    fallback = registry[always_open] if always_open else None
    needs_fallback = any(state is not True for state in open_now.values())
    if fallback is not None and needs_fallback and fallback not in channels:
        channels = channels[: MAX_CHANNELS_PER_TOPIC - 1] + [fallback]
        open_now = {c.id: open_now[c.id] if c.id in open_now else c.open_now(at) for c in channels}
    return Route(
        topic=topic_id,
        channels=tuple(channels),
        open_now=open_now,
        always_open=fallback,
        at=at,
        report_note=report_note,
    )


def at_age_limit(channel: Channel, age: float | None) -> bool:
    """Whether `age` is the last one a channel is meant for ("ik ben net 18": the Kindertelefoon
    still fits, but CSG, for every age, fits better)."""
    return age is not None and channel.age is not None and int(age) >= channel.age.max


def fits_age(channel: Channel, age: float | None) -> bool:
    """Whether a channel is meant for someone of `age` (unknown age: every channel is)."""
    if age is None or channel.age is None:
        return True
    return channel.age.min <= age <= channel.age.max


def cost_lines(channels: list[Channel], language: str = "nl") -> list[str]:
    """What each channel costs, as the registry says it: the help, and each number's call cost."""
    words = _words(language)
    lines = []
    for channel in channels:
        if channel.free is True:
            cost = words["free"]
        elif channel.free is False:
            cost = words["not_free"]
        else:
            cost = words["cost_unknown"]
        rates = [
            f"{words['call_to']} {p.display}: "
            + CALL_COST.get(language, CALL_COST_NL).get(p.call_cost, words["call_cost_unknown"])
            for p in channel.phones
        ]
        lines.append(f"• {channel_name(channel, language)}: {'; '.join([cost, *rates])}")
    return lines


def hours_lines(channels: list[Channel], at: datetime | None, language: str = "nl") -> list[str]:
    """When each channel can be reached, per contact method, as the registry says it ("Bellen: dag
    en nacht; Chat: tijden niet bekend"), with the channel's own note on its hours. Nothing is
    claimed that the registry does not hold: unknown hours are said to be unknown."""
    methods = _METHOD.get(language, _METHOD["nl"])
    lines = []
    for channel in channels:
        ways = "; ".join(
            f"{methods[kind]}: {hours_words(kind, hours, at, language)}" for kind, hours in channel.methods
        )
        note = channel.hours_note_en or channel.hours_note if language == "en" else channel.hours_note
        lines.append(f"• {channel_name(channel, language)}: {ways}" + (f". {note}" if note else ""))
    return lines


def reachable_first(channels: list[Channel], at: datetime | None) -> list[Channel]:
    """The channels that can be reached day and night or are open now first, in their order."""
    rank = {"always": 0, "open": 0, "unknown": 1, "closed": 2}
    return sorted(channels, key=lambda c: rank[availability(c, c.open_now(at) if at else None)])


def _bare(url: str) -> str:
    return url.removeprefix("https://").removeprefix("www.").rstrip("/")


def _state(hours: Hours, at: datetime | None) -> Availability:
    if hours == "24/7":
        return "always"
    if hours == "unknown" or at is None:
        return "unknown"
    return "open" if is_open(hours, at) else "closed"


def hours_words(kind: str, hours: Hours, at: datetime | None, language: str = "nl") -> str:
    """Words for when one contact method can be used at `at` (None: no clock, as in a fixed
    answer), e.g. 'dag en nacht', 'tijden niet bekend', 'nu open (maandag 09:00-17:00)'."""
    words = _words(language)
    state = _state(hours, at)
    if state == "always":
        return {"website": words["always_website"], "report_form": words["always_form"]}.get(
            kind, words["always"]
        )
    if state == "unknown":
        return words["unknown"]
    times = f" ({_describe(hours, language)})" if isinstance(hours, WeeklySchedule) else ""
    return words[state] + times


def availability(channel: Channel, open_now: bool | None) -> Availability:
    """Whether the channel can be reached now: always, open, closed, or unknown (no source says)."""
    if channel.always_open:
        return "always"
    if open_now is None:
        return "unknown"
    return "open" if open_now else "closed"


def availability_text(
    channel: Channel, open_now: bool | None, at: datetime | None = None, language: str = "nl"
) -> str:
    """Words for when the channel can be reached. When its contact methods' hours differ (CSG:
    the phone day and night, the chat unknown), the words name the method they are about."""
    words = _words(language)
    state = availability(channel, open_now)
    methods = channel.methods
    per_method = {hours_words(kind, hours, at, language) for kind, hours in methods}
    if len(per_method) > 1:
        kind, hours = min(methods, key=lambda m: _STATE_RANK[_state(m[1], at)])
        return f"{_METHOD.get(language, _METHOD['nl'])[kind]}: {hours_words(kind, hours, at, language)}"
    if state == "always":
        return words["Always_website"] if methods[0][0] == "website" else words["Always"]
    if state == "unknown":
        return words["Unknown_website"] if channel.website else words["Unknown"]
    schedule = next((h for _, h in methods if isinstance(h, WeeklySchedule)), None)
    times = f" ({_describe(schedule, language)})" if schedule else ""
    return words["Open" if state == "open" else "Closed"] + times


def contact_card(
    channel: Channel, open_now: bool | None, at: datetime | None = None, language: str = "nl"
) -> ContactCard:
    """The channel as the widget draws it as a contact card; `at` is the moment its hours are
    read at (None for a fixed answer: a schedule then counts as unknown). In English the
    channel's `_en` texts are used where it has them, else its Dutch ones."""
    english = language == "en"
    return ContactCard(
        id=channel.id,
        name=channel_name(channel, language),
        description=channel.description_en or channel.description if english else channel.description,
        phones=[
            PhoneNumber(
                display=p.display,
                tel=p.tel,
                label=p.label_en or p.label if english else p.label,
                call_cost=p.call_cost,
                call_cost_text=CALL_COST.get(language, CALL_COST_NL).get(p.call_cost),
                hours_text=hours_words("phone", channel.hours, at, language) if channel.hours else None,
            )
            for p in channel.phones
        ],
        chat_url=channel.chat_url,
        chat_hours_text=(
            hours_words("chat", channel.chat_hours, at, language) if channel.chat_hours else None
        ),
        website=channel.website,
        report_form=channel.report_form,
        report_form_hours_text=(
            hours_words("report_form", channel.report_form_hours, at, language)
            if channel.report_form_hours
            else None
        ),
        availability=availability(channel, open_now),
        availability_text=availability_text(channel, open_now, at, language),
        hours_note=channel.hours_note_en or channel.hours_note if english else channel.hours_note,
        free=channel.free,
        anonymous=channel.anonymous,
        age_min=channel.age.min if channel.age else None,
        age_max=channel.age.max if channel.age else None,
    )


def only(route: Route, channel_ids: set[str]) -> Route:
    """The route with just these of its channels (in its order)."""
    channels = tuple(c for c in route.channels if c.id in channel_ids)
    return Route(
        route.topic,
        channels,
        {c.id: route.open_now[c.id] for c in channels},
        route.always_open,
        route.at,
        route.report_note,
    )


def route_reply(route: Route, language: Language = "nl") -> HelpReply:
    """The help reply of a route: its notes on opening hours as the lead, one card per channel."""
    notes = route_notes(route, language)
    cards = [contact_card(c, route.open_now[c.id], route.at, language) for c in route.channels]
    return HelpReply(topic=route.topic, lead="\n".join(notes) or None, cards=cards, language=language)


def contact_line(
    channel: Channel, open_now: bool | None, at: datetime | None = None, language: str = "nl"
) -> str:
    """One line such as 'Centrum Seksueel Geweld: bel 0800-0188 (gratis bellen, dag en nacht) of
    chat op centrumseksueelgeweld.nl (tijden niet bekend); de hulp is gratis en anoniem'."""
    words = _words(language)
    ways: list[str] = []
    if channel.phones and channel.hours is not None:
        when = hours_words("phone", channel.hours, at, language)
        phones = f" {words['or']} ".join(_phone_text(p, when, language) for p in channel.phones)
        ways.append(f"{words['call']} {phones}")
    if channel.report_form and channel.report_form_hours is not None:
        when = hours_words("report_form", channel.report_form_hours, at, language)
        ways.append(f"{words['report_at']} {_bare(channel.report_form)} ({when})")
    if channel.chat_url and channel.chat_hours is not None:
        when = hours_words("chat", channel.chat_hours, at, language)
        ways.append(f"{words['chat_at']} {_bare(channel.chat_url)} ({when})")
    if channel.website and not (channel.chat_url or channel.report_form):
        website_only = channel.methods[0][0] == "website"
        always = f" ({words['always_website']})" if website_only else ""
        ways.append(f"{words['look_at']} {_bare(channel.website)}{always}")
    extras = []
    if channel.free and channel.anonymous:
        extras.append(words["free_anonymous"])
    elif channel.free:
        extras.append(words["free"])
    elif channel.anonymous:
        extras.append(words["anonymous"])
    if channel.age:
        extras.append(words["ages"].format(min=channel.age.min, max=channel.age.max))
    either = f" {words['or']} "
    return f"• {channel_name(channel, language)}: {either.join(ways)}" + "".join(f"; {e}" for e in extras)


def _phone_text(phone: Phone, when: str, language: str = "nl") -> str:
    label = phone.label_en or phone.label if language == "en" else phone.label
    details = [d for d in (label, CALL_COST.get(language, CALL_COST_NL).get(phone.call_cost), when) if d]
    return f"{phone.display} ({', '.join(details)})"


def names(channels: list[Channel], language: str = "nl") -> str:
    """'A', 'A en B', 'A, B en C' ('A, B and C' in English)."""
    labels = [channel_name(c, language) for c in channels]
    last = f" {_words(language)['and']} "
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + last + labels[-1]


def route_notes(route: Route, language: str = "nl") -> list[str]:
    """Which channels are closed or have unknown hours, and which one can always be reached."""
    words = _words(language)
    notes = [words[f"report_note_{route.report_note}"]] if route.report_note else []
    closed = [c for c in route.not_open if route.open_now[c.id] is False]
    unknown = [c for c in route.not_open if route.open_now[c.id] is None]
    if closed:
        notes.append(
            words["closed_one" if len(closed) == 1 else "closed_many"].format(names=names(closed, language))
        )
    if unknown:
        notes.append(words["unknown_note"].format(names=names(unknown, language)))
    fallback = route.always_open
    if (closed or unknown) and fallback is not None and fallback in route.channels:
        notes.append(words["fallback_note"].format(name=channel_name(fallback, language)))
    return notes


def shown_above(channels: list[Channel], language: str = "nl") -> str:
    """'A en B: zie hierboven.' for channels whose cards are already on screen."""
    return _words(language)["shown_above"].format(names=names(channels, language))


def route_text(route: Route, language: str = "nl") -> str:
    """The reply as text for a channel without cards: one line per channel, then the notes."""
    lines = [contact_line(c, route.open_now[c.id], route.at, language) for c in route.channels]
    return "\n".join(lines + route_notes(route, language))


def now_local() -> datetime:
    """The current time in Europe/Amsterdam."""
    return datetime.now(TIMEZONE)
