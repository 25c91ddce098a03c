"""Crisis concepts: what a message means, matched on normalised text, not fixed phrases.

A concept combines word families in either order with a few words between them ("pillen ...
geslikt", "swallowed ... pills"), over text that `safety_text.normalize` has already folded
(typos, contractions, accents, English short forms). Each concept names the crisis answer it
needs. The order of `CONCEPTS` is the priority: an act under way or danger now (112 first)
wins over thoughts of suicide or self-harm (113 first), which win over sexual violence
disclosed (CSG first), because the answer must start with what saves a life now.

Context that makes alarming words harmless ("dood van het lachen", "a video about suicide",
"lol") is checked per concept, so a message about images or homework is not a crisis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import Pattern

DANGER_NOW = "danger_now"
SUICIDAL_THOUGHTS = "suicidal_thoughts"
SEXUAL_VIOLENCE = "sexual_violence"
CRISIS_INTENTS: tuple[str, ...] = (DANGER_NOW, SUICIDAL_THOUGHTS, SEXUAL_VIOLENCE)
# The label of a message that is no crisis (the learned detector's negative class).
NO_CRISIS = "none"
# The classes of a safety set (tests/safety*/, safety/written/*/) as the crisis intent that must
# answer them, or `none`; bot/tools/safety_eval.py scores the sets by the same crisis classes (a
# test checks that the two agree).
SET_CLASS_LABELS: dict[str, str] = {
    "suicidal_thoughts": SUICIDAL_THOUGHTS,
    "self_harm": SUICIDAL_THOUGHTS,
    "act_in_progress": DANGER_NOW,
    "danger_now": DANGER_NOW,
    "sexual_violence": SEXUAL_VIOLENCE,
    "looks_alarming": NO_CRISIS,
    "topic": NO_CRISIS,
    "chit_chat": NO_CRISIS,
}


def _alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


def _gap(n: int) -> str:
    """Up to `n` words in between, within one sentence."""
    return rf"(?:\s+[^\s.?!,]+){{0,{n}}}\s+"


def near(a: str, b: str, n: int = 4) -> str:
    """`a` then `b`, with up to `n` words between them."""
    return rf"\b{a}{_gap(n)}{b}\b"


def either(a: str, b: str, n: int = 4) -> str:
    """`a` and `b` in either order, with up to `n` words between them."""
    return f"(?:{near(a, b, n)}|{near(b, a, n)})"


# fmt: off
ME = _alt("ik", "me", "mij", "mezelf", "mijzelf", "i", "myself", "i am")
NOW = _alt("nu", "net nu", "op dit moment", "right now", "now", "atm", "at the moment", "meteen")
NEGATION = _alt("niet", "geen", "nooit", "not", "no", "never", "nobody", "niemand", "non", "non-")

# --- 113: thoughts of suicide or self-harm --------------------------------------------------------
SUICIDE_WORD = (
    r"(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|zelf\s+moord|selfharm|self\s+harm\w*|zelfbeschadiging)"
)
# Not "die": in Dutch it means "that" ("ik wil die site melden"); English "to die" has its own pattern.
DEATH = _alt("dood", "doodgaan", "sterven", "dead", "overlijden", "verdwijnen", "disappear")
WANT = _alt("wil", "wou", "zou", "wilde", "want to", "wanted to", "wish", "wish i", "would rather", "zou willen", "hoop", "hope", "prefer", "liever", "moet", "should", "need to")
SELF_HARM_VERB = _alt("snijden", "snij", "snijd", "gesneden", "krassen", "kras", "gekrast", "branden", "gebrand", "verwonden", "verwond", "slaan", "geslagen", "pijn doen", "pijn gedaan", "iets aandoen", "iets aan doen", "iets aangedaan", "beschadigen", "beschadigd", "cut", "cutting", "cuts", "burn", "burning", "burned", "burnt", "hurt", "hurting", "harm", "harming", "scratch", "scratching", "scratched", "punish", "punishing", "sla", "sloeg", "hit", "punch", "punching", "krab", "krabben", "krabde", "bonk", "brand", "pijn te doen", "iets aan te doen", "wat aandoen", "wat aan te doen", "wat aangedaan")
BODY = _alt("arm", "armen", "pols", "polsen", "been", "benen", "bovenbeen", "bovenbenen", "dij", "dijen", "buik", "huid", "arms", "wrist", "wrists", "thigh", "thighs", "legs", "skin")
# As whole words: "jk" is no joke inside "eigenlijk" or "moeilijk", nor "lol" inside "lollig".
HARMLESS_DEATH = (
    r"(?<![^\W\d_])"
    + _alt(r"van het lachen", r"van de honger", r"van verveling", r"van de verveling", r"van de hitte", r"van de kou", "jk", "grapje", r"van schaamte", "of embarrassment", "of laughter", "laughing", "cringe")
    + r"(?![^\W\d_])"
)
# A laugh ("lol", "haha", "😂") with what is said marks it as a joke: "ik ga dood lol", "i'm dead
# 😂". A laugh that opens the message and turns to what comes ("lol ok dus ...", "haha fun fact ...",
# "lol dit is random maar ...") or stands in an earlier sentence ("lmao this bot is funny . anyway
# ...") masks what follows instead; so does a bare opening laugh before an act ("lol i took 30
# pills"), not before a wish ("haha ik wil dood als ..."). "No joke" or "nie als grap" takes any laugh
# away (Concept.matches).
_LAUGH_WORD = r"(?:lol|lool|haha\w*|hihi|hehe|xd+|lmao|lmfao)"
_LAUGH_EMOJI = "[😂🤣😹💀😅🙈🤪😜]"
LAUGH = re.compile(rf"(?<![^\W\d_]){_LAUGH_WORD}(?![^\W\d_])|{_LAUGH_EMOJI}")
_OPENING_LAUGH = rf"^\W*(?:(?:{_LAUGH_WORD}(?![^\W\d_])|{_LAUGH_EMOJI})\W*)+"
# A word that turns from the laugh to what comes: "ok dus", "fun fact", "anyway", "maar".
_TURN = (
    r"(?:ok|oke|okay|okee|dus|so|fun\s+fact|anyway|anyways|btw|maar|but|eh|uh|uhm|um|ff\s+serieus|"
    r"dit\s+is\s+random\s+maar|this\s+is\s+random\s+but|dit\s+klinkt\s+\w+\s+maar|this\s+sounds\s+\w+\s+but)"
)
LAUGH_OPENING = re.compile(rf"{_OPENING_LAUGH}(?:{_TURN}(?![^\W\d_])\W*)*")
LAUGH_THEN_TURN = re.compile(rf"{_OPENING_LAUGH}(?:{_TURN}(?![^\W\d_])\W*)+")
NOT_A_JOKE = re.compile(
    r"\b(?:no\s+joke|not\s+(?:a\s+)?joking|not\s+(?:the\s+|a\s+)?joke(?:\s+kind|\s+type)?|not\s+kidding|geen\s+grap\w*|"
    r"i\s+mean\s+it\s+this\s+time|(?:geen|niet|nie)\s+(?:de\s+|een\s+)?grappige\s+soort|"
    r"(?:niet|nie)\s+(?:als\s+)?(?:een\s+)?grap\w*(?:\s+bedoeld)?|ik\s+meen\s+het|i\s+mean\s+it|serieus|"
    r"seriously|for\s+real|echt\s+waar|fr\s+fr|"
    # Eighth session: turning serious after a joke ("lmao im so done 💀 no but fr ...", "lol. maar fr",
    # "this is fine 🙂 alleen is het niet fine").
    r"(?:no|nah|nee|maar|but|ok\s+but|oke\s+maar)\s+(?:fr|frfr|real\s+talk|echt\s+nu|ff\s+serieus)|"
    r"(?:alleen|but|maar)\s+(?:is\s+het|it'?s|it\s+is)\s+(?:niet|nie|not)\s+(?:fine|oke|ok|okay|grappig|funny)|"
    # Twelfth session (read thirteenth misses, as a family): the laugh taken back ("lol. not lol
    # actually", "nee geen lol", "nee maar echt wel", "maar lately meen ik het echt").
    r"(?:not|no|geen|nee\s+geen)\s+(?:lol|haha|grap|joke)|nee\s+maar\s+echt(?:\s+wel)?|meen\s+ik\s+het\s+(?:echt|wel|nu)|"
    r"(?:i|ik)\s+(?:actually\s+)?mean\s+it\s+(?:now|lately|tho|though)|als\s+grap\s+maar|"
    # Fourteenth session (a read miss of the fifteenth set, as a family): a joke, then what one really
    # wants or is ("lol meme gestuurd maar eigenlijk wil ik niet meer", "haha but honestly i want to die").
    r"(?:maar|but)\s+(?:eigenlijk|eig|in\s+het\s+echt|echt\s+gezegd|eerlijk\s+gezegd|actually|honestly|in\s+reality|"
    r"deep\s+down|really)\s+(?:\S+\s+)?(?:wil|ben|ga|denk|voel|i\s+want|i\s+wanna|i'?m|im|i\s+am|i\s+feel|i\s+think|"
    r"want|wanna))\b"
)


def laughed_off(text: str, start: int, bare_opening_masks: bool) -> bool:
    """Whether a laugh goes with what a match at `start` says: in its sentence or after it, with no
    "no joke" anywhere. A laugh that opens the message and turns to what comes ("lol ok dus ...")
    masks it; a bare opening laugh ("lol i took 30 pills") does so only where `bare_opening_masks`."""
    if NOT_A_JOKE.search(text):
        return False
    opening = (LAUGH_OPENING if bare_opening_masks else LAUGH_THEN_TURN).match(text)
    begin = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    begin = max(begin, opening.end() if opening else 0)
    return bool(LAUGH.search(text, begin))
ABOUT_NOT_ME = _alt("video", "filmpje", "film", "clip", "serie", "series", "documentaire", "docu", "werkstuk", "spreekbeurt", "huiswerk", "homework", "essay", "project", "preventie", "prevention", "boek", "book", "nieuws", "news", "artikel", "article", "les", "lesson", "game", "lied", "song", "wat doet", "what does", "nummer van", "number of", "hoe werkt", "how does", "livestream", "stream", "posted", "gepost", "pleegde", "pleegt", "gepleegd", "committed", "verhaal", "story", "personage", "character", "group chat", "groepsapp", "betekent", "means", "meaning", "biologie", "bio", "toets", "exam", "plegen", "jongeren", "mensen", "people", "statistiek", "cijfers", "percentage", "per jaar")

_DESERVE = _alt("verdiend", "deserved", "verdien", "deserve")
# "Mijn leven is voorbij": a wish to die, or a figure of speech about images that went round (the
# fixed crisis answer at the start of a talk; within a talk about something else, the bot asks).
LIFE_IS_OVER = r"\b(?:mijn|my)\s+leven\s+is\s+(?:klaar|voorbij|over)\b|\bmy\s+life\s+is\s+over\b"
OFTEN_FIGURATIVE = frozenset({LIFE_IS_OVER})
# A blade taken out of a sharpener or got in secret ("je snapt wel waarvoor", "without my mom noticing").
_TOOL = _alt("puntenslijper", "slijper", "sharpener", "mesje", "mesjes", "blade", "blades", "razor", "razors", "scheermesje", "scheermesjes")
_IN_SECRET = _alt(r"uit\s+elkaar\s+(?:gehaald|halen|haal|gehaalt|gesloopt)", r"(?:took|take|taking|broke|break)\s+(?:\S+\s+){0,2}apart", "je snapt wel", "je weet wel", "waarvoor", "what for", "noticing", "merkt", "merken", r"zonder\s+dat\s+(?:\S+\s+){0,3}(?:weet|weten|ziet|zien|vraagt|vragen|merkt|merken|doorheeft)", r"without\s+(?:\S+\s+){0,3}(?:knowing|seeing|finding\s+out)")
# Saving or keeping pills, and the tools of a relapse (components of the families further down).
_SAVING = _alt("spaar", "spaarde", "spaart", "sparen", "opsparen", "opgespaard", "gespaard", "saving", "save up",
               "saving up", "saved", "hoard", "hoarding", "stockpile", "stockpiling", "verzamel", "verzamelen",
               "verzameld", "voorraad", "voorraadje", "stash", "achtergehouden", "achterhouden", "bewaar",
               "bewaard", "apart gelegd", "apart gehouden", "put aside", "kept aside")
_KEPT_PILLS = _alt("pillen", "pilletjes", "tabletten", "paracetamol", "paracetamols", "ibuprofen", "medicijnen",
                   "medicatie", "slaappillen", "antidepressiva", "antidepressants", "pills", "tablets", "meds",
                   "medication", "painkillers", "sleeping pills", "strips", "strippen", "oxazepam", "diazepam",
                   "xanax")
_RELAPSE_TOOL = _alt("schaar", "scissors", "mes", "mesje", "knife", "scheermes", "scheermesje", "blade", "razor",
                     "puntenslijper", "sharpener", "scherf", "scherven", "shard", "naald", "needle", "aansteker",
                     "lighter")
_WOUNDS = _alt("wond", "wondjes", "wonden", "krassen", "snij", "gesneden", "pijn", "pain", "cuts", "scars", "littekens")
# Someone else hurting themselves ("snijdt zichzelf", "is hurting herself"), not in a sport, an
# accident, a film or a game.
_THEMSELVES = _alt("zichzelf", "haarzelf", "hemzelf", "herself", "himself", "themselves", "themself")
_HARMS_3P = _alt("snijdt", "krast", "brandt", "verwondt", "slaat", "bonkt", "beschadigt", "cuts", "burns", "hurts", "harms",
                 "scratches", "hits", "punishes", "is cutting", "is hurting", "is harming", "is burning", "has cut",
                 "heeft gesneden", "heeft gekrast", "gesneden", "gekrast", "cutting", "hurting", "harming")
_OTHERS_NOT_CRISIS = _alt("sport\\w*", "voetbal\\w*", "football", "soccer", "training", "hockey", "gevallen", "fell", "val", "vallen",
                          "ongeluk", "accident", "per ongeluk", "accidentally", "koken", "cooking", "film\\w*", "movie\\w*", "serie\\w*",
                          "series", "boek", "book", "game\\w*", "personage", "character", "lied", "song", "skate\\w*", "fiets\\w*",
                          "bike", "playing", "spelen", "gym", "romeo", "juliet", "julia", "toneel\\w*", "verhaal", "story",
                          "gelezen", "lezen", "read", "engelse les", "english class", "spreekbeurt", "werkstuk", "huiswerk",
                          "homework", "project", "voor school", "for school", "wat moet je doen als", "what do you do if",
                          "what should you do if", "wat doe je als",
                          # A threat to make a child keep a secret ("he said he'd kill himself if she told").
                          "if she told", "if he told", "if you tell", "if i tell", "als ze het vertelt", "als ik het vertel")
# Cuts in rows, said as a barcode ("barcode arm again", "mn benen zijn een barcode"); not a product,
# a scan or a school project.
BARCODE = (
    r"^(?!.*\b(?:scan\w*|product\w*|winkel|shop|kassa|checkout|project|werkstuk|qr|app|label|sticker|prijs|price)\b).*"
    rf"(?:\bbarcode\w*\s+(?:\S+\s+)?{BODY}\b|\b{BODY}\s+(?:\S+\s+){{0,3}}(?:een\s+|a\s+|like\s+a\s+)?barcode\w*\b)"
)
ROPE_KEPT = (
    r"^(?!.*\b(?:springtouw|jump\s*rope|skipping\s+rope|klimtouw|touwtrekken|tug\s+of\s+war|schommel\w*|swing|boot|"
    r"boat|zeil\w*|sail\w*|kamp\w*|camp\w*|tent|hond\w*|dog|riem|leash|knutsel\w*|craft\w*|scouting|klimmen|climbing|"
    r"verhuiz\w*|moving|was\s*lijn|washing\s+line)\b).*\b(?:touw|strop|rope|noose)\b(?=.*\b(?:denk|denken|dacht|think|"
    r"thinking|thought|klaar|ready|voor\s+als|for\s+when|verstop\w*|hid|hidden|hiding|kast|closet|zolder|attic|elke\s+dag|"
    r"every\s+day|plan\w*|knoop|knot|geknoopt|tied)\b)"
)
GIVEN_AWAY_READY = (
    r"\b(?:weggegeven|weg\s+gegeven|weggeven|gave\s+away|given\s+away|giving\s+away)\b(?=.*\b(?:ready|klaar|om\s+te\s+gaan|"
    r"to\s+go|voor\s+altijd|forever|afscheid|goodbye|niet\s+meer\s+nodig|won'?t\s+need|wont\s+need|don'?t\s+need)\b)"
)
# Sexual violence told as over, with the writer or the friend safe somewhere now ("we were making out and
# i said stop and he kept going, it hurts down there now", "he touched me and didnt let me out. im home
# now", "ze is na het feest gedwongen en is nu bij mij"): CSG first, not 112, unless someone is still
# there, outside or coming back (eighteenth session, "other crisis" read misses of three sets, as a family).
SEXUAL_TOLD_AFTER = (
    r"^(?!.*\b(?:nog\s+(?:steeds\s+)?(?:hier|bij\s+(?:me|mij)|in\s+huis|binnen|buiten)|still\s+(?:here|with\s+me|in\s+the\s+house|"
    r"outside)|komt\s+terug|coming\s+back|buiten\s+(?:staat|wacht)|outside\s+(?:now|the\s+door)|voor\s+de\s+deur|"
    r"at\s+the\s+door|help\s+me\s+nu|right\s+now\s+(?:he|she)|is\s+(?:hier|here)|wordt\s+nu|is\s+happening)\b)"
    r"(?=.*\b(?:touched|forced|raped|kept\s+going|said\s+stop|said\s+no|verkracht|aangerand|betast|gedwongen|ging\s+door|"
    r"zei\s+stop|zei\s+nee|groped|assaulted|aangeraakt|ging\s+verder)\b)"
    r".*\b(?:i\s+am\s+(?:back\s+)?home|im\s+home|ik\s+ben\s+(?:nu\s+|weer\s+)?thuis|ben\s+(?:nu\s+|weer\s+)?thuis|(?:she|he)\s+is\s+"
    r"(?:now\s+)?at\s+my\s+(?:house|place)|(?:ze|zij|hij)\s+is\s+(?:nu\s+)?bij\s+(?:mij|me|ons)|after\s+the\s+party|"
    r"na\s+het\s+feest|afterwards|na\s+afloop|hurts\s+down\s+there|pijn\s+(?:daar|van\s+onder|beneden)|it\s+hurts|"
    r"het\s+doet\s+(?:nu\s+)?pijn)\b"
)
# Self-harm told as a habit or a punishment, not as an act under way: a few pills too many on purpose
# "not to die" ("ik neem soms expres een paar pillen te veel zodat ik me ziek voel, als straf", "took 6
# extra sleeping pills again on purpose, not to die, just to feel nothing"), hurting oneself until it
# bleeds or bruises and not being able to stop doing it ("ik krab mn armen open tot het bloedt en ik kan
# niet stoppen"), and hurting oneself whenever something happens ("i burn myself with a hot spoon when i
# cant breathe from stress"). Thoughts of suicide and self-harm (113 first, 112 named), unless it is told
# as happening now, with a lot of blood, a deep wound, many pills or a wish to die (eighteenth session,
# eight read "other crisis" misses of eight sets, as families).
_HARM_NOT_NOW = (
    r"^(?!.*\b(?:nu|now|right\s+now|op\s+dit\s+moment|net|zojuist|just\s+now|an?\s+hour|uur\s+geleden|112|ambulance|"
    r"bewusteloos|unconscious|duizelig|dizzy|flauw\w*|faint\w*|overgeven|throw\w*\s+up|vomit\w*|wil\s+(?:\S+\s+)?dood|"
    r"want\s+to\s+die|zelfmoord\w*|suicid\w*|afscheid|goodbye|\d{2,}|alle|all|strip|strips|doosje|hele|whole|"
    r"blijft\s+bloeden|stopt\s+(?:niet|nie)|keeps\s+bleeding|veel\s+bloed|zoveel\s+bloed|lot\s+of\s+blood|so\s+much\s+blood|"
    r"diep|deep|gehecht|hechten|stitches|ziekenhuis|hospital)\b)"
)
HARM_AS_HABIT = (
    _HARM_NOT_NOW
    + r"(?=.*\b(?:soms|vaak|vaker|elke\s+(?:week|dag|keer|avond)|iedere\s+(?:week|dag)|every\s+(?:week|day|time|night)|"
    r"again|weer|regelmatig|sometimes|often)\b)"
    r"(?=.*\b(?:expres|on\s+purpose|als\s+straf|straf|punish\w*|verdien\w*|deserve\w*|not\s+to\s+die|"
    r"niet\s+om\s+dood\s+te\s+gaan|feel\s+nothing|(?:niks|niets)\s+(?:meer\s+)?te\s+voelen|zodat\s+ik\s+me)\b)"
    r".*\b(?:pillen|pilletjes|pills?|tabletten|tablets|ibuprofen|paracetamol|slaappil\w*|sleeping\s+pills?|meds|medicijn\w*)\b"
)
# Twenty-first session, read misses of the twenty-third and twenty-fourth sets as families (optimistic there):
# too many pills on purpose, told with "not to die" or with what they are meant to do ("ik slik bewust meer
# pijnstillers dan mag, als straf", "took extra painkillers on purpose so i'd feel sick, i deserve it"), without a habit word: self-harm (113 first), unless told as happening now or with
# what makes it an act (`_HARM_NOT_NOW`).
HARM_PILLS_NOT_TO_DIE = (
    _HARM_NOT_NOW
    + r"(?=.*\b(?:expres|on\s+purpose|bewust|deliberately)\b)"
    r"(?=.*\b(?:niet\s+om\s+dood\s+te\s+gaan|not\s+to\s+die|not\s+trying\s+to\s+die|(?:om|to)\s+(?:het|it|pijn|pain)\s+"
    r"(?:te\s+)?(?:voelen|feel)|zodat\s+(?:ik\s+me|mn\s+\S+|mijn\s+\S+)|so\s+(?:that\s+)?(?:i|my)\b|verdien\w*|deserve\w*|"
    r"als\s+straf|punish\w*)\b)"
    r".*\b(?:pillen|pilletjes|pills?|tabletten|tablets|ibuprofen|paracetamol|painkillers?|pijnstillers?|slaappil\w*|"
    r"meds|medicijn\w*)\b"
)
# "Cat scratches" with no cat, or scratches blamed on a cat that the writer made ("cat scratches on my arm
# again lol, we dont have a cat", "mn ouders denken dat de krassen van de kat zijn, nope dat ben ik zelf"):
# the euphemism for self-harm by cutting (113 first).
CAT_SCRATCHES_WITHOUT_A_CAT = (
    r"\b(?:cat\s+scratch\w*|kattenkras\w*|kattekras\w*|krassen\s+van\s+(?:de|onze|mn|mijn)\s+kat|krabben\s+van\s+(?:de|onze)\s+kat|"
    r"scratches?\s+from\s+(?:the|a|my|our)\s+cat)\b"
    r"(?=.*\b(?:(?:no|geen|don'?t\s+have\s+a|dont\s+have\s+a|do\s+not\s+have\s+a|hebben\s+geen|heb\s+geen)\s+(?:\S+\s+)?(?:cat|kat)|"
    r"there\s+is\s+no\s+cat|not\s+from\s+a\s+cat|niet\s+van\s+(?:de|een)\s+kat|ben\s+ik\s+(?:het\s+)?zelf|"
    r"(?:was|is|did)\s+(?:it\s+)?(?:me|myself)|if\s+(?:you|u)\s+know\s+what\s+i\s+mean|nope|sus)\b)"
)
# A cut deeper than usual, or that may need stitches, hidden from the parents ("this cut is deeper than last
# time", "moet het gehecht? mijn vader mag niks weten"): self-harm (113 first) with care needed; still an
# act under way when it keeps bleeding (that concept comes first).
CUT_DEEPER_THAN_USUAL = (
    r"^(?!.*\b(?:blijft\s+(?:maar\s+)?bloeden|stopt\s+(?:niet|nie)|keeps\s+bleeding|won'?t\s+stop|veel\s+bloed|"
    r"so\s+much\s+blood|lots\s+of\s+blood|duizelig|dizzy|flauw\w*|faint\w*|slap)\b)"
    r"(?=.*\b(?:snee|sneetje|cut|wond|wondje|wound|krassen|kras)\b)"
    r".*\b(?:dieper\s+dan\s+(?:anders|normaal|vorige\s+keer|ooit)|deeper\s+than\s+(?:usual|normal|last\s+time|ever)|"
    r"(?:moet|moeten|needs?|need)\s+(?:\S+\s+){0,3}?(?:gehecht|hechten|stitches|stitched)\b(?=.*\b(?:ouders|parents|moeder|"
    r"mama|vader|papa|mom|mum|dad|niemand|nobody|no\s+one)\b\s*(?:\S+\s+){0,3}?(?:mag|mogen|can'?t|cannot|must\s+not|"
    r"niet|not|never|nooit)))"
)
# Marks on the body explained away with a cover story that is then taken back ("my coach asked about the
# bruises on my arms. i said football. it wasnt football", "ik zei dat de brandplekken van koken kwamen, het
# was niet van koken", "told my mom the cuts were from the cat. they werent"): self-harm told by what it was
# not (113 first). Twenty-second session, from read misses of the twenty-first and twenty-fourth sets, as a
# family; CAT_SCRATCHES_WITHOUT_A_CAT is the cat's own form.
_MARKS = (
    r"(?:blauwe\s+plekken|plekken|brandplek\w*|brandwond\w*|littekens?|wondjes|wonden|sneetjes|sneden|krassen|"
    r"strepen|bruises?|marks?|scars?|cuts|burns?|burn\s+marks?|scratches|wounds?|lines)"
)
MARKS_WITH_A_TAKEN_BACK_STORY = (
    r"^(?=.*\b(?:ik\s+zei|zei\s+ik|said|told\s+(?:him|her|them|my\s+\w+)|gezegd|verteld|zeg\s+ik|i\s+say)\b)"
    r"(?=.*\b(?:it\s+(?:was|is)\s+not|it\s+wasnt|they\s+(?:were\s+not|werent)|"
    r"het\s+was\s+(?:niet|nie|geen)|dat\s+was\s+(?:het\s+)?(?:niet|nie)|was\s+(?:het|t)\s+(?:niet|nie)|"
    r"wasnt\s+(?:the\s+|from\s+)?\w+|not\s+from\s+(?:the\s+)?\w+|"
    r"(?:maar|but)\s+(?:dat|that)\s+(?:is|was)\s+(?:niet|nie|not)\s+(?:zo|waar|true))\b)"
    rf".*\b{_MARKS}\b"
)
# Wound care for oneself in secret ("waar koop ik stiekem hechtstrips, ik ben 14", "a whole box of
# plasters hidden for my arms", "is betadine genoeg, ik wil niet dat de huisarts vraagt hoe het komt",
# "how do i get blood out of my shirt, my mom cant find out what i did to myself"): self-harm (113 first).
_WOUND_CARE = (
    r"(?:steri\s*-?\s*strips?|hechtstrips?|zwaluwstaartjes|pleisters?|plasters?|band\s*-?\s*aids?|verband\w*|"
    r"bandages?|gaasjes|gauze|betadine|jodium|iodine|ontsmet\w*|disinfect\w*|wondzalf|zalf|ointment|bloed\s+uit|"
    r"blood\s+out\s+of)"
)
WOUND_CARE_IN_SECRET = (
    r"^(?=.*\b(?:ongemerkt|stiekem|verstopt|verstop\w*|hidden|hide|hiding|secretly|without\s+(?:anyone|my\s+\w+|them)\s+"
    r"(?:knowing|noticing|seeing)|zonder\s+dat\s+(?:iemand|mn|mijn|ze)|(?:niemand|nobody|no\s+one)\s+(?:\S+\s+){0,2}?"
    r"(?:mag|mogen|ziet|merkt|weet|knows|sees|notices|can|may|must)|"
    r"(?:can\s+not|cannot|mag|mogen|must\s+not|mustnt)\s+(?:\S+\s+){0,2}?(?:find\s+out|know|weten|zien|see|merken)|"
    r"(?:wil|want)\s+(?:\S+\s+){0,2}?(?:niet|nie|not)\s+(?:\S+\s+){0,3}?(?:vraagt|vragen|ask|asks|asking)\s+"
    r"(?:\S+\s+){0,2}?(?:hoe|how|wat|what|waarom|why))\b)"
    r"(?=.*\b(?:arm\w*|pols\w*|benen|been|dij\w*|buik|wrists?|legs?|thighs?|stomach|hand|snee\w*|sneden|cuts?|wond\w*|"
    r"wounds?|krass\w*|scratch\w*|brand\w*|burn\w*|myself|mezelf|mijzelf|what\s+i\s+did|wat\s+ik\s+(?:heb\s+)?"
    r"gedaan|hoe\s+het\s+komt|how\s+it\s+happened|als\s+je\s+1[0-8]\s+bent|i\s+am\s+1[0-8]|im\s+1[0-8])\b)"
    rf".*\b{_WOUND_CARE}\b"
)
# Long sleeves or a hoodie in the heat so that no one sees ("ik draag hoodies in de zomer zodat niemand het
# ziet", "long sleeves in july so nobody sees my arms"): hiding self-harm (113 first).
SLEEVES_IN_THE_HEAT = (
    r"^(?=.*\b(?:hoodies?|hoodie\w*|lange\s+mouwen|long\s+sleeves?|truien|trui|sweaters?|vesten|vest|jackets?|jas)\b)"
    r"(?=.*\b(?:zomer|summer|warm|hot|heat|hitte|graden|degrees|juli|july|augustus|august|gym|pe)\b)"
    r".*\b(?:zodat|so\s+that|so)\s+(?:niemand|nobody|no\s+one|ze|they|(?:mn|mijn|my)\s+\w+)\s+(?:\S+\s+){0,3}?"
    r"(?:ziet|zien|sees|see|merkt|merken|notices?|vraagt|vragen|asks?)\b"
)
# Help for one's own cutting or scratching, asked about or advised ("mn vriendin zegt dat ik hulp moet zoeken
# voor het krassen maar ik durf niet", "how do i get help for my cutting", "wie helpt met mijn zelfbeschadiging"):
# self-harm (113 first). Not help for someone else's ("voor haar krassen", "for my friend's cutting").
HELP_FOR_MY_CUTTING = (
    r"\b(?:hulp|help|helpen|therapie|therapy|praten|talk|iemand)\b\s+(?:\S+\s+){0,4}?(?:voor|with|for|over|about|bij|met)\s+"
    r"(?:het|mijn|mn|m'n|my|the|me)\s+(?:\S+\s+)?(?:krassen|snijden|cutting|self\s*-?\s*harm\w*|zelfbeschadig\w*|sh|"
    r"branden|burning|scratching)\b"
    r"(?!\s+(?:van|of)\b)"
    r"(?=.*\b(?:ik|i|me|mij|my|mijn|mn)\b)"
    r"(?!.*\b(?:vriendin|vriend|friend|zus|broer|sister|brother|klasgenoot|classmate)\s+(?:\S+\s+){0,3}?"
    r"(?:krast|snijdt|cuts|self\s*-?\s*harms|doet\s+aan)\b)"
)
# "Voor mij hoeft het allemaal niet meer", "na morgen hoeft het voor mij niet meer": a Dutch way of saying one no
# longer wants to live (113 first). Not "je hoeft niet meer te antwoorden" or "het hoeft niet meer, ik heb
# het al" (no "voor mij", no day after which). Twenty-second session, from a read miss of the twenty-first
# set, as a family.
NO_LONGER_NEEDED_FOR_ME = (
    r"^(?!.*\b(?:opgelost|geregeld|gelukt|al\s+gedaan|heb\s+het\s+al|hoeft\s+(?:het\s+)?niet\s+meer\s+te\s+\w+)\b)"
    r"(?=.*\b(?:voor\s+mij|van\s+mij|voor\s+me|allemaal|na\s+(?:vandaag|morgen|vanavond|dit|deze\s+week)|"
    r"leven|eerlijk\s+gezegd|echt)\b)"
    r".*\b(?:(?:het|t|alles)\s+(?:\S+\s+){0,2}?hoeft|hoeft\s+(?:het|t|alles))\s+(?:\S+\s+){0,3}?niet\s+meer\b"
)
# One's things given to brothers, sisters or friends, all at once or without a reason they understand ("heb
# vandaag al mn spullen aan mn zusje gegeven, ze snapt niet waarom", "gave away my stuff to my friends today.
# they think im just cleaning", "mn spullen verdeeld zodat mn zusje ze krijgt"): a farewell told by its
# preparation (113 first). Not selling, a charity shop, moving, or clothes grown out of.
_MY_THINGS = (
    r"(?:al\s+)?(?:mijn|my|all\s+my|al\s+mijn)\s+(?:hele\s+)?(?:spullen|stuff|things|belongings|bezittingen|kleren|"
    r"clothes|hoodies|games|switch|ps\d|playstation|knuffels|sieraden|jewelry|kast)"
)
_GIVEN = (
    r"(?:weggegeven|weg\s+gegeven|gegeven|verdeeld|uitgedeeld|gave|given|giving|give|divided|handed\s+out|"
    r"geef|geven|verdeel)"
)
GIVING_MY_THINGS_AWAY = (
    r"^(?!.*\b(?:kringloop\w*|goede\s+doel|charity|marktplaats|vinted|verkocht|verkopen|sold|sell|selling|"
    r"verhuis\w*|moving|move\s+out|te\s+klein|outgrown|too\s+small|uitgegroeid|sinterklaas|kerst\w*|christmas|"
    r"verjaardag|birthday|cadeau\w*|present|gift)\b)"
    r"(?=.*\b(?:zusje|zus|broertje|broer|sister|brother|vrienden|vriendinnen|friends|vriend|vriendin|friend|"
    r"nichtje|neefje|cousin|iedereen|everyone)\b)"
    r"(?=.*\b(?:snapt|snappen|begrijpt|begrijpen|understand|weet\s+niet\s+waarom|weten\s+niet\s+waarom|waarom|why|"
    r"think\s+(?:im|i\s+am)\s+just|denken\s+dat\s+ik|denkt\s+dat\s+ik|zodat\s+(?:\S+\s+){0,3}?(?:ze|het|alles)\s+krijg\w*|"
    r"so\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:gets?|has|have)\s+(?:them|it)|vandaag|today|allemaal|alles|everything|"
    r"rustig|calm|peaceful|klaar|ready|lol|haha)\b)"
    rf".*(?:\b{_MY_THINGS}\b.{{0,50}}\b{_GIVEN}\b|\b{_GIVEN}\s+(?:away\s+)?(?:\S+\s+){{0,3}}?{_MY_THINGS}\b)"
)
# Consent never given, told about what happened ("i never agreed to what he did", "i didnt consent to that",
# "ik heb er nooit mee ingestemd", "ik heb nooit toestemming gegeven"): sexual violence (CSG first). Not terms,
# rules, a contract, a plan or a photo being posted (that is one's own images). Twenty-second session, from a
# read miss of the first set, as a family.
NEVER_AGREED = (
    r"^(?!.*\b(?:terms|voorwaarden|rules|regels|contract|plan|deal|prijs|price|cookies|app|foto\w*|photos?|pics?|"
    r"video\w*|post\w*|online|account|abonnement|subscription|groep|group|chat)\b)"
    r"(?=.*\b(?:hij|he|him|ze|they|them|zij)\b|.*\bit\b)"
    r".*\b(?:i|ik)\s+(?:have\s+|heb\s+)?(?:er\s+)?(?:never|nooit|didnt|did\s+not|niet|nie)\s+(?:er\s+)?(?:ever\s+)?"
    r"(?:agreed|consented|agree|consent|toestemming\s+gegeven|mee\s+ingestemd|ingestemd|ja\s+gezegd)\b"
    r"(?:\s+(?:to|with|op|tegen)\s+(?:any\s+of\s+)?(?:it|this|that|what|hem|him|dat|het))?"
)
# Washed or showered after it, asking whether the police or a test can still help ("can i still go to the
# police after a week? ive showered already", "ik heb me al gewassen, heeft aangifte nog zin"): sexual
# violence (CSG first: its acute help is for the first days).
SHOWERED_SINCE = (
    r"^(?!.*\b(?:training|sport|gym|voetbal|football|zwem\w*|swim\w*|hardlopen|run\w*|match|wedstrijd)\b)"
    r"(?=.*\b(?:politie|police|cops|aangifte|report\w*|bewijs|evidence|sporen|dna|onderzoek|test\w*|csg|dokter|"
    r"doctor|huisarts|ziekenhuis|hospital|zin|point|use)\b)"
    r".*(?:\b(?:al|already|daarna|after(?:wards)?|since)\s+(?:\S+\s+){0,2}?(?:gedoucht|douchen|showered|shower|gewassen|"
    r"washed|in\s+bad\s+geweest|bathed|kleren\s+gewassen|washed\s+my\s+clothes)\b|\b(?:showered|washed|bathed)\s+"
    r"(?:\S+\s+)?already\b)"
)
# Someone who "did something to me" with what makes it sexual: a changing room or a shower, filmed, feeling
# dirty, touched, not wanted ("a guy from my team did something to me in the locker room", "hij heeft iets met me
# gedaan in de kleedkamer en ik voel me vies"): sexual violence (CSG first). Twenty-second session, a read miss
# of the twenty-fifth set, as a family.
DID_SOMETHING_TO_ME = (
    r"^(?=.*\b(?:kleedkamer|locker\s*room|changing\s+room|douche\w*|shower\w*|gefilmd|filmed|vies|dirty|gross|"
    r"aangeraakt|touched|betast|niet\s+wilde|didnt\s+want|did\s+not\s+want|tegen\s+mijn\s+zin|against\s+my\s+will|"
    r"broek|pants|naakt|naked|lichaam|body)\b)"
    r".*\b(?:(?:did|done|does|doing)\s+(?:something|stuff|things)\s+(?:to|with)\s+me|(?:heeft|hebben|deed|deden|doet)\s+"
    r"(?:\S+\s+){0,2}?(?:iets|dingen|wat)\s+(?:met|bij)\s+(?:me|mij)\b(?:\s+gedaan)?)\b"
)
# Blame taken on oneself for what one did not want, with where or how it happened (drunk, went along to his
# room, a party, a car): sexual violence (CSG first). Twenty-third session, a read miss of an older set as a
# family. Not a want that is about going somewhere ("ik wilde niet naar huis"): the not-wanting ends a clause.
SELF_BLAME_NOT_WANTED = (
    r"^(?=.*\b(?:(?:mijn|mn|m'n|me|my|his|zijn|zn)\s+(?:eigen\s+|own\s+)?(?:schuld|fault)|(?:eigen|own)\s+(?:schuld|fault)|"
    r"(?:ik|i)\s+(?:ging|ben|was|went|came|kwam)\s+(?:toch\s+)?(?:zelf|myself|vrijwillig|willingly)\s+(?:mee|along|with)|"
    r"(?:te\s+veel|teveel|too\s+much)\s+(?:gedronken|op|drank|to\s+drink)|(?:te|too|zo|so)\s+(?:dronken|drunk)|"
    r"(?:ik\s+was|i\s+was|was\s+ik)\s+(?:\S+\s+)?(?:dronken|drunk|tipsy))\b)"
    r"(?=.*\b(?:kamer|room|bed|slaapkamer|bedroom|huis|house|place|feest\w*|party|auto|car|kleren|clothes|seks|sex|"
    r"gedronken|dronken|drunk|zoenen|kissing|kissed)\b)"
    r".*\b(?:(?:ik\s+)?(?:wilde|wou)\s+(?:het|dat|dit|dat\s+allemaal)?\s*(?:echt\s+|helemaal\s+|gewoon\s+|toch\s+)?"
    r"(?:niet|nie)|(?:i\s+)?(?:didn'?t|did\s+not|didnt)\s+(?:really\s+|even\s+)?want\s+(?:it|that|this|to|any\s+of\s+it)|"
    r"(?:ik\s+)?zei\s+(?:toch\s+|wel\s+)?(?:nee|stop)|(?:i\s+)?said\s+(?:no|stop))"
    r"(?=\s*(?:[.!?,;]|$)|\s+(?:maar|but|en|and|echt|really|at\s+all|helemaal|hoor|lol|toch)\b)"
)
# A knife and blood as emoji, with again or a count ("🩸🔪 weer, 2e keer vandaag"): self-harm (113 first).
EMOJI_BLADE_AGAIN = (
    r"(?:(?:🔪|🗡)\s*(?:🩸|bloed|blood)|(?:🩸|bloed|blood)\s*(?:🔪|🗡))"
    r"(?=.*\b(?:again|weer|opnieuw|\d+(?:st|nd|rd|th|e|de)\s+(?:time|keer)|this\s+week|deze\s+week|vandaag\s+weer|"
    r"relapse\w*|terugval)\b)"
)
HARM_UNTIL_IT_BLEEDS = (
    _HARM_NOT_NOW
    + r"(?!.*\b(?:mug\w*|mosquito\w*|eczeem|eczema|jeuk\w*|itch\w*|bult\w*|puistje\w*|pimple\w*|sport\w*|training|"
    r"voetbal\w*|gerend|running|ran|nagel\w*|nails?|lip|lippen|lips|velletje\w*|cuticle\w*|neus\w*|nose)\b)"
    r".*\b(?:ik|i|heb|have|had)\s+(?:\S+\s+){0,6}(?:tot|until|till)\s+(?:het|it|ie|mn\s+\S+|mijn\s+\S+|my\s+\S+)\s+"
    r"(?:bloedt|bleeds|bled|bloedde|blauw\s+(?:is|was|werd)|bruised|black\s+and\s+blue)\b"
)
HARM_WHEN_TRIGGERED = (
    _HARM_NOT_NOW
    + r".*\b(?:i|ik)\s+(?:\S+\s+){0,2}(?:burn|cut|hurt|scratch|hit|brand|snij|kras|sla|krab)\s+(?:myself|mezelf|mijzelf)\b"
    r".{0,80}\b(?:when|whenever|als|wanneer|zodra)\s+(?:i|ik)\b"
)
# Nineteenth session, read misses of the twenty-first set as families (optimistic there): hitting one's own
# body with a thing ("i hit my thighs with a hairbrush again", "ik heb mn arm met een liniaal
# geslagen", "ik sla mn bovenbenen met een riem"), or one's head against a wall on purpose ("i keep
# banging my head against the wall on purpose", "ik sla mn hoofd tegen de muur tot het pijn doet"):
# self-harm (113 first), not an act under way, unless told with what makes it one (`_HARM_NOT_NOW`).
_OWN_BODY = _alt("arm", "armen", "pols", "polsen", "been", "benen", "bovenbeen", "bovenbenen", "dij", "dijen", "buik",
                 "huid", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "handen", "hands", "hand",
                 "knokkels", "knuckles", "ribben", "ribs", "stomach", "belly", "borst", "chest", "rug", "back", "gezicht",
                 "face", "schenen", "shins")
HARM_WITH_A_THING = (
    _HARM_NOT_NOW
    + r"(?!.*\b(?:sport\w*|training|hockey\w*|voetbal\w*|football|soccer|tennis|per\s+ongeluk|by\s+accident|accident\w*|"
    r"ongeluk\w*|bal|ball|racket|stick|deur|door|kast|cupboard|tafel|table|mug\w*|mosquito\w*|vlieg\w*|fly|wesp\w*|wasp\w*)\b)"
    rf".*(?:\b(?:ik|i)\s+(?:\S+\s+){{0,3}}?(?:sla|sloeg|slaan|geslagen|hit|hitting|beat|beating|bash\w*|smack\w*|whack\w*)\s+"
    rf"(?:mezelf\s+|myself\s+)?(?:op\s+|on\s+)?(?:mijn|my)\s+{_OWN_BODY}\b.{{0,40}}\b(?:met|with)\s+(?:een|a|an|mijn|my|de|the)\s+\w+"
    rf"|\b(?:mijn|my)\s+{_OWN_BODY}\s+(?:\S+\s+){{0,2}}?(?:met|with)\s+(?:een|a|an|mijn|my|de|the)\s+\S+\s+(?:\S+\s+){{0,2}}?"
    r"(?:geslagen|gekrast|opengekrast|bewerkt|gestoken|geprikt|verbrand|gebrand))\b"
)
HEAD_AGAINST_THE_WALL = (
    r"\b(?:bonk\w*|bang\w*|bash\w*|hit|hitting|sla|slaan|sloeg|beuk\w*|ram\w*)\s+(?:\S+\s+)?(?:mijn|my)\s+"
    r"(?:hoofd|head|kop|vuist|fist|vuisten|fists|hand|handen|hands)\s+(?:\S+\s+)?(?:tegen|against|into|on)\s+"
    r"(?:de|the|een|a)\s+(?:muur|wall|deur|door|kast|radiator)\b"
    r"(?=.*\b(?:expres|on\s+purpose|straf|punish\w*|tot\s+(?:het\s+|ik\s+)?(?:bloedt|pijn|bloed)|until\s+it\s+(?:bleeds|hurts)|"
    r"till\s+it\s+(?:bleeds|hurts)|pijn\s+(?:\S+\s+)?voel\w*|feel\s+(?:the\s+)?pain|verdien\w*|deserve\w*)\b)"
)
# Twentieth session, read misses of the twenty-second set as families (optimistic there from now on).
# Wanting to be with someone who died ("sinds mn oma dood is wil ik gewoon bij haar zijn", "i just want to
# be with my dad again, he passed"), to go where they are now or after them ("hem achterna"); the one wished
# for is the one who died (a pronoun, or the same word), not a living parent; not a visit to the grave or being
# there when they died.
_DIED = (
    r"overleden|overleed|gestorven|stierf|doodgegaan|dood\s+gegaan|(?:is|zijn|was)\s+dood|dood\s+(?:is|was|zijn)|died|passed(?:\s+away)?|"
    r"(?:is|was)\s+dead|begrafenis|funeral|er\s+niet\s+meer\s+is|is\s+er\s+niet\s+meer|is\s+gone|isn'?t\s+here\s+anymore"
)
_KIN = (
    r"opa|oma|grandpa|grandma|granddad|grandad|grandmother|grandfather|papa|mama|vader|moeder|pa|ma|dad|mom|mum|"
    r"broer\w*|zus\w*|brother|sister|vriend|vriendin|friend|bff|neef|nicht|cousin|oom|tante|uncle|aunt|hond|kat|"
    r"dog|cat|paard|horse"
)
_WISH_TO = r"(?:wil|wou|wilde|zou\s+(?:\S+\s+)?willen|hoop|wens|verlang\w*|want|wanna|wish|need|long|would\s+(?:\S+\s+)?like)"
WITH_SOMEONE_WHO_DIED = (
    r"^(?!.*\b(?:graf|grave|kerkhof|begraafplaats|cemetery|crematorium|opgebaard|rouwkamer|herdenking\w*|memorial|"
    r"toen\s+(?:hij|ze|zij)\s+(?:overleed|stierf|dood\s+ging)|when\s+(?:he|she|they)\s+(?:died|passed)|"
    r"was\s+er\s+niet\s+bij|wasn'?t\s+there|troost\w*|comfort\w*|steun\w*|support\w*)\b)"
    rf"(?:(?=.*\b(?:{_DIED})\b).*(?:"
    rf"\b{_WISH_TO}\s+(?:\S+\s+){{0,5}}?(?:bij|naar)\s+(?:hem|haar|hen|hun)\s+(?:\S+\s+){{0,2}}?(?:zijn|gaan|toe|komen)\b"
    r"|\bbij\s+(?:hem|haar|hen|hun)\s+(?:wil|wou|wilde|zou\s+willen)\s+(?:\S+\s+)?(?:zijn|gaan)\b"
    r"|\b(?:hem|haar|hen)\s+(?:\S+\s+)?achterna\b"
    rf"|\b{_WISH_TO}\s+(?:\S+\s+){{0,3}}?(?:to\s+)?(?:be\s+with|join|go\s+to|follow)\s+(?:him|her|them)\b"
    r"|\b(?:wil|wou|want|wanna)\s+(?:\S+\s+){0,3}?(?:naar\s+)?(?:waar|where)\s+(?:hij|zij|ze|he|she|they)\s+(?:nu\s+)?"
    r"(?:is|are)(?:\s+now)?\b"
    r")"
    # The same word for the one who died and the one wished for: "mn opa is overleden ... bij mn opa zijn".
    rf"|(?=.*\b({_KIN})\s+(?:\S+\s+){{0,5}}?(?:{_DIED})\b).*\b{_WISH_TO}\s+(?:\S+\s+){{0,3}}?(?:bij|naar|with|join)\s+"
    r"(?:mijn|mn|my|haar|zijn|his|her)\s+\1\b"
    # Heaven named, then a wish to go there ("hij is in de hemel en ik wil daar ook heen", "she's in heaven, i
    # wanna go there too"); not "later" or "when i'm old".
    r"|(?=.*\b(?:hemel|heaven|daarboven|up\s+there)\b)(?!.*\b(?:later|ooit|someday|one\s+day|oud|old)\b)"
    rf".*\b{_WISH_TO}\s+(?:\S+\s+){{0,3}}?(?:(?:daar|there)\s+(?:ook\s+|too\s+|also\s+)?(?:heen|naartoe|naar\s+toe|zijn|be)|"
    r"(?:to\s+)?go\s+there\s+(?:too|also))\b"
    rf"|.*\b{_WISH_TO}\s+(?:\S+\s+){{0,4}}?(?:bij|naar|with|join|to)\s+(?:\S+\s+){{0,2}}?(?:in\s+de\s+hemel|daarboven|"
    r"in\s+heaven|up\s+there|in\s+the\s+sky)\b)"
)
# Nowhere to go any more, told like a last day ("heb iedereen nog geknuffeld, morgen hoef ik nergens meer heen",
# "after today i won't need to go anywhere ever again"); not a holiday, a diploma, a job ending or a weekend.
NOWHERE_TO_GO_ANYMORE = (
    r"^(?!.*\b(?:vakantie\w*|holiday\w*|vacation|zomer\w*|summer|geslaagd|graduated|diploma\w*|examens?\s+(?:zijn\s+)?"
    r"(?:klaar|voorbij|gehaald)|exams?\s+(?:are\s+)?(?:done|over)|vrij|free|weekend|ziek|sick|ontslagen|fired|stage|"
    r"internship|baan|job|bijbaan|quarantaine|quarantine|lockdown|thuiswerk\w*|online\s+les\w*|verhui[sz]\w*|moving|"
    r"pensioen|retire\w*|corona|covid|geschorst|suspended)\b)"
    r".*\b(?:hoef\w*|moet|need|have)\s+(?:\S+\s+){0,3}?(?:nergens\s+meer\s+heen|nooit\s+meer\s+ergens\s+heen|"
    r"to\s+go\s+anywhere\s+(?:ever\s+)?again|to\s+go\s+anywhere\s+anymore)\b"
    r"|\b(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:\S+\s+)?(?:need|have)\s+to\s+go\s+anywhere\s+(?:ever\s+again|anymore)\b"
)
_LETTERS = r"(?:brief|brieven|briefjes|afscheidsbrie\w*|letters?|notes?|berichten|berichtjes|messages|videos?|filmpjes)"
_WRITTEN = r"(?:schrijf|schreef|geschreven|write|wrote|written|writing|gemaakt|made|opgenomen|recorded|klaar|ready)"
# Letters or messages one wrote for when it is time ("heb brieven geschreven voor als het zover is", "wrote
# notes for everyone for when im gone"); not a letter for a birthday, a wedding or someone else's illness.
# A countdown with freedom or an end after it ("countdown: 2 days left. then i'm free", "nog 3 nachten en dan is het
# voorbij"); not a camp, a holiday, exams or a birthday.
COUNTDOWN_TO_AN_END = (
    r"^(?!.*\b(?:kamp|camp|vakantie\w*|holiday\w*|vacation|school\w*|examen\w*|exams?|toets\w*|tests?|zomer\w*|summer|"
    r"kerst\w*|christmas|verjaardag|birthday|jarig|festival|concert|reis|trip|vlucht|flight|weekend|vrijdag|friday|"
    r"diploma|geslaagd|stage|internship|werk|job|shift|dienst|straf|grounded|huisarrest|gips|cast|beugel|braces|"
    r"ramadan|vasten|fasting|detox|dieet|diet|lockdown|quarantaine|quarantine)\b)"
    r"(?=.*\b(?:countdown|aftellen|nog\s+\d+\s+(?:dagen|nachten|uur|weken)|\d+\s+(?:days?|nights?|hours?|weeks?)\s+"
    r"(?:left|to\s+go)|over\s+\d+\s+dagen|in\s+\d+\s+days)\b)"
    r".*\b(?:(?:then|dan)\s+(?:i'?m|i\s+am|ben\s+ik|is\s+het)\s+(?:eindelijk\s+|finally\s+)?(?:free|vrij|verlost|weg|gone|"
    r"voorbij|over|klaar|done|at\s+peace|in\s+rust)|(?:then|dan)\s+(?:it'?s|it\s+is)\s+(?:finally\s+)?(?:over|done))\b"
)
LETTERS_FOR_WHEN_ITS_TIME = (
    r"^(?!.*\b(?:verjaardag\w*|birthday|bruiloft|wedding|diploma\w*|geboorte|birth|baby|zwanger\w*|pregnan\w*|"
    r"opa|oma|grandpa|grandma|ziek\w*|sick|kanker|cancer|hospice|sollicit\w*|job|baan|schoolreis|kamp|camp|"
    r"uitwisseling|exchange|verhui[sz]\w*|moving|tijdcapsule|time\s+capsule)\b)"
    rf"(?=.*\b(?:{_LETTERS}\s+(?:\S+\s+){{0,3}}?{_WRITTEN}|{_WRITTEN}\s+(?:\S+\s+){{0,4}}?{_LETTERS})\b)"
    r".*\b(?:voor\s+als\s+(?:het\s+zover\s+is|ik\s+er\s+niet\s+meer\s+ben|ik\s+weg\s+ben|ik\s+dood\s+ben)|"
    r"for\s+when\s+(?:it'?s\s+time|its\s+time|it\s+is\s+time|the\s+time\s+comes|i'?m\s+gone|im\s+gone|i\s+am\s+gone|i'?m\s+not\s+here|"
    r"i\s+am\s+not\s+here|i'?m\s+dead|i\s+am\s+dead)|for\s+after\s+(?:i'?m|im|i\s+am)\s+gone)\b"
)
# Nearly did it, and still want to ("gisteravond had ik het bijna gedaan en nu wil ik het nog steeds", "last night
# i almost did it and today i still want to"): the wish is still there; not homework, a test or a jump in sport.
ALMOST_DID_IT_STILL_WANT = (
    r"^(?!.*\b(?:huiswerk|homework|toets|test|exam\w*|opdracht|assignment|sport\w*|trampoline|bungee|parachute\w*|"
    r"skydiv\w*|tattoo\w*|piercing\w*|haar|hair|date|kus\w*|kiss\w*|seks|sex|vape\w*|roken|smok\w*|solliciteer\w*|"
    r"apply|applied|auditie|audition|uitmaken|break\s+up|broke\s+up|zeggen|tell|told|vragen|ask\w*)\b)"
    r".*\b(?:bijna|almost|nearly|was\s+close\s+to)\s+(?:\S+\s+){0,2}?(?:gedaan|deed|doen|did|done|do\s+it|went\s+through)\b"
    r".{0,60}(?:\b(?:nog\s+steeds|nog\s+altijd|still|again|weer|opnieuw)\b(?:\s+\S+){0,3}?\s+(?:wil|wilt|want|wanna|"
    r"zin|feel\s+like|denk|think)\b|\b(?:wil|wilt|want|wanna)\s+(?:\S+\s+){0,2}?(?:nog\s+steeds|nog\s+altijd|still|"
    r"weer|again|opnieuw)\b)"
)
# Twenty-third session, read misses of the twenty-sixth set as families (optimistic there). Not being there any more
# after a named day, also with a shrug ("lol boeie, ik ben er na vrijdag toch niet meer", "after friday im not
# here anyway", "vanaf maandag ben ik er niet meer"): a date chosen; not a move, a holiday, a trip or a new school.
_DAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|morgen|tomorrow|vandaag|today|vanavond|tonight|dit\s+weekend|this\s+weekend|het\s+weekend|"
    r"the\s+weekend|deze\s+week|this\s+week|mijn\s+verjaardag|my\s+birthday|\d{1,2}\s+\w+)"
)
NOT_THERE_AFTER_A_DAY = (
    r"^(?!.*\b(?:verhui[sz]\w*|moving|move|moved|vakantie|holiday|vacation|reis|trip|kamp|camp|uitwisseling|exchange|"
    r"emigr\w*|nieuwe\s+school|new\s+school|stage|internship|logeren|sleepover|weg\s+voor|away\s+for|ziekenhuis|"
    r"hospital|opname|oma|opa|grandma|grandpa|werk|work|baan|job|app|groep\w*|group|chat|server|account|"
    r"logeer\w*|naar\s+(?:mijn|mn|m'n)\s+\w+|to\s+my\s+\w+|weekend\s+weg|away)\b)"
    rf".*(?:\b(?:ik\s+ben|ben\s+ik)\s+er\s+(?:\S+\s+){{0,2}}?(?:na|after|vanaf|from)\s+{_DAY}\s+(?:\S+\s+)?(?:toch\s+)?"
    r"(?:niet|nie)\s+meer\b"
    rf"|\b(?:na|vanaf)\s+{_DAY}\s+(?:ben\s+ik|is\s+het)\s+(?:er\s+)?(?:toch\s+)?(?:niet|nie)\s+meer\b"
    rf"|\b(?:after|from)\s+{_DAY}\s+(?:i'?m|im|i\s+am|i\s+will\s+be|i'?ll\s+be)\s+(?:not\s+here|gone|not\s+around)\b"
    rf"|\b(?:i'?m|im|i\s+am|i\s+won'?t\s+be|i\s+wont\s+be)\s+(?:not\s+)?(?:here|around|gone)\s+(?:anymore\s+)?"
    rf"(?:after|from)\s+{_DAY}\b)"
)
# Hugging or saying goodbye to family "for the last time", with no death, illness or move that explains it ("heb ze
# net heel lang geknuffeld, de laatste keer dus", "gave my mom one last hug"): a farewell of one's own.
LAST_TIME_WITH_THEM = (
    r"^(?!.*\b(?:overleden|overleed|overlijd\w*|stierf|gestorven|sterft|died|dies|dying|dead|dood|passed|begrafenis|"
    r"funeral|ziekenhuis|hospital|ziek|sick|"
    r"kanker|cancer|verhui[sz]\w*|moving|move|moved|emigr\w*|vakantie|holiday|vacation|kamp|camp|uitwisseling|"
    r"exchange|stage|afscheid\w*|groep\s*8|school|klas|class|laatste\s+keer\s+dat|last\s+time\s+(?:i|we|that)|"
    r"voor\s+het\s+laatst\s+(?:gezien|saw)\s+(?:op|in|at|on)|lol|haha\w*)\b)"
    r".*(?:\b(?:geknuffeld|knuffel\w*|hugged|hug\w*|gezoend|kissed|gedag\s+gezegd|said\s+(?:bye|goodbye))\b.{0,60}"
    r"\b(?:de\s+laatste\s+keer|voor\s+het\s+laatst|one\s+last\s+time|for\s+the\s+last\s+time|the\s+last\s+time)\b"
    r"|\b(?:de\s+laatste\s+keer|voor\s+het\s+laatst|one\s+last\s+time|for\s+the\s+last\s+time)\b.{0,40}"
    r"\b(?:geknuffeld|knuffel\w*|hugged|hug\w*|gedag\s+gezegd|said\s+(?:bye|goodbye))\b"
    r"|\bone\s+last\s+hug\b)"
)
SUICIDAL: Sequence[str] = (
    NOT_THERE_AFTER_A_DAY,
    LAST_TIME_WITH_THEM,
    HARM_PILLS_NOT_TO_DIE,
    CAT_SCRATCHES_WITHOUT_A_CAT,
    CUT_DEEPER_THAN_USUAL,
    EMOJI_BLADE_AGAIN,
    MARKS_WITH_A_TAKEN_BACK_STORY,
    WOUND_CARE_IN_SECRET,
    SLEEVES_IN_THE_HEAT,
    HELP_FOR_MY_CUTTING,
    NO_LONGER_NEEDED_FOR_ME,
    GIVING_MY_THINGS_AWAY,
    NOWHERE_TO_GO_ANYMORE,
    LETTERS_FOR_WHEN_ITS_TIME,
    COUNTDOWN_TO_AN_END,
    ALMOST_DID_IT_STILL_WANT,
    HARM_AS_HABIT,
    HARM_UNTIL_IT_BLEEDS,
    HARM_WHEN_TRIGGERED,
    HARM_WITH_A_THING,
    HEAD_AGAINST_THE_WALL,
    # The plain wish, also with "plegen" (which alone names a topic: "hoeveel mensen plegen
    # zelfmoord"): "ik wil echt zelfmoord plegen", "i want to commit suicide", "ik dacht weer aan zelfmoord".
    r"\b(?:ik|i|im|i\s+am)\s+(?:\S+\s+){0,2}(?:wil|ga|wou|denk\s+aan|dacht\s+aan|want\s+to|wanna|am\s+going\s+to|gonna|"
    r"think\s+about|thinking\s+about|plan\s+to)\s+(?:\S+\s+){0,2}(?:zelfmoord|suicide|zelfdoding)\b",
    # Sorry to exist, why still alive: "sorry dat ik überhaupt besta", "waarom leef ik eigenlijk nog", "why am i still alive".
    r"\bsorry\s+(?:dat\s+ik\s+(?:besta|leef|er\s+ben)|for\s+existing|i\s+exist|that\s+i\s+exist)\b"
    r"|\bwaarom\s+(?:leef|besta)\s+ik\s+(?:nog|eigenlijk|uberhaupt|überhaupt)\b"
    r"|\bwhy\s+(?:am\s+i\s+still\s+(?:alive|here)|do\s+i\s+(?:even\s+)?exist)\b",
    # Looking up how: "zat te googlen naar manieren om het te doen", "heb gezocht hoe je t kan doen,
    # zonder pijn", "lig te bedenken hoe ik dood kan gaan"; not homework or a game.
    r"^(?!.*\b(?:school|huiswerk|wiskunde|opdracht|toets|game|level|recept|homework|assignment|exam|"
    r"werkstuk|project|spreekbeurt|biologie|biology|bio|scheikunde|chemistry|les|lesson|cafeine|caffeine)\b).*"
    + either(
        _alt("googlen", "googelen", "gegoogled", "gegoogeld", "zoeken", "zoek", "gezocht", "researchen", "opzoeken",
             "opgezocht", "bedenken", "bedenk", "searching", "searched", "googling", "googled", "looking up",
             "looked up", "researching", "googlet", "googelt", "zoekt", "searches", "googles", "zoekgeschiedenis",
             "search history", "geschiedenis"),
        _alt("manieren om het te doen", "hoe je het kan doen", "hoe je t kan doen", "hoe je het doet",
             "hoe ik het moet doen", "hoe ik het kan doen", "hoe ik t moet doen", "how to do it", "ways to do it",
             "hoe je het moet doen", "hoe je het doet", "hoe je het kan doen",
             "zonder pijn", "painless", "pijnloos", "hoe ik dood", "how to die", "how to end it",
             "hoe je dood", "hoe ik er een eind aan", "over ophangen", "jezelf ophangen", "jezelf ophangt",
             "zichzelf ophangen", "mezelf ophangen", "hang myself", "hang yourself", "hanging yourself",
             "hanging myself", "how to hang", "overdosis", "overdose", "dodelijke dosis", "lethal dose"),
        6,
    ),
    # Farewell signals: "laatste berichten zijn verstuurd", "heb net
    # iedereen gedag gezegd", "als er iets met me gebeurt, zorg jij voor mn kat".
    r"\blaatste\s+berichten\s+(?:zijn\s+)?(?:verstuurd|verzonden|gestuurd)\b|\b(?:sent|send)\s+(?:my\s+)?(?:last|final)"
    r"\s+messages\b",
    r"^(?!.*\b(?:verhuis\w*|moving|vakantie|holiday|vacation|school|feest|party|klas)\b).*"
    r"\b(?:iedereen|everyone|everybody)\s+(?:\S+\s+)?(?:gedag|vaarwel|goodbye|bye)\s+(?:gezegd|said|zeggen)\b",
    r"^(?=.*\b(?:zorg\w*|care|kat|hond|cat|dog|spullen|stuff|brief|letter)\b)"
    r".*\b(?:als|if)\s+(?:er\s+)?(?:iets|ies|wat|anything|something)\s+(?:met\s+(?:me|mij)\s+gebeurt|"
    r"happens\s+to\s+me|were\s+to\s+happen\s+to\s+me)\b",
    # Self-punishment: "nieuwe wondjes, voelt verdiend", "eet niks omdat ik het niet verdien",
    # "liever krassen dan huilen", a lighter on the skin.
    rf"\b{_DESERVE}\b[^.?!]{{0,60}}\b{_WOUNDS}\b|\b{_WOUNDS}\b[^.?!]{{0,60}}\b{_DESERVE}\b",
    r"\b(?:niet|nie|geen|don'?t|do\s+not)\s+(?:\S+\s+)?(?:verdien|deserve)\s+(?:\S+\s+){0,2}(?:eten|food|to\s+eat|"
    r"te\s+leven|to\s+live|hier|here|to\s+be\s+here)\b|\b(?:eet|eat|eten)\b.*\b(?:omdat|because)\s+(?:ik|i)\s+"
    r"(?:het\s+|it\s+)?(?:niet|nie|don'?t|do\s+not)\s+(?:verdien|deserve)\b",
    r"\bliever\s+(?:krassen|snijden|cutten|pijn)\s+dan\b|\brather\s+(?:cut|hurt\s+myself)\s+than\b",
    either(_alt("aansteker", "lighter", "sigaret", "cigarette"), _alt("op mijn huid", "op mn huid", "on my skin",
           "op mijn arm", "on my arm", "op mijn been", "mezelf", "myself"), 4),
    # "Dan stap ik eruit", "uit het leven stappen": ending one's life, not leaving a group chat,
    # a bus or a team.
    r"^(?!.*\b(?:groep\w*|group|app|apps|chat|bus|trein|tram|metro|auto|car|team|club|relatie|game|spel|"
    r"discussie|gesprek|vereniging|abonnement)\b).*\b(?:stap\s+ik\s+(?:er\s*uit|d'?r\s*uit|eruit)|"
    r"ik\s+stap\s+(?:gewoon\s+|maar\s+|echt\s+)?(?:er\s*uit|eruit)|ik\s+stap\s+er\s+(?:gewoon\s+|maar\s+|echt\s+)?uit)\b",
    r"\buit\s+het\s+leven\s+(?:stappen|stap|te\s+stappen|gaan)\b",
    # A farewell: "tell my mom it's not her fault", "zeg tegen mn ma dat het niet haar schuld was",
    # "if i'm gone tomorrow", "ik weet niet hoe lang ik hier nog ben".
    r"\b(?:zeg|tell|vertel|say)\s+(?:\S+\s+){0,6}(?:niet|not|never)\s+(?:haar|zijn|hun|her|his|their)"
    r"\s+(?:schuld|fault)\b",
    r"\bif\s+i\s+(?:am|m)\s+(?:not\s+here|gone|dead|no\s+longer\s+here|not\s+around)\s+(?:\S+\s+){0,2}?"
    r"(?:tomorrow|tonight|soon|anymore|next\s+week|by\s+then)\b",
    r"\b(?:hoe\s+lang|how\s+long)\s+(?:ik|i)\s+(?:hier\s+|er\s+)?nog\s+(?:ben|leef|zal\s+zijn)\b"
    r"|\bhow\s+long\s+i\s+(?:will|ll|am\s+going\s+to|am\s+gonna)\s+(?:still\s+)?be\s+(?:here|around|alive)\b",
    # "Ik wil zo graag cutten", "wanna cut again": self-harm in chat slang, not hair or paper.
    rf"^(?!.*\b(?:haar|hair|pony|nagels|nails|papier\w*|paper|stof|fabric|groente\w*|uien|onions?|video\w*|"
    rf"clip\w*|film\w*|filmpje\w*|edit\w*|class|school|les|ties|tie|someone|iemand|hem|him|haar|her|them)\b)"
    rf".*\b{WANT}\s+(?:\S+\s+){{0,3}}(?:cutten|to\s+cut|cut\s+again|cutting\s+again|weer\s+cutten)\b",
    SUICIDE_WORD,
    # A plan said in passing: "volgende week ben ik er toch niet meer, ik weet al hoe", "by friday im
    # not here anymore"; not a holiday, a move or a day off school.
    r"^(?!.*\b(?:vakantie|holiday|vacation|verhuis\w*|moving|move|op\s+kamp|camp|ziek|sick|vrij|day\s+off|"
    r"logeren|uitwisseling|exchange|weekend\s+weg|stage|opa|oma|grandma|grandpa)\b)"
    r".*\b(?:volgende\s+week|morgen|overmorgen|straks|binnenkort|vrijdag|zaterdag|zondag|dit\s+weekend|next\s+week|"
    r"tomorrow|soon|by\s+friday|this\s+weekend)\s+(?:ben\s+ik|zijn\s+we|i\s+am|im|i'?ll\s+be)\s+(?:er\s+)?"
    r"(?:toch\s+|gewoon\s+|al\s+)?(?:niet\s+meer|er\s+niet\s+meer|not\s+here\s+anymore|gone|no\s+longer\s+here)\b",
    r"^(?=.*\b(?:niet\s+meer|dood|zelfmoord\w*|suicid\w*|einde|end\s+it|er\s+niet|not\s+here|gone|toch\s+niet)\b)"
    r".*\b(?:ik|i)\s+(?:weet|know)\s+(?:al|allang|precies|already|exactly)\s+(?:hoe|how)\b"
    r"(?!\s+(?:het\s+)?(?:moet|werkt|je|you|to)\b)",
    r"^(?=.*\b(?:zitten|ziet\s+het\s+niet|dood|zelfmoord\w*|suicid\w*|einde|end\s+it|leven|life|not\s+worth)\b)"
    r".*\b(?:hij|zij|ze|he|she)\s+(?:\S+\s+)?(?:weet|knows)\s+(?:al\s+|already\s+|precies\s+|exactly\s+)?"
    r"(?:hoe|how)\s+(?:hij|zij|ze|he|she)\s+(?:het|it)\s+(?:gaat|going\s+to|gonna|will)\s+(?:doen|do)\b",
    near(ME, near(WANT, DEATH, 2), 2),
    # The Dutch word order after a word in front ("eigenlijk wil ik dood", "soms wil ik gewoon sterven",
    # "nu wil ik echt dood"; fourteenth session, from a read miss of the fifteenth set, as a family).
    r"\b(?:wil|wou|wilde|zou)\s+ik\s+(?:\S+\s+){0,2}(?:dood|doodgaan|sterven|overlijden)\b(?!\s+(?:van|als|zijn\s+van))",
    r"\b(?:want|wanted|wish|ready|rather|going|deserve)\s+(?:\S+\s+)?to\s+die\b|\bwant\s+to\s+die\b",
    r"\b(?:was|had|wish|wished)\s+(?:ik|i)\s+(?:maar\s+)?(?:dood|nooit\s+geboren|er\s+niet|dead|never\s+born)",
    rf"\bniet\s+meer{_gap(2)}(?:leven|bestaan|wakker|hier\s+zijn|ademen)\b",
    r"\bniet\s+meer\s+(?:willen\s+)?(?:leven|bestaan|zijn|wakker)\b",
    r"\bgeen\s+(?:zin|reden|puf)\s+(?:meer\s+)?(?:om\s+)?(?:in\s+)?(?:te\s+)?(?:leven|bestaan|het\s+leven)\b",
    r"\bklaar\s+met\s+(?:het\s+)?(?:leven|alles|bestaan)\b",
    # Preparations told as done: a list of who gets what ("heb een lijstje gemaakt wie wat krijgt"), or a last
    # day with everything arranged ("my last day is friday, alles is al geregeld"); read misses of the
    # twenty-first set (optimistic there), as a family.
    r"(?=.*\b(?:lijst\w*|list|opgeschreven|geschreven|written|wrote|briefje|note)\b)"
    r".*\b(?:wie\s+wat\s+krijgt|wie\s+wat\s+mag\s+hebben|wie\s+mijn\s+\S+\s+krijgt|who\s+gets\s+what|who\s+gets\s+my)\b",
    r"\b(?:mijn|my)\s+(?:laatste|last)\s+(?:dag|day)\s+(?:is|wordt|will\s+be)\b(?=.*\b(?:alles|everything)\s+(?:is\s+)?"
    r"(?:al\s+|already\s+)?(?:geregeld|arranged|sorted|planned|ready|klaar)\b)",
    # Done, "not with school, with everything" ("ik ben er klaar mee. echt klaar. niet met school, met
    # alles", "im done. not with school. with everything"), and away from this world, not on a holiday
    # ("ik wil gewoon weg van deze wereld", "i want to leave this world"); eighteenth session, read misses
    # of the eighteenth and nineteenth sets, as a family.
    r"\bklaar\s+(?:mee|ermee)\b.{0,60}\bmet\s+alles\b|\bniet\s+(?:alleen\s+)?met\s+(?:\S+\s+){1,2}(?:maar\s+)?met\s+alles\b"
    r"|\bdone\b.{0,60}\bnot\s+(?:just\s+)?with\s+(?:\S+\s+){1,2}(?:but\s+)?with\s+(?:everything|life|it\s+all)\b",
    r"\b(?:weg|vertrekken|verdwijnen|eruit|af)\s+(?:\S+\s+){0,2}(?:van|uit)\s+(?:deze|dit)\s+(?:wereld|aarde|planeet|leven)\b"
    r"|\bvan\s+(?:deze|dit)\s+(?:wereld|aarde|planeet)\s+af\b"
    r"|\b(?:leave|leaving|gone\s+from|get\s+off|be\s+off|disappear\s+from)\s+(?:this|the)\s+(?:world|planet|earth)\b(?!\s+(?:behind|for\s+a))",
    r"\b(?:do\s+not|never)\s+(?:want\s+to\s+)?(?:live|exist|be\s+alive|be\s+here|wake\s+up)\b",
    r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on|life)\b",
    r"\b(?:done|finished)\s+with\s+(?:life|living|everything)\b",
    r"\b(?:nooit|never)\s+(?:meer\s+)?(?:wakker|wake\s+up)\b",
    r"\ber\s+niet\s+meer\s+(?:willen\s+|wil\s+)?(?:zijn|wezen)\b",
    r"\bik\s+(?:wil|kan)\s+(?:echt\s+|gewoon\s+)?niet\s+meer\s*(?:[.!,]|$)",
    rf"\b(?:eind|einde|punt)\s+(?:aan|achter){_gap(2)}(?:maken|zetten|leven|alles)\b",
    r"\b(?:eind|einde|punt)\s+(?:aan|achter)\s+(?:maken|zetten)\b",
    r"\ber\s+(?:\S+\s+){0,2}een\s+(?:eind|einde|punt)\s+(?:aan|achter)\b",
    r"\bend(?:ing)?\s+(?:it|it\s+all|my\s+life|everything|things|my\s+self|myself)\b",
    r"\btake\s+my\s+(?:own\s+)?life\b",
    r"\bkill\s+my\s*self\b",
    r"\bhang\s+myself\b",
    r"\bmezelf\s+(?:\S+\s+){0,2}(?:doden|vermoorden|ophangen|doodmaken|van\s+kant|van\s+het\s+leven|om\s+het\s+leven)",
    r"\b(?:me|mij)\s+(?:\S+\s+){0,2}van\s+kant\s+maken\b",
    r"\bmijn\s+leven\s+(?:beeindigen|stoppen|nemen)\b",
    rf"{either(_alt('iedereen', 'everyone', 'everybody', 'mijn ouders', 'my parents', 'my family', 'mijn familie', 'de wereld', 'the world', 'ze', 'they'), _alt('beter af', 'better off', 'gelukkiger', 'happier', 'opgelucht'), 4)}",
    r"\b(?:leven|life|het\s+leven)\s+(?:\S+\s+){0,1}(?:hoeft|hoef)\s+(?:\S+\s+){0,3}niet\s+meer\b",
    rf"{either(_alt('verdwijnen', 'disappear', 'weg zijn', 'gone', 'weg', 'slapen', 'sleep', 'sleeping', 'stopt', 'stoppen', 'ophoudt', 'ophouden', 'stop', 'over'), _alt('voor altijd', 'forever', 'for good', 'voorgoed', 'for ever', 'en nooit meer'), 3)}",
    r"\bafscheids?brie(?:f|ven)\b|\b(?:goodbye|suicide|farewell)\s+(?:letter|note)s?\b",
    # Eighth session (fifth development set): a threat to oneself if something happens ("if he sends
    # that video to my class i will jump, i swear", "als hij het doorstuurt spring ik"); not jumping
    # for joy, into a pool or onto a trampoline.
    # "If I hear that song one more time" is exasperation; on a platform, a roof or a bridge it may be
    # an act under way, which the other signals decide.
    r"^(?!.*\b(?:nog\s+(?:1|een|één)\s*(?:keer|x)|one\s+more\s+time|1\s+more\s+time|perron|platform|spoor|rails|tracks|"
    r"dak|roof|brug|bridge|rand|ledge|balkon|balcony)\b)"
    r"(?=.*\b(?:als|if|when|zodra|wanneer)\b).*(?:\bi\s+(?:will|'?ll|gonna|am\s+gonna|am\s+going\s+to)\s+"
    r"(?:jump|kill\s+myself|end\s+it|end\s+my\s+life)|\b(?:spring|jump)\s+ik\b|\bik\s+spring\b|"
    r"\b(?:maak|pleeg)\s+ik\s+(?:er\s+)?(?:een\s+eind|zelfmoord))"
    r"(?!\s+(?:in|into|around|rond|op\s+en\s+neer|up|een\s+gat|of\s+joy|for\s+joy|van\s+blijdschap|uit\s+(?:mn|mijn)\s+vel|"
    r"onder\s+de\s+douche|in\s+de\s+auto|on\s+the|op\s+de\s+trampoline|in\s+het\s+water|in\s+the\s+water|"
    r"in\s+de\s+zee|in\s+het\s+zwembad|in\s+the\s+pool|off\s+the\s+diving|van\s+de\s+duikplank))",
    # Fifteenth session (read misses of the fifth set, as a family): the same threat with a high place
    # to go off ("als mn ouders het zien ga ik van het dak af", "if he posts it i'm jumping off the
    # building"), when the writer is not there now (then the act signals decide), and "dan liever dood".
    r"^(?!.*\b(?:sta|zit|staan|zitten|standing|sitting|i'?m\s+on|i\s+am\s+on|i'?m\s+at|nu\s+op|now\s+on)\b)"
    r"(?=.*\b(?:als|if|zodra|wanneer|when)\b).*(?:\b(?:ga|spring)\s+ik\s+(?:\S+\s+){0,2}van\s+|\bik\s+(?:ga|spring)\s+"
    r"(?:\S+\s+){0,2}van\s+)(?:de|het|die|een|dat|onze|ons)\s+(?:\S+\s+)?(?:flat|dak|brug|balkon|toren|parkeergarage|"
    r"viaduct|gebouw)\b(?:\s+af)?|(?=.*\b(?:als|if|when)\b).*\bi\s*(?:'?m|am|will|'?ll|gonna|am\s+gonna)\s+"
    r"(?:jumping|jump)\s+off\s+(?:the|a|this|our)\s+(?:\S+\s+)?(?:building|roof|bridge|balcony|tower|flat|cliff)\b",
    r"^(?!.*(?:haha|lol|\bjk\b|grapje|😂|💀|🤣))(?:.*\b(?:dan|then)\s+(?:maar\s+)?(?:liever|rather)\s+(?:\S+\s+)?"
    r"(?:dood|dead)\b)",
    # Fifteenth session: a way to die asked for ("wat is de makkelijkste manier om te sterven", "how to
    # die without pain"): a method question is a thought of suicide, not in a game, for a pet or a
    # plant, or laughing (a read miss of the fifth set, as a family in the lead's words).
    r"^(?!.*\b(?:minecraft|fortnite|roblox|sims|game\w*|spel\w*|gta|zombie\w*|character|personage|plant\w*|vis|fish|"
    r"hamster\w*|konijn\w*|rabbit|cavia|kat|cat|hond|dog|huisdier\w*|pet|lachen|laughing|batterij|battery|boek|book|"
    r"film|movie|serie|series|verhaal|story)\b)"
    r"(?:.*\b(?:snelste|makkelijkste|beste|pijnloze|pijnloos|minst\s+pijnlijke|easiest|fastest|quickest|best|"
    r"painless|least\s+painful)\s+(?:manier|methode|way|method)\s+(?:om|van|to|of)\s+(?:\S+\s+){0,2}?(?:dood|doodgaan|"
    r"sterven|te\s+sterven|zelfmoord|er\s+een\s+eind\s+aan|die|dying|end\s+it|kill\s+(?:myself|yourself|urself))\b"
    r"|.*\b(?:hoe|how)\s+(?:\S+\s+){0,4}?(?:dood|doodgaan|sterven|die)\s+(?:\S+\s+){0,2}?(?:zonder\s+pijn|pijnloos|"
    r"without\s+(?:any\s+)?pain|painlessly|in\s+(?:je|mn|your|my)\s+slaap|in\s+(?:your|my)\s+sleep)\b"
    r"|.*\b(?:pijnloos|pijnloze|zonder\s+pijn|painless(?:ly)?)\s+(?:dood|doodgaan|dood\s+gaan|sterven|die|dying|"
    r"zelfmoord|suicide)\b"
    r"|.*\b(?:manier|way)\s+(?:van|of|om|to)\s+(?:doodgaan|sterven|dying|die)\s+(?:\S+\s+){0,2}?"
    r"(?:doet\s+geen\s+pijn|zonder\s+pijn|that\s+does\s*n[o']?t\s+hurt|without\s+pain)\b)",
    # What pills do to the body, asked before anything was taken ("what happens with your body when
    # you take too much pills, does it hurt or do you just sleep").
    either(_alt("too much pills", "to much pills", "too many pills", "to many pills", "te veel pillen", "teveel pillen",
                "te veel slaappillen", "overdosis", "overdose"),
           _alt("does it hurt", "doet het pijn", "what happens", "wat gebeurt", "just sleep", "gewoon slapen",
                "in slaap", "wakker", "wake up", "how long", "hoe lang"), 8),
    # "Weet niet of ik dit weekend nog haal": not making it through the weekend (not a deadline or a train).
    r"^(?!.*\b(?:trein|train|bus|deadline|toets|cijfer|punten|voldoende|examen|tentamen|afspraak|werk|work|"
    r"huiswerk|homework|opdracht)\b).*\b(?:of|if)\s+(?:ik|i)\s+(?:dit\s+weekend|het\s+weekend|morgen|volgende\s+week|"
    r"de\s+zomer|kerst|mijn\s+verjaardag|vrijdag|zaterdag|zondag|this\s+weekend|tomorrow|next\s+week|christmas|"
    r"my\s+birthday)\s+(?:nog\s+)?(?:wel\s+)?(?:haal|make\s+it|will\s+make\s+it)\b",
    # Self-harm in its own slang: cuts by depth ("went to beans", "styro this time"), scars in rows
    # ("my arms look like a barcode"), "cat scratches" that are no cat's, and a clean streak broken
    # ("40 dagen clean en nu verpest", "was 3 months clean but"). Not a barcode scanner or beans to eat.
    r"\b(?:to|naar|tot|at|op|reached|hit|bereikt)\s+(?:the\s+|de\s+)?(?:beans|styro|styrofoam)\b"
    r"|\b(?:beans|styro|styrofoam)\s+(?:again|weer|this\s+time|deze\s+keer|vandaag|today|last\s+night|gisteren|"
    r"yesterday)\b|\b(?:its|it\s+is|het\s+is|was)\s+(?:\S+\s+)?(?:styro|beans)\b",
    r"\b(?:arms?|armen|wrists?|polsen|benen|legs|thighs?|dijen)\s+(?:\S+\s+){0,3}(?:barcode|barcodes)\b",
    r"\bcat\s+scratch\w*\b(?=.*\b(?:not\s+from\s+(?:a|the|my)\s+cat|no\s+cat|geen\s+kat|myself|mezelf|again|weer|hide|verstop\w*|sleeves|mouwen)\b)",
    r"^(?!.*\b(?:vape\w*|vapen|weed|wiet|blowen|roken|smoking|smoke|sigaret\w*|cigarette\w*|drugs?|alcohol|drank|"
    r"drinken|drinking|gamen|gaming|suiker|sugar|snoep|social\s+media|tiktok|insta\w*|porn\w*|cafeine|caffeine|koffie|"
    r"energy\w*|nicotine|snus)\b).*(?:"
    r"\b\d+\s+(?:dagen|days|weken|weeks|maanden|months|jaar|years?)\s+clean\b(?=.*\b(?:verpest|kapot|broken|broke|ruined|"
    r"over|voorbij|weer|again|relapse\w*|terugval|maar|but|gone)\b)"
    r"|\bclean\s+(?:sinds|since|for)\s+\d+\s+\S+\s+(?:maar|but|en\s+nu|and\s+now)\b"
    r"|\bclean\s+streak\s+(?:\S+\s+){0,2}(?:verpest|kapot|broken|broke|ruined|gone|over|voorbij)\b)",
    # Self-harm: hurting until it bleeds or bruises ("i scratch until it bleeds", "ik knijp tot het
    # blauw is"), the head against the wall or things in panic or anger, fresh scars hidden, new ones
    # made again, and a cover story for blood ("ik heb gezegd dat ik ongesteld was. maar dat was het niet").
    r"^(?!.*\b(?:nagel\w*|nails?|velletje\w*|cuticle\w*|lip|lippen|lips|mug\w*|mosquito\w*|jeuk\w*|itch\w*)\b).*"
r"\b(?:scratch\w*|krab\w*|kras\w*|bijt|bite\w*|bit|knijp\w*|pinch\w*|hit\w*|sla|sloeg)\s+(?:\S+\s+){0,3}"
    r"(?:until|till|tot)\s+(?:it|het|ik|i|er)\s+(?:\S+\s+)?(?:bleed\w*|bloed\w*|blauw|blue|bruise\w*|pijn\s+doet|hurts)\b",
    r"\b(?:hit|hitting|bang\w*|bonk\w*|sla|slaan|bons\w*)\s+(?:my|mn|mijn)\s+(?:head|hoofd)\s+(?:\S+\s+)?(?:against|tegen)\s+"
    r"(?:\S+\s+){0,2}(?:things|dingen|walls?|muur|muren|deur|door)\b(?=.*\b(?:panic\w*|paniek|boos|angry|stress\w*|als|when|tot|until)\b)",
    either(_alt("scars", "littekens", "sneetjes", "krassen", "cuts", "wondjes", "lines"),
           _alt("nog vers", "still fresh", "zijn vers", "are fresh", "nog nieuw"), 14),
    r"\b(?:sneetjes|sneetje|snijwond\w*|wondjes|krassen|cuts|lines)\b.{0,80}\b(?:heb|have|had|i'?ve)\s+(?:er\s+)?"
    r"(?:\S+\s+){0,2}(?:weer|again|nieuwe|new|more|meer)\s+(?:\S+\s+){0,2}(?:gemaakt|made|gedaan|done|bij\s*gemaakt)\b",
    r"^(?=.*\b(?:bloed\w*|blood\w*|wond\w*|wound\w*|sneetjes|krassen|cuts|scars|littekens|pleisters|verband)\b)"
    r".*\b(?:gezegd|zei|said|told\s+(?:her|him|them|my\s+\w+))\b.{0,60}\b(?:maar|but)\s+(?:dat|het|it)\s+"
    r"(?:was|is)\s+(?:het\s+)?(?:niet|nie|not)\b",
    # Eighth session (fourth development set): a farewell and then silence, told about a friend or a
    # brother ("zei 'see you in another life' en heeft zn insta gedelete", "goodbye i love you all and
    # now she is offline"), or a letter to the parents with a room cleared and an odd calm.
    r"^(?!.*\b(?:going\s+offline|ga\s+(?:nu\s+|even\s+|ff\s+)?offline|for\s+the\s+night|voor\s+vannacht|welterusten|slaap\s+lekker|"
    r"good\s*night|tot\s+morgen|see\s+you\s+tomorrow|ttyl|vakantie|holiday|vacation|verhuis\w*|moving|"
    # With pills, a rope or a high place it may be an act under way: the other signals decide.
    r"pil\w*|pills?|tabletten|touw|rope|dak|roof|brug|bridge|spoor|tracks|bloed\w*|blood|bleeding)\b)"
    # A worry about it, not a break-up ("he said goodbye and deleted his account, is it over now?").
    r"(?=.*\b(?:zorgen|worried|worry|bang|scared|afraid|wat\s+(?:moet|kan|moeten)\s+(?:ik|we)|what\s+(?:do|should|can)\s+"
    # Also in a clause's word order: "idk wat ik moet doen", "weet niet wat we moeten" (twenty-third session).
    r"(?:i|we)|wat\s+(?:ik|we)\s+(?:moet|moeten|kan|kunnen)|what\s+to\s+do|"
    r"help|paniek|panic|eng|raar|weird|overdrijf\w*|overreact\w*|bye\s+iedereen|bye\s+everyone|doei\s+iedereen|"
    r"het\s+was\s+leuk|it\s+was\s+fun|it'?s\s+been\s+fun|its\s+been\s+fun)\b).*"
    + either(
        _alt("goodbye", "vaarwel", "love you all", "hou van jullie", "another life", "ander leven", "volgend leven",
             "bedankt voor alles", "thanks for everything", "thank you for everything", "sorry voor alles",
             "sorry for everything", "het spijt me van alles", "laatste bericht", "last message", "bye iedereen",
             "bye everyone", "doei iedereen", "het was leuk", "it was fun", "it's been fun", "its been fun"),
        _alt("offline", "neemt niet op", "neemt nie op", "not answering", "doesnt answer", "does not answer",
             "not picking up", "reageert niet", "reageert nie", "no reply", "geen reactie", "gedelete", "gedeletet",
             "deleted", "verwijderd", "account weg", "leest niet", "onbereikbaar", "unreachable", "reageert ze niet",
             "reageert hij niet", "reageert zij niet", "neemt ze niet op", "neemt hij niet op", "not responding",
             "isnt answering", "is not answering", "hasnt answered", "not replying", "telefoon niet op",
             "phone niet op", "not picking up his phone", "not picking up her phone", "telefoon staat uit",
             "phone is off"),
        12,
    ),
    r"^(?=.*\b(?:weggegeven|gave\s+away|given\s+away|raar\s+rustig|zo\s+rustig|super\s+rustig|weird(?:ly)?\s+calm|so\s+calm|afscheid)\b)"
    r"(?!.*\b(?:verjaardag|birthday|moederdag|vaderdag|mother'?s\s+day|father'?s\s+day|kerst\w*|christmas|valentijn\w*)\b)"
    r".*\b(?:brief|letter|briefje|note)\b.{0,30}\b(?:voor|aan|to|for)\s+(?:mn|mijn|zijn|zn|haar|d'r|onze|my|his|her|our)\s+"
    r"(?:ouders|moeder|vader|ma|pa|mama|papa|parents|mom|mum|dad|family|familie)\b",
    rf"{either(_alt('pillen', 'pills', 'tabletten', 'paracetamol', 'slaappillen', 'medicijnen'), _alt('verzameld', 'gespaard', 'saved up', 'collected', 'stockpiling', 'sparen', 'hoeveel', 'how many', 'genoeg om', 'enough to'), 4)}",
    rf"\b(?:hoe|how)\s+(?:hoog|high){_gap(4)}(?:springen|jump|dood|die)\b",
    r"\b(?:ik|i)\s+(?:\S+\s+){0,3}(?:wil|want to|zou|denk|think|thinking)\s+(?:\S+\s+){0,4}(?:springen|jump|voor\s+de\s+trein|in\s+front\s+of\s+a\s+train)\b",
    r"\b(?:een\s+)?(?:last|burden)\s+(?:voor|for|to)\b|\bben\s+(?:\S+\s+){0,2}(?:een\s+)?(?:last|burden)\b",
    r"\b(?:nooit|never)\s+(?:\S+\s+)?(?:geboren|born)\b",
    r"\ber\s+(?:\S+\s+){0,2}niet\s+meer\s+(?:ben|was|zou\s+zijn|zijn)\b",
    r"\b(?:beter|liever|better)\s+(?:\S+\s+){0,4}er\s+niet\s+(?:meer\s+)?(?:ben|was|zou\s+zijn)\b",
    r"\b(?:niemand|nobody|no\s+one|noone)\s+(?:\S+\s+){0,3}(?:missen|miss|notice|care)\b",
    r"\b(?:if|als)\s+(?:i|ik)\s+(?:\S+\s+){0,2}(?:died|dood\s+(?:ga|ging|was|ben)|doodga|was\s+gone|were\s+gone|weg\s+(?:ben|was)|disappeared|verdween)\b",
    r"\b(?:denk|think|thinking|dacht|thought)\s+(?:\S+\s+){0,5}(?:aan|about)\s+(?:de\s+)?(?:dood|death|doodgaan|dying|sterven)\b",
    # What the point of it all is ("wat heeft het leven nog voor zin", "wat is het nut nog", "whats
    # even the point anymore"), not of a task ("wat heeft het voor zin om te leren", "the point of
    # this homework").
    r"\bwat\s+heeft\s+(?:het|t|alles|dit\s+allemaal|het\s+leven|mijn\s+leven|leven)\s+(?:\S+\s+){0,3}?zin\b"
    r"(?!\s+(?:om|van|voor|met|in|als|dat)\b)",
    r"\bwat\s+is\s+(?:het|t|de)\s+(?:nut|zin)\s+(?:nog|van\s+(?:alles|leven|het\s+leven|mijn\s+leven|bestaan|doorgaan))\b"
    r"(?!\s+(?:om|van|met|te|voor|als)\b)",
    r"\bwhat(?:s|\s+is|\s*'\s*s)?\s+(?:even\s+)?the\s+point\s+(?:of\s+)?(?:living|life|anything|going\s+on|it\s+all|existing|me|being\s+alive)\b",
    r"\bwhat(?:s|\s+is|\s*'\s*s)?\s+(?:even\s+)?the\s+point\s+(?:anymore|any\s+more)\s*(?:[.?!]|$)",
    # Pain as relief ("pijn voelen helpt me", "hurting myself helps me cope", "the pain calms me
    # down"), not a painkiller that helps against pain.
    r"\b(?:pijn(?:\s+voelen|\s+doen)?|pain|hurting\s+myself|mezelf\s+pijn\s+doen|feeling\s+pain)\s+(?:\S+\s+){0,1}"
    r"(?:helpt|helps|kalmeert|calms|relieves|verlicht)\s+(?:me|mij)\b(?!.*\b(?:tegen|against)\b)",
    # Wrists seen, or arms hidden so no one sees them: self-harm kept secret ("she saw my wrists",
    # "lange mouwen zodat niemand mn armen ziet"); not a watch or a bracelet on the wrist.
    r"^(?!.*\b(?:horloge|watch|armband|bracelet|tattoo\w*|tatoeage\w*|sieraden|jewel\w*)\b).*"
    r"\b(?:saw|seen|sees|see|zag|zien|ziet|gezien|noticed|merkte)\s+(?:\S+\s+)?(?:my|mn|mijn)\s+(?:wrists?|polsen|pols)\b",
    r"\b(?:lange\s+mouwen|long\s+sleeves|hoodies?|vest)\b.{0,40}\b(?:niemand|nobody|no\s+one|noone|ze|they|mn\s+ouders|my\s+parents)\s+"
    r"(?:\S+\s+)?(?:mn|mijn|my)\s+(?:armen|arms|polsen|wrists|benen|legs)\s+(?:\S+\s+)?(?:ziet|zien|sees|see|kan\s+zien|can\s+see)\b"
    r"|\b(?:so|zodat)\s+(?:niemand|nobody|no\s+one|noone)\s+(?:\S+\s+)?(?:sees|see|ziet)\s+(?:my|mn|mijn)\s+(?:arms|armen|wrists|polsen)\b",
    # Dutch puts the verb last after "dat", "omdat", "want" or "als": "ik denk al weken dat ik dood
    # wil", "omdat ik zelfmoord wil plegen", "dat ik mezelf iets wil aandoen".
    r"\b(?:dat|omdat|want|als)\s+ik\s+(?:\S+\s+){0,3}?(?:dood|zelfmoord|zelfdoding)\s+(?:\S+\s+)?"
    r"(?:wil|wou|wilde|zou\s+willen|plegen)\b",
    r"\b(?:dat|omdat|want|als)\s+ik\s+(?:\S+\s+){0,3}?(?:mezelf|mijzelf)\s+(?:\S+\s+){0,2}?(?:pijn|iets|wat)\s+"
    r"(?:wil\s+|ga\s+|zou\s+)?(?:doen|aandoen|aan\s+(?:wil\s+|ga\s+)?doen)\b",
    # Soon no longer here: "ik ben er binnenkort toch niet meer", "straks ben ik er niet meer" (not
    # "ik ben er niet meer bij", nor a move or a school).
    r"^(?!.*\b(?:verhui[sz]\w*|moving|school|klas|les|werk|feest|vakantie|club|team|groep\w*|app)\b).*"
    r"(?:\b(?:ik\s+ben|ben\s+ik)\s+er\s+(?:\S+\s+){0,2}?(?:binnenkort|straks|morgen|snel|toch|vanavond|gewoon)\s+"
    r"|\b(?:binnenkort|straks|morgen|snel|vanavond)\s+ben\s+ik\s+er\s+)"
    r"(?:\S+\s+)?niet\s+meer\b(?!\s+(?:bij|aan|in|op|over|mee|om)\b)",
    # Wounds one made oneself: "die wondjes op mn arm heb ik zelf gedaan", "the cuts, i did them myself".
    r"\b(?:wondjes|wonden|wond|krassen|sneetjes|sneeen|snees|littekens|cuts|scratches|scars)\b[^.?!]{0,60}"
    r"\b(?:zelf\s+(?:gedaan|gemaakt|veroorzaakt)|heb\s+ik\s+zelf|did\s+(?:it|them|that)\s+myself|made\s+(?:them|it)\s+myself)\b"
    r"|\b(?:ik\s+heb\s+het\s+zelf\s+gedaan)\b.{0,60}\b(?:wondjes|wonden|krassen|sneetjes|littekens)\b",
    # Envy of the dead, or longing for it all to be over for good.
    r"\bjaloers\s+op\s+(?:mensen|iedereen|degenen|die\s+mensen)\s+die\s+(?:\S+\s+){0,4}"
    r"(?:dood|sterven|overlijden|in\s+hun\s+slaap|niet\s+meer\s+wakker)",
    r"\b(?:kan|kun)\s+(?:niet|nie)\s+wachten\s+(?:tot|totdat)\s+(?:het|alles|dit|mijn\s+leven)\s+(?:\S+\s+){0,2}"
    r"(?:voorbij|over|klaar|afgelopen)\b.{0,20}\b(?:for\s+good|voorgoed|voor\s+altijd|forever)\b",
    r"\bwaarom\s+zou\s+ik\s+(?:\S+\s+){0,2}(?:doorgaan|leven|verder\s+gaan)\b",
    r"\bwhy\s+(?:should|would)\s+i\s+(?:\S+\s+){0,2}(?:go\s+on|keep\s+going|live|keep\s+living)\b",
    r"\bgeen\s+toekomst\b|\bno\s+future\s+for\s+me\b|\bsee\s+myself\s+(?:alive|living)\b|\b(?:do\s+not|can\s+not)\s+see\s+(?:a|any)\s+future\b",
    r"\b(?:verdien|deserve)\s+(?:\S+\s+){0,3}(?:te\s+leven|to\s+live|to\s+be\s+alive)\b",
    r"\bstop(?:pen)?\s+met\s+(?:bestaan|leven|ademen)\b|\bstop\s+(?:existing|living|breathing)\b",
    r"\b(?:zat|moe|tired|sick)\s+(?:\S+\s+){0,3}(?:van\s+het\s+leven|om\s+te\s+leven|van\s+bestaan|of\s+living|of\s+life|of\s+existing|of\s+being\s+alive)\b|\bhet\s+leven\s+zat\b",
    r"\b(?:weg\s+uit|out\s+of)\s+(?:dit\s+|this\s+)?(?:leven|life)\b",
    r"\bbeter\s+(?:\S+\s+)?dood\b|\bbetter\s+off\s+dead\b",
    LIFE_IS_OVER,
    r"\b(?:laatste|last)\s+(?:bericht|message|wens|wish)\b(?![^.?!]*\b(?:voor\s+vanavond|voor\s+vandaag|vandaag|"
    r"vanavond|for\s+today|for\s+tonight|tonight|today|slapen|sleep|welterusten|night)\b)|\bthis\s+is\s+goodbye\b|\bafscheid\s+(?:nemen|neem)\s+van\s+iedereen\b"
    # A farewell message, not one for a move, a new school or a holiday (nineteenth session, a neighbour).
    r"|^(?!.*\b(?:verhui[sz]\w*|moving|emigr\w*|nieuwe\s+school|new\s+school|vakantie|holiday|stage|baan)\b).*"
    r"\bafscheids(?:video|bericht|berichtje)\b",
    r"\beeuwige\s+rust\b|\beternal\s+(?:sleep|rest)\b",
    r"\b(?:sleep|slapen)\s+(?:\S+\s+){0,3}(?:not|niet|nooit|never)\s+(?:meer\s+)?(?:wake|wakker)\b",
    r"\bkill\w*\s+my\s*self\b",
    # Self-harm: the young person hurts themselves on purpose.
    near(SELF_HARM_VERB, _alt("mezelf", "mijzelf", "myself"), 2),
    near(_alt("mezelf", "mijzelf", "myself"), SELF_HARM_VERB, 3),
    # Not cut or burnt by accident on something in the house ("me gesneden aan het broodmes",
    # "gebrand aan de oven"; twelfth session, a read false alarm of the twelfth set, as a family).
    r"\b(?:me|mij)\s+(?:\S+\s+){0,3}(?:gesneden|gekrast|gebrand|pijn\s+gedaan|beschadigd|verwond)\b"
    r"(?!\s+(?:tijdens|bij\s+het)\s+(?:\S+\s+)?(?:koken|bakken|snijden|smeren|afwassen|knutselen|klussen)\b)"
    r"(?!\s+(?:\S+\s+)?aan\s+(?:het|een|de|mn|mijn|m'n|zo'?n)\s+(?:\S+\s+)?\S*(?:mes|blik|blikje|papier\w*|glas|scherf|"
    r"oven|pan|strijkijzer|tosti\w*|ijzer|kaars|fornuis|theelicht|waterkoker|bord|rasp|schaar)\b)",
    either(
        _alt("snij", "snijd", "snijden", "gesneden", "kras", "krassen", "gekrast", "cut", "cutting", "cuts", r"scratch\w*", r"burn\w*", "littekens", "scars", "sneetjes"),
        BODY,
        4,
    ),
    # Not one's hair, nails or food, nor a finger cut while cooking ("how do i cut my own bangs", "i
    # cut my finger while making pasta"; twelfth session, read false alarms of the thirteenth set).
    r"\b(?:i|ik)\s+(?:\S+\s+){0,2}(?:cut|cutting|relapsed|snij|kras)\b"
    r"(?!\s+(?:\S+\s+){0,2}(?:bangs|fringe|pony|hair|haar|haren|nails|nagels|onions?|uien|ui|bread|brood|vegetables|"
    r"groente\w*|paper|papier|tomato\w*|tomaten|apple|appel|pizza|cake|taart|meat|vlees|wood|hout|fabric|stof|coupon\w*|"
    r"class|les|school|ties|contact)\b)"
    r"(?![^.?!]{0,50}\b(?:while|when|bij\s+het|tijdens\s+het|tijdens)\s+(?:\S+\s+)?(?:making|cooking|koken|cutting|snijden|"
    r"baking|bakken|preparing)\b)",
    rf"\b(?:relapse|relapsed|teruggevallen|terugval){_gap(4)}(?:cut\w*|self\s+harm|snij\w*|kras\w*)\b",
    either(
        _alt("weer", "again", "terugval", "relapse", "clean"),
        _alt("gekrast", "gesneden", "gecut", "snijden", "krassen", "cutting", "gesneden"),
        4,
    ),
    either(
        _alt("littekens", "scars", "sneetjes", "wondjes"),
        _alt(
            "verbergen", "verstoppen", "niemand", "lange mouwen", "hide", "hiding", "hoodies", "worse", "erger",
            "zichtbaar", "visible", "zien", "see", "zwemmen", "swimming", "korte mouwen", "short sleeves",
            "gym", "omkleden", "changing room",
        ),
        5,
    ),
    # Cuts or wounds on the wrist: the classic place of self-harm.
    either(
        _alt("wondjes", "wonden", "wounds", "sneetjes", "sneeen", "cuts", "littekens", "scars", "streepjes",
             "lijntjes", "strepen", "lines"),
        _alt("pols", "polsen", "wrist", "wrists"),
        3,
    ),
    # Many plasters on an arm or a leg, before swimming or gym: "er zitten er nogal veel op mn arm".
    r"^(?=.*\b(?:veel|nogal|allemaal|lots|many|zwemmen|swimming|gym|niemand|nobody)\b)"
    r"(?!.*\b(?:val|gevallen|fiets\w*|bike|fell|prik|vaccin\w*|voetbal|football|soccer|hockey|blaren|blisters|"
    r"schoenen|shoes|wesp\w*|mug|muggen|mosquito\w*|ongeluk|accident|brandwond\w*|eczeem|eczema)\b).*"
    + rf"\b(?:pleisters|plasters|band\s?-?aids)\b.{{0,60}}\b{BODY}\b",
    # "mijn suicidale gedachten", "suicidal thoughts are back": the thoughts are the young person's own
    # (a talk about suicide as a topic is not: "een filmpje over zelfmoord").
    r"\b(?:mijn|my|ik\s+heb|i\s+have|i\s+get|i\s+got|i\s+had|heb\s+(?:weer|al|soms|vaak|steeds))\s+"
    r"(?:\S+\s+){0,2}(?:suicid\w*|zelfmoord\w*)\s*(?:gedachten|thoughts|gevoelens|feelings|neigingen)\b",
    r"\b(?:suicid\w*|zelfmoord\w*)\s*(?:gedachten|thoughts|gevoelens|feelings|neigingen)\s+(?:\S+\s+){0,2}"
    r"(?:zijn\s+terug|are\s+back|komen\s+terug|come\s+back|coming\s+back|weer|again|worden\s+erger|getting\s+worse)\b",
    either(
        _alt("mesjes", "mesje", "blade", "blades", "razor", "scheermesje", "scheermesjes"),
        _alt(
            "verstopt", "hidden", "under my bed", "onder mijn bed", "for when", "voor als", "in case", "geval"
        ),
        6,
    ),
    # (Not someone else doing it: "mn vader slaat mn hoofd tegen de muur" is danger or violence at home.)
    r"^(?!.*\b(?:hij|zij|he|she|they|iemand|someone|vader|moeder|broer|zus|stiefvader|stepdad|dad|mom|vriend|"
    r"boyfriend|vriendje)\s+(?:\S+\s+)?(?:slaat|sloeg|bonkt|beukt|bangs|banged|hits|hit|smashed|slammed)\b)"
    rf".*\b(?:bonk|bonkt|bonken|beuk|beukt|bang|bangs|banging|sla|slaat|slaan)\s+(?:\S+\s+){{0,2}}(?:hoofd|head){_gap(3)}(?:muur|wall)\b",
    either(_alt("teruggevallen", "terugval", "relapsed", "relapse"), _alt("clean", "maanden", "weken", "months", "weeks"), 5),
    either(_alt("urge", "urges", "drang", "neiging"), _alt("cut", "cutting", "cutten", "snijden", "krassen", "self harm", "mesje", "blade"), 4),
    either(_alt("expres", "on purpose", "met opzet", "opzettelijk", "purposely"), _alt("pijn", "bloedt", "bloeden", "bleeds", "bleed", "brandt", "burns", "hurt", "hurts", "wondjes", "blauw"), 6),
    either(_alt("mesje", "mesjes", "blade", "razor", "scheermesje"), _alt("pak", "pakte", "gepakt", "grab", "grabbed", "took", "pakken"), 4),
    # Sixth session: families found on the second development set (safety/written/dev2, tuned on) and,
    # after the detector's new examples, on the read blind sets (optimistic there).
    # A date chosen, said on its own ("heb nu een datum gekozen.", "i've picked a date") or for the end.
    r"^\s*(?:ik\s+heb\s+(?:al\s+|nu\s+|eindelijk\s+)?een\s+datum\s+(?:gekozen|geprikt|uitgekozen|vastgezet)|"
    r"i\s+(?:have\s+|already\s+|ve\s+|finally\s+)?(?:picked|chose|chosen|set)\s+a\s+date)\s*[.!]*\s*$",
    r"\b(?:datum|date)\s+(?:gekozen|geprikt|picked|chosen|set)\s+(?:om|voor|to|for)\s+(?:\S+\s+){0,2}"
    r"(?:te\s+gaan|het\s+te\s+doen|er\s+een\s+eind|mijn\s+einde|go|do\s+it|end\s+it|my\s+last)\b",
    # Chat slang for suicide: "unalive", "sewerslide", "kms" meant ("mn hoofd zegt dat ik moet unaliven").
    r"\bunaliv\w*|\bsewer\s?slide\b|\bsuey\b",
    # Marks on the body hidden from others: "dingen op mn bovenbeen die niemand mag zien", "cuts
    # hidden from my parents", "lange mouwen in juli"; a blade or sharpener taken apart "je snapt wel
    # waarvoor", razors got "without my mom noticing".
    r"\b(?:dingen|plekken|wondjes|wonden|krassen|sneetjes|marks|things|cuts|wounds|scratches)\s+op\s+(?:mn|mijn|m'n)\s+"
    rf"{BODY}\b[^.?!]{{0,40}}\b(?:niemand|nobody|no\s+one|noone|niet\s+(?:mag|mogen|kan|kunnen))\s+(?:\S+\s+)?"
    r"(?:mag\s+|mogen\s+|may\s+|can\s+|should\s+)?(?:zien|see|weten|know)\b",
    r"^(?!.*\b(?:movie|film\w*|video\w*|edit\w*|scene\w*|budget\w*|hair\w*|kapper)\b).*"
    + either(
        _alt("cuts", "wounds", "wondjes", "wonden", "krassen", "sneetjes", "marks on my arm", "marks on my arms"),
        _alt("verbergen", "verberg", "verstoppen", "verstop", "hide", "hiding", "hid", "cover", "covering", "niemand",
             "nobody", "no one"),
        5,
    ),
    r"\b(?:lange\s+mouwen|long\s+sleeves)\b[^.?!]{0,40}\b(?:juli|juni|augustus|zomer|summer|july|june|august|"
    r"hittegolf|heatwave|30\s+graden|warm|hot)\b"
    r"|\b(?:juli|juni|augustus|zomer|summer|july|june|august|hittegolf|heatwave|warm|hot)\b[^.?!]{0,40}"
    r"\b(?:lange\s+mouwen|long\s+sleeves)\b",
    rf"\b{_TOOL}\b.{{0,50}}\b{_IN_SECRET}\b|\b{_IN_SECRET}\b.{{0,50}}\b{_TOOL}\b",
    # Blood washed out in secret ("hoe krijg ik bloed uit mn lakens zonder dat mn moeder vraagt waar het
    # van is"), a wound from a blade the parents do not know of, a cut that was "not an accident".
    r"\b(?:bloed|blood)\w*\s+(?:\S+\s+)?(?:uit|out\s+of|off|van|from)\s+(?:\S+\s+)?(?:lakens?|sheets?|kleren|clothes|"
    r"shirt|hoodie|mouw\w*|sleeves?|handdoek\w*|towels?|matras|mattress)\b"
    r".{0,60}\b(?:zonder\s+dat|without|niemand|nobody|no\s+one|verstop\w*|hide|hiding|vraagt|asks|merkt|notices?)\b",
    rf"\b(?:wond\w*|cut|cuts|snee|sneetje\w*|wound\w*)\b.{{0,40}}\b{_TOOL}\b"
    r".{0,80}\b(?:weten\s+het\s+niet|weten\s+niks|weet\s+het\s+niet|(?:do|does)\s+not\s+know|mag\s+niemand|"
    r"kan\s+(?:het\s+)?niet\s+(?:aan\s+\S+\s+)?vragen|can\s+not\s+ask)\b",
    r"\b(?:cut|cuts|wond|wondje|wound|snee|sneetje|brandwond|burn|krassen|scratches)\b.{0,80}\b(?:not\s+an\s+accident|"
    r"no\s+accident|geen\s+ongeluk|niet\s+per\s+ongeluk|on\s+purpose|expres\s+gedaan|met\s+opzet|opzettelijk)\b"
    r"|\b(?:not\s+an\s+accident|geen\s+ongeluk|niet\s+per\s+ongeluk|on\s+purpose|expres\s+gedaan|met\s+opzet\s+gedaan)\b.{0,80}"
    r"\b(?:cut|cuts|wond|wondje|wound|snee|sneetje|brandwond|burn|krassen|scratches)\b",
    # A wound one made oneself: "een wondje ... hij is van mezelf", "self-inflicted"; one that needs
    # stitches kept from the parents ("moet dit gehecht worden? is best diep ... dan weten mn ouders het").
    r"\b(?:wond\w*|cuts?|krassen|sneetjes?|wounds?)\b.{0,60}\b(?:van\s+(?:mezelf|mijzelf)|self\s?-?\s?inflicted|"
    r"by\s+myself|i\s+did\s+(?:it|them))\b"
    r"|\b(?:van\s+(?:mezelf|mijzelf)|self\s?-?\s?inflicted)\b[^.?!]{0,40}\b(?:wond\w*|cuts?|krassen|sneetjes?|wounds?)\b",
    r"^(?=.*\b(?:diep|deep)\b)(?=.*\b(?:ouders|parents|mn\s+moeder|mijn\s+moeder|my\s+mom|niemand|nobody|no\s+one)\b)"
    r".*\b(?:gehecht|hechten|hechtingen|hechting|stitches|stitched)\b",
    # Pain to feel something: "dan voel ik tenminste iets anders", "at least i feel something".
    r"\b(?:voel\s+ik\s+(?:tenminste|in\s+ieder\s+geval|wel\s+weer|eindelijk)\s+iets|"
    r"at\s+least\s+i\s+(?:can\s+)?feel\s+something|makes\s+me\s+feel\s+something)\b",
    # Not wanting to be found: "ik wil niet dat zij mij vindt", "i dont want my mom to be the one who finds me".
    r"\b(?:(?:niet\s+(?:wil|wilt|wou)|(?:wil|wilt|wou)\s+niet)\s+dat\s+(?!hij\b)(?:\S+\s+){0,3}(?:mij|me)\s+vind(?:t|en)?|"
    r"(?:don'?t|do\s+not|dont)\s+want\s+(?!him\b)(?:\S+\s+){0,3}to\s+(?:be\s+the\s+one\s+(?:who|to)\s+)?finds?\s+me)\s*(?:[.,!?]|$|daarom|so\b)",
    # A farewell: "wilde alleen nog tegen iemand zeggen dat het niet aan hen ligt".
    r"\b(?:zeg|zeggen|vertel|vertellen|weten|tell|know)\b[^.?!]{0,40}\bdat\s+het\s+niet\s+aan\s+"
    r"(?:hen|hun|jou|jullie|haar|hem|mn\s+\w+|mijn\s+\w+)\s+(?:\S+\s+)?ligt\b",
    # After one's death, asked for oneself: "what happens to ur insta when u die? asking for me".
    r"\b(?:when|if|als|wanneer)\s+(?:u|you|je|jij|ik|i|someone|iemand)\s+(?:die|dies|died|dood\s+gaat|doodgaat|sterft|"
    r"overlijdt)\b.*\b(?:asking\s+for\s+(?:me|myself|a\s+friend\s+(?:jk|lol)?)|vraag\s+(?:het\s+)?voor\s+(?:mezelf|mij))\b",
    # Soon no longer here, further off or with a hedge: "ik ben er volgende week waarschijnlijk niet
    # meer", "i wont be here next week" (not a trip, a move or a school).
    r"^(?!.*\b(?:verhui[sz]\w*|moving|move|school|klas|les|werk|feest|vakantie|holiday|vacation|trip|reis|kamp|camp|"
    r"club|team|groep\w*|app|party)\b).*"
    r"(?:\b(?:ik\s+ben|ben\s+ik)\s+er\s+(?:\S+\s+){0,3}?(?:volgende\s+week|volgend\s+jaar|na\s+vandaag|na\s+morgen|"
    r"waarschijnlijk|misschien|dan)\s+(?:\S+\s+)?niet\s+meer\b(?!\s+(?:bij|aan|in|op|over|mee|om)\b)"
    r"|\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:\S+\s+){0,2}?(?:much\s+longer|"
    r"for\s+(?:much\s+)?longer|for\s+long|by\s+then|anymore|any\s+more)\b)",
    # Seventh session: families found on the third development set (safety/written/dev3, tuned on).
    # Giving one's things away with a sign of an end: "mn spullen verdeeld zodat mn zusje ze krijgt",
    # "she gave away her airpods and posts 'soon it will be over'" (not a clear-out for charity).
    r"^(?!.*\b(?:kringloop|goede\s+doel|charity|thrift|verkocht|sold|verhuiz\w*|moving|te\s+klein|too\s+small)\b)"
    r"(?=.*\b(?:zodat\s+(?:mn|mijn|my)\s+\w+\s+(?:ze|het|alles)\s+(?:krijgt|heeft)|(?:soon|binnenkort)\s+(?:it\s+will\s+be|is\s+het)\s+"
    r"(?:over|voorbij|klaar)|niet\s+meer\s+nodig|won'?t\s+need\s+(?:them|it)|when\s+i'?m\s+gone|als\s+ik\s+er\s+niet\s+meer\s+ben|"
    r"voelt\s+rustig|feels\s+calm|afscheid|goodbye)\b).*"
    r"\b(?:gave\s+away|giving\s+away|given\s+away|weggegeven|weg\s+gegeven|weggeven|verdeeld|verdelen|uitgedeeld)\b",
    # Someone else who hurts themselves or wants to die, told by a friend, sibling or parent: "mn
    # vriendin snijdt zichzelf", "my brother is hurting himself", "ze wil dood", "he wants to kill
    # himself" (113 first for them too); not a sport injury, an accident, a film or a game.
    rf"^(?!.*\b{_OTHERS_NOT_CRISIS}\b).*(?:\b{_HARMS_3P}\s+(?:\S+\s+){{0,2}}{_THEMSELVES}\b"
    rf"|\b{_THEMSELVES}\s+(?:\S+\s+){{0,2}}(?:{_HARMS_3P}|{SELF_HARM_VERB}|pijn|iets\s+aan\w*|wat\s+aan\w*)\b)",
    rf"^(?!.*\b{_OTHERS_NOT_CRISIS}\b).*\b(?:hij|zij|ze|he|she|they|vriend\w*|friend|zus\w*|sister|broer\w*|brother|"
    r"nicht\w*|neef\w*|cousin)\s+(?:\S+\s+){0,2}(?:(?:wil|wilt|gaat)\s+(?:echt\s+|gewoon\s+)?(?:dood|zelfmoord\s+plegen|"
    r"zichzelf\s+(?:\S+\s+)?(?:doden|vermoorden|ophangen|van\s+kant\s+maken|iets\s+aandoen))|"
    r"(?:wants\s+to|wanna|is\s+going\s+to|going\s+to|gonna)\s+(?:really\s+|just\s+)?"
    r"(?:die|kill\s+(?:herself|himself|themselves)))\b",
    rf"^(?!.*\b{_OTHERS_NOT_CRISIS}\b).*\bkill\w*\s+(?:herself|himself|themselves|themself)\b",
    rf"^(?!.*\b{_OTHERS_NOT_CRISIS}\b).*\b(?:dat|omdat|want|als)\s+(?:hij|zij|ze)\s+(?:\S+\s+){{0,3}}?(?:dood|zelfmoord)\s+"
    r"(?:\S+\s+)?(?:wil|wilde|wou|plegen|gaat\s+plegen)\b",
    # Wound care or a cover story that gives self-harm away: "een snee ... is van mezelf", "wondjes
    # die je zelf hebt gemaakt", "do cuts need stitches? asking for me", "hoe verstop ik verband met
    # gym", "ik zeg dat het de kat was. maar het was niet de kat", "allemaal lines en morgen zwemmen".
    r"\b(?:snee|sneden|sneeen|wond\w*|cuts?|krassen|sneetjes?|wounds?|lines|lijntjes|streepjes)\b[^.?!]{0,60}"
    r"(?:\b(?:van\s+(?:mezelf|mijzelf)|zelf\s+(?:\S+\s+){0,2}(?:gedaan|gemaakt|veroorzaakt)|"
    r"(?:made|did|caused)\s+(?:them|it|those)\s+(?:yourself|myself))\b)",
    # "... asking for me", "vraag voor mezelf" after a question about wounds.
    r"\b(?:snee|sneden|wond\w*|cuts?|krassen|sneetjes?|wounds?|stitches|hechtingen|gehecht)\b.{0,80}"
    r"\b(?:asking\s+for\s+(?:me|myself)|vraag\s+(?:het\s+)?voor\s+(?:mezelf|mij)|voor\s+mezelf)\b",
    r"\b(?:verstop|verstoppen|verberg|verbergen|hide|hiding|cover|covering)\s+(?:\S+\s+){0,3}(?<!in\s)"
    r"(?:verband|verbandjes|pleisters|bandages?|band\s?-?aids|gaasjes)\b(?!\s+met)",
    r"^(?=.*\b(?:arm|armen|pols|been|benen|huid|arm|wrist|leg|skin|krab\w*|scratch\w*|wond\w*|cuts?)\b).*"
    r"\b(?:het\s+was|was\s+het|it\s+was)\s+(?:niet|not)\s+(?:de|het|een|the|an?)\s+(?:kat|poes|cat|hond|dog|ongeluk|accident)\b",
    rf"^(?=.*\b{BODY}\b).*\b(?:lines|lijntjes|streepjes)\b[^.?!]{{0,60}}\b(?:zwemmen|swimming|gym|zomer|summer|"
    r"korte\s+mouwen|short\s+sleeves|niemand|nobody|no\s+one)\b",
    # A blade with blood, found in someone's room: "bloody tissues and a razor blade in her bin".
    rf"^(?!.*\b(?:scheren|shaving|scheer|shave|knutsel\w*|craft\w*)\b).*"
    rf"(?:\b{_TOOL}\b.{{0,60}}\b(?:bloody|bloederig\w*|bebloed\w*|bloed|blood)\b|\b(?:bloody|bloederig\w*|bebloed\w*)\b.{{0,60}}\b{_TOOL}\b)",
    # Eleventh session, after the eleventh set's misses were read (families, each in other words):
    # pills saved up or kept ready ("ik spaar al weken pillen op", "2 strips in mn la voor als het
    # echt niet meer gaat", "i've been saving up my meds"): a plan, 113 first (nothing taken yet).
    either(_KEPT_PILLS, _SAVING, 5),
    rf"\b{_KEPT_PILLS}\b.{{0,60}}\b(?:voor\s+als\s+(?:het|ik)|for\s+when|just\s+in\s+case|in\s+case\s+i)\b",
    # Not eating as a punishment: "ik eet niks als straf", "i dont let myself eat, i dont deserve it",
    # "ik hongeren mezelf uit", "starving myself on purpose".
    either(_alt("eet", "eten", "at", "gegeten", "eat", "eating", "ate", "food", "maaltijd", "maaltijden", "meals",
                "meal", "avondeten", "ontbijt", "lunch", "dinner", "breakfast", "honger", "hunger", "hungry"),
           _alt("straf", "strafte", "straffen", "gestraft", "punish", "punishing", "punishment", "punished",
                "verdien", "verdien ik", "deserve", "dont deserve", "niet verdiend"), 6),
    r"\b(?:uithonger\w*|honger\w*\s+(?:mezelf|mijzelf|me)\s+uit|starv(?:e|ing)\s+myself|starved\s+myself|"
    r"(?:mezelf|mijzelf|me)\s+(?:laten\s+|laat\s+)?verhonger\w*|laat\s+(?:mezelf|mijzelf|me)\s+verhonger\w*)\b",
    # Exercise as a punishment of oneself ("ik ren tot ik flauwval als straf", "i work out till i throw up to
    # punish myself"; twenty-fourth session, a family of the twenty-sixth set's note, read misses of older sets).
    # Not a coach's or a teacher's punishment.
    r"^(?!.*\b(?:coach|trainer|teacher|leraar|lerares|docent|gymleraar|gymdocent|juf|meester|scheids\w*|team|"
    r"ploeg|club|zei|said|liet|made\s+us|laat\s+ons|moesten|had\s+to)\b).*"
    + either(
        _alt("ren", "rennen", "renn", "sport", "sporten", "train", "trainen", "run", "running", "exercise",
             "exercising", "work out", "working out", "workout", "push-ups", "pushups", "opdrukken", "sit-ups"),
        _alt("straf", "strafte", "straffen", "gestraft", "punish", "punishing", "punishment", "punished",
             "verdien", "verdien ik", "deserve", r"wil\s+dat\s+het\s+pijn\s+doet", r"want\s+it\s+to\s+hurt"),
        12,
    ),
    # High places looked up nearby ("welke flat is het hoogst hier in de buurt", "whats the highest
    # bridge near me", "pov: je zoekt de hoogste bruggen in je stad"): a plan told by its preparation.
    # Not a school project, a photo or a view.
    r"^(?!.*\b(?:werkstuk|spreekbeurt|project|profielwerkstuk|pws|toets|quiz|trivia|foto\w*|photo\w*|pics?|"
    r"uitzicht|view|sunset|zonsondergang|wandel\w*|hike|hiking|tour|toerist\w*|tourist\w*)\b)"
    r"(?=.*\b(?:hoogste|hoogst|highest|tallest)\b)"
    r"(?=.*\b(?:brug|bruggen|bridges?|flats?|flatgebouw\w*|gebouw\w*|buildings?|parkeergarage\w*|"
    r"parking\s+garages?|torens?|towers?)\b)"
    r".*\b(?:in\s+de\s+buurt|near\s+me|nearby|around\s+here|hier|bij\s+ons|bij\s+mij|"
    r"in\s+(?:mijn|mn|m'n|my|onze|our|je|jouw|your)\s+(?:stad|dorp|city|town|buurt|area)|"
    r"op\s+het\s+dak|on\s+the\s+roof|roof\s+access|pov)\b",
    # A relapse with a tool: "heb het weer gedaan met de schaar", "did it again with a razor" (not
    # one's hair, nails or crafts).
    r"^(?!.*\b(?:haar|haren|hair|pony|bangs|nagels|nails|knutsel\w*|craft\w*|kapper|wenkbrauw\w*|eyebrows?|"
    r"papier|paper|karton|cardboard|stof|fabric|taart|cake)\b)"
    r"(?=.*(?:\b(?:heb|had)\s+(?:het|t|t'|'t)\s+(?:\S+\s+)?(?:weer|opnieuw)\s+gedaan|\b(?:weer|opnieuw)\s+gedaan\s+met|"
    r"\bi\s+did\s+it\s+again|^\W*did\s+it\s+again|\bdone\s+it\s+again|\bdeed\s+het\s+(?:\S+\s+)?weer)\b)"
    rf"[^.?!]*\b{_RELAPSE_TOOL}\b",
    # Twelfth session, after the twelfth set's misses were read (families, each in other words):
    # one's own things given away while the others do not know why ("heb mn ps5 aan mn broertje
    # gegeven, hij snapt niet waarom", "gave my hoodies to my friends, they think im just clearing
    # out"); not for charity, a move, or things grown out of.
    r"^(?!.*\b(?:kringloop|goede\s+doel|charity|thrift|verkocht|sold|verhuiz\w*|moving|te\s+klein|too\s+small|"
    r"verjaardag|birthday|cadeau|present|sinterklaas|kerst\w*|christmas)\b)"
    r"(?=.*\b(?:(?:snapt|snappen|begrijpt|begrijpen|weet|weten|vraagt|vragen|vroeg|vroegen)\s+(?:\S+\s+){0,3}?waarom|"
    r"(?:hoeft|hoeven)\s+(?:\S+\s+){0,3}(?:te\s+)?(?:snappen|weten|begrijpen)|"
    r"(?:don'?t|do\s+not|dont)\s+(?:\S+\s+)?(?:get|know|understand)\s+why|(?:asked|ask|asking)\s+(?:me\s+)?why|"
    r"(?:think|thinks|denken|denkt)\s+(?:that\s+|dat\s+)?(?:i'?m|im|i\s+am|ik)\s+(?:\S+\s+){0,2}"
    r"(?:clean\w*|opruim\w*|clearing|decluttering|opruimen|aan\s+het\s+opruimen))\b)"
    r".*(?:\b(?:gave|given|giving)\s+(?:away\s+)?(?:my|all\s+my)\b|\b(?:weggegeven|weg\s+gegeven|weggeven|uitgedeeld|"
    r"verdeeld)\b|\b(?:mn|mijn|m'n|al\s+mn|al\s+mijn)\s+(?:\S+\s+){0,6}?(?:gegeven|geven)\b)",
    # A time set for "it", with a farewell ("vanavond ga ik het doen. sorry", "im doing it tonight,
    # love you all"): a plan (113 first; its answer names 112), not homework.
    r"^(?=.*\b(?:sorry|spijt|doei|bye|goodbye|vaarwel|afscheid|love\s+(?:you|u)|hou\s+van\s+(?:jullie|je)|vergeef|forgive|"
    r"laatste|last|niemand|nobody|no\s+one)\b)(?!.*\b(?:huiswerk|homework|opdracht|toets|test|exam|presentatie|"
    r"presentation|taak|task|essay|werkstuk|klusje|chore)\b).*"
    r"(?:\b(?:vanavond|vannacht|morgen|tonight|tomorrow|zaterdag|zondag|dit\s+weekend|this\s+weekend)\s+(?:ga|doe|zal)\s+ik\s+"
    r"(?:het|t)\s+(?:echt\s+)?doen\b|\bik\s+(?:ga|doe)\s+(?:het|t)\s+(?:echt\s+)?(?:vanavond|vannacht|morgen)\b"
    r"|\bi\s+am\s+(?:going\s+to\s+do|doing)\s+it\s+(?:tonight|tomorrow)\b|\bi\s+will\s+do\s+it\s+(?:tonight|tomorrow)\b)",
    # Lying awake thinking out how one would do it ("lig elke nacht te bedenken hoe ik het zou doen",
    # "every night in bed i think about how i'd do it"); not a plan for school, a party or a game.
    r"^(?!.*\b(?:werkstuk|spreekbeurt|presentatie|presentation|project|toets|test|exam|feest\w*|party|"
    r"verrassing|surprise|game|level|speech|cadeau|gift|date|uitmaken|break\s+up|vertellen|tell|zeggen|say)\b)"
    r"(?=.*(?:\b(?:elke|iedere|every|each)\s+(?:avond|nacht|dag|night|evening|day)|\bin\s+(?:mn|mijn|m'n|my)\s+bed\b|"
    r"\b(?:s\s+nachts|'s\s+nachts|at\s+night|steeds|altijd|always|constant\w*|de\s+hele\s+tijd|all\s+the\s+time|"
    # Twenty-second session (a read miss of the twenty-fifth set, as a family): awake again, last night too.
    r"(?:lig|lag|ben|was)\s+(?:weer|again|opnieuw)|vannacht\s+ook|last\s+night\s+too|kan\s+(?:niet|nie)\s+slapen|"
    r"can\s+not\s+sleep|cant\s+sleep|wakker)\b))"
    r".*\b(?:hoe\s+ik\s+(?:het|t)\s+(?:zou|ga|zal|kan)\s+doen|how\s+i(?:'?d|\s+would|\s+will|\s+could|'?ll)\s+do\s+it)\b",
    # A last message said with a doubt ("dit is mn laatste berichtje denk ik", "this is probably my
    # last message"): a plan (113 first, with 112 in the answer), not an act already under way.
    r"\b(?:dit|this)\s+(?:is|was|wordt|will\s+be)\s+(?:\S+\s+)?(?:mijn|my)\s+(?:laatste|last|final)\s+"
    r"(?:bericht|message|berichtje|text)\b(?=[^.?!]*\b(?:denk\s+ik|i\s+think|probably|waarschijnlijk|misschien|maybe|"
    r"denk)\b)|\b(?:probably|waarschijnlijk|misschien|maybe)\s+(?:\S+\s+)?(?:mijn|my)\s+(?:laatste|last|final)\s+"
    r"(?:bericht|message|berichtje|text)\b",
    # Self-harm again, said without a word for it ("ik heb het net weer gedaan en weet niet bij wie ik
    # moet", "heb t weer gedaan sorry", "did it again and idk who to tell"); not watching, looking,
    # homework, a game or someone else.
    r"^(?!.*\b(?:gekeken|kijken|keek|gezien|watched|watching|looked|site|porn\w*|video\w*|filmpje\w*|foto\w*|"
    r"huiswerk|homework|toets|test|game|gamen|gespeeld|played|gegeten|ate|gerookt|smoked|gedronken|drank|gestolen|"
    r"stole|gespijbeld|oops|britney|song|liedje|nummer)\b)"
    r".*(?:\b(?:ik\s+)?heb\s+(?:het|t|'t)\s+(?:net\s+|toch\s+|gisteren\s+|vannacht\s+|vandaag\s+|vanavond\s+)?"
    r"(?:weer|opnieuw)\s+gedaan\b|\bi\s+(?:just\s+)?did\s+it\s+again\b|^\W*(?:net\s+|toch\s+)?weer\s+gedaan\b)",
    # Twelfth session, after the thirteenth set's misses were read (families, optimistic there): a
    # suicide pact ("we made a pact that if its not better by summer we both go"); long sleeves in
    # the heat so that the marks are not seen; care for a wound one made oneself ("hoe maak ik een
    # snee schoon die ik zelf heb gedaan", "(it was me who did it)").
    r"^(?=.*\b(?:pact|suicide\s+pact|zelfmoordpact)\b)(?=.*\b(?:go|gaan|dood|die|dying|end|einde|weg|stoppen)\b)"
    r"(?=.*\b(?:both|allebei|samen|together|we)\b).*\b(?:als|if|when|wanneer|voor|before|by|zomer|summer)\b",
    r"^(?=.*\b(?:\d{2}\s+graden|warm|heet|hot|heat|zomer|summer|zon|sun)\b).*"
    r"\b(?:hoodie|trui|sweater|vest|lange\s+mouwen|long\s+sleeves?|jas)\b.*\b(?:anders\s+zien\s+ze|zodat\s+(?:niemand|ze)\s+(?:het\s+)?(?:niet\s+)?zien|so\s+(?:they|nobody|no\s+one)"
    r"\s+(?:can'?t|can\s+not|won'?t|will\s+not|do\s+not|don'?t)?\s*see|otherwise\s+they\s+see|verstop\w*|hide|hiding)\b",
    r"\b(?:snee|wond\w*|brandwond\w*|blaar|blaren|brandplek\w*|cut|cuts|wound|burns?|blisters?|krassen)\b.{0,80}"
    r"(?:\b(?:zelf\s+(?:gedaan|heb\s+gedaan)|heb\s+(?:het|t)\s+zelf\s+gedaan|met\s+een\s+aansteker|with\s+a\s+lighter|"
    r"it\s+was\s+me\s+who\s+did\s+it|i\s+did\s+it\s+myself|did\s+it\s+to\s+myself|self\s+inflicted)\b)",
    # Cuts in rows, said as a barcode ("barcode arm again", "mn benen zijn een barcode"); not a
    # product, a scan or a school project. A laugh does not take it away (LAUGH_PROOF).
    BARCODE,
    # Thirteenth session, read misses of the fourteenth set as families (optimistic there): a rope
    # kept ready and thought about ("ik bewaar een touw op zolder en denk er vaak aan", "i have a
    # rope hidden in my closet"), things given away and ready to go ("mn kleren en mn gitaar weggegeven,
    # ik ben klaar om te gaan"); a laugh does not take either away (LAUGH_PROOF).
    ROPE_KEPT,
    GIVEN_AWAY_READY,
    # Pills saved up until there are enough ("ik neem mn medicijnen niet meer in maar spaar ze
    # op tot ik genoeg heb", "saving my meds until i have enough").
    rf"^(?=.*\b{_SAVING}\b)(?=.*\b(?:pillen|pilletjes|pills|tabletten|tablets|medicijnen|meds|medicatie|paracetamol|"
    r"slaappillen)\b)(?=.*\b(?:genoeg|enough|doosje|potje|stash|voor\s+als|for\s+when|allemaal|all\s+of\s+them|"
    r"verstop\w*|hidden|hiding)\b)",
    # Thirteenth session, kinds of the fourteenth brief in my own words: a method or a place asked
    # about with what it does ("van welke verdieping moet je vallen om het niet te overleven", "how
    # high does a bridge have to be so you dont survive", "hoeveel slaappillen zijn dodelijk"), and a
    # place asked for without a fence or a camera ("welk spoor heeft geen hek", "which bridge has no
    # railing"); not a lesson, the news or a game.
    r"^(?!.*\b(?:les|lesson|class|school|werkstuk|spreekbeurt|project|nieuws|news|docu\w*|game|film|movie|serie|"
    r"series|boek|book|biologie|biology|dier\w*|animal\w*|kat|cat|hond|dog|ehbo|first\s+aid)\b)"
    r"(?=.*\b(?:verdieping\w*|floors?|hoog|hoogte|high|height|meter|meters|vallen|val|fall|falling|springen|spring|jump\w*|"
    r"brug|bridge|flat|dak|roof|trein|train|spoor|tracks|pillen|pills|slaappillen|paracetamol|tabletten|dosis|dose|"
    r"hoeveel|how\s+many|how\s+much)\b)"
    r".*\b(?:(?:om\s+|dat\s+je\s+|zodat\s+je\s+)?(?:het\s+)?niet\s+(?:te\s+)?overleeft?|niet\s+te\s+overleven|"
    r"(?:so\s+(?:that\s+)?)?(?:you|u|i|one)\s+(?:dont|don'?t|do\s+not|won'?t|wont|will\s+not|would\s+not|wouldnt)\s+"
    r"survive|to\s+not\s+survive|not\s+to\s+survive|dodelijk\w*|lethal|fatal|zeker\s+(?:weten\s+)?dood|dead\s+for\s+sure|"
    r"die\s+for\s+sure|instant(?:ly)?\s+dead|meteen\s+dood|overleef\w*\s+(?:je|jij|u|ik|men|iemand)(?:\s+\S+){0,4}\s+niet)\b",
    r"^(?=.*\b(?:welk\w*|waar|which|where|weet\s+iemand|does\s+anyone\s+know)\b)"
    r"(?=.*\b(?:spoor|spoorweg|rails|tracks|railway|brug|bridge|flat|dak|roof|viaduct|parkeergarage|toren|tower|"
    r"overweg|crossing)\b)"
    r".*\b(?:geen|zonder|no|without|niet\s+afgesloten|not\s+locked|unlocked|open)\s+(?:\S+\s+)?(?:hek\w*|fences?|"
    r"camera\w*|bewaking|security|hekwerk|railings?|leuning\w*|slagbo\w*|barriers?|gates?|dak)\b",
    # Self-harm done together ("mn vriendin en ik snijden samen", "me and my friend cut together");
    # not cutting food, hair, paper or a video.
    r"^(?!.*\b(?:groente\w*|brood|taart|cake|pizza|ui|uien|onions?|haar|hair|pony|bangs|papier|paper|karton|stof|fabric|"
    r"lint|touw|hout|wood|bloemen|flowers|gras|grass|nagels|nails|foto\w*|video\w*|film\w*|edit\w*|clip\w*|knutsel\w*|"
    r"craft\w*|per\s+ongeluk|by\s+accident|keuken|kitchen|koken|cook\w*|lot|loten|kraslot\w*|scratch\s*cards?|"
    r"lottery|krasfolie)\b)"
    rf".*{either(_alt('samen', 'together', 'allebei', 'both', 'met zn tweeen', 'met ons tweeen', 'we', 'wij'), _alt('snijden', 'snijen', 'cut', 'cutting', 'krassen', 'scratch', 'scratching', 'branden', 'burn', 'burning', 'sh'), 4)}",
    # Marks explained away as the cat's ("mn ouders denken dat de krassen van de kat zijn, nope dat
    # ben ik zelf", "i tell everyone it was my cat"): self-harm hidden.
    r"^(?=.*\b(?:kat|poes|cat|kitten)\b)(?=.*\b(?:krassen|krasjes|wondjes|wonden|schrammen|sneetjes|scratches|marks|"
    r"cuts|lijntjes|lines)\b)"
    r".*\b(?:denken|denkt|zeg|zeggen|zei|vertel|verteld|think|thinks|thought|tell|told|say|said|liegen|lie|lied|"
    r"ben\s+ik\s+(?:het\s+)?zelf|dat\s+ben\s+ik|was\s+ik\s+(?:zelf)?|i\s+did\s+(?:it|them|that)|(?:was|is)\s+me)\b"
    r"(?!.*\b(?:echt\s+(?:van\s+)?de\s+kat|really\s+(?:the|my)\s+cat)\b)"
    r"(?=.*\b(?:zelf|myself|me|mezelf|nope|niet\s+(?:van\s+)?de\s+kat|not\s+(?:the|my)\s+cat|eigenlijk|actually|"
    r"ben\s+ik|was\s+ik|ik\s+zelf|i\s+did|that\s+was\s+me|thats\s+me|that'?s\s+me|"
    r"in\s+werkelijkheid|but\s+it\s+was|maar\s+het\s+was|denken|think|thinks|zeg|say|tell|told)\b)",
    # Fourteenth session, read misses of the fifteenth set as families (optimistic there): what self-harm
    # needs, got in secret ("ik heb gaas nodig maar durf niet te vragen waarvoor", "need bandaids for my
    # legs but cant ask my mom"); marks or burns one made, to be hidden or got rid of before anyone sees
    # ("hoe krijg ik de brandplekken weg voordat mn ouders het zien", "how do i cover the scars i made");
    # a pet blamed that is not there ("ik zeg dat het de hond was maar we hebben geen hond", "told them it
    # was my cat but its me doing it"). Not "in verband met", blisters, a piercing, acne or the sun.
    r"^(?!.*\b(?:in\s+verband\s+met|blaar|blaren|blisters?|schoenen|shoes|piercing\w*|tattoo\w*|tatoeage\w*|acne|puist\w*|"
    r"pimples?|wrat\w*|warts?|teek|tick|sport\w*|voetbal|football|soccer|training|gevallen|fell|val|ongeluk|accident|"
    r"per\s+ongeluk|by\s+accident|koken|cooking|bakken|baking|zon|sun|sunburn|zonnebrand\w*|wespen?\w*|bee|wasp)\b).*"
    r"\b(?:pleisters?|verband|verbandjes|gaas|gaasjes|steristrips?|hechtpleisters?|bandages?|band\s?-?aids?|plasters?|"
    r"gauze)\b.{0,80}\b(?:zonder\s+dat|durf\s+(?:het\s+)?(?:niet|nie)|(?:niet|nie)\s+(?:te\s+)?vragen|can\s+not\s+ask|"
    r"cannot\s+ask|(?:too\s+)?(?:scared|afraid)\s+to\s+ask|vraagt?\s+waarvoor|vragen\s+waarvoor|asks?\s+(?:me\s+)?"
    r"(?:why|what\s+for)|stiekem|secretly|in\s+secret|niemand\s+mag|nobody\s+(?:can|may|must)\s+know|no\s+one\s+"
    r"(?:can|may|must)\s+know)\b",
    r"^(?!.*\b(?:acne|puist\w*|pimples?|waterpokken|chickenpox|operatie|surgery|operation|keizersnede|tattoo\w*|"
    r"tatoeage\w*|zuigzoen\w*|hickey\w*|zon|sun|sunburn|zonnebrand\w*|verbrand\s+door|striae|stretch\s+marks|"
    r"koken|cooking|bakken|baking|oven|strijkijzer|iron|per\s+ongeluk|by\s+accident|accident|ongeluk|gevallen|fell)\b)"
    r"(?=.*\b(?:littekens?|scars?|brandplekken|brandplekjes|brandwondjes|brandwonden|brandwond|burn\s+marks|burns|"
    r"plekken|plekjes|marks|krassen|sneetjes|wondjes|wonden|cuts)\b)"
    r"(?=.*\b(?:verberg\w*|verstop\w*|hide|hiding|cover\w*|camoufl\w*|concealer|weg\s+(?:te\s+)?(?:krijgen|krijg|halen|"
    r"werken)|wegkrijgen|wegwerken|(?:krijg|krijgen|krijgt|haal|halen|werk|werken)\s+(?:\S+\s+){0,5}weg|get\s+rid\s+of|"
    r"make\s+them\s+go\s+away|fade|zodat\s+niemand|so\s+(?:that\s+)?(?:no\s+one|nobody)|lange\s+mouwen|long\s+sleeves)\b)"
    r".*\b(?:zonder\s+dat|voordat|voor\s+(?:mijn|mn)\s+(?:ouders|moeder|vader|coach|trainer|vrienden)|from\s+(?:my|mn)\s+"
    r"(?:mom|mum|mother|dad|father|parents|family|coach|friends)|before\s+(?:anyone|someone|"
    r"my|they|he|she|people)|niemand|nobody|no\s+one|iemand|anyone|someone|zelf\s+(?:\S+\s+){0,2}(?:gemaakt|gedaan)|"
    r"(?:made|did)\s+(?:them|it|those)?\s*(?:myself|yourself)|i\s+made|ik\s+(?:heb\s+)?(?:gemaakt|gedaan)|"
    r"die\s+ik\s+(?:mezelf|mijzelf)\s+(?:geef|gaf|heb\s+gegeven)|that\s+i\s+(?:give|gave)\s+myself)\b",
    r"^(?!.*\b(?:eten|ate|eat|opgegeten|cake|taart|koekjes|cookies|kapot|broke|broken|mess|rommel|poep\w*|poop|pee|"
    r"plas|vaas|vase|schoen\w*|shoes?|huiswerk|homework|bank|couch|sofa|gordijn\w*|curtains?)\b).*"
    r"\b(?:het\s+was|was\s+het|it\s+was|it'?s|zeg\w*\s+(?:\S+\s+){0,2}dat\s+het|said\s+it\s+was|say\s+it'?s|"
    r"tell\s+\S+\s+it'?s|told\s+\S+\s+it\s+was|blame\w*|de\s+schuld\s+(?:op|aan))\s+(?:\S+\s+){0,2}"
    r"(?:kat|poes|hond|cat|dog|kitten|puppy|konijn|rabbit)\b.{0,60}\b(?:(?:geen|no|hebben\s+geen|heb\s+geen|"
    r"(?:do|does)\s+not\s+have\s+an?|don'?t\s+have\s+an?|niet\s+eens\s+een|not\s+even\s+an?)\s+(?:\S+\s+)?"
    r"(?:kat|poes|hond|cat|dog|kitten|puppy|konijn|rabbit|pets?|huisdier\w*)|(?:it'?s|it\s+is|het\s+is|ben)\s+"
    r"(?:\S+\s+)?(?:me|ik|mezelf|myself)\s+(?:doing\s+it|die\s+het\s+doe|die\s+het\s+doet|zelf))\b",
)
# A line of a song quoted ("dat nummer 'i wanna die tonight' zit in mn hoofd").
SONG_QUOTED = (
    r"^(?=.*\b(?:song|liedje|lied|nummer|lyrics?|songtekst|refrein|chorus|zingt|zingen|sings|singing|rapt|raps|rapper|"
    r"zanger\w*|singer|album|spotify|playlist)\b).*['\"‘“][^'\"’”]{3,80}['\"’”]"
)
# A question about a help line ("is 113 alleen voor ...", "wat doet 112") asks about the service.
ABOUT_A_SERVICE = (
    r"\b(?:is|doet|does|do|werkt|works|kost|costs|betekent|means|bel\s+je|call\s+you)\s+(?:\S+\s+){0,2}"
    r"(?:113|112|0800|kindertelefoon|csg)\b|\b(?:113|112|csg|kindertelefoon)\s+(?:\S+\s+)?"
    r"(?:only|alleen|ook|also|gratis|free|echt|really)\b"
)
# A cut or a burn with an everyday cause named and nothing that says it was meant, hidden or serious ("ik heb
# mezelf gesneden bij het uien snijden, pleister erop", "gebrand aan de frituur op mn bijbaan, een blaar", "bij
# handvaardigheid met het stanleymes, niks ergs", "scouting, hout snijden, kleine snee"). Twenty-second session,
# from read false alarms of several sets, as a family; the bare "bij het koken" is in SUICIDAL_EXCEPT already.
_NOT_EVERYDAY = (
    r"^(?!.*\b(?:expres|met\s+opzet|opzettelijk|on\s+purpose|deliberately|weer|again|opnieuw|elke\s+(?:dag|avond|nacht)|"
    r"every\s+(?:day|night)|verstop\w*|hide|hiding|niemand\s+mag|nobody|zei\s+(?:ik|dat)|i\s+said|told\s+(?:them|him|her|my)|"
    r"niet\s+van|not\s+from|wasnt|was\s+not|dood|die|zelfmoord\w*|suicid\w*|straf|punish\w*|verdien\w*|deserve\w*|"
    r"blijft\s+bloeden|stopt\s+(?:niet|nie)|keeps\s+bleeding|won'?t\s+stop|flauw\w*|faint\w*|duizelig|dizzy|"
    r"thinks?|denkt|denken|i\s+(?:burn|cut|scratch)\s+myself|ik\s+(?:brand|snij|snijd|kras)\s+(?:me|mezelf)|"
    r"can\s+not\s+feel|voel\s+(?:het\s+|er\s+)?(?:niks|niets)\s+meer|(?:het\s+is|it\s+is)\s+(?:helemaal\s+)?(?:wit|white))\b)"
)
EVERYDAY_CUT_OR_BURN = (
    _NOT_EVERYDAY
    + r"(?=.*\b(?:gesneden|snee|sneetje|sneed|cut|sliced|gebrand|brandwond\w*|blaar|blaren|blister\w*|burn\w*|"
    r"schaafwond\w*|scrape\w*|bult|bump)\b)"
    r".*\b(?:uien|ui|onions?|groente\w*|vegetables|brood\w*|bread|bakken|baking|gebakken|oven\w*|frituur\w*|friet\w*|"
    r"fryer|snackbar|tosti\w*|strijkijzer|iron|krultang|stijltang|handvaardigheid|knutsel\w*|crafts?|stanleymes\w*|"
    r"box\s*cutter|scouting|scouts|hout\s+snijden|whittl\w*|kastje|keukenkastje|cupboard|skate\w*|skaten|keepen|"
    r"keeper|voetbal|football|trefbal|dodgeball|gym|pe\s+class|paard\w*|horse|bijbaan|part\s*-?\s*time\s+job|"
    r"koken|cooking|keuken|kitchen|scheren|shaving|papier\w*|paper)\b"
)
# Bleeding from a nose, a sport, a fall or a period, with the writer saying it is fine or over ("neus bloedde
# maar doet nu geen pijn meer", "bij trefbal bloedde het heel erg, nu is het gestopt", "schaafwond van skaten,
# overal bloed maar het doet niet eens pijn", "ik bloed heel veel bij mn ongesteldheid, is dat normaal"): no
# danger now (same session and family).
BLEEDING_THAT_IS_FINE = (
    _NOT_EVERYDAY
    + r"(?=.*\b(?:neus\w*|nose\w*|skate\w*|skaten|keepen|keeper|trefbal|dodgeball|gym|voetbal|football|sport\w*|"
    r"gevallen|fell|val|ongesteld\w*|period|menstrua\w*|schaafwond\w*|scrape\w*|bal|ball)\b)"
    r".*\b(?:gestopt|stopped|(?:doet|does)\s+(?:nu\s+)?(?:geen|niet\s+eens|nie\s+eens|not\s+even|no\s+longer)\s+(?:\S+\s+)?"
    r"(?:pijn|zeer|hurt)|doesnt\s+(?:even\s+)?hurt|ik\s+ben\s+(?:ok|oke|prima|fine)|i'?m\s+(?:ok|okay|fine)|im\s+(?:ok|okay|fine)|"
    r"i\s+am\s+(?:ok|okay|fine)|niks\s+ergs|nothing\s+serious|is\s+dat\s+normaal|is\s+that\s+normal)\b"
)
# A goodbye video, card or party for a class, a teacher, a camp or someone moving ("we maken een afscheidsvideo
# voor de juf", "goodbye video for the group 8 kids on the last day of camp"): no farewell of one's own
# (twenty-second session, read false alarms of the twenty-fifth set, as a family).
GOODBYE_FOR_OTHERS = (
    r"^(?!.*\b(?:mijn\s+eigen|my\s+own|als\s+ik\s+er\s+niet\s+meer|when\s+i(?:'m|\s+am)\s+gone|na\s+mijn\s+dood|"
    r"after\s+i\s+die|zelfmoord\w*|suicid\w*)\b)"
    r"(?=.*\b(?:afscheidsvideo\w*|afscheidsfilmpje\w*|afscheids\s*(?:video|filmpje|kaart|cadeau|feest\w*|lied\w*)|"
    r"goodbye\s+(?:video|card|party|song|present|gift)|farewell\s+(?:video|card|party|song))\b)"
    r".*\b(?:mentor|juf|meester|leraar|lerares|teacher|klas|class|groep\s*\d+|\d+ers|kamp|camp|schoolkamp|school|"
    r"collega\w*|team|stage|verhuist|verhuizen|moving|emigreert|exchange|uitwisseling|vrienden|friends|opa|oma)\b"
)
# Wanting to die over something small, with a crying or laughing face ("mn kapper heeft mn haar verknipt, i
# wanna die 😭", "ik wil dood, mn moeder heeft mn telefoon afgepakt 😩"): hyperbole (same session and family),
# unless said to be meant.
SMALL_CAUSE_HYPERBOLE = (
    r"^(?!.*\b(?:zelfmoord\w*|suicid\w*|kill\s+myself|kms|niet\s+meer\s+leven|niet\s+meer\s+wakker|echt\s+waar|"
    r"serieus|seriously|for\s+real|fr|meen\s+het|mean\s+it|plan|pillen|pills|niemand|nobody|alleen|alone|"
    r"al\s+(?:weken|maanden)|for\s+(?:weeks|months))\b)"
    r"(?=.*(?:😭|😩|😫|💀|😂|🤣|🙄|\blol\b|\bhaha\w*\b|\blmao\b))"
    r"(?=.*\b(?:kapper|kapsel|haar|pony|haircut|hair|bangs|telefoon\s+afgepakt|phone\s+(?:taken|got\s+taken)|"
    r"took\s+my\s+phone|toets|exam|spreekbeurt|presentatie|presentation|cijfer|grade|minecraft|fortnite|roblox|"
    r"game|level|crush|outfit|schoenen|shoes|concert|tickets?)\b)"
    r".*\b(?:wil\s+(?:\S+\s+)?dood|want\s+to\s+die|wanna\s+die|ga\s+dood|gonna\s+die|going\s+to\s+die|dead|dood)\b"
)
# Tired enough to sleep forever ("i could sleep forever after 3 exams", "ik kan wel 100 jaar slapen"): no wish
# to die (same session and family).
SLEEP_FOREVER_TIRED = (
    r"^(?!.*\b(?:nooit\s+meer\s+wakker|never\s+wake|niet\s+meer\s+wakker|not\s+wake\s+up|dood|die|zelfmoord\w*|"
    r"suicid\w*|pillen|pills)\b)"
    r"(?=.*\b(?:moe|tired|exhausted|kapot|uitgeput|sleepy|slaperig|exams?|toetsen|toets|school|werk|work|training)\b)"
    r".*\b(?:could|can|kan|zou|kon)\s+(?:\S+\s+){0,2}?(?:sleep|slapen)\s+(?:\S+\s+)?(?:forever|voor\s+altijd|"
    r"\d+\s+(?:jaar|years|dagen|days|uur|hours)|een\s+week|a\s+week)\b"
)
SUICIDAL_EXCEPT: Sequence[str] = (
    GOODBYE_FOR_OTHERS,
    SMALL_CAUSE_HYPERBOLE,
    SLEEP_FOREVER_TIRED,
    EVERYDAY_CUT_OR_BURN,
    # Scratches a pet made ("mn kat heeft krassen op mn arm gemaakt", "my cat scratched my arm"), with
    # nothing that says they were one's own or hidden.
    r"^(?!.*\b(?:dood|die|dying|zelfmoord\w*|suicid\w*|leven|life|zelf|mezelf|myself|denken|denkt|zeg|zeggen|say|"
    r"tell|told|nope|eigenlijk|actually|liegen|lie|verstop\w*|hide|expres|on\s+purpose|self\s+harm|again|weer|opnieuw|"
    r"relapse\w*|terugval|no\s+cat|geen\s+kat|there\s+is\s+no|(?:don'?t|do\s+not)\s+(?:even\s+)?have\s+a|hebben\s+geen|"
    r"heb\s+geen)\b)"
    r".*\b(?:kat|poes|kitten|hond|puppy|konijn|cavia|hamster|cat|dog|rabbit)\s+(?:\S+\s+)?(?:heeft|had|has|krabde|"
    r"krabt|scratched|scratches|beet|bit|bites)\b",
    # Testing the bot with the word, and saying one is fine ("test: wat zeg je als ik 'zelfmoord' typ?
    # met mij gaat het prima"; twelfth session, a read false alarm of the twelfth set, as a family).
    r"^(?=.*\b(?:test\w*|werkt|works|working|check\w*|benieuwd|curious)\b)(?=.*\b(?:typ|type|typed|tik|intik|zeg|say|"
    r"write|schrijf|stuur|send)\b)(?=.*\b(?:gaat\s+(?:het\s+)?(?:prima|goed|top|fine)|i'?m\s+(?:fine|ok|okay|good)|"
    r"im\s+(?:fine|ok|okay|good)|i\s+am\s+(?:fine|ok|okay|good)|niks\s+aan\s+de\s+hand|nothing\s+wrong|not\s+for\s+real|niet\s+echt|"
    r"geen\s+zorgen|no\s+worries|don'?t\s+worry|do\s+not\s+worry)\b)",
    HARMLESS_DEATH,
    # A question about the normal dose of a painkiller ("hoeveel paracetamol mag je per dag, heb
    # hoofdpijn"), not about how many it takes.
    r"^(?!.*\b(?:dodelijk\w*|lethal|overdos\w*|dood|(?:to|i|will|gonna|would|you|u|and)\s+die|sterven|te\s+veel|too\s+many|"
    r"genoeg\s+om|enough\s+to|alles|all)\b)"
    r"(?=.*\b(?:paracetamol|ibuprofen|pillen|pills|tabletten|medicijnen|aspirine|\w+tabletten|\w+pillen)\b)"
    r".*\b(?:per\s+dag|a\s+day|per\s+day|normale\s+dosis|normal\s+dose|hoofdpijn|headache|koorts|fever|buikpijn|"
    r"griep|flu|verkouden|verkoudheid|(?:a|the)\s+cold|keelpijn|sore\s+throat|kiespijn|toothache|ongesteld|period|"
    r"cramps|menstruatie\w*|spierpijn|blessure|injury)\b",
    # Hiding, not dying: "ik wil verdwijnen onder mn dekbed", "van die app", "disappear from insta".
    r"\b(?:verdwijnen|disappear)\s+(?:onder|in|van|uit|from|off|under)\s+(?:\S+\s+)?(?:dekbed|bed|deken|grond|"
    r"app\w*|school|kamer|klas|insta\w*|snap\w*|tiktok|socials|social\s+media|internet|groep\w*|group\w*|"
    r"blanket|covers|earth|face\s+of\s+the\s+earth)\b",
    ABOUT_A_SERVICE,
    # A cut by accident: "aan een papiertje", "aan een blikje", "per ongeluk", "while cooking".
    r"\b(?:papier\w*|paper\w*|blaadje|blikje|bij\s+het\s+koken|while\s+cooking|scheren|shaving|"
    r"(?<!niet\s)per\s+ongeluk|(?<!not\s)by\s+accident|(?<!not\s)accidentally)\b",
    r"\b(?:used\s+to|vroeger|vorig\s+jaar|last\s+year|better\s+now|gaat\s+(?:nu\s+)?goed|"
    r"gaat\s+(?:nu\s+|veel\s+|al\s+|weer\s+|een\s+stuk\s+)*beter|(?:is|are)\s+(?:doing\s+)?(?:much\s+|a\s+lot\s+)?better\s+now)\b",
    # Fourteenth session, read false alarms of the fifteenth set as families (optimistic there): a crisis
    # years ago, well now ("toen ik 12 was dacht ik aan zelfmoord, nu gaat het al lang goed", "years ago i
    # was suicidal but im doing great now"), unless it is back; a line of a song quoted ("dat nummer
    # 'i wanna die tonight' zit in mn hoofd").
    r"^(?!.*\b(?:weer|again|opnieuw|terug|back(?!\s+then)|lately|laatst|sinds\s+kort)\b)"
    r"(?=.*\b(?:years\s+ago|jaren\s+geleden|(?:\d+|een|twee|drie|vier|vijf|zes|paar)\s+(?:jaar|maanden)\s+geleden|"
    r"(?:two|three|four|five|a\s+few|a\s+couple\s+of|\d+)\s+years\s+ago|"
    r"in\s+de\s+\d+e|in\s+de\s+(?:eerste|tweede|derde)|toen\s+ik\s+\d+\s+was|when\s+i\s+was\s+\d+|in\s+(?:groep|klas)\s+\d+|"
    r"in\s+the\s+past|in\s+het\s+verleden|vroeger|used\s+to|(?:in|op)\s+de\s+(?:brugklas|basisschool|onderbouw|"
    r"middelbare)|in\s+(?:primary|middle|elementary)\s+school|in\s+(?:\d+th|\d+rd|\d+nd|first|second)\s+grade|"
    r"back\s+then|destijds|een\s+tijd\s+terug|a\s+while\s+back|last\s+year|vorig\s+jaar)\b)"
    r".*\b(?:doing\s+(?:really\s+|so\s+|very\s+)?(?:great|good|well|fine|ok|okay|better)|gaat\s+(?:het\s+)?(?:nu\s+|al\s+|weer\s+)*(?:jaren\s+|lang\s+|"
    r"maanden\s+)?(?:goed|prima|beter|top)|(?:i'?m|im|i\s+am)\s+(?:\S+\s+)?(?:fine|ok|okay|good|better|happy|doing\s+(?:great|good|well|fine))|"
    r"nu\s+(?:ben\s+ik|gaat\s+het)\s+(?:\S+\s+)?(?:goed|prima|gelukkig|blij|beter))\b",
    SONG_QUOTED,
)

# Grief that is getting better, or a line of a song quoted, is no wish to follow someone who died.
GRIEF_EXCEPT: Sequence[str] = (
    r"\b(?:gaat\s+(?:nu\s+|weer\s+|al\s+)*(?:goed|beter|prima)|(?:is|are|feel|feels|doing)\s+(?:\S+\s+)?better\s+now|"
    r"doing\s+(?:better|fine|ok|okay))\b",
    SONG_QUOTED,
    ABOUT_A_SERVICE,
)

# --- 112: an act under way or danger now ---------------------------------------------------------
# A word that says how urgent, not what ("noodgeval", "emergency"): danger now on its own, unless
# the message says what is urgent and it is not the body (components/safety_decision.py).
URGENCY_WORD = r"\b(?:noodgeval|noodsituatie|spoedgeval|emergency|sos|acuut|acute)\b"
NOT_NOW_BETWEEN = _alt("maar", "but", "soms", "sometimes", "vroeger", "toen", "als", "if", "when", "wanneer", "dood", "not", "niet")
# A thing or a thought as the subject just before the verb ("het laat me niet los"): no person holds.
_THINGS = ("het", "dit", "dat", "it", "this", "that", "beeld", "beelden", "video", "video's", "videos", "filmpje", "filmpjes", "foto", "foto's", "fotos", "gedachte", "gedachten", "gedachtes", "image", "images", "pictures", "thought", "thoughts", "dingen", "ding", "things", "nachtmerrie", "nightmare", "herinnering", "memory")
_AUX = ("will", "would", "does", "did", "do", "can", "could")
_ADVERBS = ("just", "really", "still", "simply", "gewoon")
NOT_A_THING_BEFORE = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _THINGS)
# A threat, unless it is to share images ("now he is threatening to send them to my family",
# "nu dreigt hij mijn foto's te delen"): that is sextortion, not danger to the body now.
_SHARE_AFTER = (
    r"(?!\s+(?:(?:me|mij|us|ons)\s+)?(?:(?:to|te|met|with|that|dat|om)\s+)?(?:\S+\s+){0,4}"
    r"(?:send\w*|post\w*|share\w*|leak\w*|spread\w*|expose\w*|publish\w*|upload\w*|delen|te\s+delen|"
    r"sturen|posten|verspreiden|online\s+te\s+zetten|door\s+te\s+sturen|rond\s+te\s+sturen|"
    r"foto\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|pics?|beelden)\b)"
)
_SHARE_WORDS = (
    r"(?:send\w*|post\w*|share\w*|leak\w*|spread\w*|expose\w*|publish\w*|upload\w*|delen|sturen|posten|"
    r"verspreiden|foto\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|pics?|pictures?|beelden)"
)
THREAT_TO_THE_BODY = "(?:" + "|".join(f"{w}{_SHARE_AFTER}" for w in ("bedreigt", "bedreigd", "threatening", "threatens")) + ")"
HURTS = _alt("slaat", "slaan", "hits", "is hitting", "hitting", "beats", "is beating", "beating", "hurts", "is hurting", "hurting", "pijn doet", "schopt", "schoppen", "kicks", "kicking", "wurgt", "wurgen", "chokes", "choking", "mishandelt", "duwt", "pushes", "steekt", "stabbing", "aanvalt", "attacking", "in elkaar slaat", "in elkaar slaan", "beat up", "beating up")
PILLS = _alt("pillen", "pilletjes", "pil", "tabletten", "paracetamol", "paracetamols", "ibuprofen", "medicijnen", "medicatie", "slaappillen", "antidepressiva", "pills", "pill", "tablets", "meds", "medication", "painkillers", "oxy", "xanax", "strip", "strips", "doosje", "potje", "bottle", "overdosis", "overdose", "insuline", "insulin", "oxazepam", "diazepam", "od")
TAKEN = _alt("geslikt", "doorgeslikt", "leeg gemaakt", "leeggemaakt", "emptied", "ingenomen", "genomen", "opgegeten", "took", "taken", "swallowed", "downed", "ate", "popped", "slik", "neem", "nam", "namen", "slikte", "gespoten", "injected")
HIGH_PLACE = _alt("dak", "brug", "flat", "balkon", "rand", "randje", "spoor", "rails", "treinrails", "spoorbaan", "viaduct", "vensterbank", "raam", "roof", "rooftop", "bridge", "ledge", "balcony", "railway", "tracks", "train tracks", "edge", "window", "cliff", "klif", "parkeergarage", "toren", "tower")
_WATERSIDE = _alt("pier", "kade", "steiger", "havenhoofd", "sluis", "kanaal", "canal", "gracht", "rivier", "river", "dock", "quay", "harbour", "harbor", "meer", "lake", "zee", "sea")
# A high place or the waterside: where someone may be about to jump.
_HIGH_OR_WATER = f"(?:{HIGH_PLACE}|{_WATERSIDE})"
ON = _alt("op", "on", "at", "bij", "aan", "in", "boven", "above", "naast", "next to", "onder", "langs")
ABOUT_TO = _alt("spring", "springen", "jump", "jumping", "trein", "train", "afscheid", "goodbye", "bye", "doei", "einde", "end", "klaar", "ready", "naar beneden", "down", "vallen", "fall", "laatste", "last", "dood", "die", "niet meer", "no more", "kijk naar beneden", "looking down", "eraf", "off")
_ABUSING = _alt("doet dingen met", "doen dingen met", "misbruikt", "verkracht", "aanrandt", "betast", "abusing",
             "raping", "molesting", "doing things to", "doing stuff to", "doing things with", "being abused",
             "being raped")
_GOING_ON_NOW = _alt("nu live", "is live", "live now", "right now", "op dit moment", "happening now", "gebeurt nu",
                     "gebeurt het nu", "nu bezig", "is nu bezig", "still going on", "nog steeds bezig")
_JUMPED = _alt("gesprongen", "jumped")
_HURT_AFTER = _alt("leef nog", "still alive", "nog in leven", "niet bewegen", "nie bewegen", "can not move", "cant move",
                   "bloed", "blood", "gebroken", "broken")
_COMING = _alt("komt eraan", "komt er aan", "is coming", "is on his way", "is on her way", "coming for me")
_SUBSTANCE = _alt("pillen", "pilletjes", "pills", "drugs", "xtc", "molly", "mdma", "ghb", "coke", "keta", "ketamine",
                  "lachgas", "alcohol", "wodka", "vodka", "shots", "drank", "slaappillen", "sleeping pills",
                  "geblowd", "geblowed", "blowen", "wiet", "weed", "joint", "jointje", "hasj", "stoned", "gebruikt",
                  r"iets\s+(?:genomen|geslikt|gebruikt|ingenomen|op)", r"(?:took|taken|swallowed)\s+something",
                  r"(?:te\s*veel|veel\s+te\s+veel)\s+gedronken", r"(?:drank|drunk|had)\s+(?:way\s+)?too\s+much",
                  r"iets\s+in\s+(?:\S+\s+)?(?:drankje|drinken|glas)", r"something\s+in\s+(?:\S+\s+)?(?:drink|glass)")
AMOUNT_TAKEN = (
    r"\b\d{2,}\s*(?:pillen|pills|paracetamol\w*|ibuprofen|tabletten|tablets|slaappillen|sleeping\s+pills|meds|"
    r"medicijnen)\s+(?:\S+\s+)?(?:genomen|geslikt|ingenomen|op|taken|took|swallowed)\b|\b(?:took|taken|swallowed|genomen|"
    r"geslikt|ingenomen)\s+(?:\S+\s+)?\d{2,}\s*(?:pillen|pills|paracetamol\w*|ibuprofen|tabletten|tablets|slaappillen|meds)\b"
)
# Twentieth session, read misses of the twenty-third set as families (optimistic there): pills taken, told with
# what they do in the body now ("heb al pillen genomen lol, 40 ofzo. voel me weird en mn hart bonkt", "took a
# bunch of pills, my heart is racing"): an act under way, also told with a laugh.
PILLS_TAKEN_WITH_AN_EFFECT = (
    r"^(?=.*\b(?:voel\s+(?:me|mij)\s+(?:\S+\s+)?(?:raar|weird|vreemd|duizelig|misselijk|slap|wazig)|feel\w*\s+(?:\S+\s+)?"
    r"(?:weird|strange|dizzy|sick|nauseous|faint|woozy)|(?:mijn|my)\s+hart\s+(?:\S+\s+)?(?:bonkt|klopt|racet|gaat\s+tekeer|slaat\s+over)|"
    r"hartkloppingen|(?:my\s+|their\s+|his\s+|her\s+)?heart\s+(?:is\s+)?(?:keeps\s+)?(?:racing|pounding|skipping|skips|"
    r"beating\s+(?:so\s+)?fast)|duizelig|dizzy|moet\s+overgeven|"
    r"throwing\s+up|throw\s+up|vomit\w*|overgeven|kotsen|shak(?:e|ing)|trillen|tril\s+(?:helemaal|heel)|"
    r"kan\s+(?:niet|nie)\s+(?:meer\s+)?(?:staan|lopen|denken|praten)|can'?t\s+(?:stand|walk|think))\b)"
    r".*\b(?:(?:pillen|pills|tabletten|tablets|paracetamol\w*|ibuprofen|slaappillen|meds|medicijnen|antidepress\w*|"
    r"pijnstillers|painkillers)\s+"
    r"(?:\S+\s+){0,2}?(?:genomen|geslikt|ingenomen|taken|took|swallowed|gepakt|gedaan)|(?:took|taken|swallowed|genomen|"
    r"geslikt|ingenomen)\s+(?:\S+\s+){0,5}?(?:pillen|pills|tabletten|tablets|paracetamol\w*|meds|medicijnen|antidepress\w*|"
    r"pijnstillers|painkillers|slaappillen|sleeping\s+pills)"
    # Twenty-first session, a read miss of the twenty-first set as a family: "after taking 15 paracetamol".
    r"|(?:after|na)\s+(?:taking|swallowing|het\s+(?:nemen|slikken|innemen)\s+van)\s+(?:like\s+|about\s+|zo'?n\s+|"
    r"ongeveer\s+)?\d{2,}\s+(?:\S+\s+)?(?:pillen|pills|tabletten|tablets|paracetamol\w*|ibuprofen|meds|medicijnen))\b"
)
_NOT_WAKING = _alt(r"wordt\s+(?:\S+\s+)?(?:niet|nie)\s+(?:meer\s+)?wakker", r"worden\s+(?:niet|nie)\s+(?:meer\s+)?wakker",
                   r"krijg\w*\s+(?:\S+\s+){1,2}(?:niet|nie)\s+(?:meer\s+)?wakker",
                   r"(?:will|does|is|do|are)\s+not\s+(?:wake|waking)(?:\s+up)?", r"can\s+not\s+wake\s+(?:him|her|them)",
                   r"not\s+waking\s+up", r"ademt\s+(?:niet|nie|raar|vreemd|heel\s+raar|zwaar|nauwelijks|bijna\s+niet)",
                   r"(?:not|barely|is\s+not|stopped)\s+breathing", r"breathing\s+(?:weird|funny|strange\w*|slow\w*)",
                   r"blauwe\s+lippen", r"blue\s+lips", r"reageert\s+(?:\S+\s+)?nergens\s+(?:meer\s+)?op",
                   r"(?:not\s+responding|unresponsive)(?!\s+to\s+(?:my\s+)?(?:texts?|messages?|dms?|calls?))")
# An intake ("de hele doos genomen", "all those pills") and what an overdose does to the body.
_INTAKE = _alt(
    rf"(?:hele|whole|complete|volle|full|entire|alle|all|al\s+mijn|all\s+my|te\s*veel|too\s+many|veel\s+te\s+veel|"
    rf"zoveel|so\s+many|a\s+lot\s+of|\d{{2,}}|allemaal)\s+(?:\S+\s+)?(?:{PILLS}|doos|box|pot|pack|packet|fles|flesje)",
    rf"(?:{PILLS}|doos|box)\s+(?:\S+\s+){{0,3}}(?:allemaal|alle|all|leeg|empty)",
    r"(?:alles|everything|all\s+of\s+them|ze\s+allemaal)\s+(?:\S+\s+)?(?:genomen|geslikt|ingenomen|took|taken|swallowed)",
)
_OD_EFFECT = _alt(
    r"(?:niet|nie|not|barely|bijna\s+niet)\s+(?:meer\s+)?wakker\s+(?:blijven|houden)",
    r"(?:can\s+not|could\s+not|barely)\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open)",
    r"(?:ogen|eyes)\s+(?:\S+\s+){0,2}(?:niet\s+)?open\s+(?:houden|keep)",
    r"lippen\s+(?:zijn\s+|worden\s+)?(?:\S+\s+)?(?:raar|blauw|paars|wit|gek)",
    r"lips\s+(?:are\s+|look\s+|feel\s+)?(?:\S+\s+)?(?:weird|blue|purple|strange|numb)",
    r"(?:hart|heart)\s+(?:\S+\s+){0,2}(?:bonkt|klopt\s+(?:heel\s+)?(?:raar|snel|hard)|gaat\s+(?:zo\s+|heel\s+)?"
    r"(?:snel|raar|tekeer)|racing|is\s+racing|pounding|beats?\s+(?:so\s+)?(?:fast|weird))",
    r"(?:moet|blijf)\s+(?:steeds\s+|de\s+hele\s+tijd\s+)?overgeven",
    r"keep\s+(?:throwing\s+up|vomiting)",
)
_CALL_FOR_HELP = _alt("help", "hulp", "bang", "scared", "afraid", "snel", "please", "pls")
_FAREWELL = _alt("goodbye", "afscheid", "doei", "bye", "vaarwel", "dit is het", "this is it")
_AT_THE_TRACKS = _alt("train is coming", "trein komt", "on the tracks", "op het spoor", "op de rails", "station")
# A pillow fight, a game or a sport: hitting that is play.
_PLAY_FIGHT = _alt("kussen\\w*", "pillow\\w*", "bal", "ball", "game\\w*", "spel\\w*", "judo", "boksen", "boxing", "karate",
                   "voetbal\\w*", "football", "soccer", "hockey", "training", "sport\\w*", "grap\\w*", "joke", "stoeien",
                   "wrestl\\w*", "lol", "haha\\w*")
# Someone who does not respond, wake up or come round ("reageert niet", "wordt niet wakker", "komt niet
# bij", "passed out", "won't wake up"), not to messages or calls.
_UNRESPONSIVE = (
    r"reageert\s+(?:\S+\s+){0,2}?(?:niet|nie|nergens)(?:\s+meer)?(?!\s+(?:op|meer\s+op)\s+(?:mijn|mn|m'n|de|haar|zijn|z'n|"
    r"onze|jouw)?\s*(?:berichten|berichtjes|appjes|apps|app|snaps?|dm|dms|telefoon|bellen|belletjes|mail|texts?|vragen))"
    r"|reageren\s+(?:niet|nie)|(?:doesn'?t|does\s+not|isn'?t|is\s+not|won'?t|will\s+not|not)\s+(?:respond\w*|react\w*)"
    r"(?!\s+to\s+(?:my\s+|our\s+|her\s+|his\s+)?(?:texts?|messages?|dms?|calls?|snaps?))|unresponsive"
    r"|(?:wordt|word|worden)\s+(?:\S+\s+)?(?:niet|nie)\s+(?:meer\s+)?wakker|krijg\w*\s+(?:\S+\s+){1,2}(?:niet|nie)\s+"
    r"(?:meer\s+)?wakker|(?:won'?t|will\s+not|doesn'?t|does\s+not|can'?t|cannot|is\s+not|isn'?t)\s+(?:\S+\s+)?wak(?:e|ing)\s+up"
    r"|komt\s+(?:niet|nie)\s+(?:meer\s+)?bij|flauwgevallen|flauw\s+gevallen|passed\s+out|bewusteloos|unconscious"
    r"|knocked\s+out|out\s+cold|ligt\s+(?:\S+\s+)?stil"
)
# Something taken, drunk or smoked, or a party: what makes not responding an emergency.
_TAKEN_OR_PARTY = (
    r"genomen|geslikt|gekregen|gerookt|gedronken|gebruikt|op\s+had|ophad|took|taken|swallowed|smoked|drank|drunk|"
    r"dronken|high|drugs?|xtc|mdma|pil|pillen|pills?|lachgas|ghb|drankje|drink|alcohol|wodka|vodka|feest\w*|party|"
    r"festival|gespoten|snuiven|gesnoven|strip|strips|doosje|lege|empty|fles|bottle"
)
# A sign in the body beside not responding.
_BODY_SIGN = (
    r"blauw\w*|blue|lippen|lips|ademt|adem|breath\w*|schokt|schokken|trilt|trillen|shaking|shakes|overgeven|"
    r"kotst|braakt|throwing\s+up|vomit\w*|puking|koud|cold|bleek|pale|schuim|foam\w*"
)


# Nineteenth session, read misses of the twenty-first set as families (optimistic there): a friend or a
# sibling who sent a farewell just now, or who had saved pills ("mn vriendin had pillen gespaard en nu
# stuurde ze me een afscheidsbericht", "my friend just texted me goodbye and isnt answering"): an act
# that may be under way (112 first); not a farewell for a move, a holiday or a new school.
FAREWELL_FROM_SOMEONE_NOW = (
    r"^(?!.*\b(?:verhui[sz]\w*|moving|moved|moves|vakantie|holiday|vacation|emigr\w*|uitwisseling|exchange|afscheidsfeest\w*|"
    r"nieuwe\s+school|new\s+school|baan|job|stage|internship|kamp|camp|reis|trip|afscheidsborrel|musical|toneel\w*|"
    r"groep\s*8|brugklas|jarig|birthday)\b)"
    # A plan told (she wants to do it tonight) is thoughts of suicide (113 first), not an act yet.
    r"(?!.*\b(?:wants?\s+to|wil|wilt|going\s+to|gonna|gaat\s+(?:het\s+)?(?:\S+\s+)?doen|van\s+plan|plans?\s+to|morgen|tomorrow)\b)"
    r"(?=.*\b(?:nu|net|zojuist|just|vannacht|tonight|neemt\s+(?:\S+\s+)?(?:niet|nie)\s+op|not\s+answering|isnt\s+answering|"
    r"isn'?t\s+answering|reageert\s+(?:\S+\s+)?(?:niet|nie)|pillen|pills|gespaard|saved|opgespaard)\b)"
    r".*\b(?:ze|zij|hij|she|he|they|(?:mijn|my)\s+(?:beste\s+|best\s+)?(?:vriendin|vriend|friend|zus\w*|broer\w*|sister|brother|"
    r"nicht\w*|neef\w*|cousin|klasgenoot|classmate))\s+(?:\S+\s+){0,6}?(?:stuurde|stuurt|heeft\s+(?:\S+\s+){0,3}gestuurd|"
    r"sent|texted|appte|snapte|postte|posted|zette|typte)\s+(?:\S+\s+){0,4}?(?:afscheidsbericht\w*|afscheidsbrief\w*|"
    r"goodbye|vaarwel|farewell|laatste\s+bericht|last\s+message)\b"
    # Dutch order after "nu", "net": "en nu stuurde ze me een afscheidsbericht".
    r"|\b(?:stuurde|stuurt|appte|snapte|postte|typte)\s+(?:ze|zij|hij)\s+(?:\S+\s+){0,4}?(?:afscheidsbericht\w*|"
    r"afscheidsbrief\w*|goodbye|vaarwel|laatste\s+bericht)\b"
)
# Twentieth session, read misses of the twenty-second set as families (optimistic there): a sibling or friend who
# sent a final farewell ("voor altijd doei", "dit was het", "bye forever") and cannot be reached now (phone off,
# offline, nobody knows where); not a bare "doei", nor a farewell for a move, a holiday or a new school.
FAREWELL_THEN_GONE = (
    r"^(?!.*\b(?:verhui[sz]\w*|moving|moved|moves|vakantie|holiday|vacation|emigr\w*|uitwisseling|exchange|"
    r"afscheidsfeest\w*|nieuwe\s+school|new\s+school|baan|job|stage|internship|kamp|camp|reis|trip|groep\s*8|"
    r"brugklas|jarig|birthday|game\w*|server|stream\w*|youtube|tiktok\w*|account\w*|lol|haha\w*)\b)"
    # Someone else sent it.
    r"(?=.*\b(?:hij|ze|zij|he|she|they|(?:mijn|my)\s+(?:\S+\s+)?(?:broer\w*|zus\w*|brother|sister|vriend\w*|friend|bff|"
    r"nicht\w*|neef\w*|cousin|klasgeno\w*|classmate))\s+(?:\S+\s+){0,4}?(?:stuurde|stuurt|appte|appt|snapte|schreef|"
    r"typte|postte|zette|zei|sent|texted|wrote|posted|said|dm'?d|messaged)\b"
    r"|.*\b(?:stuurde|stuurt|appte|appt|snapte|schreef|typte|postte|zette|zei)\s+(?:hij|ze|zij)\b)"
    r"(?=.*\b(?:(?:telefoon|phone|mobiel|gsm)\s+(?:\S+\s+){0,2}?(?:uit|off|dood|dead)|(?:neemt|nam)\s+(?:\S+\s+){0,3}?"
    r"(?:niet|nie)\s+op|(?:is\s+)?not\s+answering|isn'?t\s+answering|(?:doesn'?t|does\s+not|won'?t)\s+(?:answer|pick\s+up)|"
    r"reageert\s+(?:\S+\s+){0,3}?(?:niet|nie|nergens)|offline|onbereikbaar|unreachable|niemand\s+weet\s+waar|"
    r"leest\s+(?:\S+\s+)?(?:niks|niets|het\s+niet|niet)\s+meer|(?:doesn'?t|does\s+not|isn'?t)\s+read(?:ing)?\s+(?:\S+\s+)?"
    r"(?:anything|anymore|my\s+messages)|"
    r"(?:no\s+one|nobody)\s+knows\s+where|vermist|missing|(?:kan|kunnen|can'?t|cannot)\s+(?:\S+\s+)?(?:niet\s+)?"
    r"(?:bereiken|reach|vinden|find)|niet\s+thuis|not\s+home|weg\s+is|is\s+weg)\b)"
    r".*(?:\b(?:voor\s+altijd\s+(?:doei|dag|bye|weg)|(?:doei|dag|bye|goodbye|weg)\s+voor\s+altijd|(?:bye|goodbye)\s+forever|"
    r"dit\s+was\s+het|that\s+was\s+it|this\s+was\s+it|this\s+is\s+the\s+end|dit\s+is\s+het\s+einde|"
    r"(?:sorry\s+)?voor\s+alles\s+(?:en\s+)?(?:doei|dag)|vaarwel|farewell|"
    # Twenty-first session, a read miss of the twenty-first set as a family: "'dag iedereen ik hou van jullie'
    # en ze neemt niet op", "said this is his last message and reads nothing anymore".
    r"(?:dag|doei|bye|goodbye)\s+(?:iedereen|allemaal|every(?:one|body)|all|guys|jongens)|ik\s+hou\s+van\s+jullie|"
    r"love\s+you\s+(?:all|guys)|laatste\s+bericht|last\s+message)\b)"
)
# A child asked or pulled into a stranger's car now ("een man bij de bushalte vroeg of ik in zijn auto
# wilde, hij staat er nog", "a man keeps asking me to get in his car rn"): danger now (112 first), not
# sexual violence; not a lift, a taxi or family.
ASKED_INTO_A_CAR_NOW = (
    r"^(?!.*\b(?:taxi|uber|lift|carpool\w*|opa|oma|papa|mama|vader|moeder|dad|mom|mum|oom|tante|aunt|uncle|buurvrouw|"
    r"trainer|coach|ouders|parents|rijles|driving\s+lesson)\b)"
    r"(?=.*\b(?:nu|rn|now|right\s+now|staat\s+er\s+nog|nog\s+steeds|still|blijft|keeps|volgt|following|follows|"
    r"rijdt\s+(?:\S+\s+)?(?:achter|mee|naast)|net|just|bang|scared|help)\b)"
    r"(?=.*\b(?:auto|car|busje|van|wagen)\b)"
    r".*\b(?:man|vent|gast|guy|meneer|stranger|vreemde\w*|iemand|someone|dude)\b.{0,60}\b(?:in\s+(?:zijn|de|een|his|the|a|z'n|zn)\s+"
    r"(?:auto|car|busje|van|wagen)|instappen|stap\s+in|stappen|get\s+in(?:to)?|hop\s+in)\b"
)
# A knife for food: the kitchen, cooking or what is cut; it still counts with a threat, fear or anger.
_KNIFE_FOR_FOOD_UNLESS_A_THREAT = (
    r"^(?:(?!.*\b(?:uien|ui|onions?|groente\w*|vegetables?|veggies|brood|bread|koken|kook|kookt|cooking|cook|cooks|"
    r"aardappel\w*|potato\w*|tomaat\w*|tomato\w*|fruit|appel\w*|apples?|vlees|meat|kaas|cheese|taart|cake|pompoen\w*|"
    r"pumpkin\w*|komkommer\w*|cucumber\w*|wortel\w*|carrots?|keuken\w*|kitchen|recept\w*|recipes?|snijplank|"
    r"cutting\s+board|avondeten|dinner|lunch|ontbijt|breakfast)\b)"
    r"|(?=.*\b(?:bedreig\w*|threat\w*|dreigt|dreigde|steek|steekt|steken|stab\w*|richt|pointing|points|aan\s+me|at\s+me|"
    r"op\s+me\s+af|naar\s+me|towards\s+me|bang|scared|afraid|help|boos|angry|dronken|drunk|schreeuw\w*|yell\w*|"
    r"scream\w*|roept|shout\w*|dood|kill\w*|vermoord\w*|gepakt|pakte|grabbed|took|uit\s+de\s+keuken|from\s+the\s+kitchen|"
    r"tegen\s+(?:mijn|my|me)|against\s+(?:my|me)|ik\s+ga\s+het|i'?m\s+going\s+to|do\s+it)\b)).*?"
)
# Twenty-first session, read misses of the twenty-third set as families (optimistic there): the water of a
# bath or shower turning red, or blood in it ("ik zit in bad en het water wordt rood", "the bathwater is
# turning red"): an act under way, 112 first.
WATER_TURNING_RED = (
    r"\b(?:bad|badkuip|bath|bathtub|tub|douche|shower|badwater|bathwater)\b.{0,60}\b(?:water|het|it)\s+"
    r"(?:wordt|is|kleurt|word|turns|is\s+turning|turning|went|gets|getting|is\s+getting)\s+(?:al\s+|helemaal\s+|all\s+|so\s+)?"
    r"(?:rood|red|roze|pink)\b"
    r"|\b(?:badwater|bathwater|water\s+in\s+(?:het\s+|de\s+|the\s+)?(?:bad|bath|tub))\s+(?:is\s+|wordt\s+|turns\s+)?"
    r"(?:rood|red)\b"
)
# A last message sent from a place one can die at ("in de groepsapp zei hij dat hij op het station staat en dat dit
# zijn laatste bericht is", "she says she's on the bridge and this is her goodbye"); not a trip, a move or a
# holiday.
LAST_MESSAGE_FROM_A_PLACE = (
    r"^(?!.*\b(?:verhui[sz]\w*|moving|vakantie|holiday|vacation|reis|trip|kamp|camp|schoolreis\w*|excursie|"
    r"batterij\w*|battery|accu|lol|haha\w*)\b)"
    r"(?=.*\b(?:laatste\s+bericht|last\s+message|afscheidsbericht\w*|afscheid|goodbye|vaarwel|farewell)\b)"
    r"(?:.*\b(?:staat|sta|zit|is|stands|standing|am|i'?m|im|he'?s|hes|she'?s|shes)\s+(?:\S+\s+){0,2}?(?:op|aan|bij|on|at)\s+"
    r"(?:het\s+|de\s+|een\s+|the\s+|a\s+)?(?:station|perron|spoor|rails|brug|bridge|dak|roof|platform|flat|tracks|"
    r"railway|kade|pier|snelweg|motorway|highway|rand|edge)\b"
    r"|.*\b(?:op|aan|bij)\s+(?:het\s+|de\s+|een\s+)?(?:station|perron|spoor|rails|brug|dak|platform|flat|kade|pier|"
    r"snelweg|rand)\s+(?:staat|sta|zit|is|ligt|lig)\b)"
)
# Twenty-first session, read misses of the twenty-fourth set as families (optimistic there): on the way now to
# a place one can die at, told with a farewell or "by the time you read this" ("ik loop nu richting het spoor,
# het ligt niet aan jullie", "ik ren nu naar de rivier, als je dit leest is het klaar",
# "walking to the tracks rn. bye"); not a swim, a trip, school or friends.
ON_THE_WAY_TO_A_PLACE_NOW = (
    r"^(?!.*\b(?:zwem\w*|swim\w*|vis\w*|fishing|vakantie|holiday|school|training|werk|work|oma|opa|vrienden|friends|"
    r"feest\w*|party|concert|lol|haha\w*)\b)"
    r"(?=.*\b(?:als\s+je\s+dit\s+leest|(?:if|when|by\s+the\s+time)\s+(?:you|u)\s+read\s+this|ben\s+er\s+bijna|"
    r"(?:i'?m|im|i\s+am)\s+almost\s+there|afscheid|goodbye|bye|doei|vaarwel|farewell|niet\s+aan\s+(?:jou|jullie|jouw)|"
    r"not\s+(?:your|ur)\s+fault|laatste\s+keer|last\s+time|sorry\s+voor\s+alles|sorry\s+for\s+everything|"
    r"ik\s+kan\s+(?:niet|nie)\s+meer|i\s+can'?t\s+(?:do\s+this\s+)?anymore|het\s+is\s+klaar|it'?s\s+over|"
    # "dat het niet aan hen lag", "not their fault" (twenty-third session, a read miss of the twenty-sixth set).
    r"niet\s+aan\s+(?:hen|hun|haar|hem|mijn\s+\w+|mn\s+\w+)\s+(?:lag|ligt)|not\s+(?:their|his|her|my\s+\w+'?s?)\s+fault)\b)"
    r".*\b(?:loop|lopen|fiets|fietsen|rij|rijd|wandel|ga|ren|walking|walk|cycling|biking|riding|driving|going|heading|"
    r"on\s+my\s+way|onderweg|op\s+weg)\s+(?:\S+\s+){0,2}?(?:naar|to|towards)\s+(?:het\s+|de\s+|the\s+|een\s+|a\s+)?"
    r"(?:spoor|rails|brug|bridge|dak|roof|perron|platform|tracks|railway|kanaal|canal|rivier|river|snelweg|motorway|"
    r"highway|pier|kade|flat|viaduct|overpass|parkeergarage|parking\s+garage|toren|tower|klif|cliff|dijk|sluis|"
    r"meer|lake|zee|sea)\b"
)
# Twenty-third session, read misses of the twenty-sixth set as families (optimistic there). Someone (oneself or
# a sister, a friend) very drowsy, barely able to talk or not waking up after taking something or too much
# ("ze zegt she took something, ze kan bijna niet praten", "he took a lot of pills and is so sleepy"): an act under
# way (112 first). Not a prescribed pill that makes one sleepy, nor a question about a normal dose.
DROWSY_AFTER_TAKING = (
    r"^(?!.*\b(?:voorgeschreven|prescribed|dokter\s+zei|doctor\s+said|hooikoorts|hay\s*fever|allerg\w*|narcose|"
    r"verdoving|anesthe\w*|tandarts|dentist|normaal\s+dat|is\s+dat\s+normaal|is\s+(?:that|it)\s+normal|bijwerking\w*|"
    r"side\s+effects?|griep|flu|verkouden|cold|koorts|fever)\b)"
    r"(?=.*\b(?:suf|suffig|versuft|slaperig|sleepy|drowsy|so\s+tired|zo\s+moe|kan\s+(?:bijna\s+|haast\s+)?(?:niet|nie)\s+"
    r"(?:meer\s+)?(?:praten|lopen|staan|wakker\s+blijven)|can'?t\s+(?:really\s+)?(?:talk|walk|stand|stay\s+awake)|"
    r"barely\s+(?:talk\w*|awake|responding|breathing)|slurr\w*|lalt|lallen|wordt\s+(?:niet|nie)\s+wakker|"
    r"won'?t\s+wake\s+up|reageert\s+(?:bijna\s+)?(?:niet|nie)|not\s+responding|valt\s+steeds\s+in\s+slaap|"
    r"keeps\s+falling\s+asleep|half\s+(?:bewusteloos|buiten\s+westen|unconscious))\b)"
    r".*(?:\b(?:took|taken|has\s+taken|genomen|ingenomen|geslikt|gebruikt|op\s*gegeten|swallowed)\s+(?:\S+\s+){0,2}?"
    r"(?:something|iets|stuff|spul|a\s+lot|too\s+(?:many|much)|te\s+veel|een\s+heleboel|alles|everything|de\s+hele|"
    r"the\s+whole|alle|all)\b"
    r"|\b(?:iets|something|te\s+veel|too\s+(?:many|much))\s+(?:\S+\s+){0,2}?(?:genomen|ingenomen|"
    r"geslikt|taken|took|swallowed)\b)"
)
# Cut oneself (or a sister, a friend who did) with much blood now ("ze heeft zichzelf gesneden, er is veel bloed",
# "he cut himself and theres so much blood"): an act under way (112 first), not only self-harm.
CUT_WITH_MUCH_BLOOD = (
    r"^(?!.*\b(?:neus\w*|nose\w*|ongesteld|menstrua\w*|period|film|movie|game|serie|series|kapper|scheren|shaving|"
    r"keuken|kitchen|koken|cooking|uien|onions|groente|vegetables|mes\s+uitgeschoten|slipped)\b)"
    r"(?=.*\b(?:zichzelf|haarzelf|hemzelf|mezelf|mijzelf|herself|himself|myself|themselves|zich)\s+(?:\S+\s+){0,2}?"
    r"(?:gesneden|gesneeden|gekrast|cut|sneed|snijdt|snijden|pijn\s+gedaan)\b|\b(?:heeft|heb|has|have|had)\s+"
    r"(?:\S+\s+){0,2}?(?:gesneden|gecut|cut)\s+(?:haar|zijn|mijn|her|his|my)\s+(?:arm|pols|been|wrist|leg)\w*\b)"
    r".*\b(?:veel\s+bloed|zoveel\s+bloed|zo\s+veel\s+bloed|heel\s+veel\s+bloed|so\s+much\s+blood|lots\s+of\s+blood|"
    r"a\s+lot\s+of\s+blood|blood\s+everywhere|overal\s+bloed|bloed\s+overal|onder\s+het\s+bloed|covered\s+in\s+blood)\b"
)
# A threat of coming now or tonight from someone who knows where one lives ("hij zei ik weet waar je woont en ik
# kom eraan", "he texted i know where you live, im coming over", "ze weten waar ik woon en komen me vanavond
# halen"): danger now, 112 first (twenty-fourth session, a read miss of the twenty-sixth set as a family). Not
# a parent's or friend's visit, a delivery or a game.
THREAT_TO_COME_NOW = (
    r"^(?!.*\b(?:pakketje|package|parcel|bezorg\w*|deliver\w*|pizza|oma|opa|grandma|grandpa|tante|aunt|oom|uncle|"
    r"game|spel|film|movie|serie|series|verjaardag|birthday|feest\w*|party|logeren|sleepover|chill\w*|gezellig\w*|"
    r"hang\s+out|huiswerk|homework|bff|taart|cake|cadeau\w*|present|gift)\b)"
    r"(?=.*\b(?:weet|weten|wist|know|knows|knew)\s+(?:\S+\s+)?(?:waar|where)\s+(?:je|jij|ik|we|wij|ze|you|i|u)\s+"
    r"(?:\S+\s+)?(?:woon\w*|wonen|woont|live|lives|living|zit|zitten|slaap|sleep|bent|ben|are|am)\b)"
    r".*\b(?:(?:ik|we|wij|hij|ze|zij|die|en|they|he|she|i)\s+(?:kom|komen|komt|ga|gaan|gaat)\s+(?:\S+\s+){0,2}?"
    r"(?:eraan|er\s+aan|langs|naar\s+(?:je|jou|jullie|mijn|ons|jouw)|je\s+halen|me\s+halen|mij\s+halen|je\s+pakken|"
    r"me\s+pakken|mij\s+pakken|vanavond|vannacht|nu|zo)"
    r"|(?:i\s+am|im|we\s+are|were|he\s+is|hes|she\s+is|shes|they\s+are|theyre|i\s+will|ill|we\s+will|he\s+will|"
    r"they\s+will|gonna)\s+(?:\S+\s+){0,2}?(?:coming|come|be\s+there|be\s+at|on\s+(?:my|our|his|her|their)\s+way|"
    r"pull\s+up|show\s+up)"
    r"|(?:coming|komt|komen)\s+(?:over|for\s+(?:you|me)|to\s+(?:your|my)\s+(?:house|place)|tonight|now)"
    r"|(?:sta|staat|staan|wacht|wachten)\s+(?:\S+\s+){0,2}?(?:voor|bij|outside)\s+(?:de|je|mijn|ons|the|my|your)\s+"
    r"(?:deur|huis|door|house))\b"
)
DANGER: Sequence[str] = (
    THREAT_TO_COME_NOW,
    DROWSY_AFTER_TAKING,
    CUT_WITH_MUCH_BLOOD,
    ON_THE_WAY_TO_A_PLACE_NOW,
    FAREWELL_FROM_SOMEONE_NOW,
    FAREWELL_THEN_GONE,
    WATER_TURNING_RED,
    LAST_MESSAGE_FROM_A_PLACE,
    ASKED_INTO_A_CAR_NOW,
    # Too late, already done: "te laat, heb ze al geslikt", "too late now, i already did it"
    # (not homework handed in or a report already made).
    r"^(?!.*\b(?:gemeld|melden|meld|gestuurd|ingeleverd|huiswerk|homework|opdracht|deadline|reported|report|"
    r"sent|submitted|betaald|paid|aangifte)\b).*"
    r"(?:\b(?:te\s+laat|too\s+late)\b.{0,40}\b(?:heb\s+(?:het|t|ze)\s+(?:al\s+|net\s+)?(?:gedaan|genomen|geslikt)|"
    r"(?:already|just)\s+did\s+it|did\s+it\s+already|already\s+done|al\s+gedaan)\b"
    r"|\b(?:heb\s+(?:het|t|ze)\s+(?:al\s+|net\s+)?(?:gedaan|genomen|geslikt)|(?:already|just)\s+did\s+it|"
    r"did\s+it\s+already)\b.{0,40}\b(?:te\s+laat|too\s+late)\b)",
    # A threat to kill shouted or said now, not a condition: "hij schreeuwt dat hij me gaat afmaken,
    # echt serieus", "he says he's going to kill me"; not "mn moeder vermoordt me als ik te laat ben",
    # nor a laugh.
    r"^(?!.*\b(?:als|if|wanneer|when|lol|haha\w*|grapje|jk|lmao)\b).*"
    r"\b(?:schreeuwt|schreeuwde|roept|riep|zegt|zei|dreigt|dreigde|yells|yelled|screams|screamed|says|said|"
    r"threatens|threatened|keeps\s+saying)\s+(?:\S+\s+){0,2}?(?:dat\s+)?(?:hij|zij|ze|he|she|they)\s+"
    r"(?:me|mij|ons|us)\s+(?:gaat|zal|gaan|wil|will|is\s+going\s+to|going\s+to|gonna|'ll)\s+"
    r"(?:afmaken|vermoorden|doodmaken|doden|kill|murder|end)\b"
    r"|^(?!.*\b(?:als|if|wanneer|when|lol|haha\w*|grapje|jk|lmao)\b).*"
    r"\b(?:he|she|they)(?:'ll|\s+will|\s+is\s+going\s+to|\s+s\s+going\s+to|s\s+going\s+to|\s+gonna)\s+kill\s+(?:me|us)\b"
    r"(?=.*\b(?:serious|seriously|for\s+real|fr|no\s+joke|scared|afraid|knife|gun|mes|now|rn)\b)",
    # Many pills, then a symptom: "ik voel me raar na 20 paracetamol", "dizzy after 20 pills".
    r"\b(?:na|after)\s+(?:[1-9]\d|[8-9])\s+(?:ibuprofen|paracetamol|pillen|pills|tabletten|tablets|"
    r"slaappillen|oxazepam|diazepam|xanax|medicijnen|meds)\b",
    # Too much taken: "heb teveel pillen genomen", "i took too many" (not food or time).
    r"^(?!.*\b(?:gegeten|eten|food|ate|snoep|candy|time|tijd|moeite|effort|koffie|coffee|drank|alcohol|bier|beer)\b).*"
    r"(?:\b(?:te\s+veel|teveel|too\s+many|too\s+much)\s+(?:\S+\s+){0,2}(?:ingenomen|genomen|geslikt|taken|swallowed)\b"
    r"|\b(?:took|have\s+taken|i'?ve\s+taken|swallowed|heb|slikte|nam)\s+(?:\S+\s+){0,2}(?:te\s+veel|teveel|too\s+many|"
    r"too\s+much)\b(?!\s+(?:of\s+)?(?:time|tijd)))",
    # Somewhere high where nobody knows: "op het dak van de flat, niemand weet dat ik hier ben".
    rf"\b{ON}\s+(?:\S+\s+){{0,2}}{HIGH_PLACE}\b.{{0,50}}\b(?:niemand\s+weet|nobody\s+knows|no\s+one\s+knows|noone\s+knows)\b",
    # A friend who shares her location and asks for help, taken or in danger now: "ze stuurde net
    # haar locatie en zei help".
    r"\b(?:stuurde|stuurt|deelde|deelt|sent|shared|sends|shares)\s+(?:\S+\s+){0,2}(?:locatie|location|live\s+locatie|"
    r"live\s+location)\b.{0,40}\b(?:help|hulp|sos|112)\b",
    # An act already done, told in a farewell: "ik heb het al gedaan. zeg tegen mn moeder dat het
    # niet haar schuld is", "i did it. tell them i love them": 112 first, not only 113.
    r"^(?=.*\b(?:(?:niet|not|never|geen)\s+(?:haar|zijn|hun|jouw|jullie|your|her|his|their|mn\s+\w+|my\s+\w+)\s+"
    r"(?:schuld|fault)|vaarwel|afscheid|goodbye|love\s+(?:you|them)\s*(?:all)?|hou\s+van\s+(?:jullie|je|ze))\b)"
    r".*\b(?:ik\s+heb\s+(?:het|t)\s+(?:al\s+|net\s+|toch\s+|echt\s+|nu\s+)?gedaan|i\s+(?:already\s+|just\s+|actually\s+)?"
    r"did\s+it|it'?s\s+done|het\s+is\s+(?:al\s+)?gedaan)\b",
    # A final message is an act about to happen: "dit is mijn laatste bericht", "this is my last
    # message" (112 first; its answer also names 113).
    r"\b(?:dit|this)\s+(?:is|was|wordt|will\s+be)\s+(?:mijn|my)\s+(?:laatste|last|final)\s+(?:bericht|message|berichtje|text)\b"
    r"(?![^.?!]*\b(?:voor\s+vanavond|voor\s+vandaag|vandaag|vanavond|for\s+today|for\s+tonight|tonight|today|slapen|"
    r"sleep|welterusten|night|morgen|tomorrow|before|voor\s+de|in\s+deze|in\s+this|denk\s+ik|i\s+think|probably|"
    r"waarschijnlijk|misschien|maybe)\b)",
    # Somewhere high, and a goodbye in the next sentence: "ik sta op de brug. dit is het".
    r"^(?!.*\b(?:schuur\w*|shed|garage|boomhut|treehouse|trampoline|bal|ball|frisbee|terras|dakterras|zaten|sat|was)\b)"
    rf"(?:.*\b(?:standing|staan|sta|zit|zitten|sitting|op|on|at|bij)\s+(?:\S+\s+){{0,2}}{HIGH_PLACE}\b.{{0,60}}\b{_FAREWELL}\b"
    rf"|.*\b{_FAREWELL}\b.{{0,60}}\b(?:standing|staan|sta|zit|sitting|op|on|at|bij)\s+(?:\S+\s+){{0,3}}{HIGH_PLACE}\b)",
    # A cut that keeps bleeding without the word blood: "heb in mn arm gesneden en het stopt niet".
    r"\b(?:gesneden|snee|sneed|cut\s+myself|cut\s+my)\b[^.?!]{0,60}\b(?:houdt|stopt|stop|stopping|ophoudt)\s+"
    r"(?:\S+\s+)?(?:niet|not|nie)\b|\b(?:gesneden|cut\s+myself|cut\s+my)\b[^.?!]{0,60}\b(?:won'?t|will\s+not|does\s+not|"
    r"doesn'?t)\s+stop\b",
    # A farewell with the means and then silence, told about a friend ("stuurde een foto van een strip
    # pillen en 'doei' en nu leest ze niks meer", "posted a goodbye story with a pic of pills and
    # shes not answering"): an act may be under way, 112 first.
    r"^(?=.*\b(?:pil\w*|pills?|tabletten|strip|touw|rope|mesje\w*|blade\w*|dak|roof|brug|bridge|spoor|tracks)\b)"
    r"(?=.*\b(?:ze|zij|hij|he|she|they|shes|hes|vriend\w*|friend\w*|zus\w*|broer\w*|sister|brother|nicht\w*|neef\w*|cousin)\b)"
    r"(?=.*\b(?:doei|bye|goodbye|vaarwel|afscheid\w*|laatste\s+bericht|last\s+message|sorry\s+voor\s+alles|"
    r"sorry\s+for\s+everything|bedankt\s+voor\s+alles|thanks\s+for\s+everything)\b)"
    r".*\b(?:leest\s+(?:\S+\s+)?(?:niks|niets|nie|niet)|neemt\s+(?:\S+\s+){0,2}(?:niet|nie)\s+op|reageert\s+(?:\S+\s+){0,2}"
    r"(?:niet|nie)|offline|not\s+answering|isn'?t\s+answering|not\s+picking\s+up|not\s+replying|no\s+reply|"
    r"geen\s+reactie|onbereikbaar)\b",
    # Eighth session (fifth development set): lying or sitting on the tracks or a motorway ("ik lig op de
    # rails"); a cut deeper than usual ("al 1 keer gesneden. dieper dan anders"); someone locked in
    # who went silent after saying they would end it.
    r"\b(?:lig|ligt|liggen|i'?m\s+lying|lying|laying|i\s+lie|zit|zitten|sta|staan|sitting|standing)\s+(?:nu\s+|now\s+|al\s+)?"
    r"(?:op|on)\s+(?:de|het|the)\s+(?:rails|spoor|treinrails|tracks|train\s+tracks|railway|snelweg|highway|motorway)\b",
    r"^(?=.*\b(?:net|zojuist|just|nu|now|zit|bad|bath|bloed\w*|blood|bleed\w*)\b)"
    r".*\b(?:gesneden|snee|sneed|cut\s+myself|cut\s+my\s+\w+|mesje|blade)\b[^?!]{0,60}\b(?:dieper\s+dan\s+(?:anders|normaal|ooit|"
    r"eerst|vorige\s+keer)|deeper\s+than\s+(?:usual|ever|normal|before|last\s+time))\b",
    r"^(?=.*\b(?:eind|einde|end\s+it|zelfmoord|suicide|dood|die|niet\s+meer\s+leven)\b).*\b(?:opgesloten|locked\s+(?:himself|herself|"
    r"themselves)\s+in)\b.{0,60}\b(?:hoor\s+(?:\S+\s+)?(?:niet|nie|niks)|can'?t\s+hear|reageert\s+(?:\S+\s+)?(?:niet|nie)|"
    r"not\s+answering|doesn'?t\s+answer|no\s+answer|geen\s+antwoord)\b",
    # Eighth session (fourth development set): a cut that keeps coming ("het is dieper dan anders,
    # het blijft maar komen", "it keeps bleeding").
    r"^(?!.*\b(?:haar|hair|pony|bangs|nagels|nails|papier|paper|groente|uien|onions?|koken|cooking|brood|bread)\b)"
    r".*\b(?:gesneden|snee|sneed|cut\s+myself|cut\s+my)\b[^?!]{0,80}\b(?:blijft|keeps?|keep)\s+(?:maar\s+|just\s+|on\s+)?"
    r"(?:komen|bloeden|lopen|coming|bleeding)\b",
    # Pills already taken, told beside a question of harm: "kan je dood gaan van 30 ibuprofen? want
    # ik heb ze al op", "is 20 paracetamol dangerous, i took them all already".
    rf"^(?=.*\b(?:dood|die|dying|gevaarlijk|dangerous|te\s+veel|too\s+many|too\s+much|overdosis|overdose|"
    rf"wat\s+gebeurt|what\s+happens|ziekenhuis|hospital)\b)(?=.*{PILLS})"
    r"(?=.*\b(?:\d{2,}|hele\s+(?:strip|doos\w*|pot\w*)|whole\s+(?:box|bottle|strip)|alle|all)\b).*(?:\b(?:heb|had|have|i'?ve)\s+"
    r"(?:ze|die|alles|allemaal|them|all\s+of\s+them|it\s+all)\s+(?:(?:al|net|already|just|all|allemaal|alle|nu)\s+){0,2}"
    r"(?:op|ingenomen|genomen|geslikt|taken|swallowed|took)\b"
    r"|\bi\s+(?:already\s+|just\s+)?(?:took|swallowed|ate|popped)\s+(?:them|all|it\s+all|the\s+whole)\b"
    r"|\b(?:heb|have|i'?ve)\s+(?:al\s+|already\s+|net\s+|just\s+)?(?:ingenomen|genomen|geslikt|taken|swallowed)\s+"
    r"(?:ze|die|alles|them|all|it\s+all)\b)",
    # Poison or an overdose taken: "ik dronk bleekmiddel", "overdosed", "ik heb net een overdosis genomen".
    either(_alt("bleekmiddel", "bleach", "chloor", "ontstopper", "drain cleaner", "antivries", "antifreeze",
                "rattengif", "gif", "poison", "wasmiddel"),
           _alt("gedronken", "drank", "drunk", "geslikt", "swallowed", "ingenomen", "opgedronken", "genomen", "took",
                "taken", "drinking"), 4),
    r"^(?!.*\b(?:film|movie|serie|series|nieuws|news|boek|book|celeb\w*|rapper|artiest|artist)\b).*"
    r"\b(?:overdosed|overdosis\s+(?:genomen|geslikt|ingenomen)|od'?d|od\s+gegaan|took\s+an\s+overdose)\b",
    # A fight with knives or a gun outside now: "een gevecht met messen in onze straat".
    r"^(?!.*\b(?:gisteren|vorige|yesterday|last|film|movie|game|video|serie|series|nieuws|news|boek|book)\b).*"
    + either(_alt("gevecht", "vechtpartij", "fight", "steekpartij", "schietpartij", "shooting", "ruzie"),
             _alt("messen", "mes", "knife", "knives", "wapen", "wapens", "gun", "guns", "pistool"), 4),
    # Dragged away now: "ze trokken haar de bosjes in", "slepen een meisje naar boven".
    either(_alt("getrokken", "gesleurd", "gesleept", "slepen", "sleuren", "trekken", "dragged", "drugged", "dragging", "pulled",
                "pulling"),
           _alt("de bosjes", "bosjes", "het bos", "bushes", "the woods", "een auto", "de auto", "a car", "the car",
                "a van", "een busje", "naar boven", "upstairs", "een kamer", "a room", "de wc", "the bathroom"), 4),
    # Still in the house, or getting off at my stop: "ben net los maar ze zijn nog in huis".
    r"^(?=.*\b(?:vastgebonden|tied|opgesloten|locked|bang|scared|afraid|help|los|verstopt|hiding|hide|slaat|geslagen|"
    r"hurt|mes|knife|inbrekers|burglars|inbreker|burglar|wapen|gun)\b)"
    r".*\b\S+\s+(?:zijn|is|are)\s+(?:er\s+)?(?:nog|still)\s+(?:in\s+(?:huis|het\s+huis|the\s+house|"
    r"de\s+kamer)|binnen|inside|downstairs|beneden)\b",
    r"\b(?:stapt|stappen|gets|got|is\s+getting)\s+(?:\S+\s+){0,2}(?:uit|off)\s+(?:\S+\s+){0,2}(?:bij|at)\s+(?:mijn|my)\s+"
    r"(?:halte|stop)\b",
    # Someone coming now, with a call for help: "hij komt eraan, help me".
    rf"\b{_COMING}\b[^.?!]{{0,40}}\b{_CALL_FOR_HELP}\b|\b{_CALL_FOR_HELP}\b[^.?!]{{0,40}}\b{_COMING}\b",
    # An act with its effects: "ben gesprongen, leef nog maar kan niet bewegen", "heb
    # mezelf gesneden en nu wordt alles zwart", "het bloed loopt over de vloer".
    r"^(?!.*\b(?:trampoline|zwembad|pool|duikplank|sloot|water|sport\w*|training|skate\w*)\b).*"
    + rf"(?:\b{_JUMPED}\b[^.?!]{{0,60}}\b{_HURT_AFTER}\b|\b{_HURT_AFTER}\b[^.?!]{{0,60}}\b{_JUMPED}\b)",
    either(_alt("gesneden", "cut myself", "pillen", "pills", "geslikt", "ingenomen", "taken", "took", "bloed", "blood"),
           _alt("wordt alles zwart", "alles wordt zwart", "going black", "everything is black", "word flauw",
                "val flauw", "pass out", "passing out", "bewusteloos", "duizelig", "dizzy"), 8),
    either(_alt("bloed", "blood"), _alt("over de vloer", "on the floor", "op de grond", "everywhere", "overal",
                                          "all over"), 4),
    # Walking on a motorway or a railway now: "ik loop nu over de snelweg", "walking on the highway
    # rn", "ik sta op de vluchtstrook"; not driving on it or crossing a road with a light.
    r"\b(?:loop|lopen|walk|walking|sta|staan|stand|standing|lig|liggen|lying|zit|sitting)\s+"
    r"(?:\S+\s+){0,2}(?:op|over|on|midden\s+op|in\s+the\s+middle\s+of)\s+(?:de\s+|het\s+|the\s+|a\s+)?"
    r"(?:snelweg|autosnelweg|vluchtstrook|highway|motorway|freeway|spoor|rails|treinrails|tracks|train\s+tracks|a\d+)\b"
    r"(?!.*\b(?:auto|car|bus|fiets|bike|rijden|drive|driving|file|traffic\s+jam|stoplicht|zebrapad|overweg|werk|job|work|werkt|elke\s+dag|every\s+day|naar\s+school|to\s+school)\b)",
    # About to cross a motorway or the tracks without looking: "ze staat bij de snelweg en gaat
    # oversteken zonder te kijken", "gonna walk across the highway without looking".
    r"^(?=.*\b(?:snelweg|autosnelweg|highway|motorway|freeway|spoor|rails|tracks)\b)"
    r"(?=.*\b(?:oversteken|oversteek|steek\s+\S+\s+over|cross|crossing)\b)"
    r"(?!.*\b(?:game|gta|spel|film|movie|droom|dream)\b).*\b(?:zonder\s+te\s+kijken|without\s+looking)\b",
    # An overdose told by its effects on oneself: "ik kan bijna niet meer wakker blijven en mn lippen
    # zijn raar, heb de hele doos genomen", "cant keep my eyes open after all those pills", "mn hart
    # gaat zo snel sinds ik die pillen nam". An intake and an effect: 112 first.
    rf"^(?=.*\b{_INTAKE}\b).*\b{_OD_EFFECT}",
    # A cut told by its effects: a towel or the sheets soaked red ("de handdoek is helemaal rood",
    # "the towel is soaked"), also in the next sentence. Deeper than usual alone is self-harm (113).
    r"^(?=.*\b(?:gesneden|gesneeden|snee|snijwond|cut|cuts|cutting|pols|polsen|wrist|wrists|wond|wound)\b)"
    r".*\b(?:handdoek|handdoeken|towel|towels|lakens|sheets|shirt|tissues?|wc\s*papier|toilet\s+paper)\s+"
    r"(?:is|zijn|are|is\s+al|are\s+already)?\s*(?:helemaal\s+|compleet\s+|totally\s+|completely\s+|all\s+)?"
    r"(?:rood|red|doorweekt|soaked|vol\s+bloed|full\s+of\s+blood)\b",
    # After the twelfth set's misses were read (end of the eleventh session; figures after this are
    # optimistic): a cut with blood through a towel or with dizziness ("het bloed gaat door de handdoek
    # heen. word duizelig", "i cut and now im lightheaded"): 112 first.
    r"^(?!.*\b(?:papier|paper|blikje|broodmes|koken|cooking|keuken|kitchen|scheren|shaving|per\s+ongeluk|"
    r"accident\w*|bloed\s+zien|seeing\s+blood|sight\s+of\s+blood)\b)"
    r"(?=.*\b(?:gesneden|gesneeden|snee|snijwond|cut|cuts|cutting|pols|polsen|wrist|wrists|wond|wound)\b)"
    r"(?=.*\b(?:bloed\w*|blood|bleed\w*)\b).*\b(?:door\s+(?:de|het|mn|mijn)\s+(?:\S+\s+)?heen|through\s+(?:the|my)\s+"
    r"(?:towel|bandage|sheets|shirt)|duizelig|draaierig|dizzy|lightheaded|light\s+headed|flauw\w*|faint\w*)\b",
    # A friend's last message after taking something, and no answer now ("hij appt me dat hij iets
    # heeft genomen en dat dit zn laatste bericht is. hij neemt niet op", "ze appt 'its done' en ze
    # neemt niet op", "a photo of an empty pill bottle with 'sorry'"): an act under way, 112 first.
    rf"^(?=.*(?:{either(_alt('genomen', 'ingenomen', 'geslikt', 'took', 'taken', 'swallowed'), _alt('iets', 'something', 'alles', 'everything', 'pillen', 'pills', 'meds', 'medicijnen', 'tabletten', 'them', 'ze allemaal', 'all of them'), 3)}"
    r"|\b(?:its|it'?s|it\s+is)\s+done\b|\bhet\s+is\s+gedaan\b|\bheeft\s+het\s+gedaan\b|\blege\s+pil\w*|"
    r"\blege\s+(?:\S+\s+)?pot\w*|\bempty\s+(?:pill\s+)?bottle|\bpillenpot\w*|\bpill\s+bottle))"
    r"(?=.*\b(?:neemt\s+(?:\S+\s+)?niet\s+op|nemen\s+niet\s+op|reageert\s+(?:\S+\s+)?niet|not\s+answering|"
    r"not\s+picking\s+up|doesn'?t\s+answer|won'?t\s+answer|antwoordt\s+niet|laatste\s+bericht\w*|last\s+message|"
    r"sorry|afscheid|goodbye|vaarwel)\b)",
    # Someone who took something and cannot be woken, or breathes strangely: "mn vriend heeft iets
    # genomen en wordt niet meer wakker", "she took pills and won't wake up", "hij heeft xtc op en
    # ademt raar". An overdose taken: 112 first, not the 113 of "ik wil niet meer wakker worden".
    either(_SUBSTANCE, _NOT_WAKING, 10),
    # Both told, with a comma between ("ze heeft wiet gerookt, ademt nauwelijks en wordt niet
    # wakker"; a read miss of the fourteenth set, as a family).
    rf"^(?=.*\b{_SUBSTANCE}\b)(?=.*\b{_NOT_WAKING}\b)",
    # Goodbye at the tracks, or "i've already taken them".
    rf"\b{_FAREWELL}\b[^.?!]{{0,80}}\b{_AT_THE_TRACKS}\b|\b{_AT_THE_TRACKS}\b[^.?!]{{0,80}}\b{_FAREWELL}\b",
    r"^(?=.*\b(?:goodbye|afscheid|doei|bye|sorry|pillen|pills|strip|doosje|te\s+veel|too\s+many)\b)"
    r".*(?:\b(?:i\s+have|ive|i|ik\s+heb|heb)\s+(?:already\s+|al\s+)(?:taken|ingenomen|genomen|geslikt|swallowed)\s+"
    r"(?:them|ze|alles|all\s+of\s+them|everything|all)\b|\b(?:ik\s+heb|heb)\s+(?:ze|alles|allemaal)\s+al\s+"
    r"(?:ingenomen|genomen|geslikt)\b)",
    # Abuse that is going on now, also to someone else or on a live stream: "hij doet dingen met zn
    # kleine zusje, het is NU live", "he is abusing her right now on stream". 112 first.
    # Someone touching a person who cannot say no, now (present tense): "op deze party zit een jongen
    # aan mn vriendin terwijl ze knock out is", "a guy is touching her while she's passed out".
    r"\b(?:(?:zit|zitten)\s+(?:\S+\s+){0,3}aan\s+(?:mijn|haar|hem|zijn|een|die|dat|me|mij)\b|is\s+touching|are\s+touching|touches|betast|betasten|"
    r"kleedt\s+\S+\s+uit|kleden\s+\S+\s+uit|undressing|is\s+undressing)"
    r"\b[^.?!]{0,50}\b(?:terwijl|while)\s+(?:ze|zij|hij|she|he|they)\s+(?:\S+\s+){0,2}"
    r"(?:knock\s*out|knockout|bewusteloos|out\s+is|passed\s+out|slaapt|asleep|sleeping|dronken|drunk|wasted|"
    r"stoned|high|niet\s+bij\s+bewustzijn|unconscious)",
    # A video or a link is not live, unless it is a stream.
    r"^(?!(?=.*\b(?:video\w*|filmpje\w*|clip\w*|foto\w*|link\w*|site\w*|online)\b)"
    r"(?!.*\b(?:live|stream\w*|livestream\w*)\b))"
    rf".*(?:\b{_ABUSING}\b[^.?!]{{0,80}}\b{_GOING_ON_NOW}\b|\b{_GOING_ON_NOW}\b[^.?!]{{0,80}}\b{_ABUSING}\b)",
    # Being hurt with no one at home to step in: "hij slaat me en niemand is thuis".
    r"^(?!.*\b(?:altijd|soms|vaak|always|sometimes|often|whenever|elke\s+keer|every\s+time|als|wanneer|when)\b).*"
    + either(
        rf"{HURTS}\s+(?:me|mij)",
        _alt("niet thuis", "nie thuis", "alleen thuis", "niemand thuis", "niemand is thuis", "no one is home",
             "nobody is home", "nobody home", "home alone", "alone with him", "alleen met hem", "alone with her",
             "alleen met haar"),
        8,
    ),
    # Pills or poison already taken, or being taken now.
    either(PILLS, TAKEN, 6),
    r"\b(?:i|ik)\s+(?:have\s+|heb\s+|just\s+|net\s+)*(?:overdosed|een\s+overdosis\s+(?:genomen|gehad))\b",
    r"\b(?:took|taken|take|neem|genomen)\s+(?:\S+\s+){0,2}(?:an\s+)?(?:overdose|overdosis)\b",
    either(
        _alt("bleek", "bleach", "gif", "poison", "wasmiddel", "schoonmaakmiddel", "antivries", "wc eend", "chloor", "onder de gootsteen", "under the sink", "schoonmaakspul", "cleaning stuff", "cleaning product"),
        _alt("gedronken", "drank", "drunk", "geslikt", "swallowed", "ingenomen", "drink"),
        4,
    ),
    # Bleeding that will not stop, a cut too deep.
    either(
        _alt("bloed", "bloeden", "bloedt", "bloedde", "bleed", "bleeding", "blood"),
        _alt("stopt niet", "houdt niet op", "stoppen", "stop", "niet op", "zoveel", "heel veel", "so much", "a lot", "everywhere", "overal", "heel erg", "zo erg", "niet dicht", "not closing", "te diep", "too deep", "not stopping", "will not stop", "can not stop"),
        4,
    ),
    # "het stopt echt niet", "it just won't stop": words between the bleeding and its not stopping.
    rf"\b(?:bloed\w*|bleed\w*|blood){_gap(12)}(?:stopt|stop|stoppen|ophouden|houdt|gaat)\s+(?:\S+\s+){{0,2}}"
    r"(?:niet|not|nooit|never)\b(?!\s+(?:meer\s+)?(?:erg|bad|much|veel))"
    r"|\b(?:bloed\w*|bleed\w*|blood)\b.{0,60}\b(?:will\s+not|won't|wont|does\s+not|doesnt|is\s+not)\s+"
    r"(?:\S+\s+)?(?:stop|stopping)\b",
    # A deep cut, unless it has stopped bleeding (care for a wound one made: self-harm, 113 first).
    r"^(?!.*\b(?:niet\s+meer\s+bloedt|bloedt\s+niet\s+meer|stopped\s+bleeding|not\s+bleeding\s+(?:any\s*more|now)|"
    r"no\s+longer\s+bleeding|gestopt\s+met\s+bloeden|bloeden\s+is\s+gestopt)\b).*"
    + either(
        _alt(
            "te diep", "too deep", "heel diep", "really deep", "so deep", "zo diep", "deep", "diep", "te deep"
        ),
        _alt("gesneden", "cut", "snee", "wond"),
        3,
    ),
    r"\b(?:gushing|spuit|gutst|gutsen|pouring)\b|\bopengesneden\b|\b(?:slit|sliced)\s+(?:my\s+)?(?:wrist|wrists)\b",
    # On a roof, bridge or railway and about to go; or saying they will jump now.
    rf"\b{ME}\s+(?:\S+\s+){{0,3}}(?:sta|zit|ben|lig|stand|standing|sit|sitting|am|on|op){_gap(3)}{HIGH_PLACE}\b(?=.*\b{ABOUT_TO}\b)",
    rf"\b{HIGH_PLACE}\b(?=.*\b(?:spring|springen|jump|jumping)\b)(?=.*\b(?:nu|zo|now|right now|straks|gaan|ga|going to|about to)\b)",
    r"\b(?:ik|i)\s+(?:ga|am going to|will|spring)\s+(?:\S+\s+){0,2}(?:nu|zo|now|right now|meteen)\s+(?:springen|jump)\b",
    r"\b(?:about\s+to|ready\s+to|klaar\s+om\s+te)\s+(?:jump|springen|end|do\s+it|het\s+te\s+doen)\b",
    # Someone else at a high place or by water, about to jump or saying goodbye ("my bff stuurt dat ze op
    # de pier staat en gaat springen", "mn zusje zegt dat ze op het spoor staat", "he's on the bridge and
    # wants to jump"); eighteenth session, read misses of the eighteenth and twentieth sets, as a family.
    rf"\b(?:staat|staan|sta|zit|zitten|is|are|stands|standing|sits|sitting|hangt|hanging)\s+(?:\S+\s+){{0,3}}"
    rf"(?:op|on|at|bij|aan|boven|over)\s+(?:\S+\s+){{0,2}}{_HIGH_OR_WATER}\b"
    rf"(?=.{{0,100}}\b(?:spring\w*|jump\w*|eraf|afscheid|vaarwel|goodbye|laatste\s+bericht\w*|last\s+message|"
    rf"einde|dood|die|neemt\s+(?:niet|nie)\s+op|not\s+answering|pic\s+van\s+de\s+rails|foto\s+van\s+de\s+rails)\b)"
    rf"(?!.*\b(?:we|wij|lekker|warm|zwembad|pool|duikplank|diving|zwemmen|swim\w*|zomer|summer|bommetje|trampoline|lol|haha\w*|voor\s+de\s+lol|"
    rf"for\s+fun|tiktok|challenge)\b)",
    # The Dutch order of a told place ("stuurt dat ze op de pier staat en gaat springen"), and someone
    # saying they are on the tracks ("mn zusje zegt dat ze op het spoor staat").
    rf"\b(?:op|on|at|bij|aan|boven|over)\s+(?:\S+\s+){{0,2}}{_HIGH_OR_WATER}\s+(?:staat|staan|zit|zitten|is|"
    rf"hangt|ligt)\b(?=.{{0,100}}\b(?:spring\w*|jump\w*|eraf|afscheid|vaarwel|goodbye|laatste\s+bericht\w*|einde|dood|"
    rf"neemt\s+(?:niet|nie)\s+op|rails|spoor)\b)(?!.*\b(?:zwembad|pool|duikplank|zwemmen|zomer|bommetje|lol|haha\w*|"
    rf"tiktok|challenge)\b)",
    r"\b(?:zegt|zei|says|said|stuurt|stuurde|appt|appte|texts|texted|sends|sent|snapt|snapte)\s+(?:\S+\s+){0,4}(?:dat\s+)?"
    r"(?:ze|hij|zij|she|he)\s+(?:is\s+|staat\s+|zit\s+)?(?:\S+\s+){0,2}(?:op|on)\s+(?:het|de|the)\s+(?:spoor|rails|"
    r"treinrails|spoorbaan|tracks|train\s+tracks|railway)\b",
    # On the way to water, a bridge or the tracks with a plan or a goodbye ("walking to the canal now.
    # been planning this all week", "ik fiets nu naar de brug. sorry voor alles").
    rf"\b(?:walking|going|heading|on\s+my\s+way|onderweg|loop|lopen|fiets|fietsen|ga|ben\s+op\s+weg)\s+(?:\S+\s+){{0,2}}"
    rf"(?:to|naar)\s+(?:the\s+|de\s+|het\s+|een\s+|a\s+)?{_HIGH_OR_WATER}\b"
    rf"(?=.*\b(?:planning|planned|plan|gepland|afscheid|goodbye|bye|doei|vaarwel|sorry\s+voor\s+alles|sorry\s+for\s+everything|"
    rf"laatste|last\s+time|niet\s+meer\s+terug|not\s+coming\s+back|nooit\s+meer|never\s+again|eind\w*|end\s+it)\b)",
    # Someone who keeps coming to one's room or tent at night is there again now ("mn oom komt elke nacht
    # mn kamer in en hij is er nu weer", "op kamp en de leider komt steeds naar onze tent. nu staat hij er
    # weer"): danger now, 112 first (read misses of the seventh, eleventh, eighteenth and twentieth sets).
    r"^(?=.*\b(?:kamer|slaapkamer|tent|bed|room|bedroom)\b)"
    r"(?=.*\b(?:steeds|elke\s+nacht|iedere\s+nacht|s\s*nachts|snachts|nachts|at\s+night|every\s+night|keeps|always|"
    r"doe\s+alsof\s+ik\s+slaap|pretend\w*\s+to\s+(?:be\s+)?sleep\w*|oom|leider|stiefvader|trainer|uncle|leader|stepdad|coach)\b)"
    r"(?!.*\b(?:broertje|zusje|kat|hond|cat|dog|puppy|opruimen|clean\w*|huiswerk|homework|eten|dinner|zeur\w*|nag\w*|"
    r"little\s+(?:brother|sister)|baby)\b)"
    r".*(?:\b(?:nu|nou)\s+(?:staat|is|zit|komt|ligt|hoor\s+ik)\s+(?:hij|ze|zij|hem|haar)\s+(?:er\s+)?(?:\S+\s+){0,2}(?:weer|alweer)\b"
    r"|\b(?:hij|ze|zij)\s+(?:staat|is|zit|komt|ligt)\s+(?:er\s+)?(?:nu|nou)\s+(?:\S+\s+){0,2}(?:weer|alweer)\b"
    r"|\bhoor\s+(?:hem|haar)\s+(?:nu|nou)\s+(?:\S+\s+){0,2}(?:weer|alweer|op\s+de\s+(?:gang|trap)|bij\s+(?:de|mn|mijn)\s+deur)\b"
    r"|\b(?:he|she)\s+is\s+(?:\S+\s+){0,3}(?:again|back)\s+(?:\S+\s+){0,2}(?:now|right\s+now)\b"
    r"|\b(?:now|right\s+now)\s+(?:he|she)\s+is\s+(?:\S+\s+){0,3}(?:again|back)\b)",
    # Acts under way told with what the body does now, or with a place and the means; not thoughts (113)
    # but 112 first (eighteenth session, "other crisis" read misses of eight sets, as families):
    # bleeding that will not stop ("de wond gaat heel ver open ... het blijft bloeden"),
    r"^(?!.*\b(?:neus\w*|nose\w*|tand\w*|tooth|teeth|kies|tandvlees|gums|ongesteld\w*|menstruatie\w*|period|lip|"
    r"al\s+gestopt|stopped)\b).*(?:\b(?:blijft|bleef)\s+(?:maar\s+)?(?:door\s*)?bloeden\b|\b(?:het\s+bloeden|bloed)\s+"
    r"(?:stopt|wil)\s+(?:niet|nie)\b|\bstopt\s+(?:niet|nie)\s+(?:met\s+)?bloeden\b|\b(?:keeps|kept)\s+(?:on\s+)?bleeding\b|"
    r"\bbleeding\s+(?:won'?t|will\s+not|does\s+not|doesn'?t|wont|is\s+not)\s+stop\w*\b|\bwon'?t\s+stop\s+bleeding\b|"
    r"\b(?:krijg|kan)\s+het\s+bloeden\s+(?:niet|nie)\s+(?:gestopt|gestelpt|stoppen|stelpen)\b)",
    # a cut with the body failing ("ik zit in bad en ik heb mezelf gesneden. het water wordt rood en ik
    # word slaperig"),
    r"^(?!.*\b(?:vorige\s+week|last\s+week|vroeger|used\s+to|jaar|year|maanden|months|sinds|since)\b)"
    r"(?=.*\b(?:gesneden|sneed|cut\s+(?:myself|my)|polsen|pols|wrists?|mezelf\s+(?:\S+\s+)?gesneden)\b)"
    r".*\b(?:slaperig|sleepy|drowsy|duizelig|dizzy|flauw\w*|faint\w*|wazig|blurry|zwart\s+voor\s+(?:mn|mijn|m'n)\s+ogen|"
    r"water\s+(?:wordt|is|turns|turning|is\s+turning)\s+(?:\S+\s+)?(?:rood|red)|"
    # Twenty-first session, a read miss of the twenty-fourth set as a family: weak, the room spinning.
    r"(?:heel\s+|zo\s+|so\s+)?slap|zwak|(?:so\s+|really\s+)?weak|alles\s+draait|draait\s+alles|(?:everything|room)\s+(?:is\s+)?spinning|"
    r"licht\s+in\s+(?:mn|mijn)\s+hoofd|light\s*headed)\b",
    # someone locked in who says they cut themselves or took pills ("mn zus zit op slot in de badkamer en
    # ze roept dat ze haar polsen heeft gesneden"),
    r"(?=.*\b(?:op\s+slot|locked|doet\s+(?:niet|nie)\s+open|won'?t\s+open|will\s+not\s+open|opent\s+(?:niet|nie))\b)"
    r".*\b(?:gesneden|sneed|cut\s+(?:herself|himself|themselves|her|his)|polsen|wrists?|pillen\s+(?:\S+\s+)?(?:genomen|geslikt)|"
    r"(?:took|swallowed)\s+(?:\S+\s+)?pills|touw|rope|strop|noose)\b",
    # goodbyes said and going now ("heb iedereen dag gezegd, nu ga ik", "said bye to everyone, going now"),
    r"\b(?:gedag\s+gezegd|dag\s+gezegd|afscheid\s+genomen|said\s+(?:goodbye|bye)|told\s+everyone\s+(?:goodbye|bye))\b"
    r".{0,40}\b(?:nu\s+ga\s+ik|ik\s+ga\s+nu|en\s+nu\s+ga\s+ik|now\s+i\s+(?:am\s+)?go\w*|i\s+am\s+going\s+now|going\s+now)\b",
    # a rope with oneself at the place ("heb een touw bij me, zit in de schuur", "sitting in the
    # attic with a rope"),
    r"\b(?:touw|rope|strop|noose)\b.{0,40}\b(?:zit|sit|sitting|ben|am|sta|stand|standing)\s+(?:\S+\s+)?(?:op|in|on|at)\s+"
    r"(?:de\s+|het\s+|the\s+|mn\s+|my\s+)?(?:zolder|attic|schuur|shed|garage|bos|woods|forest|kelder|basement)\b"
    r"|\b(?:zit|sit|sitting|ben|am|sta|stand|standing)\s+(?:\S+\s+)?(?:op|in|on|at)\s+(?:de\s+|het\s+|the\s+|mn\s+|my\s+)?"
    r"(?:zolder|attic|schuur|shed|garage|bos|woods|forest|kelder|basement)\b.{0,40}\b(?:touw|rope|strop|noose)\b",
    # a box of pills emptied ("heb die doos pillen leeggemaakt die nog in mn la lag"), and many tablets
    # taken an hour ago ("40 ibuprofen, because i did that an hour ago").
    r"(?=.*\b(?:pillen|pills|tabletten|tablets|medicijn\w*|meds|paracetamol|ibuprofen|slaappil\w*)\b)"
    r".*(?:\b(?:doos|doosje|potje|pot|strip|strips|bottle|box|pack)\s+(?:\S+\s+){0,2}(?:leeg\s*gemaakt|leeggemaakt|emptied|"
    r"opgemaakt)\b|\b(?:leeg\s*gemaakt|leeggemaakt|emptied)\s+(?:\S+\s+){0,3}(?:doos|doosje|potje|pot|strip|bottle|box|pack)\b)",
    r"\b(?:[2-9]\d|\d{3})\s+(?:\S+\s+)?(?:ibuprofen|paracetamol\w*|pills|pillen|tabletten|tablets|advil|tylenol)\b"
    r".{0,80}\b(?:i\s+did\s+(?:that|it|this)|an?\s+hour\s+ago|uur\s+geleden|heb\s+ik\s+(?:net\s+)?(?:gedaan|genomen|geslikt))\b",
    # Already at the place, told inside a question about the chat ("kan ik jullie ook chatten als ik al op
    # de brug sta?", "does this work if im already on the roof"), and hiding from someone who is looking for
    # one now ("ik heb me verstopt, hij zoekt me", "hiding in the shed, my dad is looking for me").
    # Eighteenth session, read misses of the twenty-first set (its figure is optimistic by them), as families.
    rf"\b(?:ik|i)\s+(?:nu\s+|al\s+|now\s+|already\s+|echt\s+){{1,2}}(?:op|on|at|bij|aan|boven)\s+(?:\S+\s+){{0,2}}"
    rf"{_HIGH_OR_WATER}\s+(?:sta|zit|ben|lig|hang)\b"
    rf"|\b(?:i\s+am|im)\s+(?:already|now|rn|right\s+now)\s+(?:standing\s+|sitting\s+)?(?:on|at)\s+(?:the\s+|a\s+)?"
    rf"{_HIGH_OR_WATER}\b",
    r"^(?!.*\b(?:verstoppertje|hide\s+and\s+seek|spelletje|game|surprise|verrassing|cadeau\w*|present|lol|haha\w*)\b)"
    r"(?=.*\b(?:verstopt|verstop|hiding|hide|hid)\b)"
    r".*\b(?:(?:zoekt|zoeken)\s+(?:me|mij|ons)|(?:is|are)\s+looking\s+for\s+(?:me|us)|(?:is|are)\s+searching\s+for\s+"
    r"(?:me|us))\b",
    # A rope or noose ready.
    either(
        # "belt" is a belt with a word before it, not the Dutch verb ("als een onbekend nummer belt").
        _alt("touw", "strop", "noose", "rope", "riem", r"(?:my|a|the|his|her|your|mijn|een|de|die|zijn|haar)\s+belt", "kabel"),
        _alt("klaar", "hangt", "opgehangen", "nek", "neck", "ready", "tied", "vastgemaakt", "geknoopt", "ophangen", "hang"),
        5,
    ),
    # "Heb het touw, heb de plek": a rope and a place, both got.
    r"\b(?:heb|have|got)\s+(?:het|een|de|the|a)\s+(?:touw|rope|strop|noose)\b.{0,40}\b(?:heb|have|got)\s+(?:de|een|the|a)\s+"
    r"(?:plek|place|spot)\b",
    # Danger from someone else, now.
    rf"\b(?:ik\s+ben|i\s+am|zijn|we\s+zijn|ik\s+zit|we\s+are|zit|is)\s+(?:(?!{NEGATION}\b)\S+\s+){{0,2}}in\s+(?:gevaar|danger|nood)\b",
    rf"\b(?:niet|not)\s+(?:meer\s+)?(?:veilig|safe)\s+(?:\S+\s+){{0,2}}(?:{NOW}|hier|here)\b",
    URGENCY_WORD,
    near(
        NOW,
        _alt("slaat", "sla", "hits", "hitting", "hurting", "pijn doet", "pijn doen", "verkracht", "verkrachten", "misbruikt", "aangerand", "raping", "attacking", "aanvalt", THREAT_TO_THE_BODY, "wurgt", "choking", "schopt", "kicking", "vastgebonden", "tied up", "in elkaar", "steken", "stab", "mishandelt", "mishandeld", "beating", "geslagen", "uit te kleden", "aan me", "aan mij", "aangevallen", "aangeval", "attacked", r"(?<!heb\s)(?<!heb\sik\s)(?<!heb\snu\s)(?<!heb\szo\s)(?<!heb\sveel\s)(?<!alles\s)(?<!buik\s)(?<!hoofd\s)(?<!lijf\s)(?<!rug\s)(?<!onderbuik\s)(?<!keel\s)(?<!doet\snu\s)(?<!doen\snu\s)pijn", "aandoen", "iets aan"),
        4,
    ),
    near(
        _alt("slaat", "hits", "is hitting", "hurting", "pijn doet", "verkracht", "raping", "wurgt", "choking", "schopt", "kicking", "mishandelt", "beating", "zit aan", "zit"),
        _alt("me", "mij", "haar", "hem", "her", "him"),
        1,
    )
    + rf"(?:\s+\S+){{0,3}}\s+{NOW}\b",
    # Someone hurting anyone (me, my mother, my sister) with "now" later in the sentence, also after a
    # comma ("mn vader slaat mn moeder, nu"), unless the "now" is negated ("nu niet meer") or belongs
    # to another clause ("hij slaat me soms, maar nu is hij weg"; "als ik nu niet kom"; "en nu"), or
    # is followed by being safe ("ze is nu veilig").
    rf"\b{HURTS}(?:\s+(?!{NOT_NOW_BETWEEN}\b)[^\s.?!]+){{0,6}}(?<!\sen)(?<!\sand)(?<!\snot)(?<!\sniet)\s+{NOW}\b"
    r"(?!\s+(?:niet|not|nooit|never|meer|no\s+longer|anymore|geen|and\s+then|en\s+dan))"
    r"(?![^.?!]*(?<!niet\s)(?<!not\s)\b(?:veilig|safe)\b)",
    r"\b(?:hij|zij|ze|he|she|they|iemand|someone)\s+(?:is|zijn)\s+(?:\S+\s+){0,2}(?:hier|here|in\s+(?:mijn|my)\s+(?:kamer|room|huis|house))\b(?=.*\b(?:nu|now|right\s+now|help)\b)",
    r"\b(?:is|are)\s+(?:hitting|hurting|beating|raping|choking|attacking|touching|following|chasing)\s+(?:me|us|my|her|him)\b",
    # Not a threat about money for images ("my friend paid someone who is threatening him"), nor one
    # made online ("someone on snap is threatening me"): sextortion or a threat in a chat, which the
    # other signals and the images decide; at the door or outside it is danger now by other patterns.
    r"^(?!.*\b(?:paid|betaald|pay|betalen|geld|money|euro\w*|giftcard\w*|crypto|bitcoin|snap\w*|insta\w*|online|"
    r"dm|dms|discord|whatsapp|tiktok|telegram|chat\w*|texts?|messages?|berichten)\b).*"
    rf"\b(?:is|are)\s+threatening\s+(?:me|us|my|her|him)\b(?!\s+(?:\S+\s+){{0,4}}{_SHARE_WORDS}\b)",
    # Not the police one fears at the door after a question about being in trouble ("straks staat
    # de politie voor de deur", "i dont want the police at my door").
    r"\bstaat\s+(?!(?:de\s+|er\s+)?(?:politie|police|agent\w*|wijkagent)\b)(?:\S+\s+){0,2}(?:voor|aan|bij)\s+"
    r"(?:de|mijn|onze|het)\s+(?:deur|raam|huis)\b",
    r"(?<!police\s)(?<!politie\s)(?<!cops\s)(?<!officers\s)\b(?:at|outside|banging\s+on|knocking\s+on)\s+(?:my|the|our)\s+"
    r"(?:door|window|house)\b",
    r"\b(?:probeert|proberen|trying|tries)\s+(?:\S+\s+){0,3}(?:binnen\s+te\s+komen|in\s+te\s+breken|get\s+in|break\s+in|the\s+door)\b",
    r"\b(?:breekt|breken|breaking|broke)\s+(?:\S+\s+){0,2}(?:in|into)\b",
    # Dutch puts the participle last: "hij heeft me sinds gister in mn kamer opgesloten".
    r"^(?!.*\b(?:grap|grapje|joke|prank|lol|haha\w*|weer\s+binnen|weer\s+vrij|back\s+inside|out\s+now)\b).*"
    r"\b(?:heeft|hebben|has|have|had)\s+(?:me|mij|us|ons)\s+(?:[^\s.?!,]+\s+){0,5}(?:opgesloten|locked)\b",
    r"\blocked\s+(?:me\s+)?(?:in|up)\b(?!.*\b(?:lol|haha|studying|leren)\b)",
    # Someone who does not let me go; not a thought or an image that "does not let me go" (it haunts
    # me): "het laat me niet los", "die beelden laten me niet los", "it won't let me go".
    rf"{NOT_A_THING_BEFORE}\b(?:laat|laten|let|lets)\s+(?:me|mij)\s+(?:\S+\s+){{0,2}}(?:niet|not)\s+(?:gaan|weg|los|uitstappen|go|leave|out)\b",
    rf"(?<!\S)(?!{_alt(*_THINGS, *_AUX, *_ADVERBS)}\b)\S+\s+(?:{_alt(*_ADVERBS)}\s+)?"
    r"(?:will\s+not|won't|niet)\s+(?:let|laten)\s+(?:me|mij)\s+(?:go|leave|gaan|weg)\b",
    r"\b(?:word|wordt|worden|being|am\s+being)\s+(?:\S+\s+){0,2}(?:achtervolgd|gevolgd|followed|chased|stalked)\b",
    r"\b(?:iemand|someone|een\s+man|a\s+man|a\s+guy|hij|he)\s+(?:\S+\s+){0,2}(?:volgt|following|is\s+following)\s+(?:me|mij)\b",
    # Eighth session (fourth development set): followed since a place, or walking behind me now
    # ("iemand follows me sinds de metro", "er loopt al 10 min een man achter me").
    r"^(?!.*\b(?:insta\w*|ig|tiktok|snap\w*|twitter|youtube|twitch|online|account\w*|app|socials?|volgers|followers)\b)"
    r".*\b(?:iemand|someone|een\s+(?:man|vent|gast|jongen)|a\s+(?:man|guy|dude)|hij|he|ze|they)\s+(?:\S+\s+){0,2}"
    r"(?:follows|volgt|volgen|loopt|lopen)\s+(?:me|mij)\s+(?:al\s+|already\s+)?(?:sinds|since|vanaf|from|de\s+hele|all\s+the)\b",
    r"\b(?:loopt|lopen|rijdt|rijden)\s+(?:\S+\s+){0,5}achter\s+(?:me|mij)\b(?=.*\b(?:bang|eng|durf|scared|help|nu|now)\b)",
    # Twentieth session, a read false alarm of the twenty-second set as a family: a knife used for food
    # ("ik snij groente met een scherp mes", "cutting bread with a big knife") is no threat, unless a
    # threat or fear is told with it.
    _KNIFE_FOR_FOOD_UNLESS_A_THREAT
    + either(
        _alt("mes", "pistool", "wapen", "knife", "gun", "weapon", "vuurwapen"),
        _alt("hij heeft", "he has", "heeft een", "has a", "bedreigt", "bedreigd", "threatens", "threatening", "pointing", "richt", "holding", "houdt", "zwaait", "met een", "took a", "grabbed a", "pakte een", "pakt een", "gepakt"),
        4,
    ),
    either(
        _alt("gedrogeerd", "drugged", "spiked", "iets in mijn drankje", "something in my drink"),
        _alt("weet niet waar", "do not know where", "dunno where", "kan niet", "can not", "help", "duizelig", "dizzy"),
        6,
    ),
    # Something put in one's drink, with a comma between ("er zat ies in mn drinken denk ik, ik weet nie
    # waar ik ben"; a read miss of the blind set, as a family).
    r"\b(?:iets|ies|wat|something|smth|sth|stuff)\s+in\s+(?:mijn|my)\s+(?:drankje|drinken|drank|drink|glas|glass|cola|bier|"
    r"beer|wijn|wine)\b.{0,60}\b(?:weet\s+niet\s+waar|do\s+not\s+know\s+where|dunno\s+where|duizelig|dizzy|draait|"
    r"spinning|wazig|blurry|kan\s+niet\s+(?:meer\s+)?(?:lopen|staan|praten|bewegen)|can\s+not\s+(?:walk|stand|talk|move))\b",
    r"\b(?:ik|i)\s+(?:\S+\s+){0,2}(?:kan|can)\s+(?:niet|not)\s+(?:meer\s+)?(?:ademen|breathe)\b",
    rf"\b{ME}\s+(?:\S+\s+){{0,3}}(?:sta|zit|ben|hang|stand|standing|sit|sitting|am|hanging){_gap(2)}(?:op|on|at|over|aan|bij|boven)\s+(?:\S+\s+){{0,3}}(?:{HIGH_PLACE}|reling|hek|perron|railing|verdieping|floor|hoog|balustrade|leuning|balkonrand)\b(?!.*\b(?:terras|terrace|drink|borrel|feest|party|uitzicht|view|zonnen|selfie|foto|zwembad|pool|bbq|helpen|zonnepanelen|klussen|repareren|dakgoot|bank|couch|sofa|stoel|chair|chillen|chilling|bed|schuur|schuurtje|shed|bal|ball|zonsondergang|sunset)\b)",
    either(
        _alt("pillen", "pills", "medicijnen", "meds", "tabletten", "drank", "wodka"),
        _alt("zijn op", "op", "gepakt", "in me", "already in", "allemaal", "tegelijk", "at once"),
        4,
    ),
    r"\bna\s+(?:die|de|al\s+die)\s+(?:pillen|pills|tabletten)\b",
    r"^(?!.*\b(?:dokter|doctor|huisarts|voorgeschreven|prescribed|recept|prescription)\b).*"
    r"\b(?:alles|everything|all)\s+(?:\S+\s+){0,5}(?:geslikt|ingenomen|swallowed|took)\b",
    r"\b(?:een\s+strop|noose)\b|\bstrop\s+(?:gemaakt|geknoopt|klaar)\b",
    either(_alt("bos", "woods", "forest", "zolder", "attic", "schuur", "garage"), _alt("touw", "rope"), 4),
    r"\bbleekwater\b",
    r"\baan\s+het\s+(?:slaan|schoppen|wurgen|mishandelen|verkrachten|aanranden|steken|vechten)\b",
    r"\bhelp\s+(?:\S+\s+){0,2}(?:slaat|schopt|wurgt|knijpt|hits|is\s+hitting)\b",
    r"\bachter\s+(?:me|mij)\s+aan\b|\b(?:chasing|stalking)\s+me\b|\bgefollowed\b",
    r"\b(?:mag|kan|can|may)\s+(?:\S+\s+){0,2}(?:niet|not)\s+(?:weg|gaan|go\s+home|leave|naar\s+huis|eruit|out)\b",
    r"\b(?:kan|can|kun|could)\s+(?:iemand|someone|je|you|jij)\s+(?:\S+\s+)?(?:112|911|de\s+politie|the\s+police|een\s+ambulance|an\s+ambulance)\s+(?:bellen|call)\b",
    r"\b(?:staat|wacht|is|waits|waiting)\s+(?:nu|now|right\s+now)\s+(?:\S+\s+)?(?:bij|voor|outside|at|buiten)\s+(?:mijn|my|de|the|onze|our)\s+(?:school|huis|deur|house|door|raam|window)\b",
    r"\b(?:trekt|trekken|pulling|pulls)\s+(?:\S+\s+)?(?:aan\s+)?(?:mijn|my)\s+(?:haar|hair)\b|\b(?:grijpt|grabbing)\s+(?:me|mij)\b",
    r"\b(?:mag|kan)\s+(?:\S+\s+){0,2}pas\s+weg\b",
    r"\b(?:net|just)\s+(?:\S+\s+){0,2}(?:knockout|knock\s+out|bewusteloos|neergestoken|gestoken|stabbed|knocked\s+out|neergeslagen)\b",
    r"\b(?:deur|door)\s+(?:\S+\s+){0,3}(?:op\s+slot|gelocked|locked)\b|\b(?:gelocked|locked)\s+(?:de|the)\s+(?:deur|door)\b",
    rf"{NOT_A_THING_BEFORE}\blaten\s+(?:me|mij)\s+(?:er\s+)?niet\s+(?:uit|gaan|weg)\b",
    # "they will not let me out", not "it will not let me go" (a thought or an image).
    rf"(?<!\S)(?!{_alt(*_THINGS, *_AUX, *_ADVERBS)}\b)\S+\s+(?:{_alt(*_ADVERBS)}\s+)?"
    rf"(?:{_alt(*_AUX)}\s+)?not\s+let\s+me\s+(?:out|go|leave)\b",
    rf"\b(?:opgesloten){_gap(3)}(?:kan|mag|laten|niet)\b|\b(?:me|mij|ik\s+zit)\s+(?:\S+\s+){{0,3}}opgesloten\b(?!.*\b(?:lol|haha|leren|studeren|quarantaine)\b)",
    r"\b(?:er\s+is|there\s+is|er\s+staat|staat|er\s+zit)\s+(?:een\s+|a\s+)?(?:iemand|someone|man|guy|vreemde)\s+(?:\S+\s+){0,3}(?:in|bij)\s+(?:ons|onze|mijn|my|our)\s+(?:huis|kamer|house|room|tuin|garden|home)\b",
    either(
        _alt("home alone", "alleen thuis", "thuis alleen"),
        _alt("hoor", "hear", "beneden", "downstairs", "iemand", "someone"),
        6,
    ),
    r"\b(?:forcing|pulling|dragging|trekt|trokken|getrokken|duwt|duwden|sleurt)\s+(?:\S+\s+){0,3}(?:into|in)\s+(?:his|a|een|zijn|de|the)\s+(?:car|auto|busje|van)\b",
    either(
        _alt("keel", "throat", "nek", "neck"), _alt("dicht", "knijpt", "choking", "squeezing", "wurgt"), 3
    ),
    either(
        _alt("gedrugd", "gedrugged", "drugged", "iets in mijn drink"),
        _alt("weet niet waar", "do not know where", "kan niet meer", "can not", "lopen", "walk"),
        6,
    ),
    r"\b(?:hebben|heeft|has|have)\s+(?:een\s+|a\s+)?(?:mes|messen|knife|knives|pistool|gun)\b(?!.*\b(?:game|film|movie|keuken|kitchen)\b)",
    r"^(?:help\s+)?(?:bel|call)\s+(?:\S+\s+)?(?:112|911|the\s+police|de\s+politie|een\s+ambulance|an\s+ambulance)\b(?!.*\?)",
    r"\b(?:moet|need\s+to|must)\s+(?:\S+\s+)?(?:112\s+bellen|call\s+112|een\s+ambulance)\b",
    # Not the question "wat gebeurt er nu (met mijn melding)?" (twenty-third session, a read miss of the twenty-sixth
    # conversations, zc006).
    r"(?<!\bwat\s)\b(?:het\s+)?gebeurt\s+(?:er\s+)?(?:nu|op\s+dit\s+moment)\b"
    r"|\bwat\s+gebeurt\s+er\s+nu\b(?!\s+(?:eigenlijk\s+|dan\s+|verder\s+)?met\s+(?:mijn|mn|m'n|de|die|het|dat|deze)\s+"
    r"(?:melding\w*|aangifte|tip|link|zaak|dossier|report|foto\w*|filmpje\w*|video\w*|account))"
    r"|\bit\s+is\s+happening\s+(?:right\s+)?now\b",
    # Seventh session (third development set): someone who just hit or pushed me or someone at home
    # ("hij heeft mn moeder net tegen de muur geduwd", "my dad just hit my mom"), not a pillow fight or
    # a sport; a door being beaten on or forced ("he is hitting on my door", "probeert de voordeur
    # open te breken").
    rf"^(?!.*\b{_PLAY_FIGHT}\b).*(?:\b(?:heeft|hebben)\s+(?:(?:me|mij|ons|haar|hem|mijn\s+\w+|mn\s+\w+)\s+)?"
    r"(?:\S+\s+){0,2}?(?:net|zojuist|daarnet|net\s+nog)\s+(?:\S+\s+){0,4}?"
    r"(?:geslagen|geduwd|geschopt|getrapt|gewurgd|mishandeld|gestompt|in\s+elkaar\s+geslagen)\b"
    r"|(?<!\bi\s)(?<!\bik\s)\b(?:just|has\s+just|have\s+just)\s+(?:hit|pushed|kicked|choked|slapped|punched|beat|attacked|shoved)\s+"
    r"(?:me|us|her|him|my\s+\w+)\b"
    # Fifteenth session: the simple past with "net" ("hij sloeg me net", "mn vader schopte mn moeder
    # daarnet", mixed "he hit me net"), not "net niet" (just missed) and not the writer hitting.
    r"|(?<!\bik\s)\b(?:sloeg|schopte|duwde|stompte|wurgde|trapte|kneep|mishandelde|hit|slapped|kicked|punched|"
    r"pushed|choked)\s+(?:me|mij|ons|haar|hem|mijn\s+\w+|mn\s+\w+|my\s+\w+)\s+(?:\S+\s+){0,2}?"
    r"(?:net|zojuist|daarnet|just\s+now)\b(?!\s+niet))",
    r"\b(?:hitting|pounding|banging|slaat|slaan|bonkt|bonst|beukt|bonken|beuken|timmert|trapt|schopt)\s+(?:on\s+|op\s+|tegen\s+)?"
    r"(?:my|the|our|mijn|de|onze)\s+(?:\S+\s+)?(?:door|deur|raam|window|voordeur|kamerdeur)\b",
    r"\b(?:probeert|proberen|trying|tries)\s+(?:\S+\s+){0,4}(?:open\s+te\s+breken|open\s+te\s+trappen|in\s+te\s+trappen|"
    r"kick\s+(?:\S+\s+)?(?:in|down)|break\s+(?:\S+\s+)?(?:open|down))\b",    # Someone locked in who said it is too late or no longer answers: "mn zus heeft zich opgesloten
    # in de badkamer, ze riep 'het is te laat' en nu hoor ik niks meer", "he locked himself in and
    # is not answering".
    r"^(?=.*\b(?:te\s+laat|too\s+late|hoor\s+(?:ik\s+)?(?:niks|niets)|reageert\s+(?:niet|nie)|doet\s+(?:niet|nie)\s+open|"
    r"not\s+answering|no\s+answer|does\s+not\s+answer|will\s+not\s+open|can\s+not\s+hear|hear\s+nothing|"
    r"afscheid|goodbye|sorry\s+voor\s+alles)\b).*"
    r"\b(?:(?:heeft|hebben)\s+zich(?:zelf)?\s+(?:\S+\s+){0,4}opgesloten|zit\s+(?:\S+\s+){0,3}opgesloten|"
    r"(?:has\s+)?locked\s+(?:herself|himself|themselves)\s+in)\b",
    # Reaching out in secret from someone close by: "kan ik bellen zonder dat hij het hoort? hij zit
    # in de kamer naast me", "can i text without him noticing, he's downstairs".
    r"^(?=.*\b(?:zonder\s+dat\s+(?:hij|zij|ze)\s+(?:het\s+)?(?:hoort|merkt|ziet|doorheeft)|without\s+(?:him|her|them)\s+"
    r"(?:hearing|noticing|knowing|seeing))\b).*\b(?:hij|zij|ze|he|she|they)\s+(?:is|zit|staat|are|s)\s+(?:\S+\s+){0,3}?"
    r"(?:in\s+de\s+kamer\s+naast|naast\s+(?:me|mij)|in\s+the\s+next\s+room|next\s+door|beneden|downstairs|in\s+huis|"
    r"in\s+the\s+house|voor\s+de\s+deur|outside\s+my\s+door|hier)\b",
    # Someone in her room or the house now who will not leave, told by her or about her: "her uncle
    # is in her room right now and won't leave, she's scared", "hij zit nu in mn kamer en gaat niet weg".
    r"^(?=.*\b(?:right\s+now|nu|now|op\s+dit\s+moment|rn|just\s+texted|texted\s+me|appt\s+(?:me\s+)?net|"
    r"net\s+geappt|stuurde\s+(?:me\s+)?net|just\s+(?:sent|messaged|called))\b)(?=.*\b(?:(?:scared|bang|afraid|terrified)"
    r"(?!\s+(?:voor|of|for)\s+(?:de\s+|het\s+|the\s+|my\s+|mijn\s+|mn\s+|a\s+|een\s+)?(?:toets\w*|exam\w*|test\w*|"
    r"spin\w*|spider\w*|hond\w*|dog\w*|donker|dark|film\w*|movie\w*))|angst\w*|bedreigt|dreigt|threaten\w*)\b).*"
    r"(?:\b(?:is|zijn|are|zit|zitten|staat)\s+(?:\S+\s+){0,2}in\s+(?:mijn|my|her|his|haar|zijn|our|onze|the|de|het)\s+"
    r"(?:kamer|room|slaapkamer|bedroom|badkamer|bathroom)\b"
    r"|\bin\s+(?:mijn|haar|zijn|onze|de|het)\s+(?:kamer|slaapkamer|badkamer)\s+(?:is|zit|staat)\b)",
    # Twenty-first session, a read miss of the eighteenth conversations (b034) as a family: someone at her
    # or my house or place now who will not leave, with fear ("she just texted me hes at her house and wont
    # leave and shes scared", "hij is bij haar thuis en wil niet weg, ze is bang"); not "won't leave me
    # alone" (nagging).
    r"^(?=.*\b(?:right\s+now|nu|now|rn|op\s+dit\s+moment|just\s+texted|texted\s+me|appt\s+(?:me\s+)?net|appte|"
    r"net\s+geappt|stuurde\s+(?:me\s+)?net|just\s+(?:sent|messaged|called)|belde\s+(?:me\s+)?net)\b)"
    r"(?=.*\b(?:scared|bang|doodsbang|afraid|terrified|freaking\s+out)\b)(?!.*\balone\b).*"
    r"\b(?:at|bij)\s+(?:her|my|his|their|our|haar|mijn|mn|zijn|zn|hun|ons|onze)\s*(?:house|place|home|flat|huis|thuis|"
    r"kamer|room)?\b.{0,40}?\b(?:(?:won'?t|wont|will\s+not|refuses\s+to|doesn'?t\s+want\s+to)\s+(?:\S+\s+)?leave|"
    r"(?:wil|gaat|wilt)\s+(?:\S+\s+)?(?:niet|nie)\s+weg(?:gaan)?|niet\s+weg\s+(?:wil|gaat))\b",
    # A blade and blood that flows now: "zit in bad met een scheermesje en het bloedt" (an act under
    # way; a blade with bloody tissues found in a bin is self-harm, 113 first).
    # (Not when the bleeding has stopped: "het bloedt niet meer", "stopped bleeding"; twenty-second session, a
    # read miss of the twenty-fifth set.)
    r"^(?!.*\b(?:bloedt\s+(?:niet|nie|al\s+niet)\s+meer|(?:is\s+)?gestopt\s+met\s+bloeden|stopped\s+bleeding|"
    r"(?:is\s+)?not\s+bleeding\s+anymore|no\s+longer\s+bleeding)\b)(?:.*?)"
    rf"(?:\b{_TOOL}\b.{{0,60}}\b(?:veel\s+bloed|zoveel\s+bloed|bloedt|bloeden|bleeding|lots\s+of\s+blood|so\s+much\s+blood|"
    rf"er\s+is\s+(?:\S+\s+)?bloed)\b|\b(?:veel\s+bloed|bloedt|bleeding|lots\s+of\s+blood)\b.{{0,60}}\b{_TOOL}\b)",
    # Twelfth session, after the twelfth set's misses were read (families, each in other words):
    # someone waiting for me now, with a threat or fear ("hij staat nu bij de supermarkt op me te
    # wachten, anders stuurt hij de foto's", "he's waiting outside my school rn and i'm scared"), or
    # told to get in or come along or else ("ik moet instappen anders...", "says get in or he posts
    # my pics"), or someone who knows where I live standing outside.
    r"^(?!.*\b(?:pizza\w*|bezorger|postbode|pakketje|delivery|taxi|uber|bus|tram|trein|train|moeder|mama|mam|vader|"
    r"papa|pap|mom|mum|dad|oma|opa|grandma|grandpa|date|bioscoop|cinema|movies)\b)"
    r"(?=.*\b(?:bang|scared|afraid|terrified|eng|creepy|dreigt|dreigde|threaten\w*|anders|or\s+else|otherwise|"
    r"foto\w*|pics?|nudes?|video\w*|filmpje\w*|help|hulp|weet\s+waar\s+ik\s+woon|knows\s+where\s+i\s+live|"
    r"instappen|get\s+in|meekomen|come\s+with)\b)"
    r".*(?:\b(?:staat|wacht|zit|is|he'?s|hes|she'?s|shes)\s+(?:\S+\s+){0,5}?(?:op\s+(?:me|mij)\s+(?:te\s+)?wachten|"
    r"(?:is\s+)?waiting\s+(?:\S+\s+){0,3}?for\s+me)\b(?=[^.?!]*\b(?:nu|now|rn|right\s+now|al|already)\b)"
    r"|\b(?:nu|now|rn|right\s+now)\s+(?:\S+\s+){0,5}?(?:op\s+(?:me|mij)\s+(?:te\s+)?wachten|waiting\s+(?:\S+\s+){0,3}?"
    r"for\s+me|outside\s+my\s+(?:school|house|door|home)|voor\s+(?:de\s+deur|mijn\s+deur|ons\s+huis|school))\b"
    r"|\b(?:he'?s|hes|she'?s|shes|is)\s+(?:\S+\s+)?outside\s+my\s+(?:school|house|door|home)\s+(?:\S+\s+)?"
    r"(?:now|rn|right\s+now)\b"
    # "Hij wacht bij school op me": waiting now, in the present tense (not a habit).
    r"|(?<!altijd\s)(?<!vaak\s)\bwacht\s+(?!altijd\b|vaak\b|soms\b|elke\b)(?:\S+\s+){0,4}?op\s+(?:me|mij)\b"
    r"(?![^.?!]*\b(?:altijd|vaak|soms|elke\s+dag|iedere\s+dag|na\s+school\s+altijd)\b))",
    # Pressed by a (boy)friend or an older man to go with other men, or to earn money with them,
    # tonight or now ("mn vriend zegt dat ik vanavond met die mannen mee moet", "my boyfriend says i
    # have to go with his friends tonight for money"): danger now, 112 first.
    r"(?=.*\b(?:vanavond|vannacht|tonight|nu|now|right\s+now|straks|later\s+today|vandaag|today)\b)"
    r".*(?:\b(?:mee\s+(?:moet|moeten|gaan|naar)|moet\s+(?:\S+\s+){0,3}?mee|(?:have|has|got)\s+to\s+(?:go|come)\s+with|"
    r"must\s+go\s+with)\b[^.?!]{0,40}\b(?:mannen|men|guys|vrienden\s+van\s+hem|his\s+friends|"
    r"zijn\s+vrienden|die\s+jongens|those\s+guys|klanten|clients)\b"
    r"|\b(?:met|with)\s+(?:die\s+|de\s+|those\s+|the\s+|zijn\s+|his\s+)?(?:oudere\s+|older\s+)?(?:mannen|men|klanten|"
    r"clients)\b[^.?!]{0,40}\b(?:mee\s+(?:moet|moeten)|moet\s+(?:\S+\s+)?mee|have\s+to\s+go|must\s+go)\b"
    r"|\b(?:geld\s+(?:moet\s+)?verdienen|geld\s+verdien\w*|earn\s+money|make\s+money|for\s+money|voor\s+geld)\b"
    r"[^.?!]{0,40}\b(?:mannen|men|guys|klanten|clients|his\s+friends|zijn\s+vrienden)\b"
    r"|\b(?:mannen|men|guys|klanten|clients|his\s+friends|zijn\s+vrienden)\b[^.?!]{0,40}"
    r"\b(?:geld\s+verdien\w*|earn\s+money|make\s+money|for\s+money|voor\s+geld)\b)",
    r"^(?!.*\b(?:trainer|coach|leraar|lerares|juf|meester|docent|teacher|training|wedstrijd|match|meedoen|"
    r"moeder|mama|vader|papa|mom|mum|dad|ouders|parents)\b)"
    r".*\b(?:moet|must|have\s+to|has\s+to|zegt|says)\s+(?:\S+\s+){0,3}?"
    r"(?:instappen|inst[ae]ppen|in\s+(?:de|zijn|z'n|zn)\s+auto\s+stappen|get\s+in(?:\s+the\s+car)?|meekomen|mee\s+komen|"
    r"mee\s+moet|come\s+with\s+(?:him|her|them))\b[^.?!]{0,20}\b(?:anders|or\s+else|otherwise|or\s+(?:he|she|they)|"
    r"of\s+(?:hij|zij|ze))\b[^.?!]{0,50}\b(?:stuur\w*|send\w*|post\w*|deel\w*|share\w*|leak\w*|foto\w*|pics?|"
    r"nudes?|video\w*|filmpje\w*|iedereen|everyone|vermoord\w*|kill\w*|sla\w*|hit\w*|hurt\w*|pijn|laat\s+\w+\s+zien|"
    r"show\w*|vertel\w*|tell\w*|ouders|parents|school)\b",
    r"\b(?:(?:weet|weten|knows|know)\s+waar\s+ik\s+woon|(?:knows|know)\s+where\s+i\s+live)"
    r"(?=.*\b(?:staat|is|zit|wacht|stands|waiting|parked|geparkeerd)\s+(?:\S+\s+){0,2}?(?:beneden|buiten|voor\s+de\s+deur|"
    r"voor\s+ons\s+huis|in\s+de\s+straat|bij\s+ons\s+huis|outside|downstairs|at\s+the\s+door|in\s+the\s+street|"
    r"at\s+my\s+door|hier|here)\b)",
    # Twelfth session, after the thirteenth set's misses were read (families, each in other words;
    # the thirteenth figure is optimistic for them): "hij komt eraan" as the whole message.
    r"^\W*(?:help\W+)?(?:hij|zij|ze|he|she|they)\s+(?:is\s+|are\s+)?(?:komt|komen|coming)\s*(?:eraan|er\s+aan|nu|now|back|terug)?"
    r"\W*$",
    # Someone who does not wake up, breathes oddly, turns blue or convulses after a party or a
    # festival ("my friend is not waking up after the party, her lips look blue", "mn maat schokt
    # helemaal en zn ogen draaien weg").
    r"\b(?:wordt|word|wakes?|waking|komt|reageert|responds?|responding)\s+(?:\S+\s+){0,2}?(?:niet|nie|not)\s+(?:meer\s+)?"
    r"(?:wakker|up|bij|op)\b(?=.*\b(?:ademt|adem|breath\w*|blauw\w*|blue|lips|lippen|schokt|schokken|trilt|shaking|"
    r"seizure|stuip\w*|ogen\s+draaien|eyes\s+roll\w*|feest|party|festival|gedronken|drunk|drugs|xtc|pil\w*|pills?)\b)"
    r"|\b(?:is|are|was)\s+(?:still\s+)?not\s+waking\s+up\b"
    r"|\b(?:schokt|schokken|convuls\w*|seizure|stuip\w*)\b(?=.*\b(?:ogen|eyes|helemaal|festival|feest|party|ligt|lying|"
    r"wat\s+moeten|what\s+do)\b)"
    r"|\b(?:shaking|trilt|trillen|shakes)\b(?=.*\b(?:ogen\s+draaien|eyes\s+(?:are\s+)?roll\w*|reageert\s+(?:niet|nergens)|"
    r"not\s+responding|(?:will\s+not|won'?t)\s+respond|bewusteloos|unconscious)\b)"
    r"|\b(?:lippen|lips)\s+(?:\S+\s+){0,2}(?:blauw|blue)\b",
    # Sixteenth session (a family seen in read misses of the seventeenth and eighteenth sets, whose act
    # figures are optimistic for it from then on): someone who does not respond, does not wake up or
    # has passed out, told with what was taken, drunk or smoked, a party, or a sign in the body; or a
    # sign that needs 112 by itself (blue lips, turned blue, not breathing). "Ze reageert niet op mn
    # appjes" is no such thing.
    r"^(?!.*\b(?:overleden|gestorven|died|dead|passed\s+away|begrafenis|funeral|film|movie|serie|series|game|gta|"
    r"fortnite|minecraft|roblox|betast\w*|touch\w*|on\s+top\s+of|did\s+stuff|deed\s+dingen|verkracht\w*|rape\w*|"
    r"aangerand|seks|sex|kleren|clothes|aan\s+me|aan\s+haar|aan\s+mij)\b).*?"
    rf"(?:\b(?:{_UNRESPONSIVE})\b(?=.*\b(?:{_TAKEN_OR_PARTY}|{_BODY_SIGN})\b)"
    rf"|\b(?:{_TAKEN_OR_PARTY}|{_BODY_SIGN})\b.*\b(?:{_UNRESPONSIVE})\b"
    r"|\b(?:blauwe\s+lippen|blue\s+lips|ademt\s+(?:niet|nie|nauwelijks|bijna\s+niet)(?:\s+meer)?|"
    r"(?:not|isn'?t|is\s+not|stopped|barely)\s+breathing|stopt\s+met\s+ademen)\b)",
    # A whole box or a stash taken, with its effect ("ja. vannacht. hele doosje. ik voel me nu heel
    # raar", "took my whole stash, feel really weird").
    r"\b(?:hele|whole|entire|volle|full)\s+(?:\S+\s+)?(?:doosje|doos|strip|strips|pot|potje|bottle|stash|pack)\b"
    r"(?=.*\b(?:raar|weird|strange|duizelig|dizzy|misselijk|sick|slaperig|sleepy|wazig|blurry|genomen|geslikt|took|taken|"
    r"swallowed|op)\b)",
    # Coercion on a camera going on now ("hes making her do stuff on camera and she looks scared", "hij
    # dwingt haar dingen te doen voor de cam").
    r"\b(?:is\s+)?(?:making|forcing|dwingt|laat)\s+(?:her|him|me|haar|hem|mij)\s+(?:\S+\s+){0,3}?(?:stuff|things|dingen)\b"
    r"[^.?!]{0,30}\b(?:on|voor\s+de|op|in\s+(?:de|een))\s+(?:camera|cam|webcam|call|videocall|facetime|stream)\b",
    # Thirteenth session, kinds of the fourteenth brief in my own words: being filmed now against
    # one's will ("hij filmt me nu terwijl ik dat niet wil", "theyre recording me right now and i
    # said no"): going on now, so 112 first (not the CSG of what already happened).
    r"^(?=.*\b(?:nu|now|rn|op\s+dit\s+moment|atm|nog\s+steeds|still)\b)"
    r"(?=.*\b(?:niet\s+wil|wil\s+niet|nie\s+wil|wil\s+(?:dat|het|dit)\s+niet|wil\s+ik\s+niet|don'?t\s+want|do\s+not\s+want|dont\s+want|said\s+no|zei\s+nee|"
    r"nee\s+(?:ge)?zeg\w*|say\s+no|saying\s+no|tegen\s+mijn\s+wil|against\s+my\s+will|zonder\s+(?:mijn\s+)?toestemming|"
    r"without\s+(?:my\s+)?(?:consent|permission)|stop\s+zegt?|told\s+(?:him|them|her)\s+to\s+stop)\b)"
    r".*(?:\b(?:filmt|filmen|filming|films|recording|records)\s+(?:\S+\s+){0,2}?(?:me|mij|us|ons|mn|mijn|my)\b"
    r"|\b(?:neemt|nemen)\s+(?:me|mij|ons)\s+(?:\S+\s+)?op\b|\b(?:me|mij|ons)\s+(?:\S+\s+){0,3}aan\s+het\s+"
    r"(?:filmen|opnemen)\b)",
    # Thirteenth session, read misses of the fourteenth set as families (optimistic there): a goodbye
    # at the water ("vaarwel, ik sta nu aan de gracht. bedankt voor alles"); "i did it" with pills;
    # an amount taken, also with a laugh (AMOUNT_TAKEN is LAUGH_PROOF); someone touching me now in a
    # taxi or a car still driving, or going on now ("de man naast me zit aan me en we rijden nog").
    r"^(?=.*\b(?:afscheid|vaarwel|goodbye|doei|bye|dank\s*je\s+voor\s+alles|dankje\s+voor\s+alles|bedankt\s+voor\s+alles|"
    r"thanks\s+for\s+everything|thank\s+you\s+for\s+everything|sorry\s+voor\s+alles|sorry\s+for\s+everything|dit\s+is\s+het|"
    r"this\s+is\s+it)\b).*\b(?:sta|staan|standing|zit|zitten|sitting|ben|am|i'?m|im)\s+(?:nu\s+|now\s+|al\s+)?(?:bij|aan|at|by|in|"
    r"next\s+to|naast)\s+(?:het|de|the|een|a)\s+(?:water|gracht|kanaal|rivier|river|canal|zee|sea|meer|lake|haven|pier|kade)\b",
    r"\b(?:i\s+did\s+it|i'?ve\s+done\s+it|ik\s+heb\s+het\s+gedaan|heb\s+het\s+gedaan|het\s+is\s+gedaan|its\s+done|"
    r"it'?s\s+done)\b(?=.*\b(?:pills?|pillen|tabletten|tablets|meds|medicijnen|paracetamol|slaappillen)\b)",
    AMOUNT_TAKEN,
    PILLS_TAKEN_WITH_AN_EFFECT,
    # An apology or thanks with the act told as done ("sorry voor alles, bedankt. het is al gebeurd",
    # "thanks for listening. its already done"; thirteenth session, kinds of the fifteenth brief in my
    # own words): an act under way, 112 first.
    r"^(?=.*\b(?:(?:sorry|spijt\s+me)\s+(?:echt\s+|zo\s+)?(?:voor|van|om)\s+alles|sorry\s+for\s+everything|"
    r"(?:bedankt|dank\s*je\w*|dankjewel)\s+(?:voor\s+alles|dat\s+je\s+(?:luisterde|er\s+was))|thanks\s+for\s+(?:everything|"
    r"trying|listening)|thank\s+you\s+for\s+(?:everything|trying|listening)|afscheid|vaarwel|goodbye)\b)"
    r"(?!.*\b(?:melding|aangifte|gemeld|meld|report\w*|huiswerk|homework|opdracht|formulier|form|gebeld|called|verwijderd|"
    r"deleted|geblokt|geblokkeerd|blocked|screenshot\w*|politie|police|helpwanted|offlimits|late\s+reactie|late\s+reply)\b)"
    r".*\b(?:het\s+is\s+al\s+(?:gebeurd|gedaan)|ik\s+heb\s+het\s+al\s+gedaan|heb\s+(?:ze|het|alles)\s+al\s+(?:genomen|gedaan|geslikt)|"
    r"it'?s\s+already\s+done|its\s+already\s+done|already\s+did\s+it|i'?ve\s+already\s+done\s+it|already\s+took\s+(?:them|it|the\s+pills))\b",
    r"\b(?:zit|zitten|betast|betasten|touches|is\s+touching|keeps\s+touching|grabs|is\s+grabbing)\s+(?:\S+\s+){0,2}?"
    r"(?:aan\s+)?(?:me|mij)\b(?=.*\b(?:we\s+rijden|still\s+driving|rijden\s+nog|nog\s+steeds|right\s+now|rn|op\s+dit\s+moment|"
    r"in\s+de\s+taxi|in\s+the\s+taxi|in\s+de\s+auto|in\s+the\s+car|in\s+de\s+bus|on\s+the\s+bus)\b)"
    r"(?!.*\b(?:gisteren|yesterday|vorige|last\s+week|toen|vroeger|used\s+to)\b)",
    # Not allowed to leave, told in the Dutch order, with what holds one there ("hij zegt dat ik niet weg
    # mag voordat ik doe wat hij wil", "zegt dat ik niet meer naar huis mag en hij heeft mn keys");
    # eighteenth session, read misses of the seventh and eighteenth sets, as a family.
    r"\b(?:dat\s+ik|ik)\s+(?:\S+\s+){0,2}(?:niet|nie)\s+(?:meer\s+)?(?:weg|naar\s+huis|gaan|eruit|naar\s+buiten)\s+mag\b"
    r"(?=.*\b(?:voordat|totdat|tot|keys|sleutels?|telefoon|phone|opgesloten|op\s+slot|doe\s+wat)\b)"
    r"(?!.*\b(?:huiswerk|homework|kamer\s+opgeruimd|opruimen|cijfers?|grades?|straf|grounded|huisarrest)\b)",
    # Fourteenth session (a message of the tuned-on development set the learned models no longer found,
    # as a family): held until doing what he wants ("ik mag pas gaan als ik doe wat hij zegt", "he
    # wont let me leave until i do what he wants"); not a parent's rule about a tidy room or homework.
    r"\b(?:(?:ik\s+)?(?:mag|kan)\s+(?:pas|alleen|niet)\s+(?:\S+\s+){0,2}|(?:hij|ze|zij)\s+laat\s+(?:me|mij)\s+"
    r"(?:pas|alleen|niet)\s+(?:\S+\s+){0,2}|pas\s+(?:\S+\s+){0,2})(?:weg|gaan|naar\s+huis|eruit|los)\s+(?:(?:mag|kan)\s+)?"
    r"(?:als|tot|totdat|voordat|wanneer)\s+(?:ik\s+)?(?:\S+\s+){0,3}"
    r"(?:doe\s+wat\s+(?:hij|ze|zij)|(?:hem|haar)\s+(?:\S+\s+)?(?:geef|pijp|kus|aanraak|laat)|seks|sex|uitkleed|"
    r"foto|fotos|foto's|naakt)"
    r"|\b(?:won'?t|will\s+not|doesn'?t|does\s+not|wont)\s+let\s+me\s+(?:leave|go|out)\s+(?:until|unless|before|till)\s+"
    r"(?:i\s+)?(?:\S+\s+){0,3}(?:do\s+what\s+(?:he|she|they)|(?:kiss|touch|give|send)\s+(?:him|her|them)|sex|undress|"
    r"take\s+off|pics|photos|nudes?)",
    # Fourteenth session, read misses of the fifteenth set as families (optimistic there): in cold open
    # water now and losing strength ("ben in de rivier gesprongen en mn benen doen niks meer", "fell in
    # the canal its so cold i cant feel my hands"); not a pool, a lesson, an ice bath or an earlier day.
    r"^(?!.*\b(?:zwembad|pool|zwemles\w*|swimming\s+lesson\w*|ijsbad|ice\s+bath|wim\s+hof|koude\s+douche|cold\s+shower|"
    r"duikplank|sauna|gisteren|yesterday|vorige|last\s+(?:week|year|summer)|toen|vroeger|used\s+to|droom|dream|game|"
    r"film|movie)\b)"
    r".*\b(?:gesprongen|gevallen|jumped|fell|lig|liggen|lying|drijf|drijven|floating|zit|ben|i'?m|im|am)\s+(?:\S+\s+){0,3}"
    r"(?:in|into)\s+(?:het\s+|de\s+|the\s+|a\s+|een\s+)?(?:water|gracht|kanaal|rivier|sloot|zee|meer|haven|ijs|"
    r"river|canal|sea|lake|harbou?r|ditch|ice)\b"
    r"(?=.*\b(?:koud|cold|freezing|ijskoud|voel\s+(?:\S+\s+){0,3}(?:niet|nie)(?:\s+meer)?|can\s+not\s+feel|"
    r"kan\s+(?:niet|nie)\s+meer|doen\s+(?:niks|niets)\s+meer|help|zink\w*|sink\w*|verdrink\w*|drown\w*|kom\s+er\s+"
    r"(?:niet|nie)\s+(?:meer\s+)?uit|can\s+not\s+get\s+out|stroming|current|numb|gevoelloos)\b)",
)
# Medicine taken as the leaflet or the doctor says is no crisis, but not five or more tablets, all of
# them, a strip, too many, at once, on purpose, or with a wish to die: the two medicine exceptions of
# DANGER_EXCEPT share this (fifteenth session: "8 paracetamol zoals de dokter zei" was let through by
# the doctor's exception, which lacked the count the leaflet's exception had).
NOT_MANY_TABLETS = (
    r"^(?!.*\b(?:alle|all|hele|whole|te\s+veel|too\s+many|too\s+much|strip|strips|doos|doosje|doosje\s+leeg|[5-9]|\d{2,}|"
    r"niet\s+meer|no\s+more|anymore|sorry|afscheid|goodbye|wil\s+(?:\S+\s+)?dood|want\s+to\s+die|zelfmoord\w*|suicid\w*|"
    r"expres|on\s+purpose|overdos\w*|allemaal|everything|alles|al\s+(?:mn|mijn|m'n)|tegelijk|at\s+once|in\s+one\s+go|"
    r"op\s+een\s+keer|in\s+een\s+keer)\b)"
)
# Medicine from the doctor, taken as prescribed, with a question about it ("ik slik antidepressiva van de
# huisarts, mag ik alcohol drinken?", "can i take my adhd meds before an exam"): no act under way (same
# session and family).
PRESCRIBED_QUESTION = (
    r"^(?!.*\b(?:\d+\s+(?:pillen|pills|tabletten|tablets|stuks)|te\s+veel|too\s+many|alles|all\s+of|overdos\w*|"
    r"just\s+took|net\s+(?:\S+\s+)?genomen|heb\s+(?:\S+\s+)?genomen|took\s+(?:them|all|a\s+lot)|expres|on\s+purpose|"
    r"dood|die|zelfmoord\w*|suicid\w*|hart|heart|duizelig|dizzy|flauw|faint|braken|vomit\w*|overgeven)\b)"
    r"(?=.*\b(?:huisarts|dokter|doctor|psychiater|psychiatrist|voorgeschreven|prescribed|recept|prescription)\b)"
    r".*\b(?:mag\s+ik|mag\s+je|can\s+i|kan\s+ik|is\s+it\s+ok\w*|is\s+het\s+(?:erg|ok\w*|slim)|is\s+dat\s+(?:erg|ok\w*)|"
    r"should\s+i|moet\s+ik)\b"
)
# Blood seen in a video or photo of someone else that goes round or was posted ("er gaat een filmpje rond van
# een jongen die in elkaar wordt geschopt, echt bloed overal", "a video of a fight is going around, blood
# everywhere"): images to report, not danger now for the writer, unless the writer is in it, it happens now or
# here, or someone is hurt now (twenty-fourth session, a read miss of the second blind conversations, b012, as a
# family).
BLOOD_IN_A_VIDEO_GOING_ROUND = (
    r"^(?!.*\b(?:ik|i|me|mij|mezelf|myself|nu|now|rn|right\s+now|hier|here|live|ligt\s+(?:nog|daar)|is\s+lying|"
    r"ambulance|112|help\s+me|helpen)\b)"
    r"(?=.*\b(?:bloed|blood|bloody|bebloed)\b)"
    r".*\b(?:filmpje\w*|video\w*|vid|clip\w*|foto\w*|photo\w*|beelden|footage)\s+(?:\S+\s+){0,3}?"
    r"(?:rond|gedeeld|gepost|geplaatst|online|going\s+(?:a)?round|being\s+shared|shared|posted|circulating)\b"
)
DANGER_EXCEPT: Sequence[str] = (
    BLOOD_IN_A_VIDEO_GOING_ROUND,
    PRESCRIBED_QUESTION,
    SEXUAL_TOLD_AFTER,
    EVERYDAY_CUT_OR_BURN,
    BLEEDING_THAT_IS_FINE,
    SONG_QUOTED,
    HARM_AS_HABIT,
    HARM_PILLS_NOT_TO_DIE,
    HARM_UNTIL_IT_BLEEDS,
    HARM_WHEN_TRIGGERED,
    HARM_WITH_A_THING,
    HARMLESS_DEATH,
    # Fourteenth session, read false alarms of the sixteenth set as a family (optimistic there): a few
    # tablets taken as the leaflet or the box says, from the doctor, or for an everyday complaint ("heb 2
    # ibuprofen genomen zoals op de bijsluiter, ben ongesteld", "took 2 advil like the box says for my
    # cramps"); not five or more, all, a strip, too many, on purpose, or with a wish to die.
    NOT_MANY_TABLETS
    + r"(?=.*\b(?:paracetamol\w*|ibuprofen|tablet\w*|pil|pillen|pilletje\w*|pills?|meds|medicijn\w*|medicatie|medication|"
    r"aspirine|aspirin|nurofen|advil|tylenol)\b)"
    r".*\b(?:bijsluiter|leaflet|(?:on|says\s+on)\s+the\s+(?:box|package|pack|label)|verpakking|van\s+de\s+(?:dokter|huisarts|"
    r"arts)|from\s+(?:the|my)\s+(?:doctor|gp)|voorgeschreven|prescribed|hoofdpijn|koorts|buikpijn|ongesteld\w*|"
    r"menstruatie\w*|migraine|griep|verkouden\w*|kiespijn|keelpijn|allergie|hooikoorts|adhd|headache|fever|cramps|"
    r"period|flu|toothache|sore\s+throat|allergy|hay\s*fever|elke\s+(?:ochtend|dag|avond)|every\s+(?:morning|day|"
    r"night)|per\s+dag|a\s+day)\b",
    # Medicine taken as the doctor said, with a side effect ("took my acne meds like my doctor said and
    # now im dizzy, normal?"), not many, all or too many (a read false alarm of the
    # fourteenth set, as a family).
    NOT_MANY_TABLETS
    + r".*(?:\b(?:like|as)\s+(?:the|my)\s+(?:doctor|gp|dokter)\s+(?:said|told|says|"
    r"prescribed)|\bas\s+prescribed|\bzoals\s+(?:de|mijn|mn)\s+(?:dokter|huisarts|arts)\s+(?:zei|zegt|voorschreef)|"
    r"\bzoals\s+voorgeschreven|\bvolgens\s+(?:het\s+)?(?:recept|voorschrift))\b",
    # One's own head hurting after banging it oneself ("ik bonk weer mn hoofd tegen de muur en nu doet
    # alles pijn"): self-harm (113), not someone hurting one now.
    r"^(?!.*\b(?:hij|zij|ze|he|she|they|iemand|someone|vader|moeder|broer|stiefvader|stepdad|dad|mom)\b)"
    r".*\b(?:bonk\w*|bang\w*|sla|slaan|sloeg|beuk\w*|hit|hitting)\s+(?:\S+\s+)?(?:mn|mijn|my)\s+(?:hoofd|head)\b",
    # Threatened for more images ("they're topless photos and he is now asking for more and threatening
    # her", "hij dreigt als ik geen nieuwe foto's stuur"), with no word of danger to the body: sextortion,
    # not danger now (a read miss of the thirteenth conversations, as a family).
    r"^(?=.*\b(?:foto\w*|photo\w*|pics?|nudes?|naakt\w*|video\w*|filmpje\w*|topless)\b)"
    r"(?=.*\b(?:meer|more|nieuwe|new|another|andere)\b)(?=.*\b(?:threaten\w*|dreig\w*|bedreig\w*)\b)"
    r"(?!.*\b(?:deur|door|mes|knife|slaat|hits?|hitting|hurt\w*|pijn|buiten|outside|beneden|downstairs|wacht|waiting|"
    r"staat|komt|coming|vermoord\w*|kill\w*|adres|address|woon\w*|live|school)\b)",
    # A first-aid class ("we leerden bij ehbo wat je doet als iemand te veel pillen heeft geslikt", "in
    # first aid class we learned how to stop bleeding"), and a knee or a shin opened at a sport (twelfth
    # session, read false alarms of the thirteenth set, as families).
    r"^(?=.*\b(?:les|lessen|class|course|cursus|leerden|learned|learnt|geleerd|leren|learn|diploma|school|examen)\b)"
    r".*\b(?:ehbo\w*|first\s+aid|eerste\s+hulp\s*(?:les|cursus|diploma)|reanimatie\w*|cpr|reanimeren)\b",
    r"\b(?:knie|knee|knees|shin|scheen|enkel|ankle|elleboog|elbow)\b.{0,50}\b(?:voetbal\w*|hockey|football|soccer|training|"
    r"wedstrijd|match|gevallen|fell|skate\w*|fiets\w*|bike|biking|gym|basketbal\w*)\b"
    r"|\b(?:voetbal\w*|hockey|football|soccer|training|wedstrijd|match|skate\w*|fiets\w*|basketbal\w*)\b.{0,50}"
    r"\b(?:knie|knee|knees|shin|scheen|enkel|ankle|elleboog|elbow)\b",
    # The contraceptive pill taken or forgotten ("ik neem de pil sinds 2 maanden en ben er eentje
    # vergeten", "i forgot to take the pill"; twelfth session, a read false alarm of the twelfth set,
    # as a family); not a whole strip, many, or an overdose.
    r"^(?=.*\b(?:de|the|my|mn|mijn|m'n)\s+(?:anticonceptie)?pil\b)(?=.*\b(?:vergeten|vergat|forgot|forget|gemist|missed|"
    r"stopweek|anticonceptie\w*|birth\s+control|contracept\w*|zwanger\w*|pregnan\w*|ongesteld|period|condoom|condom|"
    r"morning\s*after|sinds|since|elke\s+dag|every\s+day|daily)\b)"
    r"(?!.*\b(?:alle|all|hele|whole|veel|lot|lots|strip|strips|doosje|potje|overdosis|overdose|od|\d+\s*(?:pillen|pills)|"
    r"slaappil\w*|paracetamol|bewusteloos|wakker|duizelig|dizzy|ambulance|112)\b)",
    # Pills saved up, not taken: "ik spaar al weken pillen op" ("op" there is no "all taken"), "saving
    # my meds": thoughts of suicide (113), unless an intake is told too.
    rf"^(?=.*\b{_SAVING}\b)(?!.*\b(?:genomen|geslikt|ingenomen|slikte|slik(?!\s+(?:\S+\s+){{0,6}}?(?:niet|nie|not)\b)|nam|took|taken|"
    r"swallowed|swallow|"
    r"overdosis|overdose|od|ziekenhuis|hospital|112|ambulance|done|gedaan|neemt|not\s+answering|reageert|"
    r"laatste\s+bericht\w*|last\s+message|afscheids\w*|goodbye|vaarwel|farewell)\b)",
    # "En nu is ze verkracht door hem", "nu ben ik aangerand": "nu" before a perfect passive tells
    # what has happened (sexual violence told: CSG first), not what is going on now; "wordt",
    # "right now", "help", someone at the door or outside keep danger now.
    r"^(?!.*\b(?:wordt|worden|word|right\s+now|op\s+dit\s+moment|nog\s+steeds|still|help|hulp|meteen|komt|"
    r"deur|the\s+door|buiten|outside|hier|here|is\s+er\s+nog)\b)"
    r".*\b(?:nu|now)\s+(?:is|zijn|ben|was|werd|has\s+been|have\s+been)\s+(?:\S+\s+){0,2}"
    r"(?:verkracht|aangerand|misbruikt|mishandeld|raped|assaulted|abused)\b",
    # A game, a film or a series (not when pills taken are told beside it: "heb die doos pillen leeggemaakt
    # en nu zit ik een serie te kijken", a read miss of the fourteenth set).
    r"^(?!.*\b(?:geslikt|swallowed|leeg\s*gemaakt|leeggemaakt|emptied|ingenomen)\b)"
    r".*\b(?:game|fortnite|minecraft|gta|roblox|call of duty|cod|film|movie|serie|series|boss|level)\b",
    r"\b(?:pizza\w*|bezorger|postbode|pakketje|delivery|mailman)\b",
    # Catching a train and saying bye to the chat ("de trein komt zo, ik moet gaan doei", "train is
    # here gtg bye"): leaving, not the tracks (thirteenth session, my own probe as a family).
    r"^(?=.*\b(?:trein|train|bus|tram|metro)\b)(?=.*\b(?:doei|doeg|bye|byee|gtg|ciao|later|tot\s+(?:straks|morgen|later|zo)|"
    r"ttyl|cya)\b)(?!.*\b(?:spoor|rails|tracks|perron|platform|springen|spring|jump|niet\s+meer|no\s+more|dood|die|"
    r"afscheid|vaarwel|laatste|last|sorry|pillen|pills|anders|or\s+else|geld|money|moet\s+van|dwingt|forces?)\b)",
    # Not with five or more tablets, all of them or too many ("8 paracetamol tegen de hoofdpijn" is an
    # overdose; fourteenth session).
    r"^(?!.*\b(?:[5-9]|\d{2,}|alle|all|hele|whole|te\s+veel|too\s+many|strip|al\s+(?:mn|mijn|m'n)|tegelijk|at\s+once|"
    r"allemaal|expres|on\s+purpose)\s+(?:\S+\s+)?(?:paracetamol\w*|ibuprofen|tablet\w*|pil|pillen|pills?|meds|"
    r"medicijn\w*|aspirine|aspirin|advil|nurofen)\b)"
    r".*\b(?:tegen|voor|for|against)\s+(?:de\s+|mijn\s+|my\s+|the\s+)?(?:hoofdpijn|pijn|koorts|buikpijn|menstruatie\w*|"
    r"ongesteld|allergie|headache|pain|fever|cramps|period|allergy|hooikoorts)\b",
    ABOUT_A_SERVICE,
    r"\b(?:wanneer|when|waarom|why|hoe|how|wat|what|mag)\s+(?:\S+\s+){0,3}(?:112|noodnummer|alarmnummer)\b|\bkill\s+me\s+now\b",
    # Seventh session (third development set): a cut while cooking, a fall, a sport or a biology
    # lesson, or bleeding told as stopped or fine ("lowkey veel bloed maar het is al gestopt",
    # "blood everywhere but its fine").
    r"\b(?:bij\s+het\s+koken|while\s+cooking|cooking|met\s+koken|judo|karate|boksen|boxing|op\s+de\s+mat|bbq|barbecue|"
    r"varkenshart|ontleden|ontleed\w*|dissect\w*|bio\s*les|biologieles)\b",
    r"\b(?:but\s+(?:it\s+is|its|it'?s)\s+(?:fine|ok|okay|stopped|over)|it\s+(?:has\s+)?stopped|already\s+stopped|"
    r"maar\s+(?:het\s+is\s+)?(?:al\s+)?(?:gestopt|gestelpt|oke|oké|ok|prima|over)|is\s+al\s+gestopt|pleister\s+erop)\b",
)

# --- CSG: sexual violence disclosed ---------------------------------------------------------------
ASSAULTED = _alt("verkracht", "aangerand", "misbruikt", "betast", "aangeraakt", "gedwongen", "raped", "rape", "assaulted", "molested", "abused", "groped", "touched", "forced", "fingered", "gevingerd", "sexually assaulted", "aangerand geweest", "seksueel misbruikt")
ASSAULTED_PAST = _alt("verkracht", "aangerand", "misbruikt", "geraped", "raped", "sexually assaulted", "assaulted", "molested")
WHEN_OR_HOW = _alt("gisteren", "gisteravond", "vannacht", "vanochtend", "vandaag", "vorige week", "laatst", "net", "ook", "echt", "toen", "ooit", "vaker", "meerdere keren", "seksueel", "door iemand", "op een feest", "yesterday", "last night", "today", "just", "also", "really", "once", "sexually", "at a party", "by someone")
SOMEONE = _alt("ze", "zij", "hij", "she", "he", "dochter", "zoon", "vriendin", "vriend", "beste vriendin", "zus", "zusje", "broer", "broertje", "nichtje", "neefje", "leerling", "leerlinge", "kind", "friend", "sister", "daughter", "son", "brother", "student", "stepdaughter", "stiefdochter")
FILMED_DURING = (
    r"\b(?:gefilmd|gefilmt|filmde|filmden|filmed|opgenomen|recorded|foto\w*\s+gemaakt|took\s+(?:pics|photos|pictures))\s+"
    r"(?:\S+\s+){0,2}(?:tijdens|during|while)\s+(?:het|it|dat|that)\s*(?:[,.!?]|en\b|and\b|$)"
)
FILMED_BY_A_GROUP = (
    r"\b(?:(?:ze|zij|they|jongens|guys)\s+waren\s+met\s+(?:zijn|hun)\s+(?:tweeen|drieen|vieren|vijven|zessen|allen)|"
    r"there\s+were\s+(?:two|three|four|five|3|4|5)\s+of\s+them|(?:met|with)\s+(?:zijn|hun|his|their)\s+"
    r"(?:vrienden|maten|friends|mates|boys))\b.{0,80}(?:\b(?:het|me|mij|ons)\s+(?:\S+\s+){0,2}(?:gefilmd|gefilmt|opgenomen)|"
    r"\b(?:filmed|recorded)\s+(?:it|me|us|everything)|\b(?:filmden|filmde)\s+(?:het|me|mij|alles))\b"
)
# Nineteenth session, read misses of the twenty-first set as families (optimistic there): grabbed and held
# against one's will by someone ("mn chef pakte me vast in de opslag en liet me niet los", "my
# coach grabbed me and wouldnt let go"), not a hug, a pet or a fight at home; sex told as not consensual
# or without consent ("het was niet consensual", "we had sex but not with my consent"), not images
# shared without consent (that is the young person's own images).
GRABBED_AND_HELD = (
    r"^(?!.*\b(?:knuffel\w*|hug\w*|blij|happy|gemist|missed|hond\w*|dog|kat|cat|baby|broertje|zusje|oma|opa|moeder|"
    r"mama|mom|mum|vader|papa|dad|ruzie|fight\w*|vecht\w*|game\w*|judo|stoei\w*|wrestl\w*)\b)"
    # Still held now ("en laat niet los, ik typ stiekem") is danger now (112 first).
    r"(?!.*\b(?:laat\s+(?:me\s+|mij\s+)?(?:niet|nie)\s+los|houdt\s+(?:me|mij)|won'?t\s+let|wont\s+let|is\s+holding|"
    r"still\s+holding|nog\s+steeds|ik\s+typ\w*|typing|right\s+now|op\s+dit\s+moment)\b)"
    r".*\b(?:vastgepakt|vastgegrepen|vastgehouden|pakte\s+(?:me|mij)\s+(?:\S+\s+){0,3}?vast|greep\s+(?:me|mij)|"
    r"hield\s+(?:me|mij)\s+(?:\S+\s+){0,3}?vast|grabbed\s+me|held\s+me|pinned\s+me)\b.{0,60}\b(?:(?:niet|nie)\s+(?:meer\s+)?"
    r"(?:los|losgelaten|gaan)|wouldn'?t\s+let\s+(?:me\s+)?go|didn'?t\s+let\s+(?:me\s+)?go|would\s+not\s+let\s+(?:me\s+)?go|"
    r"did\s+not\s+let\s+(?:me\s+)?go|wouldnt\s+let|didnt\s+let|tegen\s+mijn\s+wil|against\s+my\s+will)\b"
)
_NOT_CONSENSUAL_WORDS = (
    r"(?:\b(?:het|it|dat|that|sex|seks)\s+(?:was|is)\s+(?:\S+\s+)?(?:niet|not|non)[\s-]?(?:consensual|consensueel|vrijwillig)\b"
    r"|\b(?:het|it|dat|that|sex|seks)\s+(?:wasn'?t|wasnt|isn'?t|isnt)\s+(?:\S+\s+)?(?:consensual|consensueel)\b"
    r"|\bnon[\s-]?consensual\s+(?:sex|seks)\b"
    r"|\b(?:seks|sex|geneukt|neuken|slept\s+with|sliep\s+met|deed\s+het|did\s+it|hadden\s+seks|had\s+sex)\b.{0,60}"
    r"\b(?:zonder\s+(?:mijn\s+)?toestemming|without\s+(?:my\s+)?consent|tegen\s+mijn\s+wil|against\s+my\s+will|"
    r"niet\s+met\s+mijn\s+toestemming|i\s+did\s+not\s+consent|i\s+didn'?t\s+consent|i\s+didnt\s+consent)\b)"
)
NOT_CONSENSUAL = (
    r"^(?!.*\b(?:foto\w*|pic\w*|nude\w*|nudes|gedeeld|shared|doorgestuurd|forwarded|gepost|delen|sharing|screenshot\w*)\s+"
    r"(?:\S+\s+){0,3}(?:zonder|without|niet|not|non)\b).*" + _NOT_CONSENSUAL_WORDS
)
# Twentieth session, read misses of the twenty-second set as families (optimistic there): touched when one did not
# want it, or told it was normal ("hij raakte me aan en ik wou het niet", "he touched me and said it was normal"),
# or touched in places one did not want ("pakte me vast op plekken waar ik niet wou", "grabbed me in places i
# didnt want"); not by accident, in a crowd or at the doctor's.
_TOUCHED_ME = (
    r"(?:raakte|raakten|raakt|zat|zaten|zit)\s+(?:me|mij)\s+(?:\S+\s+){0,4}?aan|(?:me|mij)\s+(?:\S+\s+){0,2}?aangeraakt|"
    r"betastte|betast|touched\s+me|touching\s+me|touches\s+me|groped\s+me|felt\s+me\s+up|"
    # "did stuff to me", "deden dingen met me", "heeft dingen met me gedaan": acts not named.
    r"(?:did|done|doing|does|do)\s+(?:stuff|things|something|sexual\s+stuff|sexual\s+things)\s+(?:to|with)\s+me|"
    r"(?:deed|deden|doet|doen)\s+(?:\S+\s+)?(?:dingen|iets|stuff|seksuele\s+dingen)\s+(?:met|bij)\s+(?:me|mij)|"
    r"(?:dingen|iets|stuff)\s+(?:met|bij)\s+(?:me|mij)\s+(?:\S+\s+)?gedaan"
)
_NOT_WANTED = (
    r"(?:ik\s+)?(?:wilde|wou|wil)\s+(?:het\s+|dat\s+)?(?:\S+\s+)?(?:echt\s+)?(?:niet|nie)|(?:niet|nie)\s+(?:wilde|wou)|"
    r"zei\s+(?:\S+\s+)?dat\s+(?:het|dat)\s+(?:heel\s+)?normaal\s+(?:was|is)|said\s+(?:\S+\s+)?(?:it\s+was|it'?s|that\s+was)\s+normal|"
    r"(?:i\s+)?(?:didn'?t|did\s+not|didnt)\s+want|(?:ons|onze)\s+geheim\w*|our\s+(?:little\s+)?secret|"
    r"niemand\s+(?:mocht|mag|mag\s+het)\s+(?:het\s+)?weten|(?:no\s+one|nobody)\s+(?:can|could|may|must)\s+know|"
    r"tegen\s+mijn\s+wil|against\s+my\s+will"
)
# Forced to do things ("hij forceerde me om dingen te doen" on a webcam call, "he forced me to do stuff"): told
# against one's will, so no talk about images (SEXUAL_EXCEPT); not chores, school or sport.
_FORCED_CORE = (
    r"\b(?:forceerde|forceert|geforceerd|dwong|dwingt|gedwongen|forced|forces|forcing)\s+(?:me|mij)\s+(?:\S+\s+){0,2}?"
    r"(?:om\s+)?(?:(?:seksuele\s+|sexual\s+)?(?:dingen|iets|stuff|things|something)|to\s+do\s+(?:stuff|things|something|"
    r"sexual))\b"
)
_NOT_CHORES = (
    r"^(?!.*\b(?:huishouden|chores|huiswerk|homework|afwas|dishes|opruimen|clean\w*|stofzuig\w*|sport\w*|"
    r"training|eten|eat|food|groente|vegetables|game\w*|ruimen|ruimde|wassen|poetsen|koken|leren|burpees|push-?ups|"
    r"sit-?ups|laps|rondjes|oefeningen|exercises|workout|drills)\b)"
)
_TOUCHED_AND_NOT_WANTED = (
    rf"\b(?:(?:{_TOUCHED_ME})\b.{{0,80}}\b(?:{_NOT_WANTED})\b|(?:{_NOT_WANTED})\b.{{0,40}}\b(?:{_TOUCHED_ME})\b)"
)
TOUCHED_UNWANTED = (
    r"^(?!.*\b(?:per\s+ongeluk|by\s+accident|accidentally|druk\w*|crowd\w*|dokter|doctor|huisarts|arts|fysio\w*|"
    r"massage|schouder|shoulder|knuffel\w*|hug\w*|movie|serie|series)\b).*" + _TOUCHED_AND_NOT_WANTED
)
TOUCHED_IN_PLACES = (
    r"\b(?:pakte|pakten|greep|grepen|raakte|raakten|zat|zaten|betastte|grabbed|touched|groped)\s+(?:me|mij)\s+"
    r"(?:\S+\s+){0,2}?(?:vast\s+|aan\s+)?(?:op|aan|in|on|at)\s+(?:plekken|plaatsen|places|spots)\s+(?:waar|die|where|that|i)\b"
)
# Filmed by a group, told with the group after the filming ("ze hebben het gefilmd, met z'n drieen"); not a fall,
# a fight, a prank or a dance.
FILMED_THEN_A_GROUP = (
    r"^(?!.*\b(?:vecht\w*|fight\w*|ruzie|prank\w*|grap\w*|joke|dans\w*|danc\w*|viel|gevallen|fell|fall|les|class|"
    r"school\w*|sport\w*|wedstrijd|match|game\w*|tiktok\w*|trend)\b)"
    r".*\b(?:(?:het|me|mij|ons)\s+(?:\S+\s+){0,2}?(?:gefilmd|gefilmt|opgenomen)|(?:filmed|recorded)\s+(?:it|me|us))\b"
    r".{0,60}\b(?:met\s+(?:zijn|hun|z'?n)\s+(?:tweeen|drieen|vieren|vijven|zessen|allen)|(?:two|three|four|five|\d)\s+of\s+them|"
    r"(?:met|with)\s+(?:\S+\s+)?(?:twee|drie|vier|vijf|two|three|four|five|\d)\s+(?:jongens|guys|boys|mannen|men))\b"
)
# Twenty-third session, read misses of the twenty-sixth set as families (optimistic there). A test for an STI,
# pregnancy or the morning-after pill with words that it was not chosen ("where can i get an sti test, it wasnt my
# choice", "waar haal ik de morningafterpil, ik wilde het niet"): sexual violence (CSG first).
NOT_CHOSEN_WITH_A_TEST = (
    r"^(?=.*\b(?:soa\w*|sti|stis|std|stds|soatest|zwangerschapstest|pregnancy\s+test|morning\s*-?\s*after\w*|"
    r"morningafter\w*|noodpil|plan\s+b|hiv\w*|aids)\b)"
    r".*\b(?:(?:was|is)\s+(?:niet|nie|not|never)\s+(?:mijn|my)\s+(?:keuze|choice)|wasn'?t\s+my\s+choice|wasnt\s+my\s+choice|"
    r"(?:ik\s+)?(?:wilde|wou)\s+(?:het|dat)?\s*(?:echt\s+)?(?:niet|nie)|(?:i\s+)?didn'?t\s+want\s+(?:it|to)|"
    r"(?:i\s+)?didnt\s+want\s+(?:it|to)|gedwongen|forced|tegen\s+(?:mijn|m'n|mn)\s+zin|against\s+my\s+will|"
    r"zonder\s+(?:mijn\s+)?toestemming|without\s+(?:my\s+)?consent|(?:ik\s+)?zei\s+(?:nee|stop)|(?:i\s+)?said\s+no)\b"
)
_MEMORY_GONE = (
    r"\b(?:(?:ik\s+)?weet\s+(?:niet|nie)\s+meer\s+wat\s+er\s+(?:\S+\s+){0,4}?(?:is\s+)?gebeurd|"
    r"(?:ik\s+)?(?:kan|weet)\s+(?:me\s+)?(?:niks|niets|nix)\s+(?:meer\s+)?(?:herinneren|van)|"
    r"(?:i\s+)?(?:don'?t|dont|do\s+not|can'?t|cant|can\s+not|cannot)\s+remember\s+(?:anything|what\s+happened|how)|"
    r"no\s+memory|"
    r"black\s*out|blackout|ben\s+alles\s+kwijt|gat\s+in\s+(?:mijn|mn)\s+geheugen)\b"
)
# No memory of what happened after a party or a night out, with what makes it frightening (photos of oneself
# going round, waking up somewhere, clothes, pain): sexual violence (CSG first). Not a laugh about a hangover.
MEMORY_GONE_AFTER_A_NIGHT = (
    r"^(?!.*\b(?:lol|haha\w*|hangover|kater|brakkie|zo\s+grappig|so\s+funny|funny|gezellig)\b)"
    r"(?=.*\b(?:feest\w*|party|partys|parties|avond|night|festival|club|uitgaan|drank|gedronken|drunk|drinks?|drankje|"
    r"drink|gedrogeerd|drugged|iets\s+in\s+mijn\s+drinken)\b)"
    r"(?=.*\b(?:foto\w*|photos?|pics?|filmpje\w*|video\w*|wakker\s+(?:geworden|werd)|woke\s+up|kleren|clothes|"
    r"naakt|naked|bed|pijn|hurts?|sore|bloed|blood|ondergoed|underwear)\b)"
    r".*" + _MEMORY_GONE
)
SEXUAL: Sequence[str] = (
    NOT_CHOSEN_WITH_A_TEST,
    MEMORY_GONE_AFTER_A_NIGHT,
    SEXUAL_TOLD_AFTER,
    DID_SOMETHING_TO_ME,
    SELF_BLAME_NOT_WANTED,
    NEVER_AGREED,
    SHOWERED_SINCE,
    TOUCHED_UNWANTED,
    TOUCHED_IN_PLACES,
    FILMED_THEN_A_GROUP,
    GRABBED_AND_HELD,
    NOT_CONSENSUAL,
    # What to do with the clothes after it happened ("moet ik mn kleren bewaren of weggooien? het is
    # gebeurd", "should i throw away my clothes from last night, i never want to see them again"), like the
    # shower question below; memory gone after a spiked drink ("iets in mn drink gedaan ... nu mis ik een
    # paar uur"); what he said afterwards ("na afloop zei hij dat niemand me zou geloven"). Eighteenth
    # session, read misses of the seventh, seventeenth and eighteenth sets, as families.
    r"(?=.*\b(?:gebeurd|happened|wat\s+hij\s+(?:deed|heeft\s+gedaan)|what\s+he\s+did|(?:niet|nooit)\s+meer\s+zien|"
    r"see\s+them\s+(?:ever\s+)?again|ever\s+again|do\s+not\s+want\s+to\s+see|"
    # Twenty-first session, a read miss of the twenty-fourth set: "de kleren van die avond".
    r"(?:van|from)\s+(?:die|that|gister|last)\s*(?:avond|nacht|night)|van\s+gisteravond|"
    # Twenty-second session, a read miss of the twenty-fifth set: "not wash them right? was een uur geleden".
    r"(?:een|an|\d+|paar|few)\s+(?:uur|uurtje|hours?|hour)\s+(?:geleden|ago)|vannacht|last\s+night|hij\s+is\s+weg|he\s+(?:is\s+)?left|"
    r"he\s+is\s+gone)\b)"
    r".*(?:\b(?:kleren|kleding|clothes|ondergoed|underwear|onderbroek|slipje|panties)\b.{0,40}\b(?:bewaren|weggooien|"
    r"weg\s+gooien|wassen|throw\w*\s+(?:\S+\s+)?away|wash|keep|get\s+rid|doen)\b|\b(?:bewaren|weggooien|wassen|throw\s+away|wash|"
    r"keep)\s+(?:\S+\s+){0,3}(?:kleren|kleding|clothes|ondergoed|underwear)\b)",
    r"\b(?:iets\s+in\s+(?:mijn|my)\s+(?:drink\w*|drank\w*|glas|glass)|gedrogeerd|drugged|spiked)\b.{0,80}\b(?:mis\s+ik|"
    r"missing|kwijt|black\s*out|blackout|weet\s+(?:ik\s+)?(?:niks|niets)\s+meer|herinner\s+(?:ik\s+)?(?:me\s+)?(?:niks|niets)|"
    r"can\s+not\s+remember|do\s+not\s+remember|don'?t\s+remember)\b",
    r"\b(?:na\s+afloop|achteraf|afterwards|after\s+it|daarna)\b.{0,40}\b(?:niemand\s+(?:\S+\s+){0,2}(?:zou|zal|gaat)\s+"
    r"(?:\S+\s+){0,2}geloven|nobody\s+(?:would|will|is\s+going\s+to)\s+believe|no\s+one\s+(?:would|will)\s+believe)\b",
    # Filmed during "it", or by a group ("hij heeft me gefilmd tijdens het, en nu stuurt hij het rond", "ze
    # waren met z'n drieën en ze hebben het gefilmd", "there were three of them and they filmed it"): an
    # assault told in few words, with the images as the second harm (CSG first, then Helpwanted and the
    # police). Eighteenth session, read misses of the eighteenth and twentieth sets, as a family.
    FILMED_DURING,
    r"^(?!.*\b(?:we|wij|tiktok|dans\w*|danc\w*|prank\w*|challenge|video\s*clip|sketch|film\s*project|school\s*project|"
    r"voetbal\w*|game\w*)\b).*" + FILMED_BY_A_GROUP,
    # "Gedwongen seks", "forced sex", "they pinned me down".
    r"\b(?:gedwongen|forced)\s+(?:tot\s+)?(?:seks|sex)\b",
    r"^(?!.*\b(?:pillow|kussen\w*|stoeien|wrestl\w*|worstel\w*|haha\w*|lol|game|spel|judo|mma|training)\b).*"
    r"\b(?:pinned|held|holds|pins)\s+me\s+down\b",
    # "Ik denk dat ik als kind misbruikt ben". (Not "i never agreed to any of this": after a talk
    # about a video posted without asking, it is about the posting.)
    r"\b(?:ik|i)\s+(?:\S+\s+){0,6}(?:verkracht|aangerand|misbruikt)\s+(?:ben|werd|was|geweest)\b",
    # "mag ik nog douchen, het is net gebeurd?": the question after an assault (showering washes away
    # what a forensic check finds), not a shower after sport or before school.
    r"^(?!.*\b(?:gym|sport\w*|training|trainen|zwem\w*|swim\w*|voetbal|football|school|werk|work|haar|hair)\b)"
    r".*\b(?:moet|mag|kan|should|can|may|do)\s+(?:ik|i)\s+(?:nog\s+|still\s+|al\s+|even\s+)?(?:douchen|shower|me\s+wassen|wash)\b"
    r".*\b(?:net|just\s+now|just\s+happened|vannacht|last\s+night|gebeurd|happened|bewijs|evidence|sporen|dna)\b",
    near(
        _alt(
            "ik ben", "ik werd", "ben ik", "werd ik", "i was", "i got", "i have been", "i been", "i am", "got"
        ),
        ASSAULTED,
        4,
    ),
    r"\b(?:me|mij)\s+(?:\S+\s+){0,4}(?:verkracht|aangerand|misbruikt|betast|aangeraakt|gevingerd|uitgekleed)\b",
    r"\b(?:raped|assaulted|molested|abused|groped|touched|fingered)\s+me\b",
    # Told by a parent, a friend or a sibling about someone else: CSG first for them too ("mijn
    # dochter is gisteren verkracht", "hij heeft haar aangerand", "my sister was assaulted").
    rf"\b{SOMEONE}\s+(?:\S+\s+){{0,8}}(?:is|was|werd|zijn|waren|has\s+been|have\s+been)\s+(?:{WHEN_OR_HOW}\s+){{0,3}}{ASSAULTED_PAST}\b",
    rf"\b(?:heeft|hebben|had|has|have)\s+(?:haar|hem|her|him|them)\s+(?:{WHEN_OR_HOW}\s+){{0,3}}{ASSAULTED_PAST}\b",
    r"\b(?:raped|assaulted|molested|groped)\s+(?:her|him|them|my\s+(?:friend|sister|daughter|son|brother))\b",
    # The past tense with "me" ("een maand geleden dat hij me aanrandde", "toen hij mij verkrachtte";
    # thirteenth session, kinds of the fifteenth brief in my own words).
    r"\b(?:me|mij)\s+(?:\S+\s+){0,2}?(?:aanrandde|aanrandden|verkrachtte|verkrachtten|misbruikte|misbruikten|betastte|"
    r"betastten)\b|\b(?:hij|zij|ze|he|she)\s+(?:\S+\s+)?(?:verkracht|misbruikt|aanrandt)\s+(?:me|mij)\b",
    # Not chores, school or sport ("mn moeder dwong me om dingen op te ruimen", "my coach made me do burpees"); also
    # "forceerde" (twentieth session, a read miss of the twenty-third set as a family: optimistic there).
    _NOT_CHORES
    + r".*\b(?:dwong|dwongen|dwingt|forced|made|pressured|pushed|forceerde|forceert|geforceerd)\s+(?:me|mij)\s+(?:\S+\s+){0,5}"
    r"(?:seks|sex|pijpen|blow|naakt|aan\s+te\s+raken|touch|dingen|stuff|things|doen|do)\b",
    # Forced in a place where it happens ("gast van 19 dwong me op de achterbank", "he forced me in his
    # room", "pinned me on the bed"); not told to stay in bed or to sit on the couch (thirteenth
    # session: a sexual-violence message of the read tenth set the retrained detector lost, as a family).
    r"\b(?:dwong|dwongen|forced|pinned|drukte)\s+(?:me|mij)\s+(?:\S+\s+){0,2}?(?:op|in|on|into|onto)\s+(?:de|het|een|zn|z'n|"
    r"zijn|his|the|a|her|haar)\s+(?:achterbank|back\s*seat|bed|bank|couch|kamer|room|auto|car|wc|toilet|bosjes|bushes|"
    r"tent|slaapkamer|bedroom|matras|mattress)\b(?!\s+(?:te|om|to)\b)",
    rf"\b(?:ging|bleef|kept|went|keep)\s+(?:gewoon\s+|just\s+)?(?:door|going){_gap(6)}(?:nee|no|stop)\b",
    r"\b(?:did\s+not|didn't|would\s+not|wou\s+niet|wilde\s+niet|stopte\s+niet)\s+(?:\S+\s+){0,2}(?:stop|stoppen|ophouden)\b(?=.*\b(?:nee|no|zei|said)\b)",
    r"\b(?:ik\s+zei|i\s+said)\s+(?:\S+\s+){0,2}(?:nee|no|stop)\s+(?:\S+\s+){0,2}(?:maar|but)\b",
    r"\b(?:tegen\s+mijn\s+wil|against\s+my\s+will|zonder\s+(?:dat\s+ik\s+)?(?:het\s+)?(?:wilde|toestemming)|without\s+my\s+consent)\b",
    either(
        _alt("gedrogeerd", "drugged", "spiked", "dronken", "drunk", "bewusteloos", "passed out"),
        _alt("naakt", "naked", "uitgekleed", "undressed", "zonder kleren", "no clothes", "broek uit", "pants off"),
        8,
    ),
    r"\b(?:was|is)\s+(?:it|het)\s+(?:\S+\s+){0,2}(?:verkrachting|rape)\b",
    r"\b(?:verkrachting|rape)\s+(?:was|is)\b(?=.*\b(?:ik|i|me|mij)\b)",
    r"\b(?:zit|zat|zitten|zaten|gezeten|komt)\s+(?:\S+\s+){0,3}aan\s+(?:me|mij)\b|\baan\s+(?:me|mij)\s+(?:\S+\s+){0,2}(?:zitten|gezeten|zat|zaten)\b",
    r"^(?:\S+\s+){0,1}(?:verkracht|aangerand|misbruikt|raped|assaulted|molested|geraped|gegroped|geforced)\b(?:\s+\S+){0,3}$",
    r"\b(?:ben|werd|got|been)\s+(?:\S+\s+){0,3}(?:verkracht|aangerand|misbruikt|raped|geraped|assaulted|gegroped|groped|molested)\b",
    r"\b(?:me|mij)\s+(?:\S+\s+){0,3}(?:gedwongen|geforced|assaulted|gegroped)\s*(?:[.,!]|$|tot|om\s+dingen|dingen|toen|na)",
    r"\b(?:kept|keep)\s+going\s+(?:even|when|while|terwijl)\b|\b(?:stopte|stopped)\s+niet\s+(?:toen|terwijl)\b|\b(?:ging|pushte)\s+(?:\S+\s+)?door\s+terwijl\b",
    r"\b(?:nee\s+(?:gezegd|zei)|said\s+no|ik\s+zei\s+nee)\b.*\b(?:toch|anyway|did\s+not\s+stop|stopte\s+niet|ging\s+door|kept\s+going|deed\s+het)\b",
    r"\bforced\s+himself\s+on\s+me\b|\btook\s+advantage\s+of\s+me\b|\b(?:never|did\s+not)\s+consent\w*\b|\b(?:nooit|geen)\s+(?:toestemming|ja\s+gezegd)\b",
    r"\b(?:seks|sex)\s+(?:\S+\s+){0,3}(?:met\s+me|with\s+me)\b(?=.*\b(?:terwijl|while|toen)\s+(?:ik|i)\s+(?:\S+\s+)?(?:sliep|asleep|sleeping|out|dronken|drunk|bewusteloos)\b)",
    either(
        _alt("werd wakker", "woke up", "wakker"),
        _alt("broek uit", "naakt", "naked", "clothes off", "zonder kleren", "uitgekleed", "undressed"),
        8,
    ),
    r"\b(?:doet|deed|did|does|deden)\s+(?:\S+\s+)?(?:dingen|things|stuff)\s+(?:met|with|to|bij)\s+(?:me|mij)\b",
    r"\b(?:dingen|things|stuff)\s+(?:\S+\s+){0,3}(?:niet\s+wilde|did\s+not\s+want)\b",
    r"\b(?:of|if|whether)\s+(?:het|it)\s+(?:\S+\s+){0,3}(?:verkrachting|rape|misbruik|abuse|aanranding)\b|\b(?:telt|counts?)\s+(?:\S+\s+){0,3}(?:als|as)\s+(?:verkrachting|rape|misbruik|abuse|aanranding)\b",
    r"\braakt\s+(?:me|mij)\s+(?:\S+\s+){0,2}aan\b|\btouches\s+me\b",
    either(
        _alt("borsten", "billen", "kont", "kruis", "tussen mijn benen", "breasts", "butt", "between my legs"),
        _alt("geknepen", "gegrepen", "gepakt", "aangeraakt", "grabbed", "touched", "groped"),
        3,
    ),
    r"\b(?:nee\s+(?:zeg|zei|gezegd)|(?:zeg|zei|say|said)\s+(?:\S+\s+)?(?:nee|no))\b.*\b(?:gaat|ging|goes|went|keeps|kept)\s+(?:\S+\s+){0,2}(?:door|on|going)\b",
    r"\b(?:hand|handen|hands)\s+(?:\S+\s+){0,2}(?:in|onder|under|down|into)\s+(?:mijn|my)\s+(?:broek|pants|shirt|rok|skirt|onderbroek|underwear|bh|bra)\b",
    either(_alt("weet ik niks meer", "weet niks meer", "weet ik niets meer", "can not remember", "blackout", "blacked out", "out gegaan"), _alt("pijn", "naakt", "naked", "kleren", "clothes", "broek", "pants", "bed"), 10),
    # Drugged, and then something: "volgens mij gedrogeerd en daarna weet ik niks", "someone spiked my
    # drink and i woke up at his place" (told as over: CSG; lost right now is danger now).
    r"\b(?:gedrugged|gedrogeerd|drugged|spiked|iets\s+in\s+(?:mijn|mn)\s+(?:drinken|drankje|drank|glas|drink)|"
    r"something\s+in\s+my\s+(?:drink|glass))\b"
    r".{0,40}\b(?:en\s+toen|and\s+then|werd\s+(?:ik\s+)?wakker|woke\s+up|daarna|after\s+that|weet\s+(?:ik\s+)?(?:niks|niets)\s+meer|"
    r"can'?t\s+remember|don'?t\s+remember|can\s+not\s+remember|do\s+not\s+remember|ik\s+was\s+(?:helemaal\s+|echt\s+)?weg|"
    r"i\s+was\s+(?:completely\s+)?(?:gone|out)|(?:doet\s+)?alles\s+(?:doet\s+)?pijn|everything\s+hurts|naakt|naked|"
    r"kleren\s+uit|clothes\s+off)\b",
    # Sixth session (second development set): sex that has to happen when he wants, or against
    # one's will with pregnancy or sex words: "dat ik moet als hij wil, ook als ik huil", "kan je
    # zwanger worden als het tegen je zin was?".
    r"\b(?:moet|moest|have\s+to|had\s+to)\s+(?:\S+\s+)?(?:als|wanneer|when(?:ever)?)\s+(?:hij|he|zij|she)\s+(?:\S+\s+)?"
    r"(?:wil|wilt|wants|want)\b(?=.*\b(?:ook\s+als|even\s+(?:if|when)|huil|cry|nee|no|seks|sex|normaal|normal)\b)",
    r"^(?=.*\b(?:zwanger|pregnant|seks|sex|condoom|condom|soa|std|morning\s+after|morningafterpil|aangeraakt|betast|"
    r"uitgekleed|touched|naakt|naked)\b).*\b(?:tegen\s+(?:mijn|mn|je|m'n|haar)\s+(?:zin|wil)|against\s+(?:my|her|your)\s+will|"
    r"without\s+(?:my|her)\s+consent|zonder\s+(?:dat\s+ik\s+(?:het\s+)?wilde|toestemming))\b",
    # Seventh session (third development set): pregnancy or a check after it was not voluntary
    # ("kan je zwanger worden als het niet vrijwillig was?"); something done that I did not want
    # ("heeft dingen gedaan die ik echt niet wilde", "something happened yesterday that i did not
    # want"); a check after showering, the day after ("kunnen ze nog iets onderzoeken als ik al
    # gedoucht heb? was gisteravond").
    r"^(?=.*\b(?:zwanger|pregnant|seks|sex|condoom|condom|soa|std|morning\s+after|morningafterpil|dokter|doctor|huisarts|"
    r"arts|pijn|hurts|pain)\b).*(?:\b(?:niet\s+vrijwillig|not\s+voluntar\w*|not\s+consensual|non\s*-?\s*consensual|"
    r"niet\s+gewild)\b|\b(?:(?:ik\s+)?(?:het\s+)?niet\s+(?:wilde|wou)|(?:ik\s+)?(?:wilde|wou)\s+(?:het\s+)?niet|"
    r"i\s+did\s+not\s+want(?:\s+it|\s+to)?)\s*(?:[.,!?/]|$|en\b|maar\b|and\b|but\b))",
    r"^(?!.*\b(?:praten|talk\w*|vertellen|tell|zeggen|say|gaan|go|zien|see|kijken|watch|eten|eat|food|dinner|lunch|"
    r"school|les|class|haar|hair|kopen|buy|bought|gekocht|cadeau|gift|present|kamer|room|seen|gezien|zag|saw|bekeken|"
    r"looked|strafbaar|illegal|video\w*|filmpje\w*|foto\w*|link\w*)\b)"
    r".*\b(?:iets|something|dingen|things|stuff)\b[^.?!]{0,60}"
    r"\b(?:niet\s+wilde|did\s+not\s+want(?:\s+it|\s+to)?|never\s+wanted)\s*(?:[.,!?]|$|en\b|and\b|maar\b|but\b)",
    # Told about a sister or a friend with the verb last: "zegt dat een jongen haar heeft gedwongen",
    # "dat hij hem heeft misbruikt" (not forced to do homework: the clause ends there).
    r"^(?!.*\b(?:vroeger|jaren\s+geleden|years\s+ago|toen\s+(?:ze|hij|ik)\s+(?:klein|jonger)|als\s+kind)\b).*"
    r"\b(?:haar|hem)\s+(?:\S+\s+){0,2}(?:heeft|hebben)\s+(?:gedwongen|aangerand|verkracht|misbruikt)\s*(?:[.,!?]|$|en\b|maar\b)",
    # "Ik heb pijn en weet niet of ik naar de dokter moet. hij heeft het gisteren gedaan."
    r"^(?=.*\b(?:pijn|pain|hurts|dokter|doctor|huisarts|bloed\w*|blood|bleeding)\b)(?!.*\b(?:geslagen|hit|sloeg|"
    r"geschopt|kicked|vechten|fight|huiswerk|homework|opdracht)\b).*\b(?:hij|he)\s+(?:heeft|has)\s+(?:het|it)\s+"
    r"(?:gisteren|gisteravond|vannacht|zaterdag|vrijdag|net|yesterday|last\s+night|just)\s+(?:gedaan|done)\b"
    r"|\b(?:he|hij)\s+did\s+it\s+(?:yesterday|last\s+night)\b(?=.*\b(?:pain|hurts|doctor|bleeding)\b)",
    r"^(?=.*\b(?:gisteren|gisteravond|vannacht|vanochtend|vandaag|zojuist|yesterday|last\s+night|this\s+morning|today|"
    r"uur\s+geleden|hours?\s+ago|zaterdag|vrijdag|weekend)\b)(?!.*\b(?:gym|sport\w*|zwem\w*|swim\w*|training|voetbal|"
    r"football|haar|hair|wond\w*|wound\w*)\b).*"
    + either(_alt("gedoucht", "showered", "gewassen", "washed", "douchen", "shower"),
             _alt("onderzoek\\w*", "sporen", "dna", "bewijs", "evidence", "dokter", "doctor", "arts", "huisarts", "examine\\w*",
                  "forensic\\w*", "test"), 8),
    # Eighth session (fourth development set): what to do for the body right after "it" happened,
    # with no word for it ("should i go to the doctor after, it happened 2 hours ago", "net gebeurd,
    # ik wil alleen maar douchen", "het is 2 uur geleden gebeurd, politie of ziekenhuis?"); not a
    # fall, an accident, an injury, an illness or a death.
    r"^(?=.*(?:\b(?:het|it|dat|that)\s+(?:\S+\s+){0,4}(?:gebeurd|gebeurde|happened)\b|\bnet\s+gebeurd\b))"
    r"(?=.*\b(?:net|zojuist|just|vannacht|last\s+night|gisteravond|vanochtend|this\s+morning|\d+\s*(?:uur|hours?)|"
    r"(?:een\s+paar|paar|a\s+few|few|twee|two|drie|three|een|an|one)\s+(?:uur|hours?))\b)"
    r"(?!.*\b(?:gevallen|fell|fall|val|ongeluk\w*|accident|fiets\w*|bike|auto|car|sport\w*|voetbal|football|training|gym|"
    r"hoofd|head|enkel|ankle|pols|wrist|arm|knie|knee|gesneden|cut|brand\w*|burn\w*|gebeten|bit|bitten|hond|dog|kat|cat|"
    r"koorts|fever|griep|flu|ziek|sick|vecht\w*|fight\w*|geslagen|hit|video\w*|filmpje\w*|foto\w*|link\w*|online|"
    r"overleden|died|passed|opa|oma|grandpa|grandma|dood|dead|gestolen|stolen|inbraak|brand)\b)"
    r".*\b(?:dokter|doctor|huisarts|ziekenhuis|hospital|arts|spoedeisende|morning\s*after\w*|noodpil|soa|std|"
    r"zwanger\w*|pregnan\w*|douchen|douche|shower\w*|down\s+there|daar\s+beneden|onderzoek\w*)\b",
    # Eighth session (fifth development set): a yes given only after pressure ("ik heb wel ja gezegd
    # maar pas nadat hij 10 keer had gevraagd en boos werd", "i said yes but only because he kept asking").
    r"\b(?:ja\s+gezegd|ja\s+zei|said\s+yes|zei\s+ja|agreed)\b.{0,40}\b(?:pas\s+nadat|only\s+after|only\s+because|omdat|"
    r"because|want)\b.{0,60}\b(?:boos|angry|mad|bleef\s+(?:vragen|aandringen|zeuren)|kept\s+(?:asking|pushing|begging)|"
    r"\d+\s*(?:keer|x|times)|druk|pressure\w*|dreigde|threaten\w*|bang|scared|afraid)\b",
    # Ninth session: a forensic check after an assault asked about with its time ("is het nog te laat
    # voor sporenonderzoek? het was 2 dagen geleden", "can they still do a rape kit if it was
    # yesterday", "kan de zedenpolitie nog dna vinden"); not a school project, a crime series or a
    # burglary.
    r"^(?!.*\b(?:werkstuk|spreekbeurt|project|presentatie|presentation|essay|serie|series|csi|true\s*crime|"
    r"documentaire|documentary|podcast|film|movie|les|class|biologie|biology|inbraak|burglary|fiets|bike|gestolen|"
    r"stolen)\b)"
    r"(?=.*\b(?:sporenonderzoek\w*|forensisch\w*|forensic\w*|rape\s*kit|zedenpolitie|zedenrecherche|"
    r"sexual\s+assault\s+(?:exam|kit|check)|dna|sporen|evidence|bewijs)\b)"
    r"(?=.*\b(?:sporenonderzoek\w*|forensisch\w*|forensic\w*|rape\s*kit|zedenpolitie|zedenrecherche|"
    r"sexual\s+assault\s+(?:exam|kit|check)|verkracht\w*|aangerand|raped|assaulted|het\s+gebeurde|it\s+happened|"
    r"gebeurd|happened)\b)"
    r".*\b(?:te\s+laat|too\s+late|nog\s+(?:steeds\s+)?(?:\S+\s+)?(?:kan|kunnen|mogelijk|zin|nut|vinden)|"
    r"still\s+(?:do|get|find|possible|worth)|"
    r"(?:\d+|een|twee|drie|paar|a|one|two|three|few)\s+(?:dag|dagen|uur|days?|hours?)\s+(?:geleden|ago)|"
    r"gisteren|gisteravond|vannacht|yesterday|last\s+night|this\s+morning|vanochtend)\b",
    # The morning-after pill after sex that did not go as one wanted ("het ging niet zoals ik wilde").
    r"^(?=.*\b(?:morning\s*after\w*|noodpil|zwanger\w*|pregnan\w*|soa|std)\b).*\b(?:niet\s+zoals\s+(?:ik\s+)?(?:het\s+)?wilde|"
    r"not\s+(?:how|the\s+way)\s+i\s+wanted|wilde\s+(?:het\s+)?(?:eigenlijk\s+)?niet|didn'?t\s+(?:really\s+)?want\s+(?:it|to))\b",
    # Eleventh session: sex while saying no ("hij had seks met me terwijl ik nee zei", "we had sex but
    # i said no like 3 times", "ze zegt dat hij seks met haar had terwijl ze nee zei"), and "i told him
    # to stop but he didnt". Not "nee tegen" something else ("ik zei nee tegen een condoom").
    r"\b(?:seks|sex|gevreeën|gevreeen|geneukt|neuken|slept\s+with|deden\s+het|did\s+it|had\s+it)\b"
    r"[^?!]{0,60}\b(?:terwijl|while|but|maar|hoewel|even\s+though|though|ook\s+al|toen|when|after|nadat)\s+"
    r"(?:\S+\s+){0,2}?(?:ik|ze|zij|hij|i|she|he)\s+(?:(?:\S+\s+)?(?:nee|no|stop)\s+(?:zei|zeiden|said|riep|yelled|had\s+gezegd)|"
    r"(?:zei|said|riep|yelled|had\s+gezegd)\s+(?:\S+\s+)?(?:nee|no|stop))"
    r"(?!\s+(?:tegen|to)\s+(?:een|a|het|the)?\s*(?:condoom|condom|ijsje|drankje|drink|foto|pic))"
    r"|\b(?:ik|i)\s+(?:zei|said|told|vroeg|asked)\s+(?:\S+\s+){0,2}?(?:hem|haar|him|her)?\s*(?:te\s+)?(?:stoppen|to\s+stop|stop)\b"
    r"\s*[,.]?\s*(?:maar|but)\s+(?:hij|zij|ze|he|she)\s+(?:\S+\s+)?(?:deed\s+het\s+niet|didn'?t|did\s+not|ging\s+door|"
    r"kept\s+going|wouldn'?t|stopte\s+niet)\b",
    # Eleventh session (a read miss of the tenth set, as a family): "an older girl forced me last
    # weekend", "een jongen dwong me gisteren", "he forced me." Forced, with nothing after it that
    # says what else (not "forced me to go to school"), by no parent or teacher.
    r"^(?!.*\b(?:mom|mum|dad|moeder|vader|mama|papa|ma|pa|parents|ouders|teacher|leraar|lerares|juf|meester|coach|"
    r"trainer|docent|mentor|game|spel)\b)"
    r".*\b(?:forced|dwong|dwongen|heeft\s+me\s+gedwongen|hebben\s+me\s+gedwongen)\s+(?:me|mij)?\s*"
    r"(?:$|[,.!?]|(?:last|yesterday|this|vorige|afgelopen|gisteren|gisteravond|vannacht|tonight|op\s+(?:een|het|dat)|"
    r"at\s+(?:a|the|his|her)|after|na|in\s+(?:his|her|zijn|haar|de|the)|and\s+i|en\s+ik)\b)",
    # Twelfth session, after the twelfth set's misses were read (families, each in other words):
    # the whole message is only that one did not want it or that he did not stop ("ik wilde niet
    # maar", "hij stopte niet", "he didnt stop", "i didnt want to but..."): sexual violence told in
    # the fewest words (CSG first, whose answer also names 112).
    r"^\W*(?:maar\s+|but\s+|en\s+|and\s+)?(?:ik\s+)?(?:wilde|wou)\s+(?:het\s+|dat\s+)?(?:echt\s+)?(?:niet|nie)"
    r"(?:\s+maar)?[\W\s]*$"
    r"|^\W*(?:maar\s+|but\s+|en\s+|and\s+)?i\s+(?:really\s+)?did\s+not\s+want\s+(?:it|to|that)?(?:\s+but)?[\W\s]*$"
    r"|^\W*(?:maar\s+|but\s+|en\s+|and\s+)?(?:hij|zij|ze|he|she)\s+(?:stopte|hield|ging)\s+(?:gewoon\s+)?(?:niet|nie)"
    r"(?:\s+op|\s+weg)?[\W\s]*$"
    r"|^\W*(?:maar\s+|but\s+|en\s+|and\s+)?(?:he|she)\s+(?:just\s+)?(?:did\s+not|would\s+not|wouldn'?t)\s+stop[\W\s]*$",
    # A condom taken off without asking ("hij deed het condoom af zonder het te vragen", "he took the
    # condom off without telling me", "stealthing").
    r"\bstealth(?:ing|ed)\b|\b(?:condoom|condom)\b[^.?!]{0,40}\b(?:af|off|weg|removed|afgedaan|afgehaald|uitgedaan)\b"
    r"[^.?!]{0,40}\b(?:zonder|without|stiekem|secretly|niet\s+gevraagd|didn'?t\s+ask|did\s+not\s+(?:ask|tell)|"
    r"zonder\s+het\s+te\s+(?:vragen|zeggen)|without\s+(?:asking|telling))\b"
    r"|\b(?:stiekem|secretly)\b[^.?!]{0,30}\b(?:condoom|condom)\b[^.?!]{0,20}\b(?:af|off|weg|removed|afgedaan|afgehaald|uitgedaan)\b",
    # Taken somewhere away from the others and not wanting it ("hij nam me mee naar boven / ik wou
    # niet", "he took me to his room and i didnt want to", "ze trokken me mee naar buiten, ik zei nee").
    r"\b(?:nam|namen|trok|trokken|sleurde|sleepte|bracht|duwde)\s+(?:me|mij)\s+(?:\S+\s+){0,2}?mee\s+"
    r"(?:naar|in|de)\b|\b(?:took|dragged|pulled|brought|pushed|led)\s+me\s+(?:\S+\s+){0,1}?(?:upstairs|to\s+(?:his|her|their|a|the)\s+"
    r"(?:room|bedroom|car|bathroom|toilet|place)|outside|into\s+(?:his|her|the|a)\s+(?:room|bedroom|car|bathroom|toilet))\b"
    r"(?=.*\b(?:(?:ik\s+)?(?:wou|wilde)\s+(?:het\s+)?(?:niet|nie)|niet\s+(?:wou|wilde)|(?:zei|riep)\s+(?:\S+\s+)?(?:nee|stop)|"
    r"i\s+did\s+not\s+want|i\s+said\s+(?:no|stop)|didn'?t\s+want|tegen\s+(?:mijn|mn)\s+(?:wil|zin)|against\s+my\s+will)\b)",
    # Seventeenth session (a read miss of the twentieth conversations, as a family): someone "did stuff"
    # the young person said no to or did not want ("he did stuff i said no to", "hij deed dingen waar ik
    # nee tegen zei", "ze deden dingen die ik niet wilde", "he did things i didnt want").
    r"\b(?:hij|zij|ze|he|she|they|die\s+jongen|die\s+gast|that\s+guy|the\s+guy)\s+(?:\S+\s+)?(?:deed|deden|doet|did|does|"
    r"was\s+doing|kept\s+doing)\s+(?:\S+\s+)?(?:dingen|dinge|things|stuff)(?:\s+(?:bij|met|aan|to|with)\s+(?:me|mij))?\s+(?:(?:die|dat|waar|wat|that|which)\s+)?"
    r"(?:(?:ik|i)\s+(?:\S+\s+)?(?:nee|no)\s+"
    r"(?:tegen\s+)?(?:zei|said)|(?:ik|i)\s+(?:zei|said)\s+(?:\S+\s+)?(?:nee|no)|(?:ik|i)\s+(?:\S+\s+)?(?:niet|nie)\s+(?:wilde|wou)|"
    r"(?:i|ik)\s+(?:didn'?t|did\s+not|didnt)\s+want|tegen\s+(?:mijn|mn)\s+(?:wil|zin)|against\s+my\s+will)",
    # Fourteenth session (two messages of the tuned-on development set the learned models no longer
    # found, as a family): a man of the household who "does things" while the mother sleeps or is away
    # ("mn stiefvader doet dingen bij me als mama naar haar werk is", "my uncle does stuff when mum is
    # asleep").
    r"\b(?:stiefvader|stiefpa|stiefpapa|stepdad|step\s*dad|stepfather|oom|ome|uncle|opa|grandpa|vader|papa|dad|father|"
    r"vriend\s+van\s+(?:mn|mijn|m'n)\s+(?:moeder|mama|ma)|(?:mom|mum|mother)'?s\s+boyfriend)\b.{0,40}"
    r"\b(?:doet|deed|does|did|is\s+doing)\s+(?:\S+\s+)?(?:dingen|dinge|things|stuff)\b.{0,40}\b(?:als|wanneer|when|while|"
    r"terwijl|zodra|whenever)\s+(?:\S+\s+){0,3}(?:slaapt|sliep|slapen|sleeps|sleeping|asleep|weg\s+is|niet\s+thuis\s+is|"
    r"away|out|werkt|aan\s+het\s+werk|naar\s+(?:haar\s+|zn\s+|z'n\s+)?(?:werk|bed)\s+is|at\s+work|in\s+bed)\b",
)
SEXUAL_EXCEPT: Sequence[str] = (
    # (Not when filmed during "it" or by a group, or told as done against one's will: FILMED_DURING,
    # FILMED_BY_A_GROUP, _NOT_CONSENSUAL_WORDS, _TOUCHED_AND_NOT_WANTED.)
    rf"^(?!.*(?:{FILMED_DURING}|{FILMED_BY_A_GROUP}|{_NOT_CONSENSUAL_WORDS}|{_TOUCHED_AND_NOT_WANTED}|{_FORCED_CORE}|"
    # (Nor with no memory of a night out: MEMORY_GONE_AFTER_A_NIGHT.)
    rf"{_MEMORY_GONE}|"
    r"\b(?:did|done)\s+(?:something|stuff|things)\s+to\s+me\b|\b(?:iets|dingen)\s+(?:met|bij)\s+(?:me|mij)\s+gedaan\b)).*"
    r"\b(?:video\w*|filmpje\w*|film\w*|clip\w*|foto\w*|beelden|images|pics|plaatjes|porn\w*|site|post|tiktok|twitter|insta|snap|groepsapp|serie|movie)\b(?!.*\b(?:mij|me|ik|i)\s+(?:\S+\s+){0,3}(?:verkracht|aangerand|raped|assaulted)\b)",
    r"\b(?:mijn|my)\s+(?:foto|fotos|beelden|nudes|pics|account|data|gegevens)\s+(?:\S+\s+){0,2}(?:misbruikt|abused)\b",
)


# fmt: on


# Idioms with the words of a crisis in them: "ik kan mezelf wel slaan", "i could kick myself" (cross
# with oneself, not self-harm). They are taken out of the text before the concepts read it, so the
# rest of the message still counts ("ik kan mezelf wel slaan, ik wil dood" is thoughts of suicide).
IDIOMS = re.compile(
    r"\b(?:kan|kon|could)\s+(?:mezelf|mijzelf|myself)\s+(?:wel\s+|echt\s+|really\s+)?(?:slaan|voor\s+mn\s+kop\s+slaan|kick|slap)\b"
)


@dataclass(frozen=True)
class Concept:
    """A crisis intent with the patterns that mean it and the contexts that cancel them."""

    intent: str
    patterns: tuple[Pattern[str], ...]
    cancel: tuple[Pattern[str], ...]
    laugh_cancels: bool = True

    def matches(self, text: str) -> bool:
        """True when a pattern matches the text without its idioms, no cancelling context is present,
        and no laugh goes with the match (`laughed_off`). A cancel in `IN_ITS_CLAUSE` cancels only the
        matches in its own clause."""
        text = IDIOMS.sub(" ", text)
        if any(c.pattern not in IN_ITS_CLAUSE and c.search(text) for c in self.cancel):
            return False
        clause_cancels = [c for c in self.cancel if c.pattern in IN_ITS_CLAUSE and c.search(text)]
        for p in self.patterns:
            found = p.search(text)
            if found is None or (p.pattern in NEGATABLE and _negated(p, text)):
                continue
            if clause_cancels and _cancelled_in_clause(found, clause_cancels):
                continue
            if (
                self.laugh_cancels
                and p.pattern not in LAUGH_PROOF
                and laughed_off(text, _meaning_start(found), self.intent == DANGER_NOW)
            ):
                continue
            return True
        return False


# A bare crisis word can be denied ("ik denk niet aan zelfmoord", "geen noodgeval"); longer
# concepts carry their own meaning, and "ik weet niet of het verkrachting was" is no denial.
NEGATABLE = frozenset({SUICIDE_WORD, URGENCY_WORD})
# Words only used for self-harm, often told with dark humour ("barcode arm again lol im so done"): a
# laugh does not take them away.
LAUGH_PROOF = frozenset(
    {
        NOT_THERE_AFTER_A_DAY,
        BARCODE,
        ROPE_KEPT,
        GIVEN_AWAY_READY,
        AMOUNT_TAKEN,
        PILLS_TAKEN_WITH_AN_EFFECT,
        CAT_SCRATCHES_WITHOUT_A_CAT,
        MARKS_WITH_A_TAKEN_BACK_STORY,
        WOUND_CARE_IN_SECRET,
        SLEEVES_IN_THE_HEAT,
        GIVING_MY_THINGS_AWAY,
    }
)
_NEGATED = re.compile(
    rf"\b{NEGATION}\s+(?:-\s+)?(?:aan\s+|about\s+|meer\s+aan\s+|echt\s+|really\s+)?(?:een\s+|an?\s+)?$"
)


# Cancels that take away only the crisis words in their own clause: "is 113 alleen voor mensen die dood
# willen?" asks about the service, "ik wil dood. kost 113 geld?" says one wants to die and then asks about it
# (twenty-fourth session).
IN_ITS_CLAUSE = frozenset({ABOUT_A_SERVICE})
_CLAUSE_MARK = re.compile(r"[.!?,;\n]")


def _cancelled_in_clause(found: re.Match[str], cancels: Sequence[Pattern[str]]) -> bool:
    """Whether a cancel matches within the clauses a crisis match spans (from the clause of its words'
    start to the end of the clause it ends in)."""
    text = found.string
    start = _meaning_start(found)
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    after = _CLAUSE_MARK.search(text, max(found.end() - 1, start))
    clause = text[begin : after.start() if after else len(text)]
    return any(c.search(clause) for c in cancels)


def _negated(pattern: Pattern[str], text: str) -> bool:
    """'ik denk niet aan zelfmoord', 'geen noodgeval': the match is preceded by a negation."""
    return all(_NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


def _meaning_start(found: re.Match[str]) -> int:
    """Where the words of a match begin: a pattern that opens with a lookahead over the whole
    message ("^(?!.*school).*...") matches from the start; its words are in the match's last sentence."""
    if found.start() > 0 or found.end() == 0:
        return found.start()
    return max(found.string.rfind(mark, 0, found.end() - 1) for mark in ".!?\n") + 1


def _compile(patterns: Sequence[str]) -> tuple[Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


CONCEPTS: tuple[Concept, ...] = (
    Concept(DANGER_NOW, _compile(DANGER), _compile(DANGER_EXCEPT)),
    Concept(SUICIDAL_THOUGHTS, _compile(SUICIDAL), _compile(SUICIDAL_EXCEPT)),
    # Its own concept: a death "last year" is when the loss happened, not a crisis that is over.
    Concept(SUICIDAL_THOUGHTS, _compile((WITH_SOMEONE_WHO_DIED,)), _compile(GRIEF_EXCEPT)),
    Concept(SEXUAL_VIOLENCE, _compile(SEXUAL), _compile(SEXUAL_EXCEPT), laugh_cancels=False),
)
# Also compounds: "zelfmoordvideo", "suicidepreventie".
ABOUT_SOMETHING_ELSE = re.compile(rf"(?:\b|zelfmoord|suicide|zelfdoding){ABOUT_NOT_ME}\b")


def matching_intents(normalized: str) -> list[str]:
    """Every crisis intent whose concept matches a normalised message, highest priority first."""
    return [
        c.intent
        for c in CONCEPTS
        if c.matches(normalized)
        and not (c.intent == SUICIDAL_THOUGHTS and _only_the_word_in_other_context(normalized))
    ]


def match(normalized: str) -> str | None:
    """The crisis intent a normalised message means (the highest priority one), or None."""
    intents = matching_intents(normalized)
    return intents[0] if intents else None


def _only_the_word_in_other_context(text: str) -> bool:
    """'een video over zelfmoord', 'wat doet 113': the suicide word names a topic, not a wish."""
    if not ABOUT_SOMETHING_ELSE.search(text):
        return False
    suicidal = next(c for c in CONCEPTS if c.intent == SUICIDAL_THOUGHTS)
    others = [p for p in suicidal.patterns if p.pattern != SUICIDE_WORD and p.search(text)]
    return not others


def only_often_figurative(normalized: str) -> bool:
    """'mijn leven is voorbij': thoughts of suicide match only through words that are often a figure
    of speech, and no other crisis concept matches."""
    hits = [p for c in CONCEPTS if c.matches(normalized) for p in c.patterns if p.search(normalized)]
    return bool(hits) and all(p.pattern in OFTEN_FIGURATIVE for p in hits)


def danger_only_by_urgency_word(normalized: str) -> bool:
    """'dit is een noodgeval': danger now matches only through a word of urgency, no act or threat."""
    danger = next(c for c in CONCEPTS if c.intent == DANGER_NOW)
    hits = [p for p in danger.patterns if p.search(normalized)]
    return bool(hits) and all(p.pattern == URGENCY_WORD for p in hits)
