from __future__ import annotations

import pytest

from centasia_claims import ParseError, parse_estimate


def test_the_error_draws_a_caret_under_the_span() -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate("Group 24")
    expected = "'Group 24' is an identifier, not a figure at 0-8:\n  Group 24\n  ^^^^^^^^"
    assert expected == str(caught.value)
