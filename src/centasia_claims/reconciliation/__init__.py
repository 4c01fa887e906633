"""Reconciliation: one measure's figures on a timeline, a verdict on every pair, a consensus per period.

Each claim's `Estimate` is read as an `Interval` (`read_estimate`), placed in time (`place`), and traced to
the body that gave it (`root_agent`). `judge` says how two figures relate (`FigureVerdict`) with a reason;
`reconcile` finds every contradiction in O(n log n), the `Consensus` of each period and the `Trend`.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.reconciliation import Interval, reconcile
>>> print(Interval(high=1000).intersection(Interval(low=270, high=330)))
[270, 330]
>>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
>>> result.trend.value, len(result.contradictions)
('rising', 3)
"""

from centasia_claims.reconciliation._best import BestFigure
from centasia_claims.reconciliation._fact_summary import FactSummary, fact_summary
from centasia_claims.reconciliation._facts import (
    FACT_TERM_FORMS,
    FINAL_TERMS,
    TERM_IMPLIES,
    FactReading,
    fact_term,
    implied_terms,
    judge_facts,
)
from centasia_claims.reconciliation._family import FamilyReconciliation, RelationCheck, reconcile_family
from centasia_claims.reconciliation._figures import (
    NEAR_CEILING_HEDGES,
    NEAR_FRACTION,
    DerivedFigure,
    Figure,
    derive_count,
    read_estimate,
)
from centasia_claims.reconciliation._interval import Interval, hull_of, intersection_of
from centasia_claims.reconciliation._reconcile import reconcile
from centasia_claims.reconciliation._result import Consensus, Reconciliation
from centasia_claims.reconciliation._revisions import Revision
from centasia_claims.reconciliation._scope import place_within, scope_of, scopes_differ
from centasia_claims.reconciliation._stale import STALE_AFTER_DAYS
from centasia_claims.reconciliation._timeline import Dating, Placement, place
from centasia_claims.reconciliation._trend import Trend
from centasia_claims.reconciliation._verdicts import FigureVerdict, PairVerdict, judge
from centasia_claims.reconciliation._when import RELATIVE_TIMES, WEEKDAYS, resolve_when, spoken_when

__all__ = [
    "FACT_TERM_FORMS",
    "FINAL_TERMS",
    "NEAR_CEILING_HEDGES",
    "NEAR_FRACTION",
    "RELATIVE_TIMES",
    "STALE_AFTER_DAYS",
    "TERM_IMPLIES",
    "WEEKDAYS",
    "BestFigure",
    "Consensus",
    "Dating",
    "DerivedFigure",
    "FactReading",
    "FactSummary",
    "FamilyReconciliation",
    "Figure",
    "FigureVerdict",
    "Interval",
    "PairVerdict",
    "Placement",
    "Reconciliation",
    "RelationCheck",
    "Revision",
    "Trend",
    "derive_count",
    "fact_summary",
    "fact_term",
    "hull_of",
    "implied_terms",
    "intersection_of",
    "judge",
    "judge_facts",
    "place",
    "place_within",
    "read_estimate",
    "reconcile",
    "reconcile_family",
    "resolve_when",
    "scope_of",
    "scopes_differ",
    "spoken_when",
]
