from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.extraction._sentences import Sentence, bounded, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One two. Three four.", [("One two.", False), ("Three four.", False)], id="two"),
        pytest.param(
            "“144 registered. Twelve arrested,” said the minister. Next.",
            [("“144 registered. Twelve arrested,” said the minister.", False), ("Next.", False)],
            id="quotation-kept-whole",
        ),
        pytest.param(
            "Headline 300\nBody one.", [("Headline 300", True), ("Body one.", False)], id="headline"
        ),
        pytest.param("«Все. Они», — отметил он.", [("«Все. Они», — отметил он.", False)], id="guillemets"),
        pytest.param("It cost 1.5m. so it", [("It cost 1.5m. so it", True)], id="no-capital-after"),
        pytest.param("A quote “ends here.”\n", [("A quote “ends here.”", False)], id="closed-line"),
        pytest.param("  \n\n ", [], id="blank"),
    ],
)
def test_split_sentences(text: str, expected: list[tuple[str, bool]]) -> None:
    assert expected == [(text[s.start : s.end], s.line) for s in split_sentences(text)]


@given(st.text(max_size=300))
def test_sentences_are_ordered_disjoint_stripped_and_within_the_text(text: str) -> None:
    sentences = split_sentences(text)
    ends = [0]
    for sentence in sentences:
        part = text[sentence.start : sentence.end]
        assert part
        assert part == part.strip()
        assert ends[-1] <= sentence.start < sentence.end <= len(text)
        ends.append(sentence.end)


def test_split_sentences_is_linear_on_an_open_quotation() -> None:
    # An unclosed quotation runs to the end of its line, never back over the text.
    text = ("“ One. Two " * 20_000) + "\n"
    start = time.perf_counter()
    assert 1 == len(split_sentences(text))
    assert time.perf_counter() - start < 1.0


@given(st.text(alphabet=" ,;:ab\n", max_size=300), st.integers(min_value=4, max_value=40))
def test_bounded_cuts_a_sentence_into_ordered_pieces_no_longer_than_asked(text: str, longest: int) -> None:
    sentence = Sentence(0, len(text), line=True)
    pieces = bounded(text, sentence, longest)
    assert pieces[0].start == 0
    assert pieces[-1].end == len(text)
    assert all(piece.end - piece.start <= longest for piece in pieces)
    for before, after in itertools.pairwise(pieces):
        assert before.end <= after.start
        assert text[before.end : after.start].strip(" \t\u00a0\r") == ""  # only spaces dropped
    assert [piece.line for piece in pieces] == [len(pieces) == 1] + [False] * (len(pieces) - 1)


def test_a_sentence_within_the_bound_is_one_piece() -> None:
    text = "Officials said 300 left, and 200 returned."
    assert [Sentence(0, len(text), False)] == bounded(text, Sentence(0, len(text), False))
