from __future__ import annotations

from itertools import combinations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    Estimate,
    MeasureKind,
    Period,
    Qualifier,
    Reconciliation,
    TextQuote,
    Verb,
    reconcile,
)
from centasia_claims.model import ClaimId, EntityId, MeasureId, SourceId
from centasia_claims.reconciliation import Figure, FigureVerdict
from centasia_claims.reconciliation._sweep import pair_order
from tests.builders import TAJIKS, measure, tajik_figure
from tests.strategies import RELAY_SOURCES, SOURCES, figure_claims, measure_kinds, relayed_claims


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            MeasureKind.EVENT,
            [("claim:50", "claim:10"), ("claim:50", "claim:90"), ("claim:10", "claim:90")],
        ),
        (MeasureKind.SNAPSHOT, [("claim:10", "claim:90")]),
        (MeasureKind.CUMULATIVE, [("claim:50", "claim:10"), ("claim:10", "claim:90")]),
    ],
    ids=[
        "event-every-figure-with-its-strongest",
        "snapshot-within-a-period",
        "cumulative-falls-and-one-as-of-date-holds-one-total",
    ],
)
def test_every_contradicted_figure_is_listed_with_its_strongest_counterpart(
    kind: MeasureKind, expected: list[tuple[str, str]]
) -> None:
    claims = [
        tajik_figure("claim:10", 10, "2017", "org:a"),
        tajik_figure("claim:90", 90, "2017", "org:b"),
        tajik_figure("claim:50", 50, "2016", "org:c"),
    ]
    result = reconcile(None, claims, measure=attrs.evolve(TAJIKS, kind=kind))
    assert expected == [(verdict.first, verdict.second) for verdict in result.contradictions]


def _contradicted(result: Reconciliation) -> set[tuple[str, str]]:
    """Figures up to re-reports (the sweep lists a re-reported figure once)."""

    def key(claim: str) -> tuple[str, str]:
        figure = result.figure(claim)
        return (figure.claimant or claim, str(figure.interval))

    return {key(claim) for verdict in result.contradictions for claim in (verdict.first, verdict.second)}


@given(figure_claims(max_size=14), measure_kinds)
def test_the_sweep_finds_what_judging_every_pair_finds(claims: list[Claim], kind: MeasureKind) -> None:
    result = reconcile(None, claims, measure=measure(kind), sources=SOURCES)
    every_pair = [result.verdict(one.claim, other.claim) for one, other in combinations(result.figures, 2)]
    contradicted = {
        (result.figure(claim).claimant or claim, str(result.figure(claim).interval))
        for verdict in every_pair
        if verdict.verdict is FigureVerdict.CONTRADICTION
        for claim in (verdict.first, verdict.second)
    }
    assert contradicted == _contradicted(result)
    assert all(verdict.verdict is FigureVerdict.CONTRADICTION for verdict in result.contradictions)


def test_a_figure_one_claimant_repeats_undated_in_another_work_meets_that_works_other_figures() -> None:
    # The claimant's "about 20" is given dated in one source and, undated ("said in January"), in a work
    # that also gives "more than half" of 10 undated: the sweep lists the claimant's first figure, and must
    # still set its undated copy against the work's other figure, as judging the pair does.
    def claim(
        id_: str,
        source: str,
        exact: str,
        value: Estimate,
        *,
        agent: str | None = None,
        period: str | None = None,
    ) -> Claim:
        return Claim(
            id=ClaimId(id_),
            source=SourceId(source),
            quote=TextQuote(exact=exact, start=0, end=len(exact)),
            statement="a figure",
            measure=MeasureId("measure:m"),
            value=value,
            period=None if period is None else Period.parse(period),
            attribution=(
                AttributionStep(
                    agent=None if agent is None else EntityId(agent), text="officials", verb=Verb.SAID
                ),
            ),
        )

    about = Estimate(
        phrase="about 20", qualifier=Qualifier.APPROXIMATE, unit="count", low=18, high=22, point=20
    )
    ten = Estimate(phrase="10", qualifier=Qualifier.EXACT, unit="count", low=10, high=10, point=10)
    half = Estimate(
        phrase="more than half",
        qualifier=Qualifier.MORE_THAN,
        unit="percent",
        low=50,
        share_of=ClaimId("claim:ten"),
    )
    claims = [
        claim(
            "claim:dated",
            "source:dated",
            "the figure",
            about,
            agent="org:a",
            period="2016-01",
        ),
        claim(
            "claim:spoken",
            "source:year",
            "the ministry said in January the figure",
            about,
            agent="org:a",
        ),
        claim("claim:half", "source:year", "the figure", half),
        claim("claim:ten", "source:dated", "the figure", ten),
    ]
    result = reconcile(None, claims, measure=measure(MeasureKind.CUMULATIVE), sources=SOURCES)
    assert [("claim:dated", "claim:ten"), ("claim:spoken", "claim:half")] == [
        (verdict.first, verdict.second) for verdict in result.contradictions
    ]


def _stands_for(one: Figure, other: Figure, kind: MeasureKind) -> bool:
    """Whether the sweep may list ``one`` for ``other``: one value, one place in time (any, for an event),
    and one claimant, statement or work."""
    span = (one.placement.first, one.placement.last) == (other.placement.first, other.placement.last)
    return (
        one.interval == other.interval
        and (span or kind is MeasureKind.EVENT)
        and (
            one.claim == other.claim
            or (one.claimant is not None and one.claimant == other.claimant)
            or (one.occasion is not None and one.occasion == other.occasion)
            or one.work == other.work
        )
    )


def _one_figure(result: Reconciliation, kind: MeasureKind) -> dict[str, int]:
    """Each claim's group of figures the sweep takes for one (`_stands_for`, followed from one to the next:
    a report of a statement another copy of one work also reports is that work's figure too)."""
    figures = result.figures
    group = list(range(len(figures)))

    def root(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    for first, second in combinations(range(len(figures)), 2):
        if _stands_for(figures[first], figures[second], kind):
            group[root(first)] = root(second)
    return {figure.claim: root(index) for index, figure in enumerate(figures)}


@given(relayed_claims(max_size=12), measure_kinds)
def test_the_sweep_finds_what_judging_every_pair_finds_for_relays_and_reports(
    claims: list[Claim], kind: MeasureKind
) -> None:
    result = reconcile(None, claims, measure=measure(kind), sources=RELAY_SOURCES)
    every_pair = [result.verdict(one.claim, other.claim) for one, other in combinations(result.figures, 2)]
    contradicted = {
        claim
        for verdict in every_pair
        if verdict.verdict is FigureVerdict.CONTRADICTION
        for claim in (verdict.first, verdict.second)
    }
    listed = {claim for verdict in result.contradictions for claim in (verdict.first, verdict.second)}
    assert listed <= contradicted
    one = _one_figure(result, kind)
    for claim in contradicted:
        assert any(one[other] == one[claim] for other in listed), claim
    assert all(verdict.verdict is FigureVerdict.CONTRADICTION for verdict in result.contradictions)
    conflicts = {
        (verdict.first, verdict.second)
        for verdict in every_pair
        if verdict.verdict is FigureVerdict.REPORTING_CONFLICT
    }
    reported = {(verdict.first, verdict.second) for verdict in result.reporting_conflicts}
    assert reported <= conflicts
    assert {claim for pair in conflicts for claim in pair} == {claim for pair in reported for claim in pair}


@given(st.lists(st.tuples(st.integers(0, 10**6 - 1), st.integers(0, 10**6 - 1)), max_size=30))
def test_pairs_sort_by_their_numbers_as_by_their_places(pairs: list[tuple[int, int]]) -> None:
    size = 10**6
    distinct = [(one, other) for one, other in pairs if one != other]
    numbers = sorted(pair_order(one, other, size) for one, other in distinct)
    assert sorted((min(pair), max(pair)) for pair in distinct) == [
        divmod(int(number), size) for number in numbers
    ]
