"""A corpus as a SQLite or DuckDB database, or as Parquet files: the tables of `TABLES`, with their keys.

SQLite needs nothing beyond Python; DuckDB (``duckdb``) and Parquet (``pyarrow``) are the optional extra
``sql`` (``pip install 'centasia-claims[sql]'``), imported only when used. Every format holds the same tables
and columns, so one SQL query gives the same rows on each.

>>> import sqlite3, tempfile, pathlib
>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import write_sqlite
>>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
>>> write_sqlite(load_seed_corpus(), path)
>>> with sqlite3.connect(path) as db:
...     db.execute("select value_phrase from claims where id = 'claim:odr-interior-ministry-1141'").fetchone()
('1,141',)
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from centasia_claims.errors import InvalidValueError, MissingExtraError
from centasia_claims.exports._columns import SQL_TYPES
from centasia_claims.exports._datasette import claim_sheet_statement
from centasia_claims.exports._rows import table_rows
from centasia_claims.exports._tables import TABLES

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.exports._columns import Column, Table

__all__ = ["create_statement", "read_sqlite", "write_duckdb", "write_parquet", "write_sqlite"]

_DIALECTS: Final = tuple(SQL_TYPES)


def _quoted(name: str) -> str:
    return f'"{name}"'


def create_statement(table: Table, dialect: str = "sqlite", *, foreign_keys: bool = True) -> str:
    """The ``CREATE TABLE`` statement of a table in a dialect (``sqlite`` or ``duckdb``).

    Raises:
        InvalidValueError: the dialect is neither (a ``ValueError``).

    >>> from centasia_claims.exports import TABLES
    >>> print(create_statement(TABLES["claim_about"]))
    CREATE TABLE "claim_about" (
      "claim" TEXT NOT NULL,
      "position" INTEGER NOT NULL,
      "entity" TEXT NOT NULL,
      PRIMARY KEY ("claim", "position"),
      FOREIGN KEY ("claim") REFERENCES "claims" ("id"),
      FOREIGN KEY ("entity") REFERENCES "entities" ("id")
    )
    """
    if dialect not in SQL_TYPES:
        raise InvalidValueError(
            "dialect", f"unknown SQL dialect {dialect!r}: expected one of {', '.join(_DIALECTS)}"
        )
    types = SQL_TYPES[dialect]
    lines = [
        f"{_quoted(column.name)} {types[column.type]}{'' if column.nullable else ' NOT NULL'}"
        for column in table.columns
    ]
    lines.append(f"PRIMARY KEY ({', '.join(map(_quoted, table.primary_key))})")
    if foreign_keys:
        for column in table.foreign_keys:
            target, key = str(column.references).split(".")
            lines.append(
                f"FOREIGN KEY ({_quoted(column.name)}) REFERENCES {_quoted(target)} ({_quoted(key)})"
            )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quoted(table.name)} (\n  {body}\n)"


def _insert(table: Table, marker: str = "?") -> str:
    names = ", ".join(_quoted(column.name) for column in table.columns)
    markers = ", ".join([marker] * len(table.columns))
    return f"INSERT INTO {_quoted(table.name)} ({names}) VALUES ({markers})"  # noqa: S608  (our own names)


def _fresh(path: str | Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    return out


def write_sqlite(corpus: Corpus, path: str | Path) -> None:
    """Write the corpus to a SQLite database at ``path`` (replaced if it exists): the tables of `TABLES`.

    Every table has its primary key and foreign keys (``PRAGMA foreign_key_check`` finds nothing), and the
    view ``claim_sheet`` puts each claim on one row for reading (`CLAIM_SHEET`).

    >>> import sqlite3, tempfile, pathlib
    >>> from centasia_claims import load_seed_corpus
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
    >>> write_sqlite(load_seed_corpus(), path)
    >>> with closing(sqlite3.connect(path)) as db:
    ...     db.execute("PRAGMA foreign_key_check").fetchall()
    []
    """
    rows = corpus.cached(table_rows)
    with closing(sqlite3.connect(_fresh(path))) as db, db:
        for name, table in TABLES.items():
            db.execute(create_statement(table))
            db.executemany(_insert(table), rows[name])
        db.execute(claim_sheet_statement())


def read_sqlite(path: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table of a SQLite export, as `table_rows` gives them.

    Read them back into objects with `read_tables`, or into the corpus with `corpus_from_tables`.

    >>> import tempfile, pathlib
    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.exports import corpus_from_tables
    >>> corpus = load_seed_corpus()
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
    >>> write_sqlite(corpus, path)
    >>> corpus_from_tables(read_sqlite(path)) == corpus
    True
    """
    with closing(sqlite3.connect(Path(path))) as db:
        return {
            name: db.execute(f"SELECT * FROM {_quoted(name)} ORDER BY rowid").fetchall()  # noqa: S608  (our own table names)
            for name in TABLES
        }


def _arrow_tables(corpus: Corpus) -> dict[str, Any]:
    """Each table as a ``pyarrow.Table`` with descriptions, keys and references in its metadata."""
    try:
        import pyarrow as pa  # noqa: PLC0415  (optional dependency, imported only when used)
    except ImportError as error:
        raise MissingExtraError("sql", "pyarrow") from error
    kinds = {
        "text": pa.string(),
        "integer": pa.int64(),
        "real": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.string(),
        "json": pa.string(),
    }
    rows = corpus.cached(table_rows)
    tables = {}
    for name, table in TABLES.items():
        fields = [
            pa.field(
                column.name, kinds[column.type], nullable=column.nullable, metadata=_field_metadata(column)
            )
            for column in table.columns
        ]
        metadata = {
            "title": table.title,
            "description": table.description,
            "primary_key": json.dumps(list(table.primary_key)),
        }
        schema = pa.schema(fields, metadata=metadata)
        columns = list(zip(*rows[name], strict=True)) or [() for _ in table.columns]
        arrays = [
            pa.array(list(values), type=field.type) for values, field in zip(columns, fields, strict=True)
        ]
        tables[name] = pa.Table.from_arrays(arrays, schema=schema)
    return tables


def _field_metadata(column: Column) -> dict[str, str]:
    references = {"references": column.references} if column.references else {}
    return {"description": column.description, **references}


def write_duckdb(corpus: Corpus, path: str | Path) -> None:
    """Write the corpus to a DuckDB database at ``path`` (replaced if it exists), as `write_sqlite` does.

    Each table has its primary key, and each table's and column's description is its comment.

    DuckDB keeps no foreign keys here: it checks them on every insert and refuses a table that refers to
    itself (a source read through another source), so they are documented in `TABLES` and in the comments.

    Raises:
        MissingExtraError: duckdb or pyarrow is not installed (extra ``sql``).

    >>> import tempfile, pathlib, duckdb
    >>> from centasia_claims import load_seed_corpus
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.duckdb"
    >>> write_duckdb(load_seed_corpus(), path)
    >>> with duckdb.connect(str(path)) as db:
    ...     db.sql("select value_phrase from claims where id = 'claim:odr-interior-ministry-1141'").fetchall()
    [('1,141',)]
    """
    try:
        import duckdb  # noqa: PLC0415  (optional dependency, imported only when used)
    except ImportError as error:
        raise MissingExtraError("sql", "duckdb") from error
    arrow = _arrow_tables(corpus)
    with duckdb.connect(str(_fresh(path))) as db:
        db.execute("BEGIN TRANSACTION")  # one commit, not one a statement
        for name, table in TABLES.items():
            db.execute(create_statement(table, "duckdb", foreign_keys=False))
            db.execute(f"COMMENT ON TABLE {_quoted(name)} IS {_literal(table.description)}")
            for column in table.columns:
                refers = f" (references {column.references})" if column.references else ""
                comment = _literal(column.description + refers)
                db.execute(f"COMMENT ON COLUMN {_quoted(name)}.{_quoted(column.name)} IS {comment}")
            db.register("_rows", arrow[name])
            db.execute(f"INSERT INTO {_quoted(name)} SELECT * FROM _rows")  # noqa: S608  (our own table names)
            db.unregister("_rows")
        db.execute(claim_sheet_statement())
        db.execute("COMMIT")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_parquet(corpus: Corpus, folder: str | Path) -> None:
    """Write each table of the corpus to ``folder/TABLE.parquet``, with the descriptions and keys as metadata.

    Each column's description and foreign key are in its field's metadata; the table's title, description and
    primary key in the file's.

    Raises:
        MissingExtraError: pyarrow is not installed (extra ``sql``).

    >>> import tempfile, pathlib, pyarrow.parquet as pq
    >>> from centasia_claims import load_seed_corpus
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_parquet(load_seed_corpus(), folder)
    >>> schema = pq.read_schema(folder / "claims.parquet")
    >>> schema.field("source").metadata[b"references"], schema.metadata[b"primary_key"]
    (b'sources.id', b'["id"]')
    """
    tables = _arrow_tables(corpus)
    import pyarrow.parquet as pq  # noqa: PLC0415  (optional dependency, imported only when used)

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        pq.write_table(table, out / f"{name}.parquet")
