"""Columns of every kind the batch functions take, and their results read back as Python lists."""

from __future__ import annotations

from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa

KINDS = ("list", "arrow", "chunked", "polars", "pandas")
"""The kinds of column the batch functions take: a list, Arrow (one chunk or several), Polars, pandas."""


def column(values: list[str | None], kind: str) -> Any:
    """``values`` as a column of ``kind``."""
    if kind == "list":
        return values
    if kind == "arrow":
        return pa.array(values, pa.string())
    if kind == "chunked":
        half = len(values) // 2
        return pa.chunked_array([values[:half], values[half:]], pa.string())
    if kind == "polars":
        return pl.Series("column", values, pl.String)
    return pd.Series(values, dtype=object, name="column", index=[f"row{n}" for n in range(len(values))])


def output_type(kind: str) -> type:
    """The type of column a batch function gives for an input of ``kind``."""
    if kind == "polars":
        return pl.Series
    return pd.Series if kind == "pandas" else pa.Array  # type: ignore[no-any-return]


def rows(result: Any) -> list[Any]:
    """A batch function's result as a Python list, one item per row."""
    if isinstance(result, pl.Series):
        return result.to_arrow().to_pylist()  # type: ignore[no-any-return]
    if isinstance(result, pd.Series):
        return pa.array(result).to_pylist()  # type: ignore[no-any-return]
    return result.to_pylist()  # type: ignore[no-any-return]
