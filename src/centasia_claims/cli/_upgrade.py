"""``centasia-claims upgrade FOLDER``: rewrite the fixtures of older format versions in the current one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, print_json
from centasia_claims.corpus import FORMAT_VERSION, upgrade_folder, write_fixtures

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="FOLDER", help="the corpus folder whose fixtures are upgraded")
    parser.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _run(args: argparse.Namespace) -> int:
    rewrite = upgrade_folder(args.folder)
    if not args.dry_run:
        write_fixtures(args.folder, rewrite)
    if args.json:
        print_json(
            {"format": FORMAT_VERSION, "changes": list(rewrite.changes), "files": sorted(rewrite.files)}
        )
    else:
        print(rewrite if rewrite.files else f"every fixture is already in format {FORMAT_VERSION}")
    return EXIT_OK


COMMAND = Command(
    name="upgrade",
    help=f"rewrite a folder's fixtures in the current format (version {FORMAT_VERSION}); all or nothing",
    example="centasia-claims upgrade my-corpus/",
    configure=_configure,
    run=_run,
)
