"""The labelled pairs in tests/data/name_pairs.csv: same-entity and different-entity names from the seeds."""

import csv
from pathlib import Path

import pytest

from centasia_claims import compare_names
from centasia_claims.names import NameVerdict

PAIRS_FILE = Path(__file__).resolve().parents[1] / "data" / "name_pairs.csv"


def load_pairs() -> list[dict[str, str]]:
    with PAIRS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


PAIRS = load_pairs()
HARD_NEGATIVES = [pair for pair in PAIRS if pair["group"] == "hard negative"]


def test_the_set_is_large_and_labelled() -> None:
    assert len(PAIRS) >= 200
    assert {"same", "different"} == {pair["label"] for pair in PAIRS}
    assert len(HARD_NEGATIVES) >= 13


@pytest.mark.parametrize("pair", [pytest.param(p, id=f"{p['a']} | {p['b']}") for p in HARD_NEGATIVES])
def test_no_false_merge_on_hard_negatives(pair: dict[str, str]) -> None:
    assert compare_names(pair["a"], pair["b"]).verdict == NameVerdict.DIFFERENT


def test_recall_and_precision() -> None:
    matched = {
        (p["a"], p["b"]): compare_names(p["a"], p["b"]).verdict is not NameVerdict.DIFFERENT for p in PAIRS
    }
    same = [p for p in PAIRS if p["label"] == "same"]
    true_positives = sum(matched[p["a"], p["b"]] for p in same)
    predicted = sum(matched.values())
    recall = true_positives / len(same)
    precision = true_positives / predicted
    assert recall >= 0.95
    assert precision >= 0.95
