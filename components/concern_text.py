"""The concerns a message for someone else can have, apart from Rasa (the action server's copy,
actions/cards.py `CONCERNS`, is tied to this one by a test)."""

from __future__ import annotations

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
