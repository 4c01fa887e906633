import pytest

from centasia_claims.names import _orgwords
from centasia_claims.names._label import (
    _ARTICLES,
    _COUNTRIES,
    _DESIGNATORS,
    _FUNCTIONS,
    _GENERIC,
    _SYNONYMS,
    parse_label,
)


def test_no_word_has_two_roles() -> None:
    roles = [
        set(_ARTICLES) | set(_FUNCTIONS),
        set(_DESIGNATORS),
        set(_COUNTRIES),
        set(_GENERIC),
        set(_SYNONYMS),
    ]
    for index, first in enumerate(roles):
        for second in roles[index + 1 :]:
            assert set() == first & second


def test_administrative_concepts_are_designators() -> None:
    assert set(_orgwords.ADMINISTRATIVE) <= set(_orgwords.DESIGNATORS)


def test_country_nouns_are_qualifiers() -> None:
    qualifiers = {word for words in _orgwords.QUALIFIERS.values() for word in words}
    assert set(_orgwords.COUNTRY_NOUNS) <= qualifiers


@pytest.mark.parametrize("short", sorted(_orgwords.ABBREVIATIONS))
def test_every_word_of_an_expansion_is_known(short: str) -> None:
    # Each word is compared as a concept, so the expansion meets its translations in any language.
    words = parse_label(_orgwords.ABBREVIATIONS[short]).words
    unknown = [w.text for w in words if w.role == "distinctive" and w.key not in set(_SYNONYMS.values())]
    assert [] == unknown


def test_german_compounds_are_read_as_their_parts() -> None:
    assert [("Innen", "distinctive"), ("ministerium", "designator")] == [
        (word.text, word.role) for word in parse_label("Innenministerium").words
    ]
    assert [("Parteivorstand", "distinctive")] == [
        (word.text, word.role) for word in parse_label("Parteivorstand").words
    ]  # a first part that is no concept leaves the word whole


def test_synonyms_are_read_in_any_inflected_form() -> None:
    national = [word.key for word in parse_label("национальная национального национальной National").words]
    assert len(set(national)) == 1
