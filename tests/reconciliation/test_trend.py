from __future__ import annotations

import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Claim, MeasureKind, PartialDate, Period, reconcile
from centasia_claims.reconciliation import Interval, Trend
from centasia_claims.reconciliation._trend import trend_of
from tests.builders import TAJIKS, tajik_figure


def _figure(id_: str, value: float, period: str) -> Claim:
    return tajik_figure(id_, value, period, f"org:{id_.split(':')[1]}")


@pytest.mark.parametrize(
    ("claims", "kind", "trend", "reason"),
    [
        (
            [_figure("claim:a", 300, "2015"), _figure("claim:b", 1141, "2017")],
            MeasureKind.CUMULATIVE,
            Trend.RISING,
            "from {300} (2015) to {1141} (2017)",
        ),
        (
            [_figure("claim:a", 4000, "2015"), _figure("claim:b", 2500, "2019")],
            MeasureKind.SNAPSHOT,
            Trend.FALLING,
            "from {4000} (2015) to {2500} (2019)",
        ),
        (
            [
                _figure("claim:a", 40, "2015"),
                _figure("claim:b", 40, "2016-01/2016-12"),
                _figure("claim:c", 90, "2016"),
            ],
            MeasureKind.SNAPSHOT,
            Trend.STEADY,
            "from {40} (2015) to [40, 90] (2016-01/2016-12), which overlap",
        ),
        (
            [_figure("claim:a", 300, "2014/2019"), _figure("claim:b", 1141, "2017")],
            MeasureKind.CUMULATIVE,
            Trend.FALLING,
            "from {1141} (2017) to {300} (2014/2019); a running total cannot fall: its figures contradict "
            "each other",
        ),
        (
            [_figure("claim:a", 300, "2015")],
            MeasureKind.CUMULATIVE,
            Trend.NONE,
            "fewer than two dated periods",
        ),
        (
            [_figure("claim:a", 1, "2015"), _figure("claim:b", 25, "2016")],
            MeasureKind.EVENT,
            Trend.NONE,
            "an event count does not change over time",
        ),
        (
            [
                _figure("claim:a", 190, "2014"),
                _figure("claim:b", 1000, "2016"),
                _figure("claim:c", 800, "2017"),
                _figure("claim:d", 1900, "2018"),
            ],
            MeasureKind.CUMULATIVE,
            Trend.RISING,
            "from {190} (2014) to {1900} (2018); it fell from {1000} (2016) to {800} (2017) on the way: a "
            "running total cannot fall, so its figures there contradict each other",
        ),
        (
            [
                _figure("claim:a", 190, "2014"),
                _figure("claim:b", 1000, "2016"),
                _figure("claim:c", 800, "2017"),
                _figure("claim:d", 1900, "2018"),
            ],
            MeasureKind.SNAPSHOT,
            Trend.RISING,
            "from {190} (2014) to {1900} (2018)",
        ),
    ],
    ids=[
        "rising",
        "falling",
        "steady",
        "ordered-by-the-last-day",
        "one-period",
        "event",
        "rising-with-a-fall",
        "snapshot-rising-with-a-fall",
    ],
)
def test_trend(claims: list[Claim], kind: MeasureKind, trend: Trend, reason: str) -> None:
    result = reconcile(None, claims, measure=attrs.evolve(TAJIKS, kind=kind))
    assert (trend, reason) == (result.trend, result.trend_reason)


def test_a_revisable_running_total_that_falls_was_revised_down() -> None:
    claims = [_figure("claim:a", 1141, "2017"), _figure("claim:b", 300, "2018")]
    result = reconcile(None, claims, measure=attrs.evolve(TAJIKS, revisable=True))
    assert (Trend.FALLING, "from {1141} (2017) to {300} (2018); revised down") == (
        result.trend,
        result.trend_reason,
    )


@attrs.frozen
class _Period:
    period: Period | None
    label: str
    interval: Interval


@given(st.lists(st.integers(0, 50), min_size=2, max_size=8))
def test_a_running_total_that_falls_from_one_year_to_the_next_says_so(values: list[int]) -> None:
    consensus = [
        _Period(Period.of(PartialDate(2000 + year)), str(2000 + year), Interval(low=value, high=value))
        for year, value in enumerate(values)
    ]
    _, reason = trend_of(consensus, MeasureKind.CUMULATIVE)
    fell = any(later < earlier for earlier, later in itertools.pairwise(values))
    assert fell == ("cannot fall" in reason)
    _, revised = trend_of(consensus, MeasureKind.CUMULATIVE, revisable=True)
    assert "cannot fall" not in revised
