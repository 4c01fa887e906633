"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.model import MeasureKind
from centasia_claims.reconciliation._interval import lower_end, upper_end
from centasia_claims.reconciliation._verdicts import PairVerdict, judge

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from centasia_claims.model import EntityId, Period
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["find_contradictions", "independent_figures"]


def independent_figures(figures: Sequence[Figure]) -> list[Figure]:
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


_Item = tuple["Figure", "Interval"]
"""A comparable figure with its interval."""

_Pairs = dict[tuple[str, str], tuple["Figure", "Figure"]]
"""Contradicting pairs (smaller, larger) by their claim ids."""


def _add(pairs: _Pairs, smaller: _Item, larger: _Item) -> None:
    pairs[smaller[0].claim, larger[0].claim] = (smaller[0], larger[0])


def _low(item: _Item) -> tuple[float, int]:
    return lower_end(item[1])


def _high(item: _Item) -> tuple[float, int]:
    return upper_end(item[1])


def _strongest_pairs(items: Sequence[_Item], pairs: _Pairs) -> None:
    """For figures that should all agree: each figure below the highest one, or above the lowest one."""
    if len(items) < 2:
        return
    highest = max(items, key=_low)
    lowest = min(items, key=_high)
    for item in items:
        if item[1].is_below(highest[1]):
            _add(pairs, item, highest)
        if lowest[1].is_below(item[1]):
            _add(pairs, lowest, item)


def _fell_pairs(items: Sequence[_Item], pairs: _Pairs) -> None:
    """For a cumulative count: each figure against the highest dated no later, and the lowest no earlier.

    Two sorted passes with a running maximum (minimum), so O(n log n) for n figures.
    """
    dated = [item for item in items if item[0].placement.is_dated]
    # The highest figure whose span ends on or before the day this one starts.
    ending = sorted(dated, key=lambda item: item[0].placement.last)
    best: _Item | None = None
    index = 0
    for item in sorted(dated, key=lambda item: item[0].placement.first):
        while index < len(ending) and ending[index][0].placement.last <= item[0].placement.first:
            if best is None or _low(ending[index]) > _low(best):
                best = ending[index]
            index += 1
        if best is not None and item[1].is_below(best[1]):
            _add(pairs, item, best)
    # The lowest figure whose span starts on or after the day this one ends.
    starting = sorted(dated, key=lambda item: item[0].placement.first, reverse=True)
    least: _Item | None = None
    index = 0
    for item in sorted(dated, key=lambda item: item[0].placement.last, reverse=True):
        while index < len(starting) and starting[index][0].placement.first >= item[0].placement.last:
            if least is None or _high(starting[index]) < _high(least):
                least = starting[index]
            index += 1
        if least is not None and least[1].is_below(item[1]):
            _add(pairs, least, item)


def _items(figures: Sequence[Figure]) -> list[_Item]:
    return [
        (figure, figure.interval) for figure in independent_figures(figures) if figure.interval is not None
    ]


def find_contradictions(
    groups: Sequence[tuple[Period | None, str, list[Figure]]], kind: MeasureKind, order: Mapping[str, int]
) -> list[PairVerdict]:
    """Contradicting pairs among the comparable figures grouped by period, in timeline order.

    Every independent figure that contradicts another appears in at least one pair, with its strongest
    counterpart: for an event every figure is compared with the highest and the lowest; for a snapshot the
    same within each dated period; for a cumulative count, across all dated periods by `_fell_pairs`.
    """
    pairs: _Pairs = {}
    if kind is MeasureKind.CUMULATIVE:
        _fell_pairs([item for _, _, group in groups for item in _items(group)], pairs)
    else:
        for period, _, group in groups:
            if period is not None or kind is MeasureKind.EVENT:
                _strongest_pairs(_items(group), pairs)
    verdicts = [judge(smaller, larger, kind) for smaller, larger in pairs.values()]  # each a contradiction
    return sorted(verdicts, key=lambda verdict: (order[verdict.first], order[verdict.second]))
