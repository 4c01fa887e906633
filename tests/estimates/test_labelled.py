from __future__ import annotations

from bench._labelled import load, read_ours, score

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
    scores = score(labels, look_alikes, lambda _text: None)
    assert (0, scores.look_alikes) == (scores.both, scores.rejected)
