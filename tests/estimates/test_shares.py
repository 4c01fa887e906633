from __future__ import annotations

from fractions import Fraction

import pytest

from centasia_claims import Estimate, ParseError, parse_estimate
from centasia_claims.estimates._cardinals import PERCENT, Numeral, Reject, read_count
from centasia_claims.estimates._shares import of_scale, read_share
from centasia_claims.estimates._tokens import tokenize
from tests.builders import exact

TWO_THIRDS = 200 / 3  # 66.66666666666667, the float nearest to 200/3

SHARES: list[tuple[str, Estimate]] = [
    ("Half a million", exact("Half a million", 500_000)),
    ("half a dozen", exact("half a dozen", 6)),
    ("a third", exact("a third", 100 / 3, PERCENT)),
    ("a quarter", exact("a quarter", 25, PERCENT)),
    ("one in five", exact("one in five", 20, PERCENT)),
    ("1 in 5", exact("1 in 5", 20, PERCENT)),
    ("three in four", exact("three in four", 75, PERCENT)),
    ("three out of ten", exact("three out of ten", 30, PERCENT)),
    ("7 out of 10", exact("7 out of 10", 70, PERCENT)),
    ("a quarter of a million", exact("a quarter of a million", 250_000)),
    ("a two-thirds majority", exact("a two-thirds majority", TWO_THIRDS, PERCENT)),
    ("half a century", exact("half a century", 50, "years")),
]


@pytest.mark.parametrize(("text", "expected"), SHARES, ids=[text for text, _ in SHARES])
def test_shares_and_fractions(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


ORDINALS: list[tuple[str, str]] = [
    ("a third term", "'third' before a noun is an ordinal here, not a share"),
    ("one third party", "'third' after a number is an ordinal here, not a share"),
]


@pytest.mark.parametrize(("text", "message"), ORDINALS, ids=[text for text, _ in ORDINALS])
def test_a_share_word_before_a_noun_is_an_ordinal(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate(text)
    assert message == caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two-thirds of them", Numeral(Fraction(200, 3), 0, 3, PERCENT, spelled=True)),
        ("3 out of 10", Numeral(Fraction(30), 0, 4, PERCENT)),
        ("3 in 10 years", None),
        ("one third party", Reject("'third' after a number is an ordinal here, not a share", 0, 2)),
    ],
    ids=["hyphen", "out of", "a time", "ordinal"],
)
def test_read_share(text: str, expected: Numeral | Reject | None) -> None:
    tokens = tokenize(text)
    count = read_count(tokens, 0)
    assert count is not None
    assert expected == read_share(tokens, count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half a century", Numeral(Fraction(1, 2), 0, 3, "centuries", spelled=True)),
        ("half of a dozen", Numeral(Fraction(6), 0, 4, scale=12, spelled=True)),
        ("half the fighters", Numeral(Fraction(50), 0, 1, PERCENT, spelled=True)),
        ("half measures", Reject("'half measures' is not a share of anything", 0, 2)),
    ],
    ids=["duration", "of a dozen", "share", "not a share"],
)
def test_of_scale_after_half(text: str, expected: Numeral | Reject) -> None:
    assert expected == of_scale(tokenize(text), Fraction(1, 2), 0, 1, "half")
