from __future__ import annotations

import math

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import Estimate, InvalidValueError, Qualifier
from centasia_claims.estimates._build import FIELDS, build

figures = st.none() | st.sampled_from([0.0, 1.0, 50.0, 100.0, 150.0, -1.0, math.inf, math.nan]) | st.floats()


def test_build_sets_every_field_of_the_model() -> None:
    assert tuple(field.name for field in attrs.fields(Estimate)) == FIELDS


def _made(make: object) -> Estimate | str:
    try:
        assert callable(make)
        estimate = make()
    except InvalidValueError as error:
        return str(error)
    assert isinstance(estimate, Estimate)
    return estimate


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(list(Qualifier)),
    st.sampled_from(["count", "percent", "people", " ", ""]),
    st.sampled_from(["about 300", " ", ""]),
    figures,
    figures,
    figures,
    st.booleans(),
    st.booleans(),
)
def test_build_gives_what_the_validating_constructor_gives_first_and_again(  # noqa: PLR0917 (drawn values)
    qualifier: Qualifier,
    unit: str,
    phrase: str,
    low: float | None,
    high: float | None,
    point: float | None,
    low_inclusive: bool,
    high_inclusive: bool,
) -> None:
    def model() -> Estimate:
        return Estimate(
            phrase=phrase,
            qualifier=qualifier,
            unit=unit,
            low=low,
            high=high,
            point=point,
            low_inclusive=low_inclusive,
            high_inclusive=high_inclusive,
        )

    def built() -> Estimate:
        return build(phrase, qualifier, unit, low, high, point, low_inclusive, high_inclusive)

    expected = _made(model)
    assert _made(built) == expected  # the first of its shape: the model decides
    assert _made(built) == expected  # again: a shape the model accepted is remembered, one it refused is not
