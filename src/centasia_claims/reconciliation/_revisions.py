"""Revisions: figures superseded by later ones, the current best figure and outliers.

A measure declared ``revisable`` (a death toll, arrests, a count under investigation) has figures that are
revised as the work goes on. Within it a later figure from the same origin (the same root claimant), or from
an origin ranked higher in the measure's ``authority`` order, *supersedes* the earlier one, also when it is
lower (a toll corrected down): the verdict is ``superseded``, never a contradiction, and the superseded figure
leaves the consensus. Without an authority order only a figure's own origin supersedes it. "Later" is by
when each figure was given (`Figure.stated`: its as-of date, else when the quote says it was said, else the
publication date), strictly: two figures given on the same day are not ordered.

The current best figure (`BestFigure`) is, among the figures no later one supersedes, the one from the
highest-ranked origin, then one the text stands behind (not a rumour), then the latest given (a figure whose
source gives no date comes last), then the one about the latest time (up to when it was given). For an event,
an early figure that lies outside every later confirmed figure is an outlier: kept, but with low confidence.

Stale relays and the times of statements are in `_stale` and `_statements`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final, Protocol

import attrs

from centasia_claims._render import html_record
from centasia_claims.model import ClaimId, EpistemicStatus, MeasureKind, Stance
from centasia_claims.reconciliation._interval import Interval, lower_end, upper_end
from centasia_claims.reconciliation._timeline import by_days
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.model import Claim
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._timeline import Placement

__all__ = [
    "BestFigure",
    "Revision",
    "best_figure",
    "is_confirmed",
    "outliers",
    "revision",
    "revision_rule",
    "superseded_by",
    "unrevised_reason",
]

_NOT_CONFIRMED: Final = frozenset(
    {EpistemicStatus.UNCONFIRMED, EpistemicStatus.HEARSAY, EpistemicStatus.ALLEGATION}
)


def is_confirmed(claim: Claim) -> bool:
    """Whether the text stands behind a claim: asserted, not marked unconfirmed, hearsay or an allegation."""
    return claim.stance is Stance.ASSERTS and claim.status not in _NOT_CONFIRMED


@attrs.frozen(kw_only=True)
class BestFigure:
    """The current best figure of a measure, and why.

    Attributes:
        claim: The claim that gives it.
        phrase: The figure as written.
        interval: The figure as read.
        claimant_name: Who gave it.
        reason: Why it is the current best figure, in words.

    Read as revisable, the Tajik government's count of its citizens who went to Syria and Iraq is its
    latest figure:

    >>> import attrs
    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> corpus = load_seed_corpus()
    >>> measure = attrs.evolve(corpus.measure("measure:tajiks-joined-is-syria-iraq"), revisable=True)
    >>> best = reconcile(corpus, measure.id, measure=measure).current
    >>> print(best)  # doctest: +NORMALIZE_WHITESPACE
    1,141 {1141} (claim:odr-interior-ministry-1141): the latest figure given, from Tajik government
    (given 2017-09-28); 4 earlier figures superseded
    """

    claim: ClaimId
    phrase: str
    interval: Interval
    claimant_name: str
    reason: str

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        return f"{self.phrase} {self.interval} ({self.claim}): {self.reason}"


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


register_result(BestFigure)
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
    """Whether ``later`` was given strictly after ``earlier`` (both given on a known day or span)."""
    one, other = earlier.said, later.said
    return one.is_dated and other.is_dated and one.last < other.first


def _outranks(later: Figure, earlier: Figure) -> bool:
    return later.rank is not None and earlier.rank is not None and later.rank < earlier.rank


def revision_rule(first: Figure, second: Figure) -> str | None:
    """Why one of two figures of a revisable measure supersedes the other, or ``None`` when neither does."""
    for earlier, later in ((first, second), (second, first)):
        if not _later(earlier, later) or earlier.interval == later.interval:
            continue
        given = f"{later.phrase} (given {later.said.label}) supersedes "
        given += f"{earlier.phrase} (given {earlier.said.label})"
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
        candidate = origin.later_different(figure, day)
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


def outliers(figures: Sequence[Figure], kind: MeasureKind) -> list[ClaimId]:
    """Figures of an event outside every later confirmed figure of it, in the order given.

    Called for a revisable measure: for any other, two origins that disagree are a contradiction.

    A sweep from the latest figure back, with a Fenwick tree of the later confirmed figures by lower end that
    keeps the highest upper end of each prefix: each figure asks whether the later figure that reaches
    highest among those starting below its upper end overlaps it. O(n log n).
    """
    if kind is not MeasureKind.EVENT:
        return []
    dated = [figure for figure in figures if figure.interval is not None and figure.said.is_dated]
    confirmed = [figure for figure in dated if figure.confirmed]
    if not confirmed:
        return []
    lows = sorted({lower_end(_interval(figure)) for figure in confirmed})
    tree: list[tuple[tuple[float, int], int]] = [((-float("inf"), 0), -1)] * (len(lows) + 1)

    def insert(position: int, key: tuple[float, int], index: int) -> None:
        position += 1
        while position <= len(lows):
            tree[position] = max(tree[position], (key, index))
            position += position & -position

    def query(count: int) -> int:
        best = ((-float("inf"), 0), -1)
        while count > 0:
            best = max(best, tree[count])
            count -= count & -count
        return best[1]

    adding = sorted(range(len(confirmed)), key=lambda index: confirmed[index].said.first, reverse=True)
    found: set[ClaimId] = set()
    pending = 0
    for figure in sorted(dated, key=lambda figure: figure.said.last, reverse=True):
        while pending < len(adding) and confirmed[adding[pending]].said.first > figure.said.last:
            later = confirmed[adding[pending]]
            insert(
                bisect.bisect_left(lows, lower_end(_interval(later))),
                upper_end(_interval(later)),
                adding[pending],
            )
            pending += 1
        if pending == 0:
            continue  # no later confirmed figure
        interval = _interval(figure)
        if interval.high is None:
            count = len(lows)
        elif interval.high_inclusive:
            count = bisect.bisect_right(lows, (interval.high, 0))
        else:
            count = bisect.bisect_left(lows, (interval.high, 0))
        best = query(count)
        if (
            best < 0
            or confirmed[best].interval is None
            or interval.intersection(_interval(confirmed[best])) is None
        ):
            found.add(figure.claim)
    return [figure.claim for figure in figures if figure.claim in found]


def _interval(figure: Figure) -> Interval:
    interval = figure.interval
    assert interval is not None  # noqa: S101  (comparable figures only)
    return interval


def best_figure(
    figures: Sequence[Figure], superseded: Sequence[Figure | None], outlying: Sequence[ClaimId]
) -> BestFigure | None:
    """The current best figure among those no later figure supersedes, and why (``None``: no figure).

    ``superseded`` goes with ``figures``: the figure that supersedes each, or ``None`` (`superseded_by`).
    """
    left_out = set(outlying)
    current = [
        figure
        for figure, by in zip(figures, superseded, strict=True)
        if figure.interval is not None
        and by is None
        and not figure.stale
        and (not left_out or figure.claim not in left_out)
    ]
    if not current:
        return None
    best = min(
        current,
        key=lambda figure: (
            figure.rank if figure.rank is not None else 0,
            not figure.confirmed,  # a rumour the text does not stand behind is no current figure
            figure.stated is None,
            -figure.said.last,
            -figure.said.first,
            -min(figure.placement.last, figure.said.last),
            -figure.placement.first,
            figure.claim,
        ),
    )
    reason = f"the latest figure given, from {best.claimant_name} (given {best.said.label})"
    if best.rank is not None:
        reason = (
            f"the latest figure given by the highest-ranked origin, {best.claimant_name} "
            f"(given {best.said.label})"
        )
    if not best.confirmed:
        reason += "; the text does not stand behind it"
    rumours = sum(not figure.confirmed and figure.said.last > best.said.last for figure in current)
    if best.confirmed and rumours:
        reason += (
            f"; {rumours} later figure{'s' if rumours > 1 else ''} the text does not stand behind "
            "(unconfirmed, hearsay or an allegation) not taken"
        )
    count = len(superseded) - superseded.count(None)
    if count:
        reason += f"; {count} earlier figure{'s' if count > 1 else ''} superseded"
    if left_out:
        named = [
            f"{figure.phrase} from {figure.claimant_name}" for figure in figures if figure.claim in left_out
        ]
        shown = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
        reason += (
            f"; {len(named)} outlier{'s' if len(named) > 1 else ''} left out ({shown}): outside every later "
            "confirmed figure, and no later figure of its origin or of one ranked above it revises it"
        )
    return BestFigure(
        claim=best.claim,
        phrase=best.phrase,
        interval=_interval(best),
        claimant_name=best.claimant_name,
        reason=reason,
    )
