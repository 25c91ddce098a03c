"""Text normalisation for the safety layer: how young people type, mapped to one spelling.

Both crisis detectors read text through `normalize`, so "kwil nie meer", "K WIL NIET MEER!!"
and "ik wil niet meer" look the same to them. The steps are general, not phrase lists:
Unicode folding and accents, letters held down ("heeeelp"), chat contractions ("kwil",
"mn", "nie", "rn", "im", "wanna"), and typo repair against the safety vocabulary (one edit
for words of six letters or more, two for long words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from components.real_words import REAL_WORDS

_REPEATS = re.compile(r"(.)\1{2,}")
_TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

# Dutch "k" glued to a verb: "kwil", "kben", "kheb", "kzie", "kga", "kstaa".
_K_VERBS = (
    "wil|wou|ben|was|heb|had|ga|ging|zie|zag|kan|kon|weet|voel|zit|zat|sta|stond|denk|dacht|snij|"
    "kras|doe|deed|zou|moet|hoop|lig|lag|loop|hou|spring|slik|neem|nam|hang|durf|mis|zeg|word|werd"
)
_CONTRACTIONS: Sequence[tuple[str, str]] = (
    (rf"\bk({_K_VERBS})\b", r"ik \1"),
    (r"\bk'?\s(?=[a-z])", "ik "),
    (r"\b(m'n|mn|mijne|mjn|mein)\b", "mijn"),
    (r"\b(z'n|zn)\b", "zijn"),
    (r"\b(nie|ni|nt)\b", "niet"),
    (r"\bnimeer\b", "niet meer"),
    (r"\b(mss|misch)\b", "misschien"),
    (r"\b(ff|effe|efkes)\b", "even"),
    (r"\b(wnt|wan)\b", "want"),
    (r"\b(d'r|der)\b", "er"),
    (r"\b(iem|iemd|iemnd)\b", "iemand"),
    (r"\bi'?m\b", "i am"),
    (r"\bimma\b|\bima\b|\bimmma\b", "i am going to"),
    (r"\bgonna\b", "going to"),
    (r"\bwanna\b", "want to"),
    (r"\bgotta\b", "got to"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'?ll\b", "i will"),
    (r"\bi'?d\b", "i would"),
    (r"\b(can'?t|cannot)\b", "can not"),
    (r"\b(don'?t|dont)\b", "do not"),
    (r"\b(won'?t|wont)\b", "will not"),
    (r"\b(didn'?t|didnt)\b", "did not"),
    (r"\b(isn'?t|isnt)\b", "is not"),
    (r"\b(it'?s)\b", "it is"),
    (r"\b(he'?s)\b", "he is"),
    (r"\b(she'?s)\b", "she is"),
    (r"\b(there'?s)\b", "there is"),
    (r"\brn\b", "right now"),
    (r"\b(u)\b", "you"),
    (r"\b(ur)\b", "your"),
    (r"\b(pls|plz|plss|pleas)\b", "please"),
    (r"\bkms\b", "kill myself"),
    # "Unalive gaan", "be unalive": dead; "unalive myself": kill myself.
    (r"\bunalive[nd]?\s+(?:gaan|worden|zijn)\b", "dood gaan"),
    (r"\b(?:be|being|been|am|was)\s+unalive[d]?\b", "be dead"),
    (r"\bunalived\b", "killed"),
    (r"\bunaliving\b", "killing"),
    (r"\bunalive\b", "kill"),
    # "Self delete" and "mezelf deleten" for ending one's life, not an account or a group chat.
    (
        r"\b(?:(?:mezelf|mijzelf|myself)\s+(?:deleten|deleted|delete|uninstallen|uninstall)|self[\s-]?delete)\b"
        r"(?!\s+(?:uit|van|from|op|on|off|in|bij|account|acc|profiel|profile)\b)",
        "kill myself",
    ),
    # "Got sa'd", "ben ge-sa'd", "was sa": sexually assaulted in TikTok shorthand (not "sad").
    (r"\b(?:ge-?\s?sa'e?d|ge-?sa'?e?d|sa'e?d|s\.a\.'?e?d)(?![\w'])", "sexually assaulted"),
    (r"\b(got|was|been|getting|get)\s+sa\b(?!')", r"\1 sexually assaulted"),
    (r"\bod'?d\b|\bod'?ed\b", "overdosed"),
    # "Verkr8", "verkr8ing": the 8 said as "acht".
    (r"\bverkr8ing\b", "verkrachting"),
    (r"\bverkr8\b", "verkracht"),
    # The blood drop said as an emoji ("🔪🩸 het stopt niet"): the word it stands for (not the knife:
    # "ik was de killer 🔪" at a murder mystery party).
    ("🩸", " bloed "),
    # Pills said as an emoji ("💊💊💊 alles op"), and Limburg or Brabant spellings of "niet meer
    # leven" ("ich wol nit mie leve"; thirteenth session, read misses of the fourteenth set, as families).
    ("💊", " pillen "),
    (r"\bich\s+(?=wil|wol|bin|ben|kan|heb|han|zeen|zie|weet|wit)", "ik "),
    (r"\b(?:neet|nit|nie|niet)\s+mie(?:er|ë?r)?\b", "niet meer"),
    (r"\bniet\s+meer\s+leve\b", "niet meer leven"),
    # "Sh sh niet zo hard", "sh ik moet stil zijn": hush, not self-harm.
    (
        r"\b(?:sh\s+)+sh\b|^\W*sh\b(?=\W*(?:ik\s+moet\s+stil|stil|quiet|niet\s+zo\s+hard|not\s+so\s+loud|zachtjes|"
        r"be\s+quiet|hou\s+je\s+mond|iedereen\s+slaapt|everyone\s+is\s+sleeping|mijn\s+\w+\s+slaapt|"
        r"my\s+\w+\s+is\s+sleeping)\b)",
        "stil",
    ),
    # "Sh" is self-harm after another word ("weer sh gedaan", "ge-sh'd", "i did sh again"), and at the
    # start of a message beside words of doing it, its marks or its urges ("sh relapse", "sh thoughts
    # are loud", "sh habit is back"); as the first word before anything else it is "shit" ("sh, morgen
    # toets frans", "sh ik ben mn airpods vergeten": twelfth session, read false alarms of the thirteenth
    # set, as a family).
    (
        r"^\W*sh\b(?=\W*$|\W+(?:gedaan|doen|again|weer|relapse\w*|marks|littekens|scars|urges?|drang|clean|free|wounds?|"
        r"wondjes|cuts?|is|was|helps?|helpt|hielp|thoughts?|gedachten|habit|gewoonte|sinds|since|voor|for|op\s+mijn|on\s+my)\b)",
        "self harm",
    ),
    (r"(?<=[^\W_])([\W_]+)sh\b", r"\1self harm"),
    (r"\bself-?harm", "self harm"),
)
_COMPILED = [(re.compile(p), r) for p, r in _CONTRACTIONS]

# Words the crisis concepts are built from. A typo of one of these (one edit for six letters or
# more, two for ten or more, same first letter) is read as the word itself.
VOCABULARY: tuple[str, ...] = (
    "zelfmoord",
    "zelfdoding",
    "suicide",
    "suicidaal",
    "suicidal",
    "zelfbeschadiging",
    "verkracht",
    "verkrachting",
    "aangerand",
    "aanranding",
    "misbruikt",
    "misbruik",
    "betast",
    "aangeraakt",
    "gedwongen",
    "gedrogeerd",
    "raped",
    "assaulted",
    "molested",
    "abused",
    "forced",
    "touched",
    "drugged",
    "paracetamol",
    "ibuprofen",
    "medicijnen",
    "tabletten",
    "slaappillen",
    "pillen",
    "pilletjes",
    "antidepressiva",
    "overdosis",
    "overdose",
    "overdosed",
    "ingenomen",
    "geslikt",
    "doorgeslikt",
    "swallowed",
    "genomen",
    "bloeden",
    "bloedt",
    "bleeding",
    "gesneden",
    "snijden",
    "krassen",
    "gekrast",
    "verwond",
    "springen",
    "spring",
    "afscheidsbrief",
    "afscheid",
    "opgesloten",
    "achtervolgd",
    "bedreigd",
    "bedreigt",
    "vermoorden",
    "mishandeld",
    "gevaar",
    "danger",
    "emergency",
    "noodgeval",
    "verdwijnen",
    "disappear",
    "myself",
    "mezelf",
    "mijzelf",
    "niemand",
    "iedereen",
    "everyone",
    "anymore",
    "leven",
    "bestaan",
    "wakker",
    "slapen",
    "ophangen",
    "opgehangen",
    "strop",
    "touw",
    "noose",
    "treinrails",
    "spoor",
    "railway",
    "tracks",
    "bridge",
    "balkon",
    "balcony",
    "vensterbank",
    "raam",
    "ledge",
    "roof",
    "dak",
)
_VOCAB_SET = frozenset(VOCABULARY)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Control and format characters (zero-width joiners, direction marks) carry no meaning here.
    return "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\n\t")


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance, giving up (limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# Dutch spellings that sound the same: "verkragt" / "verkracht", "gesneeden", "wort" / "word".
_SOUNDS_ALIKE = (
    (re.compile(r"ch"), "g"),
    (re.compile(r"(?:dt|d)$"), "t"),
    (re.compile(r"(?:ij|y)"), "ei"),
    (re.compile(r"au"), "ou"),
    (re.compile(r"(.)\1"), r"\1"),
)


def _sound(word: str) -> str:
    for pattern, replacement in _SOUNDS_ALIKE:
        word = pattern.sub(replacement, word)
    return word


_VOCAB_SOUNDS = {_sound(w): w for w in VOCABULARY if len(w) >= 6}


@lru_cache(maxsize=4096)
def repair(token: str) -> str:
    """The vocabulary word a token is a typo of, or the token itself.

    A token is first compared by sound (Dutch "ch"/"g", "d"/"t" at the end, "ij"/"ei", double
    letters), then by spelling: one edit for six letters or more, two for ten or more. A real word
    of another meaning is no typo ("verwachting" is not "verkrachting": components/real_words.py).
    """
    if token in _VOCAB_SET or token in REAL_WORDS or len(token) < 6 or not token.isalpha():
        return token
    sound = _sound(token)
    if sound in _VOCAB_SOUNDS:
        return _VOCAB_SOUNDS[sound]
    limit = 2 if len(token) >= 10 else 1
    best, best_distance = token, limit + 1
    for word in VOCABULARY:
        if word[0] != token[0] or len(word) < 6:
            continue
        distance = _edit_distance(token, word, limit)
        if distance < best_distance:
            best, best_distance = word, distance
    return best


def tokens(text: str) -> list[str]:
    """Words and single symbols of a normalised text."""
    return _TOKEN.findall(text)


# Words written around filters, as on TikTok: "r*ped", "s*icide", "su1cide", "k!ll", "unal1ve",
# "d13", "s3lfharm". A token of letters with symbols or digits inside is read as the one crisis word
# it can spell (a digit or symbol for a look-alike letter, "*" or "#" for up to three letters); a
# token that can spell none, or more than one, stays as it is.
CENSORED_WORDS: tuple[str, ...] = (
    "rape",
    "raped",
    "raping",
    "rapist",
    "kill",
    "killed",
    "killing",
    "killen",
    "die",
    "dying",
    "dead",
    "dood",
    "death",
    "unalive",
    "unalived",
    "selfharm",
    "sex",
    "seks",
    "porn",
    "porno",
    "cut",
    "cutting",
    "pills",
    "pillen",
    "suicide",
    "suicidal",
    "zelfmoord",
    "verkracht",
    "verkrachting",
    "aangerand",
    "misbruikt",
    "abused",
    "assaulted",
    "overdose",
)
_LOOKALIKE = {"0": "o", "1": "[il]", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "[il]"}
# A token with a symbol or a digit in it and at least two letters.
_CENSORED = re.compile(
    r"(?<![\w*#@$!])(?=[\w*#@$!]*[*#@$!0-9])(?=(?:[*#@$!0-9]*[a-z]){2})[a-z0-9*#@$!]+[a-z0-9*#]"
)


def _spelled(token: str) -> str | None:
    """The one crisis word a censored token spells, or None."""
    if token.isalnum() and not any(c.isdigit() for c in token):
        return None
    pattern = "".join(
        c if c.isalpha() else "[a-z]{0,3}" if c in "*#" else _LOOKALIKE.get(c, re.escape(c)) for c in token
    )
    found = [w for w in CENSORED_WORDS if re.fullmatch(pattern, w)]
    return found[0] if len(found) == 1 else None


def uncensor(text: str) -> str:
    """Censored crisis words spelled out ("he r*ped me" -> "he raped me"); see CENSORED_WORDS."""
    return _CENSORED.sub(lambda m: _spelled(m.group()) or m.group(), text)


def normalize(text: str) -> str:
    """One spelling for the many ways a message can be typed (see the module docstring)."""
    text = _fold(text)
    text = _REPEATS.sub(r"\1\1", text)
    text = uncensor(text)
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    words = [repair(t) for t in tokens(text)]
    return " ".join(words)


# Time words mean nothing on their own ("am i texting a bot rn"); the crisis concepts pair them
# with a verb ("hij slaat me nu"). Left in, the learned models take "now" for danger, since crisis
# examples say it so often.
_TIME_WORDS = re.compile(r"\b(?:right now|nu|now|net|just|meteen|op dit moment|at the moment)\b")


def model_text(text: str) -> str:
    """The text the learned models (intent classifier, crisis detector) read: normalised, without
    time words."""
    return " ".join(_TIME_WORDS.sub(" ", normalize(text)).split())


def word_count(text: str) -> int:
    """How many words (not symbols or emoji) a message has."""
    return sum(1 for t in tokens(_fold(text)) if t[0].isalnum())


def any_word(text: str, words: Iterable[str]) -> bool:
    """True when one of `words` (or phrases) stands as whole words in the normalised `text`."""
    padded = f" {text} "
    return any(f" {w} " in padded for w in words)
