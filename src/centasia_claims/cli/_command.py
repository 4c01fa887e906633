"""What every command shares: its description, the ``--corpus`` and ``--json`` options, and output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

import attrs

from centasia_claims.corpus import Corpus, load_corpus, load_seed_corpus

__all__ = [
    "EXIT_DATA_ERROR",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_USAGE",
    "Command",
    "add_common_options",
    "corpus_from",
    "print_json",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_DATA_ERROR = 3


@attrs.frozen
class Command:
    """One sub-command: its name, a one-line help, an example, and how to configure and run it."""

    name: str
    help: str
    example: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--corpus PATH`` and ``--json`` to a command."""
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        help="a corpus folder with documents/ and fixtures/ (default: the bundled seed corpus)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def corpus_from(args: argparse.Namespace) -> Corpus:
    """The corpus named by ``--corpus``, or the bundled one."""
    path: str | None = args.corpus
    return load_seed_corpus() if path is None else load_corpus(path)


def print_json(data: Any) -> None:
    """Print JSON data, indented, UTF-8 kept readable."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
