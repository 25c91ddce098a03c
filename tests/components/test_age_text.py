"""The age a young person says becomes the entity `age`; numbers that are no age do not."""

from __future__ import annotations

import pytest

from components.age_text import find_age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("ik ben 13", 13),
        ("15-jarige hier, mag ik aangifte doen?", 15),
        ("pas 12", 12),
        ("im 14", 14),
        ("i'm only fifteen", 15),
        ("ik ben dertien jaar", 13),
        ("ben 16 btw", 16),
        ("ik ben nog maar 11 jaar", 11),
        ("14yo btw", 14),
        ("I AM 17", 17),
        ("leeftijd: 15", 15),
        ("en als ik 12 jaar ben?", 12),
        # An adverb between "ben" and the number: "wel al", "nu", "inmiddels", "already".
        ("ik ben wel al 19, is dat nog voor mij?", 19),
        ("ik ben nu 19 en het is 4 jaar geleden", 19),
        ("ik ben inmiddels 18", 18),
        ("i'm already 18", 18),
        # Dutch verb last, without "jaar": "en als ik 12 ben?", "omdat ik nog maar 13 ben".
        ("ok en als ik 12 ben", 12),
        ("omdat ik nog maar dertien ben", 13),
        ("mag dat als ik pas 11 ben?", 11),
    ],
)
def test_find_age_reads_the_ways_young_people_say_it(text: str, age: int) -> None:
    """Dutch, English, digits and words, with "nog maar", "pas" and "-jarige"."""
    found = find_age(text)
    assert found is not None and found[0] == age
    start, end = found[1], found[2]
    assert text.lower()[start:end] in (str(age), text.lower()[start:end])


@pytest.mark.parametrize(
    "text",
    [
        "ik heb 13 berichten gekregen",
        "bel 113",
        "ik ben 2 keer gebeld",
        "ik ben 10 min bezig",
        "ik ben nu 2 uur bezig",
        "ik ben 99",
        "0800-0188",
        # Someone else's age, such as a person in the images or a sibling.
        "een filmpje van een meisje van 10 jaar",
        "mn broertje van 9 jaar zag het ook",
        "a video of 8 years old kids",
        # An age in the past is not the age now.
        "toen ik 12 was gebeurde het",
        "als ik 2 keer bel",
    ],
)
def test_find_age_leaves_numbers_that_are_no_age(text: str) -> None:
    """Counts, phone numbers, durations, impossible ages and other people's ages are not an age."""
    assert find_age(text) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mijn dochter is net 19 en haar ex dreigt filmpjes online te zetten", 19),
        ("my son (14) got a message from a man", 14),
        ("mijn zoon van 11 wordt gechanteerd", 11),
        ("onze dochter, 15, wil er niet over praten", 15),
        ("mijn leerling van 13 kreeg een dm", 13),
        ("my daughter is only 12", 12),
    ],
)
def test_the_age_of_a_parents_or_teachers_child_is_the_age_that_counts(text: str, age: int) -> None:
    """A parent or teacher writes for a child: the child's age decides what fits (Kindertelefoon 8-18)."""
    found = find_age(text)
    assert found is not None and found[0] == age


@pytest.mark.parametrize(
    "text",
    [
        "mn broertje van 9 zag het ook",
        "my best friend is 15",
        "een meisje van 10 op dat filmpje",
        "mijn dochter is 2 jaar geleden gebeld",
        "ik ben 15 en mijn zus is 19",
    ],
)
def test_a_siblings_friends_or_strangers_age_is_not_the_writers(text: str) -> None:
    """Not the age of someone the young person writes about ("ik ben 15" wins over a sister's)."""
    found = find_age(text)
    assert found is None or found[0] == 15


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("i was 19 when it was made, still 19 now", 19),
        ("still 17 now", 17),
        ("nu 18", 18),
        ("maar nu 16 toch", 16),
        ("ik was toen 12, nu 15", 15),
        ("ik heb nog steeds 13 berichten", None),
        ("nu 12 jaar geleden", None),
        ("het is 14 jaar geleden gebeurd", None),
    ],
)
def test_the_age_now_said_without_ik_ben(text: str, age: int | None) -> None:
    """'Still 19 now', 'nu 18': the age now; a count or a time ago is no age."""
    found = find_age(text)
    assert (found[0] if found else None) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("i turned 18 last month, is there help for my age", 18),
        ("just turned 19 so no kindertelefoon for me?", 19),
        ("ik ben vorige week 18 geworden", 18),
        ("ik ben sinds gisteren 18 btw", 18),
        ("ive recently turned eighteen", 18),
    ],
)
def test_an_age_just_reached_is_the_writers_age(text: str, age: int) -> None:
    found = find_age(text)
    assert found is not None and found[0] == age


@pytest.mark.parametrize(
    "text",
    [
        "my sister turned 12 yesterday",
        "mijn zus is 12 geworden",
        "ik ben sinds 2 weken bang",
        "toen ik 12 werd",
    ],
)
def test_someone_elses_birthday_or_a_duration_is_no_age_reached(text: str) -> None:
    assert find_age(text) is None
