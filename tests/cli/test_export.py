from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.cli import main
from centasia_claims.exports import TABLES, corpus_from_tables, datasette_metadata, read_sqlite

if TYPE_CHECKING:
    from pathlib import Path


def test_sqlite_writes_the_database_and_datasettes_metadata_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "claims.db"
    assert 0 == main(["export", "sqlite", str(out)])
    metadata = tmp_path / "out" / "metadata.json"
    assert (
        f"wrote {len(TABLES)} tables to {out} and Datasette's metadata to {metadata} "
        f"(datasette {out} -m {metadata})\n"
    ) == capsys.readouterr().out
    assert datasette_metadata("claims") == json.loads(metadata.read_text(encoding="utf-8"))
    assert load_seed_corpus() == corpus_from_tables(read_sqlite(out))


@pytest.mark.parametrize(("kind", "name"), [("duckdb", "corpus.duckdb"), ("parquet", "tables")])
def test_duckdb_and_parquet_write_the_same_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, name: str
) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    assert 0 == main(["export", kind, str(tmp_path / name)])
    assert f"wrote {len(TABLES)} tables to {tmp_path / name}\n" == capsys.readouterr().out
    written = sorted(path.name for path in tmp_path.rglob("*") if path.is_file())
    expected = sorted(f"{table}.parquet" for table in TABLES) if kind == "parquet" else [name]
    assert expected == written


def test_an_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["export", "csv", "out"])
    assert "centasia-claims export: argument format: invalid choice: 'csv'" in capsys.readouterr().err
