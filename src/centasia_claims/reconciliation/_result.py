"""What `reconcile` returns: the figures of one measure on a timeline, the consensus per period, the verdicts.

A `Reconciliation` renders itself as text and HTML, looks a figure up by its claim, and judges any pair on
demand; each `Consensus` says what the independent figures of one period support.

>>> from centasia_claims import load_seed_corpus, reconcile
>>> result = reconcile(load_seed_corpus(), "measure:tajik-civil-war-deaths")
>>> result.pair_count, len(result.contradictions)
(1, 1)
"""

from __future__ import annotations

import html
from itertools import combinations, islice
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_record, html_table
from centasia_claims.errors import UnknownIdError
from centasia_claims.model import ClaimId, MeasureId, MeasureKind, Period, Scope
from centasia_claims.reconciliation._best import BestFigure
from centasia_claims.reconciliation._figures import Figure
from centasia_claims.reconciliation._interval import Interval
from centasia_claims.reconciliation._revisions import Revision
from centasia_claims.reconciliation._trend import Trend
from centasia_claims.reconciliation._verdicts import PairVerdict, judge
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Consensus", "Reconciliation"]


@attrs.frozen(kw_only=True)
class Consensus:
    """What the independent figures for one period support.

    Attributes:
        period: The period, or ``None`` for undated figures and for an event measure (one event, all dates).
        label: The period in words.
        interval: The intersection of the independent figures where they overlap, otherwise their hull.
        contested: Whether the independent figures fail to overlap, so ``interval`` is only their span.
        claims: Every figure placed in this period, re-reports included.
        independent: The figures it rests on: one per root claimant and value.
        reason: In words.
        scope: What its figures count; figures of other scopes have a consensus of their own, labelled with
            their scope where it is not the measure's.

    Two origins give the death toll of the Tajik civil war, and their figures do not overlap:

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> consensus = reconcile(load_seed_corpus(), "measure:tajik-civil-war-deaths").consensus[0]
    >>> consensus.label, consensus.contested, str(consensus.interval)
    ('one event (all dates)', True, '[100000, 157000]')
    >>> consensus.independent
    ('claim:odr-civil-war-157000-deaths', 'claim:aj-civil-war-100000-lives')
    """

    period: Period | None
    label: str
    interval: Interval
    contested: bool
    claims: tuple[ClaimId, ...]
    independent: tuple[ClaimId, ...]
    reason: str
    scope: Scope | None = None

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        state = "contested " if self.contested else ""
        return f"{self.label}: {state}{self.interval} ({self.reason})"


@attrs.frozen(kw_only=True)
class Reconciliation:
    """The figures for one measure on a timeline, with a consensus per period and the contradictions found.

    Attributes:
        measure: The measure's id.
        label: What is counted.
        kind: Cumulative, snapshot or event.
        unit: The unit figures are compared in.
        figures: Every figure, in timeline order (undated last), including those set aside.
        consensus: One per period, in timeline order (undated last).
        contradictions: Contradicting pairs found by the sweep: every contradicted figure with its strongest
            counterpart, so every figure in a contradiction appears (at most two pairs per figure; all pairs
            with their verdicts come from `verdicts`).
        trend: Whether the figures rise, fall or hold over time.
        trend_reason: In words.
        notes: What a reader should know about the whole (the measure was not given, figures set aside).
        revisable: Whether the measure is revisable: later figures supersede earlier ones.
        current: For a revisable measure, the current best figure and why (`BestFigure`); ``None`` for
            other measures and when no figure is comparable.
        superseded: Each superseded figure with the figure that supersedes it and why (`Revision`), in
            timeline order; superseded figures take no part in the consensus, trend or contradictions.
        reporting_conflicts: Reports of one statement that differ (verdict ``reporting_conflict``): every
            such report with its strongest counterpart, in timeline order.
        stale_relays: Relays that repeat an older figure long after (see `Figure.stale`), in timeline order.
        outliers: For a revisable event, early figures outside every later confirmed figure: low
            confidence.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> result.kind, result.unit, result.trend
    (<MeasureKind.CUMULATIVE: 'cumulative'>, 'people', <Trend.RISING: 'rising'>)
    >>> print(result.contradictions[-1])  # doctest: +NORMALIZE_WHITESPACE
    contradiction: over 2,000 (2014/2016) and 1,141 (2017-09-28): a cumulative count that fell:
    1,141 is smaller than over 2,000 but dated later
    """

    measure: MeasureId
    label: str
    kind: MeasureKind
    unit: str
    figures: tuple[Figure, ...]
    consensus: tuple[Consensus, ...]
    contradictions: tuple[PairVerdict, ...]
    trend: Trend
    trend_reason: str
    notes: tuple[str, ...] = ()
    revisable: bool = False
    current: BestFigure | None = None
    superseded: tuple[Revision, ...] = ()
    reporting_conflicts: tuple[PairVerdict, ...] = ()
    stale_relays: tuple[ClaimId, ...] = ()
    outliers: tuple[ClaimId, ...] = ()
    _by_claim: dict[str, Figure] | None = attrs.field(init=False, default=None, eq=False, repr=False)
    """The figures by claim, made when a figure is first looked up."""

    def verdicts(self) -> Iterator[PairVerdict]:
        """The verdict on every pair of figures, in timeline order, computed as they are asked for."""
        for first, second in combinations(self.figures, 2):
            yield judge(first, second, self.kind, revisable=self.revisable)

    def figure(self, claim: ClaimId | str) -> Figure:
        """The figure of a claim.

        Raises:
            UnknownIdError: The claim is not one of the reconciled figures.
        """
        by_claim = self._by_claim
        if by_claim is None:
            by_claim = {figure.claim: figure for figure in self.figures}
            object.__setattr__(self, "_by_claim", by_claim)
        try:
            return by_claim[claim]
        except KeyError:
            raise UnknownIdError(claim, "figure") from None

    def verdict(self, first: ClaimId | str, second: ClaimId | str) -> PairVerdict:
        """The verdict on the figures of two claims.

        Raises:
            UnknownIdError: Either claim is not one of the reconciled figures.
        """
        return judge(self.figure(first), self.figure(second), self.kind, revisable=self.revisable)

    @property
    def pair_count(self) -> int:
        """How many pairs of figures there are to judge: n(n-1)/2 (`verdicts` yields each)."""
        count = len(self.figures)
        return count * (count - 1) // 2

    @property
    def summary(self) -> str:
        """One line: the trend and how many contradictions were found.

        Superseded figures, reporting conflicts, stale relays and outliers are counted where there are any.
        """
        count = len(self.contradictions)
        found = "no contradictions" if count == 0 else f"{count} contradicting pair{'s' if count > 1 else ''}"
        for items, one, many in (
            (self.superseded, "superseded figure", "superseded figures"),
            (self.reporting_conflicts, "reporting conflict", "reporting conflicts"),
            (self.stale_relays, "stale relay", "stale relays"),
            (self.outliers, "outlier", "outliers"),
        ):
            if items:
                found += f", {len(items)} {one if len(items) == 1 else many}"
        return f"{self.trend.value}: {self.trend_reason}; {found}"

    def _repr_html_(self) -> str:
        """The timeline, the consensus per period and the contradictions, as three small tables."""
        figures = [
            (
                figure.placement.label,
                figure.phrase,
                "set aside" if figure.interval is None else str(figure.interval),
                figure.claimant_name,
                figure.claim,
            )
            for figure in self.figures
        ]
        consensus = [
            (item.label, ("contested " if item.contested else "") + str(item.interval), item.reason)
            for item in self.consensus
        ]
        contradictions = [(pair.reason,) for pair in self.contradictions]
        current = self.current
        best = (
            ""
            if current is None
            else f"<p>current best figure: <strong>{html.escape(current.phrase)}</strong> "
            f"{html.escape(str(current.interval))} ({html.escape(current.reason)})</p>"
        )
        others = [("superseded", revision.reason) for revision in self.superseded] + [
            ("reporting conflict", verdict.reason) for verdict in self.reporting_conflicts
        ]
        return (
            f"<div><p><strong>{html.escape(self.label)}</strong> ({html.escape(self.kind.value)}, "
            f"{html.escape(self.unit)}): {html.escape(self.trend_reason)}</p>"
            + best
            + html_table(("period", "figure", "read as", "per", "claim"), figures)
            + html_table(("period", "consensus", "why"), consensus)
            + (html_table(("contradiction",), contradictions) if contradictions else "")
            + (html_table(("verdict", "why"), others) if others else "")
            + "</div>"
        )

    def render(self, *, max_pairs: int = 0) -> str:
        """The reconciliation as text, with up to ``max_pairs`` pair verdicts (``str()`` shows none).

        The timeline (each figure with how it was dated and read), the verdicts, the consensus per period,
        the contradictions found, superseded figures, reporting conflicts, stale relays and outliers where
        there are any, the current best figure, and the reading of the trend.
        """
        lines = [f"{self.measure}: {self.label} ({self.kind.value}, {self.unit})", "  timeline:"]
        for figure in self.figures:
            lines.append(f"    {figure}")
            lines.extend(f"      {note}" for note in (figure.placement.note, figure.note) if note)
        if not self.figures:
            lines.append("    (no figures)")
        if max_pairs > 0 and len(self.figures) > 1:
            lines.append("  verdicts:")
            shown = list(islice(self.verdicts(), max_pairs))
            lines.extend(f"    {verdict}" for verdict in shown)
            total = self.pair_count
            if total > len(shown):
                lines.append(f"    ... and {total - len(shown)} more pairs")
        lines.append("  consensus:")
        lines.extend(f"    {consensus}" for consensus in self.consensus)
        if self.contradictions:
            lines.append("  contradictions:")
            lines.extend(f"    {verdict.reason}" for verdict in self.contradictions)
        for title, verdicts in (
            ("superseded", self.superseded),
            ("reporting conflicts", self.reporting_conflicts),
        ):
            if verdicts:
                lines.append(f"  {title}:")
                lines.extend(f"    {verdict.reason}" for verdict in verdicts)
        if self.stale_relays:
            lines.append("  stale relays:")
            lines.extend(f"    {claim}: {self.figure(claim).stale}" for claim in self.stale_relays)
        if self.outliers:
            lines.append("  outliers (low confidence):")
            lines.extend(f"    {self.figure(claim)}" for claim in self.outliers)
        if self.current is not None:
            lines.append(f"  current: {self.current}")
        lines.append(f"  reading: {self.summary}")
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


register_result(Consensus)
register_result(
    Reconciliation,
    pairs=lambda result: result.pair_count,
    summary=lambda result: result.summary,
)
