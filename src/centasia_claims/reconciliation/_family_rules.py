"""The rule of each kind of measure relation, applied to the figures of the two measures.

Each rule yields checks as ``(claims, verdict, reason, implied)``; `reconcile_family` makes them
`RelationCheck` s. Only the figures of a measure's own scope take part: a figure that states another scope
(Syria only, a headcount) counts something other than its measure. When two figures can be compared by date
follows the kind of the whole: an event's figures always; a running total's when the part is dated no later
than the whole (it can only have grown since); a level's only for the same period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import product
from typing import Final

import attrs

from centasia_claims.model import (
    PERCENT,
    Claim,
    ClaimId,
    Measure,
    MeasureKind,
    MeasureRelation,
    MeasureRelationKind,
    Scope,
)
from centasia_claims.reconciliation._figures import Figure, derive, read_estimate
from centasia_claims.reconciliation._interval import Interval
from centasia_claims.reconciliation._result import Reconciliation
from centasia_claims.reconciliation._verdicts import FigureVerdict, judge

__all__ = ["Family", "check_parts", "check_relation"]

Check = tuple[tuple[ClaimId, ...], FigureVerdict, str, Interval | None]
"""A check: the figures, the verdict, the reason, what they imply."""

_PERCENT_CAP: Final = Interval(low=0, high=100)
"""A whole in percent lies within 0-100 percent ("over 40 percent" of GDP is at most all of it)."""

AGREE: Final = FigureVerdict.AGREE
CONTRADICTION: Final = FigureVerdict.CONTRADICTION
NOT_COMPARABLE: Final = FigureVerdict.NOT_COMPARABLE


@attrs.frozen(kw_only=True)
class Family:
    """What the rules look up: the measures, their reconciliations and claims."""

    measures: Mapping[str, Measure]
    members: Mapping[str, Reconciliation]
    claims: Mapping[str, Mapping[str, Claim]]
    literal: bool

    def own(self, measure: str) -> list[Figure]:
        """A measure's figures of its own scope: one that counts something else is no figure of it here."""
        scope = self.measures[measure].scope
        scope = None if scope == Scope() else scope
        return [figure for figure in self.members[measure].figures if figure.scope == scope]

    def counts(self, measure: str) -> list[tuple[Figure, Interval]]:
        """A measure's comparable figures with their intervals (shares of other claims as derived counts)."""
        return [(figure, figure.interval) for figure in self.own(measure) if figure.interval is not None]

    def written(self, measure: str, *, unit: str | None = None) -> list[tuple[Figure, Interval]]:
        """A measure's figures as written, set aside or not (in ``unit`` only, when given)."""
        found = []
        for figure in self.own(measure):
            value = self.claims[measure][figure.claim].value
            if value is None or value.share_of is not None or (unit is not None and value.unit != unit):
                continue
            found.append((figure, read_estimate(value, literal=self.literal)[0]))
        return found


def _add(one: Interval, other: Interval) -> Interval:
    low = None if one.low is None or other.low is None else one.low + other.low
    high = None if one.high is None or other.high is None else one.high + other.high
    return Interval(
        low=low,
        high=high,
        low_inclusive=low is not None and one.low_inclusive and other.low_inclusive,
        high_inclusive=high is not None and one.high_inclusive and other.high_inclusive,
    )


def _same_time(one: Figure, other: Figure, kind: MeasureKind) -> bool:
    """Whether two figures stand for one time: an event's always; else the same span, or both undated."""
    if kind is MeasureKind.EVENT:
        return True
    a, b = one.placement, other.placement
    return (a.is_dated, a.first, a.last) == (b.is_dated, b.first, b.last)


def _no_later(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` is dated no later than ``whole`` however each span is read."""
    return (
        part.placement.is_dated and whole.placement.is_dated and part.placement.last <= whole.placement.first
    )


def _within(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """``subset_of`` and ``part_of``: a figure never exceeds a figure of its whole of the same time."""
    kind = family.measures[relation.target].kind
    for (part, part_interval), (whole, whole_interval) in product(
        family.counts(measure.id), family.counts(relation.target)
    ):
        claims = (part.claim, whole.claim)
        said = f"{part.label} within {whole.label}"
        if part.unit != whole.unit:
            yield claims, NOT_COMPARABLE, f"{said}: one is in {part.unit}, the other in {whole.unit}", None
            continue
        exceeds = whole_interval.is_below(part_interval)
        timed = _same_time(part, whole, kind) or (kind is MeasureKind.CUMULATIVE and _no_later(part, whole))
        if not exceeds:
            yield (
                claims,
                AGREE,
                f"{said}: it does not exceed its whole ({part_interval} vs {whole_interval})",
                None,
            )
        elif timed:
            why = f"{said}: a part cannot exceed its whole ({part_interval} vs {whole_interval})"
            yield claims, CONTRADICTION, why, None
        elif kind is MeasureKind.CUMULATIVE and part.placement.is_dated and whole.placement.is_dated:
            why = f"{said}: it exceeds an earlier figure of its whole, a running total that may have grown"
            yield claims, FigureVerdict.EXPLAINED_BY_TIME, why, None
        else:
            why = f"{said}: it exceeds its whole, but they are not of one time ({kind.value} whole)"
            yield claims, NOT_COMPARABLE, why, None


def _share(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """``share_of``: a share times a figure of its whole of the same time gives a count.

    The count is compared with the measure's own figures in the whole's unit of the same time, where it has
    them.
    """
    kind = family.measures[relation.target].kind
    shares = family.written(measure.id, unit=PERCENT)
    own = {share.claim for share, _ in shares}
    counts = [(count, interval) for count, interval in family.counts(measure.id) if count.claim not in own]
    for (share, percent), (whole, whole_interval) in product(shares, family.counts(relation.target)):
        said = f"{share.label} of {whole.label}"
        if not _same_time(share, whole, kind):
            yield (share.claim, whole.claim), NOT_COMPARABLE, f"{said}: not of one time", None
            continue
        derived = derive(
            share=share.claim,
            share_phrase=share.phrase,
            share_interval=percent,
            whole=whole.claim,
            whole_phrase=whole.phrase,
            whole_interval=_PERCENT_CAP.intersection(whole_interval) or whole_interval
            if whole.unit == PERCENT
            else whole_interval,
            whole_unit=whole.unit,
        )
        if derived is None:  # pragma: no cover  (an Estimate keeps a percent within 0-100)
            why = f"{said}: a share of {percent} percent is not within 0-100 percent of its whole"
            yield (share.claim, whole.claim), CONTRADICTION, why, None
            continue
        implied = derived.interval
        matched = [
            (count, interval)
            for count, interval in counts
            if count.unit == whole.unit and _same_time(count, share, measure.kind)
        ]
        if not matched:
            yield (share.claim, whole.claim), AGREE, f"{said}: gives {implied} {whole.unit}", implied
        for count, interval in matched:
            claims = (share.claim, whole.claim, count.claim)
            gives = f"{said} gives {implied} {whole.unit}, and {count.label} is {interval}"
            if implied.overlaps(interval):
                yield claims, AGREE, f"{gives}: they overlap", implied
            else:
                yield claims, CONTRADICTION, f"{gives}: they cannot both hold", implied


def _increment(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """``increment_of``: a base figure and a figure on top of it give a total, never more than their whole."""
    base_measure = family.measures[relation.target]
    wholes = [
        link.target
        for link in base_measure.relations
        if link.kind in (MeasureRelationKind.SUBSET_OF, MeasureRelationKind.PART_OF)
        and link.target in family.measures
    ]
    for (extra, more), (base, base_interval) in product(
        family.written(measure.id), family.counts(relation.target)
    ):
        said = f"{base.label} plus {extra.label}"
        if not _same_time(extra, base, base_measure.kind):
            yield (extra.claim, base.claim), NOT_COMPARABLE, f"{said}: not of one time", None
            continue
        total = _add(base_interval, more)
        compared = False
        for target in wholes:
            kind = family.measures[target].kind
            for whole, whole_interval in family.counts(target):
                timed = _same_time(base, whole, kind) or (
                    kind is MeasureKind.CUMULATIVE and _no_later(base, whole)
                )
                if not timed or whole.unit != base.unit:
                    continue
                compared = True
                claims = (extra.claim, base.claim, whole.claim)
                gives = f"{said} give {total}, and their whole {whole.label} is {whole_interval}"
                if whole_interval.is_below(total):
                    yield claims, CONTRADICTION, f"{gives}: the total exceeds its whole", total
                else:
                    yield claims, AGREE, f"{gives}: the total does not exceed it", total
        if not compared:
            yield (extra.claim, base.claim), AGREE, f"{said}: a total of {total}", total


def _flow(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """``flow_of``: a flow within a period never exceeds the running total at its end, nor its growth."""
    stocks = [
        (stock, interval) for stock, interval in family.counts(relation.target) if stock.placement.is_dated
    ]
    for flow, flowed in family.counts(measure.id):
        when = flow.placement
        if not when.is_dated:
            yield (
                (flow.claim,),
                NOT_COMPARABLE,
                f"{flow.label}: an undated flow has no period to compare",
                None,
            )
            continue
        after = [
            (stock, interval)
            for stock, interval in stocks
            if stock.placement.first >= when.last or _same_time(stock, flow, MeasureKind.SNAPSHOT)
        ]
        if not after:
            why = f"{flow.label}: no figure of the running total is dated at or after the end of its period"
            yield (flow.claim,), NOT_COMPARABLE, why, None
            continue
        for stock, total in after:
            said = f"{flow.label} against the running total {stock.label}"
            if total.is_below(flowed):
                yield (flow.claim, stock.claim), CONTRADICTION, f"{said}: the flow exceeds the total", None
            else:
                yield (flow.claim, stock.claim), AGREE, f"{said}: the flow does not exceed the total", None
        before = [
            (stock, interval.low)
            for stock, interval in stocks
            if stock.placement.last <= when.first and interval.low is not None
        ]
        ending = [(stock, interval.high) for stock, interval in after if interval.high is not None]
        if before and ending:
            start, low = max(before, key=lambda item: (item[1], item[0].claim))
            end, high = min(ending, key=lambda item: (item[1], item[0].claim))
            growth = Interval(low=0, high=max(high - low, 0))
            claims = (flow.claim, start.claim, end.claim)
            said = f"{flow.label} against the growth from {start.label} to {end.label} ({growth})"
            if growth.is_below(flowed):
                yield claims, CONTRADICTION, f"{said}: the flow exceeds what the total grew by", growth
            else:
                yield claims, AGREE, f"{said}: the flow fits", growth


def _same(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """``same_as``: every pair of figures across the two measures is judged as one measure's figures are."""
    other = family.measures[relation.target]
    for one, two in product(list(family.members[measure.id].figures), list(family.members[other.id].figures)):
        if measure.kind is not other.kind:
            why = f"{one.label} and {two.label}: a {measure.kind.value} and a {other.kind.value} measure"
            yield (one.claim, two.claim), NOT_COMPARABLE, why, None
            continue
        pair = judge(one, two, measure.kind)
        yield (one.claim, two.claim), pair.verdict, pair.reason, None


_RULES: Final[dict[MeasureRelationKind, Callable[[Family, Measure, MeasureRelation], Iterator[Check]]]] = {
    MeasureRelationKind.SUBSET_OF: _within,
    MeasureRelationKind.PART_OF: _within,
    MeasureRelationKind.SHARE_OF: _share,
    MeasureRelationKind.INCREMENT_OF: _increment,
    MeasureRelationKind.FLOW_OF: _flow,
    MeasureRelationKind.SAME_AS: _same,
}


def check_relation(family: Family, measure: Measure, relation: MeasureRelation) -> Iterator[Check]:
    """Every check of one relation a measure states, by the rule of its kind."""
    return _RULES[relation.kind](family, measure, relation)


def check_parts(family: Family, whole: str, parts: list[str]) -> Iterator[Check]:
    """``part_of``, all parts together: the least each part can be, summed, never exceeds their whole.

    For each figure of the whole, each part contributes its figure of the same time (for a running total, of
    the same time or earlier) with the largest lower end; a part with no such figure leaves the sum unchecked.
    """
    kind = family.measures[whole].kind
    for total, total_interval in family.counts(whole):
        chosen: list[tuple[Figure, float, bool]] = []
        for part in parts:
            timed = [
                (figure, interval.low or 0.0, interval.low is not None and not interval.low_inclusive)
                for figure, interval in family.counts(part)
                if figure.unit == total.unit
                and (
                    _same_time(figure, total, kind)
                    or (kind is MeasureKind.CUMULATIVE and _no_later(figure, total))
                )
            ]
            if not timed:
                break
            chosen.append(max(timed, key=lambda item: (item[1], item[2], item[0].claim)))
        else:
            least = sum(low for _, low, _ in chosen)
            together = Interval(low=least, low_inclusive=not any(open_ for _, _, open_ in chosen))
            claims = (*(figure.claim for figure, _, _ in chosen), total.claim)
            said = f"{' + '.join(figure.label for figure, _, _ in chosen)} within {total.label}"
            if total_interval.is_below(together):
                yield (
                    claims,
                    CONTRADICTION,
                    f"{said}: the parts together ({together}) exceed their whole",
                    together,
                )
            else:
                why = f"{said}: the parts together ({together}) do not exceed their whole ({total_interval})"
                yield claims, AGREE, why, together
