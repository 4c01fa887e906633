from __future__ import annotations

import pickle
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Claim, Measure, MeasureKind, reconcile
from centasia_claims.model import ClaimId, EntityId
from centasia_claims.reconciliation import FigureVerdict, Revision, judge
from centasia_claims.reconciliation._revisions import update_of
from tests.builders import measure
from tests.builders.over_time import TOLL, revised_toll
from tests.strategies import RELAY_AGENTS, RELAY_SOURCES, relayed_claims

if TYPE_CHECKING:
    import random


def test_a_toll_revised_up_then_down_by_the_higher_authority() -> None:
    result = reconcile(revised_toll(), TOLL.id)
    expected = [
        (
            "claim:police-40",
            "claim:ministry-47",
            "40 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 40 (given 2021-05-01): "
            "a later figure from the Government, ranked above the Police in the measure's authority order",
        ),
        (
            "claim:red-crescent-300",
            "claim:ministry-47",
            "about 300 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes about 300 (given "
            "2021-05-01): a later figure from the Government, ranked above the Red Crescent in the measure's "
            "authority order",
        ),
        (
            "claim:ministry-52",
            "claim:ministry-47",
            "52 (2021-05-02) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 52 (given 2021-05-02): "
            "a later figure from the same origin, the Government, revises it",
        ),
    ]
    assert expected == [(item.superseded, item.by, item.reason) for item in result.superseded]
    assert () == result.contradictions
    assert result.current is not None
    assert (
        "claim:ministry-47",
        "the latest figure given by the highest-ranked origin, the Government (given 2021-05-04); 3 earlier "
        "figures superseded",
    ) == (result.current.claim, result.current.reason)
    assert ["one event (all dates): {47} (one figure: 47)"] == [str(item) for item in result.consensus]


def test_a_revision_writes_its_reason_when_first_read_and_is_then_like_one_made_with_it() -> None:
    revision = reconcile(revised_toll(), TOLL.id).superseded[0]
    again = reconcile(revised_toll(), TOLL.id).superseded[0]
    made = Revision(
        superseded=ClaimId("claim:police-40"),
        by=ClaimId("claim:ministry-47"),
        reason=(
            "40 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 40 (given 2021-05-01): "
            "a later figure from the Government, ranked above the Police in the measure's authority order"
        ),
    )
    assert made == pickle.loads(pickle.dumps(revision))  # noqa: S301  (our own object, just pickled)
    assert repr(made) == repr(again)
    assert made.reason == revision.reason


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        ("claim:police-40", "claim:ministry-52", FigureVerdict.SUPERSEDED),
        ("claim:ministry-52", "claim:ministry-47", FigureVerdict.SUPERSEDED),
        ("claim:police-40", "claim:red-crescent-300", FigureVerdict.CONTRADICTION),
    ],
    ids=["raised-by-a-higher-authority", "corrected-down-by-its-own-origin", "two-figures-of-one-day"],
)
def test_toll_pair_verdicts(first: str, second: str, verdict: FigureVerdict) -> None:
    assert verdict == reconcile(revised_toll(), TOLL.id).verdict(first, second).verdict


def test_without_an_authority_order_only_the_same_origin_supersedes() -> None:
    unordered = attrs.evolve(TOLL, authority=())
    result = reconcile(revised_toll(unordered), TOLL.id, measure=unordered)
    assert [("claim:ministry-52", "claim:ministry-47")] == [(r.superseded, r.by) for r in result.superseded]
    assert FigureVerdict.CONTRADICTION == result.verdict("claim:police-40", "claim:ministry-52").verdict
    assert ("claim:police-40", "claim:red-crescent-300") == result.outliers
    assert [
        "40 (2021-05-01) and about 300 (2021-05-01): they cannot both hold for the same event "
        "({40} vs [270, 330]); neither revises the other: neither was given after the other",
        "40 (2021-05-01) and 47 (2021-05-04): they cannot both hold for the same event ({40} vs {47}); the "
        "later figure does not revise the earlier: it comes from another origin (the Government, not the "
        "Police), and without an authority order only a figure's own origin revises it",
        "about 300 (2021-05-01) and 47 (2021-05-04): they cannot both hold for the same event "
        "([270, 330] vs {47}); the later figure does not revise the earlier: it comes from another origin "
        "(the Government, not the Red Crescent), and without an authority order only a figure's own origin "
        "revises it",
    ] == [pair.reason for pair in result.contradictions]
    assert result.current is not None
    assert (
        "claim:ministry-47",
        "the latest figure given, from the Government (given 2021-05-04); 1 earlier figure superseded; 2 "
        "outliers left out (40 from the Police, about 300 from the Red Crescent): outside every later "
        "confirmed figure, and no later figure of its origin or of one ranked above it revises it",
    ) == (result.current.claim, result.current.reason)


def test_a_measure_not_declared_revisable_keeps_every_figure() -> None:
    fixed = attrs.evolve(TOLL, revisable=False)
    result = reconcile(revised_toll(fixed), TOLL.id, measure=fixed)
    assert ((), (), None) == (result.superseded, result.outliers, result.current)
    assert FigureVerdict.CONTRADICTION == result.verdict("claim:ministry-52", "claim:ministry-47").verdict


def test_the_rendering_shows_superseded_figures_and_the_current_one() -> None:
    shown = reconcile(revised_toll(), TOLL.id).render()
    assert "  superseded:\n    40 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes" in shown
    assert (
        "  current: 47 {47} (claim:ministry-47): the latest figure given by the highest-ranked origin, the "
        "Government (given 2021-05-04); 3 earlier figures superseded"
    ) in shown
    html = reconcile(revised_toll(), TOLL.id)._repr_html_()
    assert "current best figure: <strong>47</strong>" in html
    assert "<td>superseded</td>" in html


def _revisable(authority: list[str | None]) -> Measure:
    return attrs.evolve(
        measure(MeasureKind.EVENT),
        revisable=True,
        authority=tuple(EntityId(agent) for agent in dict.fromkeys(authority) if agent is not None),
    )


@given(relayed_claims(), st.lists(st.sampled_from(RELAY_AGENTS), max_size=3), st.sampled_from(MeasureKind))
def test_a_superseded_figure_is_never_also_a_contradiction(
    claims: list[Claim], authority: list[str | None], kind: MeasureKind
) -> None:
    revisable = attrs.evolve(_revisable(authority), kind=kind)
    result = reconcile(None, claims, measure=revisable, sources=RELAY_SOURCES)
    superseded = {revision.superseded for revision in result.superseded}
    contradicted = {claim for pair in result.contradictions for claim in (pair.first, pair.second)}
    assert not superseded & contradicted
    for revision in result.superseded:
        assert FigureVerdict.SUPERSEDED == result.verdict(revision.superseded, revision.by).verdict
    if result.current is not None:
        assert result.current.claim not in superseded


@given(relayed_claims(), st.lists(st.sampled_from(RELAY_AGENTS), max_size=3), st.randoms())
def test_order_of_the_claims_does_not_matter(
    claims: list[Claim], authority: list[str | None], rng: random.Random
) -> None:
    shuffled = claims[:]
    rng.shuffle(shuffled)
    revisable = _revisable(authority)
    assert reconcile(None, claims, measure=revisable, sources=RELAY_SOURCES) == reconcile(
        None, shuffled, measure=revisable, sources=RELAY_SOURCES
    )


@given(relayed_claims(), st.lists(st.sampled_from(RELAY_AGENTS), max_size=3), st.sampled_from(MeasureKind))
def test_a_revision_says_what_judge_says_of_its_two_figures(
    claims: list[Claim], authority: list[str | None], kind: MeasureKind
) -> None:
    revisable = attrs.evolve(_revisable(authority), kind=kind)
    result = reconcile(None, claims, measure=revisable, sources=RELAY_SOURCES)
    for item in result.superseded:
        verdict = judge(result.figure(item.superseded), result.figure(item.by), kind, revisable=True)
        assert (FigureVerdict.SUPERSEDED, verdict.reason) == (verdict.verdict, item.reason)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The death toll has risen to 93, the Investigative Committee said", 1),
        ("The Investigative Committee raised the death toll to 115", 1),
        ("The Investigative Committee revised the death toll down to 137", -1),
        ("Число погибших возросло до 93", 1),
        ("МВД снизило число погибших до 31", -1),
        ("Шумораи кушташудагон то 93 нафар афзуд", 1),
        ("The Investigative Committee said 60 people were killed", 0),
        ("The toll rose to 60 overnight but fell to 58 after a recount", 0),  # both: neither
        ("Arose from the rubble, 60 people", 0),  # a word start only
    ],
    ids=["risen", "raised", "revised-down", "ru-up", "ru-down", "tg-up", "neither", "both", "word-start"],
)
def test_update_of_reads_which_way_a_count_moved(quote: str, expected: int) -> None:
    assert expected == update_of(quote)
