from __future__ import annotations

import pytest

from centasia_claims.corpus import DEFAULT_LIMITS, Limits
from centasia_claims.errors import InvalidValueError


def test_defaults() -> None:
    assert (50_000_000, 50_000_000, 64) == (
        DEFAULT_LIMITS.max_fixture_bytes,
        DEFAULT_LIMITS.max_document_bytes,
        DEFAULT_LIMITS.max_depth,
    )


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "10"], ids=["zero", "negative", "bool", "float", "str"])
def test_a_limit_is_a_whole_number_of_at_least_one(value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        Limits(max_depth=value)  # type: ignore[arg-type]
    assert f"max_depth: must be a whole number of at least 1, not {value!r}" == str(caught.value)
