from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from centasia_claims import Measure, reconcile
from tests import reconcile_cases as cases

DOC = Path(__file__).parent.parent / "docs" / "estimates.md"
CORPUS = cases.corpus()


@pytest.mark.parametrize(
    ("measure", "literal"),
    [(cases.TAJIKS, False), (cases.GAZIANTEP, False), (cases.TOLL, False), (cases.TOLL, True)],
    ids=["tajiks", "gaziantep", "civil-war-toll", "civil-war-toll-literal"],
)
def test_the_page_shows_what_reconcile_prints(measure: Measure, literal: bool) -> None:
    shown = reconcile(CORPUS.claims_for(measure.id), corpus=CORPUS, literal=literal).render(max_pairs=30)
    assert f"```text\n{shown}\n```" in DOC.read_text(encoding="utf-8")


def test_the_page_examples_run() -> None:
    failed, attempted = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    expected = (0, True)
    assert expected == (failed, attempted > 0)
