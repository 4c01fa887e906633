from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    InvalidValueError,
    Name,
    Organization,
    Origin,
    Relation,
    RelationKind,
    UnknownIdError,
    Verb,
    load_seed_corpus,
    trace_origin,
)
from centasia_claims.corpus import root_agent, root_path
from centasia_claims.provenance import group_by_origin
from tests.provenance.corpora import C, E, S, base, with_claim, with_step

if TYPE_CHECKING:
    from centasia_claims.model import ClaimId, EntityId, SourceId


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("org:radio-ozodi", ("org:radio-ozodi", "org:rferl")),
        ("org:rferl", ("org:rferl",)),
        ("org:omon", ("org:omon", "org:tajik-interior-ministry", "org:tajik-government")),
        (
            "person:ramazon-rahimzoda",
            ("person:ramazon-rahimzoda", "org:tajik-interior-ministry", "org:tajik-government"),
        ),
        ("org:iskp", ("org:iskp",)),
        ("person:muhiddin-kabiri", ("person:muhiddin-kabiri",)),
        ("place:dushanbe", ("place:dushanbe",)),
    ],
    ids=["service-to-outlet", "root", "unit-to-government", "official", "affiliate", "leader", "place"],
)
def test_root_path_in_the_seed_entities(entity: str, expected: tuple[str, ...]) -> None:
    assert expected == root_path(load_seed_corpus(), entity)


def test_a_spokesperson_relation_is_followed_before_part_of() -> None:
    corpus = base()
    person = attrs.evolve(
        corpus.persons[0],
        relations=(
            Relation(RelationKind.PART_OF, E("org:paper")),
            Relation(RelationKind.SPOKESPERSON_OF, E("org:agency")),
        ),
    )
    assert "org:agency" == root_agent(attrs.evolve(corpus, persons=(person,)), "person:spokesman")


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("org:x", ("org:x",)),
        ("org:y", ("org:y", "org:z", "org:x")),
        ("org:z", ("org:z", "org:x")),
    ],
    ids=["from-the-smallest", "from-the-middle", "from-the-last"],
)
def test_a_circle_of_parents_ends_at_its_smallest_id(start: str, expected: tuple[str, ...]) -> None:
    def org(id_: str, parent: str) -> Organization:
        relation = Relation(RelationKind.PART_OF, E(parent))
        return Organization(id=E(id_), names=(Name(id_),), relations=(relation,))

    corpus = base()
    circle = (org("org:x", "org:y"), org("org:y", "org:z"), org("org:z", "org:x"))
    corpus = attrs.evolve(corpus, organizations=(*corpus.organizations, *circle))
    assert expected == root_path(corpus, start)


def test_root_path_of_an_unknown_entity() -> None:
    with pytest.raises(UnknownIdError, match="no entity with id 'org:nobody' in this corpus"):
        root_path(base(), "org:nobody")


def test_trace_origin_follows_the_claimant() -> None:
    origin = trace_origin(base(), "claim:a")
    assert Origin(E("org:agency")) == origin
    assert ("the Agency", ("person:spokesman", "org:agency")) == (origin.label, origin.via)
    assert "the Agency (org:agency)" == str(origin)


def test_an_unnamed_claimant_is_its_own_origin() -> None:
    corpus = with_step(with_step(base(), "claim:a", 0, agent=None), "claim:b", 0, agent=None)
    a, b = (trace_origin(corpus, claim) for claim in corpus.claims)
    assert (Origin(None, C("claim:a")), Origin(None, C("claim:b"))) == (a, b)
    assert a != b
    assert not a.is_known
    assert "unnamed (The Agency\u2019s spokesman) in claim:a" == str(a)


@pytest.mark.parametrize(
    ("authors", "outlet", "expected"),
    [
        ((E("person:spokesman"),), E("org:outlet"), Origin(E("org:agency"))),
        ((), E("org:outlet"), Origin(E("org:outlet"))),
        ((), None, Origin(None, source=S("source:a"))),
    ],
    ids=["first-author", "outlet", "neither"],
)
def test_an_empty_chain_comes_from_the_source(
    authors: tuple[EntityId, ...], outlet: EntityId | None, expected: Origin
) -> None:
    corpus = base()
    source = attrs.evolve(corpus.sources[0], authors=authors, outlet=outlet)
    corpus = attrs.evolve(corpus, sources=(source, corpus.sources[1]))
    assert expected == trace_origin(with_claim(corpus, "claim:a", attribution=()), "claim:a")


def test_an_unnamed_publisher_alone_is_the_sources_unnamed_author() -> None:
    corpus = base()
    step = AttributionStep(agent=None, text="Outlet report", verb=Verb.PUBLISHED)
    corpus = with_claim(corpus, "claim:a", attribution=(step,))
    origin = trace_origin(corpus, "claim:a")
    assert Origin(None, source=S("source:a")) == origin
    assert "the unnamed author of source:a" == str(origin)


@pytest.mark.parametrize(
    ("agent", "claim", "source"),
    [(None, None, None), (E("org:x"), C("claim:a"), None), (None, C("claim:a"), S("source:a"))],
    ids=["none", "agent-and-claim", "claim-and-source"],
)
def test_an_origin_is_one_of_agent_claim_and_source(
    agent: EntityId | None, claim: ClaimId | None, source: SourceId | None
) -> None:
    message = (
        "source: give exactly one of agent (a named origin), claim (the claim of an unnamed "
        "claimant) and source "
        f"(the source of an unnamed author) (got agent={agent!r}, claim={claim!r}, source={source!r})"
    )
    with pytest.raises(InvalidValueError) as caught:
        Origin(agent, claim, source)
    assert message == str(caught.value)


def test_group_by_origin_and_the_corpus_methods() -> None:
    corpus = with_step(base(), "claim:b", 0, agent=E("person:spokesman"))
    expected = {Origin(E("org:agency")): corpus.claims}
    assert expected == group_by_origin(corpus, ["claim:a", "claim:b"])
    assert expected == group_by_origin(corpus, corpus.claims)
    assert Origin(E("org:agency")) == trace_origin(corpus, "claim:b")


def test_three_outlets_repeating_one_ministry_are_one_origin() -> None:
    corpus = load_seed_corpus()
    ministry = [
        c for c in corpus.claims if c.attribution and c.attribution[0].agent == "person:ramazon-rahimzoda"
    ]
    assert 1 == len(group_by_origin(corpus, ministry))


_claims = st.permutations(list(load_seed_corpus().claims))


@given(_claims)
def test_grouping_does_not_depend_on_order(claims: list[Claim]) -> None:
    corpus = load_seed_corpus()
    grouped = group_by_origin(corpus, claims)
    expected = group_by_origin(corpus, corpus.claims)
    assert {o: set(c) for o, c in expected.items()} == {o: set(c) for o, c in grouped.items()}


_entities = st.sampled_from([entity.id for entity in load_seed_corpus().entities])


@given(_entities)
def test_the_root_of_a_root_is_itself(entity: str) -> None:
    corpus = load_seed_corpus()
    root = root_agent(corpus, entity)
    assert root == root_agent(corpus, root)
    assert entity == root_path(corpus, entity)[0]
