"""Datasette's metadata, checked against the tables, and a real Datasette serving an export over HTTP."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import closing
from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.exports import (
    CLAIM_SHEET,
    DISAGREEING_VERDICTS,
    TABLES,
    datasette_metadata,
    write_sqlite,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

CORPUS = load_seed_corpus()
METADATA = datasette_metadata("corpus")
DATABASE = METADATA["databases"]["corpus"]
CLAIM = "claim:odr-interior-ministry-1141"
MEASURE = "measure:tajiks-joined-is-syria-iraq"


def test_every_table_and_column_has_a_title_or_description() -> None:
    tables = DATABASE["tables"]
    assert [*TABLES, "claim_sheet"] == list(tables)
    assert {name: [column.name for column in table.columns] for name, table in TABLES.items()} == {
        name: list(tables[name]["columns"]) for name in TABLES
    }
    assert [name for name, _, _ in CLAIM_SHEET] == list(tables["claim_sheet"]["columns"])
    assert [] == [name for name, table in tables.items() if not (table["title"] and table["description"])]


def test_facets_name_columns_of_their_table(tmp_path: Path) -> None:
    write_sqlite(CORPUS, tmp_path / "corpus.db")
    with closing(sqlite3.connect(tmp_path / "corpus.db")) as db:
        columns = {
            name: {row[1] for row in db.execute(f"PRAGMA table_info('{name}')")}
            for name in DATABASE["tables"]
        }
        disagree = db.execute(DATABASE["queries"]["figures_disagree"]["sql"]).fetchall()
        expected = db.execute(
            f"SELECT count(*) FROM verdicts WHERE verdict IN {DISAGREEING_VERDICTS!r}"  # noqa: S608
        ).fetchone()
    assert {} == {
        name: sorted(set(table["facets"]) - columns[name])
        for name, table in DATABASE["tables"].items()
        if set(table.get("facets", ())) - columns[name]
    }
    assert ["measure", "claimant", "outlet", "status"] == DATABASE["tables"]["claim_sheet"]["facets"]
    assert (len(disagree),) == expected
    assert {row[2] for row in disagree} <= set(DISAGREEING_VERDICTS)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310  (a local http URL we build)
        text: str = response.read().decode("utf-8")
        return text


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("datasette")
    folder = tmp_path_factory.mktemp("datasette")
    write_sqlite(CORPUS, folder / "corpus.db")
    (folder / "metadata.json").write_text(json.dumps(METADATA), encoding="utf-8")
    port = _free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(folder / "corpus.db"), "-m",
               str(folder / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                output = server.stdout.read().decode() if server.stdout else ""
                pytest.fail(f"datasette stopped with {server.returncode}: {output}")
            try:
                _get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail("datasette did not answer within 30 s")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        if server.stdout:
            server.stdout.close()


def _row_url(base: str, table: str, key: str) -> str:
    from datasette.utils import tilde_encode  # noqa: PLC0415  (optional, only for these tests)

    return f"{base}/corpus/{table}/{tilde_encode(key)}"


def test_the_claim_page_shows_the_claim_its_quote_and_its_figure(served: str) -> None:
    page = _get(_row_url(served, "claims", CLAIM))
    claim = CORPUS.claim(CLAIM)
    assert claim.quote is not None
    for text in (
        claim.statement,
        "1,141",
        "told RFE/RL that 1,141 Tajik nationals",
        "The id of the source it is read in.",
    ):
        assert text in page, text


def test_the_claim_sheet_shows_the_quote_in_context_and_links_the_source(served: str) -> None:
    data = json.loads(_get(f"{served}/corpus/claim_sheet.json?claim={CLAIM}&_shape=array"))
    table = _get(f"{served}/corpus/claims?id={CLAIM}")
    assert [CLAIM] == [row["claim"] for row in data]
    assert data[0]["quote_in_context"].startswith(
        "… in IS ranks are scarce, though «the country\u2019s Interior"
    )
    assert '<a href="/corpus/sources/source~3Aodr-embattled-islamists">' in table


def test_the_measure_page_shows_the_measure(served: str) -> None:
    page = _get(_row_url(served, "measures", MEASURE))
    assert CORPUS.measure(MEASURE).label in page
    assert "cumulative" in page


def test_facets_by_measure_claimant_outlet_and_status(served: str) -> None:
    data: dict[str, Any] = json.loads(_get(f"{served}/corpus/claim_sheet.json"))
    facets = data["facet_results"]
    assert ["measure", "claimant", "outlet", "status"] == list(facets)
    by_measure = {item["value"]: item["count"] for item in facets["measure"]["results"]}
    assert len(CORPUS.claims_for(MEASURE)) == by_measure[MEASURE]
    verdicts = json.loads(_get(f"{served}/corpus/verdicts.json?_facet=verdict"))["facet_results"]["verdict"]
    assert {"contradiction", "agree"} <= {item["value"] for item in verdicts["results"]}
    page = _get(f"{served}/corpus/claim_sheet?_facet=measure&_facet=claimant")
    assert 'data-column="claimant"' in page
