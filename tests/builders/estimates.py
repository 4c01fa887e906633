"""Estimates in one short call per qualifier, read as the convention reads the phrase; shares of a claim."""

from __future__ import annotations

import attrs

from centasia_claims import Estimate, Qualifier
from centasia_claims.model import ClaimId

PERCENT = "percent"
PEOPLE = "people"


@attrs.frozen(kw_only=True)
class Marks:
    """What an estimate carries beside its figures."""

    hedged: bool = False
    additive: bool = False
    per: str | None = None


PLAIN = Marks()
HEDGED = Marks(hedged=True)
ADDITIVE = Marks(additive=True)


def _make(
    phrase: str,
    qualifier: Qualifier,
    unit: str,
    *,
    marks: Marks,
    low: float | None = None,
    high: float | None = None,
    point: float | None = None,
    values: tuple[float, ...] = (),
) -> Estimate:
    return Estimate(
        phrase=phrase,
        qualifier=qualifier,
        unit=unit,
        low=low,
        high=high,
        point=point,
        values=values,
        hedged=marks.hedged,
        additive=marks.additive,
        per=marks.per,
    )


def exact(phrase: str, value: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.EXACT, unit, marks=marks, low=value, high=value, point=value)


def approximate(
    phrase: str, low: float, high: float, point: float, unit: str = "count", *, marks: Marks = PLAIN
) -> Estimate:
    return _make(phrase, Qualifier.APPROXIMATE, unit, marks=marks, low=low, high=high, point=point)


def at_least(phrase: str, low: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.AT_LEAST, unit, marks=marks, low=low)


def more_than(phrase: str, low: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.MORE_THAN, unit, marks=marks, low=low)


def at_most(phrase: str, high: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.AT_MOST, unit, marks=marks, high=high)


def less_than(phrase: str, high: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.LESS_THAN, unit, marks=marks, high=high)


def between(phrase: str, low: float, high: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.RANGE, unit, marks=marks, low=low, high=high)


def vague(phrase: str, low: float, high: float | None, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    estimate = _make(phrase, Qualifier.VAGUE, unit, marks=marks, low=low, high=high)
    # "majority" is more than 50: its low bound is open.
    return attrs.evolve(estimate, low_inclusive=high is not None)


def listed(phrase: str, *values: float, unit: str = "count", marks: Marks = PLAIN) -> Estimate:
    return _make(phrase, Qualifier.EXACT, unit, marks=marks, values=values)


def share_of(whole: str, share: Estimate) -> Estimate:
    """The share ``share`` (in percent) taken of the figure of the claim ``whole``."""
    return attrs.evolve(share, share_of=ClaimId(whole))


def half_of(whole: str) -> Estimate:
    """The share "half" of the figure of the claim ``whole``."""
    return share_of(whole, exact("half", 50, PERCENT))
