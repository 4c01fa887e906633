from __future__ import annotations

from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import ParseError, extract_estimates, parse_estimate
from centasia_claims.batch import ESTIMATE_FIELDS, parse_estimates
from centasia_claims.batch import extract_estimates as extract_all
from centasia_claims.errors import InvalidValueError
from tests.builders.columns import KINDS, column, output_type, rows
from tests.builders.phrases import PHRASES as LABELLED
from tests.builders.phrases import redrawn

FAST = settings(max_examples=60, deadline=None)
PHRASES = st.sampled_from(
    ["about 300", "up to 1,000", "more than half", "45-50%", "23 and 21 years", "$100 a month", "Group 24",
     "1992-97", "около 1,5 тыс. человек", "2.750 vittime", "smoe 1,200", "fewer than 5", "1,141¹", "", "  ",
     "hundreds of thousands more", "an estimated 2,000", "about 95%", "between 80 and 100"]
)  # fmt: skip
CELLS = st.one_of(st.none(), PHRASES, st.text(max_size=40))
LANGUAGES = st.sampled_from([None, "en", "ru", "de", "tg"])


def _expected(text: str | None, language: str | None) -> dict[str, Any] | None:
    """The row of one phrase, read by `parse_estimate` itself."""
    if text is None:
        return None
    failed = dict.fromkeys(ESTIMATE_FIELDS) | {"language": language}
    try:
        estimate = parse_estimate(text, language=language)
    except ParseError as error:
        location = f"{error.start}-{error.end}" if error.end > error.start else str(error.start)
        return failed | {"error": f"{error.message} at {location}"}
    return {
        "low": estimate.low,
        "high": estimate.high,
        "point": estimate.point,
        "qualifier": estimate.qualifier.value,
        "unit": estimate.unit,
        "inclusivity": ("[" if estimate.low_inclusive else "(") + ("]" if estimate.high_inclusive else ")"),
        "hedged": estimate.hedged,
        "values": list(estimate.values),
        "per": estimate.per,
        "additive": estimate.additive,
        "unread": list(estimate.unread),
        "language": language,
        "error": None,
    }


@pytest.mark.parametrize("kind", KINDS)
@given(values=st.lists(CELLS, max_size=30), language=LANGUAGES)
@FAST
def test_each_row_is_what_parse_estimate_reads(
    kind: str, values: list[str | None], language: str | None
) -> None:
    result = parse_estimates(column(values, kind), language=language)
    expected = [_expected(value, language) for value in values]
    assert (True, expected) == (isinstance(result, output_type(kind)), rows(result))


def test_rows_are_read_in_a_pool_of_processes_as_in_this_one() -> None:
    values = [f"about {number}" for number in range(30)] + ["Group 24", None]
    assert rows(parse_estimates(values)) == rows(parse_estimates(values, processes=2))


def test_the_struct_has_the_documented_fields_in_order() -> None:
    kind = parse_estimates(["300"]).type
    assert list(ESTIMATE_FIELDS) == [field.name for field in kind]


def _found(text: str | None, document: object, language: str | None) -> list[dict[str, Any]]:
    if text is None:
        return []
    found = []
    for item in extract_estimates(text, language=language):
        row = _expected(item.estimate.phrase, language)
        estimate = item.estimate
        found.append(
            {"document": document, "start": item.start, "end": item.end, "text": estimate.phrase}
            | {
                "low": estimate.low,
                "high": estimate.high,
                "point": estimate.point,
                "qualifier": estimate.qualifier.value,
                "unit": estimate.unit,
                "inclusivity": ("[" if estimate.low_inclusive else "(")
                + ("]" if estimate.high_inclusive else ")"),
                "hedged": estimate.hedged,
                "values": list(estimate.values),
                "per": estimate.per,
                "additive": estimate.additive,
                "unread": list(estimate.unread),
            }
        )
        assert row is not None
    return found


DOCUMENTS = st.one_of(
    st.none(),
    st.lists(PHRASES, max_size=4).map(" and ".join),
    st.text(max_size=60),
)


@pytest.mark.parametrize("kind", KINDS)
@given(documents=st.lists(DOCUMENTS, max_size=12), language=LANGUAGES)
@FAST
def test_the_long_table_lists_what_extract_estimates_finds(
    kind: str, documents: list[str | None], language: str | None
) -> None:
    table = extract_all(column(documents, kind), language=language)
    records = pa.Table.from_pandas(table) if kind == "pandas" else table
    records = records.to_arrow() if kind == "polars" else records
    names = [f"row{number}" if kind == "pandas" else number for number in range(len(documents))]
    expected = [
        row for name, text in zip(names, documents, strict=True) for row in _found(text, name, language)
    ]
    assert expected == records.to_pylist()


def test_documents_are_named_by_their_ids() -> None:
    table = extract_all(["About 300 left.", "300 left.", None], ids=["a", "b", "c"])
    assert [("a", "About 300"), ("b", "300")] == list(
        zip(table["document"].to_pylist(), table["text"].to_pylist(), strict=True)
    )


def test_ids_must_name_every_document() -> None:
    with pytest.raises(InvalidValueError) as caught:
        extract_all(["About 300 left."], ids=["a", "b"])
    assert "ids: expected one id per document (1), got 2" == str(caught.value)


@st.composite
def _redrawn_columns(draw: st.DrawFn) -> list[str | None]:
    """Labelled phrases, each redrawn several times, with nulls and text of any kind, shuffled."""
    templates = draw(st.lists(st.sampled_from(LABELLED), min_size=1, max_size=4))
    cells: list[str | None] = [
        draw(redrawn(text)) for text, _ in templates for _ in range(draw(st.integers(1, 8)))
    ]
    cells += draw(st.lists(st.one_of(st.none(), st.text(max_size=40)), max_size=3))
    return draw(st.permutations(cells))


@given(values=_redrawn_columns(), language=LANGUAGES)
@settings(max_examples=150, deadline=None)
def test_phrases_of_one_shape_read_each_as_estimate_fields_reads_it(
    values: list[str | None], language: str | None
) -> None:
    expected = [_expected(value, language) for value in values]
    assert expected == parse_estimates(values, language=language).to_pylist()
