"""The concerns a message for someone else can have, apart from Rasa (the action server's copy,
actions/cards.py `CONCERNS`, is tied to this one by a test)."""

from __future__ import annotations

import re

# The parse result's key, and the label of a message that does not say what is going on.
CONCERN = "concern"
NONE = "none"
# How sure the classifier is of the concern: its decision value's lead over the runner-up.
CONCERN_MARGIN = "concern_margin"
# The intents of a message written for someone else (a parent, a teacher, a sibling, a friend).
SOMEONE_ELSE_INTENTS = ("parent_or_teacher", "helping_friend")
# What can be going on for that person: each is also a topic of its own (channels/topics.yml).
CONCERN_INTENTS = (
    "own_images_shared",
    "saw_illegal_images",
    "grooming",
    "sexual_violence",
    "violence_at_home",
    "worried_own_urges",
    "porn_industry_exploitation",
)

# Images of the child or pupil themselves that go round ("a video of her is being shared in a
# snapchat group", "haar naaktfoto gaat rond in de klassenapp", "his nudes were leaked"): their own
# images (Helpwanted), also when the classifier reads images someone saw.
_IMAGE = r"(?:foto\w*|pics?|pictures?|photos?|nudes?|naakt\w*|filmpje\w*|video\w*|vid|clip|selfie\w*|beelden)"
_THEM = (
    r"(?:her|him|them|haar|hem|zichzelf|herself|himself|my\s+(?:daughter|son|student|pupil|kid|child|sister|brother)|"
    r"(?:mijn|mn|m'n)\s+(?:dochter|zoon|leerling|kind|zus|zusje|broer|broertje)|"
    r"(?:a|an|een|one\s+of\s+(?:my|the|our))\s+(?:classmate|klasgenoot|klasgenote|leerling|student|pupil|teammate|"
    r"teamgenoot|speler|player)s?)"
)
_SHARED = (
    r"(?:shared|sharing|going\s+(?:a)?round|around|rond\w*|gedeeld|delen|verspreid\w*|doorgestuurd|posted|gepost|"
    r"leaked|gelekt|online|sent\s+(?:a)?round|spread\w*|groepsapp|klassenapp|group\s*chat|groupchat|snapchat\s+group|"
    r"gezet|geplaatst|uploaded|ge(?:ü|u)pload)"
)
IMAGES_OF_THEM_SHARED = re.compile(
    rf"(?=.*\b{_SHARED}\b)(?:.*\b{_IMAGE}\s+(?:\S+\s+){{0,2}}?(?:of|van)\s+{_THEM}\b"
    r"|.*\b(?:her|his|their|haar|zijn|zn)\s+(?:own\s+|eigen\s+)?" + _IMAGE + r"\b)",
    re.IGNORECASE,
)
