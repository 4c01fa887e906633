from __future__ import annotations

from fractions import Fraction

import pytest

from centasia_claims import Estimate, parse_estimate
from centasia_claims.estimates._cardinals import PERCENT, Numeral, read_count
from centasia_claims.estimates._scales import and_a_half, scale_words, unit_marks
from centasia_claims.estimates._tokens import tokenize
from tests.builders import exact

SCALED: list[tuple[str, Estimate]] = [
    ("two and a half million", exact("two and a half million", 2_500_000)),
    ("two dozen", exact("two dozen", 24)),
]


@pytest.mark.parametrize(("text", "expected"), SCALED, ids=[text for text, _ in SCALED])
def test_scale_words_after_a_count(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.3 million", Numeral(Fraction(1_300_000), 0, 2, scale=1_000_000)),
        ("2 млн 300 тыс.", Numeral(2_300_000, 0, 5, scale=1_000_000)),
        ("2 миллиону 15 ҳазору 300", Numeral(2_015_300, 0, 5, scale=1_000_000)),
        ("2 people", Numeral(2, 0, 1)),
    ],
    ids=["english", "russian groups", "tajik connective", "no scale"],
)
def test_scale_words(text: str, expected: Numeral) -> None:
    tokens = tokenize(text)
    count = read_count(tokens, 0)
    assert count is not None
    assert expected == scale_words(tokens, count)


def test_and_a_half_adds_a_half_before_the_scale_word() -> None:
    tokens = tokenize("two and a half million")
    count = read_count(tokens, 0)
    assert count is not None
    assert Numeral(Fraction(5, 2), 0, 4, spelled=True) == and_a_half(tokens, count)


@pytest.mark.parametrize(
    ("text", "end"), [("45%", 2), ("45 percent", 2), ("45 per cent", 3)], ids=["sign", "word", "two words"]
)
def test_unit_marks_take_a_percent_mark(text: str, end: int) -> None:
    tokens = tokenize(text)
    count = read_count(tokens, 0)
    assert count is not None
    assert Numeral(45, 0, end, PERCENT) == unit_marks(tokens, count)
