from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given

from centasia_claims import MeasureKind, PartialDate, TextQuote, reconcile
from centasia_claims.reconciliation import FigureVerdict
from tests.builders import exact, measure
from tests.builders.over_time import RETURNED, stale_relay
from tests.strategies import RELAY_SOURCES, relayed_claims

if TYPE_CHECKING:
    from centasia_claims import Claim, Corpus, Source


def test_a_stale_relay_is_placed_at_the_figure_it_repeats() -> None:
    result = reconcile(stale_relay(), RETURNED.id)
    relay = result.figure("claim:gazette-1141")
    why = (
        "a relay of 2019-05-01 repeating 1,141, the figure the Government gave for 2017-09-28 "
        "(claim:ministry-1141): placed at that date"
    )
    assert ("2017-09-28", "relayed", why, why) == (
        relay.placement.label,
        relay.placement.dating.value,
        relay.placement.note,
        relay.stale,
    )
    assert ("claim:gazette-1141",) == result.stale_relays
    assert (
        "stale relay: 1,141 (2017-09-28) and 1,141 (2017-09-28): 1,141 in source:gazette-2019 repeats 1,141 "
        f"from source:herald-2017: {why}"
    ) == str(result.verdict("claim:gazette-1141", "claim:ministry-1141"))
    assert (
        FigureVerdict.EXPLAINED_BY_TIME == result.verdict("claim:gazette-1141", "claim:ministry-1500").verdict
    )
    assert () == result.contradictions
    assert "rising" == result.trend.value


def test_without_the_relay_rule_the_repeat_would_be_a_count_that_fell() -> None:
    corpus = stale_relay()
    fresh = [attrs.evolve(claim, attribution=claim.attribution[:1]) for claim in corpus.claims]
    result = reconcile(corpus, fresh)  # a figure of the source's own: not a relay
    assert ("claim:ministry-1500", "claim:gazette-1141") == (
        result.contradictions[0].first,
        result.contradictions[0].second,
    )


def test_a_relay_whose_as_of_date_is_old_is_marked_where_it_stands() -> None:
    result = reconcile(stale_relay(as_of=True), RETURNED.id)
    relay = result.figure("claim:gazette-1141")
    assert ("2017-09", "as_of", "a relay of 2019-05-01 repeating a figure as of 2017-09") == (
        relay.placement.label,
        relay.placement.dating.value,
        relay.stale,
    )
    assert FigureVerdict.STALE_RELAY == result.verdict("claim:gazette-1141", "claim:ministry-1141").verdict


def _relay(corpus: Corpus, quote: str, value: int, published: str) -> tuple[list[Claim], dict[str, Source]]:
    """The corpus's claims with the Gazette's relay saying ``quote`` of ``value``, published ``published``."""
    sources = {source.id: source for source in corpus.sources}
    sources["source:gazette-2019"] = attrs.evolve(
        sources["source:gazette-2019"], published=PartialDate.parse(published)
    )
    claims = [
        attrs.evolve(
            claim,
            quote=TextQuote(exact=quote, start=0, end=len(quote)),
            value=exact(f"{value:,}", value),
        )
        if claim.id == "claim:gazette-1141"
        else claim
        for claim in corpus.claims
    ]
    return claims, sources


def test_a_relay_that_says_its_figure_was_given_earlier_is_stale_and_undated_without_the_original() -> None:
    claims, sources = _relay(
        stale_relay(), "The Health Ministry earlier put the number at 1,300", 1300, "2019-05-01"
    )
    result = reconcile(None, claims, measure=RETURNED, sources=sources)
    relay = result.figure("claim:gazette-1141")
    why = (
        "a relay of 2019-05-01 repeating a figure its text says was given earlier ('earlier'), on a day it "
        "does not give: undated"
    )
    assert ("undated", why) == (relay.placement.label, relay.stale)
    assert (
        "not comparable: 1,500 (2018-06-01) and 1,300 (undated): 1,300 is undated, and different figures of "
        "a cumulative measure compare only by date"
    ) == str(result.verdict("claim:ministry-1500", "claim:gazette-1141"))
    assert () == result.contradictions


@pytest.mark.parametrize(
    "quote",
    [
        "The Health Ministry said earlier this year that 1,300 fighters had returned",
        "The Health Ministry said 1,300 fighters had returned, a number earlier than expected",
    ],
    ids=["earlier-this-year", "earlier-than"],
)
def test_earlier_this_year_dates_a_statement_and_does_not_make_a_relay_stale(quote: str) -> None:
    claims, sources = _relay(stale_relay(), quote, 1300, "2019-05-01")
    result = reconcile(None, claims, measure=RETURNED, sources=sources)
    assert "" == result.figure("claim:gazette-1141").stale


@pytest.mark.parametrize(
    ("quote", "stale"),
    [
        ("According to the Health Ministry, 1,141 fighters have returned", True),
        ("The Health Ministry corrected the number back to 1,141", False),
        ("Министерство уточнило, что вернулись 1,141", False),
    ],
    ids=["repeats", "corrected-back", "ru-corrected"],
)
def test_a_relay_days_after_the_origin_gave_another_value_repeats_the_old_one_unless_it_says_revised(
    quote: str, stale: bool
) -> None:
    # The ministry gave 1,141 on 2017-09-28 and 1,500 on 2018-06-01; the relay appears four days later.
    claims, sources = _relay(stale_relay(), quote, 1141, "2018-06-05")
    result = reconcile(None, claims, measure=attrs.evolve(RETURNED, revisable=True), sources=sources)
    relay = result.figure("claim:gazette-1141")
    assert (stale, "2017-09-28" if stale else "2018-06-05") == (bool(relay.stale), relay.placement.label)
    assert result.current is not None
    assert ("claim:ministry-1500" if stale else "claim:gazette-1141") == result.current.claim


@given(relayed_claims())
def test_a_stale_relay_is_never_placed_after_it_appeared(claims: list[Claim]) -> None:
    result = reconcile(None, claims, measure=measure(MeasureKind.CUMULATIVE), sources=RELAY_SOURCES)
    for claim in result.stale_relays:
        figure = result.figure(claim)
        published = RELAY_SOURCES[figure.source].published
        assert published is not None
        assert not figure.placement.is_dated or figure.placement.first <= published.last_day().toordinal()
