"""``centasia-claims family MEASURE``: a measure and every measure related to it, each relation checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, add_common_options, corpus_from, print_json
from centasia_claims.reconciliation import reconcile_family
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("measure", metavar="MEASURE", help="the id of a measure of the family")
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    family = reconcile_family(corpus_from(args), args.measure)
    if args.json:
        print_json(unstructure(family))
    else:
        print(family)
    return EXIT_OK


COMMAND = Command(
    name="family",
    help="check the relations between a measure and those related to it (subset, share, increment ...)",
    example="centasia-claims family measure:tajik-fighters-pardoned",
    configure=_configure,
    run=_run,
)
