"""The ``centasia-claims`` command line.

Each command lives in its own module and is one `Command` in `COMMANDS`, so adding a command is a new module
and one line here.

Exit codes: 0 success; 1 the command ran and found errors (``check``) or nothing (``names``); 2 the command
line is wrong; 3 the corpus or another input could not be read, or an optional extra is not installed; 4 an
output could not be written (a missing folder, no permission, a full disk); 5 an internal error, to report.
Every failure is one line on standard error, and control characters in what is printed (from corpus text)
are written as escapes.

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
from typing import TYPE_CHECKING, NoReturn

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
from centasia_claims.cli._command import (
    EXIT_DATA_ERROR,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT_ERROR,
    EXIT_USAGE,
    Command,
    Escaped,
)
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


class _Parser(argparse.ArgumentParser):
    """A parser whose errors are one line, naming the command and where to read its usage."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("centasia-claims").strip()
        usage = f"centasia-claims {command} --help" if command else "centasia-claims --help"
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({usage} shows how to use it)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Escaped(stdout), Escaped(stderr)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:  # --help, or a command line that is wrong (already said in one line)
        return done.code if isinstance(done.code, int) else EXIT_USAGE
    name = f"centasia-claims {args.command}"
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except CentasiaClaimsError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except BrokenPipeError:
        # The reader went away (``centasia-claims report | head``): stop quietly, as Unix tools do.
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:
        where = f" {error.filename}" if error.filename else " standard output"
        reason = error.strerror or type(error).__name__
        print(
            f"{name}: cannot write{where}: {reason}: check the folder exists, is writable and has space",
            file=sys.stderr,
        )
        return EXIT_OUTPUT_ERROR
    except Exception as error:  # noqa: BLE001  (a bug: one line to report, not a traceback; see security.md)
        print(
            f"{name}: internal error ({type(error).__name__}: {error}): please report it with the command "
            "line (docs/security.md says how)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return code
