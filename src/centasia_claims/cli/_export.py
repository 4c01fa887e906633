"""``centasia-claims export sqlite|duckdb|parquet OUT``: write the corpus as related tables.

``sqlite`` writes the database OUT and Datasette's ``metadata.json`` beside it; ``duckdb`` writes the database
OUT; ``parquet`` writes one file a table into the folder OUT. One line says what was written; exit 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Final

from centasia_claims.cli._command import EXIT_OK, Command, add_corpus_options, corpus_from
from centasia_claims.exports import TABLES, datasette_metadata, write_duckdb, write_parquet, write_sqlite

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus

__all__ = ["COMMAND"]

_WRITERS: Final[dict[str, Callable[[Corpus, Path], None]]] = {
    "sqlite": write_sqlite,
    "duckdb": write_duckdb,
    "parquet": write_parquet,
}


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=list(_WRITERS), help="sqlite (and metadata.json), duckdb, parquet")
    parser.add_argument("out", metavar="OUT", help="the database file to write, or for parquet the folder")
    add_corpus_options(parser)


def _run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _WRITERS[args.format](corpus_from(args), out)
    written = f"{len(TABLES)} tables to {out}"
    if args.format == "sqlite":
        metadata = out.parent / "metadata.json"
        text = json.dumps(datasette_metadata(out.stem), ensure_ascii=False, indent=2)
        metadata.write_text(text + "\n", encoding="utf-8")
        written += f" and Datasette's metadata to {metadata} (datasette {out} -m {metadata})"
    print(f"wrote {written}")
    return EXIT_OK


COMMAND = Command(
    name="export",
    help="write the corpus as related tables: a SQLite database with Datasette metadata, DuckDB, or Parquet",
    example="centasia-claims export sqlite corpus.db",
    configure=_configure,
    run=_run,
)
