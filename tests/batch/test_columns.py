import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from centasia_claims.batch import name_keys
from centasia_claims.batch._columns import Memo, run_chunks


def _upper(values: list[str], _options: object) -> list[str]:
    return [value.upper() for value in values]


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(pa.array(["Halimov", None], pa.string()), id="string"),
        pytest.param(pa.array(["Halimov", None], pa.large_string()), id="large-string"),
        pytest.param(pa.array(["Halimov", None], pa.string_view()), id="string-view"),
        pytest.param(pa.array(["Halimov", None]).dictionary_encode(), id="dictionary"),
        pytest.param(pa.chunked_array([["Halimov"], [None]]), id="chunked"),
        pytest.param(pa.chunked_array([], pa.string()), id="no-chunks"),
    ],
)
def test_every_arrow_string_type_is_read(values: object) -> None:
    expected = [] if len(values) == 0 else ["holimov", None]  # type: ignore[arg-type]
    assert expected == name_keys(values).to_pylist()


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(pd.Series(["Halimov", None], dtype="string[pyarrow]"), id="pandas-string-pyarrow"),
        pytest.param(pd.Series(["Halimov", None], dtype="string[python]"), id="pandas-string-python"),
        pytest.param(pd.Series(["Halimov", None], dtype=pd.ArrowDtype(pa.string())), id="pandas-arrow"),
        pytest.param(pd.Series(["Halimov", None], dtype="category"), id="pandas-category"),
        pytest.param(pl.Series(["Halimov", None], dtype=pl.Categorical), id="polars-categorical"),
        pytest.param(pl.Series([None, "Halimov"]).reverse(), id="polars-reversed"),
    ],
)
def test_every_pandas_and_polars_string_type_is_read(values: object) -> None:
    assert ["holimov", None] == pa.array(name_keys(values)).to_pylist()


def test_a_column_of_nulls_only_is_read() -> None:
    assert [None, None] == name_keys(pa.nulls(2)).to_pylist()


def test_a_memo_computes_only_what_it_does_not_remember() -> None:
    seen: list[list[str]] = []

    def upper(values: list[str], options: object) -> list[str]:
        seen.append(values)
        return _upper(values, options)

    memo = Memo(2)
    first = run_chunks(upper, ["a", "b", "c"], None, None, memo)
    second = run_chunks(upper, ["c", "b", "d"], None, None, memo)
    assert (["A", "B", "C"], ["C", "B", "D"], [["a", "b", "c"], ["c", "d"]], {"a": "A", "b": "B"}) == (
        first,
        second,
        seen,
        memo.found,
    )


def test_a_memo_of_no_size_remembers_nothing() -> None:
    memo = Memo(0)
    assert (["A"], {}) == (run_chunks(_upper, ["a"], None, None, memo), memo.found)
