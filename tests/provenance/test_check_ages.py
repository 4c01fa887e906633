"""Ages against birth dates: the range of ages a birth date allows at a date, and the findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import PartialDate, Period, check_provenance
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
