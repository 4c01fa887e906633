from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import InvalidValueError, MissingExtraError, load_seed_corpus
from centasia_claims.exports import (
    TABLES,
    corpus_from_tables,
    create_statement,
    datasette_metadata,
    read_sqlite,
    table_rows,
    write_duckdb,
    write_parquet,
    write_sqlite,
)

if TYPE_CHECKING:
    from pathlib import Path

CORPUS = load_seed_corpus()
duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    write_sqlite(CORPUS, folder / "corpus.db")
    write_duckdb(CORPUS, folder / "corpus.duckdb")
    write_parquet(CORPUS, folder / "parquet")
    return folder


def test_sqlite_reads_back_into_the_same_corpus_and_its_foreign_keys_hold(exported: Path) -> None:
    assert CORPUS == corpus_from_tables(read_sqlite(exported / "corpus.db"))
    with closing(sqlite3.connect(exported / "corpus.db")) as db:
        assert [] == db.execute("PRAGMA foreign_key_check").fetchall()
        keys = db.execute(
            "SELECT name FROM pragma_table_info('verdicts') WHERE pk > 0 ORDER BY pk"
        ).fetchall()
    assert [("first",), ("second",)] == keys


def test_sqlite_refuses_a_row_that_breaks_a_foreign_key(exported: Path) -> None:
    with closing(sqlite3.connect(exported / "corpus.db")) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
            db.execute(
                "INSERT INTO claim_about VALUES ('claim:odr-interior-ministry-1141', 99, 'person:nobody')"
            )


def test_duckdb_holds_the_same_rows(exported: Path) -> None:
    with duckdb.connect(str(exported / "corpus.duckdb"), read_only=True) as db:
        rows = {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in TABLES}  # noqa: S608
        comment = db.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'claims' AND column_name = 'source'"
        ).fetchone()
    assert CORPUS.cached(table_rows) == rows
    assert ("The id of the source it is read in. (references sources.id)",) == comment


def test_parquet_holds_the_same_rows_with_descriptions_and_keys(exported: Path) -> None:
    tables = {name: pq.read_table(exported / "parquet" / f"{name}.parquet") for name in TABLES}
    rows = {name: [tuple(row.values()) for row in table.to_pylist()] for name, table in tables.items()}
    assert CORPUS == corpus_from_tables(rows)
    field = tables["claims"].schema.field("measure")
    assert (b"measures.id", False) == (
        field.metadata[b"references"],
        tables["claims"].schema.field("id").nullable,
    )


QUERIES = [
    "SELECT measure, verdict, count(*) FROM verdicts GROUP BY measure, verdict ORDER BY measure, verdict",
    "SELECT c.id, c.value_low, c.value_high, s.title FROM claims AS c JOIN sources AS s ON s.id = c.source "
    "WHERE c.value_low IS NOT NULL ORDER BY c.id",
    "SELECT claim, origin, outlet, quote_in_context FROM claim_sheet ORDER BY claim",
    "SELECT n.entity, n.text, e.type FROM names AS n JOIN entities AS e ON e.id = n.entity ORDER BY 1, 2",
    *(query["sql"] for query in datasette_metadata()["databases"]["corpus"]["queries"].values()),
]


@pytest.mark.parametrize("query", QUERIES)
def test_one_query_gives_the_same_rows_on_sqlite_and_duckdb(exported: Path, query: str) -> None:
    parameters: dict[str, Any] = {"origin": "org:tajik-government"} if ":origin" in query else {}
    with closing(sqlite3.connect(exported / "corpus.db")) as lite:
        expected = lite.execute(query, parameters).fetchall()
    with duckdb.connect(str(exported / "corpus.duckdb"), read_only=True) as db:
        actual = db.execute(query.replace(":origin", "$origin"), parameters).fetchall()
    assert expected, query
    assert expected == actual


def test_an_unknown_dialect_is_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        create_statement(TABLES["claims"], "postgres")
    assert "dialect: unknown SQL dialect 'postgres': expected one of sqlite, duckdb" == str(caught.value)


@pytest.mark.parametrize(
    ("module", "write", "package"),
    [
        ("duckdb", write_duckdb, "duckdb"),
        ("pyarrow", write_parquet, "pyarrow"),
        ("pyarrow", write_duckdb, "pyarrow"),
    ],
)
def test_without_the_extra_the_message_names_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, module: str, write: Any, package: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError) as caught:
        write(CORPUS, tmp_path / "out")
    assert f"this needs {package}, which is not installed: pip install 'centasia-claims[sql]'" == str(
        caught.value
    )
