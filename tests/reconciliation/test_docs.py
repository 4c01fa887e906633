"""docs/estimates.md shows what `reconcile` prints for the seed measures of the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from centasia_claims import load_seed_corpus, reconcile

DOC = Path(__file__).resolve().parents[2] / "docs" / "estimates.md"
CORPUS = load_seed_corpus()


@pytest.mark.parametrize(
    ("measure", "literal", "pairs"),
    [
        ("measure:tajiks-joined-is-syria-iraq", False, 0),
        ("measure:gaziantep-arrested-tajiks", False, 10),
        ("measure:tajik-civil-war-deaths", False, 10),
        ("measure:tajik-civil-war-deaths", True, 10),
    ],
    ids=["tajiks", "gaziantep", "civil-war-toll", "civil-war-toll-literal"],
)
def test_the_page_shows_what_reconcile_prints(measure: str, literal: bool, pairs: int) -> None:
    shown = reconcile(CORPUS, CORPUS.claims_for(measure), literal=literal).render(max_pairs=pairs)
    assert f"```text\n{shown}\n```" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("measure", "trend", "contradicted"),
    [
        ("measure:tajiks-joined-is-syria-iraq", "rising", {"claim:tariq-over-2000-2014-2016"}),
        ("measure:gaziantep-arrested-tajiks", "none", {"claim:crossroads-embassy-only-one-tajik"}),
        ("measure:tajik-civil-war-deaths", "none", {"claim:aj-civil-war-100000-lives"}),
    ],
)
def test_the_seed_measures_read_as_an_analyst_reads_them(
    measure: str, trend: str, contradicted: set[str]
) -> None:
    result = reconcile(CORPUS, CORPUS.claims_for(measure))
    involved = {claim for pair in result.contradictions for claim in (pair.first, pair.second)}
    assert trend == result.trend.value
    assert contradicted <= involved
