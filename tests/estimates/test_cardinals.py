from __future__ import annotations

from fractions import Fraction

import pytest

from centasia_claims import Estimate, ParseError, parse_estimate
from centasia_claims.estimates._cardinals import Numeral, Reject, read_count, read_digits
from centasia_claims.estimates._tokens import tokenize
from tests.builders import exact

COUNTS: list[tuple[str, Estimate]] = [
    ("twenty-seven", exact("twenty-seven", 27)),
    ("two hundred and fifty thousand", exact("two hundred and fifty thousand", 250_000)),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[text for text, _ in COUNTS])
def test_counts_in_words(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


NOT_COUNTS: list[tuple[str, str]] = [
    ("2nd right", "'2nd' is an ordinal, not a figure"),
    ("the 1990s", "'1990s' is a decade or an age group, not a figure"),
    ("100km", "'100km': unknown unit or suffix 'km'"),
]


@pytest.mark.parametrize(("text", "message"), NOT_COUNTS, ids=[text for text, _ in NOT_COUNTS])
def test_digits_with_a_glued_suffix_that_is_no_unit_are_refused(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate(text)
    assert message == caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,141", Numeral(1141, 0, 1, grouped=True)),
        ("2015", Numeral(2015, 0, 1, year_like=True)),
        ("1.5m", Numeral(Fraction(1_500_000), 0, 1, scale=1_000_000)),
        ("1,141\u00b9", Numeral(1141, 0, 1, grouped=True, footnote="\u00b9")),
        ("2nd", Reject("'2nd' is an ordinal, not a figure", 0, 1)),
    ],
    ids=["grouped", "year", "suffix", "footnote", "ordinal"],
)
def test_read_digits(text: str, expected: Numeral | Reject) -> None:
    assert expected == read_digits(tokenize(text), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two hundred people", Numeral(200, 0, 2, scale=100, spelled=True)),
        ("twenty-seven fighters", Numeral(27, 0, 3, spelled=True)),
        ("двухсот тридцати пяти", Numeral(235, 0, 3, spelled=True)),
        ("ду ҳазору панҷсад", Numeral(2500, 0, 3, spelled=True)),
        ("people", None),
    ],
    ids=["hundred", "hyphen", "russian", "tajik", "no number"],
)
def test_read_count(text: str, expected: Numeral | None) -> None:
    assert expected == read_count(tokenize(text), 0)
