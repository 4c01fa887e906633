from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    Claim,
    Estimate,
    Name,
    PartialDate,
    Period,
    Qualifier,
    StructureError,
    TextQuote,
    serialization,
)
from centasia_claims.model import Script
from tests.strategies import MODEL_STRATEGIES


@pytest.mark.parametrize("type_name", sorted(MODEL_STRATEGIES))
@given(data=st.data())
def test_round_trip_through_json_is_exact(type_name: str, data: st.DataObject) -> None:
    original = data.draw(MODEL_STRATEGIES[type_name])
    plain = json.loads(json.dumps(serialization.unstructure(original)))
    assert original == serialization.structure(plain, type(original))


def test_defaults_are_omitted_and_whole_floats_written_as_integers() -> None:
    estimate = Estimate(phrase="over 1,000", qualifier=Qualifier.MORE_THAN, low=1000, unit="people")
    assert serialization.unstructure(estimate) == {
        "phrase": "over 1,000",
        "qualifier": "more_than",
        "unit": "people",
        "low": 1000,
    }


def test_detected_script_is_omitted_but_an_override_is_kept() -> None:
    assert serialization.unstructure(Name("Halimov")) == {"text": "Halimov"}
    assert serialization.unstructure(Name("Halimov", script=Script.CYRILLIC)) == {
        "text": "Halimov",
        "script": "cyrillic",
    }


def test_dates_and_periods_are_iso_strings() -> None:
    assert "2015-05" == serialization.unstructure(PartialDate(2015, 5))
    assert "../2007" == serialization.unstructure(Period(None, PartialDate(2007)))
    assert Period(PartialDate(2014), PartialDate(2019)) == serialization.structure("2014/2019", Period)


def _problems(data: Any, cls: type) -> list[tuple[str, str]]:
    with pytest.raises(Exception) as caught:  # noqa: PT011  (any structuring error; inspected below)
        serialization.structure(data, cls)
    return serialization.structure_problems(caught.value)


QUOTE = {"exact": "1,141", "start": 0, "end": 5}


@pytest.mark.parametrize(
    ("data", "cls", "expected"),
    [
        pytest.param(
            {"phrase": "x", "qualifier": "range", "low": 500, "high": 300},
            Estimate,
            [("$.low", "must be <= high (got low=500, high=300)")],
            id="low-above-high",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "exact", "low": -1, "high": -1, "point": -1},
            Estimate,
            [
                (
                    "$.low",
                    "must be >= 0 (got -1): counts, shares and amounts are never negative; "
                    "write a decrease as its own claim",
                )
            ],
            id="negative-count",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "exact", "unit": "percent", "low": 120, "high": 120, "point": 120},
            Estimate,
            [("$.low", "a percent must be <= 100 (got 120)")],
            id="percent-over-100",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "at_most", "low": 1, "high": 5},
            Estimate,
            [("$.low", "must be None for qualifier 'at_most' (got 1): an open bound stays open")],
            id="closed-open-bound",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "sorta"},
            Estimate,
            [
                (
                    "$.qualifier",
                    "expected one of 'exact', 'approximate', 'at_least', 'more_than', 'at_most', "
                    "'less_than', 'range', 'vague', got 'sorta'",
                )
            ],
            id="unknown-enum-value",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "at_least", "low": "5"},
            Estimate,
            [("$.low", "expected a number, got a string ('5')")],
            id="string-for-number",
        ),
        pytest.param(
            {"phrase": "x", "qualifier": "at_least", "low": True},
            Estimate,
            [("$.low", "expected a number, got a boolean (True)")],
            id="boolean-for-number",
        ),
        pytest.param(
            {"id": "", "source": "s", "quote": QUOTE, "statement": "s"},
            Claim,
            [("$.id", "must not be empty: give every object a unique id such as 'person:gulmurod-halimov'")],
            id="empty-id",
        ),
        pytest.param(
            {"id": "c", "source": "s", "quote": QUOTE, "statement": "s", "about": "person:x"},
            Claim,
            [("$.about", "expected a list, got a string ('person:x')")],
            id="string-for-list",
        ),
        pytest.param(
            {"id": "c", "source": "s", "quote": QUOTE, "statement": "s", "period": "2016/2015"},
            Claim,
            [("$.period", "the period ends before it starts (got '2016/2015')")],
            id="period-ends-before-start",
        ),
        pytest.param(
            {"id": "c", "source": "s", "quote": {"exact": "1,141", "start": 0, "end": 4}, "statement": "s"},
            Claim,
            [
                (
                    "$.quote.end",
                    "end - start must equal the length of exact (5 code points; got start=0, end=4)",
                )
            ],
            id="quote-offsets-disagree-with-text",
        ),
        pytest.param(
            {"id": "c", "source": "s", "unquoted": "read from a chart", "colour": "red", "shade": 1},
            Claim,
            [
                ("$.statement", "required field missing"),
                (
                    "$.colour",
                    "unknown key: allowed keys are id, source, quote, unquoted, statement, about, measure, "
                    "value, predicate, period, as_of, occasion, attribution, stance, status, note, scope, "
                    "term",
                ),
                (
                    "$.shade",
                    "unknown key: allowed keys are id, source, quote, unquoted, statement, about, measure, "
                    "value, predicate, period, as_of, occasion, attribution, stance, status, note, scope, "
                    "term",
                ),
            ],
            id="missing-and-unknown-keys",
        ),
        pytest.param(
            ["not", "an", "object"],
            TextQuote,
            [("$", "expected an object with keys exact, start, end, prefix, suffix, got a list (a list)")],
            id="list-for-object",
        ),
        pytest.param(
            [{"text": "A"}, {"text": 1}, {"text": ""}],
            list[Name],
            [("$[1].text", "expected a string, got a number (1)"), ("$[2].text", "must not be empty")],
            id="every-item-of-a-list",
        ),
    ],
)
def test_structure_problems_name_path_and_rule(data: Any, cls: type, expected: list[tuple[str, str]]) -> None:
    assert expected == _problems(data, cls)


def test_fast_structuring_gives_the_same_objects() -> None:
    data = {"phrase": "about 300", "qualifier": "approximate", "low": 270, "high": 330, "point": 300}
    assert serialization.structure(data, Estimate) == serialization.structure_fast(data, Estimate)


def test_a_structure_error_is_ours_and_names_the_path_below_which_the_data_stands() -> None:
    with pytest.raises(StructureError) as caught:
        serialization.structure({"text": 5, "kind": "x"}, Name, path="$.persons[2].names[0]")
    assert (
        "2 problems in the data:\n"
        "  $.persons[2].names[0].text: expected a string, got a number (5)\n"
        "  $.persons[2].names[0].kind: expected one of 'primary', 'birth', 'changed', 'nom_de_guerre', "
        "'kunya', 'acronym', 'transliteration', 'translation', 'variant', got 'x'"
    ) == str(caught.value)
    assert [("$.x.text", "expected a string, got a number (5)")] == serialization.structure_problems(
        StructureError([("$.text", "expected a string, got a number (5)")]), "$.x"
    )


def test_fast_structuring_fails_with_our_error_too() -> None:
    with pytest.raises(StructureError) as caught:
        serialization.structure_fast({"text": "x", "colour": "red"}, Name)
    assert isinstance(caught.value, ValueError)
    assert caught.value.problems


@attrs.frozen
class _Span:
    low: int
    high: int = 10
    label: str = attrs.field(init=False, default="cached")


serialization.register_result(_Span, width=lambda span: span.high - span.low, name=lambda span: Name("x"))


def test_a_result_is_written_whole_with_its_derived_values_and_without_its_caches() -> None:
    assert {"low": 4, "high": 10, "width": 6, "name": {"text": "x"}} == serialization.unstructure(_Span(4))


@given(st.integers(), st.integers())
def test_a_result_has_every_field_whatever_its_values(low: int, high: int) -> None:
    assert ["low", "high", "width", "name"] == list(serialization.unstructure(_Span(low, high)))
