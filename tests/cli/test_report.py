from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims import load_seed_corpus
from centasia_claims.cli import main

if TYPE_CHECKING:
    import pytest


def test_report_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report"])
    out = capsys.readouterr().out
    corpus = load_seed_corpus()
    assert out.startswith(f"Corpus: {len(corpus.documents)} documents, {len(corpus.sources)} sources")
    assert "Claims per measure" in out
    assert "up to 1,000" in out


def test_report_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report", "--json"])
    summary = json.loads(capsys.readouterr().out)
    corpus = load_seed_corpus()
    assert (len(corpus.claims), sorted(m.id for m in corpus.measures)) == (
        summary["counts"]["claims"],
        sorted(m["id"] for m in summary["measures"]),
    )
