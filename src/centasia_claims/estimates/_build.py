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

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

from centasia_claims.estimates._tables import Hedge
from centasia_claims.model import PERCENT, Estimate, Qualifier

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.estimates._cardinals import Number

__all__ = [
    "APPROXIMATE_FACTORS",
    "FIELDS",
    "Reading",
    "accept",
    "accepted",
    "build",
    "figures",
    "made",
    "shape",
    "single",
    "to_estimate",
]

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
        return _new_tuple(
            Reading,
            (start, end, Qualifier.EXACT, value, value, value, True, True, (), unit, None, False, hedged, ()),
        )
    factors = APPROXIMATE_FACTORS.get(hedge)
    if factors is not None:
        low, high = _times(value, factors[0]), _times(value, factors[1])
        return Reading(start, end, Qualifier.APPROXIMATE, low, high, value, unit=unit, hedged=hedged)
    qualifier = _BOUNDS[hedge]
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        inclusive = qualifier is Qualifier.AT_LEAST
        return Reading(start, end, qualifier, low=value, low_inclusive=inclusive, unit=unit, hedged=hedged)
    inclusive = qualifier is Qualifier.AT_MOST
    return Reading(start, end, qualifier, high=value, high_inclusive=inclusive, unit=unit, hedged=hedged)


def _times(value: Number, factor: Fraction) -> Number:
    """``value * factor``, exactly, as an int where it is whole (a whole number times a fraction, quickly)."""
    if type(value) is int:
        top, bottom = value * factor.numerator, factor.denominator
        return top // bottom if top % bottom == 0 else Fraction(top, bottom)
    return value * factor


_new_tuple = tuple.__new__  # a reading of one exact figure, the commonest, without the named tuple's defaults


def figures(reading: Reading, unit: str | None) -> tuple[str, float | None, float | None, float | None]:
    """The unit and the bounds and point of a reading as the `Estimate` holds them.

    The stated unit wins, then ``unit``, then ``"count"``; an approximate share is capped at 100 percent
    ("about 95%" is 85.5-100).
    """
    stated = reading.unit or unit or "count"
    high = reading.high
    if stated == PERCENT and reading.qualifier is Qualifier.APPROXIMATE and high is not None:
        high = min(high, 100)
    low, point = reading.low, reading.point
    return (
        stated,
        None if low is None else float(low),
        None if high is None else float(high),
        None if point is None else float(point),
    )


def shape(  # noqa: PLR0917 (positional: called on every phrase parsed)
    qualifier: Qualifier,
    low_inclusive: bool,  # noqa: FBT001 (the properties, in the order of the model's fields)
    high_inclusive: bool,  # noqa: FBT001
    phrase: str,
    unit: str,
    low: float | None,
    high: float | None,
    point: float | None,
) -> tuple[object, ...]:
    """The properties of an estimate's figures that the rules of `Estimate` read, and nothing else.

    Two sets of figures of one shape are both accepted by the model or both refused, so the model need be
    asked once per shape (`accepted`): the qualifier, which figures are given and how they compare, the
    inclusive ends, whether every figure is finite and not negative, a share above 100 percent, and whether
    the phrase and the unit have a character that is not white space. An enumeration (``values``) has none.
    """
    return (
        qualifier,
        low_inclusive,
        high_inclusive,
        None if low is None else (low > high) - (low < high) if high is not None else 2,
        None if point is None else (point > low) - (point < low) if low is not None else 2,
        None if point is None else (point > high) - (point < high) if high is not None else 2,
        high is None,
        (low is None or 0 <= low < _INFINITY)
        and (high is None or 0 <= high < _INFINITY)
        and (point is None or 0 <= point < _INFINITY),
        unit == PERCENT
        and (
            (low is not None and low > _WHOLE)
            or (high is not None and high > _WHOLE)
            or (point is not None and point > _WHOLE)
        ),
        phrase != "" and not phrase.isspace(),
        unit != "" and not unit.isspace(),
    )


_INFINITY: Final = math.inf
_WHOLE: Final = 100
"""The largest share in percent."""
_ACCEPTED: Final[set[tuple[object, ...]]] = set()
"""Shapes of figures (`shape`) the model has accepted; it stops admitting when full, never evicts."""
_ACCEPTED_MAX: Final = 4096


def accepted(found: tuple[object, ...]) -> bool:
    """Whether the model has accepted figures of this `shape` (then it accepts any others of it)."""
    return found in _ACCEPTED


def accept(found: tuple[object, ...]) -> None:
    """Remember that the model accepted figures of this `shape`."""
    if len(_ACCEPTED) < _ACCEPTED_MAX:
        _ACCEPTED.add(found)


FIELDS: Final = (
    "phrase",
    "qualifier",
    "unit",
    "low",
    "high",
    "point",
    "low_inclusive",
    "high_inclusive",
    "values",
    "per",
    "additive",
    "hedged",
    "share_of",
    "unread",
)
"""The fields of `Estimate` in its order, each set by `build` (a test holds this to the model's fields)."""
_new = object.__new__
(
    _phrase,
    _qualifier,
    _unit,
    _low,
    _high,
    _point,
    _low_inclusive,
    _high_inclusive,
    _values,
    _per,
    _additive,
    _hedged,
    _share_of,
    _unread,
) = (Estimate.__dict__[name].__set__ for name in FIELDS)  # the slots' own setters: the fastest way in


def build(  # noqa: PLR0917 (positional: called on every phrase parsed, in the order of the fields)
    phrase: str,
    qualifier: Qualifier,
    unit: str,
    low: float | None,
    high: float | None,
    point: float | None,
    low_inclusive: bool,  # noqa: FBT001
    high_inclusive: bool,  # noqa: FBT001
    per: str | None = None,
    additive: bool = False,  # noqa: FBT001, FBT002
    hedged: bool = False,  # noqa: FBT001, FBT002
    unread: tuple[str, ...] = (),
) -> Estimate:
    """An `Estimate` without ``values`` or ``share_of``, checked by the model once for each `shape`.

    The first figures of a shape are built by the model's validating constructor; later ones of a shape it
    accepted are built without asking it again (the same object, field for field).

    Raises:
        InvalidValueError: The figures break a rule of `Estimate`.
    """
    found = shape(qualifier, low_inclusive, high_inclusive, phrase, unit, low, high, point)
    if found not in _ACCEPTED:
        estimate = Estimate(
            phrase=phrase,
            qualifier=qualifier,
            unit=unit,
            low=low,
            high=high,
            point=point,
            low_inclusive=low_inclusive,
            high_inclusive=high_inclusive,
            per=per,
            additive=additive,
            hedged=hedged,
            unread=unread,
        )
        accept(found)
        return estimate
    estimate = _new(Estimate)
    _phrase(estimate, phrase)
    _qualifier(estimate, qualifier)
    _unit(estimate, unit)
    _low(estimate, low)
    _high(estimate, high)
    _point(estimate, point)
    _low_inclusive(estimate, low_inclusive)
    _high_inclusive(estimate, high_inclusive)
    _values(estimate, ())
    _per(estimate, per)
    _additive(estimate, additive)
    _hedged(estimate, hedged)
    _share_of(estimate, None)
    _unread(estimate, unread)
    return estimate


def to_estimate(reading: Reading, phrase: str, unit: str | None) -> Estimate:
    """The `Estimate` of a reading: the stated unit wins, then ``unit``, then ``"count"``.

    An approximate share is capped at 100 percent ("about 95%" is 85.5-100). The model checks figures once
    for each `shape` of them (`build`).

    Raises:
        InvalidValueError: The figures break a rule of `Estimate` (a share above 100 percent).
    """
    if not reading.values:
        return made(reading, phrase, unit, build)
    stated, low, high, point = figures(reading, unit)
    return Estimate(
        phrase=phrase,
        qualifier=reading.qualifier,
        unit=stated,
        low=low,
        high=high,
        point=point,
        low_inclusive=reading.low_inclusive,
        high_inclusive=reading.high_inclusive,
        values=tuple(map(float, reading.values)),
        per=reading.per,
        additive=reading.additive,
        hedged=reading.hedged,
        unread=reading.unread,
    )


T = TypeVar("T")


def made(reading: Reading, phrase: str, unit: str | None, make: Callable[..., T]) -> T:
    """``make`` (`build`, or a maker of plain fields) given a reading without values, in `build`'s order."""
    stated, low, high, point = figures(reading, unit)
    return make(
        phrase,
        reading.qualifier,
        stated,
        low,
        high,
        point,
        reading.low_inclusive,
        reading.high_inclusive,
        reading.per,
        reading.additive,
        reading.hedged,
        reading.unread,
    )
