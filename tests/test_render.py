from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import corroborate, load_seed_corpus, reconcile, resolve
from centasia_claims._render import html_definitions, html_table, interval_text, number_text
from centasia_claims.provenance import check_provenance, trace_claim

finite = st.floats(min_value=0, max_value=1e18, allow_nan=False, allow_infinity=False)


def test_number_text() -> None:
    assert ("1,141", "33.33", "1.5") == (
        number_text(1141.0),
        number_text(100 / 3, places=2),
        number_text(1.5),
    )


@pytest.mark.parametrize(
    ("value", "options", "expected"),
    [
        pytest.param(1300000, {}, "1,300,000", id="grouped"),
        pytest.param(1300000, {"grouping": False}, "1300000", id="ungrouped"),
        pytest.param(8.2, {}, "8.2", id="no-float-noise"),
        pytest.param(1e-07, {}, "0.0000001", id="no-exponent"),
        pytest.param(1e16, {}, "10,000,000,000,000,000", id="beyond-integers"),
        pytest.param(2.999, {"places": 2}, "3", id="rounded-whole"),
        pytest.param(12.5, {"places": 2, "grouping": False}, "12.5", id="trailing-zero-dropped"),
        pytest.param(0.001, {"places": 2}, "0", id="rounded-to-zero"),
    ],
)
def test_number_text_cases(value: float, options: dict[str, bool | int], expected: str) -> None:
    assert expected == number_text(value, **options)  # type: ignore[arg-type]


@given(finite)
def test_number_text_writes_every_digit_of_the_float(value: float) -> None:
    written = number_text(value)
    assert (Decimal(repr(value)), "e" in written) == (Decimal(written.replace(",", "")), False)


@given(finite)
def test_grouping_only_adds_commas(value: float) -> None:
    assert number_text(value, grouping=False) == number_text(value).replace(",", "")


@given(finite, st.integers(min_value=0, max_value=4))
def test_places_round_to_within_half_a_unit(value: float, places: int) -> None:
    written = float(number_text(value, places=places, grouping=False))
    assert math.isclose(written, value, abs_tol=0.5 * 10**-places + 1e-9 * value)


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        pytest.param((270, 330, True, True), "[270, 330]", id="closed"),
        pytest.param((1500, 9999, False, True), "(1500, 9999]", id="half-open"),
        pytest.param((None, 1000, False, True), "(-∞, 1000]", id="no-low"),
        pytest.param((2000, None, False, False), "(2000, ∞)", id="no-high"),
        pytest.param((1141, 1141, True, True), "{1141}", id="one-number"),
        pytest.param((12.504, 25, False, False), "(12.5, 25)", id="rounded"),
    ],
)
def test_interval_text(bounds: tuple[float | None, float | None, bool, bool], expected: str) -> None:
    low, high, low_inclusive, high_inclusive = bounds
    assert expected == interval_text(low, high, low_inclusive=low_inclusive, high_inclusive=high_inclusive)


def test_html_escapes_every_cell_and_title() -> None:
    assert (
        "<table><tr><th>a&amp;b</th></tr><tr><td><code>&lt;x&gt;</code></td></tr></table>",
        "<div><strong>&lt;t&gt;</strong><dl><dt>k</dt><dd><b>v</b></dd></dl></div>",
    ) == (html_table(("a&b",), [("<x>",)], code=0), html_definitions("<t>", [("k", "<b>v</b>")]))


def test_every_result_a_user_meets_renders_as_html() -> None:
    corpus = load_seed_corpus()
    result = reconcile(corpus, "measure:tajiks-joined-is-syria-iraq")
    claim = "claim:rferl-rahimzoda-61-returned"
    shown: list[Any] = [
        result,
        result.figures[0],
        result.consensus[0],
        result.contradictions[0],
        resolve(corpus, "Gulmorod Khalimov"),
        resolve(corpus, "Gulmorod Khalimov").candidates[0],
        corroborate(corpus, claim),
        trace_claim(corpus, claim),
        trace_claim(corpus, claim).origin,
        check_provenance(corpus),
        check_provenance(corpus).findings[0],
        corpus.source("source:rferl-up-to-1000"),
        corpus.measure("measure:tajik-fighters-returned"),
        corpus.entity("person:gulmurod-halimov"),
    ]
    assert [] == [type(item).__name__ for item in shown if not item._repr_html_().startswith("<div>")]
