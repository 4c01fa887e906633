from __future__ import annotations

import pickle

import attrs
import pytest

from centasia_claims import MeasureKind, Period
from centasia_claims.model import ClaimId, SourceId
from centasia_claims.reconciliation import (
    Dating,
    Figure,
    FigureVerdict,
    Interval,
    PairVerdict,
    Placement,
    judge,
)
from centasia_claims.serialization import unstructure
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


def test_a_verdict_writes_its_reason_when_first_read_and_is_then_like_one_made_with_it() -> None:
    made = PairVerdict(
        first=ClaimId("claim:g"),
        second=ClaimId("claim:e"),
        verdict=FigureVerdict.CONTRADICTION,
        reason=(
            "over 2,000 (2014/2016) and 1,141 (2017): a cumulative count that fell: "
            "1,141 is smaller than over 2,000 but dated later"
        ),
    )
    judged = [judge(MINISTRY_1141, OVER_2000, CUMULATIVE) for _ in range(5)]
    compared, shown, written, pickled, evolved = judged
    assert made == compared
    assert repr(made) == repr(shown)
    assert unstructure(made) == unstructure(written)
    assert made == pickle.loads(pickle.dumps(pickled))  # noqa: S301  (our own object, just pickled)
    assert made == attrs.evolve(evolved)
    assert hash(made) == hash(judge(OVER_2000, MINISTRY_1141, CUMULATIVE))
    with pytest.raises(AttributeError, match="colour"):
        getattr(compared, "colour")  # noqa: B009  (an attribute that does not exist)


def _placed(one: Figure, period: str, dating: Dating) -> Figure:
    return attrs.evolve(one, placement=Placement(period=Period.parse(period), dating=dating))


SPOKEN_1000 = attrs.evolve(_placed(OTHER_2017, "2017-01", Dating.SPOKEN), work=SourceId("source:x"))
PUBLISHED_1141 = attrs.evolve(
    _placed(MINISTRY_1141, "2017-03-12", Dating.PUBLISHED), claimant=None, work=SourceId("source:x")
)
REPORT_120 = attrs.evolve(
    figure("claim:n", "120", Interval.point(120), "2020-03-02", claimant="org:government"),
    occasion="the Government on 2020-03-02",
    relay="the Herald (source:herald)",
)
REPORT_210 = attrs.evolve(
    REPORT_120,
    claim=ClaimId("claim:o"),
    phrase="210",
    interval=Interval.point(210),
    relay="the Courier (source:c)",
)
RANKED_40 = attrs.evolve(
    figure("claim:p", "40", Interval.point(40), "2021-05-01", claimant="org:police"), rank=1
)
RANKED_52 = attrs.evolve(
    figure("claim:q", "52", Interval.point(52), "2021-05-02", claimant="org:ministry"), rank=0
)
RANKED_47 = attrs.evolve(RANKED_52, claim=ClaimId("claim:r"), phrase="47", interval=Interval.point(47))
SAME_DAY_47 = attrs.evolve(RANKED_47, placement=RANKED_52.placement)
LATER_47 = _placed(RANKED_47, "2021-05-04", Dating.COARSE)


@pytest.mark.parametrize(
    ("one", "other", "kind", "revisable", "verdict", "reason"),
    [
        (
            MINISTRY_1141,
            OTHER_2017,
            CUMULATIVE,
            False,
            FigureVerdict.CONTRADICTION,
            "1,141 (2017) and 1,000 (2017): both are stated as of 2017, so time cannot explain them "
            "({1000} vs {1141})",
        ),
        (
            SPOKEN_1000,
            PUBLISHED_1141,
            SNAPSHOT,
            False,
            FigureVerdict.CONTRADICTION,
            "1,000 (2017-01) and 1,141 (2017-03-12): one work (source:x) gives both without a date of their "
            "own, "
            "so time cannot explain them ({1000} vs {1141})",
        ),
        (
            attrs.evolve(UNDATED_2000, work=SourceId("source:x")),
            attrs.evolve(
                UNDATED_2000, claim=ClaimId("claim:z"), source=SourceId("source:y"), work=SourceId("source:x")
            ),
            EVENT,
            False,
            FigureVerdict.SAME_FIGURE,
            "2,000 (undated) and 2,000 (undated): the same figure in one work (source:x and source:y are "
            "both "
            "source:x)",
        ),
        (
            REPORT_120,
            attrs.evolve(REPORT_120, claim=ClaimId("claim:o"), relay="the Courier (source:c)"),
            CUMULATIVE,
            False,
            FigureVerdict.SAME_FIGURE,
            "120 (2020-03-02) and 120 (2020-03-02): two reports of one statement (the Government on "
            "2020-03-02) "
            "give the same figure: one observation, counted once",
        ),
        (
            REPORT_120,
            REPORT_210,
            CUMULATIVE,
            False,
            FigureVerdict.REPORTING_CONFLICT,
            "120 (2020-03-02) and 210 (2020-03-02): two reports of one statement (the Government on "
            "2020-03-02) "
            "differ: the Herald (source:herald) wrote '120', the Courier (source:c) wrote '210'; one speaker "
            "cannot have said both",
        ),
        (
            RANKED_52,
            LATER_47,
            EVENT,
            True,
            FigureVerdict.SUPERSEDED,
            "52 (2021-05-02) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 52 (given 2021-05-02): a "
            "later "
            "figure from the same origin, ministry, revises it",
        ),
        (
            RANKED_40,
            RANKED_52,
            EVENT,
            True,
            FigureVerdict.SUPERSEDED,
            "40 (2021-05-01) and 52 (2021-05-02): 52 (given 2021-05-02) supersedes 40 (given 2021-05-01): a "
            "later "
            "figure from ministry, ranked above police in the measure's authority order",
        ),
        (
            attrs.evolve(RANKED_40, rank=0),
            attrs.evolve(RANKED_52, rank=1),
            EVENT,
            True,
            FigureVerdict.CONTRADICTION,
            "40 (2021-05-01) and 52 (2021-05-02): they cannot both hold for the same event ({40} vs {52}); "
            "the later figure does not revise the earlier: ministry is not ranked above police in the "
            "measure's authority order",
        ),
        (
            RANKED_52,
            SAME_DAY_47,
            EVENT,
            True,
            FigureVerdict.CONTRADICTION,
            "52 (2021-05-02) and 47 (2021-05-02): they cannot both hold for the same event ({52} vs {47}); "
            "neither revises the other: neither was given after the other",
        ),
        (
            RANKED_52,
            LATER_47,
            EVENT,
            False,
            FigureVerdict.CONTRADICTION,
            "52 (2021-05-02) and 47 (2021-05-04): they cannot both hold for the same event ({52} vs {47})",
        ),
        (
            attrs.evolve(
                RANKED_52, source=SourceId("source:later"), stale="a relay of 2023-01-01 repeating 52"
            ),
            attrs.evolve(RANKED_52, claim=ClaimId("claim:s")),
            EVENT,
            True,
            FigureVerdict.STALE_RELAY,
            "52 (2021-05-02) and 52 (2021-05-02): 52 in source:later repeats 52 from source:x: a relay of "
            "2023-01-01 repeating 52",
        ),
    ],
    ids=[
        "one-as-of-date-holds-one-total",
        "one-work-without-dates-of-its-own",
        "one-work-read-twice",
        "reports-of-one-statement-agree",
        "reports-of-one-statement-differ",
        "revised-down-by-its-origin",
        "raised-by-a-higher-authority",
        "a-lower-authority-does-not-supersede",
        "not-ordered-within-a-day",
        "not-revisable",
        "a-stale-relay",
    ],
)
def test_judge_over_time(  # noqa: PLR0917  (one parameter per column of the table)
    one: Figure, other: Figure, kind: MeasureKind, revisable: bool, verdict: FigureVerdict, reason: str
) -> None:
    for first, second in ((one, other), (other, one)):
        judged = judge(first, second, kind, revisable=revisable)
        assert (verdict, reason) == (judged.verdict, judged.reason)
