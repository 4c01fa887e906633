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

from centasia_claims.estimates import _lexicon as lx
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
_SUPERSCRIPTS: Final = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
# Time units whose singular follows "a" in "a year and a half", "half a century".
_TIME_UNITS: Final[dict[str, str]] = {
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "decade": "decades",
    "century": "centuries",
}
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
    footnote: str = ""
    """A footnote marker glued to the digits ("1,141¹"), read apart from the figure."""


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
    """Apply scale words written after a figure: "1.3 million", "two hundred thousand", "2,5 млн".

    A scale word with the Tajik connective adds the group after it ("2 миллиону 15 ҳазору 300" is
    2,015,300); so does a Russian one when the next group has its own smaller scale ("2 млн 300 тыс.").
    """
    value, end, scale = numeral.value, numeral.end, numeral.scale
    joined = False
    while end < len(tokens) and tokens[end].kind == WORD:
        word = tokens[end].low
        factor = lx.SCALE_WORDS.get(word) or (t.DOZEN if word == "dozen" else 0)
        if not factor or factor <= scale:
            break
        value, end, scale = value * factor, end + 1, factor
        form = lx.NUMBER_FORMS.get(word)
        joined = form is not None and form.joined
        if _low(tokens, end) == "." and not tokens[end].gap and word in _ABBREVIATIONS:  # "тыс.", "млн."
            end += 1
    if end == numeral.end:
        return numeral
    scaled = numeral._replace(value=value, end=end, scale=scale, year_like=False)
    if end >= len(tokens) or (tokens[end].kind != NUM and tokens[end].low not in lx.NUMBER_FORMS):
        return scaled
    return _next_group(tokens, scaled, joined=joined)


_ABBREVIATIONS: Final = frozenset({"тыс", "млн", "млрд", "ҳаз", "тыщ"})


def _next_group(tokens: Sequence[Token], scaled: Numeral, *, joined: bool) -> Numeral:
    """Add the smaller group after a scale word: "2 миллиону 15 ҳазору 300", "2 млн 300 тыс."."""
    end = scaled.end
    if end >= len(tokens) or (tokens[end].kind != NUM and tokens[end].low not in lx.NUMBER_FORMS):
        return scaled
    following = _plain(tokens, end) if tokens[end].kind == NUM else _foreign(tokens, end)
    if not isinstance(following, Numeral) or (following.spelled != scaled.spelled and not joined):
        return scaled
    if tokens[end].kind == NUM:
        following = _scale_words(tokens, following)
    if following.value >= scaled.scale or (not joined and following.scale == 1):
        return scaled
    return scaled._replace(value=scaled.value + following.value, end=following.end)


def _and_a_half(tokens: Sequence[Token], numeral: Numeral) -> Numeral:
    """Add the half of "two and a half million" before the scale word."""
    end = numeral.end
    if _low(tokens, end) == "and" and _low(tokens, end + 1) == "a" and _low(tokens, end + 2) == "half":
        return numeral._replace(value=numeral.value + Fraction(1, 2), end=end + 3, year_like=False)
    return numeral


def _digits(tokens: Sequence[Token], index: int) -> Numeral | Reject:
    token = tokens[index]
    text = token.text
    digits = token.number
    if not token.suffix and digits.isdigit() and len(text) <= _LONGEST:  # a whole number, nothing glued
        count = int(digits)
        year_like = len(text) == _YEAR_DIGITS and text[0] in "12" and 1000 <= count <= 2099
        return _new(Numeral, (count, index, index + 1, None, 1, token.grouped, year_like, False, ""))
    if len(text) > _LONGEST:
        return Reject(f"{token.low!r} is not a well-formed number (write 1,141 or 1141.5)", index, index + 1)
    if token.problem:
        if not _settled(tokens, index):
            return Reject(token.problem, index, index + 1)
        digits = token.text.replace(",", ".")  # "2.125 million": the word after says the decimal reading
    whole, point, fraction = digits.partition(".")
    value: Number = Fraction(int(whole + fraction), 10 ** len(fraction)) if point else int(digits)
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
    year_like = (
        (not suffix or bool(footnote)) and len(text) == 4 and text[0] in "12" and 1000 <= value <= 2099
    )
    return Numeral(value * scale, index, index + 1, None, scale, token.grouped, year_like, footnote=footnote)


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
    following = _low(tokens, index + 1)
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
    if (word in _IN and not hyphen) or (word == "out" and _low(tokens, end + 1) == "of"):
        start_of_whole = end + (1 if word in _IN else 2)
        whole = _plain(tokens, start_of_whole)
        if (
            whole is not None
            and whole.value > count.value
            and not whole.year_like
            and _low(tokens, whole.end) not in lx.UNIT_NOUNS  # "3 in 10 years" is a time, not a share
        ):
            return _share(count, whole.value, whole.end)
    return None


_IN: Final = frozenset({"in", "из"})  # "three in four", "трое из пяти"


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
    if token.kind == WORD and token.low in lx.NUMBER_FORMS:
        return _foreign(tokens, index)
    return None


def _article(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """A figure after "a": "a hundred", "a dozen", "a third", "a quarter of a million"."""
    word = _low(tokens, index + 1)
    if word in t.SCALE_WORDS:
        return _marks(tokens, _words(tokens, index))
    if word == "dozen":
        return Numeral(t.DOZEN, index, index + 2, scale=t.DOZEN, spelled=True)
    if word in _TIME_UNITS and [_low(tokens, index + k) for k in (2, 3, 4)] == ["and", "a", "half"]:
        return Numeral(
            Fraction(3, 2), index, index + 5, _TIME_UNITS[word], spelled=True
        )  # "a year and a half"
    denominator = t.DENOMINATORS.get(word)
    if denominator is None or word.endswith("s"):
        return None
    return _of_scale(tokens, Fraction(1, denominator), index, index + 2, word)


def _of_scale(
    tokens: Sequence[Token], fraction: Fraction, start: int, end: int, word: str
) -> Numeral | Reject | None:
    """A fraction word then "a million" / "of a million" / "a dozen", or a share."""
    after = end + 1 if _low(tokens, end) == "of" else end
    if word == "half" and _low(tokens, after) in ("a", "an") and _low(tokens, after + 1) in _TIME_UNITS:
        unit = _TIME_UNITS[_low(tokens, after + 1)]  # "half a century": a duration, converted by the tail
        return Numeral(fraction, start, after + 2, unit, spelled=True)
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
    end = numeral.end
    if end >= len(tokens) or tokens[end].low not in _AFTER_COUNT:
        return numeral  # none of the readers below reads the word after the count
    share = _fraction(tokens, numeral)
    if share is not None:
        return share
    return _unit_marks(tokens, _scale_words(tokens, _and_a_half(tokens, numeral)))


# Every word `_fraction`, `_and_a_half`, `_scale_words` and `_unit_marks` can read right after a count.
_AFTER_COUNT: Final = frozenset().union(
    lx.DENOMINATORS,
    _IN,
    ("-", "out", "and", "dozen"),
    lx.SCALE_WORDS,
    _PERCENT_MARKS.first_words,
)


def _spelled(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _marks(tokens, _words(tokens, index))


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


def _foreign(tokens: Sequence[Token], index: int) -> Numeral:
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
        if _low(tokens, end) == "." and not tokens[end].gap and tokens[end - 1].low in _ABBREVIATIONS:
            end += 1
    return Numeral(total + group, index, end, scale=scale, spelled=True)


def _foreign_spelled(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    return _marks(tokens, _foreign(tokens, index))


def _every(tokens: Sequence[Token], index: int) -> Numeral | None:
    """One in N written as "каждый пятый" (every fifth) or "ҳар панҷ нафар як" (of every five, one)."""
    following = _low(tokens, index + 1)
    ordinal = lx.FOREIGN_ORDINALS.get(following)
    if ordinal is not None and ordinal > 1:
        return Numeral(Fraction(100, ordinal), index, index + 2, PERCENT, spelled=True)
    whole = _plain(tokens, index + 1)
    if whole is None or whole.value <= 1:
        return None
    end = whole.end + (1 if _low(tokens, whole.end) in lx.UNIT_NOUNS else 0)
    if _low(tokens, end) not in ("як", "яке", "якеаш"):
        return None
    end += 1 + (1 if _low(tokens, end + 1) in lx.UNIT_NOUNS else 0)
    return Numeral(Fraction(100) / whole.value, index, end, PERCENT, spelled=True)


def _share_noun(tokens: Sequence[Token], index: int) -> Numeral | Reject | None:
    """A share noun alone: "половина боевиков" (half), "треть", "нисфи онҳо"."""
    return Numeral(Fraction(100, lx.DENOMINATORS[tokens[index].low]), index, index + 1, PERCENT, spelled=True)


def _half_unit(tokens: Sequence[Token], index: int) -> Numeral:
    """A "пол-" duration: "полгода" is six months."""
    value, unit = lx.HALF_UNITS[tokens[index].low]
    return Numeral(value, index, index + 1, unit, spelled=True)


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
        return _marks(tokens, _digits(tokens, index))
    reader = _READERS.get(token.low)
    return _priced(tokens, index) if reader is None else reader(tokens, index)
