from __future__ import annotations

import attrs
import pytest

from centasia_claims import Claim, MeasureKind, reconcile
from centasia_claims.reconciliation import Trend
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
    ],
    ids=["rising", "falling", "steady", "ordered-by-the-last-day", "one-period", "event"],
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
