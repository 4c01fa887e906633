from __future__ import annotations

import pytest

from centasia_claims import UnknownIdError, load_seed_corpus
from centasia_claims.cli._summary import summarize
from tests.builders.corpora import sound_corpus

SEED = load_seed_corpus()


def test_disputes_are_ranked_by_contradictions_and_conflicts_then_definitions_then_spread() -> None:
    ranked = [
        (d.contradictions + d.reporting_conflicts, d.different_definitions, d.spread or 0.0)
        for d in summarize(SEED).disputes
    ]
    assert ranked == sorted(ranked, key=lambda item: (-item[0], -item[1], -item[2]))


def test_a_dispute_names_its_range_claimants_and_every_pair() -> None:
    dispute = next(d for d in summarize(SEED).disputes if d.measure == "measure:tajik-civil-war-deaths")
    assert (
        "[100,000, 157,000]",
        1.57,
        ("openDemocracy", "Al Jazeera"),
        1,
        "contradiction: as many as 157,000 (../1997) and 100,000 (1992/1997)",
    ) == (
        dispute.range,
        dispute.spread,
        dispute.claimants,
        len(dispute.reasons),
        dispute.reasons[0].split(": they")[0],
    )


def test_measures_come_most_figures_first() -> None:
    counts = [measure.claims for measure in summarize(SEED).measures]
    assert sorted(counts, reverse=True) == counts


def test_a_measure_filter_keeps_its_sources_and_entities() -> None:
    summary = summarize(SEED, measures=["measure:tajik-civil-war-deaths"])
    assert (
        ["measure:tajik-civil-war-deaths"],
        ["source:aljazeera-success-story-failed", "source:odr-embattled-islamists"],
    ) == (
        [m.id for m in summary.measures],
        sorted(s.id for s in summary.sources),
    )


def test_an_unknown_filter_raises() -> None:
    with pytest.raises(UnknownIdError):
        summarize(SEED, sources=["source:nothing"])


def test_a_sound_corpus_has_no_dispute() -> None:
    assert () == summarize(sound_corpus()).disputes
