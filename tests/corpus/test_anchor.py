from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import CorpusError, TextQuote
from centasia_claims.corpus import offsets_problem, place_quote
from centasia_claims.corpus._anchor import anchor_raw_quote, placement_problem
from centasia_claims.model import QuoteMatch

TEXT = "The minister said 61 had returned. \u201cSixty-one\u201d is official. 61 had returned, he said."
HINT = (
    "or, in a fixture, leave start and end out to have them found (centasia-claims fix-offsets FOLDER fills "
    "them in)"
)


@pytest.mark.parametrize(
    ("exact", "changes", "expected"),
    [
        pytest.param("The minister", {}, QuoteMatch(0, 12, verbatim=True), id="once"),
        pytest.param('"Sixty-one"', {}, QuoteMatch(35, 46, verbatim=False), id="typography"),
        pytest.param("61 had", {"prefix": "said "}, QuoteMatch(18, 24, verbatim=True), id="prefix-chooses"),
        pytest.param(
            "61 had", {"suffix": " returned,"}, QuoteMatch(60, 66, verbatim=True), id="suffix-chooses"
        ),
        pytest.param("61 had", {"start": 30}, QuoteMatch(60, 66, verbatim=True), id="in-the-span"),
        pytest.param(
            "61 had",
            {},
            "the quote '61 had' occurs 2 times in the text, at 18-24, 60-66: give the start "
            "and end of the one "
            "meant, or a prefix or suffix that tells them apart",
            id="twice",
        ),
        pytest.param(
            "61 had",
            {"prefix": "none "},
            "the quote '61 had' occurs 2 times in the text, at 18-24, 60-66: give the start "
            "and end of the one "
            "meant, or a prefix or suffix that tells them apart",
            id="context-matching-none",
        ),
        pytest.param(
            "62 had",
            {},
            "the quote '62 had' does not occur in the text, not even with whitespace, quotation marks or "
            "dashes read loosely: quote the text as written",
            id="nowhere",
        ),
    ],
)
def test_placement(exact: str, changes: dict[str, Any], expected: QuoteMatch | str) -> None:
    assert expected == placement_problem(TEXT, exact, **changes)


def test_many_places_are_cut_short() -> None:
    message = placement_problem("a " * 9, "a")
    assert isinstance(message, str)
    assert "occurs 9 times in the text, at 0-1, 2-3, 4-5, 6-7, 8-9, 10-11 and 3 more:" in message


def test_place_quote_raises_the_message() -> None:
    with pytest.raises(CorpusError) as caught:
        place_quote(TEXT, "62 had")
    assert [
        "$.quote: the quote '62 had' does not occur in the text, not even with "
        "whitespace, quotation marks or "
        "dashes read loosely: quote the text as written"
    ] == [str(problem) for problem in caught.value.problems]


@given(st.text(alphabet="abc ", max_size=30), st.text(alphabet="xyz", min_size=1, max_size=6), st.data())
def test_a_quote_occurring_once_is_placed_where_it_is(before: str, exact: str, data: st.DataObject) -> None:
    after = data.draw(st.text(alphabet="abc ", max_size=30))
    text = before + exact + after
    assert QuoteMatch(len(before), len(before) + len(exact), verbatim=True) == place_quote(text, exact)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        pytest.param(18, None, id="at-its-offsets"),
        pytest.param(
            20,
            "the quote '61 had' is not at 20-26 of 'a.txt' but at 18-24 (moved by -2): set "
            f"start=18, end=24, {HINT}",
            id="moved",
        ),
    ],
)
def test_offsets_problem(start: int, expected: str | None) -> None:
    assert expected == offsets_problem(TextQuote(exact="61 had", start=start, end=start + 6), TEXT, "a.txt")


def test_a_quote_given_loosely_is_refused_with_where_it_is() -> None:
    quote = TextQuote(exact='"Sixty-one"', start=35, end=46)
    assert (
        "the quote '\"Sixty-one\"' is not verbatim at 35-46 of 'a.txt'; it occurs there only with different "
        "whitespace, quotation marks or dashes, as '\u201cSixty-one\u201d': quote the text as written, "
        + HINT
    ) == offsets_problem(quote, TEXT, "a.txt")


@pytest.mark.parametrize(
    ("quote", "relocate", "expected", "message"),
    [
        pytest.param(
            {"exact": "The minister", "prefix": ""},
            False,
            {"exact": "The minister", "start": 0, "end": 12, "prefix": ""},
            None,
            id="filled-after-exact",
        ),
        pytest.param(
            {"exact": '"Sixty-one"'},
            False,
            {"exact": "\u201cSixty-one\u201d", "start": 35, "end": 46},
            None,
            id="as-the-document-writes-it",
        ),
        pytest.param(
            {"exact": "61 had", "start": 20, "end": 26},
            False,
            {"exact": "61 had", "start": 20, "end": 26},
            None,
            id="given-offsets-left-to-the-check",
        ),
        pytest.param(
            {"exact": "61 had", "start": 59, "end": 65},
            True,
            {"exact": "61 had", "start": 60, "end": 66},
            None,
            id="moved-relocated-nearest",
        ),
        pytest.param(
            {"exact": "61 had", "start": 2},
            False,
            {"exact": "61 had", "start": 2},
            f"the quote has start but no end: give both, {HINT}",
            id="half-offsets",
        ),
        pytest.param({"exact": 5}, False, {"exact": 5}, None, id="not-a-string-left-to-the-converter"),
    ],
)
def test_anchor_raw_quote(
    quote: dict[str, Any], relocate: bool, expected: dict[str, Any], message: str | None
) -> None:
    assert message == anchor_raw_quote(quote, TEXT, (0, len(TEXT)), "the text", relocate=relocate)
    assert list(expected.items()) == list(quote.items())
