from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from centasia_claims import InvalidValueError, ParseError, PartialDate, Period
from centasia_claims.model import Precision
from tests.strategies import partial_dates, periods


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        pytest.param("2015", Precision.YEAR, dt.date(2015, 1, 1), dt.date(2015, 12, 31), id="year"),
        pytest.param("2015-05", Precision.MONTH, dt.date(2015, 5, 1), dt.date(2015, 5, 31), id="month"),
        pytest.param("2016-02", Precision.MONTH, dt.date(2016, 2, 1), dt.date(2016, 2, 29), id="leap"),
        pytest.param("2016-01-25", Precision.DAY, dt.date(2016, 1, 25), dt.date(2016, 1, 25), id="day"),
    ],
)
def test_partial_date_keeps_precision(text: str, precision: Precision, first: dt.date, last: dt.date) -> None:
    date = PartialDate.parse(text)
    assert (precision, first, last, text) == (date.precision, date.first_day(), date.last_day(), str(date))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("May 2015", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD at 0-8", id="words"),
        pytest.param(
            "2015-13", "not a real date: month: must be between 1 and 12 (got 13) at 0-7", id="month"
        ),
        pytest.param(
            "2015-02-29",
            "not a real date: day: must be between 1 and 28 for 2015-02 (got 29) at 0-10",
            id="no-leap-day",
        ),
    ],
)
def test_partial_date_rejects(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        PartialDate.parse(text)
    assert message == str(caught.value).splitlines()[0].rstrip(":")


def test_day_needs_month() -> None:
    with pytest.raises(InvalidValueError, match=r"^day: needs a month \(got day=3 without one\)$"):
        PartialDate(2015, None, 3)


@given(partial_dates())
def test_partial_date_string_round_trip(date: PartialDate) -> None:
    assert date == PartialDate.parse(str(date))
    assert date.first_day() <= date.last_day()


@given(periods())
def test_period_string_round_trip(period: Period) -> None:
    assert period == Period.parse(str(period))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("2014/2019", "2014", "2019", id="closed"),
        pytest.param("../2007", None, "2007", id="open-start"),
        pytest.param("2007/..", "2007", None, id="open-end"),
        pytest.param("2015-12/2016-11", "2015-12", "2016-11", id="months"),
        pytest.param("2015", "2015", "2015", id="single"),
    ],
)
def test_period_parse(text: str, start: str | None, end: str | None) -> None:
    period = Period.parse(text)
    assert (start, end) == (
        None if period.start is None else str(period.start),
        None if period.end is None else str(period.end),
    )


def test_period_with_bad_end_points_at_it() -> None:
    with pytest.raises(ParseError) as caught:
        Period.parse("2014/20x9")
    assert caught.value.span == (5, 9)


def test_period_that_ends_before_it_starts_is_rejected_at_construction() -> None:
    with pytest.raises(
        InvalidValueError, match=r"^end: must not be before start \(got start=2016, end=2015\)$"
    ):
        Period(PartialDate(2016), PartialDate(2015))


def test_overlapping_precisions_are_a_valid_period() -> None:
    assert Period(PartialDate(2015, 3), PartialDate(2015)).covers(PartialDate(2015, 3, 2))


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2014/2016", "2016-05", True),
        ("2014/2015", "2016", False),
        ("../2007", "2007/..", True),
        ("../2006", "2007/..", False),
    ],
)
def test_period_overlaps_is_symmetric(a: str, b: str, overlap: bool) -> None:
    assert (overlap, overlap) == (
        Period.parse(a).overlaps(Period.parse(b)),
        Period.parse(b).overlaps(Period.parse(a)),
    )
