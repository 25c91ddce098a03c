"""Whether a message tells what happens to someone else, apart from Rasa.

"Mijn vriendin wordt thuis geslagen door haar vader" is about violence at home, but not the
writer's: the intent classifier names what goes on (`violence_at_home`), and the answer would speak
to the writer as the one it happens to ("Wat naar dat het thuis niet veilig is"). A message whose
subject is a friend, a sibling, a classmate or the writer's child, with nothing that makes the
writer the one it happens to (me, mij, my photo, ik word ...), is a message for someone else: the
writer helps a friend (`helping_friend`) or is a parent or teacher (`parent_or_teacher`), and what
goes on is the concern of that talk.
"""

from __future__ import annotations

import re

HELPING_FRIEND = "helping_friend"
PARENT_OR_TEACHER = "parent_or_teacher"

_MY = r"(?:mijn|mn|m'n|my|onze|our)"
_FRIEND = (
    r"(?:beste\s+)?(?:vriendin\w*|vriend\w*|vriendje|zus\w*|zusje|broer\w*|broertje|nicht\w*|neef\w*|"
    r"klasgeno(?:ot|te)\w*|teamgenoot|buurmeisje|buurjongen|"
    r"(?:best\s+)?friend'?s?|bff|bestie|sister'?s?|brother'?s?|cousin'?s?|classmate'?s?|teammate'?s?)"
)
_CHILD = r"(?:zoon|dochter|kind|kinderen|leerling\w*|pupil\w*|son'?s?|daughter'?s?|kid'?s?|child|student\w*)"
# "een meisje uit mijn klas", "a girl in my class", "iemand op mijn school".
_SOMEONE_AT = (
    r"(?:een|a|an|iemand|someone|somebody)\s+(?:meisje|jongen|girl|boy|kid|leerling|student|persoon|person|van|uit|in|at|op|from)?\s*"
    r"(?:uit|in|at|op|from|van)\s+(?:mijn|mn|my|onze|our)\s+(?:klas|class|school|team|club|groep|group)"
)
FRIEND_SUBJECT = re.compile(rf"\b(?:{_MY}\s+{_FRIEND}|{_SOMEONE_AT})\b", re.IGNORECASE)
CHILD_SUBJECT = re.compile(rf"\b{_MY}\s+{_CHILD}\b", re.IGNORECASE)
# The writer as the one it happens to: "van mij", "my nudes", "ik word", "he hit me", "i'm being".
WRITER_AFFECTED = re.compile(
    r"\b(?:me|mij|mezelf|myself|ik\s+(?:word|werd|ben|was|heb)|i\s+(?:am|was|got|have|had)|i'?m|im|i'?ve)\b"
    # "ik en mijn vriendin", "mijn zus en ik", "we", "ons": the writer is in it too.
    r"|\b(?:ik|i)\s+(?:en|and)\b|\b(?:en|and)\s+(?:ik|i)\b|\b(?:we|wij|us|ons)\b"
    r"|\b(?:mijn|mn|my)\s+(?:foto\w*|naakt\w*|nude\w*|pic\w*|filmpje\w*|video\w*|lichaam|body|kamer|room)\b",
    re.IGNORECASE,
)


def someone_else(text: str) -> str | None:
    """`parent_or_teacher` or `helping_friend` when the message tells what happens to someone
    else (the writer's child or pupil; a friend, sibling or classmate), else None."""
    if WRITER_AFFECTED.search(text):
        return None
    if CHILD_SUBJECT.search(text):
        return PARENT_OR_TEACHER
    if FRIEND_SUBJECT.search(text):
        return HELPING_FRIEND
    return None


# Whether the one who did it will be punished ("krijgt hij hier straf voor?", "kan die jongen de cel
# in?", "will he get arrested for posting it?"): a question about the police and the law, not about
# whether the writer is in trouble (fourteenth session, a read miss of the fifteenth conversations, as a
# family). Not when the writer asks about themselves too ("krijgen hij en ik straf?").
_OTHER = (
    r"(?:hij|zij|ze|die\s+(?:jongen|man|gast|vent|persoon|meid|meisje|vrouw|leraar)|dat\s+meisje|(?:mijn|mn|m'n)\s+ex|"
    r"de\s+dader|diegene|degene|he|she|they|that\s+(?:guy|boy|man|girl|person|woman)|the\s+(?:guy|boy|man|girl|person)|"
    r"my\s+ex|whoever\s+(?:did|posted|shared)\s+it)"
)
_PUNISHED = (
    r"(?:straf|gestraft|bestraft|strafbaar|opgepakt|gearresteerd|aangeklaagd|vervolgd|veroordeeld|de\s+cel|"
    r"de\s+gevangenis|jeugdgevangenis|de\s+bak|een\s+boete|problemen|punished|arrested|charged|prosecuted|in\s+trouble|"
    r"to\s+jail|to\s+prison|in\s+jail|in\s+prison|a\s+fine|sued|consequences|gevolgen)"
)
OTHERS_PUNISHMENT = re.compile(
    rf"\b(?:krijgt|krijgen|wordt|worden|gaat|gaan|kan|kunnen|is|zijn|komt|komen|moet|moeten|will|can|could|does|would|"
    rf"is|are|gets?|should)\s+{_OTHER}\s+(?:\S+\s+){{0,4}}?(?:get\s+|be\s+|in\s+)?{_PUNISHED}\b"
    rf"|\b{_OTHER}\s+(?:\S+\s+){{0,2}}?(?:krijgt|wordt|gaat|kan|komt|will|gets|get|could|can)\s+(?:\S+\s+){{0,3}}?"
    rf"(?:get\s+|be\s+)?{_PUNISHED}\b(?=[^.!]*\?)",
    re.IGNORECASE,
)
_WRITER_TOO = re.compile(
    r"\b(?:(?:ik|i)\s+(?:en|and)|(?:en|and)\s+(?:ik|i|me))\b|\b(?:wij|we)\s+(?:allebei|both)\b", re.IGNORECASE
)


def asks_about_others_punishment(text: str) -> bool:
    """Whether the message asks if someone else (the one who did it) will be punished."""
    return bool(OTHERS_PUNISHMENT.search(text)) and not _WRITER_TOO.search(text)
