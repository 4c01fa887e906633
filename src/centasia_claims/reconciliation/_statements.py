"""One statement, several reports: claims that relay what one speaker said on one occasion.

Two outlets that report the same press conference of the same official report one statement. When they
agree, the statement counts once (one independent figure, no corroboration of each other); when they differ,
one speaker cannot have said both, so the verdict is a reporting conflict that names each relay and what each
wrote, never a contradiction between two origins or a count that fell.

Claims report one statement when they give the same ``occasion`` (an id the curator gives to the claims
that report one statement), or when their chains start at the same named root claimant, are passed on by
someone (a chain of two steps or more), and date the statement to the same day (by a time phrase in the
quote or the publication date, never by the date the figure is stated as of); for a measure that is not an
event, their figures must also be for the same period, so that a series given in one statement is not read
as a conflict.

>>> from centasia_claims import load_seed_corpus, reconcile
>>> result = reconcile(load_seed_corpus(), "measure:tajik-beards-shaved")
>>> print(result.figure("claim:odr-police-13000-beards").occasion)
Tajik government on 2017-09-28, for 2017-09-28
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.model import MeasureKind
from centasia_claims.reconciliation._interval import intersection_of, lower_end, upper_end
from centasia_claims.reconciliation._timeline import Dating, relayed

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

    from centasia_claims.model import Claim, EntityId
    from centasia_claims.reconciliation._figures import Figure
    from centasia_claims.reconciliation._interval import Interval
    from centasia_claims.reconciliation._timeline import Placement

__all__ = [
    "apart_on_one_page",
    "occasion_of",
    "one_time_per_statement",
    "report_pairs",
    "reports_rule",
    "same_statement",
]


def occasion_of(  # noqa: PLR0917  (what the reader has already found for the figure, in one call)
    claim: Claim,
    claimant: EntityId | None,
    name: str,
    said: Placement | None,
    placement: Placement,
    kind: MeasureKind,
) -> str | None:
    """The statement a claim reports, in words, or ``None`` when it cannot be told apart from others."""
    if claim.occasion is not None:
        return f"{_NAMED}{claim.occasion!r}"
    if claimant is None or len(claim.attribution) < 2 or said is None or said.first != said.last:
        return None
    occasion = f"{name} on {said.label}"
    return occasion if kind is MeasureKind.EVENT else f"{occasion}, for {placement.label}"


_NAMED: Final = "the statement "
"""How the statement an ``occasion`` names is written, apart from one read from a speaker and a day."""


def same_statement(first: Figure, second: Figure) -> bool:
    """Whether two figures are reports of one statement."""
    return first.occasion is not None and first.occasion == second.occasion


def reports_rule(first: Figure, second: Figure) -> tuple[bool, str] | None:
    """For two reports of one statement: whether they agree, and why; ``None`` when they are not such."""
    if not same_statement(first, second):
        return None
    one, other = first.interval, second.interval
    assert one is not None  # noqa: S101  (comparable figures only)
    assert other is not None  # noqa: S101
    if one.intersection(other) is not None:
        how = "the same figure" if one == other else "figures that agree"
        return (
            True,
            f"two reports of one statement ({first.occasion}) give {how}: one observation, counted once",
        )
    if (first.relay or first.source) == (second.relay or second.source):  # one page gives both figures
        return False, (
            f"two reports of one statement ({first.occasion}) differ: {first.relay or first.source} wrote "
            f"both {first.phrase!r} and {second.phrase!r}; one speaker cannot have said both"
        )
    return False, (
        f"two reports of one statement ({first.occasion}) differ: {first.relay or first.source} wrote "
        f"{first.phrase!r}, {second.relay or second.source} wrote {second.phrase!r}; one speaker cannot have "
        "said both"
    )


def _extreme(group: list[Figure], key: Callable[[Figure], Any]) -> Figure:
    """The figure with the largest key (ties: the largest claim id)."""
    return max(group, key=lambda figure: (key(figure), figure.claim))


def _high(figure: Figure) -> tuple[float, int]:
    assert figure.interval is not None  # noqa: S101  (comparable figures only)
    return lower_end(figure.interval)


def _low(figure: Figure) -> tuple[float, int]:
    assert figure.interval is not None  # noqa: S101  (comparable figures only)
    high, closed = upper_end(figure.interval)
    return (-high, -closed)


def report_pairs(figures: Iterable[Figure]) -> list[tuple[Figure, Figure]]:
    """Pairs of reports of one statement that differ: every such figure with its strongest counterpart.

    Within each statement every report is set against the highest and the lowest other report, so the work
    is O(n log n) in the figures.
    """
    groups: dict[str, list[Figure]] = {}
    for figure in figures:
        if figure.occasion is not None and figure.interval is not None:
            groups.setdefault(figure.occasion, []).append(figure)
    pairs: dict[tuple[str, str], tuple[Figure, Figure]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        for reference in (_extreme(group, _high), _extreme(group, _low)):
            reach = reference.interval
            assert reach is not None  # noqa: S101  (grouped only with an interval)
            for figure in group:
                interval = figure.interval
                assert interval is not None  # noqa: S101  (grouped only with an interval)
                if reach.overlaps(interval):  # reports that agree (`reports_rule`)
                    continue
                first, second = (reference, figure) if reference.claim < figure.claim else (figure, reference)
                pairs.setdefault((first.claim, second.claim), (first, second))
    return list(pairs.values())


def _when(placement: Placement) -> tuple[int, int, str, str]:
    return (placement.first, placement.last, placement.dating.value, placement.note)


def one_time_per_statement(figures: Sequence[Figure], given: Sequence[int] | None = None) -> list[Figure]:
    """The figures with every report of one statement given when the statement was.

    That is the earliest date any of its reports gives, so that no report of a statement is later than
    another, and none revises it; a report that gives no date of its own (placed by when it appeared, a day
    or a week later) is also placed at that date, so that one statement is not two periods. Of dates that
    tie, the one of the report given first is kept: ``given`` is each figure's place in the order the claims
    were given, when the figures come in another order. Figures that one page gives one speaker, and that do
    not agree, are first set apart (`apart_on_one_page`).
    """
    figures = apart_on_one_page(figures)
    earliest: dict[str, tuple[Placement, int]] = {}  # the date kept, and the place of its report
    mixed: set[str] = set()  # statements whose reports are not all given at one placement
    for index, figure in enumerate(figures):
        said, occasion = figure.stated, figure.occasion
        if occasion is None:
            continue
        if said is None:
            mixed.add(occasion)
            continue
        found = earliest.get(occasion)
        if found is None:
            earliest[occasion] = (said, index)
        elif said is not found[0]:  # many reports share one placement: no need to compare it
            mixed.add(occasion)
            when, kept = _when(said), _when(found[0])
            place = index if given is None else given[index]
            if when < kept or (when == kept and place < (found[1] if given is None else given[found[1]])):
                earliest[occasion] = (said, index)
    if not mixed:  # every report of each statement is given at one placement already
        return list(figures)
    changed = []
    for figure in figures:
        occasion = figure.occasion
        found = earliest.get(occasion) if occasion is not None and occasion in mixed else None
        if found is None or figure.stated is found[0] or figure.stated == found[0]:
            changed.append(figure)
        elif figure.placement.dating in _BY_PUBLICATION and _days(figure.placement) != _days(found[0]):
            why = f"a report of {occasion} published {figure.placement.label}: placed when it was given"
            changed.append(attrs.evolve(figure, stated=found[0], placement=relayed(found[0], why)))
        else:
            changed.append(attrs.evolve(figure, stated=found[0]))
    return changed


def apart_on_one_page(figures: Sequence[Figure]) -> Sequence[Figure]:
    """The figures, with a page's figures that are not reports of one statement told apart.

    A page that gives one speaker figures that do not all agree, on one day and with no ``occasion`` naming
    the statement, reports two statements (or a speaker who contradicts itself), not one statement twice:
    those figures are not taken for reports of a statement (their ``occasion`` is cleared), so they
    contradict each other as two figures of one origin do, and are never a reporting conflict. Figures
    whose ``occasion`` names the statement stay its reports: the page wrote both.
    """
    pages: dict[tuple[str, str], list[Interval]] = {}
    for figure in figures:
        occasion = figure.occasion
        if occasion is not None and figure.interval is not None and not occasion.startswith(_NAMED):
            pages.setdefault((occasion, figure.source), []).append(figure.interval)
    apart = {page for page, found in pages.items() if len(found) > 1 and intersection_of(found) is None}
    if not apart:
        return figures
    return [
        attrs.evolve(figure, occasion=None)
        if figure.occasion is not None and (figure.occasion, figure.source) in apart
        else figure
        for figure in figures
    ]


_BY_PUBLICATION: Final = frozenset({Dating.PUBLISHED, Dating.SPOKEN})
"""Placements by when a report appeared: a report of a statement so placed is placed when it was given."""


def _days(placement: Placement) -> tuple[int, int]:
    return (placement.first, placement.last)
