"""What every command shares: a description, the corpus options, ``--json``, and output.

The corpus options are ``--corpus PATH`` (repeatable: folders load in order into one corpus),
``--with-seeds`` (the bundled corpus first) and ``--allow-empty``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from centasia_claims._render import escape_controls
from centasia_claims.corpus import Corpus, load_corpus, load_seed_corpus, seed_path
from centasia_claims.errors import closest_ids
from centasia_claims.serialization import unstructure

__all__ = [
    "EXIT_DATA_ERROR",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_OUTPUT_ERROR",
    "EXIT_USAGE",
    "Command",
    "Escaped",
    "add_common_options",
    "add_corpus_options",
    "corpus_from",
    "no_such",
    "print_json",
    "result_command",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_DATA_ERROR = 3
EXIT_OUTPUT_ERROR = 4
EXIT_INTERNAL = 5


class Escaped:
    r"""A text stream that writes control characters as escapes, so corpus text cannot drive a terminal.

    >>> import io
    >>> out = io.StringIO()
    >>> _ = Escaped(out).write("title \x1b]0;owned\x07 kept\n")
    >>> out.getvalue()
    'title \\u001b]0;owned\\u0007 kept\n'
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters escaped (line feeds and tabs kept)."""
        return int(self._stream.write(escape_controls(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@attrs.frozen
class Command:
    """One sub-command: its name, a one-line help, an example, and how to configure and run it."""

    name: str
    help: str
    example: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def add_corpus_options(parser: argparse.ArgumentParser, *, what: str = "the corpus") -> None:
    """Add ``--corpus PATH`` (repeatable), ``--with-seeds`` and ``--allow-empty`` to a command."""
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        action="append",
        default=[],
        help=f"a corpus folder with documents/ and fixtures/; repeat it to load several folders as one, in "
        f"order (default for {what}: the bundled seed corpus)",
    )
    parser.add_argument(
        "--with-seeds",
        action="store_true",
        help="load the bundled seed corpus first, then each --corpus folder: the bundled corpus plus yours",
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="load a folder with no fixture files as an empty corpus instead of refusing it",
    )


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Add the corpus options and ``--json`` to a command."""
    add_corpus_options(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def corpus_from(args: argparse.Namespace) -> Corpus:
    """The corpus of ``--with-seeds`` and the ``--corpus`` folders, in order, or the bundled one alone."""
    paths: list[str] = args.corpus
    if not paths:
        return load_seed_corpus()
    folders = [seed_path(), *paths] if args.with_seeds else paths
    return load_corpus(*folders, allow_empty=args.allow_empty)


def no_such(command: str, kind: str, wanted: str, known: Sequence[str]) -> int:
    """Say in one line that an id is unknown, with the closest known ids; return the usage exit code.

    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     no_such("plot", "measure", "measure:tajiks", ["measure:tajiks-joined", "measure:toll"])
    2
    >>> print(err.getvalue().strip())
    centasia-claims plot: no measure 'measure:tajiks' in this corpus; did you mean 'measure:tajiks-joined'? (centasia-claims report lists them all)
    """  # noqa: E501
    close = closest_ids(wanted, known)
    hint = f"; did you mean {' or '.join(repr(item) for item in close)}?" if close else ""
    print(
        f"centasia-claims {command}: no {kind} {wanted!r} in this corpus{hint} "
        "(centasia-claims report lists them all)",
        file=sys.stderr,
    )
    return EXIT_USAGE


def print_json(data: Any) -> None:
    """Print JSON data, indented, UTF-8 kept readable."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def result_command(
    *,
    name: str,
    help: str,  # noqa: A002  (the field of `Command` it fills)
    example: str,
    arguments: Sequence[tuple[str, str]],
    compute: Callable[..., object],
) -> Command:
    """A command that prints one result of the corpus and its arguments, as text or, with ``--json``, JSON.

    Args:
        name: The command's name.
        help: Its one-line help.
        example: A command line that runs it.
        arguments: Each positional argument as (metavar, help), passed to ``compute`` in order after the
            corpus.
        compute: The function of the library that gives the result.

    >>> command = result_command(
    ...     name="claim", help="print a claim", example="centasia-claims claim claim:x",
    ...     arguments=[("CLAIM_ID", "the claim's id")], compute=lambda corpus, id_: corpus.claim(id_),
    ... )
    >>> parser = argparse.ArgumentParser()
    >>> command.configure(parser)
    >>> args = parser.parse_args(["claim:rferl-rahimzoda-61-returned"])
    >>> command.run(args)  # doctest: +ELLIPSIS
    claim:rferl-rahimzoda-61-returned: "61" exact = 61 people: ...
    0
    """

    def configure(parser: argparse.ArgumentParser) -> None:
        for index, (metavar, text) in enumerate(arguments):
            parser.add_argument(f"argument_{index}", metavar=metavar, help=text)
        add_common_options(parser)

    def run(args: argparse.Namespace) -> int:
        values = [getattr(args, f"argument_{index}") for index in range(len(arguments))]
        result = compute(corpus_from(args), *values)
        if args.json:
            print_json(unstructure(result))
        else:
            print(result)
        return EXIT_OK

    return Command(name=name, help=help, example=example, configure=configure, run=run)
