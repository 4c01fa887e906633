"""Reading a bare count at a token: digits ("1,141", "1.5m"), English number words, Russian and Tajik words.

A count has no share, range or unit of its own yet; scale words after it are `_scales`, shares `_shares`, and
`_numerals` reads a whole figure. Every reader of a figure returns what is defined here: a `Numeral`, a
`Reject` (the tokens look like a number but are not one: "2nd", "1990s") or ``None`` (no number here).

>>> from centasia_claims.estimates._tokens import tokenize
>>> read_count(tokenize("twenty-seven"), 0).value
27
>>> read_count(tokenize("двухсот тридцати пяти"), 0).value
235
>>> read_digits(tokenize("2nd"), 0).message
"'2nd' is an ordinal, not a figure"
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._tokens import NUM, WORD
from centasia_claims.estimates._traced import STATE, traced

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token
    from centasia_claims.estimates._traced import Traced

__all__ = [
    "ABBREVIATIONS",
    "MAX_VALUE",
    "PERCENT",
    "Number",
    "Numeral",
    "Reject",
    "low_at",
    "number_value",
    "read_count",
    "read_digits",
    "read_foreign",
    "read_words",
    "year_like",
]

Number = int | Fraction
"""An exact figure: an int where the text gives a whole number, else a fraction ("1.3", "a third")."""

PERCENT: Final = "percent"
MAX_VALUE: Final = 10**15
_ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
_SUPERSCRIPTS: Final = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
ABBREVIATIONS: Final = frozenset({"тыс", "млн", "млрд", "ҳаз", "тыщ"})
"""Scale words written short, which a glued full stop ends: "тыс.", "млн."."""


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
    footnote: str = ""
    """A footnote marker glued to the digits ("1,141¹"), read apart from the figure."""


class Reject(NamedTuple):
    """Tokens ``start`` to ``end`` look like a number but are not one, and why."""

    message: str
    start: int
    end: int


def low_at(tokens: Sequence[Token], index: int) -> str:
    """The lowercase text of ``tokens[index]``, or "" past the end."""
    return tokens[index].low if index < len(tokens) else ""


def read_digits(tokens: Sequence[Token], index: int) -> Numeral | Reject:
    """Digits with what is glued to them: a scale suffix ("1.5m"), a footnote mark, a case ending."""
    token = tokens[index]
    text = token.text
    digits = token.number
    if not token.suffix and digits.isdigit() and len(text) <= _LONGEST:  # a whole number, nothing glued
        count = int(digits)  # `number_value`, inline: the commonest number
        year = len(text) == _YEAR_DIGITS and text[0] in "12" and 1000 <= count <= 2099  # `year_like`, inline
        figure: Number | Traced = count if STATE.trace is None else traced(count, index)
        return _new(Numeral, (figure, index, index + 1, None, 1, token.grouped, year, False, ""))
    if len(text) > _LONGEST:
        return Reject(f"{token.low!r} is not a well-formed number (write 1,141 or 1141.5)", index, index + 1)
    if token.problem:
        if not _settled(tokens, index):
            return Reject(token.problem, index, index + 1)
        digits = token.text.replace(",", ".")  # "2.125 million": the word after says the decimal reading
    value = number_value(digits)
    suffix = token.suffix.lower()
    scale = 1
    footnote = ""
    if suffix:
        if suffix in lx.SCALE_SUFFIXES:
            scale = lx.SCALE_SUFFIXES[suffix]
        elif _SUPERSCRIPTS.fullmatch(suffix):
            footnote = token.suffix
        elif suffix in lx.CASE_ENDINGS:
            pass  # "1000дан": a case ending before a postposition, read by the phrase's tail
        elif suffix in _ORDINAL_SUFFIXES:
            return Reject(f"{token.low!r} is an ordinal, not a figure", index, index + 1)
        elif suffix == "s":
            return Reject(f"{token.low!r} is a decade or an age group, not a figure", index, index + 1)
        elif suffix in t.TIME_MARKERS:
            return Reject(f"{token.low!r} is a time of day, not a figure", index, index + 1)
        else:
            return Reject(f"{token.low!r}: unknown unit or suffix {suffix!r}", index, index + 1)
    year = (not suffix or bool(footnote)) and year_like(text, value)
    figure = value if STATE.trace is None else traced(value, index)
    return Numeral(figure * scale, index, index + 1, None, scale, token.grouped, year, footnote=footnote)


def number_value(digits: str) -> Number:
    """The value of a number token's digits in English form ("1141", "2.5"): an int, or a `Fraction`."""
    whole, point, fraction = digits.partition(".")
    return Fraction(int(whole + fraction), 10 ** len(fraction)) if point else int(digits)


def year_like(text: str, value: Number) -> bool:
    """Whether a number token written ``text`` reads as a year: four characters, 1000 to 2099."""
    return len(text) == _YEAR_DIGITS and text[0] in "12" and 1000 <= value <= 2099


_new = tuple.__new__  # a numeral of plain digits, the commonest, without the named tuple's defaults
_LONGEST: Final = 24
"""The most characters of a well-formed number."""
_YEAR_DIGITS: Final = 4


# Words after a number that read two ways ("2.125", "1,500") and say which: an English scale word or percent
# after a dot ("2.125 million": no language writes a thousands dot before "million"), a Russian one after a
# comma ("1,500 млн").
_DOT_DECIMAL_AFTER: Final = frozenset({"million", "billion", "trillion", "percent", "%", "per"})
_COMMA_DECIMAL_AFTER: Final = frozenset({"тыс", "млн", "млрд", "тысячи", "миллиона", "миллиарда", "процента"})


def _settled(tokens: Sequence[Token], index: int) -> bool:
    """Whether a number that reads two ways is a decimal by the word after it."""
    token = tokens[index]
    if not token.problem.endswith("pass language= to choose") or token.suffix:
        return False
    following = low_at(tokens, index + 1)
    return following in (_DOT_DECIMAL_AFTER if "." in token.text else _COMMA_DECIMAL_AFTER)


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


def read_words(tokens: Sequence[Token], index: int) -> Numeral:
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
        elif word == "and" and last in ("hundred", "scale") and low_at(tokens, end + 1) in t.NUMBER_WORDS:
            last = "and"
        else:
            break
        end += 1
    scale = t.SCALE_WORDS[tokens[end - 1].low] if last in ("hundred", "scale") else 1
    return Numeral(total + current, index, end, scale=scale, spelled=True)


def read_count(tokens: Sequence[Token], index: int) -> Numeral | None:
    """Digits or number words alone, without shares or units."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.kind == NUM:
        found = read_digits(tokens, index)
        return found if isinstance(found, Numeral) else None
    if token.kind == WORD and token.low in t.NUMBER_WORDS:
        return read_words(tokens, index)
    if token.kind == WORD and token.low in lx.NUMBER_FORMS:
        return read_foreign(tokens, index)
    return None


def _fits(group: Number, value: Number) -> bool:
    """Whether ``value`` adds to ``group`` in the next places: 200 + 30, 230 + 5, but not 5 + 30 or 15 + 5."""
    if not group:
        return True
    if isinstance(group, Fraction) or isinstance(value, Fraction):
        return False
    place = 1
    while group % (place * 10) == 0:
        place *= 10
    return value < place


def read_foreign(tokens: Sequence[Token], index: int) -> Numeral:
    """Russian and Tajik cardinals in any case and gender: "двухсот тридцати пяти", "ду ҳазору панҷсад"."""
    total: Number = 0
    group: Number = 0
    last_scale = 0
    end = index
    scale = 1
    while end < len(tokens) and tokens[end].kind == WORD:
        word = lx.NUMBER_FORMS.get(tokens[end].low)
        if word is None:
            break
        if word.kind == lx.ADD:
            if not _fits(group, word.value):
                break
            group += word.value
            scale = 1
        elif word.kind == lx.HUNDRED:
            if group >= 10:
                break
            group = (group or 1) * word.value
            scale = 100
        else:
            if last_scale and word.value >= last_scale:
                break
            total += (group or 1) * word.value
            group, last_scale, scale = 0, int(word.value), int(word.value)
        end += 1
        if low_at(tokens, end) == "." and not tokens[end].gap and tokens[end - 1].low in ABBREVIATIONS:
            end += 1
    return Numeral(total + group, index, end, scale=scale, spelled=True)
