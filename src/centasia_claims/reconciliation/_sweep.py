"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Final

from centasia_claims.model import MeasureKind
from centasia_claims.reconciliation._interval import intersection_of, lower_end, upper_end
from centasia_claims.reconciliation._timeline import Dating
from centasia_claims.reconciliation._verdicts import FigureVerdict, PairVerdict, judge

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from centasia_claims.model import Period
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["find_contradictions", "independent_figures", "pair_places"]


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
        interval = figure.interval
        if interval is None:
            kept.append(figure)
            continue
        again = False
        occasion = figure.occasion
        if occasion is not None:
            said = ("said", occasion) if occasion in agreeing else ("said", occasion, interval)
            again = said in seen
            seen.add(said)
        if figure.claimant is not None:
            by = ("by", figure.claimant, interval)
            again = again or by in seen
            seen.add(by)
        if figure.work is not None:
            first = read_in.setdefault((figure.work, interval), figure.source)
            again = again or first != figure.source
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


class _Item:
    """A comparable figure with what the sweep compares it by, worked out once.

    ``statement`` is the statement it stands for (reports of one statement never contradict each other): the
    occasion all the figures it stands for report, else its own claim id; ``members`` is the first figure it
    stands for of each statement. ``low`` and ``negated_high`` are the sort keys of its ends (`lower_end`,
    and `upper_end` negated), ``first`` and ``last`` the days its placement spans, ``index`` its place among
    the items.
    """

    __slots__ = (
        "figure",
        "first",
        "index",
        "interval",
        "last",
        "low",
        "members",
        "negated_high",
        "statement",
    )

    def __init__(
        self,
        figure: Figure,
        interval: Interval,
        statement: str,
        members: tuple[Figure, ...],
        index: int,
    ) -> None:
        self.figure = figure
        self.interval = interval
        self.statement = statement
        self.members = members
        self.index = index
        self.low = lower_end(interval)
        high, closed = upper_end(interval)
        self.negated_high = (-high, -closed)
        placement = figure.placement
        self.first = placement.first
        self.last = placement.last


_Pairs = dict[int, tuple[_Item, _Item]]
"""Contradicting pairs (smaller, larger), by the places of both items."""


class _Sweep:
    """Contradicting pairs found so far, each pair of items once."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.pairs: _Pairs = {}

    def add(self, smaller: _Item, larger: _Item) -> None:
        self.pairs[smaller.index * self.count + larger.index] = (smaller, larger)


def _members(smaller: _Item, larger: _Item) -> tuple[Figure, Figure]:
    """The figures a pair of items stand for that are not reports of one statement (the sweep found one)."""
    one = smaller.members[0]
    occasion = one.occasion
    if occasion is None:
        return one, larger.members[0]
    other = next((figure for figure in larger.members if figure.occasion != occasion), None)
    if other is not None:
        return one, other
    return next(figure for figure in smaller.members if figure.occasion != occasion), larger.members[0]


class _Top:
    """The best item seen, and the best item of another statement (so every item has a counterpart).

    Items are compared by their ``low`` (the highest figure) or their ``negated_high`` (the lowest).
    """

    __slots__ = ("best", "highest", "other")

    def __init__(self, *, highest: bool) -> None:
        self.highest = highest
        self.best: _Item | None = None
        self.other: _Item | None = None

    def add(self, item: _Item) -> None:
        best = self.best
        if best is None:
            self.best = item
            return
        if self.highest:
            key, best_key = item.low, best.low
        else:
            key, best_key = item.negated_high, best.negated_high
        if item.statement == best.statement:
            if key > best_key:
                self.best = item  # the best of another statement is still ``other``
        elif key > best_key:
            self.best, self.other = item, best
        else:
            other = self.other
            if other is None or key > (other.low if self.highest else other.negated_high):
                self.other = item

    def against(self, item: _Item) -> _Item | None:
        """The best item that is not a report of the same statement as ``item``."""
        best = self.best
        if best is not None and best.statement != item.statement:
            return best
        return self.other


def _strongest_pairs(items: Sequence[_Item], pairs: _Sweep) -> None:
    """For figures that should all agree: each figure below the highest one, or above the lowest one.

    Reports of one statement are never set against each other: the counterpart is the highest (lowest)
    figure of another statement.
    """
    if len(items) < 2:
        return
    highest, lowest = _Top(highest=True), _Top(highest=False)
    for item in items:
        highest.add(item)
        lowest.add(item)
    for item in items:
        high = highest.against(item)
        if high is not None and item.interval.is_below(high.interval):
            pairs.add(item, high)
        low = lowest.against(item)
        if low is not None and low.interval.is_below(item.interval):
            pairs.add(low, item)


_PLACES: Final = operator.itemgetter(0)
_FIRST: Final = operator.attrgetter("first")
_LAST: Final = operator.attrgetter("last")


def _fell_pairs(items: Sequence[_Item], pairs: _Sweep) -> None:
    """For a cumulative count: each figure against the highest dated no later, and the lowest no earlier.

    Two sorted passes with a running maximum (minimum), so O(n log n) for n figures. Figures that time
    cannot tell apart (`same_time`: the same span, or one work giving both undated) are also set against
    each other, within their group.
    """
    dated = [item for item in items if item.figure.placement.period is not None]
    # The highest figure whose span ends on or before the day this one starts.
    ending = sorted(dated, key=_LAST)
    best = _Top(highest=True)
    index = 0
    for item in sorted(dated, key=_FIRST):
        while index < len(ending) and ending[index].last <= item.first:
            best.add(ending[index])
            index += 1
        high = best.against(item)
        if high is not None and item.interval.is_below(high.interval):
            pairs.add(item, high)
    # The lowest figure whose span starts on or after the day this one ends.
    starting = sorted(dated, key=_FIRST, reverse=True)
    least = _Top(highest=False)
    index = 0
    for item in sorted(dated, key=_LAST, reverse=True):
        while index < len(starting) and starting[index].first >= item.last:
            least.add(starting[index])
            index += 1
        low = least.against(item)
        if low is not None and low.interval.is_below(item.interval):
            pairs.add(low, item)
    spans: dict[tuple[int, int], list[_Item]] = {}
    untimed: dict[object, list[_Item]] = {}
    for item in dated:
        spans.setdefault((item.first, item.last), []).append(item)
        work = item.figure.work
        if work is not None and item.figure.placement.dating in _NO_DATE_OF_ITS_OWN:
            untimed.setdefault(work, []).append(item)
    for group in (*spans.values(), *untimed.values()):
        _strongest_pairs(group, pairs)


_NO_DATE_OF_ITS_OWN = frozenset({Dating.PUBLISHED, Dating.SPOKEN})


def _items(figures: Sequence[Figure], start: int = 0) -> list[_Item]:
    """One item per distinct figure, with the statement they all report, if one; numbered from ``start``.

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
        occasion, claimant = figure.occasion, figure.claimant
        said = None if occasion is None else ("said", occasion, interval)
        by = None if claimant is None else ("by", claimant, interval)
        found = owner.get(said) if said is not None else None
        if found is None and by is not None:
            found = owner.get(by)
        place = (figure.work, interval)
        first = read_in.get(place)
        if found is None and first is not None and first[1] != figure.source:
            found = first[0]  # the same value read in another source of one work
        if found is None:
            found = len(kept)
            kept.append(figure)
            statements.append({occasion: figure})
        else:
            statements[found].setdefault(occasion, figure)
        if said is not None:
            owner.setdefault(said, found)
        if by is not None:
            owner.setdefault(by, found)
        if first is None:
            read_in[place] = (found, figure.source)
    items: list[_Item] = []
    for index, (figure, said_by) in enumerate(zip(kept, statements, strict=True), start):
        only = next(iter(said_by)) if len(said_by) == 1 else None
        assert figure.interval is not None  # noqa: S101  (kept only with an interval)
        statement = figure.claim if only is None else only
        items.append(_Item(figure, figure.interval, statement, tuple(said_by.values()), index))
    return items


def pair_places(position: Mapping[int, int], one: Figure, other: Figure) -> tuple[int, int]:
    """The places of two figures on the timeline, earlier first: the order their verdict is listed in.

    ``position`` gives each figure's place by its ``id``.
    """
    first, second = position[id(one)], position[id(other)]
    return (first, second) if first < second else (second, first)


def find_contradictions(
    groups: Sequence[tuple[Period | None, str, list[Figure]]], kind: MeasureKind, position: Mapping[int, int]
) -> list[tuple[tuple[int, int], PairVerdict]]:
    """Contradicting pairs among the comparable figures grouped by period, in timeline order.

    Every independent figure that contradicts another appears in at least one pair, with its strongest
    counterpart: for an event every figure is compared with the highest and the lowest; for a snapshot the
    same within each dated period; for a cumulative count, across all dated periods by `_fell_pairs`. Each
    verdict comes with the places of its figures (`pair_places`), which it is sorted by.
    """
    everything = sum(len(group) for _, _, group in groups)
    pairs = _Sweep(everything)
    if kind is MeasureKind.CUMULATIVE:
        items: list[_Item] = []
        for _, _, group in groups:
            items += _items(group, len(items))
        _fell_pairs(items, pairs)
    else:
        untimed: dict[object, list[_Item]] = {}
        count = 0
        for period, _, group in groups:
            items = _items(group, count)
            count += len(items)
            if period is not None or kind is MeasureKind.EVENT:
                _strongest_pairs(items, pairs)
            if kind is MeasureKind.SNAPSHOT:
                for item in items:
                    if item.figure.work is not None and item.figure.placement.dating in _NO_DATE_OF_ITS_OWN:
                        untimed.setdefault(item.figure.work, []).append(item)
        for same_work in untimed.values():
            _strongest_pairs(same_work, pairs)
    found = []
    for smaller, larger in pairs.pairs.values():
        one, other = _members(smaller, larger)
        found.append((pair_places(position, one, other), one, other))
    found.sort(key=_PLACES)
    judged = ((places, judge(one, other, kind)) for places, one, other in found)
    return [(places, verdict) for places, verdict in judged if verdict.verdict is FigureVerdict.CONTRADICTION]
