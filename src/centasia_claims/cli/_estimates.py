"""``centasia-claims estimates``: each measure's figures on a timeline, pair verdicts and consensus."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any

from centasia_claims.cli._command import (
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    no_such,
    print_json,
)
from centasia_claims.estimates import reconcile

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus
    from centasia_claims.estimates import Consensus, Figure, Interval, PairVerdict, Reconciliation

__all__ = ["COMMAND", "reconcile_corpus", "reconciliation_data"]

DEFAULT_MAX_PAIRS = 200
"""Pair verdicts shown per measure unless ``--max-pairs`` says otherwise (there are n(n-1)/2 of them)."""


def reconcile_corpus(
    corpus: Corpus, measure: str | None = None, *, literal: bool = False
) -> list[Reconciliation]:
    """Reconcile every measure of a corpus, or the one named, in corpus order."""
    measures = corpus.measures if measure is None else (corpus.measure(measure),)
    return [
        reconcile(corpus.claims_for(item.id), measure=item, corpus=corpus, literal=literal)
        for item in measures
    ]


def _interval(interval: Interval | None) -> dict[str, Any] | None:
    if interval is None:
        return None
    return {
        "low": interval.low,
        "high": interval.high,
        "low_inclusive": interval.low_inclusive,
        "high_inclusive": interval.high_inclusive,
        "text": str(interval),
    }


def _figure(figure: Figure) -> dict[str, Any]:
    derived = figure.derived
    placement = figure.placement
    return {
        "claim": figure.claim,
        "source": figure.source,
        "phrase": figure.phrase,
        "interval": _interval(figure.interval),
        "unit": figure.unit,
        "period": None if placement.period is None else str(placement.period),
        "dating": placement.dating.value,
        "dating_note": placement.note,
        "claimant": figure.claimant,
        "claimant_name": figure.claimant_name,
        "derived": None
        if derived is None
        else {"share": derived.share, "whole": derived.whole, "phrase": derived.phrase},
        "note": figure.note,
        "set_aside": figure.set_aside,
    }


def _verdict(verdict: PairVerdict) -> dict[str, Any]:
    return {
        "first": verdict.first,
        "second": verdict.second,
        "verdict": verdict.verdict.value,
        "reason": verdict.reason,
    }


def _consensus(consensus: Consensus) -> dict[str, Any]:
    return {
        "period": None if consensus.period is None else str(consensus.period),
        "label": consensus.label,
        "interval": _interval(consensus.interval),
        "contested": consensus.contested,
        "claims": list(consensus.claims),
        "independent": list(consensus.independent),
        "reason": consensus.reason,
    }


def reconciliation_data(result: Reconciliation, *, max_pairs: int = DEFAULT_MAX_PAIRS) -> dict[str, Any]:
    """Plain data for ``--json``: figures, up to ``max_pairs`` pair verdicts, consensus, contradictions."""
    count = len(result.figures)
    return {
        "measure": result.measure,
        "label": result.label,
        "kind": result.kind.value,
        "unit": result.unit,
        "figures": [_figure(figure) for figure in result.figures],
        "pairs": count * (count - 1) // 2,
        "verdicts": [_verdict(verdict) for verdict in islice(result.verdicts(), max_pairs)],
        "consensus": [_consensus(consensus) for consensus in result.consensus],
        "contradictions": [_verdict(verdict) for verdict in result.contradictions],
        "trend": result.trend.value,
        "trend_reason": result.trend_reason,
        "notes": list(result.notes),
    }


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("measure", nargs="?", metavar="MEASURE", help="a measure id (default: every measure)")
    add_common_options(parser)
    parser.add_argument(
        "--max-pairs",
        type=int,
        default=DEFAULT_MAX_PAIRS,
        metavar="N",
        help=f"show at most N pair verdicts per measure (default: {DEFAULT_MAX_PAIRS})",
    )
    parser.add_argument(
        "--literal",
        action="store_true",
        help="read 'up to N' and 'as many as N' as bare ceilings, not as figures near N",
    )


def _run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    measure: str | None = args.measure
    known = [item.id for item in corpus.measures]
    if measure is not None and measure not in known:
        return no_such("estimates", "measure", measure, known)
    results = reconcile_corpus(corpus, measure, literal=args.literal)
    if args.json:
        print_json([reconciliation_data(result, max_pairs=args.max_pairs) for result in results])
    else:
        print("\n\n".join(result.render(max_pairs=args.max_pairs) for result in results))
    return EXIT_OK


COMMAND = Command(
    name="estimates",
    help="reconcile the figures for each measure: timeline, verdicts on pairs, consensus per period",
    example="centasia-claims estimates measure:tajiks-joined-is-syria-iraq",
    configure=_configure,
    run=_run,
)
