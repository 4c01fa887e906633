from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Estimate, InvalidValueError
from centasia_claims.reconciliation import Interval, hull_of, intersection_of
from tests.builders import (
    PERCENT,
    approximate,
    at_least,
    at_most,
    between,
    exact,
    less_than,
    listed,
    more_than,
    vague,
)
from tests.strategies import intervals, non_negative_intervals

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

OPEN_LOW = {"low_inclusive": False}
OPEN_HIGH = {"high_inclusive": False}


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (Interval(low=270, high=330), "[270, 330]"),
        (Interval(high=1000), "(-∞, 1000]"),
        (Interval(low=2000, **OPEN_LOW), "(2000, ∞)"),
        (Interval(low=1500, high=9999, **OPEN_LOW), "(1500, 9999]"),
        (Interval(low=0, high=25, **OPEN_HIGH), "[0, 25)"),
        (Interval.point(1141), "{1141}"),
        (Interval(), "(-∞, ∞)"),
        (Interval(low=12.5, high=25.0), "[12.5, 25]"),
        (Interval(low=1075.0500000001, high=2627.9), "[1075.05, 2627.9]"),
    ],
    ids=[
        "closed",
        "ceiling",
        "open-floor",
        "half-open",
        "open-high",
        "point",
        "unbounded",
        "fraction",
        "noise",
    ],
)
def test_str(interval: Interval, expected: str) -> None:
    assert expected == str(interval)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"low": 5, "high": 3}, "low: must be <= high (got low=5, high=3)"),
        (
            {"low": 5, "high": 5, "low_inclusive": False},
            "low: the interval is empty: low = high = 5 with an open end",
        ),
        (
            {"high": 5, "low_inclusive": True},
            "low_inclusive: must be false when low is None: an unbounded end is open",
        ),
        (
            {"low": 5, "high_inclusive": True},
            "high_inclusive: must be false when high is None: an unbounded end is open",
        ),
        ({"low": float("inf")}, "low: must be a finite number or None for unbounded (got inf)"),
        ({"high": float("nan")}, "high: must be a finite number or None for unbounded (got nan)"),
    ],
    ids=["reversed", "empty", "closed-unbounded-low", "closed-unbounded-high", "infinite", "nan"],
)
def test_invalid(fields: dict[str, float | bool], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        Interval(**fields)  # type: ignore[arg-type]
    assert message == str(caught.value)


@pytest.mark.parametrize(
    ("estimate", "expected"),
    [
        (exact("1,141", 1141), "{1141}"),
        (approximate("about 300", 270, 330, 300), "[270, 330]"),
        (at_most("up to 1,000", 1000), "(-∞, 1000]"),
        (less_than("fewer than 50", 50), "(-∞, 50)"),
        (more_than("over 2,000", 2000), "(2000, ∞)"),
        (at_least("at least 45", 45), "[45, ∞)"),
        (between("500-600", 500, 600), "[500, 600]"),
        (vague("several thousand", 3000, 9999), "[3000, 9999]"),
        (vague("majority", 50, None, PERCENT), "(50, ∞)"),
        (listed("23 and 21 years", 23, 21), "[21, 23]"),
    ],
    ids=[
        "exact",
        "about",
        "up-to",
        "fewer-than",
        "over",
        "at-least",
        "range",
        "vague",
        "majority",
        "enumeration",
    ],
)
def test_from_estimate(estimate: Estimate, expected: str) -> None:
    assert expected == str(Interval.from_estimate(estimate))


CEILING = Interval(high=1000)
ABOUT_300 = Interval(low=270, high=330)
OVER_2000 = Interval(low=2000, low_inclusive=False)
FROM_1000 = Interval(low=1000)
BELOW_1000 = Interval(high=1000, high_inclusive=False)


@pytest.mark.parametrize(
    ("one", "other", "overlaps", "below", "encloses"),
    [
        (ABOUT_300, CEILING, True, False, False),
        (CEILING, ABOUT_300, True, False, True),
        (CEILING, FROM_1000, True, False, False),
        (BELOW_1000, FROM_1000, False, True, False),
        (ABOUT_300, OVER_2000, False, True, False),
        (OVER_2000, Interval.point(2000), False, False, False),
        (Interval.point(2000), OVER_2000, False, True, False),
        (Interval(), ABOUT_300, True, False, True),
        (ABOUT_300, ABOUT_300, True, False, True),
    ],
    ids=[
        "inside-ceiling",
        "ceiling-holds",
        "touching-closed",
        "touching-open",
        "apart",
        "open-end-above",
        "open-end-below",
        "everything",
        "same",
    ],
)
def test_relations(one: Interval, other: Interval, overlaps: bool, below: bool, encloses: bool) -> None:
    assert (overlaps, below, encloses) == (one.overlaps(other), one.is_below(other), one.encloses(other))


@pytest.mark.parametrize(
    ("one", "other", "intersection", "hull"),
    [
        (ABOUT_300, CEILING, "[270, 330]", "(-∞, 1000]"),
        (CEILING, FROM_1000, "{1000}", "(-∞, ∞)"),
        (BELOW_1000, FROM_1000, None, "(-∞, ∞)"),
        (OVER_2000, Interval(low=1800, high=2200), "(2000, 2200]", "[1800, ∞)"),
        (Interval.point(1), Interval(low=12.5, high=25, **OPEN_LOW), None, "[1, 25]"),
        (Interval(low=1, high=5, **OPEN_HIGH), Interval(low=1, high=5, **OPEN_LOW), "(1, 5)", "[1, 5]"),
    ],
    ids=["inside", "touching", "apart-open", "open-floor", "gaziantep", "open-ends"],
)
def test_intersection_and_hull(one: Interval, other: Interval, intersection: str | None, hull: str) -> None:
    common = one.intersection(other)
    assert intersection == (None if common is None else str(common))
    assert hull == str(one.hull(other))


@pytest.mark.parametrize(
    ("share", "whole", "expected"),
    [
        (Interval(low=0.5, high=1, **OPEN_LOW), Interval(low=3000, high=9999), "(1500, 9999]"),
        (Interval(low=0.5, high=1, **OPEN_LOW), Interval.point(25), "(12.5, 25]"),
        (Interval(low=0.5, **OPEN_LOW), Interval.point(25), "(12.5, ∞)"),
        (Interval.point(0), Interval(low=3, high=5, **OPEN_LOW), "{0}"),
        (Interval(low=0, high=0.5), Interval(low=10, high=20, **OPEN_LOW), "[0, 10]"),
    ],
    ids=["iskp", "gaziantep", "open-share", "zero", "zero-low"],
)
def test_times(share: Interval, whole: Interval, expected: str) -> None:
    assert expected == str(share.times(whole))


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        (
            lambda: Interval(high=1).times(Interval.point(2)),
            "low: times needs intervals of non-negative numbers (got (-∞, 1] and {2})",
        ),
        (lambda: Interval.point(1).scaled(0), "factor: must be a positive finite number (got 0)"),
        (lambda: hull_of([]), "intervals: the hull of no intervals is undefined: give at least one"),
    ],
    ids=["times-negative", "scaled-by-zero", "hull-of-nothing"],
)
def test_operation_errors(operation: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        operation()
    assert message == str(caught.value)


def test_scaled() -> None:
    expected = "(0.5, 1]"
    assert expected == str(Interval(low=50, high=100, **OPEN_LOW).scaled(0.01))


def test_intersection_of_nothing_is_none() -> None:
    assert intersection_of([]) is None


def _probes(*items: Interval) -> list[float]:
    """Numbers that decide membership: every end, and points just beside it."""
    points: list[float] = [0.0]
    for item in items:
        for end in (item.low, item.high):
            if end is not None:
                points += [end - 0.5, end, end + 0.5]
    return points


@given(intervals(), intervals())
def test_intersection_commutes(one: Interval, other: Interval) -> None:
    assert one.intersection(other) == other.intersection(one)


@given(intervals(), intervals(), intervals())
def test_intersection_associates(a: Interval, b: Interval, c: Interval) -> None:
    ab, bc = a.intersection(b), b.intersection(c)
    left = None if ab is None else ab.intersection(c)
    right = None if bc is None else a.intersection(bc)
    assert left == right
    assert left == intersection_of([a, b, c]) == intersection_of([c, a, b])


@given(intervals(), intervals())
def test_intersection_is_exactly_the_common_numbers(one: Interval, other: Interval) -> None:
    common = one.intersection(other)
    assert (common is not None) == one.overlaps(other)
    if common is not None:
        assert one.encloses(common)
        assert other.encloses(common)
    for x in _probes(one, other):
        assert (one.contains(x) and other.contains(x)) == (common is not None and common.contains(x))


@given(intervals(), intervals(), intervals())
def test_hull_commutes_associates_and_holds_both(a: Interval, b: Interval, c: Interval) -> None:
    assert a.hull(b) == b.hull(a)
    assert a.hull(b).hull(c) == a.hull(b.hull(c)) == hull_of([c, b, a])
    assert a.hull(b).encloses(a)
    assert a.hull(b).encloses(b)


@given(intervals(), intervals())
def test_exactly_one_order_or_overlap(one: Interval, other: Interval) -> None:
    expected = 1
    assert expected == [one.overlaps(other), one.is_below(other), other.is_below(one)].count(True)


@given(intervals())
def test_str_is_total(interval: Interval) -> None:
    assert str(interval)


@given(non_negative_intervals(), non_negative_intervals())
def test_times_holds_every_product(one: Interval, other: Interval) -> None:
    product = one.times(other)
    for x in _probes(one):
        for y in _probes(other):
            if one.contains(x) and other.contains(y):
                assert product.contains(x * y)


@given(st.lists(intervals(), min_size=1, max_size=6), st.randoms())
def test_folds_do_not_depend_on_order(items: list[Interval], rng: random.Random) -> None:
    shuffled = items[:]
    rng.shuffle(shuffled)
    assert hull_of(items) == hull_of(shuffled) == functools.reduce(Interval.hull, items)
    assert intersection_of(items) == intersection_of(shuffled)
