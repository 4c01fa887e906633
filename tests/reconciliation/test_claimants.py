from __future__ import annotations

import copy

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    MeasureKind,
    Name,
    Organization,
    Place,
    Relation,
    RelationKind,
    reconcile,
    serialization,
)
from centasia_claims.model import EntityId
from centasia_claims.reconciliation import FigureVerdict
from centasia_claims.reconciliation._claimants import works_of
from tests.builders import (
    MINISTER,
    MINISTRY,
    PEOPLE,
    SEED_SOURCES,
    TAJIKS,
    cases_corpus,
    claim,
    exact,
    measure,
    source,
    step,
)
from tests.strategies import RELAY_AGENTS, RELAY_SOURCES, relayed_claims

FIGURE = exact("1,141", 1141, PEOPLE)


def _claim(*steps: AttributionStep) -> Claim:
    return claim("claim:x", FIGURE, TAJIKS, source="source:odr", period="2017", attribution=steps)


def _step(agent: str | None, text: str = "the claimant") -> AttributionStep:
    return step(agent, text)


LOOP = (
    Organization(
        id=EntityId("org:one"),
        names=(Name("One"),),
        relations=(Relation(RelationKind.PART_OF, EntityId("org:two")),),
    ),
    Organization(
        id=EntityId("org:two"),
        names=(Name("Two"),),
        relations=(Relation(RelationKind.PART_OF, EntityId("org:one")),),
    ),
    Organization(
        id=EntityId("org:affiliate"),
        names=(Name("Affiliate"),),
        relations=(Relation(RelationKind.AFFILIATE_OF, EntityId("org:one")),),
    ),
)
CORPUS = cases_corpus()
TAJIKISTAN = Place(
    id=EntityId("place:tajikistan"),
    names=(Name("Tajikistan"),),
    relations=(Relation(RelationKind.PART_OF, EntityId("org:one")),),
)
WITH_LOOP = attrs.evolve(CORPUS, organizations=(*CORPUS.organizations, *LOOP), places=(TAJIKISTAN,))


@pytest.mark.parametrize(
    ("claim", "claimant", "name"),
    [
        (_claim(_step(MINISTER)), "org:tajik-government", "Tajik government"),
        (_claim(_step(MINISTRY), _step("org:rferl")), "org:tajik-government", "Tajik government"),
        (_claim(_step(None, "experts"), _step("org:rferl")), None, "experts (unnamed)"),
        (_claim(), None, "the source's author"),
        (
            _claim(_step("org:one")),
            "org:one",
            "One",
        ),  # a circle's root is its smallest id, wherever it starts
        (_claim(_step("org:affiliate")), "org:affiliate", "Affiliate"),
        (_claim(_step("place:tajikistan")), "place:tajikistan", "Tajikistan"),
    ],
    ids=[
        "minister-speaks-for-the-government",
        "ministry",
        "unnamed",
        "no-chain-no-outlet",
        "loop",
        "affiliate",
        "a-country-speaks-for-itself",
    ],
)
def test_root_claimant(claim: Claim, claimant: str | None, name: str) -> None:
    figure = reconcile(WITH_LOOP, [claim]).figure("claim:x")
    assert (claimant, name) == (figure.claimant, figure.claimant_name)


def test_a_source_asserting_its_own_figure_is_its_outlets() -> None:
    outlet = EntityId("org:opendemocracy")
    sources = {"source:odr": attrs.evolve(SEED_SOURCES["source:odr"], outlet=outlet)}
    figure = reconcile(None, [_claim()], measure=TAJIKS, sources=sources).figure("claim:x")
    assert (outlet, "org:opendemocracy") == (figure.claimant, figure.claimant_name)


def test_an_agent_the_corpus_does_not_hold_is_its_own_root() -> None:
    figure = reconcile(CORPUS, [_claim(_step("org:unknown"))]).figure("claim:x")
    expected = ("org:unknown", "org:unknown")
    assert expected == (figure.claimant, figure.claimant_name)


def _apart(claim: Claim) -> Claim:
    """The claim with a value, period, as-of date and chain of its own, equal to those it shared."""
    return attrs.evolve(
        claim,
        value=copy.deepcopy(claim.value),
        period=copy.deepcopy(claim.period),
        as_of=copy.deepcopy(claim.as_of),
        attribution=copy.deepcopy(claim.attribution),
    )


@given(
    relayed_claims(),
    st.sampled_from(MeasureKind),
    st.booleans(),
    st.lists(st.sampled_from(RELAY_AGENTS), max_size=3),
)
def test_values_periods_and_chains_shared_or_apart_read_alike(
    claims: list[Claim], kind: MeasureKind, revisable: bool, authority: list[str | None]
) -> None:
    # The reader caches what claims share by identity (an estimate's reading, a period's placement, a
    # relay's text): equal objects that are not shared give the same result, written out in full.
    of_kind = attrs.evolve(
        measure(kind),
        revisable=revisable,
        authority=tuple(EntityId(agent) for agent in dict.fromkeys(authority) if agent is not None),
    )
    shared = reconcile(None, claims, measure=of_kind, sources=RELAY_SOURCES)
    apart = reconcile(None, [_apart(claim) for claim in claims], measure=of_kind, sources=RELAY_SOURCES)
    assert serialization.unstructure(shared) == serialization.unstructure(apart)
    assert str(shared) == str(apart)
    assert [str(verdict) for verdict in shared.verdicts()] == [str(verdict) for verdict in apart.verdicts()]


def test_the_works_of_one_mapping_of_sources_are_worked_out_once_and_never_stale() -> None:
    original = source("source:a", "2020-01-01")
    sources = {original.id: original, "source:b": source("source:b", "2020-01-02", copy_of="source:a")}
    works = works_of(sources)
    assert works == {"source:a": "source:a", "source:b": "source:a"}
    # The same sources, in this mapping or another: the works found before.
    assert works_of(sources) is works
    assert works_of(dict(sources)) is works
    # The mapping changed between calls: worked out again.
    sources["source:c"] = source("source:c", "2020-01-03", same_as="source:b")
    assert works_of(sources) == {"source:a": "source:a", "source:b": "source:a", "source:c": "source:a"}
    del sources["source:b"]
    assert works_of(sources) == {"source:a": "source:a", "source:c": "source:c"}


def test_a_mapping_of_sources_changed_between_two_reconciliations_is_read_anew() -> None:
    # One value from two sources: two figures, until one source declares itself a copy of the other.
    figure = exact("1,141", 1141, PEOPLE)
    claims = [
        claim("claim:a", figure, TAJIKS, source="source:a", period="2017", agents=(None,)),
        claim("claim:b", figure, TAJIKS, source="source:b", period="2017", agents=(None,)),
    ]
    sources = {"source:a": source("source:a", "2017-09-28"), "source:b": source("source:b", "2017-09-29")}
    apart = reconcile(None, claims, measure=TAJIKS, sources=sources)
    assert apart.verdict("claim:a", "claim:b").verdict is FigureVerdict.AGREE
    assert reconcile(None, claims, measure=TAJIKS, sources=sources) == apart
    sources["source:b"] = source("source:b", "2017-09-29", copy_of="source:a")
    one_work = reconcile(None, claims, measure=TAJIKS, sources=sources)
    assert str(one_work.verdict("claim:a", "claim:b")) == (
        "same figure: 1,141 (2017) and 1,141 (2017): the same figure in one work "
        "(source:a and source:b are both source:a)"
    )
