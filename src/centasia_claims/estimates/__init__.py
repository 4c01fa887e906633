"""Numeric estimates as news writes them: parse a phrase, find every phrase in a paragraph, write one back.

>>> from centasia_claims.estimates import format_estimate, parse_estimate
>>> format_estimate(parse_estimate("round 500-600"))
'between 500 and 600'
"""

from centasia_claims.estimates.extraction import FoundEstimate, extract_estimates
from centasia_claims.estimates.formatting import format_estimate
from centasia_claims.estimates.parsing import parse_estimate
from centasia_claims.estimates.shares import ImpliedFigure, apply_share, implied_figure

__all__ = [
    "FoundEstimate",
    "ImpliedFigure",
    "apply_share",
    "extract_estimates",
    "format_estimate",
    "implied_figure",
    "parse_estimate",
]
