"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.model import MeasureKind
from centasia_claims.reconciliation._interval import intersection_of, lower_end, upper_end
from centasia_claims.reconciliation._timeline import Dating
from centasia_claims.reconciliation._verdicts import FigureVerdict, PairVerdict, judge

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from centasia_claims.model import Period
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["find_contradictions", "independent_figures"]


def independent_figures(figures: Sequence[Figure]) -> list[Figure]:
    """One figure per root claimant and value (the first on the timeline); unnamed claimants each count.

    Reports of one statement count once when they all agree (once per value when they do not), and a value
    read in two sources of one work (a copy, a translation) counts once.
    """
    agreeing = _agreeing_statements(figures)
    seen: set[tuple[object, ...]] = set()
    read_in: dict[tuple[object, ...], str] = {}  # a value in a work -> the first source it is read in
    kept = []
    for figure in figures:
        keys: list[tuple[object, ...]] = []
        again = False
        if figure.interval is not None:
            if figure.occasion is not None:
                occasion = figure.occasion
                keys.append(
                    ("said", occasion) if occasion in agreeing else ("said", occasion, figure.interval)
                )
            if figure.claimant is not None:
                keys.append(("by", figure.claimant, figure.interval))
            if figure.work is not None:
                first = read_in.setdefault((figure.work, figure.interval), figure.source)
                again = first != figure.source
        again = again or any(key in seen for key in keys)
        seen.update(keys)
        if not again:
            kept.append(figure)
    return kept


def _agreeing_statements(figures: Sequence[Figure]) -> set[str]:
    """The statements whose reports all overlap."""
    reports: dict[str, list[Interval]] = {}
    for figure in figures:
        if figure.occasion is not None and figure.interval is not None:
            reports.setdefault(figure.occasion, []).append(figure.interval)
    return {
        occasion
        for occasion, found in reports.items()
        if len(found) == 1 or intersection_of(found) is not None
    }


_Item = tuple["Figure", "Interval", str, tuple["Figure", ...]]
"""A comparable figure with its interval; the statement it stands for (reports of one statement never
contradict each other): the occasion all the figures it stands for report, else its own claim id; and the
first figure it stands for of each statement."""

_Pairs = dict[tuple[str, str], tuple[_Item, _Item]]
"""Contradicting pairs (smaller, larger) by their claim ids."""


def _add(pairs: _Pairs, smaller: _Item, larger: _Item) -> None:
    pairs[smaller[0].claim, larger[0].claim] = (smaller, larger)


def _members(smaller: _Item, larger: _Item) -> tuple[Figure, Figure]:
    """The figures a pair of items stand for that are not reports of one statement (the sweep found one)."""
    one = smaller[3][0]
    occasion = one.occasion
    if occasion is None:
        return one, larger[3][0]
    other = next((figure for figure in larger[3] if figure.occasion != occasion), None)
    if other is not None:
        return one, other
    return next(figure for figure in smaller[3] if figure.occasion != occasion), larger[3][0]


def _low(item: _Item) -> tuple[float, int]:
    return lower_end(item[1])


def _high(item: _Item) -> tuple[float, int]:
    return upper_end(item[1])


def _statement(item: _Item) -> str:
    return item[2]


class _Top:
    """The best item seen, and the best item of another statement (so every item has a counterpart)."""

    def __init__(self, key: Callable[[_Item], tuple[float, int]]) -> None:
        self.key = key
        self.best: _Item | None = None
        self.other: _Item | None = None

    def add(self, item: _Item) -> None:
        best, key = self.best, self.key
        if best is None:
            self.best = item
        elif _statement(item) == _statement(best):
            if key(item) > key(best):
                self.best = item  # the best of another statement is still ``other``
        elif key(item) > key(best):
            self.best, self.other = item, best
        elif self.other is None or key(item) > key(self.other):
            self.other = item

    def against(self, item: _Item) -> _Item | None:
        """The best item that is not a report of the same statement as ``item``."""
        if self.best is not None and _statement(self.best) != _statement(item):
            return self.best
        return self.other


def _negated_high(item: _Item) -> tuple[float, int]:
    high, closed = _high(item)
    return (-high, -closed)


def _strongest_pairs(items: Sequence[_Item], pairs: _Pairs) -> None:
    """For figures that should all agree: each figure below the highest one, or above the lowest one.

    Reports of one statement are never set against each other: the counterpart is the highest (lowest)
    figure of another statement.
    """
    if len(items) < 2:
        return
    highest, lowest = _Top(_low), _Top(_negated_high)
    for item in items:
        highest.add(item)
        lowest.add(item)
    for item in items:
        high = highest.against(item)
        if high is not None and item[1].is_below(high[1]):
            _add(pairs, item, high)
        low = lowest.against(item)
        if low is not None and low[1].is_below(item[1]):
            _add(pairs, low, item)


def _fell_pairs(items: Sequence[_Item], pairs: _Pairs) -> None:
    """For a cumulative count: each figure against the highest dated no later, and the lowest no earlier.

    Two sorted passes with a running maximum (minimum), so O(n log n) for n figures. Figures that time
    cannot tell apart (`same_time`: the same span, or one work giving both undated) are also set against
    each other, within their group.
    """
    dated = [item for item in items if item[0].placement.is_dated]
    # The highest figure whose span ends on or before the day this one starts.
    ending = sorted(dated, key=lambda item: item[0].placement.last)
    best = _Top(_low)
    index = 0
    for item in sorted(dated, key=lambda item: item[0].placement.first):
        while index < len(ending) and ending[index][0].placement.last <= item[0].placement.first:
            best.add(ending[index])
            index += 1
        high = best.against(item)
        if high is not None and item[1].is_below(high[1]):
            _add(pairs, item, high)
    # The lowest figure whose span starts on or after the day this one ends.
    starting = sorted(dated, key=lambda item: item[0].placement.first, reverse=True)
    least = _Top(_negated_high)
    index = 0
    for item in sorted(dated, key=lambda item: item[0].placement.last, reverse=True):
        while index < len(starting) and starting[index][0].placement.first >= item[0].placement.last:
            least.add(starting[index])
            index += 1
        low = least.against(item)
        if low is not None and low[1].is_below(item[1]):
            _add(pairs, low, item)
    spans: dict[tuple[int, int], list[_Item]] = {}
    untimed: dict[object, list[_Item]] = {}
    for item in dated:
        placement = item[0].placement
        spans.setdefault((placement.first, placement.last), []).append(item)
        if item[0].work is not None and placement.dating in _NO_DATE_OF_ITS_OWN:
            untimed.setdefault(item[0].work, []).append(item)
    for group in (*spans.values(), *untimed.values()):
        _strongest_pairs(group, pairs)


_NO_DATE_OF_ITS_OWN = frozenset({Dating.PUBLISHED, Dating.SPOKEN})


def _items(figures: Sequence[Figure]) -> list[_Item]:
    """One item per distinct figure, with the statement they all report, if one.

    Figures of one value from one claimant, one statement or one work are one: the first on the timeline
    stands for them.
    """
    kept: list[Figure] = []
    statements: list[dict[str | None, Figure]] = []
    owner: dict[tuple[object, ...], int] = {}
    read_in: dict[tuple[object, ...], tuple[int, str]] = {}  # a value in a work: where it was first read
    for figure in figures:
        interval = figure.interval
        if interval is None:
            continue
        keys: list[tuple[object, ...]] = []
        if figure.occasion is not None:
            keys.append(("said", figure.occasion, interval))
        if figure.claimant is not None:
            keys.append(("by", figure.claimant, interval))
        found = next((owner[key] for key in keys if key in owner), None)
        first = read_in.get((figure.work, interval))
        if found is None and first is not None and first[1] != figure.source:
            found = first[0]  # the same value read in another source of one work
        if found is None:
            found = len(kept)
            kept.append(figure)
            statements.append({})
        statements[found].setdefault(figure.occasion, figure)
        for key in keys:
            owner.setdefault(key, found)
        read_in.setdefault((figure.work, interval), (found, figure.source))
    items: list[_Item] = []
    for figure, said in zip(kept, statements, strict=True):
        only = next(iter(said)) if len(said) == 1 else None
        assert figure.interval is not None  # noqa: S101  (kept only with an interval)
        items.append((figure, figure.interval, figure.claim if only is None else only, tuple(said.values())))
    return items


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
        untimed: dict[object, list[_Item]] = {}
        for period, _, group in groups:
            items = _items(group)
            if period is not None or kind is MeasureKind.EVENT:
                _strongest_pairs(items, pairs)
            if kind is MeasureKind.SNAPSHOT:
                for item in items:
                    if item[0].work is not None and item[0].placement.dating in _NO_DATE_OF_ITS_OWN:
                        untimed.setdefault(item[0].work, []).append(item)
        for same_work in untimed.values():
            _strongest_pairs(same_work, pairs)
    judged = (judge(*_members(smaller, larger), kind) for smaller, larger in pairs.values())
    verdicts = [verdict for verdict in judged if verdict.verdict is FigureVerdict.CONTRADICTION]
    return sorted(verdicts, key=lambda verdict: (order[verdict.first], order[verdict.second]))
