from __future__ import annotations

import json

import pytest

from centasia_claims import load_seed_corpus, reconcile
from centasia_claims.exports import RECORD_KINDS, records

CORPUS = load_seed_corpus()
_compared = [
    sum(figure.set_aside is None for figure in reconcile(CORPUS, measure.id).figures)
    for measure in CORPUS.measures
]  # every pair of figures compared (a figure set aside has no verdict)
COUNTS = {
    "claims": len(CORPUS.claims),
    "estimates": sum(claim.value is not None for claim in CORPUS.claims),
    "entities": len(CORPUS.entities),
    "aliases": sum(len(entity.names) for entity in CORPUS.entities),
    "sources": len(CORPUS.sources),
    "measures": len(CORPUS.measures),
    "verdicts": sum(n * (n - 1) // 2 for n in _compared),
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


def test_claim_rows_give_the_word_and_the_scope_a_claim_states() -> None:
    rows = {row["id"]: row for row in records(CORPUS, "claims")}
    killed = rows["claim:md-times-halimov-killed-mosul"]
    syria = rows["claim:crossroads-tajikistan-about-300"]
    assert ("killed", None, None) == (killed["term"], killed["scope"], killed["phrase"])
    assert (None, "place: place:syria", "about 300") == (syria["term"], syria["scope"], syria["phrase"])


def test_a_measure_row_counts_its_disputes() -> None:
    rows = {row["id"]: row for row in records(CORPUS, "measures")}
    row = rows["measure:tajik-civil-war-deaths"]
    assert (2, 1, 0, 100_000.0, 157_000.0) == (
        row["figures"],
        row["contradictions"],
        row["reporting_conflicts"],
        row["low"],
        row["high"],
    )


def test_every_pair_of_figures_has_a_verdict_row() -> None:
    rows = [row for row in records(CORPUS, "verdicts") if row["measure"] == "measure:tajik-civil-war-deaths"]
    assert [("contradiction", True)] == [
        (row["verdict"], row["reason"].startswith("as many as")) for row in rows
    ]
