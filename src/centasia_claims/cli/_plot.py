"""``centasia-claims plot MEASURE -o FILE``: every figure of a measure on a timeline, as PNG or SVG."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from centasia_claims.cli._command import (
    EXIT_OK,
    EXIT_USAGE,
    Command,
    add_common_options,
    corpus_from,
    no_such,
    print_json,
)
from centasia_claims.plots import plot_estimates

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]

FORMATS = (".png", ".svg", ".pdf")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "measure", metavar="MEASURE", help="the measure's id, e.g. measure:tajiks-joined-is-syria-iraq"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="where to write: .png, .svg or .pdf"
    )
    parser.add_argument(
        "--literal", action="store_true", help='read "up to N" and "as many as N" as bare ceilings'
    )
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix.lower() not in FORMATS:
        print(
            f"centasia-claims plot: cannot write {output.name!r}: name a .png, .svg or .pdf file",
            file=sys.stderr,
        )
        return EXIT_USAGE
    corpus = corpus_from(args)
    known = [measure.id for measure in corpus.measures]
    if args.measure not in known:
        return no_such("plot", "measure", args.measure, known)
    figure = plot_estimates(corpus, args.measure, literal=args.literal)
    figure.savefig(output, dpi=150)
    if args.json:
        print_json(
            {"measure": args.measure, "file": str(output), "figures": len(corpus.claims_for(args.measure))}
        )
    else:
        print(f"wrote {output}")
    return EXIT_OK


COMMAND = Command(
    name="plot",
    help="draw every figure of a measure on a timeline (needs the plot extra: matplotlib)",
    example="centasia-claims plot measure:tajiks-joined-is-syria-iraq -o tajiks.png",
    configure=_configure,
    run=_run,
)
