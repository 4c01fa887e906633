from centasia_claims.names import _orgwords
from centasia_claims.names._label import _ARTICLES, _COUNTRIES, _DESIGNATORS, _FUNCTIONS, _GENERIC, _SYNONYMS


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
