from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

import pytest

from centasia_claims import MissingExtraError, load_seed_corpus
from centasia_claims.exports import records, to_frame, write_csv
from centasia_claims.exports._records import RECORD_KINDS

if TYPE_CHECKING:
    from pathlib import Path

CORPUS = load_seed_corpus()
COUNTS = {
    "claims": len(CORPUS.claims),
    "estimates": sum(claim.value is not None for claim in CORPUS.claims),
    "entities": len(CORPUS.entities),
    "aliases": sum(len(entity.names) for entity in CORPUS.entities),
    "sources": len(CORPUS.sources),
}


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_one_flat_row_per_object(kind: str) -> None:
    rows = records(CORPUS, kind)  # type: ignore[arg-type]
    assert COUNTS[kind] == len(rows)
    for row in rows:
        assert all(isinstance(value, str | int | float | bool | None) for value in row.values()), row
    json.dumps(rows)  # plain values only


def test_claim_row_resolves_ids_to_names() -> None:
    (row,) = [r for r in records(CORPUS, "claims") if r["id"] == "claim:rferl-rahimzoda-61-returned"]
    assert {
        "claimant": "Interior Minister Ramazon Rahimzoda",
        "claimant_id": "person:ramazon-rahimzoda",
        "outlet": "RFE/RL",
        "about": "Tajikistan",
        "low": 61.0,
        "chain": "Interior Minister Ramazon Rahimzoda (told) -> reporters (reported) -> RFE/RL (published)",
    } == {key: row[key] for key in ("claimant", "claimant_id", "outlet", "about", "low", "chain")}


def test_unknown_kind() -> None:
    with pytest.raises(
        ValueError, match=r"^kind: unknown kind 'people': expected one of claims, estimates, entities"
    ):
        records(CORPUS, "people")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_frames_have_the_records_columns(kind: str) -> None:
    pytest.importorskip("pandas")
    frame = to_frame(CORPUS, kind)  # type: ignore[arg-type]
    rows = records(CORPUS, kind)  # type: ignore[arg-type]
    assert (list(rows[0]), len(rows)) == (list(frame.columns), len(frame))


def test_frames_without_pandas_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as caught:
        to_frame(CORPUS, "claims")
    assert "this needs pandas, which is not installed: pip install 'centasia-claims[frames]'" == str(
        caught.value
    )


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
