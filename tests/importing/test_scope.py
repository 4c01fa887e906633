from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.errors import InvalidValueError
from centasia_claims.importing import read_scope
from centasia_claims.model import Scope, TimeBasis


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("", Scope()),
        (" ; ", Scope()),
        ("included: fighters", Scope(included=("fighters",))),
        ("Population: fighters, family members", Scope(included=("fighters", "family members"))),
        ("excluding: children; places: Syria, Iraq", Scope(excluded=("children",), places=("Iraq", "Syria"))),
        ("time basis: running total", Scope(basis=TimeBasis.RUNNING_TOTAL)),
        ("basis: flow; unit: families", Scope(basis=TimeBasis.FLOW, unit="families")),
    ],
    ids=["empty", "blank-parts", "field-name", "label", "two-dimensions", "basis-words", "unit"],
)
def test_a_scope_cell_is_read_by_dimension(cell: str, expected: Scope) -> None:
    assert expected == read_scope(cell)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (
            "fighters",
            "scope: 'fighters' names no dimension: write included, excluded, places, basis or unit, then a "
            "colon and the values",
        ),
        ("places:", "scope: 'places:' gives no value: write the values after the colon"),
        ("places: Syria; place: Iraq", "scope: places is given twice: give each dimension once"),
        ("basis: yearly", "scope: basis 'yearly' is not one of flow, running_total, level"),
        ("unit: people, families", "scope: unit takes one value (got people, families)"),
    ],
    ids=["no-dimension", "no-value", "twice", "unknown-basis", "two-units"],
)
def test_a_bad_scope_cell_says_what_to_write(cell: str, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        read_scope(cell)
    assert message == str(caught.value)


@given(st.text())
def test_any_cell_gives_a_scope_or_a_documented_error(cell: str) -> None:
    try:
        scope = read_scope(cell)
    except InvalidValueError:
        return
    assert scope == read_scope(cell)
