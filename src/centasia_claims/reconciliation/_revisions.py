"""Revisions: figures superseded by later ones.

A measure declared ``revisable`` (a death toll, arrests, a count under investigation) has figures that are
revised as the work goes on. Within it a later figure from the same origin (the same root claimant), or from
an origin ranked higher in the measure's ``authority`` order, *supersedes* the earlier one, also when it is
lower (a toll corrected down): the verdict is ``superseded``, never a contradiction, and the superseded figure
leaves the consensus. Without an authority order only a figure's own origin supersedes it. "Later" is by
when each figure was given (`Figure.stated`: its as-of date, else when the quote says it was said, else the
publication date), strictly: two figures given on the same day are not ordered, unless the report of one
says the count moved to it past the other (`UPDATE_WORDS`, `update_of`: "the death toll has risen to 93"
after 60 that day).

The current best figure and outliers are in `_best`; stale relays and the times of statements are in
`_stale` and `_statements`.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Final, Protocol

import attrs

from centasia_claims._render import html_record
from centasia_claims.model import ClaimId
from centasia_claims.reconciliation._cues import word_at
from centasia_claims.reconciliation._timeline import by_days
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from centasia_claims.model import MeasureKind
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval
    from centasia_claims.reconciliation._timeline import Placement

__all__ = [
    "UPDATE_WORDS",
    "Revision",
    "mark_updates",
    "revision",
    "revision_rule",
    "superseded_by",
    "unrevised_reason",
    "update_of",
]

UPDATE_WORDS: Final[dict[int, tuple[str, ...]]] = {
    1: (
        "rose",
        "risen",
        "rising",
        "climbed",
        "climbs",
        "increased",
        "raised",
        "jumped",
        "revised up",
        "возросл",
        "вырос",
        "увеличил",
        "поднял",
        "афзуд",
        "боло рафт",
    ),
    -1: (
        "fell",
        "fallen",
        "dropped",
        "lowered",
        "reduced",
        "revised down",
        "corrected down",
        "down to",
        "снизил",
        "сократил",
        "уменьшил",
        "кам шуд",
        "кам кард",
    ),
}
"""Word beginnings by which a report of a count says it moved to its figure that day, by direction (``1`` up,
``-1`` down; English, Russian and Tajik, matched at a word start in any case): "the death toll has risen to
93", "raised the toll to 115", "revised the toll down to 137", "число погибших возросло до 93", "шумораи
кушташудагон то 93 нафар афзуд". From the wording of wire and press copy of tolls in the three languages.
A quote with words of both directions says neither."""


@functools.lru_cache(maxsize=4096)
def update_of(quote: str) -> int:
    """Whether a quote says a count rose (``1``) or fell (``-1``) to its figure, or neither (``0``).

    Remembered for the last quotes asked: many claims of a measure share one quote.

    >>> update_of("The death toll has risen to 93"), update_of("revised the toll down to 137")
    (1, -1)
    >>> update_of("The committee said 60 people were killed")
    0
    """
    up, down = (word_at(quote, UPDATE_WORDS[direction]) is not None for direction in (1, -1))
    return 0 if up == down else 1 if up else -1


def mark_updates(figures: Sequence[Figure], text_of: Callable[[int], str]) -> Sequence[Figure]:
    """The figures of a revisable measure, with the reports that say the count moved to them that day marked.

    Only where an origin gave more than one value on one day does it matter which came after: the quotes of
    those figures alone are read (``text_of`` gives the quote of the figure at a position), so that the
    reading costs nothing where every origin gave one value a day. A marked figure (`Figure.update`) is a new
    statement, not a report of the day's: it reports no ``occasion``.
    """
    first: dict[tuple[object, int], Interval] = {}  # the first value of each origin and day
    several: set[tuple[object, int]] = set()  # the origins and days with more than one value
    for figure in figures:
        said, interval = figure.said, figure.interval
        if figure.claimant is None or interval is None or said.first != said.last or not said.is_dated:
            continue
        key = (figure.claimant, said.first)
        found = first.setdefault(key, interval)
        if found is not interval and found != interval:
            several.add(key)
    if not several:
        return figures
    marked = list(figures)
    for position, figure in enumerate(figures):
        if figure.interval is not None and (figure.claimant, figure.said.first) in several:
            update = update_of(text_of(position))
            if update:
                marked[position] = attrs.evolve(figure, update=update, occasion=None)
    return marked


class _Writer(Protocol):
    def __call__(self, superseded: Figure, by: Figure, kind: MeasureKind) -> str: ...


class _Deferred:
    """What a `Revision` made by `revision` keeps to write its fields when they are first read.

    A revisable measure of a million figures has about as many superseded figures, and their reasons are
    seldom read: each revision keeps its two figures, the measure's kind and the function that writes the
    reason of the verdict that supersedes the one (`judge`'s) instead, and writes its reason, and its claims,
    on first use. Read or compared, written out, pickled or shown, a revision is the same as one made with
    its claims and reason.
    """

    __slots__ = ("_by", "_kind", "_superseded", "_write")

    if not TYPE_CHECKING:  # for mypy, ``superseded``, ``by`` and ``reason`` are the plain fields they are

        def __getattr__(self, name: str) -> object:
            """A field, written once, when it is read before it was written (its slot is still empty)."""
            if name == "superseded":
                value = object.__getattribute__(self, "_superseded").claim
            elif name == "by":
                value = object.__getattribute__(self, "_by").claim
            elif name == "reason":
                write = object.__getattribute__(self, "_write")
                value = write(self._superseded, self._by, self._kind)
            else:
                return object.__getattribute__(self, name)  # raises the usual AttributeError
            object.__setattr__(self, name, value)
            return value


@attrs.frozen(kw_only=True)
class Revision(_Deferred):
    """A figure superseded by a later one, and why.

    Attributes:
        superseded: The claim whose figure is superseded.
        by: The claim whose figure supersedes it (the highest-ranked, then the latest, of those that do).
        reason: The verdict's reason, in words.

    >>> import attrs
    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> corpus = load_seed_corpus()
    >>> measure = attrs.evolve(corpus.measure("measure:tajik-fighters-returned"), revisable=True)
    >>> revision = reconcile(corpus, measure.id, measure=measure).superseded[0]
    >>> revision.superseded, revision.by
    ('claim:rferl-rahimzoda-61-returned', 'claim:rferl-export-dushanbe-more-than-60-returned')
    """

    superseded: ClaimId
    by: ClaimId
    reason: str

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        return f"superseded: {self.reason}"


register_result(Revision)


def revision(superseded: Figure, by: Figure, kind: MeasureKind, write: _Writer) -> Revision:
    """The revision of ``superseded`` by ``by``: claims and reason (by ``write``) written when read."""
    made = object.__new__(Revision)
    setter = object.__setattr__
    setter(made, "_superseded", superseded)
    setter(made, "_by", by)
    setter(made, "_kind", kind)
    setter(made, "_write", write)
    return made


def _later(earlier: Figure, later: Figure) -> bool:
    """Whether ``later`` was given strictly after ``earlier`` (both given on a known day or span).

    Given on the same day, a figure that says the count moved to it past the other (`Figure.update`: "has
    risen to 93" after 60) was given after it.
    """
    one, other = earlier.said, later.said
    if not (one.is_dated and other.is_dated):
        return False
    return one.last < other.first or (later.update != 0 and _moves_past(earlier, later))


def _moves_past(earlier: Figure, update: Figure) -> bool:
    """Whether ``update`` (a figure that says the count moved to it) moved past ``earlier`` on its one day."""
    one, other = earlier.said, update.said
    if not one.first == one.last == other.first == other.last:
        return False
    before, after = earlier.interval, update.interval
    if before is None or after is None:
        return False
    return before.is_below(after) if update.update > 0 else after.is_below(before)


def _outranks(later: Figure, earlier: Figure) -> bool:
    return later.rank is not None and earlier.rank is not None and later.rank < earlier.rank


def revision_rule(first: Figure, second: Figure) -> str | None:
    """Why one of two figures of a revisable measure supersedes the other, or ``None`` when neither does."""
    for earlier, later in ((first, second), (second, first)):
        if not _later(earlier, later) or earlier.interval == later.interval:
            continue
        given = f"{later.phrase} (given {later.said.label}) supersedes "
        given += f"{earlier.phrase} (given {earlier.said.label})"
        if later.said.first <= earlier.said.last:  # one day: the later says the count moved to it
            moved = "rose" if later.update > 0 else "fell"
            given += f", given the same day: its report says the count {moved} to it, so it came after"
        if later.claimant is not None and later.claimant == earlier.claimant:
            return f"{given}: a later figure from the same origin, {later.claimant_name}, revises it"
        if _outranks(later, earlier):
            return (
                f"{given}: a later figure from {later.claimant_name}, ranked above {earlier.claimant_name} "
                "in "
                "the measure's authority order"
            )
    return None


def unrevised_reason(first: Figure, second: Figure) -> str:
    """Why neither of two figures of a revisable measure supersedes the other, in words (`revision_rule`).

    A contradiction on a revisable measure says so, so that a reader does not take a figure from another
    origin ("about 60" from officials between the investigators' 40 and 115) for one the rule forgot.
    """
    if _later(first, second):
        earlier, later = first, second
    elif _later(second, first):
        earlier, later = second, first
    else:
        return "neither revises the other: neither was given after the other"
    if later.rank is None:
        return (
            "the later figure does not revise the earlier: it comes from another origin "
            f"({later.claimant_name}, not {earlier.claimant_name}), and without an authority order only a "
            "figure's own origin revises it"
        )
    return (
        f"the later figure does not revise the earlier: {later.claimant_name} is not ranked above "
        f"{earlier.claimant_name} in the measure's authority order"
    )


_Witness = tuple[int, int]
"""Where a superseding figure sits: (group, index in the group's order)."""


def _said(figure: Figure) -> Placement:
    return figure.said


class _Group:
    """Figures of one origin (or one authority rank) sorted by when they were given, with suffix witnesses."""

    def __init__(self, figures: list[Figure]) -> None:
        self.figures = by_days(figures, _said)
        self.firsts = [figure.said.first for figure in self.figures]
        self.starts: dict[int, int] = {}  # where the figures given after a day start, by that day
        # For each suffix, the latest figure whose interval differs from that of the group's last figure.
        last = self.figures[-1].interval
        self.other: list[Figure | None] = [None] * (len(self.figures) + 1)
        for index in range(len(self.figures) - 1, -1, -1):
            figure = self.figures[index]
            self.other[index] = self.other[index + 1] or (figure if figure.interval != last else None)
        # For each day, the figure that says the count rose to the highest value that day, and the one that
        # says it fell to the lowest (`Figure.update`).
        self.updates: dict[int, tuple[Figure | None, Figure | None]] = {}
        for figure in self.figures:
            said, interval = figure.said, figure.interval
            if figure.update == 0 or said.first != said.last or interval is None:
                continue
            up, down = self.updates.get(said.first, (None, None))
            if figure.update > 0 and (up is None or _further(up, figure, 1)):
                up = figure
            elif figure.update < 0 and (down is None or _further(down, figure, -1)):
                down = figure
            self.updates[said.first] = (up, down)

    def later_different(self, figure: Figure, day: int) -> Figure | None:
        """The latest figure of the group given after ``figure`` (given up to ``day``) with another value."""
        start = self.starts.get(day)
        if start is None:  # many figures are given on one day: find where its successors start once
            start = self.starts[day] = bisect.bisect_right(self.firsts, day)
        if start == len(self.figures):
            return None
        last = self.figures[-1]
        if last.interval is not figure.interval and last.interval != figure.interval:
            return last
        return self.other[start]

    def moved_past(self, figure: Figure) -> Figure | None:
        """A figure of the group given the same day that says the count moved past this one's, or ``None``."""
        said = figure.said
        found = self.updates.get(said.first) if said.first == said.last and self.updates else None
        if found is None:
            return None
        for update in found:
            if update is not None and update is not figure and _moves_past(figure, update):
                return update
        return None


def _further(kept: Figure, figure: Figure, direction: int) -> bool:
    """Whether ``figure`` moved further than ``kept`` in ``direction`` (ties: the larger claim id)."""
    one, other = kept.interval, figure.interval
    assert one is not None  # noqa: S101  (updates with an interval only)
    assert other is not None  # noqa: S101
    if one.is_below(other) if direction > 0 else other.is_below(one):
        return True
    return not (other.is_below(one) if direction > 0 else one.is_below(other)) and figure.claim > kept.claim


def _latest(figure: Figure) -> tuple[int, int, int, str]:
    """The order among figures that supersede one: the highest-ranked, then the latest given."""
    return (figure.rank or 0, -figure.said.last, -figure.said.first, figure.claim)


def superseded_by(figures: Sequence[Figure]) -> list[Figure | None]:
    """What supersedes each figure of a revisable measure (the highest-ranked, then latest), or ``None``.

    The list goes with ``figures``, place by place: no look-up by claim or by figure is needed to find it.
    Figures are grouped by origin and by authority rank, each group sorted once; a figure is then looked up in
    its own origin's group and in each group of a higher rank: O(n log n · r) for r ranks in the order. The
    figures are taken origin by origin, so that the group they are looked up in is the one just made (a
    million figures have thousands of origins, whose groups would otherwise be fetched from all over memory).
    """
    by_origin: dict[object, list[int]] = {}
    by_rank: dict[int, list[Figure]] = {}
    unnamed: list[int] = []
    for index, figure in enumerate(figures):
        if figure.interval is None or figure.said.period is None:
            continue
        if figure.claimant is not None:
            by_origin.setdefault(figure.claimant, []).append(index)
        elif figure.rank is not None:
            unnamed.append(index)
        if figure.rank is not None:
            by_rank.setdefault(figure.rank, []).append(figure)
    # A rank's figures are looked up only by figures of a lower rank: the lowest rank present needs no group
    # (most figures are of it, as origins outside the order are).
    lowest = max(by_rank, default=0)
    ranks = sorted((rank, _Group(group)) for rank, group in by_rank.items() if rank < lowest)
    del by_rank
    found: list[Figure | None] = [None] * len(figures)
    for places in by_origin.values():
        origin = _Group([figures[index] for index in places])
        for index in places:
            found[index] = _superseding(figures[index], origin, ranks)
    for index in unnamed:
        found[index] = _superseding(figures[index], None, ranks)
    return found


def _superseding(figure: Figure, origin: _Group | None, ranks: list[tuple[int, _Group]]) -> Figure | None:
    """What supersedes a dated figure: the latest of its ``origin`` or of a higher rank (`superseded_by`)."""
    day = figure.said.last
    chosen = []
    if origin is not None:
        candidate = origin.later_different(figure, day) or origin.moved_past(figure)
        if candidate is not None:
            chosen.append(candidate)
    if figure.rank is not None:
        for rank, group in ranks:
            if rank >= figure.rank:
                break
            candidate = group.later_different(figure, day)
            if candidate is not None:
                chosen.append(candidate)
    if not chosen:
        return None
    return chosen[0] if len(chosen) == 1 else min(chosen, key=_latest)
