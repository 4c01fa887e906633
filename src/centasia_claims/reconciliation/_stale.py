"""Stale relays: a relay that repeats an older figure long after, placed at that figure's date.

A relay that repeats an older figure (a chain of two steps or more, published long after the figure's date)
is a *stale relay*: placed at the date of the figure it repeats when an earlier identical figure from the
same origin, dated by the text, shows it, and marked so when its own as-of date shows it. A period alone does
not: "before 2015 there were around 250", said in 2017, is a figure about the past, not a stale one.
"Long after" is `STALE_AFTER_DAYS`, or any time after the origin gave another value: "the attack, in which 40
were killed", days or weeks on, repeats the investigators' first count after they revised it; only a report
that says the figure was revised back to that value (`REVISION_WORDS`: "corrected the toll back to 144"),
within `SETTLED_AFTER_DAYS` of the other value, is a revision. A relay whose text says its figure was given
earlier (`EARLIER_WORDS`: "the committee earlier put the number at 650", "ранее", "қаблан") is stale at any
age: placed at the figure it repeats, or, when the corpus holds none, undated.

>>> from centasia_claims.reconciliation._stale import SETTLED_AFTER_DAYS, STALE_AFTER_DAYS
>>> STALE_AFTER_DAYS, SETTLED_AFTER_DAYS
(365, 30)
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.reconciliation._cues import word_at
from centasia_claims.reconciliation._timeline import Dating, Placement, relayed

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["SETTLED_AFTER_DAYS", "STALE_AFTER_DAYS", "mark_stale", "stale_rule"]

STALE_AFTER_DAYS: Final = 365
"""How long after a figure's date a relay that repeats it is stale: a year, the span after which reporting
on recruitment counts, tolls and arrests has usually moved on (a relay "a year or two later")."""

SETTLED_AFTER_DAYS: Final = 30
"""How long after its origin gave another value a relay that repeats the value it had given before is taken
to repeat that old figure, not to report a correction back to it (a toll of 144, raised to 145 and corrected
back to 144 within days, is a revision; "the attack, in which 40 were killed" a year on is a stale relay)."""

EARLIER_WORDS: Final = (
    "earlier",
    "previously",
    "formerly",
    "ранее",
    "прежде",
    "до этого",
    "қаблан",
    "пештар",
    "пеш аз ин",
)
"""Words by which a relay says the figure it repeats was given before (English, Russian, Tajik; matched as
whole words in any case): "the committee earlier put the number at 650", "ранее
сообщалось", "қаблан иттилоъ дода буд". "Earlier this month" and "earlier today" date a statement instead
(`RELATIVE_TIMES`), and "earlier than" compares: neither is counted. From the wording of wire and press copy
in the three languages."""

REVISION_WORDS: Final = (
    "revis",
    "correct",
    "rais",
    "lower",
    "updat",
    "back to",
    "уточн",
    "пересмотр",
    "исправ",
    "скорректир",
    "ислоҳ",
    "бознигар",
)
"""Word beginnings by which a report says a figure revises an earlier one ("corrected the toll back to 144",
"revised", "raised", "lowered", "updated"; Russian "уточнил", "пересмотрел", "исправил", "скорректировал";
Tajik "ислоҳ кард", "бознигарӣ"): a relay that repeats a value its origin gave before, within
`SETTLED_AFTER_DAYS` of the origin giving another, is a correction back to it only when its quote says so;
otherwise it repeats the old figure. From the wording of wire and press copy in the three languages."""

_NOT_EARLIER: Final = frozenset({"this", "today", "in", "on", "that", "than"})
"""Words after "earlier" that make it a time of a statement or a comparison, not a note of an old figure."""

_UNDATED_BY_TEXT: Final = frozenset({Dating.PUBLISHED, Dating.SPOKEN, Dating.UNDATED})
"""Placements that come from when the source appeared, not from a date the text gives the figure."""


def stale_rule(first: Figure, second: Figure) -> str | None:
    """Why one figure is a stale relay of the other (the same figure from the same origin), or ``None``."""
    for relay, original in ((first, second), (second, first)):
        if (
            relay.stale
            and not original.stale
            and relay.claimant is not None
            and relay.claimant == original.claimant
            and relay.interval == original.interval
        ):
            return (
                f"{relay.phrase} in {relay.source} repeats {original.phrase} from {original.source}: "
                f"{relay.stale}"
            )
    return None


def mark_stale(figures: Sequence[Figure], text_of: Callable[[int], str] | None = None) -> list[Figure]:
    """The figures with stale relays marked, and placed at the date of the figure they repeat where known.

    One pass finds, for each origin and value, the earliest figure given with a date of its own; a relay
    dated only by when it appeared that repeats it more than `STALE_AFTER_DAYS` later, or that its text says
    was given earlier ("earlier", "ранее", "қаблан"), or that repeats it after its origin gave another value
    without saying that the figure was revised back, is placed there. ``text_of`` gives the quote of the
    figure at a position of ``figures`` (read only for relays dated by when they appeared); without it, no
    text is read.
    """
    earliest: dict[tuple[object, Interval], Figure] = {}
    given: dict[object, list[tuple[int, Interval]]] = {}  # each origin's values by day, for `_Revised`
    for figure in figures:
        if figure.claimant is None or figure.interval is None or not figure.placement.is_dated:
            continue
        given.setdefault(figure.claimant, []).append((figure.placement.first, figure.interval))
        key = (figure.claimant, figure.interval)
        found = earliest.get(key)
        if found is None:
            earliest[key] = figure
            continue
        last, other = figure.placement.last, found.placement.last
        if last < other or (last == other and figure.claim < found.claim):
            earliest[key] = figure
    relays: dict[tuple[int, int], tuple[str, Placement]] = {}
    revised = _Revised(given)
    return [
        _stale(figure, earliest, relays, revised, position, text_of)
        for position, figure in enumerate(figures)
    ]


class _Revised:
    """When an origin last gave another value between two days, from the values each origin gave by day.

    An origin's values are sorted by day, with, for each place, the last earlier place whose value differs, on
    the first question about it: a question is then two bisections and a look-up. Only a relay that repeats a
    figure more than `SETTLED_AFTER_DAYS` and at most `STALE_AFTER_DAYS` after it asks.
    """

    def __init__(self, given: dict[object, list[tuple[int, Interval]]]) -> None:
        self.grouped = given
        self.by_origin: dict[object, tuple[list[int], list[Interval], list[int]]] = {}

    def _origin(self, origin: object) -> tuple[list[int], list[Interval], list[int]]:
        found = self.by_origin.get(origin)
        if found is None:
            items = sorted(self.grouped.get(origin, []), key=lambda item: item[0])
            values = [value for _, value in items]
            differs = [-1] * len(items)  # the last earlier place whose value differs from this one's
            for index in range(1, len(items)):
                differs[index] = index - 1 if values[index - 1] != values[index] else differs[index - 1]
            found = self.by_origin[origin] = ([day for day, _ in items], values, differs)
        return found

    def last_other(self, origin: object, value: Interval, after: int, before: int) -> int | None:
        """The last day strictly between the two on which ``origin`` gave a value other than ``value``."""
        days, values, differs = self._origin(origin)
        low, high = bisect.bisect_right(days, after), bisect.bisect_left(days, before)
        if low >= high:
            return None
        last = high - 1
        if values[last] != value:
            return days[last]
        return days[differs[last]] if differs[last] >= low else None


def _stale(  # noqa: PLR0911, PLR0917  (one return per case; what the pass has found, in one call)
    figure: Figure,
    earliest: dict[tuple[object, Interval], Figure],
    relays: dict[tuple[int, int], tuple[str, Placement]],
    revisions: _Revised,
    position: int,
    text_of: Callable[[int], str] | None,
) -> Figure:
    """The figure, marked and placed if it is a stale relay.

    ``relays`` keeps each reason and placement made, by the relay's placement and the figure it repeats: many
    relays in one source repeat one figure. ``text_of`` gives the quote of the figure at ``position``.
    """
    if not figure.relay or figure.interval is None or not figure.placement.is_dated:
        return figure
    placement = figure.placement
    if placement.dating is Dating.AS_OF:
        published = figure.published
        if published is not None and placement.last + STALE_AFTER_DAYS < published.first:
            why = f"a relay of {published.label} repeating a figure as of {placement.label}"
            return attrs.evolve(figure, stale=why)
        return figure
    if placement.dating not in _UNDATED_BY_TEXT:
        return figure
    text = "" if text_of is None else text_of(position)
    earlier = _said_earlier(text) if text else None
    original = earliest.get((figure.claimant, figure.interval))
    if original is None or original.claim == figure.claim or original.work == figure.work:
        return figure if earlier is None else _given_earlier(figure, earlier)
    revised = False
    if earlier is None and original.placement.last + STALE_AFTER_DAYS >= placement.first:
        # Another value comes after the original: the relay repeats the old figure unless its text reports a
        # revision back to it ("corrected the toll back to 144") within SETTLED_AFTER_DAYS of that value.
        other = revisions.last_other(
            figure.claimant, figure.interval, original.placement.last, placement.first
        )
        if other is None:
            return figure
        revised = True
        if other + SETTLED_AFTER_DAYS >= placement.first and word_at(text, REVISION_WORDS) is not None:
            return figure
    made = relays.get((id(placement), id(original)))
    if made is None:
        since = f", since revised by {figure.claimant_name}" if revised else ""
        said = f" (its text says {earlier!r})" if earlier is not None else ""
        why = (
            f"a relay of {placement.label} repeating {original.phrase}, the figure {figure.claimant_name} "
            f"gave for {original.placement.label} ({original.claim}){since}{said}: placed at that date"
        )
        made = relays[id(placement), id(original)] = (why, relayed(original.placement, why))
    why, at = made
    return attrs.evolve(
        figure,
        placement=at,
        stale=why,
        occasion=original.occasion,  # it repeats that statement
        stated=original.stated,
    )


@functools.lru_cache(maxsize=4096)
def _said_earlier(text: str) -> str | None:
    """The word by which a quote says its figure was given earlier (`EARLIER_WORDS`), remembered by quote."""
    return word_at(text, EARLIER_WORDS, whole=True, unless_next=_NOT_EARLIER)


def _given_earlier(figure: Figure, word: str) -> Figure:
    """A relay whose text says its figure was given earlier, with no earlier figure to place it at.

    Its date is not known, only that it was given before the relay appeared: it is undated, so that a running
    total that has grown since is no fall and no trend is read from it, and it reports no statement of the
    day it appeared.
    """
    why = (
        f"a relay of {figure.placement.label} repeating a figure its text says was given earlier ({word!r}), "
        "on a day it does not give: undated"
    )
    at = Placement(period=None, dating=Dating.UNDATED, note=why)
    return attrs.evolve(figure, placement=at, stale=why, occasion=None, stated=None)
