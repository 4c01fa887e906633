"""From a read phrase to an `Estimate`: the convention's bounds, computed exactly on fractions.

"about 300" is 270-330 (N*9/10 .. N*11/10 as exact fractions, then one rounding to float: 330.0, never
330.00000000000006); "nearly N" is 0.9N .. N; bounds stay open where the hedge leaves them open.

>>> from centasia_claims.estimates._tables import Hedge
>>> reading = single(Hedge.APPROXIMATE, 300, 0, 2)
>>> estimate = to_estimate(reading, "about 300", None)
>>> estimate.low, estimate.high, estimate.point
(270.0, 330.0, 300.0)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.estimates._tables import Hedge
from centasia_claims.model import PERCENT, Estimate, Qualifier

if TYPE_CHECKING:
    from centasia_claims.estimates._numerals import Number

__all__ = ["APPROXIMATE_FACTORS", "Reading", "single", "to_estimate"]

# The convention's factors for approximate hedges: (low, high) as multiples of the figure.
APPROXIMATE_FACTORS: Final[dict[Hedge, tuple[Fraction, Fraction]]] = {
    Hedge.APPROXIMATE: (Fraction(9, 10), Fraction(11, 10)),
    Hedge.NEARLY: (Fraction(9, 10), Fraction(1)),
}

_BOUNDS: Final[dict[Hedge, Qualifier]] = {
    Hedge.AT_LEAST: Qualifier.AT_LEAST,
    Hedge.MORE_THAN: Qualifier.MORE_THAN,
    Hedge.AT_MOST: Qualifier.AT_MOST,
    Hedge.LESS_THAN: Qualifier.LESS_THAN,
}


class Reading(NamedTuple):
    """A phrase read from tokens ``start`` to ``end``, with exact bounds; the unit may still be unstated."""

    start: int
    end: int
    qualifier: Qualifier
    low: Number | None = None
    high: Number | None = None
    point: Number | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    values: tuple[Number, ...] = ()
    unit: str | None = None
    per: str | None = None
    additive: bool = False
    hedged: bool = False
    unread: tuple[str, ...] = ()
    """Words before the figure the reader does not know, and footnote markers glued to it."""


def single(
    hedge: Hedge | None, value: Number, start: int, end: int, unit: str | None = None, *, hedged: bool = False
) -> Reading:
    """One figure under a hedge (``None`` or `Hedge.EXACT` for none)."""
    if hedge is None or hedge is Hedge.EXACT:
        return Reading(start, end, Qualifier.EXACT, value, value, value, unit=unit, hedged=hedged)
    factors = APPROXIMATE_FACTORS.get(hedge)
    if factors is not None:
        low, high = value * factors[0], value * factors[1]
        return Reading(start, end, Qualifier.APPROXIMATE, low, high, value, unit=unit, hedged=hedged)
    qualifier = _BOUNDS[hedge]
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        inclusive = qualifier is Qualifier.AT_LEAST
        return Reading(start, end, qualifier, low=value, low_inclusive=inclusive, unit=unit, hedged=hedged)
    inclusive = qualifier is Qualifier.AT_MOST
    return Reading(start, end, qualifier, high=value, high_inclusive=inclusive, unit=unit, hedged=hedged)


def to_estimate(reading: Reading, phrase: str, unit: str | None) -> Estimate:
    """The `Estimate` of a reading: the stated unit wins, then ``unit``, then ``"count"``.

    An approximate share is capped at 100 percent ("about 95%" is 85.5-100).

    Raises:
        InvalidValueError: The figures break a rule of `Estimate` (a share above 100 percent).
    """
    stated = reading.unit or unit or "count"
    high = reading.high
    if stated == PERCENT and reading.qualifier is Qualifier.APPROXIMATE and high is not None:
        high = min(high, 100)
    low, point = reading.low, reading.point
    return Estimate(
        phrase=phrase,
        qualifier=reading.qualifier,
        unit=stated,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        point=None if point is None else float(point),
        low_inclusive=reading.low_inclusive,
        high_inclusive=reading.high_inclusive,
        values=tuple(map(float, reading.values)) if reading.values else (),
        per=reading.per,
        additive=reading.additive,
        hedged=reading.hedged,
        unread=reading.unread,
    )
