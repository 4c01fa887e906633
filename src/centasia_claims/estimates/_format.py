"""`format_estimate`: the canonical phrase of an `Estimate`, which `parse_estimate` reads back the same.

Numbers are written in digits with thousands separators and no scale words ("1,300,000"), so that a count is
never taken for a year; hedges use one canonical word each ("about", "nearly", "at least", "more than",
"up to", "less than", "between ... and ..."); vague figures use their word from the vague-word table.

>>> from centasia_claims import format_estimate, parse_estimate
>>> format_estimate(parse_estimate("around 1.3 million"))
'about 1,300,000'
>>> format_estimate(parse_estimate("an estimated 45-50%"))
'reportedly between 45% and 50%'
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from centasia_claims._render import number_text
from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import APPROXIMATE_FACTORS
from centasia_claims.model import PERCENT, Qualifier

if TYPE_CHECKING:
    from centasia_claims.model import Estimate

__all__ = ["format_estimate"]

_BOUND_WORDS: Final = {
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "up to",
    Qualifier.LESS_THAN: "less than",
}
_SYMBOLS: Final = {code: symbol for symbol, code in reversed(t.CURRENCY_SYMBOLS.items())}
_NOUNS: Final = {
    unit: noun for noun, unit in reversed(t.UNIT_NOUNS.items()) if noun.isalpha() and unit != PERCENT
}
_RATES: Final = {per: phrase for phrase, per in reversed(t.RATES.items()) if phrase.startswith(("a ", "an "))}
_HEDGED: Final = "reportedly"


def _written(value: float) -> Fraction:
    """The exact value `_number` writes, as the parser will read it back."""
    return Fraction(number_text(value).replace(",", ""))


def _marked(value: float, unit: str) -> str:
    """A figure with the marks written beside each number: "$100", "45%"."""
    symbol = _SYMBOLS.get(unit)
    if symbol is not None:
        return symbol + number_text(value)
    return number_text(value) + ("%" if unit == PERCENT else "")


def _unit_after(estimate: Estimate) -> str:
    """The unit written once after the figure: " years", " TJS"; nothing for count or a "%" or "$" mark."""
    unit = estimate.unit
    marked = estimate.qualifier is not Qualifier.VAGUE or estimate.values
    if unit == PERCENT and not marked:
        return "" if t.VAGUE[_vague(estimate).split(",")[0]].unit == PERCENT else " percent"
    if unit in ("count", PERCENT) or (unit in _SYMBOLS and marked):
        return ""
    if unit in _NOUNS:
        return " " + _NOUNS[unit]
    if unit in t.CURRENCY_CODES:
        return " " + unit
    return ""  # a unit of the caller's own ("troops") is not a word the parser reads: pass it as unit=


@functools.cache
def _vague_words() -> dict[tuple[float, float | None, bool, bool], str]:
    """The first vague word for each set of bounds (low, high, low_inclusive, is a share)."""
    words: dict[tuple[float, float | None, bool, bool], str] = {}
    for word, vague in t.VAGUE.items():
        high = None if vague.high is None else float(vague.high)
        words.setdefault((float(vague.low), high, vague.low_inclusive, vague.unit == PERCENT), word)
    return words


def _vague(estimate: Estimate) -> str:
    low = estimate.low if estimate.low is not None else 0.0
    words = _vague_words()
    share = estimate.unit == PERCENT
    word = words.get((low, estimate.high, estimate.low_inclusive, share))
    if word is not None:
        return word
    # A union such as "hundreds, if not thousands": the widest first word, then the next word above it.
    firsts = [
        (high, word)
        for (low_a, high, inclusive, share_a), word in words.items()
        if (low_a, inclusive, share_a) == (low, estimate.low_inclusive, share) and high is not None
    ]
    if firsts:
        top, first = max(firsts)
        seconds = [
            (low_b, word)
            for (low_b, high, _inclusive, share_b), word in words.items()
            if high == estimate.high and share_b == share and low_b > top
        ]
        if seconds:
            return f"{first}, if not {min(seconds)[1]}"
    bounds = f"{number_text(low)}-{'open' if estimate.high is None else number_text(estimate.high)}"
    raise InvalidValueError("low", f"no vague word has the bounds {bounds}; keep the phrase as written")


def _approximate(estimate: Estimate) -> str:
    point = estimate.point if estimate.point is not None else 0.0
    exact = _written(point)
    for hedge, word in ((t.Hedge.APPROXIMATE, "about"), (t.Hedge.NEARLY, "nearly")):
        low, high = (float(exact * factor) for factor in APPROXIMATE_FACTORS[hedge])
        if estimate.unit == PERCENT:
            high = min(high, 100.0)
        if (estimate.low, estimate.high) == (low, high):
            return f"{word} {_marked(point, estimate.unit)}"
    raise InvalidValueError(
        "low",
        f"approximate bounds {number_text(estimate.low or 0.0)}-{number_text(estimate.high or 0.0)} around "
        f"{number_text(point)} are not the convention's "
        "(0.9N-1.1N or 0.9N-N); keep the phrase as written",
    )


def _figure(estimate: Estimate) -> str:
    unit = estimate.unit
    if estimate.values:
        if len(estimate.values) < 2:
            raise InvalidValueError("values", "a list of one figure cannot be written as an enumeration")
        marked = [_marked(value, unit) for value in estimate.values]
        return ", ".join(marked[:-1]) + " and " + marked[-1]
    qualifier = estimate.qualifier
    if qualifier is Qualifier.VAGUE:
        return _vague(estimate)
    if qualifier is Qualifier.APPROXIMATE:
        return _approximate(estimate)
    if qualifier is Qualifier.RANGE:
        low, high = estimate.low or 0.0, estimate.high or 0.0
        if low >= high:
            message = (
                f"a range {number_text(low)}-{number_text(high)} with equal ends cannot be written as a range"
            )
            raise InvalidValueError("low", message)
        return f"between {_marked(low, unit)} and {_marked(high, unit)}"
    if qualifier is Qualifier.EXACT:
        return _marked(estimate.point or 0.0, unit)
    bound = estimate.low if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) else estimate.high
    return f"{_BOUND_WORDS[qualifier]} {_marked(bound or 0.0, unit)}"


def format_estimate(estimate: Estimate) -> str:
    """Write ``estimate`` as its canonical phrase, which `parse_estimate` reads back to the same figures.

    ``parse_estimate(format_estimate(e), unit=e.unit)`` gives back ``e``'s qualifier, bounds, point, values,
    unit, rate, ``additive`` and ``hedged`` (an epistemic hedge is written "reportedly"). The link
    ``share_of`` is not a matter of words and is not written.

    Raises:
        InvalidValueError: The estimate's figures do not follow the convention, so no phrase gives them back
            (approximate bounds other than 0.9N-1.1N or 0.9N-N, vague bounds of no vague word, a rate with no
            word in the rate table, a list of one figure).

    >>> from centasia_claims import parse_estimate
    >>> format_estimate(parse_estimate("$100 a month"))
    '$100 a month'
    >>> format_estimate(parse_estimate("hundreds of thousands more"))
    'hundreds of thousands more'
    >>> format_estimate(parse_estimate("23 and 21 years"))
    '23 and 21 years'
    """
    text = _figure(estimate)
    if estimate.additive:
        text += " more"
    text += _unit_after(estimate)
    if estimate.per is not None:
        rate = _RATES.get(estimate.per)
        if rate is None:
            raise InvalidValueError("per", f"no rate word for {estimate.per!r}; keep the phrase as written")
        text += " " + rate
    return f"{_HEDGED} {text}" if estimate.hedged else text
