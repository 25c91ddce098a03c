"""Images of the child or pupil themselves that go round are their own images, by the words.

components/concern_classifier.py gives these words the last say over a learned reading of images
someone saw (or none): a teacher's "a video of her is being shared" is about Helpwanted, not the
Meldpunt Kinderporno. This part imports no Rasa.
"""

from __future__ import annotations

import pytest

from components.concern_text import IMAGES_OF_THEM_SHARED


@pytest.mark.parametrize(
    "text",
    [
        "A student of mine told me today that a video of her is being shared in a snapchat group",
        "a nude video of a classmate (15) is being shared in a class group chat",
        "een leerling vertelde dat er een naaktfoto van haar rondgaat in de klassenapp",
        "haar vriendje heeft een naaktfoto van haar op een openbare website gezet",
        "er gaat een foto van mijn dochter rond op school",
        "his nudes were leaked by his ex",
        "een filmpje van hem onder de douche gaat rond in een groepsapp",
        "one of my players says a pic of him got posted on insta",
    ],
)
def test_images_of_the_child_that_go_round_are_their_own_images(text: str) -> None:
    assert IMAGES_OF_THEM_SHARED.search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter zag een filmpje van een kind dat online rondgaat",
        "my son saw a video online of a girl being hurt",
        "my student saw a link to a site with child abuse that is going round",
        "mijn zoon heeft een filmpje gezien van een man en een meisje",
        "a video of her is on my phone",
    ],
)
def test_images_someone_saw_or_not_shared_are_not(text: str) -> None:
    assert not IMAGES_OF_THEM_SHARED.search(text), text
