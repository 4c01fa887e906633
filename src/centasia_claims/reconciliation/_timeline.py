"""The timeline: where each figure stands in time, and how it was placed there.

A figure is placed by the date its claim states it as of (``as_of``), else by its period; when the period is
known only to the month or year, the whole span is used and the placement says so. A claim without a period is
dated by a time phrase in its quote read against the publication date ("said last month"), or else by the
publication date itself (flagged); with neither it is undated, and says so.

>>> from centasia_claims import Period
>>> from centasia_claims.reconciliation import Placement, Dating
>>> print(Placement(period=Period.parse("2014/2015"), dating=Dating.COARSE).note or "(no note)")
(no note)
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

import attrs

from centasia_claims.model import PartialDate, Period, Precision
from centasia_claims.reconciliation._as_of import stated_as_of
from centasia_claims.reconciliation._when import resolve_when, spoken_when
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from centasia_claims.model import Claim, Source

__all__ = [
    "Dating",
    "Placement",
    "by_days",
    "counted_since",
    "place",
    "relayed",
    "said_when",
    "timeline_order",
]


class Dating(enum.StrEnum):
    """How a figure was placed on the timeline.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> result.figure("claim:rferl-authorities-up-to-1000").placement.dating  # "2016-01"
    <Dating.COARSE: 'coarse'>
    >>> placement = result.figure("claim:odr-interior-ministry-1141").placement
    >>> placement.dating
    <Dating.PUBLISHED: 'published'>
    >>> print(placement.note)
    no period given: dated by the publication date of source:odr-embattled-islamists
    """

    STATED = "stated"
    """By the claim's period, given to the day."""
    COARSE = "coarse"
    """By the claim's period, known only to the month or year: the whole span is used."""
    SPOKEN = "spoken"
    """By a time phrase in the quote ("said last month"), read against the publication date."""
    PUBLISHED = "published"
    """No period: by the publication date of the source (a fallback, flagged)."""
    UNDATED = "undated"
    """No period and no publication date."""
    AS_OF = "as_of"
    """By the date the text states the figure as of ("as of March 2016"), apart from its period."""
    RELAYED = "relayed"
    """A relay repeating an older figure: placed at the date of the figure it repeats."""


_NO_DAY: Final = (-(10**9), 10**9)


@attrs.frozen(kw_only=True)
class Placement:
    """Where on the timeline a figure stands, how it was placed there, and what a reader should know.

    Attributes:
        period: The span the figure refers to, or ``None`` when undated.
        dating: How the span was found.
        note: The reason in words ("known only to the year: the whole span 2014/2015 is used").
        first: Ordinal of the first day of the span (very small when open or undated).
        last: Ordinal of the last day of the span (very large when open or undated).
        label: The period as reasons name it ("2014/2015", "undated").

    >>> from centasia_claims import Period
    >>> print(Placement(period=Period.parse("2014/2015"), dating=Dating.COARSE))
    2014/2015
    """

    period: Period | None
    dating: Dating
    note: str = ""
    first: int = attrs.field(init=False, eq=False, repr=False)
    last: int = attrs.field(init=False, eq=False, repr=False)
    label: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        first, last = _NO_DAY
        if self.period is not None:
            start, end = self.period.days()
            first = first if start is None else start.toordinal()
            last = last if end is None else end.toordinal()
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "label", "undated" if self.period is None else str(self.period))

    @property
    def is_dated(self) -> bool:
        """Whether the figure has a place on the timeline."""
        return self.period is not None

    def __str__(self) -> str:
        return self.label


class _Named(Protocol):
    @property
    def claim(self) -> str: ...


_T = TypeVar("_T", bound=_Named)
_BY_CLAIM: Final = operator.attrgetter("claim")


def by_days(items: Iterable[_T], placement: Callable[[_T], Placement]) -> list[_T]:
    """Items in order of their placements (dated by first day, then last day; undated last), ties by claim.

    The order of ``sorted(items, key=lambda item: (placement undated, first day, last day, item.claim))``,
    for items with distinct claims, sorted more cheaply: many items share a placement, so the items are
    grouped by placement, the few distinct days are sorted, and each group by claim alone.

    >>> from types import SimpleNamespace as Item
    >>> late, early = (Placement(period=Period.parse(at), dating=Dating.COARSE) for at in ("2017", "2015"))
    >>> items = [Item(claim="b", at=late), Item(claim="c", at=early), Item(claim="a", at=late)]
    >>> [item.claim for item in by_days(items, lambda item: item.at)]
    ['c', 'a', 'b']
    """
    by_placement: dict[int, tuple[Placement, list[_T]]] = {}
    for item in items:
        at = placement(item)
        found = by_placement.get(id(at))  # placements are shared: look each one up once
        if found is None:
            found = by_placement[id(at)] = (at, [])
        found[1].append(item)
    by_span: dict[tuple[bool, int, int], list[_T]] = {}
    for at, group in by_placement.values():
        by_span.setdefault((at.period is None, at.first, at.last), []).extend(group)
    ordered: list[_T] = []
    for span in sorted(by_span):
        group = by_span[span]
        group.sort(key=_BY_CLAIM)
        ordered += group
    return ordered


def timeline_order(placements: Sequence[Placement], names: Sequence[str]) -> list[int]:
    """The order `by_days` puts items in, as their indices: ``placements[i]`` and ``names[i]`` are item i's.

    >>> late, early = (Placement(period=Period.parse(at), dating=Dating.COARSE) for at in ("2017", "2015"))
    >>> timeline_order([late, early, late], ["b", "c", "a"])
    [1, 2, 0]
    """
    by_placement: dict[int, tuple[Placement, list[int]]] = {}
    for index, at in enumerate(placements):
        found = by_placement.get(id(at))  # placements are shared: look each one up once
        if found is None:
            found = by_placement[id(at)] = (at, [])
        found[1].append(index)
    by_span: dict[tuple[bool, int, int], list[int]] = {}
    for at, group in by_placement.values():
        by_span.setdefault((at.period is None, at.first, at.last), []).extend(group)
    ordered: list[int] = []
    for span in sorted(by_span):
        group = by_span[span]
        group.sort(key=names.__getitem__)
        ordered += group
    return ordered


def _coarsest(period: Period) -> Precision | None:
    """The coarsest precision of the period's ends, or ``None`` when every end is given to the day."""
    precisions = {end.precision for end in (period.start, period.end) if end is not None}
    for precision in (Precision.YEAR, Precision.MONTH):
        if precision in precisions:
            return precision
    return None


def _span_note(period: Period) -> str:
    notes = []
    coarse = _coarsest(period)
    if coarse is not None:
        notes.append(f"known only to the {coarse.value}: the whole span {period} is used")
    if period.start is None:
        notes.append("open at the start")
    if period.end is None:
        notes.append("open at the end")
    return "; ".join(notes)


@functools.lru_cache(maxsize=4096)
def _by_period(period: Period) -> Placement:
    dating = Dating.STATED if _coarsest(period) is None else Dating.COARSE
    return Placement(period=period, dating=dating, note=_span_note(period))


@functools.lru_cache(maxsize=4096)
def _as_of(as_of: PartialDate, *, quoted: bool = False) -> Placement:
    note = f"as of {as_of}, as the {'quote' if quoted else 'text'} states it"
    if as_of.precision is not Precision.DAY:
        note += f", known only to the {as_of.precision.value}: the whole span is used"
    return Placement(period=Period.of(as_of), dating=Dating.AS_OF, note=note)


def relayed(original: Placement, why: str) -> Placement:
    """The placement of a relay that repeats an older figure: at that figure's date, saying why."""
    return Placement(period=original.period, dating=Dating.RELAYED, note=why)


def said_when(claim: Claim, source: Source | None) -> Placement | None:
    """When the source gave a figure: when the quote says it was said, else the publication date.

    ``None`` when neither is known. The figure's own period and as-of date play no part.

    >>> from centasia_claims import Claim, PartialDate, Source, TextQuote, TextSpan
    >>> quote = TextQuote(exact="the ministry said last month that 1,141", start=0, end=39)
    >>> claim = Claim(id="claim:x", source="source:x", quote=quote, statement="1,141 went",
    ...     period=Period.parse("2015"))
    >>> source = Source(id="source:x", title="", document="x.txt", span=TextSpan(0, 39),
    ...     published=PartialDate(2017, 3, 12))
    >>> str(said_when(claim, source))
    '2017-02'
    """
    found = _by_publication(claim, source)
    return found if found.is_dated else None


def place(claim: Claim, source: Source | None) -> Placement:
    """Where a claim's figure stands on the timeline.

    By its as-of date (never after the publication: an as-of date after it is read as the publication
    date), else its period, else an as-of date the quote states ("as of January 2016", never after the
    publication), else when its source says it was given (a time phrase in the quote, else the publication
    date). For a running total, `counted_since` places a count "since" a date.

    Args:
        claim: The claim.
        source: The source it is read in, for its publication date; ``None`` when not known.

    >>> from centasia_claims import Claim, PartialDate, Source, TextQuote, TextSpan
    >>> quote = TextQuote(exact="the ministry said last month that 1,141", start=0, end=39)
    >>> claim = Claim(id="claim:x", source="source:x", quote=quote, statement="1,141 went")
    >>> source = Source(id="source:x", title="", document="x.txt", span=TextSpan(0, 39),
    ...     published=PartialDate(2017, 3, 12))
    >>> placement = place(claim, source)
    >>> placement.dating, str(placement)
    (<Dating.SPOKEN: 'spoken'>, '2017-02')
    >>> placement.note
    "no period given: 'last month' in the quote, read against the publication date 2017-03-12"
    """
    if claim.as_of is not None:
        published = None if source is None else source.published
        if published is not None and claim.as_of.first_day() > published.last_day():
            return _after_publication(claim.as_of, published, source.id if source else "")
        return _as_of(claim.as_of)
    if claim.period is not None:
        return _by_period(claim.period)
    given = _by_publication(claim, source)
    quoted = None if claim.quote is None else stated_as_of(claim.quote.exact)
    if quoted is not None and (not given.is_dated or quoted.first_day() <= _last_day(given)):
        return _as_of(quoted, quoted=True)
    return given


@functools.lru_cache(maxsize=256)
def _after_publication(as_of: PartialDate, published: PartialDate, source: str) -> Placement:
    """An as-of date after the source's publication, which cannot be: the figure stands when it was published.

    `check_provenance` reports such a date (``period_after_publication``); until it is corrected, the figure
    is placed no later than its source could have seen.
    """
    return Placement(
        period=Period.of(published),
        dating=Dating.PUBLISHED,
        note=(
            f"stated as of {as_of}, after {source} was published ({published}), which cannot be: dated by "
            "the publication date"
        ),
    )


def counted_since(claim: Claim, source: Source | None) -> Placement | None:
    """For a running total counted since a date with no end ("since 2014"), where it stands: when given.

    A period open at the end says where counting began, not when the total stands; ``None`` when the claim
    has no such period (or an as-of date), or when its source does not say when it was given.
    """
    period = claim.period
    if claim.as_of is not None or period is None or period.end is not None or period.start is None:
        return None
    given = _by_publication(claim, source)
    return _since(period, given) if given.is_dated else None


def _last_day(placement: Placement) -> dt.date:
    """The last day a dated placement may mean."""
    assert placement.period is not None  # noqa: S101  (dated placements only)
    last = placement.period.days()[1]
    return dt.date.max if last is None else last


@functools.lru_cache(maxsize=4096)
def _since(period: Period, given: Placement) -> Placement:
    """A total counted since a date, with no end ("since 2014"): it stands where it was given."""
    note = f"counted since {period.start}, open at the end: as of when it was given: "
    note += given.note.removeprefix("no period given: ")
    return Placement(period=given.period, dating=given.dating, note=note)


def _by_publication(claim: Claim, source: Source | None) -> Placement:
    """Where a figure stands by when its source says it was given: a time phrase, else publication."""
    if source is None:
        return Placement(
            period=None, dating=Dating.UNDATED, note="no period given, and its source is not known"
        )
    return _published("" if claim.quote is None else claim.quote.exact, source.id, source.published)


@functools.lru_cache(maxsize=4096)
def _published(quote: str, source: str, published: PartialDate | None) -> Placement:
    """`_by_publication` by what it depends on: many claims share a source, and many quotes none."""
    if published is None:
        return Placement(
            period=None,
            dating=Dating.UNDATED,
            note=f"no period given, and {source} gives no publication date",
        )
    phrase = spoken_when(quote) if quote else None
    if phrase is not None:
        return Placement(
            period=resolve_when(phrase, published),
            dating=Dating.SPOKEN,
            note=f"no period given: {phrase!r} in the quote, read against the publication date {published}",
        )
    note = f"no period given: dated by the publication date of {source}"
    if published.precision is not Precision.DAY:
        note += f", known only to the {published.precision.value}: the whole span is used"
    return Placement(period=Period.of(published), dating=Dating.PUBLISHED, note=note)


register_result(Placement)
