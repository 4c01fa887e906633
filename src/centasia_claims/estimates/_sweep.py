"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.estimates._interval import lower_end, upper_end
from centasia_claims.estimates._verdicts import PairVerdict, Verdict, judge
from centasia_claims.model import MeasureKind

if TYPE_CHECKING:
    from collections.abc import Mapping

    from centasia_claims.estimates._figures import Figure
    from centasia_claims.estimates._interval import Interval
    from centasia_claims.model import EntityId, Period

__all__ = ["find_contradictions", "independent_figures"]


def independent_figures(figures: list[Figure]) -> list[Figure]:
    """One figure per root claimant and value (the first on the timeline); unnamed claimants each count."""
    seen: set[tuple[EntityId, Interval]] = set()
    kept = []
    for figure in figures:
        if figure.claimant is not None and figure.interval is not None:
            key = (figure.claimant, figure.interval)
            if key in seen:
                continue
            seen.add(key)
        kept.append(figure)
    return kept


def _strongest_pairs(figures: list[Figure]) -> set[tuple[Figure, Figure]]:
    """For figures that should all agree: each figure below the highest one, or above the lowest one."""
    pairs: set[tuple[Figure, Figure]] = set()
    intervals = [(figure, figure.interval) for figure in figures if figure.interval is not None]
    if len(intervals) < 2:
        return pairs
    highest = max(intervals, key=lambda item: lower_end(item[1]))
    lowest = min(intervals, key=lambda item: upper_end(item[1]))
    for figure, interval in intervals:
        if interval.is_below(highest[1]):
            pairs.add((figure, highest[0]))
        if lowest[1].is_below(interval):
            pairs.add((lowest[0], figure))
    return pairs


def _fell_pairs(figures: list[Figure]) -> set[tuple[Figure, Figure]]:
    """Pairs (smaller, larger) of a cumulative count where the smaller is dated no earlier: a sorted sweep."""
    dated = [figure for figure in figures if figure.placement.is_dated and figure.interval is not None]
    pairs: set[tuple[Figure, Figure]] = set()
    # Each figure against the highest figure whose span ends on or before the day it starts.
    by_end = sorted(dated, key=lambda figure: figure.placement.last)
    best: Figure | None = None
    index = 0
    for figure in sorted(dated, key=lambda figure: figure.placement.first):
        while index < len(by_end) and by_end[index].placement.last <= figure.placement.first:
            candidate = by_end[index]
            if best is None or _low(candidate) > _low(best):
                best = candidate
            index += 1
        if best is not None and _below(figure, best):
            pairs.add((figure, best))
    # Each figure against the lowest figure whose span starts on or after the day it ends.
    by_start = sorted(dated, key=lambda figure: figure.placement.first, reverse=True)
    least: Figure | None = None
    index = 0
    for figure in sorted(dated, key=lambda figure: figure.placement.last, reverse=True):
        while index < len(by_start) and by_start[index].placement.first >= figure.placement.last:
            candidate = by_start[index]
            if least is None or _high(candidate) < _high(least):
                least = candidate
            index += 1
        if least is not None and _below(least, figure):
            pairs.add((least, figure))
    return pairs


def _low(figure: Figure) -> tuple[float, int]:
    return (0.0, 0) if figure.interval is None else lower_end(figure.interval)


def _high(figure: Figure) -> tuple[float, int]:
    return (0.0, 0) if figure.interval is None else upper_end(figure.interval)


def _below(one: Figure, other: Figure) -> bool:
    return one.interval is not None and other.interval is not None and one.interval.is_below(other.interval)


def find_contradictions(
    groups: list[tuple[Period | None, str, list[Figure]]], kind: MeasureKind, order: Mapping[str, int]
) -> list[PairVerdict]:
    pairs: set[tuple[Figure, Figure]] = set()
    if kind is MeasureKind.CUMULATIVE:
        pairs = _fell_pairs([figure for _, _, group in groups for figure in independent_figures(group)])
    else:
        for period, _, group in groups:
            if period is not None or kind is MeasureKind.EVENT:
                pairs |= _strongest_pairs(independent_figures(group))
    verdicts = [judge(one, other, kind) for one, other in pairs]
    found = [verdict for verdict in verdicts if verdict.verdict is Verdict.CONTRADICTION]
    return sorted(found, key=lambda verdict: (order[verdict.first], order[verdict.second]))
