"""What follows a count and sets its size or unit: scale words ("1.3 million"), "and a half", a percent mark.

>>> from centasia_claims.estimates._cardinals import read_count, read_digits
>>> from centasia_claims.estimates._tokens import tokenize
>>> tokens = tokenize("2 млн 300 тыс.")
>>> scale_words(tokens, read_digits(tokens, 0)).value
2300000
>>> tokens = tokenize("two and a half million")
>>> scale_words(tokens, and_a_half(tokens, read_count(tokens, 0))).value
Fraction(2500000, 1)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._cardinals import (
    ABBREVIATIONS,
    PERCENT,
    Numeral,
    low_at,
    read_count,
    read_foreign,
)
from centasia_claims.estimates._tokens import NUM, WORD, PhraseTable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["PERCENT_MARKS", "and_a_half", "cased", "scale_words", "unit_marks"]

PERCENT_MARKS: Final = PhraseTable(("%", "percent", "per cent", "pct"))
"""The marks of a percent written after a figure."""


def unit_marks(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Take a percent mark written right after the figure ("45%", "45 percent")."""
    found = PERCENT_MARKS.match(tokens, numeral.end)
    if found is None:
        return numeral
    return numeral._replace(end=found[1], unit=PERCENT, year_like=False)


def scale_words(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Apply scale words written after a figure: "1.3 million", "two hundred thousand", "2,5 млн".

    A scale word with the Tajik connective adds the group after it ("2 миллиону 15 ҳазору 300" is
    2,015,300); so does a Russian one when the next group has its own smaller scale ("2 млн 300 тыс.").
    """
    value, end, scale = numeral.value, numeral.end, numeral.scale
    if cased(tokens, end) and low_at(tokens, end + 2) in lx.SCALE_WORDS:
        end += 2  # "более 2-х тысяч", "5-ти миллионов": a case ending on the digits before the scale word
    first = end
    joined = False
    while end < len(tokens) and tokens[end].kind == WORD:
        word = tokens[end].low
        factor = lx.SCALE_WORDS.get(word) or (t.DOZEN if word == "dozen" else 0)
        if not factor or factor <= scale:
            break
        value, end, scale = value * factor, end + 1, factor
        form = lx.NUMBER_FORMS.get(word)
        joined = form is not None and form.joined
        if low_at(tokens, end) == "." and not tokens[end].gap and word in ABBREVIATIONS:  # "тыс.", "млн."
            end += 1
    if end == first:
        return numeral
    scaled = numeral._replace(value=value, end=end, scale=scale, year_like=False)
    if end >= len(tokens) or (tokens[end].kind != NUM and tokens[end].low not in lx.NUMBER_FORMS):
        return scaled
    return _next_group(tokens, scaled, joined=joined)


def _next_group(tokens: Sequence[Token], scaled: Numeral, *, joined: bool) -> Numeral:
    """Add the smaller group after a scale word: "2 миллиону 15 ҳазору 300", "2 млн 300 тыс."."""
    end = scaled.end
    if end >= len(tokens) or (tokens[end].kind != NUM and tokens[end].low not in lx.NUMBER_FORMS):
        return scaled
    following = read_count(tokens, end) if tokens[end].kind == NUM else read_foreign(tokens, end)
    if not isinstance(following, Numeral) or (following.spelled != scaled.spelled and not joined):
        return scaled
    if tokens[end].kind == NUM:
        following = scale_words(tokens, following)
    if following.value >= scaled.scale or (not joined and following.scale == 1 and scaled.scale != _THOUSAND):
        return scaled  # a bare group follows only the thousands ("1 тысяча 899", "2 тыс. 300"), the last one
    return scaled._replace(value=scaled.value + following.value, end=following.end)


def cased(tokens: Sequence[Token], end: int) -> bool:
    """Whether a Russian case ending is written on the digits before ``end``: "2-х", "5-ти", "3-ёх"."""
    return (
        low_at(tokens, end) == "-"
        and end + 1 < len(tokens)
        and not tokens[end].gap
        and not tokens[end + 1].gap
        and tokens[end + 1].low in lx.CARDINAL_HYPHEN_ENDINGS
    )


_THOUSAND: Final = 1_000


def and_a_half(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Add the half of "two and a half million" before the scale word."""
    end = numeral.end
    if low_at(tokens, end) == "and" and low_at(tokens, end + 1) == "a" and low_at(tokens, end + 2) == "half":
        return numeral._replace(value=numeral.value + Fraction(1, 2), end=end + 3, year_like=False)
    return numeral
