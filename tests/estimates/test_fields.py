from __future__ import annotations

import json
import re
from typing import Any

import pytest
from bench._labelled import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import ParseError, parse_estimate
from centasia_claims.estimates import EstimateFields, estimate_fields
from tests.builders.phrases import PHRASES

FAST = settings(max_examples=300, deadline=None)


LANGUAGES = st.sampled_from([None, "en", "ru", "tg", "de", "fr", "xx"])
UNITS = st.sampled_from([None, "people", "percent"])


def _expected(text: str, unit: str | None, language: str | None) -> EstimateFields:
    """What `parse_estimate` returns or raises, as fields."""
    try:
        e = parse_estimate(text, unit=unit, language=language)
    except ParseError as error:
        line = str(error).split("\n", 1)[0].removesuffix(":")
        return EstimateFields(None, None, None, None, None, None, None, (), None, None, None, (), line)
    return EstimateFields(
        e.low, e.high, e.point, e.qualifier.value, e.unit, e.low_inclusive, e.high_inclusive, e.values, e.per,
        e.additive, e.hedged, e.unread, None,
    )  # fmt: skip


@pytest.mark.parametrize(("text", "language"), PHRASES)
def test_every_labelled_phrase_reads_as_parse_estimate_reads_it(text: str, language: str | None) -> None:
    assert _expected(text, None, language) == estimate_fields(text, language=language)


@st.composite
def redrawn(draw: st.DrawFn) -> str:
    """A labelled phrase with each run of digits redrawn: the same grammar, other figures."""
    text, _ = draw(st.sampled_from(PHRASES))
    return re.sub(r"\d+", lambda match: str(draw(st.integers(0, 10 ** len(match.group()) * 2))), text)


@given(text=st.one_of(redrawn(), st.text(max_size=60)), unit=UNITS, language=LANGUAGES)
@FAST
def test_any_text_reads_as_parse_estimate_reads_it(text: str, unit: str | None, language: str | None) -> None:
    assert _expected(text, unit, language) == estimate_fields(text, unit=unit, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "about 95%",
        "about 99%",
        "more than 120%",
        "300-200",
        "5-5",
        "1,000-1,000",
        "less than 0",
        "23 and 21 years",
    ],
)
def test_figures_the_model_refuses_or_bounds_are_read_alike_every_time(text: str) -> None:
    assert [_expected(text, None, None)] * 2 == [estimate_fields(text), estimate_fields(text)]


def _pinned() -> list[tuple[str, str | None, EstimateFields]]:
    """Phrases and the fields read from them before the speed-ups of the reader (a generated file)."""
    data = json.loads(DATA.with_name("estimate_outputs.json").read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["cases"]
    return [
        (
            case["text"],
            case["language"],
            EstimateFields._make(tuple(v) if isinstance(v, list) else v for v in case["fields"]),
        )
        for case in cases
    ]


@pytest.mark.parametrize(("text", "language", "expected"), _pinned())
def test_pinned_phrases_read_as_they_were_read(
    text: str, language: str | None, expected: EstimateFields
) -> None:
    """Speed-ups of the reader change no reading: fields, qualifier, unread words, error and span."""
    assert expected == estimate_fields(text, language=language)
    assert _expected(text, None, language) == expected
