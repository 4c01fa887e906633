from __future__ import annotations

import pytest

from centasia_claims import InvalidValueError, Source, TextSpan


def test_text_span() -> None:
    assert (
        len(TextSpan(2, 5)),
        TextSpan(0, 10).contains(TextSpan(2, 5)),
        TextSpan(2, 5).contains(TextSpan(0, 10)),
    ) == (3, True, False)


def test_a_source_needs_a_document() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Source(id="s", title="", document="", span=TextSpan(0, 1))
    assert "document: must not be empty" == str(caught.value)
