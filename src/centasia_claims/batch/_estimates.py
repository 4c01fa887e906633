"""Figures over whole columns: `parse_estimates` (a struct per phrase) and `extract_estimates` (a long table).

>>> from centasia_claims.batch import parse_estimates
>>> rows = parse_estimates(["about 300", None, "Group 24"]).to_pylist()
>>> rows[0]["point"], rows[1], rows[2]["error"]
(300.0, None, "'Group 24' is an identifier, not a figure at 0-8")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from centasia_claims.batch._columns import Column, Memo, map_distinct, pyarrow_module, run_chunks
from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates import EstimateFields, estimate_fields_each
from centasia_claims.estimates import extract_estimates as extract_each

if TYPE_CHECKING:
    import pyarrow as pa


__all__ = [
    "ESTIMATE_FIELDS",
    "estimate_type",
    "extract_estimates",
    "parse_column",
    "parse_estimates",
]


ESTIMATE_FIELDS = (
    "low", "high", "point", "qualifier", "unit", "inclusivity", "hedged", "values", "per", "additive",
    "unread", "language", "error",
)  # fmt: skip
"""The fields of each row of `parse_estimates`, in order (``language``: the tag the phrase was read with)."""


def _parse(texts: list[str], language: str | None) -> list[EstimateFields]:
    return estimate_fields_each(texts, language=language)


def estimate_type() -> pa.DataType:
    """The Arrow struct type of a row of `parse_estimates`."""
    pa = pyarrow_module()
    text, number, flag = pa.large_string(), pa.float64(), pa.bool_()
    kinds = {
        "low": number,
        "high": number,
        "point": number,
        "qualifier": text,
        "unit": text,
        "inclusivity": text,
        "hedged": flag,
        "values": pa.list_(number),
        "per": text,
        "additive": flag,
        "unread": pa.list_(text),
        "language": text,
        "error": text,
    }
    return pa.struct([(name, kinds[name]) for name in ESTIMATE_FIELDS])


def _build(rows: list[EstimateFields], language: str | None) -> pa.Array:
    """The struct column of rows of fields: a refused phrase has only its language and error."""
    pa = pyarrow_module()
    kind = estimate_type()
    columns: dict[str, Any] = dict(
        zip(EstimateFields._fields, zip(*rows, strict=True) if rows else [()] * 13, strict=True)
    )
    read = [error is None for error in columns["error"]]
    columns["inclusivity"] = [
        None if low is None else ("[" if low else "(") + ("]" if high else ")")
        for low, high in zip(columns["low_inclusive"], columns["high_inclusive"], strict=True)
    ]
    for name in ("values", "unread"):
        columns[name] = [found if ok else None for found, ok in zip(columns[name], read, strict=True)]
    columns["language"] = [language] * len(rows)
    arrays = [pa.array(columns[field.name], field.type) for field in kind]
    return pa.StructArray.from_arrays(arrays, fields=list(kind))


def parse_estimates(values: object, *, language: str | None = None, processes: int | None = None) -> Any:
    """Read each phrase of a column as `parse_estimate` does, into a struct per row, never raising per row.

    Each row is a struct of the fields `ESTIMATE_FIELDS`: ``low``, ``high``, ``point`` (floats or null),
    ``qualifier`` (a `Qualifier` value), ``unit``, ``inclusivity`` (``[]``, ``[)``, ``(]`` or ``()``: which
    bounds are included), ``hedged``, ``values`` (an enumeration's figures), ``per``, ``additive``,
    ``unread``, ``language`` (the tag given) and ``error``. A phrase `parse_estimate` refuses gives only
    ``language`` and ``error``: the first line of its `ParseError` (what was wrong, at which offsets). A
    null stays null. Each distinct phrase is read once; ``processes`` (more than one) reads the distinct
    phrases in a pool of fresh processes. Input and output kinds are as in `name_keys`.

    Raises:
        InvalidValueError: ``values`` is not a column of strings.
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> rows = parse_estimates(["up to 1,000", "Group 24"]).to_pylist()
    >>> rows[0]["qualifier"], rows[0]["high"], rows[0]["inclusivity"], rows[0]["error"]
    ('at_most', 1000.0, '[]', None)
    >>> rows[1]["error"]
    "'Group 24' is an identifier, not a figure at 0-8"
    """
    return parse_column(values, language, processes, None)


def parse_column(values: object, language: str | None, processes: int | None, memo: Memo | None) -> Any:
    """`parse_estimates`, with the rows of earlier calls remembered in ``memo``."""
    column = Column(values, "values")
    build = lambda rows: _build(rows, language)  # noqa: E731 - one expression, named for its use
    return map_distinct(column, _parse, build, options=language, processes=processes, memo=memo)


class _Found(NamedTuple):
    start: int
    end: int
    text: str
    row: EstimateFields


def _extract(texts: list[str], language: str | None) -> list[list[_Found]]:
    return [
        [
            _Found(found.start, found.end, found.estimate.phrase, EstimateFields.of(found.estimate))
            for found in extract_each(text, language=language)
        ]
        for text in texts
    ]


def extract_estimates(
    documents: object, ids: object = None, *, language: str | None = None, processes: int | None = None
) -> Any:
    """Every figure of every document, as a long table: one row per figure found.

    The columns are ``document`` (the document's id from ``ids``, else the index label of a pandas Series,
    else its row number), ``start`` and ``end``
    (code point offsets), ``text`` (the phrase as written) and the fields of `parse_estimates` but
    ``language`` and ``error``. A null document has no rows. Each distinct document is read once. An Arrow
    array or a sequence gives an Arrow table; a Polars Series a Polars DataFrame; a pandas Series a pandas
    DataFrame (with Arrow dtypes).

    Raises:
        InvalidValueError: ``documents`` is not a column of strings, or ``ids`` differs from it in length.
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> table = extract_estimates(["About 300 left in 2015; 61 returned.", None], ids=["a", "b"])
    >>> table.select(["document", "start", "end", "text", "point"]).to_pylist()
    [{'document': 'a', 'start': 0, 'end': 9, 'text': 'About 300', 'point': 300.0},
     {'document': 'a', 'start': 24, 'end': 26, 'text': '61', 'point': 61.0}]
    """
    pa = pyarrow_module()
    column = Column(documents, "documents")
    names = _ids(pa, column, ids)
    encoded = column.strings.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    found = run_chunks(_extract, distinct, language, processes)
    rows: list[int] = []
    picked: list[_Found] = []
    for row, index in enumerate(encoded.indices.to_pylist()):
        if index is None:
            continue
        for item in found[index]:
            rows.append(row)
            picked.append(item)
    estimates = _build([item.row for item in picked], None)
    table = pa.table(
        {
            "document": names.take(pa.array(rows, pa.int64())),
            "start": pa.array([item.start for item in picked], pa.int64()),
            "end": pa.array([item.end for item in picked], pa.int64()),
            "text": pa.array([item.text for item in picked], pa.large_string()),
            **{name: estimates.field(name) for name in ESTIMATE_FIELDS if name not in ("language", "error")},
        }
    )
    return _as_frame(column, table)


def _ids(pa: Any, column: Column, ids: Any) -> Any:
    """The id of each document: ``ids``, else a pandas Series's index labels, else the row numbers."""
    if ids is None and column.kind != "pandas":
        return pa.array(range(len(column)), pa.int64())
    if isinstance(ids, pa.ChunkedArray):
        found = ids.combine_chunks()
    elif isinstance(ids, pa.Array):
        found = ids
    else:
        given = column.index if ids is None else ids
        values = given.to_list() if hasattr(given, "to_list") else list(given)
        try:
            found = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
            raise InvalidValueError(
                "ids", f"expected ids of one type (strings or integers): {error}"
            ) from None
    if len(found) != len(column):
        raise InvalidValueError("ids", f"expected one id per document ({len(column)}), got {len(found)}")
    return found


def _as_frame(column: Column, table: pa.Table) -> Any:
    if column.kind == "polars":
        import polars as pl  # noqa: PLC0415  (optional dependency, imported only when used)

        return pl.from_arrow(table)
    if column.kind == "pandas":
        import pandas as pd  # noqa: PLC0415  (optional dependency, imported only when used)

        return table.to_pandas(types_mapper=pd.ArrowDtype)
    return table
