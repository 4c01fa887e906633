"""``centasia-claims trace CLAIM_ID``: a claim's chain, origin, epistemic status and corroboration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, add_common_options, corpus_from, print_json
from centasia_claims.provenance import trace_claim
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("claim", metavar="CLAIM_ID", help="the id of the claim to trace")
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    trace = trace_claim(corpus_from(args), args.claim)
    if args.json:
        print_json(unstructure(trace))
    else:
        print(trace)
    return EXIT_OK


COMMAND = Command(
    name="trace",
    help="print a claim's attribution chain, origin, epistemic status and corroboration",
    example="centasia-claims trace claim:rferl-rahimzoda-61-returned",
    configure=_configure,
    run=_run,
)
