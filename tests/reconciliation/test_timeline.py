from __future__ import annotations

import datetime as dt

import pytest

from centasia_claims import Claim, Period, Source
from centasia_claims.reconciliation import Dating, Placement, place
from tests.builders import claim, source


def _claim(period: str | None = None, quote: str = "1,141 Tajik nationals") -> Claim:
    return claim("claim:x", quote=quote, statement="1,141 went", period=period)


def _source(published: str | None) -> Source:
    return source("source:x", published, title="", document="x.txt")


@pytest.mark.parametrize(
    ("claim", "source", "label", "dating", "note"),
    [
        (_claim("2016-01-25"), None, "2016-01-25", Dating.STATED, ""),
        (_claim("2016-01-25/2016-02-03"), None, "2016-01-25/2016-02-03", Dating.STATED, ""),
        (
            _claim("2015"),
            None,
            "2015",
            Dating.COARSE,
            "known only to the year: the whole span 2015 is used",
        ),
        (
            _claim("2016-12"),
            _source("2017"),
            "2016-12",
            Dating.COARSE,
            "known only to the month: the whole span 2016-12 is used",
        ),
        (
            _claim("2014/2016-06"),
            None,
            "2014/2016-06",
            Dating.COARSE,
            "known only to the year: the whole span 2014/2016-06 is used",
        ),
        (
            _claim("2015-09-29/.."),
            None,
            "2015-09-29/..",
            Dating.STATED,
            "open at the end",
        ),
        (
            _claim("../2007"),
            None,
            "../2007",
            Dating.COARSE,
            "known only to the year: the whole span ../2007 is used; open at the start",
        ),
        (
            _claim(quote="the ministry said last month that 1,141"),
            _source("2017-03-12"),
            "2017-02",
            Dating.SPOKEN,
            "no period given: 'last month' in the quote, read against the publication date 2017-03-12",
        ),
        (
            _claim(quote="Rahimzoda told reporters on January 25 that 61"),
            _source("2016"),
            "2015-01-25/2016-01-25",
            Dating.SPOKEN,
            "no period given: 'January 25' in the quote, read against the publication date 2016",
        ),
        (
            _claim(),
            _source("2017-03-12"),
            "2017-03-12",
            Dating.PUBLISHED,
            "no period given: dated by the publication date of source:x",
        ),
        (
            _claim(),
            _source("2017"),
            "2017",
            Dating.PUBLISHED,
            (
                "no period given: dated by the publication date of source:x, known only to the year: "
                "the whole span is used"
            ),
        ),
        (
            _claim(quote="the ministry said last month that 1,141"),
            _source(None),
            "undated",
            Dating.UNDATED,
            "no period given, and source:x gives no publication date",
        ),
        (_claim(), None, "undated", Dating.UNDATED, "no period given, and its source is not known"),
    ],
    ids=[
        "day",
        "days",
        "year",
        "month-beats-publication",
        "mixed-precision",
        "open-end",
        "open-start",
        "spoken",
        "spoken-coarse-publication",
        "published",
        "published-year",
        "undated-source",
        "no-source",
    ],
)
def test_place(claim: Claim, source: Source | None, label: str, dating: Dating, note: str) -> None:
    placement = place(claim, source)
    assert (label, dating, note) == (str(placement), placement.dating, placement.note)


def test_placement_days() -> None:
    placement = Placement(period=Period.parse("2014/2015"), dating=Dating.COARSE)
    expected = (dt.date(2014, 1, 1).toordinal(), dt.date(2015, 12, 31).toordinal(), True)
    assert expected == (placement.first, placement.last, placement.is_dated)


def test_undated_placement_sorts_around_everything() -> None:
    undated = Placement(period=None, dating=Dating.UNDATED)
    dated = Placement(period=Period.parse("2016"), dating=Dating.COARSE)
    assert undated.first < dated.first
    assert dated.last < undated.last
    assert not undated.is_dated
