"""Verdicts on pairs of figures, each with a reason a person can read.

Two figures agree, are the same figure re-reported, differ in a way time explains, contradict each other,
count different things, or are not comparable. Facts given as words (a status, a rank) are judged with the
same verdicts (`judge_facts`), where a later word from the same origin supersedes its earlier one and two
reports of one statement that give different words are a reporting conflict.

>>> from centasia_claims.reconciliation import FigureVerdict
>>> [verdict.value for verdict in FigureVerdict]  # doctest: +NORMALIZE_WHITESPACE
['agree', 'same_figure', 'explained_by_time', 'contradiction', 'superseded', 'reporting_conflict',
 'different_definitions', 'not_comparable']
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from centasia_claims.model import ClaimId, MeasureKind
from centasia_claims.reconciliation._scope import scopes_differ
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.reconciliation._figures import Figure

__all__ = ["FigureVerdict", "PairVerdict", "judge", "timeline_key"]


class FigureVerdict(enum.StrEnum):
    """How two figures for one measure relate.

    "over 2,000" Tajiks had joined by 2016, but only 1,141 by September 2017: a running total cannot fall.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> result.verdict("claim:tariq-over-2000-2014-2016", "claim:odr-interior-ministry-1141").verdict
    <FigureVerdict.CONTRADICTION: 'contradiction'>
    """

    AGREE = "agree"
    """Their intervals overlap: both can hold."""
    SAME_FIGURE = "same_figure"
    """The same value from the same root claimant: one figure reported again, not a second source."""
    EXPLAINED_BY_TIME = "explained_by_time"
    """They differ, and their dates explain it: a cumulative count that grew, a level that changed."""
    CONTRADICTION = "contradiction"
    """They cannot both hold: for the same event or period, or a cumulative count that fell."""
    SUPERSEDED = "superseded"
    """The same origin gave another word later: the later one replaces the earlier (facts given as words)."""
    REPORTING_CONFLICT = "reporting_conflict"
    """Two reports of one statement (the same origin, occasion or date) give different words."""
    DIFFERENT_DEFINITIONS = "different_definitions"
    """Their scopes differ (who, where, on what time basis, in what unit they count): the reason names the
    dimension."""
    NOT_COMPARABLE = "not_comparable"
    """Different units, a figure set aside, or a difference that only dates could settle and one has none."""


@attrs.frozen(kw_only=True)
class PairVerdict:
    """The verdict on two figures, earlier first, with its reason.

    Attributes:
        first: The claim of the figure that comes first on the timeline.
        second: The claim of the other figure.
        verdict: How they relate.
        reason: Why, in words: "up to 1,000 (2016-01) and 1,141 (2017): a cumulative count that grew".

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> pair = result.verdict("claim:odr-interior-ministry-1141", "claim:rferl-authorities-up-to-1000")
    >>> pair.first, pair.verdict
    ('claim:rferl-authorities-up-to-1000', <FigureVerdict.EXPLAINED_BY_TIME: 'explained_by_time'>)
    >>> print(pair)
    explained by time: up to 1,000 (2016-01) and 1,141 (2017-09-28): a cumulative count that grew
    """

    first: ClaimId
    second: ClaimId
    verdict: FigureVerdict
    reason: str

    def __str__(self) -> str:
        return f"{self.verdict.value.replace('_', ' ')}: {self.reason}"


def timeline_key(figure: Figure) -> tuple[bool, int, int, str]:
    """Timeline order: dated figures by start then end, undated ones last, ties by claim id."""
    placement = figure.placement
    return (not placement.is_dated, placement.first, placement.last, figure.claim)


def _verdict(first: Figure, second: Figure, verdict: FigureVerdict, why: str) -> PairVerdict:
    return PairVerdict(
        first=first.claim,
        second=second.claim,
        verdict=verdict,
        reason=f"{first.label} and {second.label}: {why}",
    )


def judge(a: Figure, b: Figure, kind: MeasureKind) -> PairVerdict:  # noqa: PLR0911  (one return per rule, in order)
    """The verdict on two figures of one measure of this kind.

    The rules, in order: a figure set aside or in another unit is not comparable; figures whose scopes
    differ (`scopes_differ`) have different definitions, the reason naming the dimension; the same value
    from the same root claimant is the same figure; overlapping intervals agree; disjoint ones contradict
    for an event; otherwise their dates decide (an undated one is not comparable): a cumulative count may
    grow but not fall, and a snapshot may change between periods but not within one.

    The same two figures, as a running total and as the count of one event:

    >>> from centasia_claims import MeasureKind, load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> up_to = result.figure("claim:rferl-authorities-up-to-1000")
    >>> ministry = result.figure("claim:odr-interior-ministry-1141")
    >>> judge(up_to, ministry, MeasureKind.CUMULATIVE).verdict
    <FigureVerdict.EXPLAINED_BY_TIME: 'explained_by_time'>
    >>> print(judge(up_to, ministry, MeasureKind.EVENT))  # doctest: +NORMALIZE_WHITESPACE
    contradiction: up to 1,000 (2016-01) and 1,141 (2017-09-28): they cannot both hold for the same event
    ([900, 1000] vs {1141})
    """
    first, second = sorted((a, b), key=timeline_key)
    aside = next((figure for figure in (first, second) if figure.set_aside is not None), None)
    if aside is not None:
        return _verdict(
            first, second, FigureVerdict.NOT_COMPARABLE, f"{aside.phrase} is set aside: {aside.set_aside}"
        )
    one, other = first.interval, second.interval
    if one is None or other is None or first.unit != second.unit:
        return _verdict(
            first, second, FigureVerdict.NOT_COMPARABLE, f"one is in {first.unit}, the other in {second.unit}"
        )
    difference = scopes_differ(first.scope, second.scope)
    if difference is not None:
        return _verdict(
            first, second, FigureVerdict.DIFFERENT_DEFINITIONS, f"they count different things ({difference})"
        )
    if first.claimant is not None and first.claimant == second.claimant and one == other:
        return _verdict(
            first,
            second,
            FigureVerdict.SAME_FIGURE,
            f"the same figure from {first.claimant_name}, reported again",
        )
    common = one.intersection(other)
    if common is not None:
        return _verdict(first, second, FigureVerdict.AGREE, f"the bounds overlap in {common}")
    low, high = (first, second) if one.is_below(other) else (second, first)
    if kind is MeasureKind.EVENT:
        return _verdict(
            first,
            second,
            FigureVerdict.CONTRADICTION,
            f"they cannot both hold for the same event ({one} vs {other})",
        )
    undated = next((figure for figure in (first, second) if not figure.placement.is_dated), None)
    if undated is not None:
        return _verdict(
            first,
            second,
            FigureVerdict.NOT_COMPARABLE,
            f"{undated.phrase} is undated, and different figures of a {kind.value} measure "
            "compare only by date",
        )
    if kind is MeasureKind.CUMULATIVE:
        return _cumulative(first, second, low, high)
    if (first.placement.first, first.placement.last) == (second.placement.first, second.placement.last):
        return _verdict(
            first,
            second,
            FigureVerdict.CONTRADICTION,
            f"they cannot both hold for the same period ({one} vs {other})",
        )
    return _verdict(
        first,
        second,
        FigureVerdict.EXPLAINED_BY_TIME,
        f"a level that changed between {first.placement} and {second.placement}",
    )


def _cumulative(first: Figure, second: Figure, low: Figure, high: Figure) -> PairVerdict:
    # A running total reached the smaller value before the larger one: possible iff the smaller figure can be
    # dated strictly before the larger one, i.e. its span starts before the larger one's span ends.
    if low.placement.first < high.placement.last:
        overlap = first.placement.last >= second.placement.first
        why = "a cumulative count that grew"
        if overlap:
            why += f" (their periods overlap; {low.phrase} can be the earlier)"
        return _verdict(first, second, FigureVerdict.EXPLAINED_BY_TIME, why)
    when = "later" if low.placement.first > high.placement.last else "no earlier"
    return _verdict(
        first,
        second,
        FigureVerdict.CONTRADICTION,
        f"a cumulative count that fell: {low.phrase} is smaller than {high.phrase} but dated {when}",
    )


register_result(PairVerdict)
