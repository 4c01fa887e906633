"""Verdicts on pairs of figures, each with a reason a person can read.

Two figures agree, are the same figure re-reported, differ in a way time explains, contradict each other, one
supersedes the other (a revision), they are two reports of one statement that differ, one is a stale relay of
the other, they count different things, or they are not comparable. Facts given as words (a status, a rank)
are judged with the same verdicts (`judge_facts`).

>>> from centasia_claims.reconciliation import FigureVerdict
>>> [verdict.value for verdict in FigureVerdict]  # doctest: +NORMALIZE_WHITESPACE
['agree', 'same_figure', 'explained_by_time', 'contradiction', 'superseded', 'reporting_conflict',
 'stale_relay', 'different_definitions', 'not_comparable']
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_record
from centasia_claims.model import ClaimId, MeasureKind
from centasia_claims.reconciliation._revisions import revision_rule, unrevised_reason
from centasia_claims.reconciliation._scope import scopes_differ
from centasia_claims.reconciliation._stale import stale_rule
from centasia_claims.reconciliation._statements import reports_rule
from centasia_claims.reconciliation._timeline import Dating
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = [
    "FigureVerdict",
    "PairVerdict",
    "as_revisable",
    "judge",
    "judged",
    "revision_reason",
    "rule_of",
    "same_time",
    "timeline_key",
]


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
    """A later figure (or word) replaces an earlier one: on a revisable measure, a later figure from the same
    origin or from one ranked higher in the measure's authority order (also when lower); for facts given as
    words, a later word from the same origin."""
    REPORTING_CONFLICT = "reporting_conflict"
    """Two reports of one statement (one speaker, one occasion) give figures or words that do not agree: one
    of the relays got it wrong."""
    STALE_RELAY = "stale_relay"
    """A relay published long after repeats the other figure from the same origin: one figure, at its date."""
    DIFFERENT_DEFINITIONS = "different_definitions"
    """Their scopes differ (who, where, on what time basis, in what unit they count): the reason names the
    dimension."""
    NOT_COMPARABLE = "not_comparable"
    """Different units, a figure set aside, or a difference that only dates could settle and one has none."""


class _Deferred:
    """What a `PairVerdict` made by `judge` keeps to write its claims and reason when they are first read.

    The sweep of a measure of a million figures finds millions of contradicting pairs, and most of their
    reasons are never read: each verdict keeps its two figures and the rules it was judged by instead, and
    writes its reason (by the same rules, `_rules`) on first use; its claims are its figures' (the collector,
    which looks into every verdict, then need not look at claim ids all over memory). Read or compared,
    written out, pickled or shown, a verdict is the same as one made with its claims and reason.
    """

    __slots__ = ("_kind", "_one", "_other", "_revisable")

    if not TYPE_CHECKING:  # for mypy, ``first``, ``second`` and ``reason`` are the plain fields they are

        def __getattr__(self, name: str) -> object:
            """A field, written once, when it is read before it was written (its slot is still empty)."""
            if name == "first":
                value = object.__getattribute__(self, "_one").claim
            elif name == "second":
                value = object.__getattribute__(self, "_other").claim
            elif name == "reason":
                one: Figure = object.__getattribute__(self, "_one")
                other: Figure = object.__getattribute__(self, "_other")
                verdict, why = _rules(one, other, self._kind, revisable=self._revisable, explain=True)
                if self._revisable and verdict is FigureVerdict.CONTRADICTION:
                    why += f"; {unrevised_reason(one, other)}"
                value = f"{one.label} and {other.label}: {why}"
            else:
                return object.__getattribute__(self, name)  # raises the usual AttributeError
            object.__setattr__(self, name, value)
            return value


@attrs.frozen(kw_only=True)
class PairVerdict(_Deferred):
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

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        return f"{self.verdict.value.replace('_', ' ')}: {self.reason}"


def _deferred(
    first: Figure, second: Figure, verdict: FigureVerdict, kind: MeasureKind, *, revisable: bool
) -> PairVerdict:
    """A verdict whose claims and reason are written when first read (`_Deferred`)."""
    made = object.__new__(PairVerdict)
    setter = object.__setattr__
    setter(made, "verdict", verdict)
    setter(made, "_one", first)
    setter(made, "_other", second)
    setter(made, "_kind", kind)
    setter(made, "_revisable", revisable)
    return made


def judged(first: Figure, second: Figure, verdict: FigureVerdict, kind: MeasureKind) -> PairVerdict:
    """`judge`'s verdict on two figures in timeline order, already found by `rule_of`."""
    return _deferred(first, second, verdict, kind, revisable=False)


def as_revisable(verdict: PairVerdict) -> PairVerdict:
    """A verdict of `rule_of` on two figures of a revisable measure that neither supersedes, as revisable.

    Its reason then says why neither supersedes the other; the verdict is the same (of two figures neither
    supersedes, the rules agree).
    """
    object.__setattr__(verdict, "_revisable", True)  # before its reason is first written
    return verdict


def rule_of(first: Figure, second: Figure, kind: MeasureKind) -> FigureVerdict:
    """`judge`'s verdict (not revisable) on two figures in timeline order, without its reason."""
    return _rules(first, second, kind, revisable=False, explain=False)[0]


def timeline_key(figure: Figure) -> tuple[bool, int, int, str]:
    """Timeline order: dated figures by start then end, undated ones last, ties by claim id."""
    placement = figure.placement
    return (not placement.is_dated, placement.first, placement.last, figure.claim)


def judge(a: Figure, b: Figure, kind: MeasureKind, *, revisable: bool = False) -> PairVerdict:
    """The verdict on two figures of one measure of this kind.

    The rules, in order; the first that fits gives the verdict:

    1. a figure set aside or in another unit is not comparable;
    2. figures whose scopes differ (`scopes_differ`) have different definitions, the reason naming the
       dimension;
    3. a relay that repeats the other figure long after is a stale relay of it;
    4. two reports of one statement (`Figure.occasion`) are the same figure when they overlap, and a
       reporting conflict when they do not;
    5. the same value from the same root claimant, or from one work read twice, is the same figure;
    6. for a ``revisable`` measure, a later figure from the same origin or from a higher-ranked one
       supersedes the other when it differs (`revision_rule`);
    7. overlapping intervals agree; disjoint ones contradict for an event;
    8. otherwise their dates decide (an undated one is not comparable): figures stated as of the same date,
       or given by one work without a date of their own, cannot be told apart by time; a cumulative count
       may grow but not fall, and a snapshot may change between periods but not within one.

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

    Declared revisable, the Tajik government's later figure supersedes its earlier one:

    >>> print(judge(up_to, ministry, MeasureKind.EVENT, revisable=True))  # doctest: +NORMALIZE_WHITESPACE
    superseded: up to 1,000 (2016-01) and 1,141 (2017-09-28): 1,141 (given 2017-09-28) supersedes up to
    1,000 (given 2016-01): a later figure from the same origin, Tajik government, revises it
    """
    first, second = (b, a) if timeline_key(b) < timeline_key(a) else (a, b)
    verdict = _rules(first, second, kind, revisable=revisable, explain=False)[0]
    return _deferred(first, second, verdict, kind, revisable=revisable)


def revision_reason(superseded: Figure, by: Figure, kind: MeasureKind) -> str:
    """The reason of `judge`'s verdict (revisable) on a figure and the one that supersedes it."""
    return judge(superseded, by, kind, revisable=True).reason


def _rules(  # noqa: PLR0911  (one return per rule, in order)
    first: Figure, second: Figure, kind: MeasureKind, *, revisable: bool, explain: bool
) -> tuple[FigureVerdict, str]:
    """`judge`'s rules for two figures in timeline order: the verdict, and why when ``explain`` (else ``""``).

    One function both decides and explains, so that a reason written later (`_Deferred`) is the one the
    verdict was given by.
    """
    if first.set_aside is not None or second.set_aside is not None:
        aside = first if first.set_aside is not None else second
        return (
            FigureVerdict.NOT_COMPARABLE,
            f"{aside.phrase} is set aside: {aside.set_aside}" if explain else "",
        )
    one, other = first.interval, second.interval
    if one is None or other is None or first.unit != second.unit:
        return FigureVerdict.NOT_COMPARABLE, (
            f"one is in {first.unit}, the other in {second.unit}" if explain else ""
        )
    difference = None if first.scope is second.scope else scopes_differ(first.scope, second.scope)
    if difference is not None:
        return FigureVerdict.DIFFERENT_DEFINITIONS, f"they count different things ({difference})"
    related = _same_source_or_origin(first, second, revisable=revisable, explain=explain)
    if related is not None:
        return related
    common = one.intersection(other)
    if common is not None:
        return FigureVerdict.AGREE, f"the bounds overlap in {common}" if explain else ""
    if kind is MeasureKind.EVENT:
        return FigureVerdict.CONTRADICTION, (
            f"they cannot both hold for the same event ({one} vs {other})" if explain else ""
        )
    undated = first if first.placement.period is None else second if second.placement.period is None else None
    if undated is not None:
        return FigureVerdict.NOT_COMPARABLE, (
            f"{undated.phrase} is undated, and different figures of a {kind.value} measure "
            "compare only by date"
            if explain
            else ""
        )
    low, high = (first, second) if one.is_below(other) else (second, first)
    if kind is MeasureKind.CUMULATIVE:
        return _cumulative(first, second, low, high, explain=explain)
    if (first.placement.first, first.placement.last) == (second.placement.first, second.placement.last):
        return FigureVerdict.CONTRADICTION, (
            f"they cannot both hold for the same period ({one} vs {other})" if explain else ""
        )
    if same_time(first, second):
        return FigureVerdict.CONTRADICTION, _untimed(first, one, other) if explain else ""
    return FigureVerdict.EXPLAINED_BY_TIME, (
        f"a level that changed between {first.placement} and {second.placement}" if explain else ""
    )


def _same_source_or_origin(
    first: Figure, second: Figure, *, revisable: bool, explain: bool
) -> tuple[FigureVerdict, str] | None:
    """Rules 2 to 5 of `judge`: a stale relay, one statement, one figure or one work, a revision."""
    stale = stale_rule(first, second) if first.stale or second.stale else None
    if stale is not None:
        return FigureVerdict.STALE_RELAY, stale
    reports = reports_rule(first, second) if first.occasion is not None else None
    if reports is not None:
        agree, why = reports
        return (FigureVerdict.SAME_FIGURE if agree else FigureVerdict.REPORTING_CONFLICT), why
    if first.interval == second.interval:
        if first.claimant is not None and first.claimant == second.claimant:
            return FigureVerdict.SAME_FIGURE, (
                f"the same figure from {first.claimant_name}, reported again" if explain else ""
            )
        if first.work is not None and first.work == second.work and first.source != second.source:
            return FigureVerdict.SAME_FIGURE, (
                f"the same figure in one work ({first.source} and {second.source} are both {first.work})"
                if explain
                else ""
            )
    revised = revision_rule(first, second) if revisable else None
    return None if revised is None else (FigureVerdict.SUPERSEDED, revised)


_NO_DATE_OF_ITS_OWN = frozenset({Dating.PUBLISHED, Dating.SPOKEN})
"""Placements that date a figure by when its source appeared, not by a date the text gives the figure."""


def same_time(first: Figure, second: Figure) -> bool:
    """Whether time cannot tell two dated figures apart: the same span, or one work giving both undated."""
    if (first.placement.first, first.placement.last) == (second.placement.first, second.placement.last):
        return True
    return (
        first.work is not None
        and first.work == second.work
        and first.placement.dating in _NO_DATE_OF_ITS_OWN
        and second.placement.dating in _NO_DATE_OF_ITS_OWN
    )


def _of(figure: Figure) -> Interval:
    interval = figure.interval
    assert interval is not None  # noqa: S101  (only comparable figures reach the rules of time)
    return interval


def _untimed(first: Figure, one: Interval, other: Interval) -> str:
    if first.placement.dating in _NO_DATE_OF_ITS_OWN:
        why = f"one work ({first.work}) gives both without a date of their own, so time cannot explain them"
    else:
        why = f"both are stated as of {first.placement.label}, so time cannot explain them"
    return f"{why} ({one} vs {other})"


def _cumulative(
    first: Figure, second: Figure, low: Figure, high: Figure, *, explain: bool
) -> tuple[FigureVerdict, str]:
    # A running total reached the smaller value before the larger one: possible iff the smaller figure can be
    # dated strictly before the larger one, i.e. its span starts before the larger one's span ends.
    if low.placement.first < high.placement.last and same_time(first, second):
        return FigureVerdict.CONTRADICTION, _untimed(first, _of(low), _of(high)) if explain else ""
    if low.placement.first < high.placement.last:
        why = "a cumulative count that grew"
        if explain and first.placement.last >= second.placement.first:  # their periods overlap
            why += f" (their periods overlap; {low.phrase} can be the earlier)"
        return FigureVerdict.EXPLAINED_BY_TIME, why
    if not explain:
        return FigureVerdict.CONTRADICTION, ""
    when = "later" if low.placement.first > high.placement.last else "no earlier"
    return (
        FigureVerdict.CONTRADICTION,
        f"a cumulative count that fell: {low.phrase} is smaller than {high.phrase} but dated {when}",
    )


register_result(PairVerdict)
