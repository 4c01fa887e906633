from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    InvalidValueError,
    Origin,
    Verb,
    load_seed_corpus,
    trace_origin,
)
from centasia_claims.provenance import group_by_origin
from tests.builders import C, E, S, sound_corpus, with_claim, with_source, with_step
from tests.builders.estimates import exact
from tests.builders.over_time import (
    ORGANIZATIONS,
    OUTLETS,
    RETURNED,
    SPEAKERS,
    Newsroom,
    articles,
    said,
    translated,
)

if TYPE_CHECKING:
    from centasia_claims.model import ClaimId, EntityId, SourceId


def test_trace_origin_follows_the_claimant() -> None:
    origin = trace_origin(sound_corpus(), "claim:a")
    assert Origin(E("org:agency")) == origin
    assert ("the Agency", ("person:spokesman", "org:agency")) == (origin.label, origin.via)
    assert "the Agency (org:agency)" == str(origin)


def test_an_unnamed_claimant_is_its_own_origin() -> None:
    corpus = with_step(with_step(sound_corpus(), "claim:a", 0, agent=None), "claim:b", 0, agent=None)
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
    corpus = with_source(sound_corpus(), "source:a", authors=authors, outlet=outlet)
    assert expected == trace_origin(with_claim(corpus, "claim:a", attribution=()), "claim:a")


def test_an_unnamed_publisher_alone_is_the_sources_unnamed_author() -> None:
    corpus = sound_corpus()
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
    corpus = with_step(sound_corpus(), "claim:b", 0, agent=E("person:spokesman"))
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


def test_an_article_and_its_declared_translation_are_one_origin() -> None:
    declared = translated()
    experts = [declared.claim("claim:herald-experts-300"), declared.claim("claim:vestnik-experts-300")]
    assert 1 == len(group_by_origin(declared, experts))
    assert Origin(None, C("claim:herald-experts-300")) == trace_origin(declared, experts[1])
    undeclared = translated(declared=False)
    assert 2 == len(group_by_origin(undeclared, [undeclared.claim(claim.id) for claim in experts]))


def test_a_copy_asserts_its_claims_with_its_originals_voice() -> None:
    corpus = articles([(0, 1, [(None, 30)]), (1, 2, [(None, 30)])])
    copy = with_source(corpus, "source:a1", copy_of=S("source:a0"))
    assert ["the Herald (org:herald)", "the Courier (org:courier)"] == [
        str(trace_origin(corpus, claim)) for claim in corpus.claims
    ]
    assert ["the Herald (org:herald)"] * 2 == [str(trace_origin(copy, claim)) for claim in copy.claims]


def test_a_copy_speaks_with_its_own_voice_when_its_original_asserts_nothing_itself() -> None:
    corpus = articles([(0, 1, [("org:police", 30)]), (1, 2, [(None, 30)])])
    copy = with_source(corpus, "source:a1", copy_of=S("source:a0"))
    assert "the Courier (org:courier)" == str(trace_origin(copy, copy.claim("claim:a1-0")))


_figures = st.lists(
    st.tuples(st.sampled_from(list(SPEAKERS)), st.sampled_from([10, 20, 30])), min_size=1, max_size=3
)
_articles = st.lists(
    st.tuples(st.integers(0, len(OUTLETS) - 1), st.integers(1, 28), _figures), min_size=2, max_size=5
)


@given(_articles, st.data(), st.sampled_from(["copy_of", "translation_of", "same_as"]))
def test_declaring_a_duplicate_never_increases_the_origin_count(
    items: list[tuple[int, int, list[tuple[str | None, int]]]], data: st.DataObject, field: str
) -> None:
    corpus = articles(items)
    one, other = data.draw(st.lists(st.sampled_from(corpus.sources), min_size=2, max_size=2, unique=True))
    declared = with_source(corpus, other.id, **{field: one.id})
    assert len(group_by_origin(declared, declared.claims)) <= len(group_by_origin(corpus, corpus.claims))


@given(st.lists(st.sampled_from(OUTLETS), min_size=1, max_size=4), st.sampled_from([10, 20, 30]))
def test_an_unnamed_source_an_intermediary_heard_is_one_origin_however_many_outlets_republish_it(
    outlets: list[str], value: int
) -> None:
    room = Newsroom(measures=(RETURNED,))
    for index, outlet in enumerate(outlets):
        sentence = f"A source told the Institute that {value} fighters had returned"
        source = room.article(f"source:r{index}", outlet, "2020-01-05", f"Wire item {index}\n{sentence}.")
        chain = (
            (None, "A source", Verb.TOLD),
            ("org:institute", "the Institute", Verb.REPORTED),
            (outlet, ORGANIZATIONS[outlet][0], Verb.PUBLISHED),
        )
        room.claim(f"claim:r{index}", source, sentence, exact(str(value), value), chain)
    corpus = room.corpus()
    assert [Origin(None, C("claim:r0"))] == list(group_by_origin(corpus, corpus.claims))


def test_unnamed_sources_an_intermediary_heard_give_an_origin_for_each_figure() -> None:
    room = Newsroom(measures=(RETURNED,))
    for index, value in enumerate((10, 20)):
        sentence = f"A source told the Institute that {value} fighters had returned"
        source = room.article(
            f"source:r{index}", "org:herald", "2020-01-05", f"Wire item {index}\n{sentence}."
        )
        chain = (
            (None, "A source", Verb.TOLD),
            ("org:institute", "the Institute", Verb.REPORTED),
            *said(None, "", "org:herald", "the Herald")[1:],
        )
        room.claim(f"claim:r{index}", source, sentence, exact(str(value), value), chain)
    corpus = room.corpus()
    assert [Origin(None, C("claim:r0")), Origin(None, C("claim:r1"))] == list(
        group_by_origin(corpus, corpus.claims)
    )
