from __future__ import annotations

import pytest

from centasia_claims import InvalidValueError, TextQuote


def test_text_quote_locate_and_match() -> None:
    text = "said 1,141 Tajik nationals"
    quote = TextQuote.locate(text, "1,141", context=5)
    assert (
        quote.start,
        quote.end,
        quote.prefix,
        quote.suffix,
        quote.matches(text),
        quote.matches(" " + text),
    ) == (5, 10, "said ", " Taji", True, False)


def test_text_quote_locate_missing() -> None:
    with pytest.raises(
        ValueError,
        match=r"^exact: '2,000' does not occur in the text after offset 0: quote the text as written$",
    ):
        TextQuote.locate("1,141", "2,000")


def test_text_quote_rejects_empty_and_reversed() -> None:
    with pytest.raises(InvalidValueError, match=r"^exact: must not be empty"):
        TextQuote(exact="", start=0, end=1)
    with pytest.raises(InvalidValueError, match=r"^end: must be greater than start \(got start=5, end=5\)$"):
        TextQuote(exact="x", start=5, end=5)
