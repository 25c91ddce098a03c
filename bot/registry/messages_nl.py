"""The registry's validation messages in plain Dutch, named by channel and field, for the /admin page.

The registry (bot.registry) speaks English to developers and `make channels-check`; a maintainer
on the admin page reads Dutch next to the field. Unknown messages keep their English text after a
Dutch lead, so nothing is ever hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.exceptions import Problem

_METHOD_NL = {"phone numbers": "de telefoonnummers", "chat": "de chat", "report form": "het meldformulier"}
_QUOTED = re.compile(r"^(channel|topic) '(?P<id>[^']+)'$")

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rule(pattern: str, dutch: Callable[[re.Match[str]], str]) -> _Rule:
    return re.compile(pattern, re.DOTALL), dutch


_RULES: list[_Rule] = [
    _rule(
        r"^'(?P<v>.*)' is not dialable:",
        lambda m: (
            f"'{m['v']}' is geen belbaar nummer: gebruik +31... (zoals +318000188) "
            "of een kort nummer zoals 112"
        ),
    ),
    _rule(
        r"^'(?P<v>.*)' is not a phone number such as",
        lambda m: f"'{m['v']}' is geen telefoonnummer zoals mensen het kennen, bijvoorbeeld 0800-0188",
    ),
    _rule(
        r"^display '(?P<d>.*)' and dial '(?P<x>.*)' are different numbers$",
        lambda m: (
            f"'{m['d']}' (zoals mensen het zien) en '{m['x']}' (om te bellen) zijn verschillende nummers"
        ),
    ),
    _rule(
        r"^'(?P<v>.*)' is not an https:// URL$", lambda m: f"'{m['v']}' is geen adres dat met https:// begint"
    ),
    _rule(
        r"^'(?P<v>.*)' is not '24/7', 'unknown' or a weekly schedule",
        lambda m: f"'{m['v']}' kan niet: kies dag en nacht (24/7), onbekend, of vul een weekrooster in",
    ),
    _rule(
        r"^a channel needs a phone, chat_url, website or report_form$",
        lambda m: "Een kanaal heeft minstens een telefoonnummer, chat, website of meldformulier nodig",
    ),
    _rule(
        r"^'(?P<v>.*)' is not a time range like",
        lambda m: f"'{m['v']}' is geen tijd zoals 09:00-17:00",
    ),
    _rule(
        r"^'(?P<v>.*)': 24:00 is the latest closing time$",
        lambda m: f"'{m['v']}': 24:00 is de laatste sluittijd",
    ),
    _rule(
        r"^'(?P<v>.*)' closes before it opens",
        lambda m: f"'{m['v']}' sluit voordat het opent; verdeel een tijd na middernacht over twee dagen",
    ),
    _rule(r"^time ranges (?P<v>.*) overlap$", lambda m: f"De tijden {m['v']} overlappen"),
    _rule(
        r"^min (?P<a>\d+) is above max (?P<b>\d+)$",
        lambda m: f"De minimumleeftijd {m['a']} is hoger dan de maximumleeftijd {m['b']}",
    ),
    _rule(
        r"^'(?P<v>.*)' differs from '(?P<id>.*)': an id cannot change$",
        lambda m: "De id van een kanaal kan niet veranderen",
    ),
    _rule(
        r"^hours are required for the (?P<m>phone numbers|chat|report form):",
        lambda m: f"Vul de tijden in van {_METHOD_NL[m['m']]}: dag en nacht, onbekend of een weekrooster",
    ),
    _rule(
        r"^hours for the (?P<m>phone numbers|chat|report form), but the channel has no",
        lambda m: (
            f"Er {'zijn' if m['m'] == 'phone numbers' else 'is'} geen "
            f"{_METHOD_NL[m['m']].removeprefix('de ').removeprefix('het ')}: laat deze tijden leeg"
        ),
    ),
    _rule(
        r"^call_cost 'free' fits only 0800 numbers",
        lambda m: (
            "Gratis bellen kan alleen bij 0800-nummers en korte nummers zoals 112: "
            "kies lokaal tarief of onbekend"
        ),
    ),
    _rule(
        r"^'(?P<v>.*)' is a site's home page",
        lambda m: f"'{m['v']}' is de voorpagina van een site: link naar de pagina waar de feiten staan",
    ),
    _rule(
        r"^the description says you can chat, but the channel has no chat_url$",
        lambda m: "De beschrijving zegt dat je kunt chatten, maar dit kanaal heeft geen chat",
    ),
    _rule(
        r"^Input should be 'free', 'local_rate' or 'unknown'",
        lambda m: "Kies gratis bellen, lokaal tarief of onbekend",
    ),
    _rule(
        r"^contains markup \('(?P<v>.*)'\)",
        lambda m: f"Schrijf hier gewone tekst, zonder HTML of andere opmaak ('{m['v']}' kan niet)",
    ),
    _rule(r"^unknown field$", lambda m: "Dit veld bestaat niet"),
    _rule(r"^is required$", lambda m: "Dit veld is verplicht"),
    _rule(r"^must be a mapping of fields$", lambda m: "Stuur de velden van het kanaal"),
    _rule(r"^holds a value that is not plain data$", lambda m: "Een waarde is geen gewone tekst of getal"),
    _rule(r"^duplicate id", lambda m: "Een ander kanaal heeft deze id al"),
    _rule(
        r"^String should have at least (?P<n>\d+) characters?$",
        lambda m: f"Schrijf minstens {m['n']} tekens",
    ),
    _rule(
        r"^String should have at most (?P<n>\d+) characters?$",
        lambda m: f"Schrijf hoogstens {m['n']} tekens",
    ),
    _rule(
        r"^String should match pattern", lambda m: "Gebruik kleine letters, cijfers en _ (2 tot 40 tekens)"
    ),
    _rule(
        r"^Input should be a valid date",
        lambda m: "Geen geldige datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-27",
    ),
    _rule(r"^Input should be a valid boolean", lambda m: "Kies ja of nee"),
    _rule(r"^Input should be a valid (integer|number)", lambda m: "Vul een heel getal in"),
    _rule(r"^Input should be greater than or equal to (?P<n>\S+)$", lambda m: f"Vul {m['n']} of meer in"),
    _rule(r"^Input should be less than or equal to (?P<n>\S+)$", lambda m: f"Vul {m['n']} of minder in"),
    _rule(r"^Input should be a valid string", lambda m: "Vul tekst in"),
    _rule(r"^Input should be a valid (list|array)", lambda m: "Hier hoort een lijst"),
    _rule(r"^Input should be a valid dictionary", lambda m: "Hier horen velden met waarden"),
    _rule(r"^Input should be '24/7' or 'unknown'", lambda m: "Kies dag en nacht (24/7) of onbekend"),
    _rule(r"^no channel '(?P<v>.*)'$", lambda m: f"Er is geen kanaal '{m['v']}'"),
    _rule(r"^no topic '(?P<v>.*)'$", lambda m: f"Er is geen onderwerp '{m['v']}'"),
]

_ALWAYS_OPEN = re.compile(r"^'(?P<id>[^']+)' is not open 24/7$")


@dataclass(frozen=True)
class DutchProblem:
    """One problem for the maintainer: which channel and field, in Dutch, and the original text."""

    channel: str | None
    field: str
    message: str
    technical: str


def dutch_message(message: str) -> str:
    """The Dutch sentence for one registry message; unknown ones keep their English after a lead."""
    for pattern, dutch in _RULES:
        match = pattern.match(message)
        if match:
            return dutch(match)
    return f"Dit klopt niet: {message}"


def dutch_problem(problem: Problem) -> DutchProblem:
    """The problem named by channel and field, in Dutch."""
    where = _QUOTED.match(problem.where)
    technical = str(problem)
    if where and where["id"] and problem.where.startswith("topic"):
        topic = where["id"]
        always_open = _ALWAYS_OPEN.match(problem.message)
        if problem.field == "always_open" and always_open:
            # The fix is in the channel's hours, so the page shows it there.
            return DutchProblem(
                always_open["id"],
                "hours",
                f"Dit kanaal moet dag en nacht open blijven (24/7): het onderwerp '{topic}' "
                "verwijst ernaar voor wie nu iemand nodig heeft",
                technical,
            )
        return DutchProblem(None, f"topic.{topic}.{problem.field}", dutch_message(problem.message), technical)
    channel = where["id"] if where else None
    return DutchProblem(channel, problem.field, dutch_message(problem.message), technical)
