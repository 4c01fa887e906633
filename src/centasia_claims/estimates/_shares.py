"""Shares and fractions: "two-thirds", "one in five", "3 out of 10", "a quarter of a million".

A share is read as a percent of its whole; a fraction before "a million" or "a dozen" scales it instead.

>>> from centasia_claims.estimates._cardinals import read_count
>>> from centasia_claims.estimates._tokens import tokenize
>>> tokens = tokenize("one in five")
>>> read_share(tokens, read_count(tokens, 0)).value
Fraction(20, 1)
>>> of_scale(tokenize("quarter of a million"), Fraction(1, 4), 0, 1, "quarter").value
Fraction(250000, 1)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._cardinals import PERCENT, Number, Numeral, Reject, low_at, read_count
from centasia_claims.estimates._tokens import WORD

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["IN", "TIME_UNITS", "of_scale", "read_share"]

IN: Final = frozenset({"in", "из"})  # "three in four", "трое из пяти"
# Time units whose singular follows "a" in "a year and a half", "half a century".
TIME_UNITS: Final[dict[str, str]] = {
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "decade": "decades",
    "century": "centuries",
}


def _ends_a_share(tokens: Sequence[Token], index: int) -> bool:
    """Whether a share word may end at ``index``: "a third of", "a third." but not "a third term"."""
    return index >= len(tokens) or tokens[index].kind != WORD or tokens[index].low == "of"


def _share(count: Numeral, denominator: Number, end: int) -> Numeral:
    return Numeral(
        Fraction(count.value * 100) / denominator, count.start, end, PERCENT, spelled=count.spelled
    )


def read_share(tokens: Sequence[Token], count: Numeral) -> Numeral | Reject | None:
    """A share after a count: "two-thirds", "one third", "a quarter", "one in five", "3 out of 10"."""
    end = count.end
    hyphen = low_at(tokens, end) == "-" and not tokens[end].gap
    word = low_at(tokens, end + 1 if hyphen else end)
    denominator = lx.DENOMINATORS.get(word)
    if denominator is not None and (not hyphen or not tokens[end + 1].gap):
        after = end + 2 if hyphen else end + 1
        if word in ("half", "halves") and count.value != 1:
            return None
        # "two-thirds majority" is a share, "one third party" an ordinal; "две трети задержанных" a share
        plural = word.endswith("s") or not word.isascii()
        if not plural and not _ends_a_share(tokens, after):
            return Reject(f"{word!r} after a number is an ordinal here, not a share", count.start, after)
        return _share(count, denominator, after)
    if (word in IN and not hyphen) or (word == "out" and low_at(tokens, end + 1) == "of"):
        start_of_whole = end + (1 if word in IN else 2)
        whole = read_count(tokens, start_of_whole)
        if (
            whole is not None
            and whole.value > count.value
            and not whole.year_like
            and low_at(tokens, whole.end) not in lx.UNIT_NOUNS  # "3 in 10 years" is a time, not a share
        ):
            return _share(count, whole.value, whole.end)
    return None


def of_scale(
    tokens: Sequence[Token], fraction: Fraction, start: int, end: int, word: str
) -> Numeral | Reject | None:
    """A fraction word then "a million" / "of a million" / "a dozen", or a share."""
    after = end + 1 if low_at(tokens, end) == "of" else end
    if word == "half" and low_at(tokens, after) in ("a", "an") and low_at(tokens, after + 1) in TIME_UNITS:
        unit = TIME_UNITS[low_at(tokens, after + 1)]  # "half a century": a duration, converted by the tail
        return Numeral(fraction, start, after + 2, unit, spelled=True)
    if low_at(tokens, after) in ("a", "an"):
        scale = t.SCALE_WORDS.get(low_at(tokens, after + 1)) or (
            t.DOZEN if low_at(tokens, after + 1) == "dozen" else 0
        )
        if scale:
            return Numeral(fraction * scale, start, after + 2, scale=scale, spelled=True)
    if word == "half":
        following = low_at(tokens, end)
        if end < len(tokens) and tokens[end].kind == WORD and following not in t.HALF_DETERMINERS:
            return Reject(f"'half {tokens[end].text}' is not a share of anything", start, end + 1)
        if following == "-" and not tokens[end].gap:
            return Reject("a hyphenated 'half-' word is not a share", start, end + 1)
    elif not _ends_a_share(tokens, end):
        return Reject(f"'{word}' before a noun is an ordinal here, not a share", start, end)
    return Numeral(fraction * 100, start, end, PERCENT, spelled=True)
