"""Which language a message is in, Dutch or English: `language` (`nl` or `en`) in the parse result.

`ParseSlotsPolicy` (components/parse_slots_policy.py) copies it into the slot `language`
(domain/language.yml), and every response has an English variant for it. It is set only when the
message clearly is one language: short or
ambiguous messages ("ok", "ja", "help", "hoi", "113") set nothing, so the conversation keeps its
language. Dutch is the prior: a mixed message ("he forced me en nu voel ik me vies") is answered
in Dutch, and English needs more words and more confidence than Dutch.

The model is lingua (lingua-language-detector), restricted to Dutch and English; its n-gram
models ship inside the wheel, so nothing is downloaded at run time. How it was chosen over
py3langid, with the figures: docs/language.md.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lingua import Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from components.language_request import asked_language

LANGUAGE = "language"
# Whether the language was told by the words themselves (a word only one of the languages has, or a
# request for a language), not only by lingua's n-grams. Lingua reads place names as Dutch ("we
# live in utrecht": Dutch 0.90), so its reading alone does not switch a language the conversation
# already has (components/parse_slots_policy.py).
LANGUAGE_FIRM = "language_firm"

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Names of channels and places are the same in both languages and pull short messages towards
# Dutch ("how do i contact veilig thuis"); they are left out before the language is judged.
_NAMES = re.compile(
    r"\b(?:veilig thuis|slachtofferhulp(?: nederland)?|centrum seksueel geweld|csg|helpwanted|"
    r"offlimits|meld misdaad anoniem|kindertelefoon|slachtofferwijzer|netwerk mediawijsheid|"
    r"politie|zelfmoordpreventie|nederland|nl)\b",
    re.IGNORECASE,
)

# Dutch words that do not occur in English. One of them in a message means it is at least partly
# Dutch, and a mixed message is answered in Dutch. Words that English shares ("die", "is", "me",
# "in", "van", "wat", "was", "want", "met", "of", "even", "er") are not on the list: "i want to
# die" is English.
_DUTCH_WORDS = """
    ik je jij jou jouw mij mijn mn jullie hij zij ze hem haar het een de niet nu wel waar wie
    waarom wanneer heb hebt heeft ben zijn moet moeten wil wilt kan kun kunt mag zou voor dat dit
    deze naar nog geen iets niks niets alles echt gwn gewoon ff ofzo zo als omdat toch eens
    hallo hoi doei dankje dankjewel bedankt graag oke jawel nee hun ons onze welke iemand mensen
    meisje jongen vriendin vriend ouders
"""
DUTCH_MARKERS = frozenset(_DUTCH_WORDS.split())

# English words that do not occur in Dutch. Lingua reads "i want to die" as Dutch (0.56, for
# "die"), so two of these in a message of three words or more, and no Dutch one, make it English.
_ENGLISH_WORDS = """
    i im i'm dont don't want wanna gonna to the my myself you your and what how why who where
    when can't cant please with about this that they he she it it's its were have has been will
    would should could do does did not am are for if just really anymore someone somebody
    now her him his them their our us there here from yes yeah home live lives
"""
ENGLISH_MARKERS = frozenset(_ENGLISH_WORDS.split())

# English needs at least this many words and this much of lingua's confidence; Dutch less.
MIN_WORDS = {"en": 3, "nl": 2}
MIN_CONFIDENCE = {"en": 0.6, "nl": 0.7}


@lru_cache(maxsize=1)
def _detector() -> LinguaDetector:
    return (
        LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH)
        .with_preloaded_language_models()
        .build()
    )


def detect(text: str) -> tuple[str | None, bool]:
    """`nl` or `en` when the message clearly is that language or asks for it, else None (the slot stays),
    and whether the words themselves told it (firm)."""
    asked = asked_language(text)
    if asked is not None:
        return asked, True
    words = [w.lower() for w in _WORD.findall(_NAMES.sub(" ", text))]
    if any(w in DUTCH_MARKERS for w in words):
        return ("nl", True) if len(words) >= MIN_WORDS["nl"] else (None, False)
    if len(words) < MIN_WORDS["nl"]:
        return None, False
    if len(words) >= MIN_WORDS["en"] and sum(w in ENGLISH_MARKERS for w in words) >= 2:
        return "en", True
    confidence = {
        ("nl" if value.language == Language.DUTCH else "en"): value.value
        for value in _detector().compute_language_confidence_values(" ".join(words))
    }
    for language in ("en", "nl"):
        if len(words) >= MIN_WORDS[language] and confidence.get(language, 0.0) >= MIN_CONFIDENCE[language]:
            return language, False
    return None, False


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageDetector(GraphComponent):
    """Adds `language` (`nl` or `en`) to the parse result when a message clearly is Dutch or English."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        """Nothing to train; the models are loaded now so the first message is not slow."""
        _detector()
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets `language` on each message whose language is clear (not an entity: see
        components/parse_slots_policy.py)."""
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue
            language, firm = detect(text)
            if language is not None:
                message.set(LANGUAGE, language, add_to_output=True)
                message.set(LANGUAGE_FIRM, firm, add_to_output=True)
        return messages
