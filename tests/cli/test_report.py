from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims import load_seed_corpus
from centasia_claims.cli import main
from centasia_claims.cli._report import render_summary
from centasia_claims.cli._summary import summarize
from tests.builders.corpora import sound_corpus

if TYPE_CHECKING:
    import pytest


def test_report_leads_with_the_disputes(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report"])
    lines = capsys.readouterr().out.splitlines()
    corpus = load_seed_corpus()
    assert lines[0].startswith(f"Corpus: {len(corpus.documents)} documents, {len(corpus.sources)} sources")
    assert [
        "Where the figures disagree",
        "  measure:tajiks-joined-is-syria-iraq  Tajik nationals who went to Syria and Iraq to join IS",
    ] == lines[2:4]
    assert lines[4].startswith("    10 figures, 3 contradictions, ")
    assert lines[6].startswith("    - contradiction: over 2,000 (2014/2016) and around 1,100 (2017-01)")
    headers = [line for line in lines if line and not line.startswith(" ")]
    assert [
        "Where the figures disagree",
        "Claims per measure, most figures first",
        "Sources",
        "Entities, most claims first",
        "Claims without a figure, by predicate",
    ] == headers[1:]


def test_report_lists_ids_beside_labels_and_claims_beside_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report", "--measure", "measure:tajik-fighters-returned"])
    out = capsys.readouterr().out
    measures = out.split("Claims per measure, most figures first\n")[1].split("\n\n")[0]
    assert [
        "    3  measure:tajik-fighters-returned  Tajik nationals who returned from Syria and Iraq"
        " (cumulative)",
        "         claim:rferl-rahimzoda-61-returned                  61",
        "         claim:odr-around-a-hundred-returned                around a hundred",
        "         claim:rferl-export-dushanbe-more-than-60-returned  more than 60",
    ] == measures.splitlines()
    assert "  (no measure's figures disagree)" in out
    assert "  person:ramazon-rahimzoda" in out


def test_report_by_source_keeps_its_claims(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report", "--source", "source:rferl-up-to-1000", "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert (["source:rferl-up-to-1000"], 10) == (
        [source["id"] for source in summary["sources"]],
        sum(len(measure["figures"]) for measure in summary["measures"])
        + sum(summary["claims_without_measure"].values()),
    )


def test_report_refuses_an_unknown_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["report", "--measure", "measure:tajik-fighters-return"])
    assert (
        "centasia-claims report: no measure 'measure:tajik-fighters-return' in this corpus; did you mean "
        "'measure:tajik-fighters-returned'? (centasia-claims report lists them all)\n"
    ) == capsys.readouterr().err


def test_report_json_keeps_the_text_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report", "--json"])
    summary = json.loads(capsys.readouterr().out)
    corpus = load_seed_corpus()
    assert (
        ["counts", "disputes", "measures", "sources", "entities", "claims_without_measure"],
        len(corpus.claims),
        sorted(m.id for m in corpus.measures),
        "measure:tajiks-joined-is-syria-iraq",
    ) == (
        list(summary),
        summary["counts"]["claims"],
        sorted(m["id"] for m in summary["measures"]),
        summary["disputes"][0]["measure"],
    )


def test_a_corpus_without_disputes_says_so() -> None:
    text = render_summary(summarize(sound_corpus()))
    assert "Where the figures disagree\n  (no measure's figures disagree)\n" in text
