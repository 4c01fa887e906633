from __future__ import annotations

import pytest

from centasia_claims.extraction import (
    AGE_WORDS,
    FILLER_WORDS,
    INDEFINITES,
    PREPOSITIONS,
    PRONOUNS,
    RECIPIENT_WORDS,
)


def test_every_word_list_is_written_in_lower_case() -> None:
    words = [*PRONOUNS, *FILLER_WORDS, *INDEFINITES, *PREPOSITIONS, *RECIPIENT_WORDS, *AGE_WORDS]
    assert [] == [word for word in words if word != word.lower() or word != word.strip()]


@pytest.mark.parametrize("word", ["he", "его", "вай"])
def test_pronouns_of_each_language(word: str) -> None:
    assert word in PRONOUNS


@pytest.mark.parametrize("word", ["year-old", "-летн", "сола"])
def test_age_words_of_each_language(word: str) -> None:
    assert word in AGE_WORDS
