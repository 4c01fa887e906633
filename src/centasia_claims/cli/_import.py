"""``centasia-claims import TABLE -o FOLDER``: turn a table of reports into a corpus folder.

Names and measures are resolved against the corpus of the corpus options (``--corpus``, repeatable, and
``--with-seeds``; default: the bundled one; ``--no-base`` for none). One line a row; exit 0 when written, 1
when a row was refused (nothing written), 3 when the table cannot be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    add_corpus_options,
    corpus_from,
    print_json,
)
from centasia_claims.importing import RowStatus, import_table
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("table", help="the table: CSV with a header row, or JSON Lines (.jsonl)")
    parser.add_argument("-o", "--out", required=True, metavar="FOLDER", help="the corpus folder to write")
    add_corpus_options(parser, what="resolving names and measures")
    parser.add_argument("--no-base", action="store_true", help="resolve against no corpus")
    parser.add_argument("--force", action="store_true", help="replace FOLDER if it is not empty")
    parser.add_argument("--dry-run", action="store_true", help="report on every row, write nothing")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _run(args: argparse.Namespace) -> int:
    base = None if args.no_base else corpus_from(args)
    report = import_table(args.table, args.out, corpus=base, force=args.force, dry_run=args.dry_run)
    if args.json:
        print_json(unstructure(report))
    else:
        print(report)
    return EXIT_FINDINGS if report.count(RowStatus.REFUSED) else EXIT_OK


COMMAND = Command(
    name="import",
    help="turn a table of reports (CSV or JSON Lines) into a corpus folder that loads beside the corpus",
    example="centasia-claims import reports.csv -o my-corpus/",
    configure=_configure,
    run=_run,
)
