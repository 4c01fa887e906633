from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.reconciliation._cues import word_at

_WORDS = ("rose", "risen", "ранее", "back to")


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("The toll rose to 93", False, "rose"),
        ("The toll ROSE to 93", False, "ROSE"),
        ("Arose from the rubble", False, None),  # not at a word start
        ("The toll risen_x", True, None),  # not a whole word
        ("Ранее сообщалось", True, "Ранее"),
        ("corrected it back to 144", False, "back to"),
        ("", False, None),
    ],
    ids=["found", "any-case", "inside-a-word", "not-whole", "cyrillic", "two-words", "empty"],
)
def test_word_at(text: str, whole: bool, expected: str | None) -> None:
    assert expected == word_at(text, _WORDS, whole=whole)


def test_a_word_followed_by_one_it_is_not_counted_before_is_looked_for_again() -> None:
    unless = frozenset({"this", "than"})
    assert word_at("earlier this month, and earlier 650", ("earlier",), unless_next=unless) == "earlier"
    assert word_at("earlier than expected", ("earlier",), unless_next=unless) is None


_PIECES = ("ro", "se", "n", "ri", " ", "back", " to", "_", ".", "ранее", "Ранее", "x")


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join), st.booleans())
def test_word_at_finds_what_a_pattern_of_the_words_finds(text: str, whole: bool) -> None:
    end = r"(?!\w)" if whole else ""
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _WORDS))}){end}", re.IGNORECASE)
    found = word_at(text, _WORDS, whole=whole)
    assert (found is None) == (pattern.search(text) is None)
    if found is not None:
        assert found.lower() in _WORDS


def test_word_at_is_linear_on_a_long_quote() -> None:
    assert word_at("ros " * 50_000 + "rose", ("rose",), whole=True) == "rose"
