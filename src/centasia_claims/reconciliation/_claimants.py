"""Reading claims into figures: each claim's interval, unit, placement and root claimant.

One `Reader` serves one reconciliation: it holds the lookups (claims, sources, corpus) and caches what many
claims share (a source's placement, a claimant's root, an estimate's interval).
"""

from __future__ import annotations

import enum
from collections import Counter
from typing import TYPE_CHECKING, Final

from centasia_claims.corpus import IDENTITY_FIELDS, canonical_works, root_agent
from centasia_claims.errors import UnknownIdError
from centasia_claims.model import MeasureKind, SourceId
from centasia_claims.reconciliation._best import is_confirmed
from centasia_claims.reconciliation._figures import DerivedFigure, Figure, derive, read_estimate
from centasia_claims.reconciliation._scope import scope_of
from centasia_claims.reconciliation._statements import occasion_of
from centasia_claims.reconciliation._timeline import Dating, Placement, counted_since, place, said_when

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, ClaimId, EntityId, Estimate, Measure, Source
    from centasia_claims.reconciliation._interval import Interval

__all__ = ["Reader", "Where", "reference_per", "reference_unit", "works_of"]


class _Unseen(enum.Enum):
    """Not looked up yet (a look-up can find ``None``)."""

    UNSEEN = enum.auto()


_UNSEEN: Final = _Unseen.UNSEEN

_RECENT_OCCASIONS: Final = 4096
"""How many statements `Reader.figure` keeps one string for at a time. Figures are read in timeline order,
and the reports of one statement lie close together in it: a table of every statement of a large measure
(about one a figure) would be fetched from all over memory at each look-up; when this one is full it starts
again, and a report read far from the others of its statement keeps its own, equal, string."""

Where = tuple["Source | None", SourceId, "Source | None", Placement]
"""Where a claim is read (`Reader.where`): its source, its work, the source it is dated by, its placement."""


class Reader:
    """Reads claims into figures, with the lookups and caches one reconciliation needs."""

    def __init__(
        self,
        claims: Mapping[str, Claim],
        *,
        unit: str | None,
        corpus: Corpus | None,
        sources: Mapping[str, Source],
        literal: bool,
        measure: Measure | None = None,
        kind: MeasureKind = MeasureKind.SNAPSHOT,
        authority: tuple[EntityId, ...] = (),
    ) -> None:
        self.claims = claims
        self.measure = measure
        self.revisable = measure is not None and measure.revisable
        self.unit = unit
        self.corpus = corpus
        self.sources = sources
        self.literal = literal
        self.kind = kind
        self._works: Mapping[SourceId, SourceId] | None = None
        self._roots: dict[EntityId, tuple[EntityId, str]] = {}
        self._ranks = {self._root(agent)[0]: len(authority) for agent in authority}
        for index, agent in reversed(list(enumerate(authority))):  # the first listing of a root wins
            self._ranks[self._root(agent)[0]] = index
        self._unranked = len(authority) if authority else None
        self._said: dict[tuple[str, str], Placement | _Unseen | None] = {}
        self._placements: dict[tuple[str, str], Placement] = {}
        self._placed: dict[Placement, Placement] = {}  # one object for equal placements (`_one`)
        # By identity: periods and as-of dates are shared between claims, and hashing one costs more than
        # a look-up by its address (each is kept alive, with its placement, for as long as the reader).
        self._dated: dict[int, tuple[object, Placement]] = {}
        self._relays: dict[tuple[str, str], str] = {}  # a relay's text, by its last step and its source
        self._reads: dict[int, tuple[Interval, str]] = {}
        self._estimates: list[Estimate] = []  # the estimates read, kept alive while their addresses are keys
        self._texts: dict[str, str] = {}  # one string for each relay that many figures share
        self._occasions: dict[str, str] = {}  # one string for each statement of the figures read lately
        self._seats: dict[SourceId, tuple[Source | None, SourceId, Source | None]] = {}

    def source(self, claim: Claim) -> Source | None:
        return self._source(claim.source)

    def _source(self, source_id: SourceId) -> Source | None:
        found = self.sources.get(source_id)
        if found is None and self.corpus is not None:
            try:
                found = self.corpus.source(source_id)
            except UnknownIdError:
                return None
        return found

    def whole(self, claim_id: ClaimId) -> tuple[Claim, Estimate] | None:
        found = self.claims.get(claim_id)
        if found is None and self.corpus is not None:
            try:
                found = self.corpus.claim(claim_id)
            except UnknownIdError:
                return None
        return None if found is None or found.value is None else (found, found.value)

    def placement(self, claim: Claim, source: Source | None) -> Placement:
        when = claim.as_of if claim.as_of is not None else claim.period
        if when is not None:  # placed by its as-of date or period alone (`place`), or a count "since"
            if self.kind is MeasureKind.CUMULATIVE:
                since = counted_since(claim, source)
                if since is not None:
                    return self._one(since)
            found_at = self._dated.get(id(when))
            if found_at is None:
                found_at = self._dated[id(when)] = (when, self._one(place(claim, source)))
            return found_at[1]
        key = (source.id if source is not None else claim.source, _quoted(claim))
        found = self._placements.get(key)
        if found is None:
            found = self._placements[key] = self._one(place(claim, source))
        return found

    def said(self, claim: Claim, source: Source | None) -> Placement | None:
        """When the source gave the figure: a time phrase in the quote, else the publication date."""
        key = (source.id if source is not None else claim.source, _quoted(claim))
        found = self._said.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = said_when(claim, source)
            found = self._said[key] = None if found is None else self._one(found)
        return found

    def _one(self, placement: Placement) -> Placement:
        """One object for equal placements, for as long as the reader.

        `place` and `said_when` keep the placements they made lately (a few thousand), and make an equal
        one anew for a source or period they no longer keep: a measure of more sources or periods than they
        keep would otherwise have figures of one place in time, or reports of one statement, with distinct
        placements, which the passes that group figures by the placement they share tell apart.
        """
        return self._placed.setdefault(placement, placement)

    def work(self, source_id: SourceId) -> SourceId:
        """The canonical source of the work a source belongs to."""
        if self.corpus is not None:
            try:
                return self.corpus.work_of(source_id)
            except UnknownIdError:
                pass
        if self._works is None:
            self._works = works_of(self.sources)
        return self._works.get(source_id, source_id)

    def relay(self, claim: Claim) -> str:
        """Who passed the claim on to the reader: the last step of its chain, and the source.

        ``""`` when the claimant speaks in the source directly.
        """
        steps = claim.attribution
        if len(steps) < 2:
            return ""
        key = (steps[-1].text, claim.source)
        found = self._relays.get(key)
        if found is None:
            found = f"{key[0]} ({key[1]})"
            found = self._relays[key] = self._texts.setdefault(found, found)
        return found

    def rank(self, claimant: EntityId | None) -> int | None:
        if self._unranked is None:
            return None
        return self._unranked if claimant is None else self._ranks.get(claimant, self._unranked)

    def read(self, value: Estimate) -> tuple[Interval, str]:
        # By identity: estimates are shared between claims, and hashing one costs more than reading it.
        found = self._reads.get(id(value))
        if found is None:
            found = self._reads[id(value)] = read_estimate(value, literal=self.literal)
            self._estimates.append(value)
        return found

    def unit_of(self, value: Estimate) -> str:
        return self.unit if value.unit == "count" and self.unit is not None else value.unit

    def count(
        self, claim: Claim, value: Estimate, whole_id: ClaimId, seen: tuple[ClaimId, ...] = ()
    ) -> tuple[Interval, str, DerivedFigure] | str:
        """The count a share of ``whole_id`` implies, through chains of shares, or why there is none."""
        if whole_id in seen or whole_id == claim.id:
            return f"a share of {whole_id!r}, which is itself derived from it: the chain of shares is a loop"
        found = self.whole(whole_id)
        if found is None:
            return f"a share of {whole_id!r}, which is not among the claims given or in the corpus"
        whole, whole_value = found
        whole_interval, whole_unit = self.read(whole_value)[0], self.unit_of(whole_value)
        if whole_value.share_of is not None:
            inner = self.count(whole, whole_value, whole_value.share_of, (*seen, claim.id))
            if isinstance(inner, str):
                return inner
            whole_interval, whole_unit = inner[0], inner[1]
        share_interval = self.read(value)[0]
        derived = derive(
            share=claim.id,
            share_phrase=value.phrase,
            share_interval=share_interval,
            whole=whole.id,
            whole_phrase=whole_value.phrase,
            whole_interval=whole_interval,
            whole_unit=whole_unit,
        )
        if derived is None:
            return f"a share of {share_interval} percent, which is not within 0-100 percent of its whole"
        return derived.interval, derived.unit, derived

    def root(self, claim: Claim, source: Source | None) -> tuple[EntityId | None, str]:
        """The root claimant and how to name it."""
        step = claim.claimant
        if step is None:
            outlet = None if source is None else source.outlet
            return self._root(outlet) if outlet is not None else (None, "the source's author")
        if step.agent is None:
            return None, f"{step.text} (unnamed)"
        return self._root(step.agent)

    def _root(self, agent: EntityId) -> tuple[EntityId, str]:
        """The body the agent speaks for in the end, by the same rule as provenance (`root_agent`)."""
        found = self._roots.get(agent)
        if found is not None:
            return found
        root, name = agent, str(agent)
        if self.corpus is not None:
            try:
                root = root_agent(self.corpus, agent)
                name = self.corpus.entity(root).display_name
            except UnknownIdError:
                pass
        self._roots[agent] = found = (root, name)
        return found

    def where(self, claim: Claim) -> Where:
        """Where a claim is read: its source, its work, the source it is dated by, and its placement."""
        source, work, dating = self.seat(claim.source)
        return source, work, dating, self.placement(claim, dating)

    def seat(self, source_id: SourceId) -> tuple[Source | None, SourceId, Source | None]:
        """A source, the work it belongs to and the source whose date its figures take, looked up once."""
        found = self._seats.get(source_id)
        if found is None:
            source = self._source(source_id)
            work = self.work(source_id)
            dating = source if work == source_id else self._source(work) or source
            found = self._seats[source_id] = (source, work, dating)
        return found

    def figure(
        self, claim: Claim, value: Estimate, unit: str, per: str | None, where: Where | None = None
    ) -> Figure:
        """The figure of a claim and its value, compared in ``unit`` (and per ``per`` for rates).

        ``where`` is what `where` gives for the claim, when it is already known.
        """
        source, work, dating, placement = self.where(claim) if where is None else where
        claimant, name = self.root(claim, source)
        interval, note = self.read(value)
        figure_unit, derived, set_aside = self.unit_of(value), None, None
        if value.share_of is not None:
            counted = self.count(claim, value, value.share_of)
            if isinstance(counted, str):
                set_aside = counted
            else:
                interval, figure_unit, derived = counted
        if set_aside is None:
            if value.additive:
                set_aside = "an increment on another figure, not a total"
            elif figure_unit != unit:
                set_aside = f"in {figure_unit}, not {unit}"
            elif value.per != per:
                set_aside = _rate_mismatch(value.per, per)
        quoted_as_of = claim.as_of is None and placement.dating is Dating.AS_OF  # "as of 2016" in the quote
        if claim.period is None and claim.as_of is None and not quoted_as_of:  # placed by when it was given
            published = placement if placement.is_dated else None
        else:
            published = self.said(claim, dating)
        said = placement if placement.dating is Dating.AS_OF else published
        occasion = occasion_of(claim, claimant, name, published, placement, self.kind)
        if occasion is not None:
            occasions = self._occasions
            found = occasions.get(occasion)
            if found is None:
                if len(occasions) >= _RECENT_OCCASIONS:
                    occasions.clear()
                found = occasions[occasion] = occasion
            occasion = found
        return Figure(
            claim=own_copy(claim.id),
            source=claim.source,
            phrase=value.phrase if derived is None else derived.phrase,
            interval=interval if set_aside is None else None,
            unit=figure_unit,
            placement=placement,
            claimant=claimant,
            claimant_name=name,
            derived=derived,
            note=note,
            set_aside=set_aside,
            scope=scope_of(claim, self.measure),
            work=work,
            occasion=occasion,
            relay=self.relay(claim),
            stated=said,
            published=published,
            rank=self.rank(claimant),
            confirmed=is_confirmed(claim),
        )


_LAST_WORKS: Final[list[tuple[tuple[Source, ...], Mapping[SourceId, SourceId]]]] = []
"""The sources `works_of` was last given (as a tuple of the `Source` objects) and their works."""


def works_of(sources: Mapping[str, Source]) -> Mapping[SourceId, SourceId]:
    """The canonical source of the work of each source (`canonical_works`), worked out once for the same ones.

    `reconcile` without a corpus is called once a measure, often with one mapping of sources for every
    measure: the works of its sources are worked out again only when the mapping no longer holds the same
    `Source` objects, in the same order, as the last time. A `Source` is immutable, so the same objects
    have the same works: the answer cannot go stale, also when the caller changes the mapping between calls
    (the comparison, of a tuple of the sources, is made in C and stops at the first object that differs).
    The last mapping's sources and works are kept until sources of another mapping are given.

    >>> from centasia_claims import Source, TextSpan
    >>> mirror = Source(
    ...     id="source:mirror", title="", document="a.txt", span=TextSpan(0, 1), copy_of="source:a"
    ... )
    >>> original = Source(id="source:a", title="", document="a.txt", span=TextSpan(0, 1))
    >>> works_of({"source:a": original, "source:mirror": mirror})["source:mirror"]
    'source:a'
    """
    given = tuple(sources.values())
    last = _LAST_WORKS[0] if _LAST_WORKS else None
    if last is not None and last[0] == given:
        return last[1]
    declared = any(getattr(item, name) is not None for item in given for name in IDENTITY_FIELDS)
    works = canonical_works(given) if declared else {}
    _LAST_WORKS[:] = [(given, works)]
    return works


def own_copy(claim_id: ClaimId) -> ClaimId:
    """A copy of a claim id, made now, equal to it: a figure keeps an id that lies next to it in memory.

    The claims of a large measure are read in timeline order, which is not the order they lie in memory; a
    figure that kept its claim's id would refer to a string among the claims, which every later pass that
    names the figure, and the collector that visits every figure of the result twice, would fetch from all
    over memory. Made while the figures are made, in timeline order, the copies lie in that order. Ids of
    one character are not copied (Python shares them).
    """
    return claim_id[:1] + claim_id[1:]


def _quoted(claim: Claim) -> str:
    """What a claim's placement is cached by in its source: its quote, or its id when it has none."""
    return claim.id if claim.quote is None else claim.quote.exact


def _rate_mismatch(per: str | None, reference: str | None) -> str:
    if reference is None:
        return f"a rate per {per}, where the other figures are totals"
    if per is None:
        return f"a total, where the other figures are rates per {reference}"
    return f"a rate per {per}, not per {reference}"


def reference_unit(units: Iterable[str], measure_unit: str | None) -> str:
    """The measure's unit, or else the most common unit of its figures (ties: alphabetical)."""
    if measure_unit is not None:
        return measure_unit
    counts = Counter(units)
    return min(counts, key=lambda unit: (-counts[unit], unit)) if counts else "count"


def reference_per(values: Iterable[Estimate]) -> str | None:
    """The most common rate period of the figures ("month" in "$100 a month"; ``None``: totals)."""
    counts = Counter(value.per for value in values)
    return min(counts, key=lambda per: (-counts[per], per or "")) if counts else None
