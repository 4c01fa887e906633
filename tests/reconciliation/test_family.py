"""reconcile_family: scenarios of related measures, with every check's verdict and reason asserted."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Corpus, Measure, MeasureKind, load_seed_corpus
from centasia_claims.errors import ReconcileError, UnknownIdError
from centasia_claims.model import MeasureRelation, MeasureRelationKind
from centasia_claims.reconciliation import FigureVerdict, reconcile_family
from tests.builders import (
    FIGHTERS,
    LOCALS,
    PEOPLE,
    TOTAL,
    YEARLY,
    claim,
    exact,
    flow_corpus,
    increment_corpus,
    share_corpus,
)

if TYPE_CHECKING:
    import random


def _checks(corpus: Corpus, measures: str | list[str]) -> list[str]:
    return [str(check) for check in reconcile_family(corpus, measures).checks]


def test_a_share_of_another_measure() -> None:
    assert [
        "contradiction: share_of: More than half (2020) of 6,000 (2020) gives (3000, 6000] people, and 2,000 "
        "(2020) is {2000}: they cannot both hold",
        "agree: share_of: More than half (2020) of 6,000 (2020) gives (3000, 6000] people, and About 4,000 "
        "(2020) is [3600, 4400]: they overlap",
    ] == _checks(share_corpus(), "measure:fighters")


def test_a_share_without_counts_gives_the_count_it_implies() -> None:
    corpus = share_corpus()
    corpus = attrs.evolve(
        corpus, claims=tuple(c for c in corpus.claims if c.id in {"claim:fighters", "claim:half"})
    )
    (check,) = reconcile_family(corpus, "measure:locals").checks
    assert "agree: share_of: More than half (2020) of 6,000 (2020): gives (3000, 6000] people" == str(check)
    assert "(3000, 6000]" == str(check.implied)


def test_an_increment_on_a_base() -> None:
    assert [
        "contradiction: increment_of: 1.3 million (2019) plus hundreds of thousands more (2019) give "
        "[1370000, 2429999], and their whole At most 1.2 million (2019) is (-∞, 1200000]: the total exceeds "
        "its whole",
        "agree: increment_of: 1.3 million (2019) plus hundreds of thousands more (2019) give [1370000, "
        "2429999], "
        "and their whole Two million (2019) is [1800000, 2200000]: the total does not exceed it",
        "agree: subset_of: 1.3 million (2019) within At most 1.2 million (2019): it does not exceed its "
        "whole "
        "([1170000, 1430000] vs (-∞, 1200000])",
        "agree: subset_of: 1.3 million (2019) within Two million (2019): it does not exceed its whole "
        "([1170000, 1430000] vs [1800000, 2200000])",
    ] == _checks(increment_corpus(), "measure:more")


def test_a_flow_against_a_stock() -> None:
    assert [
        "contradiction: flow_of: 1,200 (2016) against the growth from 500 (2014) to 1,000 (2016) ([0, 500]): "
        "the flow exceeds what the total grew by",
        "contradiction: flow_of: 1,200 (2016) against the running total 1,000 (2016): the flow exceeds the "
        "total",
        "agree: flow_of: about 300 (2015) against the growth from 500 (2014) to 1,000 (2016) ([0, 500]): "
        "the flow fits",
        "agree: flow_of: about 300 (2015) against the running total 1,000 (2016): the flow does not exceed "
        "the "
        "total",
        "contradiction: flow_of: 800 (2015) against the growth from 500 (2014) to 1,000 (2016) ([0, 500]): "
        "the flow exceeds what the total grew by",
        "agree: flow_of: 800 (2015) against the running total 1,000 (2016): the flow does not exceed the "
        "total",
    ] == _checks(flow_corpus(), "measure:yearly")


@pytest.mark.parametrize("start", ["measure:total", "measure:yearly"])
def test_relations_are_followed_both_ways(start: str) -> None:
    family = reconcile_family(flow_corpus(), start)
    assert ("measure:total", "measure:yearly") == family.measures
    assert 6 == len(family.checks)
    assert [FigureVerdict.CONTRADICTION] * 3 == [check.verdict for check in family.contradictions]


def test_without_a_corpus_measures_and_claims_are_given() -> None:
    corpus = flow_corpus()
    family = reconcile_family(
        None, [YEARLY, TOTAL], claims=corpus.claims, sources={s.id: s for s in corpus.sources}
    )
    assert family.checks == reconcile_family(corpus, "measure:yearly").checks


def test_a_relation_to_a_measure_not_given_is_noted() -> None:
    corpus = flow_corpus()
    family = reconcile_family(None, [YEARLY], claims=[c for c in corpus.claims if c.measure == YEARLY.id])
    assert () == family.checks
    assert ("measure:yearly is flow_of measure:total, which was not given: not checked",) == family.notes


def test_the_member_and_check_lookups() -> None:
    family = reconcile_family(share_corpus(), [FIGHTERS, "measure:locals"])
    assert "measure:locals" == family.member("measure:locals").measure
    assert FigureVerdict.AGREE == family.check("claim:half", "claim:fighters", "claim:4000").verdict
    with pytest.raises(ReconcileError) as caught:
        family.member("measure:x")
    assert "'measure:x' is not in this family (its measures: measure:fighters, measure:locals)" == str(
        caught.value
    )
    with pytest.raises(ReconcileError) as caught:
        family.check("claim:fighters", "claim:half")
    assert (
        "no relation check compares 'claim:fighters', 'claim:half': give the figures as a check lists them"
        == str(caught.value)
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: reconcile_family(None, "measure:fighters"),
            "cannot reconcile the family of 'measure:fighters' without a corpus: pass the corpus that holds "
            "it, "
            "or the Measure objects with their claims",
        ),
        (
            lambda: reconcile_family(None, [LOCALS, "measure:fighters"]),
            "cannot reconcile the family of 'measure:fighters' without a corpus: pass the corpus that holds "
            "it, "
            "or the Measure objects with their claims",
        ),
        (
            lambda: reconcile_family(None, []),
            "no measures given: pass at least one measure, by id or as a Measure",
        ),
        (
            lambda: reconcile_family(None, [FIGHTERS], claims=share_corpus().claims),
            "claim 'claim:half' is for 'measure:locals', which is not in the family (measure:fighters): "
            "pass its measure too",
        ),
    ],
    ids=["an-id-without-a-corpus", "ids-among-measures", "nothing", "a-claim-of-another-measure"],
)
def test_errors(call: object, message: str) -> None:
    with pytest.raises(ReconcileError) as caught:
        call()  # type: ignore[operator]
    assert message == str(caught.value)


def test_an_unknown_measure_id() -> None:
    with pytest.raises(UnknownIdError):
        reconcile_family(share_corpus(), "measure:nope")


def test_the_seed_family_of_those_who_went() -> None:
    family = reconcile_family(load_seed_corpus(), "measure:tajik-fighters-pardoned")
    assert (
        "measure:tajik-fighters-killed",
        "measure:tajik-fighters-pardoned",
        "measure:tajik-fighters-returned",
        "measure:tajik-militants-died-abroad",
        "measure:tajik-students-joined-is",
        "measure:tajiks-joined-is-syria-iraq",
    )[1:3] == family.measures[1:3]
    assert [] == [str(check) for check in family.contradictions]


def test_the_seed_remittance_share_implies_a_share_of_gdp() -> None:
    family = reconcile_family(load_seed_corpus(), "measure:tajikistan-remittances-from-russia-share")
    (check,) = family.checks
    assert (
        "agree: share_of: 90 percent (undated) of Over 40 percent (undated): gives (36, 90] percent"
        == str(check)
    )


CORPORA = {"share": share_corpus(), "increment": increment_corpus(), "flow": flow_corpus()}


@given(st.sampled_from(sorted(CORPORA)), st.randoms())
def test_relation_checks_do_not_depend_on_the_order_of_measures_or_claims(
    name: str, rng: random.Random
) -> None:
    corpus = CORPORA[name]
    measures = list(corpus.measures)
    claims = list(corpus.claims)
    rng.shuffle(measures)
    rng.shuffle(claims)
    sources = {source.id: source for source in corpus.sources}
    expected = reconcile_family(None, list(corpus.measures), claims=corpus.claims, sources=sources)
    assert expected == reconcile_family(None, measures, claims=claims, sources=sources)
    assert expected.checks == reconcile_family(corpus, [measure.id for measure in measures]).checks


def test_a_family_renders_its_checks() -> None:
    family = reconcile_family(share_corpus(), "measure:fighters")
    assert [
        "family of 2 measures: measure:fighters, measure:locals",
        "  checks:",
        "    contradiction: share_of: More than half (2020) of 6,000 (2020) gives (3000, 6000] people, "
        "and 2,000 (2020) is {2000}: they cannot both hold",
        "    agree: share_of: More than half (2020) of 6,000 (2020) gives (3000, 6000] people, "
        "and About 4,000 (2020) is [3600, 4400]: they overlap",
    ] == str(family).splitlines()
    assert "<td>share_of</td>" in family._repr_html_()
    alone = reconcile_family(None, [YEARLY])
    assert [
        "family of 1 measures: measure:yearly",
        "  checks:",
        "    (no relations between them)",
        "  note: measure:yearly is flow_of measure:total, which was not given: not checked",
    ] == str(alone).splitlines()


@given(
    st.lists(st.integers(1, 50), min_size=1, max_size=4),
    st.lists(st.integers(1, 50), min_size=1, max_size=4),
    st.sampled_from(MeasureKind),
)
def test_a_same_as_relation_checks_the_same_pairs_whichever_measure_states_it(
    one: list[int], other: list[int], kind: MeasureKind
) -> None:
    def family(stated_on_first: bool) -> list[tuple[tuple[str, ...], FigureVerdict]]:
        first = Measure(id="measure:a", label="a", unit=PEOPLE, kind=kind)
        second = Measure(id="measure:b", label="b", unit=PEOPLE, kind=kind)
        link = (MeasureRelation(MeasureRelationKind.SAME_AS, first.id if not stated_on_first else second.id),)
        first, second = (
            (attrs.evolve(first, relations=link), second)
            if stated_on_first
            else (
                first,
                attrs.evolve(second, relations=link),
            )
        )
        claims = [
            claim(f"claim:{measure.id[-1]}{index}", exact(str(value), value, PEOPLE), measure, period="2016")
            for measure, values in ((first, one), (second, other))
            for index, value in enumerate(values)
        ]
        result = reconcile_family(None, [first, second], claims=claims)
        return sorted((tuple(sorted(check.claims)), check.verdict) for check in result.checks)

    assert family(stated_on_first=True) == family(stated_on_first=False)
