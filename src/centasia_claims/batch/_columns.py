"""Columns in and out: any column of text as an Arrow array, each distinct value computed once.

A column is an Arrow array or chunked array, a Polars Series, a pandas Series or a plain sequence of
strings and ``None``. It is read as one Arrow string array; its distinct values are computed once each
(``unique → map → take``: dictionary encoding gives the distinct values and each row's index into them), and
the result is given back in the input's kind: a Polars Series for a Polars Series, a pandas Series with an
Arrow dtype (same index and name) for a pandas Series, and an Arrow array for the rest.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any, TypeVar

from centasia_claims.errors import InvalidValueError, MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    import pyarrow as pa

__all__ = [
    "REMEMBERED",
    "Column",
    "Memo",
    "collector_paused",
    "map_distinct",
    "pyarrow_module",
    "run_chunks",
]

T = TypeVar("T")
In = TypeVar("In")

_CHUNKS_PER_PROCESS = 4
"""Distinct values are sent to a pool in this many chunks per process, to even out the load."""


def pyarrow_module() -> Any:
    """The pyarrow module, or `MissingExtraError` naming the extra that installs it."""
    try:
        import pyarrow  # noqa: PLC0415  (optional dependency, imported only when used)
        import pyarrow.compute  # noqa: PLC0415  (loads ``pyarrow.compute`` onto the module)
    except ImportError as error:
        raise MissingExtraError("batch", "pyarrow") from error
    return pyarrow


def _loaded(module: str, name: str) -> Any:
    """A class of an optional library, if the library is already imported (no import of ours loads it)."""
    found = sys.modules.get(module)
    return getattr(found, name, None) if found is not None else None


class Column:
    """One input column read as an Arrow string array, and how to give a result back in the input's kind."""

    def __init__(self, values: Any, argument: str) -> None:
        pa = pyarrow_module()
        self.argument = argument
        self.kind = "arrow"
        self.name: str | None = None
        self.index: Any = None
        polars_series, pandas_series = _loaded("polars", "Series"), _loaded("pandas", "Series")
        if polars_series is not None and isinstance(values, polars_series):
            self.kind, self.name = "polars", values.name
            data: Any = values.to_arrow()
        elif pandas_series is not None and isinstance(values, pandas_series):
            self.kind, self.name, self.index = "pandas", values.name, values.index
            data = pa.array(values, from_pandas=True)
        elif isinstance(values, pa.Array | pa.ChunkedArray):
            data = values
        elif isinstance(values, str | bytes) or not hasattr(values, "__iter__"):
            raise InvalidValueError(
                argument,
                f"expected a column of strings (an Arrow array, a Polars or pandas Series or a sequence), "
                f"got {type(values).__name__}",
            )
        else:
            data = self._sequence(pa, values)
        self.strings: Any = self._as_strings(pa, data)

    def _sequence(self, pa: Any, values: Any) -> Any:
        items = list(values)
        wrong = next((item for item in items if item is not None and not isinstance(item, str)), None)
        if wrong is not None:
            raise InvalidValueError(
                self.argument, f"expected strings or None, got {type(wrong).__name__} {wrong!r}"
            )
        return pa.array(items, type=pa.large_string())

    def _as_strings(self, pa: Any, data: Any) -> Any:
        if isinstance(data, pa.ChunkedArray):
            data = data.combine_chunks() if data.num_chunks else pa.array([], pa.large_string())
        kind = data.type
        if pa.types.is_null(kind):
            return pa.nulls(len(data), pa.large_string())
        if pa.types.is_dictionary(kind):
            data = data.cast(kind.value_type)
            kind = data.type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or _is_string_view(pa, kind)):
            raise InvalidValueError(self.argument, f"expected a column of strings, got Arrow type {kind}")
        return data if pa.types.is_large_string(kind) else data.cast(pa.large_string())

    def __len__(self) -> int:
        return len(self.strings)

    def give(self, result: pa.Array) -> Any:
        """``result`` (one value per row) in the kind of column this one was."""
        if self.kind == "polars":
            import polars as pl  # noqa: PLC0415  (optional dependency, imported only when used)

            return pl.Series(self.name or "", result)
        if self.kind == "pandas":
            import pandas as pd  # noqa: PLC0415  (optional dependency, imported only when used)

            return pd.Series(pd.arrays.ArrowExtensionArray(result), index=self.index, name=self.name)
        return result


def _is_string_view(pa: Any, kind: Any) -> bool:
    check = getattr(pa.types, "is_string_view", None)
    return bool(check(kind)) if check is not None else False


REMEMBERED = 100_000
"""How many distinct values (or pairs) a function remembers across batches or partitions, by default."""


class Memo:
    """Results remembered across calls (DuckDB hands a function 2,048 rows at a time), up to ``size``.

    When full it stops admitting rather than evicting, so the values seen first (in news, the frequent
    ones) stay.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.found: dict[Any, Any] = {}

    def run(
        self,
        function: Callable[[list[In], Any], list[T]],
        distinct: list[In],
        options: Any,
        processes: int | None,
    ) -> list[T]:
        """``function`` over the values of ``distinct`` not yet remembered, and the remembered rest."""
        found = self.found
        missing = [value for value in distinct if value not in found]
        fresh = dict(zip(missing, run_chunks(function, missing, options, processes), strict=True))
        room = self.size - len(found)
        if room > 0:
            found.update(item for _, item in zip(range(room), fresh.items(), strict=False))
        return [fresh[value] if value in fresh else found[value] for value in distinct]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block (as it was before, after it).

    Reading a column makes many short-lived objects and no cycles, and its results pile up: a collection
    would scan them again and again.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def run_chunks(
    function: Callable[[list[In], Any], list[T]],
    distinct: list[In],
    options: Any,
    processes: int | None,
    memo: Memo | None = None,
) -> list[T]:
    """``function(distinct, options)``, in this process or split over a pool of ``processes`` processes.

    The pool starts fresh interpreters (``spawn``), which is safe inside threads (a DuckDB or Dask worker).
    In this process the cyclic garbage collector is paused for the call: reading makes many short-lived
    objects and no cycles, and the results pile up, so a collection would scan them again and again.
    With ``memo``, only the values it does not remember are computed.
    """
    if memo is not None:
        return memo.run(function, distinct, options, processes)
    if processes is None or processes <= 1 or len(distinct) < 2:
        with collector_paused():
            return function(distinct, options)
    count = processes * _CHUNKS_PER_PROCESS
    size = -(-len(distinct) // count)
    chunks = [distinct[start : start + size] for start in range(0, len(distinct), size)]
    with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("spawn")) as pool:
        parts = pool.map(function, chunks, [options] * len(chunks))
        return [item for part in parts for item in part]


def map_distinct(
    column: Column,
    function: Callable[[list[str], Any], list[T]],
    build: Callable[[list[T]], pa.Array],
    *,
    options: Any = None,
    processes: int | None = None,
    memo: Memo | None = None,
) -> Any:
    """Apply ``function`` to each distinct string of ``column`` once, and give one result per row.

    ``function`` maps a list of distinct strings to a list of results; ``build`` turns the results into an
    Arrow array. A null stays null.
    """
    pa = pyarrow_module()
    encoded = column.strings.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    found = run_chunks(function, distinct, options, processes, memo)
    with collector_paused():  # the results are many small tuples, turned into columns
        results = build(found)
    taken = results.take(encoded.indices) if len(results) else pa.nulls(len(column), results.type)
    return column.give(taken)
