"""``centasia-claims estimates``: each measure's figures on a timeline, pair verdicts and consensus."""

from __future__ import annotations

import sys
from itertools import islice
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims.cli._command import (
    EXIT_OK,
    EXIT_USAGE,
    Command,
    add_common_options,
    corpus_from,
    no_such,
    print_json,
)
from centasia_claims.estimates import unread_words
from centasia_claims.reconciliation import reconcile
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus
    from centasia_claims.estimates import UnreadWord
    from centasia_claims.reconciliation import Reconciliation

__all__ = ["COMMAND", "corpus_unread_words", "reconcile_corpus", "reconciliation_data"]

DEFAULT_MAX_PAIRS = 200
"""Pair verdicts shown per measure unless ``--max-pairs`` says otherwise (there are n(n-1)/2 of them)."""


def reconcile_corpus(
    corpus: Corpus, measure: str | None = None, *, literal: bool = False
) -> list[Reconciliation]:
    """Reconcile every measure of a corpus, or the one named, in corpus order."""
    measures = corpus.measures if measure is None else (corpus.measure(measure),)
    return [reconcile(corpus, item.id, measure=item, literal=literal) for item in measures]


def corpus_unread_words(corpus: Corpus) -> list[UnreadWord]:
    """The words met right before figures in a corpus's sources that no table knows.

    Each source is read in its language; the words are merged over languages, hedge-like ones first.
    """
    by_language: dict[str, list[str]] = {}
    for source in corpus.sources:
        by_language.setdefault(source.language, []).append(corpus.text_of(source))
    merged: dict[str, UnreadWord] = {}
    for language, texts in by_language.items():
        for item in unread_words(texts, language=language):
            known = merged.get(item.word)
            merged[item.word] = (
                item
                if known is None
                else attrs.evolve(
                    known, count=known.count + item.count, hedge_like=known.hedge_like or item.hedge_like
                )
            )
    return sorted(merged.values(), key=lambda item: (not item.hedge_like, -item.count, item.word))


def reconciliation_data(result: Reconciliation, *, max_pairs: int = DEFAULT_MAX_PAIRS) -> dict[str, Any]:
    """What ``--json`` prints for one measure: the result as the converter writes it, and its first pairs."""
    return {**unstructure(result), "verdicts": unstructure(list(islice(result.verdicts(), max_pairs)))}


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
        "--unread",
        action="store_true",
        help="list the words right before figures that the reader's tables do not know, to teach them",
    )
    parser.add_argument(
        "--literal",
        action="store_true",
        help="read 'up to N' and 'as many as N' as bare ceilings, not as figures near N",
    )


def _run(args: argparse.Namespace) -> int:
    if args.max_pairs < 0:
        print(
            f"centasia-claims estimates: --max-pairs must be 0 or more, not {args.max_pairs}", file=sys.stderr
        )
        return EXIT_USAGE
    args.max_pairs = min(args.max_pairs, sys.maxsize)  # more than can be listed is all of them
    corpus = corpus_from(args)
    if args.unread:
        words = corpus_unread_words(corpus)
        if args.json:
            print_json(unstructure(words))
        else:
            print("\n".join(str(item) for item in words) or "no unread words before figures")
        return EXIT_OK
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
    help=(
        "reconcile the figures for each measure: timeline, verdicts on pairs, consensus per period, and "
        "superseded figures, reporting conflicts and the current figure where there are any"
    ),
    example="centasia-claims estimates measure:tajiks-joined-is-syria-iraq",
    configure=_configure,
    run=_run,
)
