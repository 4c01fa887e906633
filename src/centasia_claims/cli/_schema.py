"""``centasia-claims schema``: print the JSON Schema of a fixture file, for an editor to validate against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, print_json
from centasia_claims.corpus import fixture_schema

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    del parser  # no options: the schema is the same for every corpus


def _run(args: argparse.Namespace) -> int:
    del args
    print_json(fixture_schema())
    return EXIT_OK


COMMAND = Command(
    name="schema",
    help="print the JSON Schema of a fixture file (format version included), generated from the model",
    example="centasia-claims schema > fixture.schema.json",
    configure=_configure,
    run=_run,
)
