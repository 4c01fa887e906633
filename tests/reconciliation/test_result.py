from __future__ import annotations

import pytest

from centasia_claims import Reconciliation, UnknownIdError, load_seed_corpus, reconcile
from tests.builders import TAJIKS, TOLL, cases_corpus

CORPUS = cases_corpus()
SEED = load_seed_corpus()


def _reconcile(measure_id: str) -> Reconciliation:
    return reconcile(CORPUS, CORPUS.claims_for(measure_id))


TOLL_TEXT = "\n".join(
    [
        "measure:tajik-civil-war-deaths: Deaths in the Tajik civil war (event, people)",
        "  timeline:",
        "    1992/1997: 100,000 -> {100000} [claim:toll-100000, per Modern Diplomacy]",
        "      known only to the year: the whole span 1992/1997 is used",
        "    1992/1997: as many as 157,000 -> [141300, 157000] [claim:toll-157000, per openDemocracy]",
        "      known only to the year: the whole span 1992/1997 is used",
        "      read near its ceiling: 'as many as' gives the figure at the top (as written: (-∞, 157000])",
        "  verdicts:",
        (
            "    contradiction: 100,000 (1992/1997) and as many as 157,000 (1992/1997): "
            "they cannot both hold for the same event ({100000} vs [141300, 157000])"
        ),
        "  consensus:",
        (
            "    one event (all dates): contested [100000, 157000] "
            "(2 independent figures do not all overlap; their span is kept)"
        ),
        "  contradictions:",
        (
            "    100,000 (1992/1997) and as many as 157,000 (1992/1997): "
            "they cannot both hold for the same event ({100000} vs [141300, 157000])"
        ),
        "  reading: none: an event count does not change over time; 1 contradicting pair",
    ]
)


def test_render() -> None:
    result = _reconcile(TOLL.id)
    expected = TOLL_TEXT
    assert expected == result.render(max_pairs=10)
    assert "  verdicts:" not in str(result)


def test_render_bounds_the_pairs_shown() -> None:
    text = _reconcile(TAJIKS.id).render(max_pairs=2)
    assert "    ... and 19 more pairs" in text.splitlines()


def test_unknown_figure() -> None:
    with pytest.raises(UnknownIdError) as caught:
        _reconcile(TOLL.id).verdict("claim:toll-157000", "claim:nowhere")
    expected = "no figure with id 'claim:nowhere' in this corpus"
    assert expected == str(caught.value)


def test_reconciliation_html_has_the_timeline_consensus_and_contradictions() -> None:
    rendered = reconcile(SEED, SEED.claims_for("measure:tajik-civil-war-deaths"))._repr_html_()
    assert "<td>as many as 157,000</td>" in rendered
    assert "<td>contested [100000, 157000]</td>" in rendered
    assert "<th>contradiction</th>" in rendered
