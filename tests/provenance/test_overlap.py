from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Estimate, Qualifier
from centasia_claims.provenance._overlap import figures_overlap
from tests.provenance.strategies import estimates

Q = Qualifier


def _e(
    qualifier: Qualifier, low: float | None = None, high: float | None = None, point: float | None = None
) -> Estimate:
    return Estimate(phrase="n", qualifier=qualifier, low=low, high=high, point=point)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (_e(Q.EXACT, low=5, high=5, point=5), _e(Q.EXACT, low=5, high=5, point=5), True),
        (_e(Q.EXACT, low=5, high=5, point=5), _e(Q.EXACT, low=6, high=6, point=6), False),
        (_e(Q.AT_MOST, high=1000), _e(Q.APPROXIMATE, low=990, high=1210, point=1100), True),
        (_e(Q.AT_MOST, high=1000), _e(Q.MORE_THAN, low=1000), False),
        (_e(Q.AT_MOST, high=1000), _e(Q.AT_LEAST, low=1000), True),
        (_e(Q.LESS_THAN, high=1000), _e(Q.AT_LEAST, low=1000), False),
        (_e(Q.LESS_THAN, high=10), _e(Q.LESS_THAN, high=5), True),
        (_e(Q.MORE_THAN, low=5), _e(Q.MORE_THAN, low=500), True),
        (_e(Q.RANGE, low=500, high=600), _e(Q.EXACT, low=600, high=600, point=600), True),
        (_e(Q.RANGE, low=500, high=600), _e(Q.MORE_THAN, low=600), False),
        (_e(Q.VAGUE, low=2000), _e(Q.EXACT, low=1e9, high=1e9, point=1e9), True),
        (
            Estimate(phrase="23 and 21", qualifier=Q.EXACT, values=(21, 23)),
            _e(Q.RANGE, low=22, high=22.5),
            False,
        ),
        (Estimate(phrase="23 and 21", qualifier=Q.EXACT, values=(21, 23)), _e(Q.AT_LEAST, low=23), True),
    ],
    ids=[
        "same-exact",
        "different-exact",
        "up-to-and-around",
        "up-to-and-more-than-the-same",
        "closed-bounds-meet",
        "open-bound-meets-closed",
        "two-upper-bounds",
        "two-lower-bounds",
        "range-end",
        "range-end-excluded",
        "open-vague",
        "enumeration-misses",
        "enumeration-hits",
    ],
)
def test_figures_overlap(a: Estimate, b: Estimate, expected: bool) -> None:
    assert expected == figures_overlap(a, b)


@given(estimates(), estimates())
def test_overlap_is_symmetric(a: Estimate, b: Estimate) -> None:
    assert figures_overlap(a, b) == figures_overlap(b, a)


@given(estimates())
def test_every_estimate_overlaps_itself(a: Estimate) -> None:
    assert figures_overlap(a, a)


@given(estimates(), estimates(), st.integers(min_value=0, max_value=50))
def test_a_value_in_both_means_overlap(a: Estimate, b: Estimate, value: int) -> None:
    if a.contains(value) and b.contains(value):
        assert figures_overlap(a, b)
