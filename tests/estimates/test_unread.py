from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.estimates._tokens import tokenize
from centasia_claims.estimates._unread import is_known, near_hedge, unread_before


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("smoe", True),  # two letters swapped
        ("aproximately", True),  # one letter left out
        ("aproximatly", True),  # two, in a long word
        ("arround", True),
        ("lost", False),  # one edit from "most", but short words are typos only by a swap
        ("about", False),  # a hedge word itself is no typo
        ("fighters", False),
    ],
)
def test_near_hedge(word: str, expected: bool) -> None:
    assert expected == (near_hedge(word) and not is_known(word))


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("smoe 1,200", 1, "smoe"),
        ("He said: Smoe 1,200", 4, "Smoe"),  # capitalized at a sentence start
        ("Smith Smoe 1,200", 2, None),  # capitalized inside a sentence: a name
        ("seemingly 300", 1, "seemingly"),
        ("\u2243 300", 1, "\u2243"),
        ("= 300", 1, None),
        ("killed 20", 1, None),
        ("smoe\n1,200", 1, None),  # not on the same line
        ("1,200", 0, None),
    ],
)
def test_unread_before(text: str, index: int, expected: str | None) -> None:
    assert expected == unread_before(tokenize(text), index)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_unread_before_a_token_is_a_word_or_symbol_of_the_text(text: str) -> None:
    tokens = tokenize(text)
    for index in range(len(tokens)):
        found = unread_before(tokens, index)
        assert found is None or found in text
