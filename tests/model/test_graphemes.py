from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.model import grapheme_boundary


@pytest.mark.parametrize(
    ("text", "cuts"),
    [
        ("abc", [0, 1, 2, 3]),
        ("e\u0301t", [0, 2, 3]),  # a letter and its combining accent
        ("a\r\nb", [0, 1, 3, 4]),  # CR LF is one
        ("\U0001f468\u200d\U0001f469!", [0, 3, 4]),  # emoji joined by U+200D
        ("\U0001f44d\U0001f3fd", [0, 2]),  # a skin-tone modifier
        ("\U0001f1f9\U0001f1ef\U0001f1fa\U0001f1ff\U0001f1e6", [0, 2, 4, 5]),  # flags are pairs
        ("\u1100\u1161\u11a8a", [0, 3, 4]),  # a Hangul syllable as jamo
        ("\u0915\u093f", [0, 2]),  # Devanagari ka with a spacing vowel sign
    ],
    ids=["ascii", "combining", "crlf", "zwj", "modifier", "flags", "hangul", "spacing-mark"],
)
def test_boundaries(text: str, cuts: list[int]) -> None:
    assert cuts == [index for index in range(len(text) + 1) if grapheme_boundary(text, index)]


@given(st.text(max_size=30), st.integers(-5, 40))
def test_the_ends_and_outside_are_boundaries_and_any_text_gives_an_answer(text: str, index: int) -> None:
    boundary = grapheme_boundary(text, index)
    if index <= 0 or index >= len(text):
        assert boundary
