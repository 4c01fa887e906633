from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main
from tests.builders import sound_corpus, with_step, with_value, write

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _broken(root: Path) -> str:
    corpus = with_step(sound_corpus(), "claim:b", 0, agent=None)
    corpus = with_value(corpus, "claim:a", phrase="a hundred and twenty")
    return str(write(corpus, root / "corpus"))


def test_the_bundled_corpus_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["check"])
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith("0 errors, "), summary


def test_a_broken_corpus_fails_with_its_findings_by_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 1 == main(["check", "--corpus", _broken(tmp_path)])
    expected = [
        "Errors (1)",
        "  value_not_in_quote: claim:a",
        (
            "      the figure's phrase 'a hundred and twenty' does not occur in the quote "
            "'The Agency\u2019s spokesman told the Service that 120 people had left in 2015': "
            "quote the words that "
            "give the figure, or correct the phrase"
        ),
        "",
        "Warnings (1)",
        "  unnamed_claimant: claim:b",
        (
            '      the original claimant is unnamed ("Researchers at the Institute"): the claim '
            "cannot be traced "
            "further, and it counts as an origin of its own; name the claimant if the text does"
        ),
        "",
        "1 error, 1 warning, 0 information findings",
    ]
    assert expected == capsys.readouterr().out.splitlines()


def test_severity_filters_what_is_shown_not_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 1 == main(["check", "--corpus", _broken(tmp_path), "--severity", "error", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert {"error": 1, "warning": 1, "info": 0} == data["counts"]
    assert [
        {
            "kind": "value_not_in_quote",
            "severity": "error",
            "claims": ["claim:a"],
            "where": "",
            "message": data["findings"][0]["message"],
        }
    ] == data["findings"]


def test_an_unreadable_corpus_is_a_data_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["check", "--corpus", str(tmp_path / "missing")])
    assert capsys.readouterr().err.startswith("centasia-claims check: 1 problem; no corpus was returned:")
