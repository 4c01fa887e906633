from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

from centasia_claims import Estimate, InvalidValueError, Qualifier
from centasia_claims.model._estimate import bounds_text
from tests.strategies import estimates


def _estimate(**fields: Any) -> Estimate:
    return Estimate(**{"phrase": "x", **fields})


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param(
            {"qualifier": Qualifier.RANGE, "low": 5, "high": 3},
            "low: must be <= high (got low=5, high=3)",
            id="low-above-high",
        ),
        pytest.param(
            {"qualifier": Qualifier.APPROXIMATE, "low": 270, "high": 330, "point": 400},
            "point: must lie within the bounds (got point=400, low=270, high=330)",
            id="point-outside",
        ),
        pytest.param(
            {"qualifier": Qualifier.EXACT, "low": 3, "high": 3, "point": 4},
            "point: must lie within the bounds (got point=4, low=3, high=3)",
            id="exact-point-differs",
        ),
        pytest.param(
            {"qualifier": Qualifier.AT_LEAST},
            "low: is required for qualifier 'at_least' (got None)",
            id="missing-bound",
        ),
        pytest.param(
            {"qualifier": Qualifier.MORE_THAN, "low": 5, "low_inclusive": True},
            "low_inclusive: must be false for 'more_than'",
            id="inclusive-more-than",
        ),
        pytest.param(
            {"qualifier": Qualifier.VAGUE, "low": 5, "high": 5, "low_inclusive": False},
            "low: the interval is empty: low = high = 5 with an open end",
            id="empty-interval",
        ),
        pytest.param(
            {"qualifier": Qualifier.RANGE, "low": 5, "high": 6, "values": (5, 6)},
            "values: an enumeration of figures is exact (got qualifier 'range')",
            id="enumeration-not-exact",
        ),
        pytest.param(
            {"qualifier": Qualifier.EXACT, "values": (5, float("nan"))},
            "values[1]: must be a finite number >= 0 (got nan)",
            id="enumeration-nan",
        ),
        pytest.param(
            {"qualifier": Qualifier.EXACT, "low": 50, "high": 50, "point": 50, "share_of": "claim:x"},
            "share_of: a share of another claim must be in percent (got unit 'count')",
            id="share-not-percent",
        ),
        pytest.param(
            {"qualifier": Qualifier.AT_LEAST, "low": float("inf")},
            "low: must be a finite number (got inf)",
            id="infinite",
        ),
    ],
)
def test_estimate_rejects_impossible_values(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        _estimate(**fields)
    assert message == str(caught.value)


@pytest.mark.parametrize(
    ("qualifier", "low_inclusive", "high_inclusive"),
    [
        (Qualifier.MORE_THAN, False, True),
        (Qualifier.LESS_THAN, True, False),
        (Qualifier.AT_LEAST, True, True),
        (Qualifier.AT_MOST, True, True),
    ],
)
def test_inclusive_defaults_follow_qualifier(
    qualifier: Qualifier, low_inclusive: bool, high_inclusive: bool
) -> None:
    bound = "low" if qualifier in {Qualifier.MORE_THAN, Qualifier.AT_LEAST} else "high"
    estimate = _estimate(qualifier=qualifier, **{bound: 10})
    assert (low_inclusive, high_inclusive) == (estimate.low_inclusive, estimate.high_inclusive)


def test_open_bounds_stay_open() -> None:
    more_than = _estimate(qualifier=Qualifier.MORE_THAN, low=1000)
    assert (
        more_than.high,
        more_than.contains(1000),
        more_than.contains(1001),
        more_than.contains(10**12),
    ) == (None, False, True, True)


@given(estimates())
def test_an_estimates_interval_contains_its_point(estimate: Estimate) -> None:
    if estimate.point is not None:
        assert estimate.contains(estimate.point)
    for value in estimate.values:
        assert estimate.contains(value)


def test_numbers_are_held_as_floats() -> None:
    estimate = _estimate(qualifier=Qualifier.EXACT, low=3, high=3, point=3)
    assert (float, 3.0) == (type(estimate.low), estimate.point)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"qualifier": Qualifier.EXACT, "low": 1141, "high": 1141, "point": 1141}, "= 1,141", id="exact"
        ),
        pytest.param(
            {"qualifier": Qualifier.AT_MOST, "high": 1000, "unit": "people"}, "≤ 1,000 people", id="at-most"
        ),
        pytest.param({"qualifier": Qualifier.LESS_THAN, "high": 10}, "< 10", id="less-than"),
        pytest.param(
            {"qualifier": Qualifier.MORE_THAN, "low": 50, "unit": "percent"}, "> 50 %", id="more-than"
        ),
        pytest.param({"qualifier": Qualifier.AT_LEAST, "low": 300}, "≥ 300", id="at-least"),
        pytest.param(
            {"qualifier": Qualifier.APPROXIMATE, "low": 270, "high": 330, "point": 300},
            "[270, 330]",
            id="about",
        ),
        pytest.param(
            {"qualifier": Qualifier.VAGUE, "low": 1500, "high": 9999, "low_inclusive": False},
            "(1,500, 9,999]",
            id="half-open",
        ),
        pytest.param(
            {
                "qualifier": Qualifier.EXACT,
                "low": 100,
                "high": 100,
                "point": 100,
                "unit": "USD",
                "per": "month",
            },
            "= 100 USD per month",
            id="rate",
        ),
        pytest.param(
            {"qualifier": Qualifier.EXACT, "values": (23, 21), "unit": "years"}, "23 and 21 years", id="list"
        ),
    ],
)
def test_bounds_text(fields: dict[str, object], expected: str) -> None:
    assert expected == bounds_text(_estimate(**fields))
