"""docs/estimates.md shows what `reconcile` prints for the seed measures; reconciliation.md's examples run."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from centasia_claims import load_seed_corpus, reconcile
from centasia_claims.reconciliation import FigureVerdict

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


RECONCILIATION = DOC.with_name("reconciliation.md")


def _verdict_sections() -> dict[str, str]:
    """The examples of docs/reconciliation.md by the verdict their heading names."""
    text = RECONCILIATION.read_text(encoding="utf-8").split("## Every verdict", 1)[1]
    sections = re.split(r"^### `(\w+)`$", text, flags=re.MULTILINE)[1:]
    return dict(zip(sections[::2], sections[1::2], strict=True))


def test_the_reconciliation_page_has_an_example_of_every_verdict() -> None:
    assert [verdict.value for verdict in FigureVerdict] == list(_verdict_sections())


def test_every_example_on_the_reconciliation_page_prints_the_verdict_its_heading_names() -> None:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    names: dict[str, object] = {}
    for verdict, section in _verdict_sections().items():
        blocks = re.findall(r"```pycon\n(.*?)```", section, flags=re.DOTALL)
        assert len(blocks) == 1, verdict
        test = parser.get_doctest(blocks[0], names, verdict, str(RECONCILIATION), 0)
        assert 0 == runner.run(test, clear_globs=False).failed, verdict
        names = test.globs
        label = verdict.replace("_", " ") + ": "
        assert any(example.want.startswith(label) for example in test.examples), verdict
