"""What ``centasia-claims report`` says about a corpus: the disputes first, then measures, sources, entities.

A measure is disputed when its figures cannot all hold: pairs that contradict, reports of one statement that
differ, or figures that count different things under one measure. Disputed measures come first, those with
most contradictions and reporting conflicts first, then those with most different definitions, then by how
far apart the figures lie (the highest bound over the lowest).
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import interval_text
from centasia_claims.model import EntityId, MeasureId, MeasureKind, PartialDate, SourceId
from centasia_claims.reconciliation import FigureVerdict, PairVerdict, reconcile
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Collection

    from centasia_claims.corpus import Corpus
    from centasia_claims.reconciliation import Reconciliation

__all__ = [
    "MAX_PAIRS_JUDGED",
    "Dispute",
    "EntitySummary",
    "FigureLine",
    "MeasureSummary",
    "SourceSummary",
    "Summary",
    "summarize",
]

MAX_PAIRS_JUDGED: Final = 20_000
"""Pairs of one measure judged to count different definitions (contradictions are all found in any case)."""


@attrs.frozen(kw_only=True)
class FigureLine:
    """One figure as the report lists it: the claim's id and the phrase as written."""

    claim: str
    phrase: str


@attrs.frozen(kw_only=True)
class Dispute:
    """A measure whose figures disagree: how, between whom, over what range, and each pair's reason."""

    measure: MeasureId
    label: str
    figures: int
    contradictions: int
    reporting_conflicts: int
    different_definitions: int
    range: str
    spread: float | None
    claimants: tuple[str, ...]
    reasons: tuple[str, ...]


@attrs.frozen(kw_only=True)
class MeasureSummary:
    """One measure as the report lists it: its id, label, kind and every figure with its claim's id."""

    id: MeasureId
    label: str
    kind: MeasureKind
    claims: int
    figures: tuple[FigureLine, ...]


@attrs.frozen(kw_only=True)
class SourceSummary:
    """One source as the report lists it: id, outlet, date, title and how many claims it holds."""

    id: SourceId
    outlet: str | None
    published: PartialDate | None
    title: str
    claims: int


@attrs.frozen(kw_only=True)
class EntitySummary:
    """One entity as the report lists it: id, kind, name, and how many claims are about or by it."""

    id: EntityId
    kind: str
    name: str
    about: int
    by: int


@attrs.frozen(kw_only=True)
class Summary:
    """What a corpus holds, in the report's order: counts, disputes, measures, sources, entities."""

    counts: dict[str, int]
    disputes: tuple[Dispute, ...]
    measures: tuple[MeasureSummary, ...]
    sources: tuple[SourceSummary, ...]
    entities: tuple[EntitySummary, ...]
    claims_without_measure: dict[str, int]


for _cls in (FigureLine, Dispute, MeasureSummary, SourceSummary, EntitySummary, Summary):
    register_result(_cls)


def _spread(result: Reconciliation) -> tuple[str, float | None]:
    intervals = [figure.interval for figure in result.figures if figure.interval is not None]
    lows = [item.low for item in intervals if item.low is not None]
    highs = [item.high for item in intervals if item.high is not None]
    low = min(lows) if len(lows) == len(intervals) and lows else None
    high = max(highs) if len(highs) == len(intervals) and highs else None
    shown = interval_text(low, high, grouping=True) if intervals else "(no figure compared)"
    finite = [*lows, *highs]
    least = min((value for value in finite if value > 0), default=None)
    spread = None if least is None or not finite else max(finite) / least
    return shown, spread


def _dispute(result: Reconciliation) -> Dispute | None:
    definitions = [
        pair
        for pair in islice(result.verdicts(), MAX_PAIRS_JUDGED)
        if pair.verdict is FigureVerdict.DIFFERENT_DEFINITIONS
    ]
    disputed: list[PairVerdict] = [*result.contradictions, *result.reporting_conflicts, *definitions]
    if not disputed:
        return None
    shown, spread = _spread(result)
    in_dispute = {claim for pair in disputed for claim in (pair.first, pair.second)}
    claimants = dict.fromkeys(f.claimant_name for f in result.figures if f.claim in in_dispute)
    return Dispute(
        measure=result.measure,
        label=result.label,
        figures=len(result.figures),
        contradictions=len(result.contradictions),
        reporting_conflicts=len(result.reporting_conflicts),
        different_definitions=len(definitions),
        range=shown,
        spread=None if spread is None else round(spread, 2),
        claimants=tuple(claimants),
        reasons=tuple(str(pair) for pair in disputed),
    )


def _rank(dispute: Dispute) -> tuple[int, int, float, str]:
    return (
        -(dispute.contradictions + dispute.reporting_conflicts),
        -dispute.different_definitions,
        -(dispute.spread or 0.0),
        dispute.measure,
    )


def summarize(corpus: Corpus, *, measures: Collection[str] = (), sources: Collection[str] = ()) -> Summary:
    """A summary of a corpus, or of the measures and sources named (each an id the corpus holds).

    Naming measures keeps those measures, the sources that give figures for them and the entities their
    claims name; naming sources keeps their claims' measures and entities, and disputes stay judged over
    every figure of the corpus (a dispute is between sources).
    """
    for id_ in measures:
        corpus.measure(id_)
    for id_ in sources:
        corpus.source(id_)
    claims = [
        claim
        for claim in corpus.claims
        if (not measures or claim.measure in measures) and (not sources or claim.source in sources)
    ]
    kept_measures = {claim.measure for claim in claims} | set(measures) if measures or sources else None
    chosen = [m for m in corpus.measures if kept_measures is None or m.id in kept_measures]
    results = [reconcile(corpus, m.id, measure=m) for m in chosen]
    disputes = sorted((d for d in map(_dispute, results) if d is not None), key=_rank)
    by_measure: dict[str, list[FigureLine]] = {m.id: [] for m in chosen}
    for claim in claims:
        if claim.measure in by_measure and claim.value is not None:
            by_measure[claim.measure].append(FigureLine(claim=claim.id, phrase=claim.value.phrase))
    measure_rows = sorted(
        (
            MeasureSummary(
                id=m.id,
                label=m.label,
                kind=m.kind,
                claims=len(by_measure[m.id]),
                figures=tuple(by_measure[m.id]),
            )
            for m in chosen
        ),
        key=lambda row: -row.claims,
    )
    filtered = bool(measures or sources)
    used_sources = {claim.source for claim in claims}
    source_rows = tuple(
        SourceSummary(
            id=source.id,
            outlet=None if source.outlet is None else corpus.entity(source.outlet).display_name,
            published=source.published,
            title=source.title,
            claims=sum(claim.source == source.id for claim in claims),
        )
        for source in corpus.sources
        if not filtered or source.id in used_sources
    )
    about = Counter(entity for claim in claims for entity in dict.fromkeys(claim.about))
    by = Counter(claim.claimant.agent for claim in claims if claim.claimant and claim.claimant.agent)
    entity_rows = sorted(
        (
            EntitySummary(
                id=entity.id,
                kind=type(entity).__name__.lower(),
                name=entity.display_name,
                about=about[entity.id],
                by=by[entity.id],
            )
            for entity in (*corpus.entities, *corpus.groups)
            if not filtered or about[entity.id] or by[entity.id]
        ),
        key=lambda row: (-(row.about + row.by), row.id),
    )
    without = Counter(claim.predicate or "statement" for claim in claims if claim.measure is None)
    return Summary(
        counts=corpus.counts(),
        disputes=tuple(disputes),
        measures=tuple(measure_rows),
        sources=source_rows,
        entities=tuple(entity_rows),
        claims_without_measure=dict(sorted(without.items())),
    )
