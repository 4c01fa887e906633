from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Claim, PartialDate, Period, Source
from centasia_claims.reconciliation import Dating, Placement, place
from centasia_claims.reconciliation._timeline import (
    by_days,
    counted_since,
    relayed,
    said_when,
    timeline_order,
)
from tests.builders import claim, source
from tests.strategies import partial_dates, periods


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


@pytest.mark.parametrize(
    ("as_of", "label", "note"),
    [
        (PartialDate(2016, 3, 1), "2016-03-01", "as of 2016-03-01, as the text states it"),
        (
            PartialDate(2016, 3),
            "2016-03",
            "as of 2016-03, as the text states it, known only to the month: the whole span is used",
        ),
    ],
    ids=["day", "month"],
)
def test_an_as_of_date_places_the_figure_before_its_period(as_of: PartialDate, label: str, note: str) -> None:
    placement = place(attrs.evolve(_claim("2014/2016"), as_of=as_of), _source("2017-03-12"))
    assert (label, Dating.AS_OF, note) == (str(placement), placement.dating, placement.note)


@pytest.mark.parametrize(
    ("claim", "source", "said"),
    [
        (_claim("2015"), _source("2017-03-12"), "2017-03-12"),
        (_claim("2015", quote="the ministry said last month that 1,141"), _source("2017-03-12"), "2017-02"),
        (attrs.evolve(_claim(), as_of=PartialDate(2016)), _source("2017"), "2017"),
        (_claim("2015"), _source(None), None),
        (_claim("2015"), None, None),
    ],
    ids=["published", "spoken", "as-of-plays-no-part", "undated-source", "no-source"],
)
def test_said_when(claim: Claim, source: Source | None, said: str | None) -> None:
    found = said_when(claim, source)
    assert said == (None if found is None else found.label)


def test_a_relayed_placement_keeps_the_span_of_what_it_repeats() -> None:
    original = place(_claim("2017-09-28"), None)
    repeated = relayed(original, "repeats it")
    assert (original.first, original.last, Dating.RELAYED, "repeats it") == (
        repeated.first,
        repeated.last,
        repeated.dating,
        repeated.note,
    )


@attrs.frozen
class _Item:
    claim: str
    at: Placement


@given(
    st.lists(
        st.tuples(st.one_of(st.none(), periods()), st.sampled_from(Dating), st.text(max_size=2)),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.tuples(st.integers(0, 11), st.text(alphabet="ab", max_size=2)), max_size=30, unique_by=str),
    st.booleans(),
)
def test_by_days_is_the_order_of_sorting_by_span_then_claim(
    shapes: list[tuple[Period | None, Dating, str]], picks: list[tuple[int, str]], copies: bool
) -> None:
    # Placements shared by many items, equal placements made apart, and several with one span.
    made = [Placement(period=period, dating=dating, note=note) for period, dating, note in shapes]
    if copies:
        made += [attrs.evolve(placement) for placement in made]
    items = [_Item(f"claim:{name}{pick}", made[pick % len(made)]) for pick, name in picks]

    def key(item: _Item) -> tuple[bool, int, int, str]:
        return (not item.at.is_dated, item.at.first, item.at.last, item.claim)

    assert by_days(items, lambda item: item.at) == sorted(items, key=key)
    # The same order as indices, from the placements and names alone.
    order = timeline_order([item.at for item in items], [item.claim for item in items])
    assert [items[index] for index in order] == sorted(items, key=key)


def test_an_as_of_date_in_the_quote_places_a_figure_without_a_period() -> None:
    relay = _claim(quote="As of January 2016, the ministry counted 1,094")
    placement = place(relay, _source("2018-02-01"))
    assert (
        "2016-01",
        Dating.AS_OF,
        "as of 2016-01, as the quote states it, known only to the month: the whole span is used",
    ) == (
        placement.label,
        placement.dating,
        placement.note,
    )
    # Never after the publication, and never before a period the curator gave.
    assert "2015-05-01" == place(_claim(quote="as of January 2016, 1,094"), _source("2015-05-01")).label
    assert "2015" == place(_claim("2015", quote="as of January 2016, 1,094"), _source("2018")).label


@pytest.mark.parametrize(
    ("quote", "label", "dating"),
    [
        ("По состоянию на 1 января 2016 года МВД насчитало 1 094 гражданина", "2016-01-01", Dating.AS_OF),
        ("то охири соли 2015 ВКД 700 нафарро ба қайд гирифт", "2015", Dating.AS_OF),
        ("В МВД заявили в прошлом месяце, что 1 141 гражданин", "2018-01", Dating.SPOKEN),
        ("Вазир моҳи гузашта иброз дошт, ки 1 141 нафар", "2018-01", Dating.SPOKEN),
    ],
    ids=["ru-as-of", "tg-as-of", "ru-spoken", "tg-spoken"],
)
def test_a_russian_or_tajik_quote_dates_its_figure(quote: str, label: str, dating: Dating) -> None:
    placement = place(_claim(quote=quote), _source("2018-02-01"))
    assert (label, dating) == (placement.label, placement.dating)


@pytest.mark.parametrize(
    ("period", "published", "expected"),
    [
        (
            "2014/..",
            "2018-05-10",
            (
                "2018-05-10",
                Dating.PUBLISHED,
                "counted since 2014, open at the end: as of when it was given: dated by the publication "
                "date of source:x",
            ),
        ),
        ("2014/..", None, None),
        ("2014/2018", "2018-05-10", None),
        ("../2014", "2018-05-10", None),
        (None, "2018-05-10", None),
    ],
    ids=["since", "since-unpublished", "closed", "until", "no-period"],
)
def test_a_running_total_counted_since_a_date_stands_where_it_was_given(
    period: str | None, published: str | None, expected: tuple[str, Dating, str] | None
) -> None:
    found = counted_since(_claim(period), _source(published))
    assert expected == (None if found is None else (found.label, found.dating, found.note))


def test_an_as_of_date_after_publication_is_read_as_the_publication_date() -> None:
    placement = place(attrs.evolve(_claim(), as_of=PartialDate(2020, 6, 1)), _source("2020-03-10"))
    assert (
        "2020-03-10",
        Dating.PUBLISHED,
        "stated as of 2020-06-01, after source:x was published (2020-03-10), which cannot be: dated by the "
        "publication date",
    ) == (placement.label, placement.dating, placement.note)


@given(partial_dates(), partial_dates())
def test_a_figure_is_never_placed_as_of_a_day_after_its_source_was_published(
    as_of: PartialDate, published: PartialDate
) -> None:
    placement = place(attrs.evolve(_claim(), as_of=as_of), _source(str(published)))
    assert placement.period is not None
    assert placement.first <= published.last_day().toordinal()
