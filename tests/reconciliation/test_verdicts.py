from __future__ import annotations

import pytest

from centasia_claims import MeasureKind
from centasia_claims.model import ClaimId
from centasia_claims.reconciliation import (
    Figure,
    FigureVerdict,
    Interval,
    PairVerdict,
    judge,
)
from tests.builders import figure

CUMULATIVE, SNAPSHOT, EVENT = MeasureKind.CUMULATIVE, MeasureKind.SNAPSHOT, MeasureKind.EVENT


ABOUT_300 = figure("claim:a", "about 300", Interval(low=270, high=330), "2014/2015")
UP_TO_1000 = figure("claim:b", "up to 1,000", Interval(low=900, high=1000), "2016-01")
EXACT_1094 = figure("claim:c", "1,094", Interval.point(1094), "2016-12")
AROUND_1100 = figure("claim:d", "around 1,100", Interval(low=990, high=1210), "2017-01")
MINISTRY_1141 = figure("claim:e", "1,141", Interval.point(1141), "2017", claimant="org:government")
MINISTER_1141 = figure("claim:f", "1,141", Interval.point(1141), "2017-09", claimant="org:government")
OVER_2000 = figure("claim:g", "over 2,000", Interval(low=2000, low_inclusive=False), "2014/2016")
UNDATED_2000 = figure("claim:h", "2,000", Interval.point(2000), None)
SAME_DAY_2000 = figure("claim:i", "2,000", Interval.point(2000), "2016-12-31")
SAME_DAY_900 = figure("claim:j", "900", Interval.point(900), "2016-12-31")
SHARE = figure(
    "claim:k",
    "more than half",
    None,
    "2016",
    unit="percent",
    set_aside="a share of 'claim:z', which is missing",
)
IN_USD = figure("claim:l", "$100", Interval.point(100), "2016", unit="USD")
OTHER_2017 = figure("claim:m", "1,000", Interval.point(1000), "2017")


@pytest.mark.parametrize(
    ("one", "other", "kind", "verdict", "reason"),
    [
        (
            UP_TO_1000,
            MINISTRY_1141,
            CUMULATIVE,
            FigureVerdict.EXPLAINED_BY_TIME,
            "up to 1,000 (2016-01) and 1,141 (2017): a cumulative count that grew",
        ),
        (
            ABOUT_300,
            OVER_2000,
            CUMULATIVE,
            FigureVerdict.EXPLAINED_BY_TIME,
            (
                "about 300 (2014/2015) and over 2,000 (2014/2016): a cumulative count that grew "
                "(their periods overlap; about 300 can be the earlier)"
            ),
        ),
        (
            OVER_2000,
            AROUND_1100,
            CUMULATIVE,
            FigureVerdict.CONTRADICTION,
            (
                "over 2,000 (2014/2016) and around 1,100 (2017-01): a cumulative count that fell: "
                "around 1,100 is smaller than over 2,000 but dated later"
            ),
        ),
        (
            SAME_DAY_900,
            SAME_DAY_2000,
            CUMULATIVE,
            FigureVerdict.CONTRADICTION,
            (
                "2,000 (2016-12-31) and 900 (2016-12-31): a cumulative count that fell: "
                "900 is smaller than 2,000 but dated no earlier"
            ),
        ),
        (
            EXACT_1094,
            AROUND_1100,
            CUMULATIVE,
            FigureVerdict.AGREE,
            "1,094 (2016-12) and around 1,100 (2017-01): the bounds overlap in {1094}",
        ),
        (
            MINISTRY_1141,
            MINISTER_1141,
            CUMULATIVE,
            FigureVerdict.SAME_FIGURE,
            "1,141 (2017) and 1,141 (2017-09): the same figure from government, reported again",
        ),
        (
            UNDATED_2000,
            MINISTRY_1141,
            CUMULATIVE,
            FigureVerdict.NOT_COMPARABLE,
            (
                "1,141 (2017) and 2,000 (undated): 2,000 is undated, and different figures of a cumulative "
                "measure compare only by date"
            ),
        ),
        (
            UNDATED_2000,
            MINISTRY_1141,
            EVENT,
            FigureVerdict.CONTRADICTION,
            "1,141 (2017) and 2,000 (undated): they cannot both hold for the same event ({1141} vs {2000})",
        ),
        (
            MINISTRY_1141,
            OTHER_2017,
            SNAPSHOT,
            FigureVerdict.CONTRADICTION,
            "1,141 (2017) and 1,000 (2017): they cannot both hold for the same period ({1141} vs {1000})",
        ),
        (
            UP_TO_1000,
            MINISTRY_1141,
            SNAPSHOT,
            FigureVerdict.EXPLAINED_BY_TIME,
            "up to 1,000 (2016-01) and 1,141 (2017): a level that changed between 2016-01 and 2017",
        ),
        (
            SHARE,
            MINISTRY_1141,
            CUMULATIVE,
            FigureVerdict.NOT_COMPARABLE,
            (
                "more than half (2016) and 1,141 (2017): more than half is set aside: "
                "a share of 'claim:z', which is missing"
            ),
        ),
        (
            IN_USD,
            MINISTRY_1141,
            SNAPSHOT,
            FigureVerdict.NOT_COMPARABLE,
            "$100 (2016) and 1,141 (2017): one is in USD, the other in people",
        ),
    ],
    ids=[
        "grew",
        "grew-overlapping",
        "fell",
        "fell-same-day",
        "agree",
        "same-figure",
        "undated-cumulative",
        "undated-event",
        "snapshot-same-period",
        "snapshot-changed",
        "set-aside",
        "other-unit",
    ],
)
def test_judge(one: Figure, other: Figure, kind: MeasureKind, verdict: FigureVerdict, reason: str) -> None:
    expected = judge(one, other, kind)
    assert (verdict, reason) == (expected.verdict, expected.reason)
    assert expected == judge(other, one, kind)


def test_pair_verdict_str() -> None:
    verdict = PairVerdict(
        first=ClaimId("claim:a"),
        second=ClaimId("claim:b"),
        verdict=FigureVerdict.EXPLAINED_BY_TIME,
        reason="why",
    )
    expected = "explained by time: why"
    assert expected == str(verdict)
