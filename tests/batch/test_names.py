import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.batch import blocking_keys, name_keys, name_verdicts
from centasia_claims.errors import InvalidValueError
from centasia_claims.names import blocking_keys as keys_of
from centasia_claims.names import compare_names, normalize_name
from tests.builders.columns import KINDS, column, output_type, rows

FAST = settings(max_examples=60, deadline=None)
NAMES = st.sampled_from(
    [
        "Gulmurod Halimov",
        "Гулмурод Ҳалимов",
        "Gulmorod Khalimov",
        "Fozil Halimov",
        "حليموف",
        "Halimov",
        "F.",
        "",
    ]
)
CELLS = st.one_of(st.none(), NAMES, st.text(max_size=40))
COLUMNS = st.lists(CELLS, max_size=30)


@pytest.mark.parametrize("kind", KINDS)
@given(values=COLUMNS)
@FAST
def test_name_keys_are_the_keys_of_each_name(kind: str, values: list[str | None]) -> None:
    result = name_keys(column(values, kind))
    expected = [None if value is None else normalize_name(value) for value in values]
    assert (True, expected) == (isinstance(result, output_type(kind)), rows(result))


@pytest.mark.parametrize("kind", KINDS)
@given(values=COLUMNS)
@FAST
def test_blocking_keys_are_the_keys_of_each_name(kind: str, values: list[str | None]) -> None:
    result = blocking_keys(column(values, kind))
    expected = [None if value is None else list(keys_of(value)) for value in values]
    assert (True, expected) == (isinstance(result, output_type(kind)), rows(result))


@pytest.mark.parametrize("kind", KINDS)
@given(pairs=st.lists(st.tuples(CELLS, CELLS), max_size=20))
@FAST
def test_name_verdicts_are_the_verdicts_of_each_pair(
    kind: str, pairs: list[tuple[str | None, str | None]]
) -> None:
    left, right = [a for a, _ in pairs], [b for _, b in pairs]
    result = name_verdicts(column(left, kind), column(right, "arrow"))
    expected = [
        None
        if a is None or b is None
        else {"verdict": compare_names(a, b).verdict.value, "score": compare_names(a, b).score}
        for a, b in pairs
    ]
    assert (True, expected) == (isinstance(result, output_type(kind)), rows(result))


def test_a_pandas_result_keeps_the_index_and_name() -> None:
    result = name_keys(column(["Halimov", None], "pandas"))
    assert (["row0", "row1"], "column") == (list(result.index), result.name)


def test_a_polars_result_keeps_the_name() -> None:
    assert "column" == name_keys(column(["Halimov"], "polars")).name


def test_every_distinct_name_is_keyed_once_whatever_the_rows() -> None:
    result = name_keys(["Halimov"] * 1000 + [None] * 10)
    assert (1010, 10, ["holimov"]) == (
        len(result),
        result.null_count,
        result.unique().drop_null().to_pylist(),
    )


def test_keys_come_back_in_order_from_a_pool_of_processes() -> None:
    values = [f"Name{number} Halimov" for number in range(40)] + [None]
    assert rows(name_keys(values)) == rows(name_keys(values, processes=2))


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param("Halimov", "values: expected a column of strings (an Arrow array, a Polars or pandas "
                     "Series or a sequence), got str", id="one-string"),
        pytest.param(42, "values: expected a column of strings (an Arrow array, a Polars or pandas Series or "
                     "a sequence), got int", id="a-number"),
        pytest.param(["Halimov", 3], "values: expected strings or None, got int 3", id="a-number-in-a-list"),
        pytest.param(pa.array([1, 2]), "values: expected a column of strings, got Arrow type int64",
                     id="arrow-integers"),
    ],
)  # fmt: skip
def test_a_column_that_is_not_text_is_refused(values: object, expected: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        name_keys(values)
    assert expected == str(caught.value)


def test_pairs_of_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        name_verdicts(["a", "b"], ["a"])
    assert "right: the two columns differ in length (2 and 1): pair them row by row" == str(caught.value)


def test_empty_and_all_null_columns_give_empty_and_null_results() -> None:
    assert ([], [None, None], [[], None]) == (
        rows(name_keys([])),
        rows(name_keys(pa.nulls(2))),
        rows(blocking_keys(["F.", None])),
    )
