"""``centasia-claims report``: what a corpus holds — sources, entities, and claims per measure."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from centasia_claims.cli._command import (
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    print_json,
)

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus

__all__ = ["COMMAND", "summarize"]


def summarize(corpus: Corpus) -> dict[str, Any]:
    """A plain-data summary of a corpus: counts, sources, measures with their claim counts."""
    measures = []
    for measure in corpus.measures:
        claims = corpus.claims_for(measure.id)
        measures.append(
            {
                "id": measure.id,
                "label": measure.label,
                "kind": measure.kind.value,
                "claims": len(claims),
                "phrases": [claim.value.phrase for claim in claims if claim.value is not None],
            }
        )
    sources = [
        {
            "id": source.id,
            "outlet": None if source.outlet is None else corpus.entity(source.outlet).display_name,
            "published": None if source.published is None else str(source.published),
            "title": source.title,
            "claims": len(corpus.claims_in(source.id)),
        }
        for source in corpus.sources
    ]
    return {
        "counts": {
            "documents": len(corpus.documents),
            "sources": len(corpus.sources),
            "persons": len(corpus.persons),
            "organizations": len(corpus.organizations),
            "places": len(corpus.places),
            "events": len(corpus.events),
            "measures": len(corpus.measures),
            "claims": len(corpus.claims),
            "mentions": len(corpus.mentions),
            "exclusions": len(corpus.exclusions),
        },
        "sources": sources,
        "measures": measures,
        "claims_without_measure": dict(
            Counter(claim.predicate or "statement" for claim in corpus.claims if claim.measure is None)
        ),
    }


def _print_text(summary: dict[str, Any]) -> None:
    counts = summary["counts"]
    print("Corpus: " + ", ".join(f"{count} {name}" for name, count in counts.items()))
    print()
    print("Sources")
    for source in summary["sources"]:
        outlet = source["outlet"] or "(outlet not given)"
        date = source["published"] or "(date not given)"
        title = source["title"] or "(untitled)"
        print(f"  {source['id']:<40} {outlet:<24} {date:<11} {source['claims']:>3} claims  {title}")
    print()
    print("Claims per measure")
    for measure in summary["measures"]:
        phrases = "; ".join(measure["phrases"])
        print(f"  {measure['claims']:>3}  {measure['label']} ({measure['kind']})")
        if phrases:
            print(f"       {phrases}")
    if summary["claims_without_measure"]:
        print()
        print("Claims without a figure, by predicate")
        for predicate, count in sorted(summary["claims_without_measure"].items()):
            print(f"  {count:>3}  {predicate}")


def _run(args: argparse.Namespace) -> int:
    summary = summarize(corpus_from(args))
    if args.json:
        print_json(summary)
    else:
        _print_text(summary)
    return EXIT_OK


COMMAND = Command(
    name="report",
    help="print what a corpus holds: sources, entities, and claims per measure",
    example="centasia-claims report --corpus my-corpus/",
    configure=add_common_options,
    run=_run,
)
