"""What follows a figure: the far end of a range, suffix hedges, "more", the unit, a rate; and the date test.

>>> from centasia_claims.estimates._tokens import tokenize
>>> from centasia_claims.estimates._build import Reading
>>> from centasia_claims.model import Qualifier
>>> tokens = tokenize("$100 a month")
>>> finish(tokens, Reading(0, 2, Qualifier.EXACT, unit="USD")).per
'month'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _context
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import Reading, single
from centasia_claims.estimates._cardinals import PERCENT, Number, Numeral, Reject
from centasia_claims.estimates._numerals import read_numeral
from centasia_claims.estimates._scales import cased
from centasia_claims.estimates._tokens import NUM, WORD, PhraseTable, split_key
from centasia_claims.model import Qualifier

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = [
    "MAX_LISTED",
    "continues",
    "distribute",
    "enumeration",
    "finish",
    "has_rate",
    "is_a_date",
    "second_figure",
    "union",
]

MAX_LISTED: Final = 10
"""The longest list of figures read as one enumeration; keeps the scan linear on "1, 1, 1, ..." input."""

_SUFFIX_HEDGES: Final = PhraseTable(lx.SUFFIX_HEDGES)
_PREFIX_HEDGES: Final = PhraseTable(lx.HEDGES)
_HYPHEN_UNITS: Final = PhraseTable(lx.HYPHEN_UNITS)
_UNIT_NOUNS: Final = PhraseTable(lx.UNIT_NOUNS)
_RATES: Final = PhraseTable(lx.RATES)
_VAGUE: Final = PhraseTable(lx.VAGUE)
# Units converted to the unit the convention counts in: "three decades" is 30 years.
CONVERSIONS: Final[dict[str, tuple[str, int]]] = {"decades": ("years", 10), "centuries": ("years", 100)}
_MONTHS_A_YEAR: Final = 12
# "twice as many", "в 2 раза больше", "ду баробар зиёд": a multiplier, not a figure.
_COMPARATIVES: Final = t.COMPARATIVES_AFTER_TIMES | lx.COMPARATIVES
_GLUED_SUFFIXES: Final = frozenset({"+", "-"})
_LIST_TOKENS: Final = frozenset({",", "%", "percent", *t.SCALE_WORDS, *t.SCALE_SUFFIXES, *t.CURRENCY_SYMBOLS})
# Every word that can follow a figure as part of its phrase: `finish` stops at once before any other.
_FOLLOWERS: Final = frozenset().union(
    _SUFFIX_HEDGES.first_words,
    _UNIT_NOUNS.first_words,
    _RATES.first_words,
    lx.CURRENCY_WORDS,
    lx.CASE_ENDINGS,
    (code.lower() for code in t.CURRENCY_CODES),
    ("-", "'", "\u2019", t.ADDITIVE),
    t.SHARE_NOUNS,
)
# "hundreds, if not thousands": two vague words joined by these take the union of their bounds.
_UNION_LINKS: Final = PhraseTable(
    (", if not", "if not", "or even", "or", "to", ", or even", ", perhaps even")
)


def _low(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].low if index < len(tokens) else ""


def _far_end(tokens: Sequence[Token], first: Numeral, at: int) -> Numeral | Reject | None:
    if at >= len(tokens):
        return None
    last = read_numeral(tokens, at)
    if last is None:
        return None
    if isinstance(last, Reject):
        return last._replace(start=first.start)
    rejected = _context.around(tokens, last, prefixed=True)
    return rejected._replace(start=first.start) if rejected is not None else last


def second_figure(tokens: Sequence[Token], first: Numeral, hedge: t.Hedge | None) -> Numeral | Reject | None:
    """The far end of "N-M", "N to M", "N or M", "between N and M", or "from N to M"."""
    at = first.end + 2 if cased(tokens, first.end) else first.end  # "от 3-х до 5-ти лет"
    link = _low(tokens, at)
    if hedge is t.Hedge.BETWEEN:
        allowed: frozenset[str] | tuple[str, ...] = lx.BETWEEN_LINKS
    elif hedge is t.Hedge.FROM:
        allowed = _FROM_LINKS
    else:
        allowed = _RANGE_LINKS
    if link not in allowed or _SUFFIX_HEDGES.match(tokens, at) is not None:
        return None
    return _far_end(tokens, first, at + 1)


_FROM_LINKS: Final = frozenset({"to"}) | lx.RANGE_LINKS["from"]
_RANGE_LINKS: Final = t.RANGE_WORDS | (lx.RANGE_LINKS["none"] - {"до"})


_AND: Final = frozenset({"and", "и", "ва"})  # "23 and 21 years", "к 17 и 15 годам", "5 ва 7 сол"


def _may_list(tokens: Sequence[Token], at: int) -> bool:
    """Whether an "and" follows within a list's reach over figure-like tokens only: a cheap test first."""
    for token in tokens[at : at + 4 * MAX_LISTED]:
        if token.low in _AND:
            return True
        if token.kind != NUM and token.low not in _LIST_TOKENS:
            return False
    return False


def continues(token: Token) -> bool:
    """Whether a list or a range may go on at ``token``, right after a figure (a cheap test first).

    `enumeration` and `second_figure` find nothing where it does not.
    """
    return token.kind == NUM or token.low in _CONTINUING


def enumeration(tokens: Sequence[Token], first: Numeral) -> list[Numeral] | Reject | None:
    """A list of figures in digits: "23 and 21 years", "5, 6 and 7" (at most `MAX_LISTED`)."""
    if first.spelled or not _may_list(tokens, first.end):
        return None
    listed = [first]
    at = first.end
    while len(listed) < MAX_LISTED:
        link = _low(tokens, at)
        final = link in _AND or (link == "," and _low(tokens, at + 1) in _AND)
        step = 2 if link == "," and final else 1
        if not final and link != ",":
            return None
        item = _far_end(tokens, first, at + step)
        if not isinstance(item, Numeral) or item.spelled:
            return None if item is None or isinstance(item, Numeral) else item
        listed.append(item)
        if final:
            return listed
        at = item.end
    return None


_CONTINUING: Final = frozenset().union(_AND, _LIST_TOKENS, lx.BETWEEN_LINKS, _FROM_LINKS, _RANGE_LINKS)


def distribute(first: Numeral, last: Numeral) -> tuple[Number, str | None]:
    """The near end's value and unit, taking a scale written only at the far end ("3-4m", "1.5 to 2 million").

    The scale is not taken when the near end is written in full ("between 500,000 and 1 million") or when
    taking it would turn the range around ("between 500 and 1 million").
    """
    value = first.value
    if first.scale == 1 and last.scale > 1 and not first.grouped and value * last.scale <= last.value:
        value *= last.scale
    return value, first.unit or last.unit


def union(tokens: Sequence[Token], end: int) -> tuple[t.Vague, int] | None:
    """A second vague word after "if not", "or even", "or": "hundreds, if not thousands"."""
    link = _UNION_LINKS.match(tokens, end)
    if link is None:
        return None
    other = _VAGUE.match(tokens, link[1])
    if other is None:
        return None
    return lx.VAGUE[other[0]], other[1]


def _postposition(tokens: Sequence[Token], end: int) -> tuple[int, str | None]:
    """Skip a case ending ("-нан", "dan") and a unit noun written between a figure and a hedge after it."""
    if end >= len(tokens) or tokens[end].low not in _BEFORE_POSTPOSITION:
        return end, None
    unit = None
    if _low(tokens, end) in _CASE_MARKS and not tokens[end].gap and _low(tokens, end + 1) in lx.CASE_ENDINGS:
        end += 2  # "1000-нан астам", Turkish "1.500'den fazla"
    unit_noun = _UNIT_NOUNS.match(tokens, end)
    if (
        unit_noun is not None
        and lx.UNIT_NOUNS[unit_noun[0]] != "times"  # "ду баробар зиёд" is a multiplier
        and _SUFFIX_HEDGES.match(tokens, unit_noun[1]) is not None
    ):
        unit, end = lx.UNIT_NOUNS[unit_noun[0]], unit_noun[1]
    if _low(tokens, end) in lx.CASE_ENDINGS and _SUFFIX_HEDGES.match(tokens, end + 1) is not None:
        end += 1
    return end, unit


def _cased(tokens: Sequence[Token], end: int) -> bool:
    """Whether the figure ending at ``end`` carries a glued case ending ("1000дан") before a postposition."""
    last = tokens[end - 1]
    return last.kind == NUM and last.suffix.lower() in lx.CASE_ENDINGS


_CASE_MARKS: Final = frozenset({"-", "'", "\u2019"})
_BEFORE_POSTPOSITION: Final = _CASE_MARKS | lx.CASE_ENDINGS | _UNIT_NOUNS.first_words


def has_suffix_hedge(tokens: Sequence[Token], end: int, *, after_from: bool = False) -> bool:
    """Whether a hedge is written after the figure ending at ``end`` ("аз 1000 нафар зиёд").

    ``after_from``: the figure follows Tajik "аз", so the comparatives written after it count.
    """
    return (
        _suffix_key(tokens, _postposition(tokens, end)[0], after_from=after_from or _cased(tokens, end))
        is not None
    )


def _suffix_key(tokens: Sequence[Token], at: int, *, after_from: bool) -> tuple[str, int] | None:
    """The hedge written at ``at`` after a figure, unless it opens the next phrase ("... беш аз ҳазор").

    ``after_from``: a comparative counts ("зиёд"), after Tajik "аз N" or a case ending ("100дан зиёд").
    """
    found = _SUFFIX_HEDGES.match(tokens, at)
    if found is None:
        return None
    if found[0] in lx.AFTER_FROM_ONLY and not after_from:
        return None
    prefix = _PREFIX_HEDGES.match(tokens, at)
    if prefix is not None and prefix[1] > found[1]:
        return None  # "беш аз", "ё зиёда аз": the hedge of the figure after
    return found


def _suffix_hedge(
    tokens: Sequence[Token], reading: Reading, value: Number | None, hedge: t.Hedge | None
) -> Reading | Reject:
    for token in tokens[reading.end : reading.end + _SUFFIX_REACH]:
        if token.low in _SUFFIX_HEDGES.first_words:
            break
    else:
        return reading  # no suffix hedge can start within reach: `_suffix_key` would find none
    at, unit = _postposition(tokens, reading.end)
    after_from = hedge is t.Hedge.BETWEEN or at > reading.end or _cased(tokens, reading.end)
    found = _suffix_key(tokens, at, after_from=after_from)
    if found is None or (tokens[at].low in _GLUED_SUFFIXES and tokens[at].gap):
        return reading
    if unit is not None and reading.unit is None:
        reading = reading._replace(unit=unit)
    key, end = found
    written = lx.SUFFIX_HEDGES[key]
    if value is not None and hedge in (None, t.Hedge.EXACT, t.Hedge.BETWEEN, written):
        return single(written, value, reading.start, end, reading.unit, hedged=reading.hedged)
    if written is t.Hedge.APPROXIMATE and reading.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return reading._replace(end=end)
    text = _context.span_text(tokens, reading.start, end)
    return Reject(f"{text!r} has two hedges that disagree", reading.start, end)


_SUFFIX_REACH: Final = 4 + max(len(split_key(key)) for key in lx.UNIT_NOUNS)
"""How many tokens after a figure a suffix hedge may start within: `_postposition` skips a case mark and
its ending (2), a unit noun, and a case ending (1)."""


def _hyphen_unit(tokens: Sequence[Token], reading: Reading) -> Reading | Reject:
    """Read "95-year-old", "400-person", "30-year"; other hyphenated words are idioms ("one-time")."""
    end = reading.end
    if end + 1 >= len(tokens) or tokens[end].low != "-" or tokens[end].gap or tokens[end + 1].gap:
        return reading
    found = _HYPHEN_UNITS.match(tokens, end + 1)
    if found is not None:
        unit = lx.HYPHEN_UNITS[found[0]]
        return reading._replace(end=found[1], unit=reading.unit or unit)
    if tokens[end + 1].low in lx.ORDINAL_HYPHEN_ENDINGS:
        text = _context.span_text(tokens, reading.start, end + 2)
        return Reject(f"{text!r} is an ordinal, not a figure", reading.start, end + 2)
    if tokens[end + 1].low in lx.CASE_ENDINGS:  # "5-ти лет", "1000-нан": a case ending on the digits
        return reading._replace(end=end + 2)
    if tokens[end + 1].low in lx.CARDINAL_HYPHEN_ENDINGS and _UNIT_NOUNS.match(tokens, end + 2) is not None:
        return reading._replace(end=end + 2)  # "3-х лет": "х" ends a cardinal before a unit, else an ordinal
    if tokens[end + 1].kind == WORD:
        text = _context.span_text(tokens, reading.start, end + 2)
        return Reject(
            f"{text!r} is part of a hyphenated word or an idiom, not a figure", reading.start, end + 2
        )
    return reading


def _unit_noun(tokens: Sequence[Token], reading: Reading) -> Reading | Reject:
    end = reading.end
    found = _UNIT_NOUNS.match(tokens, end)
    if found is not None:
        unit, end = lx.UNIT_NOUNS[found[0]], found[1]
        if unit == "times" and _low(tokens, end) in _COMPARATIVES:
            text = _context.span_text(tokens, reading.start, end + 1)
            return Reject(f"{text!r} is a multiplier, not a figure", reading.start, end + 1)
        if unit == "years" and _low(tokens, end) == "old":
            end += 1
        return _new(Reading, (reading.start, end, *reading[2:9], unit, *reading[10:]))  # end and unit
    token = tokens[end] if end < len(tokens) else None
    if token is not None and (token.low in lx.CURRENCY_WORDS or token.text in t.CURRENCY_CODES):
        return reading._replace(end=end + 1, unit=lx.CURRENCY_WORDS.get(token.low, token.text))
    return reading


def _scaled(value: Number | None, factor: Number) -> Number | None:
    return None if value is None else value * factor


def convert(tokens: Sequence[Token], reading: Reading) -> Reading:
    """Convert a duration to the unit the convention counts in.

    "three decades" is 30 years, "a year and a half" 18 months, "half a century" 50 years. Years written in
    digits stay years ("2.5 years").
    """
    unit, factor = CONVERSIONS.get(reading.unit or "", (reading.unit, 1))
    # Only a duration spelled out is asked whether it is whole years: no figure in digits is looked at.
    if unit == "years" and all(token.kind != NUM for token in tokens[reading.start : reading.end]):
        values = [reading.low, reading.high, reading.point, *reading.values]
        whole_years = all(value is None or (value * factor) % 1 == 0 for value in values)
    else:
        whole_years = True
    if not whole_years:
        unit, factor = "months", factor * _MONTHS_A_YEAR
    if factor == 1:
        return reading
    return reading._replace(
        unit=unit,
        low=_scaled(reading.low, factor),
        high=_scaled(reading.high, factor),
        point=_scaled(reading.point, factor),
        values=tuple(value * factor for value in reading.values),
    )


def finish(
    tokens: Sequence[Token], reading: Reading, *, value: Number | None = None, hedge: t.Hedge | None = None
) -> Reading | Reject:
    """Read what follows the figure: suffix hedge, hyphenated unit, "more", unit noun, rate.

    ``value`` and ``hedge`` are the figure and its written hedge when the reading is a single figure.
    """
    if reading.end >= len(tokens) or tokens[reading.end].low not in _FOLLOWERS:
        return convert(tokens, reading) if reading.unit in _CONVERTED else reading
    steps = _suffix_hedge(tokens, reading, value, hedge)
    if isinstance(steps, Reject):
        return steps
    steps = _hyphen_unit(tokens, steps)
    if isinstance(steps, Reject):
        return steps
    if _low(tokens, steps.end) == t.ADDITIVE:
        steps = steps._replace(end=steps.end + 1, additive=True)
    if steps.unit is None:
        steps = _unit_noun(tokens, steps)
        if isinstance(steps, Reject):
            return steps
    elif steps.unit == PERCENT and _low(tokens, steps.end) in t.SHARE_NOUNS:  # "a two-thirds majority"
        steps = steps._replace(end=steps.end + 1)
    if (
        steps.end < len(tokens)
        and tokens[steps.end].low in _RATES.first_words
        and has_rate(tokens, steps.end)
    ):
        rate = _RATES.match(tokens, steps.end)
        if rate is not None:
            steps = steps._replace(end=rate[1], per=lx.RATES[rate[0]])
    return convert(tokens, steps) if steps.unit in _CONVERTED else steps


_CONVERTED: Final = frozenset({"years", *CONVERSIONS})
_new = tuple.__new__


def has_rate(tokens: Sequence[Token], index: int) -> bool:
    """Whether a rate ("a month", "per year") is written at ``index``, not a time ("a year earlier")."""
    rate = _RATES.match(tokens, index)
    if rate is None:
        return False
    end = rate[1]
    return end >= len(tokens) or tokens[end].low not in t.NOT_A_RATE_BEFORE


def is_a_date(tokens: Sequence[Token], start: int, reading: Reading) -> bool:
    """Whether a reading with a year-like figure ("2015", "1992-97") is a date.

    It is, unless a unit is written ("2000 people"); after "in", "since" ... it is a date even then.
    """
    before = _low(tokens, start - 1) if start > 0 else ""
    last, after = tokens[reading.end - 1].low, _low(tokens, reading.end)
    if last in lx.YEAR_AFTER or after in lx.YEAR_AFTER:
        return True  # "в 2019 году", "2014 г.", "2015 сол"
    if before in lx.TEMPORAL_PREPOSITIONS:
        return True
    if _regional(tokens, start, reading.end):
        if reading.qualifier is not Qualifier.RANGE and not reading.values:
            return False  # "около 1500 боевиков": these languages write four-digit counts without a separator
        first = reading.values[0] if reading.values else reading.low
        if first is not None and first < _FIRST_YEAR_OF_A_RANGE:
            return False  # "между 1000 и 1500": no range of years in this reporting starts before 1900
    return reading.unit is None


_FIRST_YEAR_OF_A_RANGE: Final = 1900
"""The earliest year that starts a range of years in Russian, Tajik or Central Asian phrases: the reporting
dates its events from the twentieth century on (the Basmachi, the Soviet years, the civil war of 1992-97),
while four-digit counts written without a separator are common there ("между 1000 и 1500", "аз 1100 то
1500"); a range whose first end is earlier reads as counts."""


def _regional(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a phrase's own words, or the word after it, are Russian, Tajik or Central Asian."""
    for token in tokens[start : end + 1]:
        if token.kind == WORD and (not token.text.isascii() or token.low in lx.TURKIC_POSTPOSITIONS):
            return True
    return False
