from __future__ import annotations

import tracemalloc

import pytest

from centasia_claims.estimates._tokens import SYM, tokenize


@pytest.mark.parametrize(
    "unit",
    ["([", "\U0001f600\u2014\u00ab", "\x1b\u202e="],
    ids=["brackets", "emoji-and-dashes", "controls"],
)
def test_a_text_of_symbols_costs_at_most_200_bytes_a_character(unit: str) -> None:
    """A megabyte of punctuation is a million tokens; they fit in 200 MB (measured, not timed)."""
    text = unit * (50_000 // len(unit))
    tracemalloc.start()
    try:
        tokens = tokenize(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (len(text), {SYM}) == (len(tokens), {token.kind for token in tokens})
    assert peak <= 200 * len(text)


def test_offsets_are_kept() -> None:
    assert [(0, 1), (1, 2), (3, 4)] == [(token.start, token.end) for token in tokenize("(\u00ab \U0001f600")]
