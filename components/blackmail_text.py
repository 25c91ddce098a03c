"""Whether a young person says they are being blackmailed with images, apart from Rasa.

"Ik word gechanteerd", "bro ik word gesextort", "some guy has a video of me and wants 500 euros":
blackmail with images of oneself (sextortion) is about one's own images, whose help (Helpwanted:
sextortion, removal) comes first. The intent classifier spreads such messages over one's own
images, "what if I don't pay", an adult online and images seen, and is often too unsure to answer
(the main topics instead of the help). A message that names the blackmail (chanteren, afpersen,
sextortion, blackmail, extort), or asks money with a threat to share images, is about one's own
images unless it says it happens to someone else (components/someone_else_text.py decides that next).
"""

from __future__ import annotations

import re

# The blackmail named, in Dutch and English, with its inflections and chat spellings.
_NAMED = re.compile(
    r"\b(?:ge)?chant(?:eer|eert|eerde|eerden|eren|ageert|eerd|eert|age)\w*|\bchantage\b"
    r"|\b(?:af\s*ge\s*perst|afgeperst|afpers\w*|afpersing)\b|\bperst\w*\s+(?:me|mij|mn|ons)\s+(?:\S+\s+){0,3}af\b"
    r"|\b(?:ge)?sextort\w*|\bsextortion\b|\b(?:black\s?mail\w*|extort\w*)\b",
    re.IGNORECASE,
)
# Money asked with a threat to share images: "wil 200 euro anders stuurt hij ze naar al mn volgers".
_MONEY = (
    r"(?:\d+\s*(?:euro|eur|€|dollar|bucks)|€\s*\d+|euro\w*|geld|money|betal\w*|pay\w*|gift\s?cards?|"
    r"cadeaukaart\w*|bitcoin|tikkie|paysafe\w*)"
)
_SHARE = (
    r"(?:post\w*|gepost|delen|deelt|verspreid\w*|online\s+zet\w*|door\s?stu\w*|stuurt|sturen|sends?|leak\w*|"
    r"share\w*|spread\w*|expose\w*|upload\w*)"
)
_IMAGES = r"(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vid\w*|beeld\w*|them|ze|het|it)"
_DEMAND = re.compile(
    rf"\b{_MONEY}\b.{{0,80}}\b(?:anders|otherwise|unless|or\s+else|or\s+(?:he|she|they|hij|ze|zij)|"
    rf"of\s+(?:hij|ze|zij)|als\s+(?:ik|i)\s+(?:niet|geen|nie))\b.{{0,40}}\b{_SHARE}\b"
    rf"|\b(?:{_SHARE}\b.{{0,40}}\b{_IMAGES}|{_IMAGES}\b.{{0,60}}\b{_SHARE})\b.{{0,60}}\b(?:als|if|unless|tenzij)\b.{{0,40}}\b{_MONEY}\b"
    # "He has a video of me and wants 500 euros", "heeft mn fotos en wil 200 euro".
    rf"|\b(?:heeft|hebben|has|have|got|kreeg)\s+(?:\S+\s+){{0,2}}(?:(?:mn|mijn|m'n|my)\s+{_IMAGES}|"
    rf"{_IMAGES}\s+(?:van\s+(?:mij|me)|of\s+me))\b.{{0,60}}\b(?:wil|wilt|willen|wants|want|vraagt|vroeg|"
    rf"asks|asked|eist|demands|demanded)\b.{{0,30}}\b{_MONEY}\b",
    re.IGNORECASE,
)


# "Wat is sextortion?", "hoe herken ik chantage": a question about the word, not a young person's story.
_ABOUT_THE_WORD = re.compile(
    r"\b(?:wat\s+is|wat\s+betekent|what\s+is|what'?s|what\s+does|hoe\s+herken\w*|herkennen|how\s+do\s+(?:i|you)\s+"
    r"(?:recogni[sz]e|spot)|voorkomen|prevent\w*|werkstuk|spreekbeurt|essay|nieuws|news|scams?)\b",
    re.IGNORECASE,
)


def blackmailed(text: str) -> bool:
    """Whether the message names blackmail, or asks money with a threat to share images (not a
    question about what the word means)."""
    return bool((_NAMED.search(text) or _DEMAND.search(text)) and not _ABOUT_THE_WORD.search(text))
