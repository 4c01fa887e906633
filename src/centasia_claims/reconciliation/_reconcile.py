"""`reconcile`: one measure's figures on a timeline, a verdict on every pair, and a consensus per period.

The bulk of the work is O(n log n): figures are read and placed once, grouped by period with a sort, each
period's consensus is one intersection, and contradictions are found by a sorted sweep. Verdicts on all n²/2
pairs are produced lazily, on demand (`Reconciliation.verdicts`).

>>> from centasia_claims import load_seed_corpus, reconcile
>>> corpus = load_seed_corpus()
>>> result = reconcile(corpus, "measure:tajik-fighters-killed")
>>> print(result.figure("claim:rferl-rahimzoda-148-killed"))
2016-01-25: 148 -> {148} [claim:rferl-rahimzoda-148-killed, per Tajik government]
"""

from __future__ import annotations

import bisect
import gc
import operator
from collections import Counter
from typing import TYPE_CHECKING, Final

from centasia_claims.errors import ReconcileError, UnknownIdError
from centasia_claims.model import MeasureId, MeasureKind, Period, Scope
from centasia_claims.reconciliation._best import best_figure, outliers
from centasia_claims.reconciliation._claimants import Reader, reference_per, reference_unit
from centasia_claims.reconciliation._independent import independent_figures
from centasia_claims.reconciliation._interval import hull_of, intersection_of
from centasia_claims.reconciliation._result import Consensus, Reconciliation
from centasia_claims.reconciliation._revisions import mark_updates, revision, superseded_by
from centasia_claims.reconciliation._stale import mark_stale
from centasia_claims.reconciliation._statements import one_time_per_statement, report_pairs
from centasia_claims.reconciliation._sweep import find_contradictions
from centasia_claims.reconciliation._timeline import by_days, timeline_order
from centasia_claims.reconciliation._trend import trend_of
from centasia_claims.reconciliation._verdicts import (
    FigureVerdict,
    PairVerdict,
    as_revisable,
    judge,
    revision_reason,
    timeline_key,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Estimate, Measure, Source
    from centasia_claims.reconciliation._figures import Figure

__all__ = ["reconcile"]

_PLACEMENT: Final = operator.attrgetter("placement")
_PLACES: Final = operator.itemgetter(0)
_KEYS: Final = operator.itemgetter(0, 1)


def _check(
    claims: tuple[Claim, ...], measure: Measure | None
) -> tuple[MeasureId, list[Claim], list[Estimate], dict[str, Claim]]:
    """The measure the claims are for, the claims with a value and their values, and the claims by id.

    Every problem is raised at once.
    """
    problems = []
    by_id: dict[str, Claim] = {}
    measures: Counter[MeasureId] = Counter()
    given: list[Claim] = []
    values: list[Estimate] = []
    for claim in claims:
        if claim.id in by_id:
            problems.append(f"claim {claim.id!r} is given twice: pass each claim once")
        by_id[claim.id] = claim
        if claim.term is not None:
            problems.append(
                f"claim {claim.id!r} gives a word ({claim.term!r}), not a figure: use fact_summary for words"
            )
        elif claim.measure is None or claim.value is None:
            problems.append(f"claim {claim.id!r} gives no figure (no measure): pass only claims with a value")
        else:
            measures[claim.measure] += 1
            given.append(claim)
            values.append(claim.value)
    if measure is not None:
        measures[measure.id] += 0
    if len(measures) > 1:
        named = ", ".join(f"{key!r} ({count} claims)" for key, count in sorted(measures.items()))
        problems.append(
            f"claims for several measures: {named}; reconcile one measure at a time, "
            "or related measures together with reconcile_family"
        )
    if not measures and not problems:
        problems.append("no claims and no measure: pass the measure to reconcile an empty list")
    if problems:
        raise ReconcileError("cannot reconcile: " + "; ".join(problems))
    return next(iter(measures)), given, values, by_id


def _by_scope(
    figures: list[Figure], main: Scope | None
) -> list[tuple[Scope | None, list[Figure], list[int] | None]]:
    """The figures by scope: the measure's own scope first, then the others by their first figure.

    With several scopes, each comes with the places of its figures among all ``figures``.
    """
    first = figures[0].scope if figures else None
    if all(figure.scope is first for figure in figures):  # the common case: one scope, no copies
        return [(first, figures, None)] if figures else []
    groups: dict[Scope | None, tuple[list[Figure], list[int]]] = {}
    for index, figure in enumerate(figures):
        found = groups.setdefault(figure.scope, ([], []))
        found[0].append(figure)
        found[1].append(index)
    ordered = sorted(groups.items(), key=lambda item: item[0] != main)
    return [(scope, members, places) for scope, (members, places) in ordered]


def _consensus_order(consensus: Consensus) -> tuple[bool, int, int]:
    """Timeline order of consensus entries (undated last); scopes of one period stay in scope order."""
    if consensus.period is None:
        return (True, 0, 0)
    first, last = consensus.period.days()
    return (False, first.toordinal() if first else 0, last.toordinal() if last else 10**7)


def _consensus(
    period: Period | None, label: str, figures: list[Figure], scope: Scope | None, main: Scope | None
) -> Consensus:
    independent = independent_figures(figures)
    intervals = [figure.interval for figure in independent if figure.interval is not None]
    common = intersection_of(intervals)
    count = len(independent)
    many = f"{count} independent figures"
    if common is not None and count == 1:
        again = len(figures) - 1
        reported = {0: "", 1: ", reported again"}.get(again, f", reported {again} more times")
        reason = f"one figure: {independent[0].phrase}{reported}"
    elif common is not None:
        reason = f"{many} overlap"
    else:
        reason = f"{many} do not all overlap; their span is kept"
    return Consensus(
        period=period,
        label=label if scope == main else f"{label} ({scope or 'scope not stated'})",
        scope=scope,
        interval=hull_of(intervals) if common is None else common,
        contested=common is None,
        claims=tuple(figure.claim for figure in figures),
        independent=tuple(figure.claim for figure in independent),
        reason=reason,
    )


def _periods(figures: list[Figure], kind: MeasureKind) -> list[tuple[Period | None, str, list[Figure]]]:
    if kind is MeasureKind.EVENT:
        return [(None, "one event (all dates)", figures)] if figures else []
    # By the days a period covers ("2016" and "2016-01/2016-12" are one period). Figures come in timeline
    # order, so periods do too, each named by its first figure's period.
    groups: dict[tuple[bool, int, int], list[Figure]] = {}
    for figure in figures:
        placement = figure.placement
        groups.setdefault((placement.is_dated, placement.first, placement.last), []).append(figure)
    return [(group[0].placement.period, group[0].placement.label, group) for group in groups.values()]


def _by_period(
    current: list[Figure], kind: MeasureKind, main: Scope | None
) -> tuple[list[Consensus], list[Consensus], list[PairVerdict]]:
    """The consensus per period (and scope), that of the measure's own scope, and the contradictions found."""
    consensus: list[Consensus] = []
    found: list[tuple[float, PairVerdict]] = []
    contradictions: list[PairVerdict] = []
    principal: list[Consensus] = []
    scopes = _by_scope(current, main)
    for scope, members, places in scopes:
        groups = _periods(members, kind)
        shown = [_consensus(period, label, group, scope, main) for period, label, group in groups]
        consensus.extend(shown)
        order, verdicts = find_contradictions(groups, kind, places, len(current))
        if len(scopes) == 1:  # in timeline order already
            contradictions = verdicts
        else:
            found.extend(zip(order, verdicts, strict=True))
        del order
        if not principal:
            principal = shown
    if len(scopes) > 1:  # each scope's contradictions come in timeline order: several need a sort
        found.sort(key=_PLACES)
        contradictions = [verdict for _, verdict in found]
    consensus.sort(key=_consensus_order)
    return consensus, principal, contradictions


def _reporting_conflicts(figures: list[Figure], kind: MeasureKind) -> tuple[PairVerdict, ...]:
    """Reports of one statement that differ, in timeline order (earlier figure first, then the other)."""
    conflicts = []
    for one, other in report_pairs(figures):
        verdict = judge(one, other, kind)
        if verdict.verdict is FigureVerdict.REPORTING_CONFLICT:
            first, second = sorted((timeline_key(one), timeline_key(other)))
            conflicts.append((first, second, verdict))
    conflicts.sort(key=_KEYS)
    return tuple(verdict for _, _, verdict in conflicts)


def _claims_of(
    corpus: Corpus | None, measure_id: str, measure: Measure | None
) -> tuple[tuple[Claim, ...], Measure]:
    """The claims and the measure a measure id names in the corpus."""
    if corpus is None:
        raise ReconcileError(
            f"cannot reconcile {measure_id!r} without a corpus: pass the corpus that holds the measure, "
            "or pass its claims"
        )
    if measure is not None and measure.id != measure_id:
        raise ReconcileError(
            f"cannot reconcile {measure_id!r} as the measure {measure.id!r}: "
            "give one measure, by id or as an object"
        )
    return corpus.claims_for(measure_id), corpus.measure(measure_id) if measure is None else measure


def reconcile(
    corpus: Corpus | None,
    claims: MeasureId | str | Iterable[Claim],
    *,
    measure: Measure | None = None,
    sources: Mapping[str, Source] | None = None,
    literal: bool = False,
) -> Reconciliation:
    """Place one measure's figures on a timeline, judge every pair, and find the consensus per period.

    Args:
        corpus: Where sources (publication dates), entities (root claimants, by `root_agent`) and the
            wholes of shares are looked up; ``None`` to reconcile claims built in code without a corpus.
        claims: A measure's id, to reconcile every claim the corpus holds for it; or claims that give
            figures for one measure, in any order (the result does not depend on it).
        measure: The measure, for its kind and unit; looked up in ``corpus`` when not given, and otherwise
            read as a snapshot in the most common unit of its figures (the result notes it).
        sources: Sources by id, for publication dates when there is no corpus (or to add to it). Which
            of them are one work (copies, translations) is worked out once while the same `Source`
            objects are given, call after call (`works_of`), so one mapping can serve many measures.
        literal: Read "up to N" and "as many as N" as the bare ceilings they are written as, instead of
            as figures near N (`read_estimate`).

    Raises:
        ReconcileError: A claim gives no figure, is given twice, or the claims are for several measures; a
            measure id is given without a corpus, or with a ``measure`` of another id.
        UnknownIdError: The measure id is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> result = reconcile(corpus, "measure:tajik-fighters-returned")
    >>> result.kind.value, result.trend.value
    ('cumulative', 'rising')
    >>> [str(consensus) for consensus in result.consensus][1]
    '2016-01-25: {61} (one figure: 61)'

    The cyclic garbage collector is paused for the call and turned back on when it returns or raises, if
    it was on: a measure of a million figures makes tens of millions of short-lived objects, and the
    collector's full passes over everything alive would otherwise make the cost per figure grow with the
    measure. Pausing it does not change the result; whatever the call leaves for it is collected at its
    first pass after the call.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _reconcile(corpus, claims, measure=measure, sources=sources, literal=literal)
    finally:
        if paused:
            gc.enable()


def _read(
    reader: Reader, given: list[Claim], values: list[Estimate], unit: str, per: str | None
) -> list[Figure]:
    """The figures of the claims, on the timeline, with reports of one statement and stale relays dated.

    The figures are made in timeline order, so that the passes over them, which go in that order, find them
    next to each other in memory; then only the stale relays that `mark_stale` places anew are moved, each
    to where `by_days` would put it. What a figure's source gives (the source, its work, the source it is
    dated by) is looked up once a source (`Reader.seat`), not kept for every claim. Each figure keeps a copy
    of its claim's id made as it is made (`own_copy`), so that the ids lie in timeline order too.
    """
    placements = [reader.placement(claim, reader.seat(claim.source)[2]) for claim in given]
    order = timeline_order(placements, [claim.id for claim in given])
    seat = reader.seat
    made = []
    for index in order:
        claim = given[index]
        made.append(reader.figure(claim, values[index], unit, per, (*seat(claim.source), placements[index])))
    del placements

    def text_of(position: int) -> str:
        return _quote(given[order[position]])

    if reader.revisable:
        made = list(mark_updates(made, text_of))
    dated = one_time_per_statement(made, order)
    marked = mark_stale(dated, text_of)
    moved = [
        figure
        for figure, before in zip(marked, made, strict=True)
        if figure.placement is not before.placement
    ]
    if not moved:
        return marked
    # Only the reports of a statement and the stale relays placed anew leave their place: each goes where
    # the timeline order puts it.
    kept = [
        figure for figure, before in zip(marked, made, strict=True) if figure.placement is before.placement
    ]
    del marked, dated, made
    ordered: list[Figure] = []
    start = 0
    for figure in by_days(moved, _PLACEMENT):
        end = bisect.bisect_left(kept, timeline_key(figure), lo=start, key=timeline_key)
        ordered += kept[start:end]
        ordered.append(figure)
        start = end
    ordered += kept[start:]
    return ordered


def _quote(claim: Claim) -> str:
    """The words a claim rests on, or ``""``."""
    return "" if claim.quote is None else claim.quote.exact


def _reconcile(
    corpus: Corpus | None,
    claims: MeasureId | str | Iterable[Claim],
    *,
    measure: Measure | None,
    sources: Mapping[str, Source] | None,
    literal: bool,
) -> Reconciliation:
    """`reconcile`, with the collector as the caller left it."""
    notes = []
    if isinstance(claims, str):
        claims, measure = _claims_of(corpus, claims, measure)
        words = sum(claim.term is not None for claim in claims)
        if words:
            claims = tuple(claim for claim in claims if claim.term is None)
            notes.append(f"{words} claim{'s' if words > 1 else ''} give words, not figures: see fact_summary")
    given = tuple(claims)
    measure_id, figures_given, values, by_id = _check(given, measure)
    if measure is None and corpus is not None:
        try:
            measure = corpus.measure(measure_id)
        except UnknownIdError:
            measure = None
    if measure is None:
        missing = "was not given" if corpus is None else "is not in the corpus"
        notes.append(f"the measure {measure_id!r} {missing}: its figures are read as a snapshot")
    reader = Reader(
        by_id,
        unit=None if measure is None else measure.unit,
        corpus=corpus,
        sources=sources or {},
        literal=literal,
        measure=measure,
        kind=MeasureKind.SNAPSHOT if measure is None else measure.kind,
        authority=() if measure is None else measure.authority,
    )
    unit = reference_unit((reader.unit_of(value) for value in values), reader.unit)
    per = reference_per(values)
    kind = MeasureKind.SNAPSHOT if measure is None else measure.kind
    revisable = measure is not None and measure.revisable
    figures = _read(reader, figures_given, values, unit, per)
    aside = sum(figure.set_aside is not None for figure in figures)
    if aside:
        notes.append(f"{aside} figure{'s' if aside > 1 else ''} set aside (see each figure)")
    comparable = [figure for figure in figures if figure.set_aside is None]
    replaced = superseded_by(comparable) if revisable else [None] * len(comparable)
    current = [figure for figure, by in zip(comparable, replaced, strict=True) if by is None]
    outlying = outliers(current, kind) if revisable else []
    main = None if measure is None else measure.scope
    consensus, principal, contradictions = _by_period(current, kind, main)
    if len(consensus) > len(principal):
        notes.append("figures of other scopes are kept apart: see each consensus; the trend is of the first")
    trend, trend_reason = trend_of(principal, kind, revisable=revisable)
    return Reconciliation(
        measure=measure_id,
        label=measure_id if measure is None else measure.label,
        kind=kind,
        unit=unit,
        figures=tuple(figures),
        consensus=tuple(consensus),
        contradictions=tuple(map(as_revisable, contradictions)) if revisable else tuple(contradictions),
        trend=trend,
        trend_reason=trend_reason,
        notes=tuple(notes),
        revisable=revisable,
        current=best_figure(comparable, replaced, outlying) if revisable else None,
        superseded=tuple(
            revision(figure, by, kind, revision_reason)
            for figure, by in zip(comparable, replaced, strict=True)
            if by is not None
        ),
        reporting_conflicts=_reporting_conflicts(current, kind),
        stale_relays=tuple(figure.claim for figure in figures if figure.stale),
        outliers=tuple(outlying),
    )
