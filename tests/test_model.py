from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

from centasia_claims import (
    Claim,
    Estimate,
    Event,
    InvalidValueError,
    Mention,
    Name,
    NameKind,
    ParseError,
    PartialDate,
    Period,
    Person,
    Qualifier,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
)
from centasia_claims.model import Precision, Script, detect_script
from tests.strategies import estimates, partial_dates, periods

# --- dates -------------------------------------------------------------------------------------------


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


# --- estimates ---------------------------------------------------------------------------------------


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


# --- text, names, entities, claims -------------------------------------------------------------------


def test_text_quote_locate_and_match() -> None:
    text = "said 1,141 Tajik nationals"
    quote = TextQuote.locate(text, "1,141", context=5)
    assert (
        quote.start,
        quote.end,
        quote.prefix,
        quote.suffix,
        quote.matches(text),
        quote.matches(" " + text),
    ) == (5, 10, "said ", " Taji", True, False)


def test_text_quote_locate_missing() -> None:
    with pytest.raises(
        ValueError,
        match=r"^exact: '2,000' does not occur in the text after offset 0: quote the text as written$",
    ):
        TextQuote.locate("1,141", "2,000")


def test_text_quote_rejects_empty_and_reversed() -> None:
    with pytest.raises(InvalidValueError, match=r"^exact: must not be empty"):
        TextQuote(exact="", start=0, end=1)
    with pytest.raises(InvalidValueError, match=r"^end: must be greater than start \(got start=5, end=5\)$"):
        TextQuote(exact="x", start=5, end=5)


def test_text_span() -> None:
    assert (
        len(TextSpan(2, 5)),
        TextSpan(0, 10).contains(TextSpan(2, 5)),
        TextSpan(2, 5).contains(TextSpan(0, 10)),
    ) == (3, True, False)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Гулмурод Ҳалимов", Script.CYRILLIC),
        ("Gulmurod Halimov", Script.LATIN),
        ("  — Ҷ", Script.CYRILLIC),
        ("داعش", Script.ARABIC),
        ("1,141", Script.OTHER),
        ("", Script.OTHER),
    ],
)
def test_detect_script(text: str, script: Script) -> None:
    assert script == detect_script(text)


def test_name_defaults() -> None:
    name = Name("Emomali Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007"))
    assert (name.script, name.lang, str(name.valid)) == (Script.LATIN, None, "../2007")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: Person(id="person:x", names=()),
            "names: must list at least one name; the first is displayed",
            id="no-names",
        ),
        pytest.param(
            lambda: Person(id="person x", names=(Name("X"),)),
            "id: 'person x' is not a valid id: use letters, digits and . _ : / - "
            "(first a letter or digit, at most 200 characters)",
            id="bad-id",
        ),
        pytest.param(
            lambda: Event(id="event:x", names=(Name("X"),), participants=("person:a", "")),
            "participants[1]: must not be empty: "
            "give every object a unique id such as 'person:gulmurod-halimov'",
            id="empty-participant",
        ),
        pytest.param(
            lambda: Relation(RelationKind.SON, ""),
            "target: must not be empty: give every object a unique id such as 'person:gulmurod-halimov'",
            id="relation-target",
        ),
        pytest.param(
            lambda: Mention(
                entity="person:x",
                name="Khalimov",
                source="s",
                quote=TextQuote(exact="Halimov", start=0, end=7),
            ),
            "name: 'Khalimov' does not occur in the quote 'Halimov'",
            id="mention-not-in-quote",
        ),
        pytest.param(
            lambda: Claim(
                id="c", source="s", quote=TextQuote(exact="x", start=0, end=1), statement="x", measure="m"
            ),
            "value: a claim for measure 'm' needs a value (got None)",
            id="measure-without-value",
        ),
        pytest.param(
            lambda: Source(id="s", title="", document="", span=TextSpan(0, 1)),
            "document: must not be empty",
            id="source-without-document",
        ),
        pytest.param(lambda: Name("  "), "text: must not be empty", id="blank-name"),
    ],
)
def test_model_validators(build: Any, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert message == str(caught.value)


def test_model_objects_are_frozen_and_evolve() -> None:
    person = Person(id="person:x", names=(Name("Gulmurod Halimov"),))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.id = "person:y"  # type: ignore[misc]
    changed = attrs.evolve(person, names=(Name("Gulmorod Khalimov"), *person.names))
    assert (person.display_name, changed.display_name) == ("Gulmurod Halimov", "Gulmorod Khalimov")


def test_claimant_is_the_first_step() -> None:
    claim = Claim(id="c", source="s", quote=TextQuote(exact="x", start=0, end=1), statement="x")
    assert claim.claimant is None
