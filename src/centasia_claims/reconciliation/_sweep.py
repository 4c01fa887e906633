"""Finding contradictions with a sorted sweep, in O(n log n), instead of judging all n²/2 pairs."""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Final

from centasia_claims.model import MeasureKind
from centasia_claims.reconciliation._interval import lower_end, upper_end
from centasia_claims.reconciliation._timeline import Dating
from centasia_claims.reconciliation._verdicts import FigureVerdict, judged, rule_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from centasia_claims.model import EntityId, Period
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval
    from centasia_claims.reconciliation._verdicts import PairVerdict

_LowKey = tuple[float, int]

__all__ = ["find_contradictions", "pair_order"]


class _Item:
    """A comparable figure with what the sweep compares it by, worked out once.

    ``statement`` is the statement it stands for (reports of one statement never contradict each other): the
    occasion all the figures it stands for report, else its own claim id. ``figure`` is the first figure it
    stands for, at ``place`` (its place among the figures swept, which are in timeline order); ``more`` is
    ``None``, or the first figure (and its place) of each further statement it stands for. ``low`` and
    ``negated_high`` are the sort keys of its ends (`lower_end`, and `upper_end` negated), shared by the items
    of one interval; ``first`` and ``last`` the days its placement spans. ``untimed`` is ``None``, or an item
    for the first figure it stands for in each other work that gives it without a date of its own, so that
    the figures such a work gives alongside are set against it (`_NO_DATE_OF_ITS_OWN`).
    """

    __slots__ = (
        "figure",
        "first",
        "interval",
        "last",
        "low",
        "more",
        "negated_high",
        "place",
        "statement",
        "untimed",
    )

    def __init__(  # noqa: PLR0917  (what `_items` found for it, in one call)
        self,
        figure: Figure,
        place: int,
        interval: Interval,
        ends: tuple[tuple[float, int], tuple[float, int]],
        statement: str,
        more: list[tuple[Figure, int]] | None,
    ) -> None:
        self.figure = figure
        self.place = place
        self.interval = interval
        self.statement = statement
        self.more = more
        self.untimed: list[_Item] | None = None
        self.low, self.negated_high = ends
        placement = figure.placement
        self.first = placement.first
        self.last = placement.last


class _Sweep:
    """Contradicting pairs found so far, each as the number that orders it (`pair_order`), some twice.

    The number is worked out when the pair is found, while its two items are at hand, instead of in a later
    pass that would fetch them again from all over memory. A list, not a set: a set of millions of pairs is
    written all over memory, a list in order; the pairs are sorted anyway, and one found twice is dropped
    then.
    ``places`` (the place of each figure swept on a timeline of ``size`` figures) is ``None`` when the figures
    swept are the whole timeline.
    """

    def __init__(self, places: Sequence[int] | None, size: int) -> None:
        self.places = places
        self.size = size
        self.pairs: list[float] = []

    def add(self, smaller: _Item, larger: _Item) -> None:
        occasion = smaller.figure.occasion
        if occasion is None or larger.figure.occasion != occasion:
            one, other = smaller.place, larger.place
        else:
            _, one, _, other = _members(smaller, larger)
        places = self.places
        if places is not None:
            one, other = places[one], places[other]
        self.pairs.append(pair_order(one, other, self.size))


def _members(smaller: _Item, larger: _Item) -> tuple[Figure, int, Figure, int]:
    """The figures (and places) a pair of items stand for that are not reports of one statement.

    The sweep never pairs two items of one statement, so one of them stands for a figure of another.
    """
    occasion = smaller.figure.occasion
    if occasion is None or larger.figure.occasion != occasion:
        return smaller.figure, smaller.place, larger.figure, larger.place
    for figure, place in larger.more or ():
        if figure.occasion != occasion:
            return smaller.figure, smaller.place, figure, place
    figure, place = next(member for member in smaller.more or () if member[0].occasion != occasion)
    return figure, place, larger.figure, larger.place


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


def _by_day(items: Iterable[_Item], day: Callable[[_Item], int], *, reverse: bool = False) -> list[_Item]:
    """The items in order of a day of theirs (stable, as ``sorted``): grouped by day, the few days sorted.

    Many figures share a day, so this sorts a few thousand days instead of a million items.
    """
    by: dict[int, list[_Item]] = {}
    for item in items:
        found = by.get(day(item))
        if found is None:
            by[day(item)] = [item]
        else:
            found.append(item)
    ordered: list[_Item] = []
    for key in sorted(by, reverse=reverse):
        ordered += by[key]
    return ordered


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
    ending = _by_day(dated, _LAST)
    best = _Top(highest=True)
    index = 0
    for item in _by_day(dated, _FIRST):
        while index < len(ending) and ending[index].last <= item.first:
            best.add(ending[index])
            index += 1
        high = best.against(item)
        if high is not None and item.interval.is_below(high.interval):
            pairs.add(item, high)
    del ending
    # The lowest figure whose span starts on or after the day this one ends.
    starting = _by_day(dated, _FIRST, reverse=True)
    least = _Top(highest=False)
    index = 0
    for item in _by_day(dated, _LAST, reverse=True):
        while index < len(starting) and starting[index].first >= item.last:
            least.add(starting[index])
            index += 1
        low = least.against(item)
        if low is not None and low.interval.is_below(item.interval):
            pairs.add(low, item)
    del starting
    spans: dict[tuple[int, int], list[_Item]] = {}
    untimed: dict[object, list[_Item]] = {}
    for item in dated:
        spans.setdefault((item.first, item.last), []).append(item)
        _add_untimed(item, untimed)
    for group in (*spans.values(), *untimed.values()):
        _strongest_pairs(group, pairs)


_NO_DATE_OF_ITS_OWN = frozenset({Dating.PUBLISHED, Dating.SPOKEN})


def _add_untimed(item: _Item, untimed: dict[object, list[_Item]]) -> None:
    """The item, and each item it has for another work, in the group of the work that gives it undated."""
    for member in (item, *(item.untimed or ())):
        work = member.figure.work
        if work is not None and member.figure.placement.dating in _NO_DATE_OF_ITS_OWN:
            untimed.setdefault(work, []).append(member)


class _Kept:
    """The figures `_items` keeps (one for each distinct figure), and what each stands for beside itself."""

    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.places: list[int] = []
        self.occasions: list[str | None] = []  # the statement of each kept figure's first report
        self.more: dict[int, dict[str | None, tuple[Figure, int]]] = {}  # further statements of a kept figure
        self.elsewhere: dict[int, dict[object, tuple[Figure, int]]] = {}  # its undated figures in other works

    def keep(self, figure: Figure, at: int) -> int:
        self.figures.append(figure)
        self.places.append(at)
        self.occasions.append(figure.occasion)
        return len(self.figures) - 1

    def member(self, found: int, figure: Figure, at: int) -> None:
        """A figure the kept one ``found`` stands for: another statement, or undated in another work."""
        occasion = figure.occasion
        if occasion != self.occasions[found]:
            self.more.setdefault(found, {}).setdefault(occasion, (figure, at))
        if figure.work != self.figures[found].work and figure.placement.dating in _NO_DATE_OF_ITS_OWN:
            self.elsewhere.setdefault(found, {}).setdefault(figure.work, (figure, at))

    def items(self, ends: dict[int, tuple[_LowKey, _LowKey]]) -> list[_Item]:
        items: list[_Item] = []
        for index, figure in enumerate(self.figures):
            interval = figure.interval
            assert interval is not None  # noqa: S101  (kept only with an interval)
            key = id(interval)
            found_ends = ends.get(key)
            if found_ends is None:
                high, closed = upper_end(interval)
                found_ends = ends[key] = (lower_end(interval), (-high, -closed))
            others = self.more.get(index)
            statement = figure.claim if others is not None else self.occasions[index] or figure.claim
            members = None if others is None else list(others.values())
            item = _Item(figure, self.places[index], interval, found_ends, statement, members)
            works = self.elsewhere.get(index)
            if works is not None:
                item.untimed = [
                    _Item(other, at, interval, found_ends, statement, members) for other, at in works.values()
                ]
            items.append(item)
        return items


def _items(figures: Sequence[Figure], place: int, ends: dict[int, tuple[_LowKey, _LowKey]]) -> list[_Item]:
    """One item per distinct figure, with the statement they all report, if one.

    Figures of one value from one claimant, one statement or one work are one: the first on the timeline
    stands for them. ``place`` is the place of the first figure among all figures swept; ``ends`` keeps the
    sort keys of each interval's ends, by the interval (intervals are shared).
    """
    kept = _Kept()
    said_by: dict[tuple[str, Interval], int] = {}
    by_claimant: dict[tuple[EntityId, Interval], int] = {}
    read_in: dict[tuple[object, Interval], tuple[int, str]] = {}  # a value in a work: where it was first read
    for offset, figure in enumerate(figures):
        interval = figure.interval
        if interval is None:
            continue
        occasion, claimant = figure.occasion, figure.claimant
        found = None if occasion is None else said_by.get((occasion, interval))
        if found is None and claimant is not None:
            found = by_claimant.get((claimant, interval))
        first = read_in.get((figure.work, interval))
        if found is None and first is not None and first[1] != figure.source:
            found = first[0]  # the same value read in another source of one work
        if found is None:
            found = kept.keep(figure, place + offset)
        else:
            kept.member(found, figure, place + offset)
        if occasion is not None:
            said_by.setdefault((occasion, interval), found)
        if claimant is not None:
            by_claimant.setdefault((claimant, interval), found)
        if first is None:
            read_in[figure.work, interval] = (found, figure.source)
    return kept.items(ends)


def find_contradictions(
    groups: Sequence[tuple[Period | None, str, list[Figure]]],
    kind: MeasureKind,
    places: Sequence[int] | None = None,
    total: int = 0,
) -> tuple[list[float], list[PairVerdict]]:
    """Contradicting pairs among the comparable figures grouped by period, in timeline order.

    Every independent figure that contradicts another appears in at least one pair, with its strongest
    counterpart: for an event every figure is compared with the highest and the lowest; for a snapshot the
    same within each dated period; for a cumulative count, across all dated periods by `_fell_pairs`.

    The groups, one after the other, are figures in timeline order (as `by_days` puts them), so a figure's
    place among them orders the pairs. With ``places`` (the place of each figure on a timeline of ``total``
    figures, of which these are some) the pairs are placed on that timeline. The verdicts come in timeline
    order, each with the number of its place (`pair_order`).
    """
    everything = [figure for _, _, group in groups for figure in group]
    if not everything:
        return [], []
    size = len(everything) if places is None else total
    order = _pairs(groups, kind, _Sweep(places, size)).pairs
    order.sort()
    at = range(size) if places is None else {place: index for index, place in enumerate(places)}
    kept_order: list[float] = []
    verdicts: list[PairVerdict] = []
    contradiction = FigureVerdict.CONTRADICTION
    last = -1.0
    for key in order:
        if key == last:  # a pair found twice (each pair of items stands for one pair of figures)
            continue
        last = key
        one, other = divmod(int(key), size)
        first, second = everything[at[one]], everything[at[other]]
        if rule_of(first, second, kind) is contradiction:
            kept_order.append(key)
            verdicts.append(judged(first, second, contradiction, kind))
    return kept_order, verdicts


def _pairs(
    groups: Sequence[tuple[Period | None, str, list[Figure]]], kind: MeasureKind, pairs: _Sweep
) -> _Sweep:
    """The contradicting pairs the sweep finds among the figures in groups by period, added to ``pairs``."""
    items: list[_Item] = []
    ends: dict[int, tuple[_LowKey, _LowKey]] = {}
    place = 0
    if kind is MeasureKind.CUMULATIVE:
        for _, _, group in groups:
            items += _items(group, place, ends)
            place += len(group)
        _fell_pairs(items, pairs)
    else:
        untimed: dict[object, list[_Item]] = {}
        for period, _, group in groups:
            found = _items(group, place, ends)
            place += len(group)
            items += found
            if period is not None or kind is MeasureKind.EVENT:
                _strongest_pairs(found, pairs)
            if kind is MeasureKind.SNAPSHOT:
                for item in found:
                    _add_untimed(item, untimed)
        for same_work in untimed.values():
            _strongest_pairs(same_work, pairs)
    return pairs


def pair_order(first: int, second: int, size: int) -> float:
    """The number that orders the pair of figures at ``first`` and ``second`` on a timeline of ``size``.

    A float, exact below 2**53 (a timeline of 90 million figures): a list of floats sorts by their quick
    comparison at any size, where integers beyond 2**30 (pairs among more than 32,768 figures) take the slow
    one, so the sort would cost more per pair the larger the measure.
    """
    return float(first * size + second if first < second else second * size + first)
