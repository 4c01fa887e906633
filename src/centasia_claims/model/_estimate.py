"""Numeric estimates as written: "about 300", "up to 1,000", "more than half", "500-600".

An `Estimate` keeps the phrase and reads it into bounds, a point and a qualifier by the library's convention
(``docs/estimates.md``): the qualifier records the hedge that is written; an open bound stays open (``None``).

>>> from centasia_claims import Estimate, Qualifier
>>> e = Estimate(phrase="up to 1,000", qualifier=Qualifier.AT_MOST, high=1000, unit="people")
>>> e.low is None, e.high_inclusive
(True, True)
>>> e.contains(999), e.contains(1001)
(True, False)
"""

from __future__ import annotations

import enum
import math
from typing import Final

import attrs

from centasia_claims._render import interval_text, number_text
from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import check_non_empty, check_optional_id, frozen_collections
from centasia_claims.model._ids import ClaimId

__all__ = ["PERCENT", "Estimate", "Qualifier", "bounds_text"]


class Qualifier(enum.StrEnum):
    """The hedge written around a number.

    >>> from centasia_claims import load_seed_corpus
    >>> load_seed_corpus().claim("claim:rferl-authorities-up-to-1000").value.qualifier
    <Qualifier.AT_MOST: 'at_most'>
    """

    EXACT = "exact"
    """Unhedged: "1,141", "a dozen", "half": the text gives no hedge (not: the figure is precise)."""
    APPROXIMATE = "approximate"
    """"about", "around", "nearly"."""
    AT_LEAST = "at_least"
    """"at least", "no fewer than", "N+": a closed lower bound, no upper bound."""
    MORE_THAN = "more_than"
    """"more than", "over": an open (exclusive) lower bound, no upper bound."""
    AT_MOST = "at_most"
    """"up to", "as many as": a closed upper bound, no lower bound."""
    LESS_THAN = "less_than"
    """"fewer than", "under": an open (exclusive) upper bound, no lower bound."""
    RANGE = "range"
    """"500-600", "between 80 and 100"."""
    VAGUE = "vague"
    """"several thousand", "dozens", "majority": bounds from the vague-word table."""


class _Need(enum.Enum):
    REQUIRED = "required"
    FORBIDDEN = "forbidden"
    OPTIONAL = "optional"


_R, _F, _O = _Need.REQUIRED, _Need.FORBIDDEN, _Need.OPTIONAL

# Which of low, high and point each qualifier has (a data table, restated in docs/estimates.md).
SHAPES: Final[dict[Qualifier, tuple[_Need, _Need, _Need]]] = {
    Qualifier.EXACT: (_R, _R, _R),
    Qualifier.APPROXIMATE: (_R, _R, _R),
    Qualifier.AT_LEAST: (_R, _F, _F),
    Qualifier.MORE_THAN: (_R, _F, _F),
    Qualifier.AT_MOST: (_F, _R, _F),
    Qualifier.LESS_THAN: (_F, _R, _F),
    Qualifier.RANGE: (_R, _R, _F),
    Qualifier.VAGUE: (_R, _O, _F),
}


def _none_patterns(shape: tuple[_Need, _Need, _Need]) -> frozenset[tuple[bool, bool, bool]]:
    low, high, point = ({_R: (False,), _F: (True,), _O: (False, True)}[need] for need in shape)
    return frozenset((a, b, c) for a in low for b in high for c in point)


_NONE_PATTERNS: Final = {qualifier: _none_patterns(shape) for qualifier, shape in SHAPES.items()}
"""For each qualifier, which of low, high and point may be None (True) as `SHAPES` says: one look-up."""

# Bounds that are exclusive by the qualifier's meaning; all others are inclusive unless a vague word says so.
_EXCLUSIVE_LOW: Final = frozenset({Qualifier.MORE_THAN})
_EXCLUSIVE_HIGH: Final = frozenset({Qualifier.LESS_THAN})

PERCENT: Final = "percent"
"""The unit of shares: "half" is 50 percent."""


def _number(value: float | None) -> str:
    return "None" if value is None else number_text(value, grouping=False)


def _check_finite(_instance: object, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    if value is None:
        return
    if not math.isfinite(value):
        raise InvalidValueError(attribute.name, f"must be a finite number (got {value})")
    if value < 0:
        raise InvalidValueError(
            attribute.name,
            f"must be >= 0 (got {_number(value)}): counts, shares and amounts are never negative; "
            "write a decrease as its own claim",
        )


def _to_float(value: float | None) -> float | None:
    # JSON and callers give integers; the model holds floats so equal figures are equal objects.
    return None if value is None else float(value)


def _to_floats(values: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(map(float, values)) if values else ()


def _default_low_inclusive(estimate: Estimate) -> bool:
    return estimate.qualifier not in _EXCLUSIVE_LOW


def _default_high_inclusive(estimate: Estimate) -> bool:
    return estimate.qualifier not in _EXCLUSIVE_HIGH


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Estimate:
    """A figure as written, read into bounds, a point and a qualifier.

    Attributes:
        phrase: The words as written, such as ``"up to 1,000"``.
        qualifier: The written hedge.
        unit: What one unit is: ``"count"`` (the measure says of what), ``"people"``, ``"percent"``,
            a currency code such as ``"USD"``, or a duration such as ``"years"``.
        low: Lower bound, or ``None`` when open.
        high: Upper bound, or ``None`` when open.
        point: The figure given, where one is (``None`` for bounds and ranges).
        low_inclusive: Whether ``low`` itself is included ("at least 5" yes, "more than 5" no).
        high_inclusive: Whether ``high`` itself is included ("up to 5" yes, "fewer than 5" no).
        values: An enumeration of exact figures ("23 and 21 years"); then no bounds or point.
        per: The period of a rate, such as ``"month"`` in "$100 a month".
        additive: The figure is an increment on another ("hundreds of thousands more").
        hedged: An epistemic hedge is written ("estimated", "reportedly"); it does not change the bounds.
        share_of: For a share ("more than half of whom"), the claim whose figure it is a share of.
        unread: What the reader saw at the figure and did not read: a word right before it that looks like a
            hedge it does not know ("smoe" in "smoe 1,200"), a footnote marker glued to it ("¹", "[3]").
            Empty in curated data unless a curator keeps the note; fixtures without it load unchanged.

    >>> Estimate(phrase="about 300", qualifier=Qualifier.APPROXIMATE, low=270, high=330, point=300)
    Estimate(phrase='about 300', qualifier=<Qualifier.APPROXIMATE: 'approximate'>, ...)
    """

    phrase: str = attrs.field(validator=check_non_empty)
    qualifier: Qualifier
    unit: str = attrs.field(default="count", validator=check_non_empty)
    low: float | None = attrs.field(default=None, converter=_to_float, validator=_check_finite)
    high: float | None = attrs.field(default=None, converter=_to_float, validator=_check_finite)
    point: float | None = attrs.field(default=None, converter=_to_float, validator=_check_finite)
    low_inclusive: bool = attrs.field(default=attrs.Factory(_default_low_inclusive, takes_self=True))
    high_inclusive: bool = attrs.field(default=attrs.Factory(_default_high_inclusive, takes_self=True))
    values: tuple[float, ...] = attrs.field(default=(), converter=_to_floats)
    per: str | None = None
    additive: bool = False
    hedged: bool = False
    share_of: ClaimId | None = attrs.field(default=None, validator=check_optional_id)
    unread: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.values:
            self._check_enumeration()
        else:
            self._check_shape()
            self._check_order()
        if self.unit == PERCENT:
            for name in ("low", "high", "point"):
                value = getattr(self, name)
                if value is not None and value > 100:
                    raise InvalidValueError(name, f"a percent must be <= 100 (got {_number(value)})")
        if self.share_of is not None and self.unit != PERCENT:
            raise InvalidValueError(
                "share_of", f"a share of another claim must be in percent (got unit {self.unit!r})"
            )

    def _check_enumeration(self) -> None:
        if self.qualifier is not Qualifier.EXACT:
            raise InvalidValueError(
                "values",
                f"an enumeration of figures is exact (got qualifier {self.qualifier.value!r})",
            )
        for name in ("low", "high", "point"):
            if getattr(self, name) is not None:
                raise InvalidValueError(name, "must be empty when values lists the figures")
        for index, value in enumerate(self.values):
            if not math.isfinite(value) or value < 0:
                raise InvalidValueError(f"values[{index}]", f"must be a finite number >= 0 (got {value})")

    def _check_shape(self) -> None:
        nones = (self.low is None, self.high is None, self.point is None)
        if nones not in _NONE_PATTERNS[self.qualifier]:
            self._shape_problem()
        if self.qualifier in _EXCLUSIVE_LOW and self.low_inclusive:
            raise InvalidValueError("low_inclusive", f"must be false for {self.qualifier.value!r}")
        if self.qualifier in _EXCLUSIVE_HIGH and self.high_inclusive:
            raise InvalidValueError("high_inclusive", f"must be false for {self.qualifier.value!r}")

    def _shape_problem(self) -> None:
        """Raise for the first of low, high and point that the qualifier requires or forbids."""
        shape = SHAPES[self.qualifier]
        for name, need in zip(("low", "high", "point"), shape, strict=True):
            value = getattr(self, name)
            if need is _Need.REQUIRED and value is None:
                raise InvalidValueError(
                    name, f"is required for qualifier {self.qualifier.value!r} (got None)"
                )
            if need is _Need.FORBIDDEN and value is not None:
                raise InvalidValueError(
                    name,
                    f"must be None for qualifier {self.qualifier.value!r} (got {_number(value)}): "
                    "an open bound stays open",
                )

    def _check_order(self) -> None:
        low, high, point = self.low, self.high, self.point
        if low is not None and high is not None:
            if low > high:
                raise InvalidValueError(
                    "low", f"must be <= high (got low={_number(low)}, high={_number(high)})"
                )
            if low == high and not (self.low_inclusive and self.high_inclusive):
                raise InvalidValueError(
                    "low", f"the interval is empty: low = high = {_number(low)} with an open end"
                )
        if point is not None and not self.contains(point):
            raise InvalidValueError(
                "point",
                f"must lie within the bounds (got point={_number(point)}, "
                f"low={_number(low)}, high={_number(high)})",
            )
        if self.qualifier is Qualifier.EXACT and not low == high == point:
            raise InvalidValueError(
                "point",
                "an exact figure has low = high = point "
                f"(got low={_number(low)}, high={_number(high)}, point={_number(point)})",
            )

    def contains(self, value: float) -> bool:
        """Whether the value lies within the estimate's bounds (an open bound admits everything).

        For an enumeration, whether the value is one of the figures.
        """
        if self.values:
            return value in self.values
        low, high = self.low, self.high
        above = low is None or (value >= low if self.low_inclusive else value > low)
        below = high is None or (value <= high if self.high_inclusive else value < high)
        return above and below

    @property
    def is_relative(self) -> bool:
        """Whether the figure is a share of another claim's figure."""
        return self.share_of is not None


def bounds_text(estimate: Estimate) -> str:
    """The bounds of an estimate in symbols: ``= 1,141``, ``≤ 1,000``, ``(1,500, 9,999]``, ``> 50 %``.

    >>> bounds_text(Estimate(phrase="up to 1,000", qualifier=Qualifier.AT_MOST, high=1000))
    '≤ 1,000'
    """
    unit = "%" if estimate.unit == PERCENT else estimate.unit
    rate = f" per {estimate.per}" if estimate.per else ""
    tail = f" {unit}{rate}" if unit != "count" else rate
    if estimate.values:
        return " and ".join(number_text(value, places=2) for value in estimate.values) + tail
    low, high = estimate.low, estimate.high
    if low is not None and high is not None and low == high:
        return f"= {number_text(low, places=2)}{tail}"
    if high is None and low is not None:
        return f"{'≥' if estimate.low_inclusive else '>'} {number_text(low, places=2)}{tail}"
    if low is None and high is not None:
        return f"{'≤' if estimate.high_inclusive else '<'} {number_text(high, places=2)}{tail}"
    bounds = interval_text(
        low or 0.0,
        high or 0.0,
        low_inclusive=estimate.low_inclusive,
        high_inclusive=estimate.high_inclusive,
        grouping=True,
    )
    return bounds + tail
