"""The current best figure of a revisable measure, and the outliers of an event.

The current best figure (`BestFigure`) is, among the figures no later one supersedes (`_revisions`), the one
from the highest-ranked origin, then one the text stands behind (not a rumour: `is_confirmed`), then the
latest given (a figure whose source gives no date comes last), then the one about the latest time (up to when
it was given). For an event, an early figure that lies outside every later confirmed figure (of its origin's
rank or above, where the measure ranks origins) is an outlier: kept, but with low confidence.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_record
from centasia_claims.model import ClaimId, EpistemicStatus, MeasureKind, Stance
from centasia_claims.reconciliation._interval import Interval, lower_end, upper_end
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.model import Claim
    from centasia_claims.reconciliation._figures import Figure

__all__ = ["BestFigure", "best_figure", "is_confirmed", "outliers"]

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


register_result(BestFigure)


def outliers(figures: Sequence[Figure], kind: MeasureKind) -> list[ClaimId]:
    """Figures of an event outside every later confirmed figure of it, in the order given.

    Called for a revisable measure: for any other, two origins that disagree are a contradiction. With an
    authority order, a figure is set against the later figures of its own rank and above only: a body ranked
    below it that reports last (a committee's 22 after the ministry corrected its toll to 19) does not make
    the higher-ranked figure an outlier.

    A sweep from the latest figure back, with a Fenwick tree of the later confirmed figures by lower end that
    keeps the highest upper end of each prefix: each figure asks whether the later figure that reaches
    highest among those starting below its upper end overlaps it. O(n log n), once per rank of the order.
    """
    if kind is not MeasureKind.EVENT:
        return []
    dated = [figure for figure in figures if figure.interval is not None and figure.said.is_dated]
    ranks = sorted({figure.rank for figure in dated if figure.rank is not None})
    found: set[ClaimId] = set()
    if not ranks:
        found.update(_outside(dated, [figure for figure in dated if figure.confirmed]))
    for rank in ranks:
        found.update(
            _outside(
                [figure for figure in dated if figure.rank == rank],
                [figure for figure in dated if figure.confirmed and (figure.rank or 0) <= rank],
            )
        )
    return [figure.claim for figure in figures if figure.claim in found]


def _outside(dated: Sequence[Figure], confirmed: Sequence[Figure]) -> set[ClaimId]:
    """The figures of ``dated`` outside every figure of ``confirmed`` given after them (`outliers`)."""
    if not confirmed or not dated:
        return set()
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
    return found


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
