"""What happens to someone else is told for someone else (components/someone_else_text.py)."""

from __future__ import annotations

import pytest

from components.someone_else_text import someone_else


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("mijn vriendin wordt thuis geslagen door haar vader", "helping_friend"),
        ("my best friend's stepdad hits her when hes drunk", "helping_friend"),
        ("mn broertje krijgt de hele tijd berichten van een man die om fotos vraagt", "helping_friend"),
        ("een meisje uit mijn klas wordt gechanteerd met een filmpje", "helping_friend"),
        ("a boy in my class has nudes of his ex going round", "helping_friend"),
        ("mijn zus zag een heel heftige video op haar telefoon", "helping_friend"),
        ("mijn dochter wordt online lastiggevallen door een volwassen man", "parent_or_teacher"),
        ("my son saw child abuse images through an ad", "parent_or_teacher"),
        ("een leerling van mij wordt thuis mishandeld", None),  # "van mij": see below
    ],
)
def test_what_happens_to_a_friend_sibling_classmate_or_child_is_for_someone_else(
    text: str, writer: str | None
) -> None:
    """A friend, a sibling or a classmate: helping a friend; the writer's child or pupil: a parent
    or teacher. "Een leerling van mij" names the writer (mij) and is left to the classifier."""
    assert someone_else(text) == writer


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend heeft naaktfoto's van mij gedeeld",
        "my ex shared my nudes with his friends",
        "mijn vader slaat mijn moeder",
        "ik en mijn vriendin zagen een filmpje met kinderen",
        "mijn zus en ik worden gechanteerd",
        "my friend sent me a link with cp on it",
        "iemand uit mijn klas heeft mn foto doorgestuurd",
        "ik word gechanteerd met een video",
    ],
)
def test_what_happens_to_the_writer_stays_theirs(text: str) -> None:
    """The writer is the one it happens to (me, my photo, ik word, we) or a parent at home: no change."""
    assert someone_else(text) is None
