"""Finding the age a young person says ("ik ben 13", "15-jarige", "pas 12", "im 14") in a message.

Only a number said as an age counts: "ik ben 13" and "13 jaar" do, "ik heb 13 berichten" and
"bel 113" do not. Ages outside 6-25 are left out as typos or jokes. Plain Python, so that it is
tested without Rasa; `components.age_extractor` runs it inside the NLU pipeline.
"""

from __future__ import annotations

import re

AGE = "age"
MIN_AGE, MAX_AGE = 6, 25

_WORDS = {
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_NUMBER = r"(?P<age>\d{1,2}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_NUMBER_AT_WORD = r"\b" + _NUMBER
_SOFTENER = (
    r"(?:(?:nog|pas|net|maar|bijna|al|wel|nu|inmiddels|intussen|echt|gewoon|toch|just|only|almost|now|already|"
    r"really|nog maar)\s+)*"
)
# "ik ben 2 keer gebeld", "ik ben 10 min bezig": a number with a unit is no age.
_NOT_AN_AGE = r"(?!\s*(?:min|uur|euro|keer|x\b|%|:))"
# A number that stands alone, as an age does ("still 19 now", "nu 18 toch"), not a count ("nog steeds 13
# berichten").
_ALONE = (
    r"(?=\s*(?:$|[.,;!?)]|(?:now|nu|jaar|years?|yo|toch|hoor|btw|lol|haha\w*|en|and|maar|but|dus|so|ofzo)\b))"
    r"(?!\s*(?:jaar\s+|years?\s+)?(?:geleden|ago))"
)
_PATTERNS = [
    # "ik ben 13", "ben pas 12", "im 14", "i'm only 15", "i am 16"
    re.compile(rf"\b(?:ik ben|ben|i am|i'm|im|iam)\s+{_SOFTENER}{_NUMBER}\b{_NOT_AN_AGE}"),
    # "13 jaar", "15-jarige", "14 jr", "14yo", "15 years old", "16 y/o"; not someone else's age
    # ("een meisje van 10 jaar", "a girl of 12 years old")
    re.compile(
        rf"(?<!van )(?<!of ){_NUMBER_AT_WORD}\s*-?\s*(?:jaar|jarige|jr|yo|y/o|years? old|yrs? old)\b"
        r"(?!\s+(?:geleden|ago))"
    ),
    # "pas 12" at the start: "pas 12 en ik weet niet wat ik moet doen"
    re.compile(rf"^\s*(?:pas|net|nog maar)\s+{_NUMBER}\b"),
    # Dutch puts the verb last: "omdat ik pas 13 ben", "dat ik nog maar 11 word";
    # not an age in the past ("toen ik 12 was").
    re.compile(rf"\b(?:als|omdat|dat|terwijl|want|wanneer|nu)\s+ik\s+{_SOFTENER}{_NUMBER}\s+(?:ben|word)\b"),
    # "leeftijd: 14", "age 15"
    re.compile(rf"\b(?:leeftijd|age)\s*:?\s*{_NUMBER}\b"),
    # "still 19 now", "nog steeds 17", "inmiddels 18", "now 16": the age now, without "ik ben".
    re.compile(rf"\b(?:still|nog\s+steeds|inmiddels|intussen)\s+{_NUMBER}\b{_ALONE}"),
    re.compile(rf"(?:^|[.,;!?]\s*)(?:en\s+|and\s+|but\s+|maar\s+)?(?:nu|now)\s+{_NUMBER}\b{_ALONE}"),
    # An age just reached: "i turned 18 last month", "just turned 19", "ik ben vorige week 18 geworden", "ben
    # sinds gisteren 18" (twenty-fourth session; a writer of 18 or 19 asks what is still meant for them).
    re.compile(
        rf"\b(?:i|i've|ive|i\s+have|just|recently|finally)\s+(?:just\s+|recently\s+|finally\s+)?turned\s+{_NUMBER}\b"
    ),
    re.compile(rf"\b(?:ik ben|ben)\s+(?:\S+\s+){{0,3}}?{_NUMBER}\s+geworden\b"),
    re.compile(rf"\b(?:ik ben|ben)\s+sinds\s+(?:\S+\s+){{0,2}}?{_NUMBER}\b{_ALONE}"),
]


# The age of the child a parent or a teacher writes for ("mijn dochter is net 19", "my son (14)",
# "mijn leerling van 13"): what is meant for the child depends on it (the Kindertelefoon is for 8 to
# 18), and the writer is an adult. Not a sibling's or a friend's ("mn broertje van 9 zag het ook"):
# the young person who writes is not that age. Never a stranger's ("een meisje van 10").
_THEIR = r"(?:mijn|mn|m'n|me|my|onze|ons|our)"
_CLOSE = (
    r"(?:dochter|zoon|kind|kindje|stiefdochter|stiefzoon|pleegdochter|pleegzoon|pleegkind|leerling|"
    r"daughter|son|child|kid|stepdaughter|stepson|foster\s+(?:child|daughter|son)|pupil|student)"
)
_SOMEONE_ELSE_PATTERNS = [
    # "mijn dochter is net 19", "my son is 15", "mn zusje van 10", "my sister (14)", "mijn zoon, 13,"
    re.compile(
        rf"\b{_THEIR}\s+{_CLOSE}\s*(?:\(|,\s*|is\s+|was\s+|van\s+|of\s+|who\s+is\s+|die\s+)?"
        rf"(?:(?:net|pas|bijna|nog\s+maar|maar|just|only|almost)\s+)?{_NUMBER}\b{_NOT_AN_AGE}"
        r"(?!\s*(?:jaar\s+)?(?:geleden|ago))"
    ),
]


def find_age(text: str) -> tuple[int, int, int] | None:
    """(age, start, end) of the first age said in `text` (the young person's own before a child's
    a parent or teacher writes for), or None."""
    lowered = text.lower()
    for pattern in (*_PATTERNS, *_SOMEONE_ELSE_PATTERNS):
        for match in pattern.finditer(lowered):
            raw = match.group("age")
            age = int(raw) if raw.isdigit() else _WORDS[raw]
            if MIN_AGE <= age <= MAX_AGE:
                return age, match.start("age"), match.end("age")
    return None
