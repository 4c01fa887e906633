from __future__ import annotations

import csv
import io
import re
from typing import TYPE_CHECKING

import attrs
import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.exports import FORMULA_STARTS, RECORD_KINDS, records, safe_cell, write_csv

if TYPE_CHECKING:
    from pathlib import Path

    from centasia_claims.corpus import Corpus

CORPUS = load_seed_corpus()


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_csv_round_trip(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.csv"
    write_csv(CORPUS, kind, path)  # type: ignore[arg-type]
    with path.open(encoding="utf-8", newline="") as handle:
        read = list(csv.DictReader(handle))
    expected = [
        {key: "" if value is None else str(value) for key, value in row.items()}
        for row in records(CORPUS, kind)  # type: ignore[arg-type]
    ]
    assert expected == read


def test_csv_to_an_open_file() -> None:
    out = io.StringIO()
    write_csv(CORPUS, "sources", out)
    assert out.getvalue().startswith("id,title,kind,outlet,authors,published,language,url,document,")


def _hostile() -> Corpus:
    """The seed corpus with text that a spreadsheet would run in every kind of record."""
    sources = tuple(attrs.evolve(source, title='=HYPERLINK("http://x")') for source in CORPUS.sources)
    persons = tuple(
        attrs.evolve(person, names=(attrs.evolve(person.names[0], text="@SUM(A1)"), *person.names[1:]))
        for person in CORPUS.persons
    )
    measures = tuple(attrs.evolve(measure, label="-2+3") for measure in CORPUS.measures)
    claims = tuple(
        attrs.evolve(
            claim,
            statement="+cmd|' /C calc'!A0\x1b[2J",
            value=None if claim.value is None else attrs.evolve(claim.value, phrase="=" + claim.value.phrase),
        )
        for claim in CORPUS.claims
    )
    return attrs.evolve(CORPUS, sources=sources, persons=persons, measures=measures, claims=claims)


def _runnable(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS) and not re.fullmatch(r"[+-]?[\d.,]+(?:[eE][+-]?\d+)?%?", cell)


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_no_cell_of_any_kind_is_a_formula_by_default(kind: str) -> None:
    hostile = _hostile()
    out = io.StringIO()
    write_csv(hostile, kind, out)  # type: ignore[arg-type]
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert [] == [cell for cell in cells if _runnable(cell) or "\x1b" in cell]
    raw = io.StringIO()
    write_csv(hostile, kind, raw, raw=True)  # type: ignore[arg-type]
    assert any(_runnable(cell) for row in csv.reader(io.StringIO(raw.getvalue())) for cell in row)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-5", "-5"),
        ("+3.2", "+3.2"),
        ("-1,141", "-1,141"),
        ("1e5", "1e5"),
        (-5, -5),
        (2.5, 2.5),
        (None, None),
        ("plain", "plain"),
        ("bell\x07", "bell\\u0007"),
    ],
)
def test_safe_cell(value: object, expected: object) -> None:
    assert expected == safe_cell(value)
