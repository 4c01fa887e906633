from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import CorpusError
from centasia_claims.corpus import FORMAT_VERSION, UPGRADES, upgrade_fixture
from centasia_claims.corpus._format import fixture_version


def test_every_older_version_has_one_upgrade_step() -> None:
    assert list(range(1, FORMAT_VERSION)) == sorted(UPGRADES)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param({}, 1, id="none-is-1"),
        pytest.param({"format": 1}, 1, id="one"),
        pytest.param({"format": FORMAT_VERSION}, FORMAT_VERSION, id="current"),
        pytest.param(
            {"format": FORMAT_VERSION + 1},
            f"format {FORMAT_VERSION + 1} is newer than this version of centasia-claims reads "
            f"({FORMAT_VERSION} at most): upgrade centasia-claims",
            id="newer",
        ),
        pytest.param(
            {"format": 0}, "expected a whole number of at least 1 (the format version), got 0", id="zero"
        ),
        pytest.param(
            {"format": True},
            "expected a whole number of at least 1 (the format version), got True",
            id="bool",
        ),
    ],
)
def test_fixture_version(data: dict[str, Any], expected: int | str) -> None:
    assert expected == fixture_version(data)


def test_upgrading_puts_the_version_first_and_keeps_the_rest_in_order() -> None:
    assert [("format", 2), ("claims", []), ("persons", [])] == list(
        upgrade_fixture({"claims": [], "format": 1, "persons": []}).items()
    )


def test_a_version_not_read_is_refused() -> None:
    with pytest.raises(CorpusError) as caught:
        upgrade_fixture({"format": "x"})
    assert ["$.format: expected a whole number of at least 1 (the format version), got 'x'"] == [
        str(problem) for problem in caught.value.problems
    ]


sections = st.dictionaries(
    st.sampled_from(["sources", "claims", "persons"]), st.lists(st.integers(), max_size=2)
)


@given(sections)
def test_upgrading_is_idempotent(data: dict[str, Any]) -> None:
    once = upgrade_fixture(data)
    assert once == upgrade_fixture(once)
    assert FORMAT_VERSION == fixture_version(once)
    assert {key: value for key, value in once.items() if key != "format"} == data
