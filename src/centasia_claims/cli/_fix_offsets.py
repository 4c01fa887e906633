"""``centasia-claims fix-offsets FOLDER``: fill in a folder's quote offsets and place moved quotes again.

Nothing is written when any quote cannot be placed; every such quote is listed with why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, print_json
from centasia_claims.corpus import fix_offsets, write_fixtures
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="FOLDER", help="the corpus folder whose fixtures are rewritten")
    parser.add_argument(
        "--corpus",
        metavar="BASE",
        action="append",
        default=[],
        help="a folder loaded before FOLDER whose sources FOLDER quotes (repeatable, in load order)",
    )
    parser.add_argument(
        "--with-seeds", action="store_true", help="FOLDER quotes sources of the bundled corpus too"
    )
    parser.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _run(args: argparse.Namespace) -> int:
    rewrite = fix_offsets(args.folder, *args.corpus, with_seeds=args.with_seeds)
    if not args.dry_run:
        write_fixtures(args.folder, rewrite)
    if args.json:
        print_json({"changes": unstructure(rewrite.changes), "files": sorted(rewrite.files)})
    else:
        print(rewrite)
    return EXIT_OK


COMMAND = Command(
    name="fix-offsets",
    help="fill in quote offsets of a folder's fixtures and place moved quotes again; all or nothing",
    example="centasia-claims fix-offsets my-corpus/ --with-seeds",
    configure=_configure,
    run=_run,
)
