"""``centasia-claims report``: what a corpus holds — sources, entities, and claims per measure."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import attrs

from centasia_claims.cli._command import (
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    print_json,
)
from centasia_claims.model import MeasureId, MeasureKind, PartialDate, SourceId
from centasia_claims.serialization import register_result, unstructure

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus

__all__ = ["COMMAND", "MeasureSummary", "SourceSummary", "Summary", "summarize"]


@attrs.frozen(kw_only=True)
class SourceSummary:
    """One source as the report lists it: id, outlet, date, title and how many claims it holds."""

    id: SourceId
    outlet: str | None
    published: PartialDate | None
    title: str
    claims: int


@attrs.frozen(kw_only=True)
class MeasureSummary:
    """One measure as the report lists it: its figures' phrases and how many claims give one."""

    id: MeasureId
    label: str
    kind: MeasureKind
    claims: int
    phrases: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Summary:
    """What a corpus holds: counts, sources, measures, and claims without a figure by predicate."""

    counts: dict[str, int]
    sources: tuple[SourceSummary, ...]
    measures: tuple[MeasureSummary, ...]
    claims_without_measure: dict[str, int]


register_result(SourceSummary)
register_result(MeasureSummary)
register_result(Summary)


def summarize(corpus: Corpus) -> Summary:
    """A summary of a corpus: counts, sources, measures with their claims' phrases."""
    measures = []
    for measure in corpus.measures:
        claims = corpus.claims_for(measure.id)
        measures.append(
            MeasureSummary(
                id=measure.id,
                label=measure.label,
                kind=measure.kind,
                claims=len(claims),
                phrases=tuple(claim.value.phrase for claim in claims if claim.value is not None),
            )
        )
    sources = tuple(
        SourceSummary(
            id=source.id,
            outlet=None if source.outlet is None else corpus.entity(source.outlet).display_name,
            published=source.published,
            title=source.title,
            claims=len(corpus.claims_in(source.id)),
        )
        for source in corpus.sources
    )
    without = Counter(claim.predicate or "statement" for claim in corpus.claims if claim.measure is None)
    return Summary(
        counts=corpus.counts(),
        sources=sources,
        measures=tuple(measures),
        claims_without_measure=dict(without),
    )


def _print_text(summary: Summary) -> None:
    print("Corpus: " + ", ".join(f"{count} {name}" for name, count in summary.counts.items()))
    print()
    print("Sources")
    for source in summary.sources:
        outlet = source.outlet or "(outlet not given)"
        date = str(source.published or "(date not given)")
        title = source.title or "(untitled)"
        print(f"  {source.id:<40} {outlet:<24} {date:<11} {source.claims:>3} claims  {title}")
    print()
    print("Claims per measure")
    for measure in summary.measures:
        phrases = "; ".join(measure.phrases)
        print(f"  {measure.claims:>3}  {measure.label} ({measure.kind.value})")
        if phrases:
            print(f"       {phrases}")
    if summary.claims_without_measure:
        print()
        print("Claims without a figure, by predicate")
        for predicate, count in sorted(summary.claims_without_measure.items()):
            print(f"  {count:>3}  {predicate}")


def _run(args: argparse.Namespace) -> int:
    summary = summarize(corpus_from(args))
    if args.json:
        print_json(unstructure(summary))
    else:
        _print_text(summary)
    return EXIT_OK


COMMAND = Command(
    name="report",
    help="print what a corpus holds: sources, entities, and claims per measure",
    example="centasia-claims report --with-seeds --corpus my-corpus/",
    configure=add_common_options,
    run=_run,
)
