"""``centasia-claims check``: check a corpus's provenance; exit 1 when there is an error-severity finding.

A downstream corpus can run it in its own CI: ``centasia-claims check --corpus my-corpus/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    print_json,
)
from centasia_claims.provenance import Severity, check_provenance
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    add_common_options(parser)
    parser.add_argument(
        "--severity",
        choices=[severity.value for severity in Severity],
        default=Severity.INFO.value,
        help="show findings of this severity and more serious ones (default: info, that is all)",
    )


def _run(args: argparse.Namespace) -> int:
    report = check_provenance(corpus_from(args))
    least = Severity(args.severity).rank
    shown = tuple(finding for finding in report.findings if finding.severity.rank <= least)
    if args.json:
        # The report as the converter writes it (its counts cover every finding), with the findings shown.
        print_json({**unstructure(report), "findings": unstructure(shown)})
    else:
        print(report.render(shown))
    return EXIT_FINDINGS if report.has_errors else EXIT_OK


COMMAND = Command(
    name="check",
    help="check quotes, chains and support of every claim; exit 1 on an error-severity finding",
    example="centasia-claims check --corpus my-corpus/ --severity warning",
    configure=_configure,
    run=_run,
)
