from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main
from tests.builders import flow_corpus, write

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_family_prints_every_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write(flow_corpus(), tmp_path / "corpus")
    assert 0 == main(["family", "measure:total", "--corpus", str(folder)])
    lines = capsys.readouterr().out.splitlines()
    assert "family of 2 measures: measure:total, measure:yearly" == lines[0]
    assert (
        "    contradiction: flow_of: 800 (2015) against the growth from 500 (2014) to 1,000 (2016) "
        "([0, 500]): the flow exceeds what the total grew by"
    ) in lines


def test_family_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["family", "measure:tajikistan-remittances-gdp-share", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert 0 == data["contradictions"]
    assert [
        {
            "kind": "share_of",
            "measure": "measure:tajikistan-remittances-from-russia-share",
            "target": "measure:tajikistan-remittances-gdp-share",
            "claims": [
                "claim:crossroads-remittances-90-from-russia",
                "claim:crossroads-remittances-over-40-gdp",
            ],
            "verdict": "agree",
            "reason": "90 percent (undated) of Over 40 percent (undated): gives (36, 90] percent",
            "implied": {
                "low": 36,
                "high": 90,
                "low_inclusive": False,
                "high_inclusive": True,
                "text": "(36, 90]",
            },
        }
    ] == data["checks"]


def test_family_of_an_unknown_measure(capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["family", "measure:nope"])
    assert (
        "centasia-claims family: no measure with id 'measure:nope' in this corpus\n"
        == capsys.readouterr().err
    )
