"""Whether two figures can both be true: a plain overlap of their intervals.

This is the one place corroboration compares figures. It reads each estimate as the interval its bounds and
inclusive flags give (an enumeration as its points) and asks whether the intervals share a value. Fuller
reconciliation (scales, hedges, cumulative counts) belongs to the estimates package; when it exists, this
module is what gets swapped for it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from centasia_claims.model import Estimate

__all__ = ["figures_overlap"]

# An interval as (low, low included, high, high included); an open end is infinite and not included.
_Interval = tuple[float, bool, float, bool]


def _intervals(estimate: Estimate) -> list[_Interval]:
    if estimate.values:
        return [(value, True, value, True) for value in estimate.values]
    low = -math.inf if estimate.low is None else estimate.low
    high = math.inf if estimate.high is None else estimate.high
    return [
        (
            low,
            estimate.low is not None and estimate.low_inclusive,
            high,
            estimate.high is not None and estimate.high_inclusive,
        )
    ]


def _meet(a: _Interval, b: _Interval) -> bool:
    a_low, a_low_in, a_high, a_high_in = a
    b_low, b_low_in, b_high, b_high_in = b
    if a_low != b_low:
        low, low_in = (a_low, a_low_in) if a_low > b_low else (b_low, b_low_in)
    else:
        low, low_in = a_low, a_low_in and b_low_in
    if a_high != b_high:
        high, high_in = (a_high, a_high_in) if a_high < b_high else (b_high, b_high_in)
    else:
        high, high_in = a_high, a_high_in and b_high_in
    return low < high or (low == high and low_in and high_in)


def figures_overlap(a: Estimate, b: Estimate) -> bool:
    """Whether some value lies within both estimates' bounds (for an enumeration: is one of its figures).

    >>> from centasia_claims import Estimate, Qualifier
    >>> up_to = Estimate(phrase="up to 1,000", qualifier=Qualifier.AT_MOST, high=1000)
    >>> about = Estimate(
    ...     phrase="around 1,100", qualifier=Qualifier.APPROXIMATE, low=990, high=1210, point=1100
    ... )
    >>> over = Estimate(phrase="more than 1,000", qualifier=Qualifier.MORE_THAN, low=1000)
    >>> figures_overlap(up_to, about), figures_overlap(up_to, over)
    (True, False)
    """
    return any(_meet(x, y) for x in _intervals(a) for y in _intervals(b))
