"""A language asked for in words ("answer me in english", "graag in het nederlands", "my dutch is bad").

Plain Python, so that it is tested without Rasa; components/language_detector.py uses it (the
language asked for wins over the one the message is written in). actions/context_fallback.py keeps a
copy (tests/actions/test_thread_families.py ties the two).
"""

from __future__ import annotations

import re

# Asked for in words: "kan je engels praten?", "in english pls", "i don't speak dutch", "kun je het in
# het nederlands zeggen?", "kan je nederlands spreken". Not speaking one language asks for the other.
_NOT_SPEAKING = (
    r"\b(?:(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:speak|read|understand)\s+(?:\S+\s+)?{lang}"
    r"|(?:geen|niet\s+goed|nauwelijks|amper)\s+{lang}|{lang}\s+(?:is\s+)?(?:not|niet)\s+(?:goed|good|my))\b"
)
_WANTS = (
    r"\b(?:(?:in|op|naar)\s+(?:het\s+)?{lang}"
    r"|(?:speak|spreek|spreekt|praat|praten|talk|type|typ|schrijf|write|reply|antwoord)\s+(?:\S+\s+){{0,2}}?{lang}"
    r"|{lang}\s+(?:pls|please|plz|aub|alsjeblieft|praten|spreken|typen|schrijven|talk|speak|spreek|praat))\b"
)
_ENGLISH, _DUTCH = r"(?:engels|english)", r"(?:nederlands|dutch)"
NOT_DUTCH = re.compile(_NOT_SPEAKING.format(lang=_DUTCH), re.IGNORECASE)
NOT_ENGLISH = re.compile(_NOT_SPEAKING.format(lang=_ENGLISH), re.IGNORECASE)
WANTS_ENGLISH = re.compile(_WANTS.format(lang=_ENGLISH), re.IGNORECASE)
WANTS_DUTCH = re.compile(_WANTS.format(lang=_DUTCH), re.IGNORECASE)


def asked_language(text: str) -> str | None:
    """The language a message asks the bot to use ("in english pls", "ik spreek geen engels"), if any."""
    if NOT_DUTCH.search(text) and not NOT_ENGLISH.search(text):
        return "en"
    if NOT_ENGLISH.search(text) and not NOT_DUTCH.search(text):
        return "nl"
    english, dutch = bool(WANTS_ENGLISH.search(text)), bool(WANTS_DUTCH.search(text))
    return "en" if english and not dutch else "nl" if dutch and not english else None
