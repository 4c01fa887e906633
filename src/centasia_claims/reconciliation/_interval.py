"""`Interval`: a span of numbers whose ends may be open, closed or unbounded, and the algebra of reconciling.

An estimate's bounds become an interval ("up to 1,000" is ``(-∞, 1000]``, "more than half" is ``(50, ∞)``),
and reconciling figures is interval algebra: two figures agree when their intervals overlap, the consensus of
agreeing figures is their intersection, and the span of disagreeing ones is their hull.

>>> from centasia_claims.reconciliation import Interval
>>> about_300 = Interval(low=270, high=330)
>>> up_to_1000 = Interval(high=1000)
>>> print(about_300, up_to_1000, about_300.intersection(up_to_1000))
[270, 330] (-∞, 1000] [270, 330]
>>> print(Interval(low=1500, high=9999, low_inclusive=False))
(1500, 9999]
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import interval_text, number_text
from centasia_claims.errors import InvalidValueError
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.model import Estimate

__all__ = ["Interval", "hull_of", "intersection_of"]

_LowKey = tuple[float, int]
_HighKey = tuple[float, int]


def lower_end(interval: Interval) -> _LowKey:
    """A sort key of the lower end: larger is tighter; an open end is tighter than a closed one at a value."""
    low = interval.low
    return (-math.inf, 0) if low is None else (low, 0 if interval.low_inclusive else 1)


def upper_end(interval: Interval) -> _HighKey:
    """A sort key of the upper end: larger is looser; a closed end is looser than an open one at a value."""
    high = interval.high
    return (math.inf, 0) if high is None else (high, 1 if interval.high_inclusive else 0)


def _number(value: float) -> str:
    return number_text(value, grouping=False, places=2)


def _check_bound(_instance: object, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise InvalidValueError(
            attribute.name, f"must be a finite number or None for unbounded (got {value})"
        )


def _default_low_inclusive(interval: Interval) -> bool:
    return interval.low is not None


def _default_high_inclusive(interval: Interval) -> bool:
    return interval.high is not None


@attrs.frozen(kw_only=True, cache_hash=True)  # hashed often when figures are grouped
class Interval:
    """A non-empty span of numbers; ``None`` at an end means unbounded on that side.

    Attributes:
        low: The lower end, or ``None`` when there is none.
        high: The upper end, or ``None`` when there is none.
        low_inclusive: Whether ``low`` itself belongs to the interval (default: yes, when there is a low).
        high_inclusive: Whether ``high`` itself belongs to the interval (default: yes, when there is a high).

    An unbounded end is never inclusive, and an interval is never empty: operations that could give an empty
    interval (`intersection`) return ``None`` instead.

    >>> Interval(low=5, high=3)
    Traceback (most recent call last):
    ...
    centasia_claims.errors.InvalidValueError: low: must be <= high (got low=5, high=3)
    """

    low: float | None = attrs.field(default=None, validator=_check_bound)
    high: float | None = attrs.field(default=None, validator=_check_bound)
    low_inclusive: bool = attrs.field(default=attrs.Factory(_default_low_inclusive, takes_self=True))
    high_inclusive: bool = attrs.field(default=attrs.Factory(_default_high_inclusive, takes_self=True))

    def __attrs_post_init__(self) -> None:
        low, high = self.low, self.high
        if low is None and self.low_inclusive:
            raise InvalidValueError(
                "low_inclusive", "must be false when low is None: an unbounded end is open"
            )
        if high is None and self.high_inclusive:
            raise InvalidValueError(
                "high_inclusive", "must be false when high is None: an unbounded end is open"
            )
        if low is not None and high is not None:
            if low > high:
                raise InvalidValueError(
                    "low", f"must be <= high (got low={_number(low)}, high={_number(high)})"
                )
            if low == high and not (self.low_inclusive and self.high_inclusive):
                raise InvalidValueError(
                    "low", f"the interval is empty: low = high = {_number(low)} with an open end"
                )

    @classmethod
    def point(cls, value: float) -> Interval:
        """The interval holding one number.

        >>> print(Interval.point(1141))
        {1141}
        """
        return cls(low=value, high=value)

    @classmethod
    def from_estimate(cls, estimate: Estimate) -> Interval:
        """The values an estimate admits, as written: open bounds stay open; an enumeration gives its hull.

        A share stays in percent; `derive_count` turns it into a count of its whole.

        >>> from centasia_claims import Estimate, Qualifier
        >>> ages = Estimate(phrase="23 and 21", qualifier=Qualifier.EXACT, values=(23, 21))
        >>> over = Estimate(phrase="over 2,000", qualifier=Qualifier.MORE_THAN, low=2000)
        >>> print(Interval.from_estimate(ages), Interval.from_estimate(over))
        [21, 23] (2000, ∞)
        """
        if estimate.values:
            return cls(low=min(estimate.values), high=max(estimate.values))
        low, high = estimate.low, estimate.high
        return cls(
            low=low,
            high=high,
            low_inclusive=low is not None and estimate.low_inclusive,
            high_inclusive=high is not None and estimate.high_inclusive,
        )

    def contains(self, value: float) -> bool:
        """Whether the number lies in the interval.

        >>> Interval(high=1000).contains(1000), Interval(low=2000, low_inclusive=False).contains(2000)
        (True, False)
        """
        low, high = self.low, self.high
        above = low is None or (value >= low if self.low_inclusive else value > low)
        below = high is None or (value <= high if self.high_inclusive else value < high)
        return above and below

    def encloses(self, other: Interval) -> bool:
        """Whether every number of ``other`` lies in this interval.

        >>> Interval(high=1000).encloses(Interval(low=270, high=330))
        True
        """
        return lower_end(self) <= lower_end(other) and upper_end(other) <= upper_end(self)

    def is_below(self, other: Interval) -> bool:
        """Whether every number of this interval is smaller than every number of ``other``.

        >>> Interval(low=270, high=330).is_below(Interval.point(1094))
        True
        >>> Interval(high=1000).is_below(Interval(low=1000))
        False
        """
        if self.high is None or other.low is None:
            return False
        if self.high != other.low:
            return self.high < other.low
        return not (self.high_inclusive and other.low_inclusive)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one number.

        >>> Interval(high=1000).overlaps(Interval(low=1000, high=1100))
        True
        """
        return not (self.is_below(other) or other.is_below(self))

    def intersection(self, other: Interval) -> Interval | None:
        """The numbers in both intervals, or ``None`` when they share none.

        >>> print(Interval(low=2000, low_inclusive=False).intersection(Interval(low=1800, high=2200)))
        (2000, 2200]
        >>> Interval.point(1).intersection(Interval.point(25)) is None
        True
        """
        if not self.overlaps(other):
            return None
        low = max(self, other, key=lower_end)
        high = min(self, other, key=upper_end)
        return Interval(
            low=low.low, high=high.high, low_inclusive=low.low_inclusive, high_inclusive=high.high_inclusive
        )

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both.

        >>> print(Interval.point(100_000).hull(Interval(low=141_300, high=157_000)))
        [100000, 157000]
        """
        low = min(self, other, key=lower_end)
        high = max(self, other, key=upper_end)
        return Interval(
            low=low.low, high=high.high, low_inclusive=low.low_inclusive, high_inclusive=high.high_inclusive
        )

    def scaled(self, factor: float) -> Interval:
        """Every number multiplied by a positive factor (percent to fraction: ``scaled(0.01)``).

        Raises:
            InvalidValueError: The factor is not a positive finite number.

        >>> print(Interval(low=50, high=100, low_inclusive=False).scaled(0.01))
        (0.5, 1]
        """
        if not (math.isfinite(factor) and factor > 0):
            raise InvalidValueError("factor", f"must be a positive finite number (got {factor})")
        return Interval(
            low=None if self.low is None else self.low * factor,
            high=None if self.high is None else self.high * factor,
            low_inclusive=self.low_inclusive,
            high_inclusive=self.high_inclusive,
        )

    def times(self, other: Interval) -> Interval:
        """The products of a number of each, for intervals of non-negative numbers (shares and counts).

        An unbounded end stays unbounded: "more than half" of "several thousand" is ``(0.5, 1]`` (the share,
        capped at the whole) times ``[3000, 9999]``.

        Raises:
            InvalidValueError: Either interval admits a negative number.

        >>> print(Interval(low=0.5, high=1, low_inclusive=False).times(Interval(low=3000, high=9999)))
        (1500, 9999]
        """
        a_low, b_low = self.low, other.low
        if a_low is None or b_low is None or a_low < 0 or b_low < 0:
            raise InvalidValueError(
                "low", f"times needs intervals of non-negative numbers (got {self} and {other})"
            )
        zero_low = (a_low == 0 and self.low_inclusive) or (b_low == 0 and other.low_inclusive)
        low_inclusive = (self.low_inclusive and other.low_inclusive) or zero_low
        if self.high is None or other.high is None:
            return Interval(low=a_low * b_low, low_inclusive=low_inclusive)
        zero_high = (self.high == 0 and self.high_inclusive) or (other.high == 0 and other.high_inclusive)
        return Interval(
            low=a_low * b_low,
            high=self.high * other.high,
            low_inclusive=low_inclusive,
            high_inclusive=(self.high_inclusive and other.high_inclusive) or zero_high,
        )

    def __str__(self) -> str:
        return interval_text(
            self.low, self.high, low_inclusive=self.low_inclusive, high_inclusive=self.high_inclusive
        )


def intersection_of(intervals: Iterable[Interval]) -> Interval | None:
    """The numbers in every interval, or ``None`` when they share none (or none is given).

    >>> print(intersection_of([Interval(high=1000), Interval(low=900), Interval(low=950, high=1200)]))
    [950, 1000]
    """
    items = list(intervals)
    if not items:
        return None
    low = max(items, key=lower_end)
    high = min(items, key=upper_end)
    return low if low is high else low.intersection(high)


def hull_of(intervals: Iterable[Interval]) -> Interval:
    """The smallest interval holding every given interval.

    Raises:
        InvalidValueError: No interval is given.

    >>> print(hull_of([Interval.point(1), Interval(low=12.5, high=25, low_inclusive=False)]))
    [1, 25]
    """
    items = list(intervals)
    if not items:
        raise InvalidValueError("intervals", "the hull of no intervals is undefined: give at least one")
    low = min(items, key=lower_end)
    high = max(items, key=upper_end)
    return Interval(
        low=low.low, high=high.high, low_inclusive=low.low_inclusive, high_inclusive=high.high_inclusive
    )


register_result(Interval, text=str)
