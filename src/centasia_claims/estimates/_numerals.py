"""Reading one figure at a token: digits, number words, dozens, shares ("a third", "one in five"), "twice".

A figure here is one number with its own scale and unit marks ("$3 million", "45%", "two-thirds"); hedges,
ranges and context belong to `_reader`. Each function returns a `Numeral`, a `Reject` (the tokens look like a
number but are not one: "2nd", "1990s") or ``None`` (no number here).

>>> from centasia_claims.estimates._tokens import tokenize
>>> read_numeral(tokenize("1.5m people"), 0).value
Fraction(1500000, 1)
>>> read_numeral(tokenize("twenty-seven"), 0).value
27
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._tokens import NUM, WORD, PhraseTable

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["PERCENT", "Number", "Numeral", "Reject", "read_numeral"]

Number = int | Fraction
"""An exact figure: an int where the text gives a whole number, else a fraction ("1.3", "a third")."""

PERCENT: Final = "percent"
MAX_VALUE: Final = 10**15
_ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
_WELL_FORMED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_PERCENT_MARKS: Final = PhraseTable(("%", "percent", "per cent", "pct"))
_CURRENCY_PREFIXES: Final = PhraseTable(t.CURRENCY_SYMBOLS)


class Numeral(NamedTuple):
    """One figure read from tokens ``start`` to ``end`` (exclusive)."""

    value: Number
    start: int
    end: int
    unit: str | None = None
    scale: int = 1
    """The multiplier of a written scale word or suffix ("million", "m"), 1 if none."""
    grouped: bool = False
    """Written with thousands separators ("1,141")."""
    year_like: bool = False
    """Four bare digits between 1000 and 2099, as years are written ("2015")."""
    spelled: bool = False
    """Written in words ("two", "a dozen", "half"), not digits."""


class Reject(NamedTuple):
    """Tokens ``start`` to ``end`` look like a number but are not one, and why."""

    message: str
    start: int
    end: int


def _low(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].low if index < len(tokens) else ""


def _ends_a_share(tokens: Sequence[Token], index: int) -> bool:
    """Whether a share word may end at ``index``: "a third of", "a third." but not "a third term"."""
    return index >= len(tokens) or tokens[index].kind != WORD or tokens[index].low == "of"


def _unit_marks(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Take a percent mark written right after the figure ("45%", "45 percent")."""
    found = _PERCENT_MARKS.match(tokens, numeral.end)
    if found is None:
        return numeral
    return numeral._replace(end=found[1], unit=PERCENT, year_like=False)


def _scale_words(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Apply scale words written after a figure: "1.3 million", "two hundred thousand", "two dozen"."""
    value, end, scale = numeral.value, numeral.end, numeral.scale
    while end < len(tokens) and tokens[end].kind == WORD:
        word = tokens[end].low
        factor = t.SCALE_WORDS.get(word) or (t.DOZEN if word == "dozen" else 0)
        if not factor or factor <= scale:
            break
        value, end, scale = value * factor, end + 1, factor
    if end == numeral.end:
        return numeral
    return numeral._replace(value=value, end=end, scale=scale, year_like=False)


def _and_a_half(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Add the half of "two and a half million" before the scale word."""
    end = numeral.end
    if _low(tokens, end) == "and" and _low(tokens, end + 1) == "a" and _low(tokens, end + 2) == "half":
        return numeral._replace(value=numeral.value + Fraction(1, 2), end=end + 3, year_like=False)
    return numeral


def _digits(tokens: Sequence[Token], index: int) -> Numeral | Reject:
    token = tokens[index]
    text = token.text
    if len(text) > 24 or (not text.isdigit() and _WELL_FORMED.fullmatch(text) is None):
        return Reject(f"{token.low!r} is not a well-formed number (write 1,141 or 1141.5)", index, index + 1)
    digits = text.replace(",", "")
    value: Number = Fraction(digits) if "." in digits else int(digits)
    suffix = token.suffix.lower()
    scale = 1
    if suffix:
        if suffix in t.SCALE_SUFFIXES:
            scale = t.SCALE_SUFFIXES[suffix]
        elif suffix in _ORDINAL_SUFFIXES:
            return Reject(f"{token.low!r} is an ordinal, not a figure", index, index + 1)
        elif suffix == "s":
            return Reject(f"{token.low!r} is a decade or an age group, not a figure", index, index + 1)
        elif suffix in t.TIME_MARKERS:
            return Reject(f"{token.low!r} is a time of day, not a figure", index, index + 1)
        else:
            return Reject(f"{token.low!r}: unknown unit or suffix {suffix!r}", index, index + 1)
    year_like = not suffix and len(text) == 4 and text[0] in "12" and 1000 <= value <= 2099
    return Numeral(value * scale, index, index + 1, None, scale, "," in text, year_like)


def _hyphen_of_tens(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the hyphen of "twenty-seven": glued on both sides to a units word."""
    after = index + 1
    return (
        after < len(tokens)
        and not tokens[index].gap
        and not tokens[after].gap
        and tokens[after].kind == WORD
        and 0 < t.NUMBER_WORDS.get(tokens[after].low, 0) < 10
    )


def _words(tokens: Sequence[Token], index: int) -> Numeral:
    """Spelled-out cardinals: "two", "twenty-seven", "a hundred", "two hundred and fifty thousand"."""
    total = current = 0
    last = ""  # what the previous word was: "small" (1-19), "tens", "hundred", "scale", "and"
    end = index
    if tokens[index].low in ("a", "an"):  # only ever before a scale word: "a hundred", "a million"
        current, last, end = 1, "small", index + 1
    while end < len(tokens):
        word = tokens[end].low
        small = t.NUMBER_WORDS.get(word) if tokens[end].kind == WORD else None
        if small is not None and (
            last in ("", "hundred", "scale", "and") or (last == "tens" and 0 < small < 10)
        ):
            current += small
            last = "tens" if small >= 20 else "small"
        elif word == "-" and last == "tens" and _hyphen_of_tens(tokens, end):
            pass
        elif word == "hundred" and last in ("small", "tens") and current < 100:
            current *= 100
            last = "hundred"
        elif word in t.SCALE_WORDS and word != "hundred" and last in ("small", "tens", "hundred"):
            total += current * t.SCALE_WORDS[word]
            current = 0
            last = "scale"
        elif word == "and" and last in ("hundred", "scale") and _low(tokens, end + 1) in t.NUMBER_WORDS:
            last = "and"
        else:
            break
        end += 1
    scale = t.SCALE_WORDS[tokens[end - 1].low] if last in ("hundred", "scale") else 1
    return Numeral(total + current, index, end, scale=scale, spelled=True)


def _share(count: Numeral, denominator: Number, end: int) -> Numeral:
    return Numeral(
        Fraction(count.value * 100) / denominator, count.start, end, PERCENT, spelled=count.spelled
    )


def _fraction(tokens: Sequence[Token], count: Numeral) -> Numeral | Reject | None:
    """A share after a count: "two-thirds", "one third", "a quarter", "one in five", "3 out of 10"."""
    end = count.end
    hyphen = _low(tokens, end) == "-" and not tokens[end].gap
    word = _low(tokens, end + 1 if hyphen else end)
    denominator = t.DENOMINATORS.get(word)
    if denominator is not None and (not hyphen or not tokens[end + 1].gap):
        after = end + 2 if hyphen else end + 1
        if word in ("half", "halves") and count.value != 1:
            return None
        plural = word.endswith("s")  # "two-thirds majority" is a share; "one third party" an ordinal
        if not plural and not _ends_a_share(tokens, after):
            return Reject(f"{word!r} after a number is an ordinal here, not a share", count.start, after)
        return _share(count, denominator, after)
    if (count.value == 1 and word == "in" and not hyphen) or (
        word == "out" and _low(tokens, end + 1) == "of"
    ):
        start_of_whole = end + (1 if word == "in" else 2)
        whole = _plain(tokens, start_of_whole)
        if whole is not None and whole.value > count.value and not whole.year_like:
            return _share(count, whole.value, whole.end)
    return None


def _plain(tokens: Sequence[Token], index: int) -> Numeral | None:
    """Digits or number words alone, without shares or units."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.kind == NUM:
        found = _digits(tokens, index)
        return found if isinstance(found, Numeral) else None
    if token.kind == WORD and token.low in t.NUMBER_WORDS:
        return _words(tokens, index)
    return None


def _article(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """A figure after "a": "a hundred", "a dozen", "a third", "a quarter of a million"."""
    word = _low(tokens, index + 1)
    if word in t.SCALE_WORDS:
        return _marks(tokens, _words(tokens, index))
    if word == "dozen":
        return Numeral(t.DOZEN, index, index + 2, scale=t.DOZEN, spelled=True)
    denominator = t.DENOMINATORS.get(word)
    if denominator is None or word.endswith("s"):
        return None
    return _of_scale(tokens, Fraction(1, denominator), index, index + 2, word)


def _of_scale(
    tokens: Sequence[Token], fraction: Fraction, start: int, end: int, word: str
) -> Numeral | Reject | None:
    """A fraction word then "a million" / "of a million" / "a dozen", or a share."""
    after = end + 1 if _low(tokens, end) == "of" else end
    if _low(tokens, after) in ("a", "an"):
        scale = t.SCALE_WORDS.get(_low(tokens, after + 1)) or (
            t.DOZEN if _low(tokens, after + 1) == "dozen" else 0
        )
        if scale:
            return Numeral(fraction * scale, start, after + 2, scale=scale, spelled=True)
    if word == "half":
        following = _low(tokens, end)
        if end < len(tokens) and tokens[end].kind == WORD and following not in t.HALF_DETERMINERS:
            return Reject(f"'half {tokens[end].text}' is not a share of anything", start, end + 1)
        if following == "-" and not tokens[end].gap:
            return Reject("a hyphenated 'half-' word is not a share", start, end + 1)
    elif not _ends_a_share(tokens, end):
        return Reject(f"'{word}' before a noun is an ordinal here, not a share", start, end)
    return Numeral(fraction * 100, start, end, PERCENT, spelled=True)


def _multiple(tokens: Sequence[Token], index: int) -> Numeral | Reject:
    """Read "twice" as 2 times; "twice as many" and "twice the size" are multipliers, not counts."""
    token = tokens[index]
    if _low(tokens, index + 1) in t.COMPARATIVES_AFTER_TIMES:
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
    share = _fraction(tokens, numeral)
    if share is not None:
        return share
    return _unit_marks(tokens, _scale_words(tokens, _and_a_half(tokens, numeral)))


def _spelled(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _marks(tokens, _words(tokens, index))


def _half(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _of_scale(tokens, Fraction(1, 2), index, index + 1, "half")


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
    found = _digits(tokens, after)
    if isinstance(found, Reject):
        return found
    found = _scale_words(tokens, _and_a_half(tokens, found))
    return found._replace(start=index, unit=currency[0], year_like=False)


# What to read at each word that can start a figure; any other word may start money ("$", "USD").
_READERS: Final[dict[str, Callable[[Sequence[Token], int], Numeral | Reject | None]]] = {
    **dict.fromkeys(t.NUMBER_WORDS, _spelled),
    **dict.fromkeys(("a", "an"), _article),
    "half": _half,
    **dict.fromkeys(t.MULTIPLES, _multiple),
    **dict.fromkeys(t.ORDINALS, _ordinal),
}


def read_numeral(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """Read one figure starting at ``tokens[index]``, with its scale, share and unit marks."""
    token = tokens[index]
    if token.kind == NUM:
        return _marks(tokens, _digits(tokens, index))
    reader = _READERS.get(token.low)
    return _priced(tokens, index) if reader is None else reader(tokens, index)
