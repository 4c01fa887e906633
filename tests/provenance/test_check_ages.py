"""Ages against birth dates: the range of ages a birth date allows at a date, and the findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import MeasureKind, PartialDate, Period, check_provenance
from centasia_claims.model import EntityId
from centasia_claims.provenance import FindingKind
from centasia_claims.provenance._check_ages import age_range
from tests.builders import sound_corpus


@pytest.mark.parametrize(
    ("birth", "when", "expected"),
    [
        (PartialDate(1952, 10, 5), "2024-03", (71, 71)),
        (PartialDate(1952, 10, 5), "2024-10", (71, 72)),
        (PartialDate(1975), "2016", (40, 41)),
        (PartialDate(1975), "2016-01-01", (40, 41)),
        (PartialDate(1975, 12, 31), "2016-01-01", (40, 40)),
        (PartialDate(1975), "2016/..", (40, None)),
        (PartialDate(1975), "../2016", (0, 41)),
    ],
)
def test_age_range(birth: PartialDate, when: str, expected: tuple[int, int | None]) -> None:
    assert expected == age_range(birth, Period.parse(when))


@given(st.dates(dt.date(1900, 1, 1), dt.date(2000, 12, 31)), st.integers(0, 100), st.integers(0, 364))
def test_the_exact_age_lies_in_the_range(born: dt.date, years: int, days: int) -> None:
    on = born + dt.timedelta(days=365 * years + days)
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    least, most = age_range(PartialDate.from_date(born), Period.of(PartialDate.from_date(on)))
    assert least == age == most


def _with_birth(birth: PartialDate | None, **claim_changes: Any) -> list[str]:
    corpus = sound_corpus()
    measure = attrs.evolve(corpus.measures[0], age_of=EntityId("person:spokesman"))
    person = attrs.evolve(corpus.persons[0], birth_date=birth)
    claims = tuple(attrs.evolve(c, **claim_changes) if c.id == "claim:a" else c for c in corpus.claims)
    corpus = attrs.evolve(corpus, measures=(measure,), persons=(person,), claims=claims)
    return [finding.message for finding in check_provenance(corpus).of_kind(FindingKind.AGE_MISMATCH)]


def test_an_age_that_fits_its_birth_date() -> None:
    assert [] == _with_birth(PartialDate(1895))


def test_without_a_birth_date_nothing_is_checked() -> None:
    assert [] == _with_birth(None)


def test_the_as_of_date_comes_first() -> None:
    assert [
        "'120' ({120} years) as of 1990-05, but the Agency's spokesman was born 1895, so was 94 to 95 then: "
        "check the age, the date or the birth date"
    ] == _with_birth(PartialDate(1895), as_of=PartialDate(1990, 5))


def test_an_undated_age_is_not_checked() -> None:
    corpus = sound_corpus()
    undated = attrs.evolve(corpus.sources[0], published=None)
    claim_a = attrs.evolve(corpus.claims[0], period=None)
    measure = attrs.evolve(corpus.measures[0], age_of=EntityId("person:spokesman"))
    person = attrs.evolve(corpus.persons[0], birth_date=PartialDate(1990))
    corpus = attrs.evolve(
        corpus,
        sources=(undated, *corpus.sources[1:]),
        claims=(claim_a, *corpus.claims[1:]),
        measures=(measure,),
        persons=(person,),
    )
    assert ["claim:b"] == [
        claim
        for finding in check_provenance(corpus).of_kind(FindingKind.AGE_MISMATCH)
        for claim in finding.claims
    ]


def _years_corpus(
    phrase: str, *, about: tuple[str, ...], kind: MeasureKind, claim_about: tuple[str, ...]
) -> list[str]:
    """The sound corpus with its measure in years and claim:a's figure written as ``phrase`` (120 years)."""
    corpus = sound_corpus()
    measure = attrs.evolve(
        corpus.measures[0], unit="years", kind=kind, about=tuple(EntityId(entity) for entity in about)
    )
    person = attrs.evolve(corpus.persons[0], birth_date=PartialDate(1950))
    claim_a = corpus.claim("claim:a")
    value = attrs.evolve(claim_a.value, phrase=phrase) if claim_a.value else None
    claims = tuple(
        attrs.evolve(c, value=value, about=tuple(EntityId(e) for e in claim_about), quote=c.quote)
        if c.id == "claim:a"
        else attrs.evolve(c, about=())
        for c in corpus.claims
    )
    corpus = attrs.evolve(corpus, measures=(measure,), persons=(person,), claims=claims)
    return [
        claim
        for finding in check_provenance(corpus).of_kind(FindingKind.AGE_MISMATCH)
        for claim in finding.claims
    ]


@pytest.mark.parametrize(
    ("phrase", "about", "kind", "claim_about", "expected"),
    [
        ("120", ("person:spokesman",), MeasureKind.SNAPSHOT, (), []),
        ("120", ("person:spokesman",), MeasureKind.EVENT, (), []),
        ("120", ("person:spokesman", "org:agency"), MeasureKind.SNAPSHOT, (), []),
        ("120", ("org:agency",), MeasureKind.SNAPSHOT, (), []),
        ("120", (), MeasureKind.EVENT, ("person:spokesman",), []),
    ],
    ids=["years-about-one-person-is-not-an-age", "an-event-in-years", "about-two", "about-a-body", "no-cue"],
)
def test_which_figures_are_ages(
    phrase: str, about: tuple[str, ...], kind: MeasureKind, claim_about: tuple[str, ...], expected: list[str]
) -> None:
    assert expected == _years_corpus(phrase, about=about, kind=kind, claim_about=claim_about)


def test_a_figure_written_as_an_age() -> None:
    corpus = sound_corpus()
    person = attrs.evolve(corpus.persons[0], birth_date=PartialDate(1950))
    claim_a = corpus.claim("claim:a")
    assert claim_a.value is not None
    assert claim_a.quote is not None
    text = "The spokesman, aged 120, left in 2015."
    document = attrs.evolve(corpus.documents[0], text=corpus.documents[0].text + text)
    start = len(corpus.documents[0].text)
    quote = attrs.evolve(claim_a.quote, exact=text, start=start, end=start + len(text), prefix="", suffix="")
    aged = attrs.evolve(
        claim_a,
        quote=quote,
        value=attrs.evolve(claim_a.value, phrase="aged 120"),
        about=(EntityId("person:spokesman"),),
    )
    source = attrs.evolve(corpus.sources[0], span=attrs.evolve(corpus.sources[0].span, end=start + len(text)))
    corpus = attrs.evolve(
        corpus,
        documents=(document,),
        sources=(source, *corpus.sources[1:]),
        persons=(person,),
        claims=(aged, *corpus.claims[1:]),
    )
    findings = check_provenance(corpus).of_kind(FindingKind.AGE_MISMATCH)
    assert [
        "'aged 120' ({120} years) as of 2015, but the Agency's spokesman was born 1950, "
        "so was 64 to 65 then: check the age, the date or the birth date"
    ] == [finding.message for finding in findings]
