"""docs/estimates.md shows what `reconcile` prints for the seed measures; reconciliation.md's examples run."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from centasia_claims import load_seed_corpus, reconcile
from centasia_claims.reconciliation import FigureVerdict, fact_summary, judge_facts
from tests.builders import COMMANDER, disputed_death_corpus
from tests.reconciliation.test_facts import CASES as FACT_CASES

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


def _table_rows(heading: str) -> list[list[str]]:
    """The rows of the first table under a heading of docs/estimates.md, as cells."""
    section = DOC.read_text(encoding="utf-8").split(heading, 1)[1]
    rows = []
    for line in section.splitlines()[2:]:
        if line.startswith("| `"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
        elif rows:
            break
    return rows


def test_every_verdict_has_its_rule_on_the_page() -> None:
    pairs = {row[0].strip("`") for row in _table_rows("### Verdicts on pairs")}
    facts = {row[0].strip("`") for row in _table_rows("### Facts that are words")}
    assert {verdict.value for verdict in FigureVerdict} - {"stale_relay"} <= pairs | facts


def test_the_different_definitions_example_is_what_reconcile_says() -> None:
    (row,) = [row for row in _table_rows("### Verdicts on pairs") if row[0] == "`different_definitions`"]
    result = reconcile(CORPUS, "measure:tajiks-joined-is-syria-iraq")
    pair = result.verdict("claim:odr-interior-ministry-1141", "claim:crossroads-tajikistan-about-300")
    assert row[2] == f'"{pair.reason}"'


def test_the_examples_of_facts_are_what_judge_facts_says() -> None:
    summary = fact_summary(disputed_death_corpus(), COMMANDER, "measure:commander-status")
    said = {pair.reason for pair in summary.verdicts}
    said |= {judge_facts(one, other, kind).reason for _, one, other, kind, _, _ in FACT_CASES}
    shown = {row[2].strip("`") for row in _table_rows("### Facts that are words")}
    assert set() == shown - said


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
