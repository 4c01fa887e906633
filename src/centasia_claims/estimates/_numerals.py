"""Reading one figure at a token: digits, number words, dozens, shares ("a third", "one in five"), "twice".

A figure here is one number with its own scale and unit marks ("$3 million", "45%", "two-thirds"); hedges,
ranges and context belong to `_reader`. Each function returns a `Numeral`, a `Reject` (the tokens look like a
number but are not one: "2nd", "1990s") or ``None`` (no number here). This module picks the reader for the
word a figure starts with; the count itself is read in `_cardinals`, the scale words and marks after it in
`_scales`, shares in `_shares`.

>>> from centasia_claims.estimates._tokens import tokenize
>>> read_numeral(tokenize("1.5m people"), 0).value
Fraction(1500000, 1)
>>> read_numeral(tokenize("twenty-seven"), 0).value
27
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._cardinals import (
    PERCENT,
    Numeral,
    Reject,
    low_at,
    read_count,
    read_digits,
    read_foreign,
    read_words,
)
from centasia_claims.estimates._scales import PERCENT_MARKS, and_a_half, scale_words, unit_marks
from centasia_claims.estimates._shares import IN, TIME_UNITS, of_scale, read_share
from centasia_claims.estimates._tokens import NUM, PhraseTable

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["read_numeral"]

_CURRENCY_PREFIXES: Final = PhraseTable(t.CURRENCY_SYMBOLS)


def _article(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """A figure after "a": "a hundred", "a dozen", "a third", "a quarter of a million"."""
    word = low_at(tokens, index + 1)
    if word in t.SCALE_WORDS:
        return _marks(tokens, read_words(tokens, index))
    if word == "dozen":
        return Numeral(t.DOZEN, index, index + 2, scale=t.DOZEN, spelled=True)
    if word in TIME_UNITS and [low_at(tokens, index + k) for k in (2, 3, 4)] == ["and", "a", "half"]:
        return Numeral(
            Fraction(3, 2), index, index + 5, TIME_UNITS[word], spelled=True
        )  # "a year and a half"
    denominator = t.DENOMINATORS.get(word)
    if denominator is None or word.endswith("s"):
        return None
    return of_scale(tokens, Fraction(1, denominator), index, index + 2, word)


def _multiple(tokens: Sequence[Token], index: int) -> Numeral | Reject:
    """Read "twice" as 2 times; "twice as many" and "twice the size" are multipliers, not counts."""
    token = tokens[index]
    if low_at(tokens, index + 1) in t.COMPARATIVES_AFTER_TIMES:
        return Reject(
            f"'{token.text} {tokens[index + 1].text}' is a multiplier, not a figure", index, index + 2
        )
    return Numeral(t.MULTIPLES[token.low], index, index + 1, "times", spelled=True)


def _currency(tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
    """A currency written before a figure: "$", "US$", "€", "USD"."""
    found = _CURRENCY_PREFIXES.match(tokens, index)
    if found is not None:
        return t.CURRENCY_SYMBOLS[found[0]], found[1]
    token = tokens[index]
    if token.text in t.CURRENCY_CODES:
        return token.text, index + 1
    return None


def _marks(tokens: Sequence[Token], numeral: Numeral | Reject | None) -> Numeral | Reject | None:
    """Read what follows a count: a share ("two-thirds"), "and a half", scale words, a percent mark."""
    if not isinstance(numeral, Numeral):
        return numeral
    end = numeral.end
    if end >= len(tokens) or tokens[end].low not in _AFTER_COUNT:
        return numeral  # none of the readers below reads the word after the count
    share = read_share(tokens, numeral)
    if share is not None:
        return share
    return unit_marks(tokens, scale_words(tokens, and_a_half(tokens, numeral)))


# Every word `read_share`, `and_a_half`, `scale_words` and `unit_marks` can read right after a count.
_AFTER_COUNT: Final = frozenset().union(
    lx.DENOMINATORS,
    IN,
    ("-", "out", "and", "dozen"),
    lx.SCALE_WORDS,
    PERCENT_MARKS.first_words,
)


def _spelled(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _marks(tokens, read_words(tokens, index))


def _foreign_spelled(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _marks(tokens, read_foreign(tokens, index))


def _every(tokens: Sequence[Token], index: int) -> Numeral | None:
    """One in N written as "каждый пятый" (every fifth) or "ҳар панҷ нафар як" (of every five, one)."""
    following = low_at(tokens, index + 1)
    ordinal = lx.FOREIGN_ORDINALS.get(following)
    if ordinal is not None and ordinal > 1:
        return Numeral(Fraction(100, ordinal), index, index + 2, PERCENT, spelled=True)
    whole = read_count(tokens, index + 1)
    if whole is None or whole.value <= 1:
        return None
    end = whole.end + (1 if low_at(tokens, whole.end) in lx.UNIT_NOUNS else 0)
    if low_at(tokens, end) not in ("як", "яке", "якеаш"):
        return None
    end += 1 + (1 if low_at(tokens, end + 1) in lx.UNIT_NOUNS else 0)
    return Numeral(Fraction(100) / whole.value, index, end, PERCENT, spelled=True)


def _share_noun(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """A share noun alone: "половина боевиков" (half), "треть", "нисфи онҳо"."""
    return Numeral(Fraction(100, lx.DENOMINATORS[tokens[index].low]), index, index + 1, PERCENT, spelled=True)


def _half_unit(tokens: Sequence[Token], index: int) -> Numeral:
    """A "пол-" duration: "полгода" is six months."""
    value, unit = lx.HALF_UNITS[tokens[index].low]
    return Numeral(value, index, index + 1, unit, spelled=True)


def _half(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return of_scale(tokens, Fraction(1, 2), index, index + 1, "half")


def _ordinal(tokens: Sequence[Token], index: int) -> Reject:
    return Reject(f"{tokens[index].text!r} is an ordinal, not a figure", index, index + 1)


def _priced(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """Money: a currency then digits, "$100", "US$ 3 million", "USD 300"."""
    currency = _currency(tokens, index)
    if currency is None:
        return None
    after = currency[1]
    if after >= len(tokens) or tokens[after].kind != NUM:
        return None
    found = read_digits(tokens, after)
    if isinstance(found, Reject):
        return found
    found = scale_words(tokens, and_a_half(tokens, found))
    return found._replace(start=index, unit=currency[0], year_like=False)


# What to read at each word that can start a figure; any other word may start money ("$", "USD").
_READERS: Final[dict[str, Callable[[Sequence[Token], int], Numeral | Reject | None]]] = {
    **dict.fromkeys(t.NUMBER_WORDS, _spelled),
    **dict.fromkeys(("a", "an"), _article),
    "half": _half,
    **dict.fromkeys(t.MULTIPLES, _multiple),
    **dict.fromkeys(t.ORDINALS, _ordinal),
    **dict.fromkeys(lx.NUMBER_FORMS, _foreign_spelled),
    **dict.fromkeys(lx.FOREIGN_ORDINALS, _ordinal),
    **dict.fromkeys(lx.EVERY, _every),
    **dict.fromkeys(lx.SHARE_NOUNS, _share_noun),
    **dict.fromkeys(lx.HALF_UNITS, _half_unit),
}


def read_numeral(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """Read one figure starting at ``tokens[index]``, with its scale, share and unit marks."""
    token = tokens[index]
    if token.kind == NUM:
        return _marks(tokens, read_digits(tokens, index))
    reader = _READERS.get(token.low)
    return _priced(tokens, index) if reader is None else reader(tokens, index)
