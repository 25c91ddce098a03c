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


# Fourteenth session (read misses of the fourteenth and fifteenth conversation sets, as a family): images
# exchanged with a boyfriend or girlfriend, or sexual images of oneself, that the other now shows, spreads
# or posts ("we swapped pics and after we broke up he showed mine to his mates", "ik en mn ex wisselden
# foto's uit en nu laat zij die van mij aan iedereen zien"): one's own images shared. Not when the writer
# is the one who spread them (shared_others_images), and not images without anything sexual or intimate
# ("a video of me dancing").
_OWN = (
    # "Our sex tape", "ons filmpje": the writer is in it too.
    r"(?:mine|die\s+van\s+mij|dat\s+van\s+mij|(?:mijn|mn|m'n|my|our|onze|ons)\s+(?:(?:own|eigen|old|oude|private|priv[eé]|naked|naakt|bloot|"
    r"blote|sexy|intieme?|intimate)\s+)?(?:foto\w*|pic\w*|nude\w*|naakt\w*|filmpje\w*|video\w*|vids?|snaps?|selfies?|body|lichaam|"
    r"sex\s?tape\w*|seks\s?tape\w*|sekstape\w*|seksfilmpje\w*)|(?:foto\w*|pic\w*|nude\w*|naakt\w*|"
    r"filmpje\w*|video\w*|vids?|snaps?|sex\s?tape\w*|sekstape\w*)\s+(?:van\s+(?:mij|me|ons)|of\s+(?:me|us)))"
)
_SPREADS = (
    r"(?:showed|shows|showing|shown|spread\w*|sen(?:t|ds|ding)\s+(?:\S+\s+){0,3}(?:round|around|to\s+(?:everyone|"
    r"his|her|their|the|all))|posted|posting|posts|put\s+(?:\S+\s+){0,5}(?:online|on\s+\S+)|upload\w*|leak\w*|shar(?:ed|es|ing)|"
    r"forward\w*|(?:laat|liet|laten)\s+(?:\S+\s+){0,7}zien|gedeeld|deelt|verspreid\w*|door\s?gestuurd|"
    r"door\s?gestuurt|rond\s?gestuurd|(?:stuurt|stuurde|sturen)\s+(?:\S+\s+){0,5}(?:rond|door)|gepost|post|online\s+gezet|gelekt|lekt|"
    r"gaat\s+rond|going\s+(?:a)?round|"
    # "Airdropped my nude to half the bus", "heeft mn naaktfoto in de groepsapp gezet", "op zn story gezet".
    r"air\s?dro(?:p|pped|ps|pping|pte|pt)|ge-?air\s?dropt|(?:in|op)\s+(?:\S+\s+){0,3}?gezet|ge-?upload\w*)"
)
_INTIMATE = (
    r"(?:nude\w*|naakt\w*|naked|bloot|topless|ondergoed|underwear|sexy|seks\w*|sex\w*|intiem\w*|intimate|private|"
    r"priv[eé]|uitgewisseld|wisselden|swap\w*|exchang\w*|(?:each|one)\s+other|elkaar|(?:mijn|mn|my)\s+ex|"
    r"(?:ex|vriend(?:je|in|innetje)?|boyfriend|girlfriend|bf|gf|date)\b|toen\s+we\s+(?:samen|verkering)|"
    r"when\s+we\s+were\s+(?:together|dating)|broke\s+up|uit\s+elkaar|het\s+is\s+uit|uitgemaakt)"
)
_WRITER_SPREAD = (
    r"\b(?:i|ik)\s+(?:\S+\s+){0,2}(?:showed|shared|posted|forwarded|leaked|spread|sent\s+(?:\S+\s+){0,3}(?:round|around)|"
    r"heb\s+(?:\S+\s+){0,5}(?:gedeeld|doorgestuurd|gepost|rondgestuurd|verspreid|gelekt))\b"
)
_SPREAD_OWN = re.compile(
    rf"^(?=.*\b{_INTIMATE})(?!.*{_WRITER_SPREAD})(?=.*\b{_OWN}\b).*\b{_SPREADS}\b",
    re.IGNORECASE | re.DOTALL,
)


def own_images_spread(text: str) -> bool:
    """Whether the message says someone shows, spreads or posts intimate images of the writer."""
    return bool(_SPREAD_OWN.search(text)) and not _ABOUT_THE_WORD.search(text)
