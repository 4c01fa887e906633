from __future__ import annotations

import attrs

from centasia_claims import reconcile
from centasia_claims.reconciliation import FigureVerdict
from tests.builders.over_time import RETURNED, stale_relay


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
