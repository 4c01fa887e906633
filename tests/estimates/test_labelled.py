from __future__ import annotations

import pytest
from bench._labelled import LANGUAGE_SETS, load, load_look_alikes, read_ours, score

# The labelled set is written by the same hands as the parser, so these are in-sample figures: the test keeps
# them from falling, docs/performance.md reports them beside quantulum3's.
MINIMUM = 0.95


def test_qualifier_and_bounds_are_right_on_the_labelled_phrases() -> None:
    labels, look_alikes = load()
    scores = score(labels, look_alikes, read_ours)
    assert len(labels) >= 150
    assert scores.both / scores.phrases >= MINIMUM, scores.missed


def test_look_alikes_are_rejected() -> None:
    labels, look_alikes = load()
    scores = score(labels, look_alikes, read_ours)
    assert len(look_alikes) >= 50
    assert scores.rejected / scores.look_alikes >= MINIMUM, scores.missed


def test_the_scoring_counts_a_wrong_reading_as_wrong() -> None:
    labels, look_alikes = load()
    scores = score(labels, look_alikes, lambda _text, _language: None)
    assert (0, scores.look_alikes) == (scores.both, scores.rejected)


# Phrases from public Russian, Tajik, Kazakh and Uzbek reporting (never the seed documents), and phrases whose
# number format depends on their language: the convention's target is 95% in each.
@pytest.mark.parametrize("name", sorted(LANGUAGE_SETS))
def test_each_language_reads_its_labelled_phrases(name: str) -> None:
    labels, _ = load(LANGUAGE_SETS[name])
    scores = score(labels, [], read_ours)
    assert len(labels) >= 5
    assert scores.both / scores.phrases >= MINIMUM, scores.missed


@pytest.mark.parametrize("name", sorted(LANGUAGE_SETS))
def test_each_language_refuses_its_look_alikes(name: str) -> None:
    look_alikes = load_look_alikes(LANGUAGE_SETS[name])
    scores = score([], look_alikes, read_ours)
    assert scores.rejected / scores.look_alikes >= MINIMUM, scores.missed
