"""Numeric estimates: reading figures as intervals and reconciling the figures that claims give for a measure.

>>> from centasia_claims import Interval
>>> print(Interval(high=1000).intersection(Interval(low=270, high=330)))
[270, 330]
"""

from centasia_claims.estimates._figures import (
    NEAR_CEILING_HEDGES,
    NEAR_FRACTION,
    DerivedFigure,
    Figure,
    derive_count,
    read_estimate,
)
from centasia_claims.estimates._interval import Interval, hull_of, intersection_of
from centasia_claims.estimates._reader import SPEAKS_FOR
from centasia_claims.estimates._reconcile import Consensus, Reconciliation, reconcile
from centasia_claims.estimates._timeline import Dating, Placement, place
from centasia_claims.estimates._trend import Trend
from centasia_claims.estimates._verdicts import PairVerdict, Verdict, judge
from centasia_claims.estimates._when import RELATIVE_TIMES, resolve_when, spoken_when

__all__ = [
    "NEAR_CEILING_HEDGES",
    "NEAR_FRACTION",
    "RELATIVE_TIMES",
    "SPEAKS_FOR",
    "Consensus",
    "Dating",
    "DerivedFigure",
    "Figure",
    "Interval",
    "PairVerdict",
    "Placement",
    "Reconciliation",
    "Trend",
    "Verdict",
    "derive_count",
    "hull_of",
    "intersection_of",
    "judge",
    "place",
    "read_estimate",
    "reconcile",
    "resolve_when",
    "spoken_when",
]
