from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.exports import RECORD_KINDS, records, write_csv

if TYPE_CHECKING:
    from pathlib import Path

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
