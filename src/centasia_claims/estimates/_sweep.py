"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.estimates._interval import lower_end, upper_end
from centasia_claims.estimates._verdicts import PairVerdict, Verdict, judge
from centasia_claims.model import MeasureKind

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

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


_Pairs = dict[tuple[str, str], tuple["Figure", "Figure"]]
"""Contradicting pairs (smaller, larger) by their claim ids."""


def _add(pairs: _Pairs, smaller: Figure, larger: Figure) -> None:
    pairs[smaller.claim, larger.claim] = (smaller, larger)


def _strongest_pairs(figures: Sequence[Figure], pairs: _Pairs) -> None:
    """For figures that should all agree: each figure below the highest one, or above the lowest one."""
    if len(figures) < 2:
        return
    highest = max(figures, key=_low)
    lowest = min(figures, key=_high)
    for figure in figures:
        if _below(figure, highest):
            _add(pairs, figure, highest)
        if _below(lowest, figure):
            _add(pairs, lowest, figure)


def _fell_pairs(figures: Sequence[Figure], pairs: _Pairs) -> None:
    """For a cumulative count: each figure against the highest dated no later, and the lowest no earlier.

    Two sorted passes with a running maximum (minimum), so O(n log n) for n figures.
    """
    dated = [figure for figure in figures if figure.placement.is_dated]
    # The highest figure whose span ends on or before the day this one starts.
    ending = sorted(dated, key=lambda figure: figure.placement.last)
    best: Figure | None = None
    index = 0
    for figure in sorted(dated, key=lambda figure: figure.placement.first):
        while index < len(ending) and ending[index].placement.last <= figure.placement.first:
            if best is None or _low(ending[index]) > _low(best):
                best = ending[index]
            index += 1
        if best is not None and _below(figure, best):
            _add(pairs, figure, best)
    # The lowest figure whose span starts on or after the day this one ends.
    starting = sorted(dated, key=lambda figure: figure.placement.first, reverse=True)
    least: Figure | None = None
    index = 0
    for figure in sorted(dated, key=lambda figure: figure.placement.last, reverse=True):
        while index < len(starting) and starting[index].placement.first >= figure.placement.last:
            if least is None or _high(starting[index]) < _high(least):
                least = starting[index]
            index += 1
        if least is not None and _below(least, figure):
            _add(pairs, least, figure)


def _interval(figure: Figure) -> Interval:
    if figure.interval is None:  # only comparable figures are swept
        msg = f"{figure.claim} is set aside and has no interval to compare"
        raise ValueError(msg)
    return figure.interval


def _low(figure: Figure) -> tuple[float, int]:
    return lower_end(_interval(figure))


def _high(figure: Figure) -> tuple[float, int]:
    return upper_end(_interval(figure))


def _below(one: Figure, other: Figure) -> bool:
    return _interval(one).is_below(_interval(other))


def find_contradictions(
    groups: Sequence[tuple[Period | None, str, list[Figure]]], kind: MeasureKind, order: Mapping[str, int]
) -> list[PairVerdict]:
    """Contradicting pairs among the comparable figures grouped by period, in timeline order.

    Every figure that contradicts another appears in at least one pair, with its strongest counterpart: for
    an event every figure is compared with the highest and the lowest; for a snapshot the same within each
    dated period; for a cumulative count, across all dated periods by `_fell_pairs`.
    """
    pairs: _Pairs = {}
    if kind is MeasureKind.CUMULATIVE:
        _fell_pairs([figure for _, _, group in groups for figure in independent_figures(group)], pairs)
    else:
        for period, _, group in groups:
            if period is not None or kind is MeasureKind.EVENT:
                _strongest_pairs(independent_figures(group), pairs)
    verdicts = [judge(smaller, larger, kind) for smaller, larger in pairs.values()]
    found = [verdict for verdict in verdicts if verdict.verdict is Verdict.CONTRADICTION]
    return sorted(found, key=lambda verdict: (order[verdict.first], order[verdict.second]))
