"""The trend of a measure over time: whether its consensus rises, falls or holds from first period to last.

>>> from centasia_claims.reconciliation import Trend
>>> [trend.value for trend in Trend]
['rising', 'falling', 'steady', 'none']
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from typing import TYPE_CHECKING, Protocol

from centasia_claims.model import MeasureKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.model import Period
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["Trend", "trend_of"]


class Trend(enum.StrEnum):
    """How a measure's consensus moves from its earliest dated period to its latest.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> corpus = load_seed_corpus()
    >>> reconcile(corpus, "measure:tajiks-joined-is-syria-iraq").trend
    <Trend.RISING: 'rising'>
    >>> reconcile(corpus, "measure:tajik-civil-war-deaths").trend  # an event count
    <Trend.NONE: 'none'>
    """

    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    """The first and last periods overlap."""
    NONE = "none"
    """No trend: an event count, or fewer than two dated periods."""


class _Dated(Protocol):
    @property
    def period(self) -> Period | None: ...
    @property
    def label(self) -> str: ...
    @property
    def interval(self) -> Interval: ...


def _as_of(item: _Dated) -> tuple[dt.date, dt.date]:
    first, last = (None, None) if item.period is None else item.period.days()
    return (dt.date.max if last is None else last, dt.date.min if first is None else first)


def trend_of(consensus: Sequence[_Dated], kind: MeasureKind, *, revisable: bool = False) -> tuple[Trend, str]:
    """The trend over a measure's consensus per period, and the reason in words.

    Periods are ordered by the last day they may mean (for a running total, the latest "as of"), then by the
    first; the consensus of the first is compared with that of the last. A running total that falls says
    so: unless the measure is revisable (a count corrected down), its figures contradict each other; so does
    one that rises or holds overall but falls from one period to the next on the way.
    """
    if kind is MeasureKind.EVENT:
        return Trend.NONE, "an event count does not change over time"
    dated = sorted((item for item in consensus if item.period is not None), key=_as_of)
    if len(dated) < 2:
        return Trend.NONE, "fewer than two dated periods"
    first, last = dated[0], dated[-1]
    span = f"from {first.interval} ({first.label}) to {last.interval} ({last.label})"
    if first.interval.is_below(last.interval):
        fell = _fall(dated) if kind is MeasureKind.CUMULATIVE and not revisable else None
        return Trend.RISING, span if fell is None else f"{span}; {fell}"
    if last.interval.is_below(first.interval):
        if kind is MeasureKind.CUMULATIVE:
            why = (
                "revised down"
                if revisable
                else "a running total cannot fall: its figures contradict each other"
            )
            return Trend.FALLING, f"{span}; {why}"
        return Trend.FALLING, span
    fell = _fall(dated) if kind is MeasureKind.CUMULATIVE and not revisable else None
    return Trend.STEADY, span + ", which overlap" + ("" if fell is None else f"; {fell}")


def _fall(dated: Sequence[_Dated]) -> str | None:
    """Where a running total falls from one period to the next (the first place), in words, or ``None``.

    Only periods apart in time count: a period that overlaps the next may end after it begins.
    """
    for earlier, later in itertools.pairwise(dated):
        if later.interval.is_below(earlier.interval) and _as_of(earlier)[0] < _as_of(later)[1]:
            return (
                f"it fell from {earlier.interval} ({earlier.label}) to {later.interval} ({later.label}) on "
                "the way: a running total cannot fall, so its figures there contradict each other"
            )
    return None
