from __future__ import annotations

import sys
from typing import Any

import pytest

from centasia_claims import MissingExtraError, UnknownIdError, load_seed_corpus, plot_estimates, reconcile

pytest.importorskip("matplotlib")

CORPUS = load_seed_corpus()
TAJIKS = "measure:tajiks-joined-is-syria-iraq"
GAZIANTEP = "measure:gaziantep-arrested-tajiks"


def _gids(figure: Any) -> set[str]:
    return {artist.get_gid() for artist in figure.findobj() if artist.get_gid()}


def test_every_figure_is_drawn_with_its_bar_marker_and_label() -> None:
    gids = _gids(plot_estimates(CORPUS, TAJIKS))
    claims = [claim.id for claim in CORPUS.claims_for(TAJIKS)]
    for claim in claims:
        assert {f"figure:{claim}", f"figure:{claim}:marker", f"figure:{claim}:label"} <= gids, claim


def test_open_bounds_are_arrows() -> None:
    gids = _gids(plot_estimates(CORPUS, TAJIKS))
    assert "figure:claim:tariq-over-2000-2014-2016:open" in gids  # "over 2,000"
    assert "figure:claim:odr-interior-ministry-1141:open" not in gids  # exact


def test_contradictions_are_linked() -> None:
    result = reconcile(CORPUS, CORPUS.claims_for(TAJIKS))
    gids = _gids(plot_estimates(CORPUS, TAJIKS))
    expected = {f"contradiction:{pair.first}|{pair.second}" for pair in result.contradictions}
    assert expected
    assert expected <= gids


def test_a_contested_event_gets_a_consensus_band() -> None:
    gids = _gids(plot_estimates(CORPUS, GAZIANTEP))
    assert any(gid.startswith("consensus:one event") for gid in gids)
    assert any(gid.startswith("contradiction:") for gid in gids)


def test_the_title_says_the_reading() -> None:
    figure = plot_estimates(CORPUS, TAJIKS)
    assert figure.axes[0].get_title().endswith("rising; 3 contradicting pair(s)")


def test_unknown_measure() -> None:
    with pytest.raises(UnknownIdError):
        plot_estimates(CORPUS, "measure:nothing")


def test_without_matplotlib_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError) as caught:
        plot_estimates(CORPUS, TAJIKS)
    assert "pip install 'centasia-claims[plot]'" in str(caught.value)


def test_a_notebook_shows_the_plot_as_png_with_no_magic() -> None:
    figure = plot_estimates(CORPUS, TAJIKS)
    png = figure._repr_png_()
    assert (b"\x89PNG\r\n\x1a\n", True) == (png[:8], len(png) > 10_000)


def test_the_legend_explains_every_kind_of_mark() -> None:
    legend = [text.get_text() for text in plot_estimates(CORPUS, TAJIKS).axes[0].get_legend().get_texts()]
    assert [
        "about",
        "exact figure",
        "more than",
        "at most / up to",
        "open bound: the arrow runs from the bound given",
        "the period a figure covers",
        "consensus of one period",
        "contested consensus",
        "contradiction",
    ] == legend[-9:]


@pytest.mark.parametrize("measure", [TAJIKS, GAZIANTEP, "measure:tajik-fighters-killed"])
def test_no_two_figure_labels_overlap(measure: str) -> None:
    figure = plot_estimates(CORPUS, measure)
    renderer = figure.canvas.get_renderer()
    labels = [text for text in figure.axes[0].texts if str(text.get_gid()).endswith(":label")]
    boxes = [label.get_window_extent(renderer) for label in labels]
    meeting = [
        (labels[i].get_text(), labels[j].get_text())
        for i in range(len(boxes))
        for j in range(i + 1, len(boxes))
        if boxes[i].overlaps(boxes[j])
    ]
    assert ([], len(CORPUS.claims_for(measure))) == (meeting, len(labels))
