"""Ages stated in claims, checked against the birth dates of the people they are about.

A claim gives a person's age when its measure says whose age it gives (``age_of``), or when its figure is
written as an age ("a 41-year-old", "36 years old", `_AGE_CUES`) and the claim is about a person first. A
measure in years about one person is not taken for an age: a term of office or a rule of thirty years is one
too. The age is stated at the
claim's date (its ``as_of``, else its period, else its source's publication date, as reconciliation places
it). Between the earliest and latest days the birth date and the claim's date may mean, the person's age runs
from a least to a greatest whole number of years; an age outside that range is a finding.

>>> from centasia_claims import PartialDate, Period
>>> from centasia_claims.provenance._check_ages import age_range
>>> age_range(PartialDate(1952, 10, 5), Period.parse("2024-03"))
(71, 71)
>>> age_range(PartialDate(1975), Period.parse("2016"))
(40, 41)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from centasia_claims.model import Period, Person
from centasia_claims.provenance._findings import Finding, FindingKind
from centasia_claims.reconciliation import Interval, place, read_estimate

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Measure, PartialDate

__all__ = ["age_range", "check_ages"]


_AGE_CUES: Final = ("year-old", "year old", "years old", "years of age", "aged")
"""Words that write a figure as an age, compared in lower case with spaces folded. Source: the ages of the
seed documents ("The 41-year-old Colonel", "is 36 years old", "95-year-old") and news usage ("aged 22")."""


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_range(birth: PartialDate, when: Period) -> tuple[int, int | None]:
    """The least and greatest age in whole years of someone born on ``birth`` at a time within ``when``.

    ``None`` as the greatest when ``when`` has no end.
    """
    first, last = when.days()
    least = 0 if first is None else max(_age(birth.last_day(), first), 0)
    most = None if last is None else _age(birth.first_day(), last)
    return least, most


def _when(corpus: Corpus, claim: Claim) -> Period | None:
    if claim.as_of is not None:
        return Period.of(claim.as_of)
    return place(claim, corpus.source(claim.source)).period


def _whose_age(corpus: Corpus, claim: Claim, measure: Measure) -> Person | None:
    """The person whose age a claim gives, by the rules of the module, or ``None``."""
    candidates: list[str] = []
    if measure.age_of is not None:
        candidates.append(measure.age_of)
    phrase = "" if claim.value is None else " ".join(claim.value.phrase.casefold().split())
    if not candidates and claim.about and any(cue in phrase for cue in _AGE_CUES):
        candidates.append(claim.about[0])
    for candidate in candidates:
        found = corpus.entity(candidate)  # every reference names an entity: the integrity checks say so
        if isinstance(found, Person):
            return found
    return None


def check_ages(corpus: Corpus) -> Iterator[Finding]:
    """Every age a claim gives that the birth date of the person it is the age of does not allow."""
    for measure in corpus.measures:
        for claim in corpus.claims_for(measure.id):
            person = _whose_age(corpus, claim, measure)
            when = _when(corpus, claim)
            if person is None or person.birth_date is None or claim.value is None or when is None:
                continue
            least, most = age_range(person.birth_date, when)
            possible = Interval(low=least, high=most)
            stated = read_estimate(claim.value, literal=True)[0]
            if stated.overlaps(possible):
                continue
            ages = f"{least}" if least == most else f"{least} to {'any age' if most is None else most}"
            yield Finding(
                FindingKind.AGE_MISMATCH,
                (claim.id,),
                f"{claim.value.phrase!r} ({stated} years) as of {when}, but {person.display_name} was born "
                f"{person.birth_date}, so was {ages} then: check the age, the date or the birth date",
            )
