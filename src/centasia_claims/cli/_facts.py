"""``centasia-claims facts SUBJECT FACT``: what the corpus says of one fact about one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, add_common_options, corpus_from, print_json
from centasia_claims.reconciliation import fact_summary
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("subject", metavar="SUBJECT", help="the entity id of the person the fact is about")
    parser.add_argument(
        "fact", metavar="FACT", help="a measure whose claims give words (a status, a rank), or a predicate"
    )
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    summary = fact_summary(corpus_from(args), args.subject, args.fact)
    if args.json:
        print_json(unstructure(summary))
    else:
        print(summary)
    return EXIT_OK


COMMAND = Command(
    name="facts",
    help="print every word given for one fact about a person, what is disputed, by whom, and the latest word",
    example="centasia-claims facts person:gulmurod-halimov measure:gulmurod-halimov-status",
    configure=_configure,
    run=_run,
)
