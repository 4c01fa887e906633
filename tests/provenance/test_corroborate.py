from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    Corroboration,
    Estimate,
    Origin,
    Period,
    UnknownIdError,
    corroborate,
    load_seed_corpus,
)
from centasia_claims.model import EpistemicStatus, Stance
from centasia_claims.provenance import OriginClaims
from tests.builders import C, E, approximate, sound_corpus, with_claim, with_step, with_value
from tests.builders.over_time import press_conference, revised_toll
from tests.strategies import estimates, small_counts

if TYPE_CHECKING:
    from centasia_claims import Corpus

AGENCY = Origin(E("org:agency"))
INSTITUTE = Origin(E("org:institute"))


def _b(**changes: Any) -> Corpus:
    return with_claim(sound_corpus(), "claim:b", **changes)


def _b_value(**changes: Any) -> Corpus:
    return with_value(sound_corpus(), "claim:b", **changes)


@pytest.mark.parametrize(
    ("corpus", "expected"),
    [
        (sound_corpus(), {"supporting": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b(stance=Stance.UNCONFIRMED), {"unconfirmed": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b(status=EpistemicStatus.HEARSAY), {"unconfirmed": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b(status=EpistemicStatus.ALLEGATION), {"unconfirmed": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b(stance=Stance.DENIES), {"contradicting": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (
            _b_value(phrase="about 200", low=180, high=220, point=200),
            {"contradicting": (OriginClaims(INSTITUTE, (C("claim:b"),)),)},
        ),
        (
            _b(
                stance=Stance.DENIES,
                value=approximate("about 200", 180, 220, 200),
            ),
            {},
        ),
        (with_step(sound_corpus(), "claim:b", 0, agent=E("person:spokesman")), {"echoes": (C("claim:b"),)}),
        # figures for other periods are judged as reconcile judges them: equal bounds agree
        (_b(period=Period.parse("2017")), {"supporting": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b_value(per="month"), {}),
        (_b_value(unit="count"), {"supporting": (OriginClaims(INSTITUTE, (C("claim:b"),)),)}),
        (_b_value(additive=True), {}),
    ],
    ids=[
        "compatible",
        "unconfirmed",
        "hearsay",
        "allegation",
        "denial-of-a-compatible-figure",
        "incompatible",
        "denial-of-an-incompatible-figure",
        "same-origin",
        "other-period",
        "a-rate",
        "count-is-the-measures-unit",
        "an-increment",
    ],
)
def test_corroborate(corpus: Corpus, expected: dict[str, Any]) -> None:
    assert Corroboration(claim=C("claim:a"), origin=AGENCY, compared=True, **expected) == corroborate(
        corpus, "claim:a"
    )


def test_a_claim_without_a_figure_is_not_compared() -> None:
    corpus = sound_corpus()
    claim = attrs.evolve(corpus.claim("claim:a"), measure=None, value=None, predicate="left")
    assert Corroboration(claim=C("claim:a"), origin=AGENCY, compared=False) == corroborate(corpus, claim)


def test_an_origin_with_several_claims_is_listed_once() -> None:
    corpus = sound_corpus()
    third = attrs.evolve(corpus.claim("claim:b"), id=C("claim:b2"))
    corpus = attrs.evolve(corpus, claims=(*corpus.claims, third))
    result = corroborate(corpus, "claim:a")
    assert (OriginClaims(INSTITUTE, (C("claim:b"), C("claim:b2"))),) == result.supporting
    assert 1 == result.independent_support


def test_an_unknown_claim() -> None:
    with pytest.raises(UnknownIdError, match="no claim with id 'claim:nope' in this corpus"):
        corroborate(sound_corpus(), "claim:nope")


def test_the_seed_claims_are_corroborated_without_error() -> None:
    corpus = load_seed_corpus()
    for claim in corpus.claims:
        result = corroborate(corpus, claim)
        assert result.compared == (claim.value is not None)


# Unmarked counts of a few small figures: every pair is compared, and equal bounds are common.
_ESTIMATES = estimates(unit="count", numbers=small_counts, marked=False)


@given(_ESTIMATES, _ESTIMATES)
def test_support_and_contradiction_are_symmetric(a: Estimate, b: Estimate) -> None:
    corpus = with_claim(with_claim(sound_corpus(), "claim:a", value=a), "claim:b", value=b)
    of_a, of_b = corroborate(corpus, "claim:a"), corroborate(corpus, "claim:b")
    assert bool(of_a.supporting) == bool(of_b.supporting)
    assert bool(of_a.contradicting) == bool(of_b.contradicting)
    assert bool(of_a.supporting) != bool(of_a.contradicting)


def test_a_second_report_of_one_press_conference_is_an_echo_not_support() -> None:
    corpus = press_conference()
    herald = corroborate(corpus, "claim:herald-120")
    assert ("claim:courier-presser",) == herald.echoes
    assert [INSTITUTE] == [group.origin for group in herald.supporting]
    assert 1 == corroborate(corpus, "claim:institute-120").independent_support


def test_a_declared_occasion_makes_reports_by_an_unnamed_claimant_one_voice() -> None:
    corpus = press_conference(occasion="presser")
    institute = corroborate(corpus, "claim:institute-120")
    assert [("org:government", ("claim:herald-120", "claim:courier-presser"))] == [
        (group.origin.agent, group.claims) for group in institute.supporting
    ]
    assert ("claim:courier-presser",) == corroborate(corpus, "claim:herald-120").echoes


def test_reports_of_one_statement_that_differ_contradict_each_other() -> None:
    corpus = press_conference(210)
    herald = corroborate(corpus, "claim:herald-120")
    assert [("claim:courier-presser",)] == [group.claims for group in herald.contradicting]


def test_a_superseded_figure_neither_supports_nor_contradicts_its_revision() -> None:
    corpus = revised_toll()
    ministry = corroborate(corpus, "claim:ministry-47")
    assert ((), (), ()) == (ministry.supporting, ministry.contradicting, ministry.echoes)


@given(st.lists(st.sampled_from([120, 130, 210]), max_size=3), st.sampled_from([120, 210]), st.booleans())
def test_a_second_report_of_one_statement_never_adds_corroboration(
    more: list[int], added: int, declared: bool
) -> None:
    occasion = "presser" if declared else None
    before = press_conference(occasion=occasion, more=tuple(more))
    after = press_conference(occasion=occasion, more=(*more, added))
    for claim in before.claims:
        assert (
            corroborate(after, claim.id).independent_support
            <= corroborate(before, claim.id).independent_support
        )
