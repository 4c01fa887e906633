"""Independent figures: one per origin and value, a statement's agreeing reports and one work's copies once.

The consensus of a period counts independent figures: two outlets repeating one claimant's figure are one
figure, as are the reports of one statement that agree, and a value read in two sources of one work.
"""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from centasia_claims.reconciliation._interval import intersection_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["independent_figures"]


def independent_figures(figures: Sequence[Figure]) -> list[Figure]:
    """One figure per root claimant and value (the first on the timeline); unnamed claimants each count.

    Reports of one statement count once when they all agree; when they do not, once per value that no
    report kept before agrees with ("94", then "some 49", then "49": two figures, 94 and some 49). A value
    read in two sources of one work (a copy, a translation) counts once.
    """
    agreeing = _agreeing_statements(figures)
    reported: dict[str, _Reported] = {}  # the values kept of each statement whose reports differ
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
        if occasion is not None and occasion in agreeing:
            said = ("said", occasion)
            again = said in seen
            seen.add(said)
        elif occasion is not None:  # once per group of reports that agree with each other
            again = not reported.setdefault(occasion, _Reported()).add(interval)
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


class _Reported:
    """The values kept of one statement whose reports differ: intervals that share no number, by low end."""

    __slots__ = ("found", "lows")

    def __init__(self) -> None:
        self.lows: list[float] = []
        self.found: list[Interval] = []

    def add(self, interval: Interval) -> bool:
        """Keep ``interval`` unless a kept one overlaps it; whether it was kept.

        The kept intervals share no number, so of those starting at or below its upper end, the later
        starts end later: only the last of them (with any that start at the same value) can overlap it.
        """
        high = math.inf if interval.high is None else interval.high
        index = bisect.bisect_right(self.lows, high) - 1
        last = self.lows[index] if index >= 0 else None
        while index >= 0 and self.lows[index] == last:  # two kept may start at one value: {5} and (5, 10]
            if self.found[index].overlaps(interval):
                return False
            index -= 1
        if index >= 0 and self.found[index].overlaps(interval):
            return False
        low = -math.inf if interval.low is None else interval.low
        index = bisect.bisect_right(self.lows, low)
        self.lows.insert(index, low)
        self.found.insert(index, interval)
        return True


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
