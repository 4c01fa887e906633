"""The ``centasia-claims`` command line.

Each command lives in its own module and is one `Command` in `COMMANDS`, so adding a command is a new module
and one line here.

Exit codes: 0 success; 1 the command ran and found errors (``check``) or nothing (``names``); 2 the command
line is wrong; 3 the corpus or another input could not be read, or an optional extra is not installed.

>>> main(["report", "--json"]) == 0  # doctest: +ELLIPSIS
{...}
True
>>> [command.name for command in COMMANDS]
['report', 'estimates', 'family', 'facts', 'names', 'check', 'trace', 'plot', 'import', 'extract',
 'fix-offsets', 'upgrade', 'schema', 'export']
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from typing import TYPE_CHECKING

from centasia_claims.cli import (
    _check,
    _estimates,
    _export,
    _extract,
    _facts,
    _family,
    _fix_offsets,
    _import,
    _names,
    _plot,
    _report,
    _schema,
    _trace,
    _upgrade,
)
from centasia_claims.cli._command import EXIT_DATA_ERROR, EXIT_OK, Command
from centasia_claims.errors import CentasiaClaimsError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["COMMANDS", "main"]

COMMANDS: tuple[Command, ...] = (
    _report.COMMAND,
    _estimates.COMMAND,
    _family.COMMAND,
    _facts.COMMAND,
    _names.COMMAND,
    _check.COMMAND,
    _trace.COMMAND,
    _plot.COMMAND,
    _import.COMMAND,
    _extract.COMMAND,
    _fix_offsets.COMMAND,
    _upgrade.COMMAND,
    _schema.COMMAND,
    _export.COMMAND,
)


def _version() -> str:
    try:
        return metadata.version("centasia-claims")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(version unknown: not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="centasia-claims",
        description="Explore and check claims about Central Asian recruitment into ISIS.",
        epilog="Example: centasia-claims report",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            help=command.help,
            description=command.help,
            epilog=f"Example: {command.example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.configure(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    >>> main(["trace", "claim:rferl-rahimzoda-61-returned"])  # doctest: +ELLIPSIS
    claim:rferl-rahimzoda-61-returned
      61 Tajik nationals had returned from Syria and Iraq.
    ...
    0
    """
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except CentasiaClaimsError as error:
        print(f"centasia-claims {args.command}: {error}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except BrokenPipeError:
        # The reader went away (``centasia-claims report | head``): stop quietly, as Unix tools do.
        sys.stderr.close()
        return EXIT_OK
    return code
