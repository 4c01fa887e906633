"""Numeric estimates: parse the hedged phrases news writes; reconcile the figures claims give for a measure.

>>> from centasia_claims.estimates import Interval, format_estimate, parse_estimate
>>> format_estimate(parse_estimate("round 500-600"))
'between 500 and 600'
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
from centasia_claims.estimates._reconcile import Consensus, Reconciliation, reconcile
from centasia_claims.estimates._timeline import Dating, Placement, place
from centasia_claims.estimates._trend import Trend
from centasia_claims.estimates._verdicts import FigureVerdict, PairVerdict, judge
from centasia_claims.estimates._when import RELATIVE_TIMES, resolve_when, spoken_when
from centasia_claims.estimates.extraction import FoundEstimate, extract_estimates
from centasia_claims.estimates.formatting import format_estimate
from centasia_claims.estimates.parsing import parse_estimate

__all__ = [
    "NEAR_CEILING_HEDGES",
    "NEAR_FRACTION",
    "RELATIVE_TIMES",
    "Consensus",
    "Dating",
    "DerivedFigure",
    "Figure",
    "FigureVerdict",
    "FoundEstimate",
    "Interval",
    "PairVerdict",
    "Placement",
    "Reconciliation",
    "Trend",
    "derive_count",
    "extract_estimates",
    "format_estimate",
    "hull_of",
    "intersection_of",
    "judge",
    "parse_estimate",
    "place",
    "read_estimate",
    "reconcile",
    "resolve_when",
    "spoken_when",
]
