"""Blackmail with one's own images is about one's own images, also when the classifier is unsure."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.settings import ROOT
from components.blackmail_text import blackmailed, own_images_spread
from tests.helpers import run_in_rasa


@pytest.mark.parametrize(
    "text",
    [
        "ik word gechanteerd",
        "hij chanteerde me met een filmpje van vorig jaar",
        "bro ik word gesextort door een nep meisje",
        "ik werd afgeperst via snapchat",
        "hij perst me al een week af",
        "someone is blackmailing me with my pics",
        "this guy is trying to extort me",
        "iemand heeft mn fotos en wil 200 euro",
        "he has a video of me and demands 300 in gift cards",
        "ze zegt dat ze mn nudes post als ik geen 50 euro betaal",
        "he wants money or he sends them to my family",
    ],
)
def test_blackmail_with_images_is_found_in_many_words(text: str) -> None:
    """Blackmail named (Dutch and English, every inflection) or money asked with a threat to share."""
    assert blackmailed(text)


@pytest.mark.parametrize(
    "text",
    [
        "wat is sextortion eigenlijk?",
        "hoe herken ik chantage online",
        "mn moeder heeft foto's van de vakantie en wil geld voor de lijstjes",
        "hij stuurt me steeds geld en vraagt of ik fotos wil sturen",
        "ik wil mn foto's delen op insta",
    ],
)
def test_questions_about_the_word_and_money_without_a_threat_are_no_blackmail(text: str) -> None:
    """A question about what sextortion is, holiday photos and money sent (grooming) are not it."""
    assert not blackmailed(text)


OWN_IMAGES = "own_images_shared"
CASES = [
    # Unsure: under the threshold or within the ambiguity margin.
    ("ik word gechanteerd", [("ask_if_not_pay", 0.35), ("own_images_shared", 0.3)], OWN_IMAGES),
    ("bro ik word gesextort", [("feel_ashamed", 0.45), ("own_images_shared", 0.42)], OWN_IMAGES),
    # Misread as an adult online.
    (
        "een gast chanteert me al een week met een filmpje",
        [("grooming", 0.7), ("own_images_shared", 0.2)],
        OWN_IMAGES,
    ),
    # Readings the classifier is sure of are kept; a crisis reading always.
    (
        "mijn vriendin wordt gechanteerd",
        [("helping_friend", 0.9), ("own_images_shared", 0.05)],
        "helping_friend",
    ),
    ("ik word gechanteerd, ik wil naar de politie", [("report_to_police", 0.8)], "report_to_police"),
    (
        "wat als ik niet betaal, hij chanteert me",
        [("ask_if_not_pay", 0.8), ("own_images_shared", 0.1)],
        "ask_if_not_pay",
    ),
    (
        "hij chanteert me en ik wil dood",
        [("suicidal_thoughts", 0.35), ("own_images_shared", 0.3)],
        "suicidal_thoughts",
    ),
    # A crisis reading too weak for the classifier's own vote: the story is about one's own images.
    ("ik word gechanteerd", [("danger_now", 0.27), ("helping_friend", 0.17)], OWN_IMAGES),
    # No blackmail: left alone.
    ("ik zag een filmpje", [("saw_illegal_images", 0.3), ("grooming", 0.25)], "saw_illegal_images"),
    # Sure of another reading that is no misread: left alone.
    ("ik word gechanteerd, hoe oud moet je zijn", [("give_age", 0.9)], "give_age"),
    # Fourteenth session: intimate images of oneself that someone shows or spreads, misread or unsure.
    (
        "my gf and me traded pics, now we're over and she keeps showing mine to people",
        [("out_of_scope", 0.43), ("helping_friend", 0.1)],
        OWN_IMAGES,
    ),
    (
        "we stuurden elkaar fotos maar nu laat hij die van mij aan zn vrienden zien",
        [("feel_ashamed", 0.3), ("own_images_shared", 0.28)],
        OWN_IMAGES,
    ),
    # The writer's own images shared by someone else, read (even surely) as one's own forwarding.
    (
        "someone shared my nude photo and i want it gone",
        [("shared_others_images", 0.8), ("own_images_shared", 0.15)],
        OWN_IMAGES,
    ),
    # One's own forwarding of someone else's image, sure: left alone.
    (
        "ik heb haar naaktfoto doorgestuurd naar de groep en nu heb ik spijt",
        [("shared_others_images", 0.8), ("own_images_shared", 0.1)],
        "shared_others_images",
    ),
]
SCRIPT = """
import json
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from components.blackmail_router import INTENT_BEFORE, BlackmailRouter
out = []
for text, ranking in json.loads(CASES):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    (message,) = BlackmailRouter().process([message])
    out.append([message.get(INTENT), message.get(INTENT_RANKING_KEY), message.get(INTENT_BEFORE)])
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def routed() -> list:
    cases = json.dumps([[text, ranking] for text, ranking, _ in CASES])
    return json.loads(run_in_rasa(SCRIPT.replace("CASES", repr(cases))).strip().splitlines()[-1])


@pytest.mark.parametrize("index", range(len(CASES)))
def test_a_misread_or_unsure_blackmail_story_becomes_ones_own_images(routed: list, index: int) -> None:
    """The router sets `own_images_shared` first in the ranking, past the FallbackClassifier's
    threshold and margin, and keeps the classifier's reading in `intent_before_blackmail`; readings
    that fit a blackmail story, and messages without one, are left as they are."""
    _, ranking, expected = CASES[index]
    intent, ranked, before = routed[index]
    assert intent["name"] == expected
    if expected == OWN_IMAGES:
        assert ranked[0]["name"] == OWN_IMAGES
        assert intent["confidence"] >= 0.48
        assert ranked[0]["confidence"] - ranked[1]["confidence"] >= 0.08 - 1e-9
        assert before == ranking[0][0]
    else:
        assert before is None


def test_the_routers_margin_is_the_fallback_classifiers_in_config_yml() -> None:
    """The router lifts its reading past the FallbackClassifier's threshold and ambiguity margin; its
    copies of them are the values config.yml gives that classifier."""
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    fallback = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    script = (
        "import json\nfrom components.blackmail_router import AMBIGUITY, THRESHOLD\n"
        "print(json.dumps([THRESHOLD, AMBIGUITY]))"
    )
    threshold, ambiguity = json.loads(run_in_rasa(script).strip().splitlines()[-1])
    assert (threshold, ambiguity) == (fallback["threshold"], fallback["ambiguity_threshold"])


@pytest.mark.parametrize(
    "text",
    [
        "me and my boyfriend both 15 swapped pics and after we broke up he showed mine to his mates",
        "we were together and sent nudes to each other, now he's spreading mine",
        "ik en mn ex wisselden foto's uit en nu laat zij die van mij aan iedereen zien",
        "we stuurden elkaar pics toen we verkering hadden, nu stuurt hij die van mij rond",
        "someone leaked my nudes on twitter",
        "mijn bloot filmpje gaat rond op school",
    ],
)
def test_intimate_images_of_oneself_shown_or_spread_are_ones_own_images(text: str) -> None:
    """Fourteenth session (read misses of the fourteenth and fifteenth conversations, as a family)."""
    assert own_images_spread(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone posted a video of me dancing on tiktok",
        "i shared my ex's nude in the group chat and now i regret it",
        "ik heb de naaktfoto van mn ex doorgestuurd",
        "my friend's nudes got leaked",
        "mijn vriendin laat haar foto's aan iedereen zien",
        "wat is sextortion en wordt mijn foto dan gedeeld",
    ],
)
def test_images_without_intimacy_or_spread_by_the_writer_are_not(text: str) -> None:
    assert not own_images_spread(text)


@pytest.mark.parametrize(
    "text",
    [
        "a boy from my class airdropped my nude to like half the bus",
        "hij heeft mn naaktfoto in de groepsapp gezet",
        "mn ex heeft mijn blote foto op zn story gezet",
        "someone uploaded my nudes to a site",
        "im 20, my ex uploaded our sex tape to a porn site",
        "mn ex heeft een sekstape van ons op een pornosite gezet",
        "mn ex heeft ons seksfilmpje online gezet",
    ],
)
def test_intimate_images_of_oneself_airdropped_or_put_in_a_group_are_spread(text: str) -> None:
    """Seventeenth session (read misses of the fresh and eleventh conversations, as a family): AirDrop and
    "in de groep gezet" are ways of spreading too, and "our sex tape" shows the writer."""
    assert own_images_spread(text)


@pytest.mark.parametrize(
    "text", ["ik heb mijn foto op insta gezet", "hij heeft een foto van mij in de klassenapp gezet"]
)
def test_images_put_somewhere_without_anything_intimate_are_not_spread_nudes(text: str) -> None:
    assert not own_images_spread(text)
