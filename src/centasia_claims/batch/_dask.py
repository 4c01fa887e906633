"""`dask_map`: a batch function over the partitions of Dask collections, on any Dask scheduler.

>>> import dask.dataframe as dd
>>> import pandas as pd
>>> from centasia_claims.batch import dask_map, name_keys
>>> names = dd.from_pandas(pd.Series(["Gulmorod Khalimov", None, "Гулмурод Ҳалимов"]), npartitions=2)
>>> keys = dask_map(name_keys, names).compute(scheduler="sync")
>>> keys.isna().tolist(), keys.dropna().unique().tolist()
([False, True, False], ['golmorod holimov'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from centasia_claims.batch._columns import REMEMBERED, Memo, pyarrow_module
from centasia_claims.batch._estimates import parse_column, parse_estimates
from centasia_claims.batch._names import (
    blocking_column,
    blocking_keys,
    keys_column,
    name_keys,
    name_verdicts,
    verdicts_column,
)
from centasia_claims.errors import InvalidValueError, MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["dask_map"]


def _empty(series: Any) -> Any:
    """An empty pandas Series of ``series``'s name and dtype: what a partition of it looks like."""
    import pandas as pd  # noqa: PLC0415  (optional dependency, imported only when used)

    return pd.Series([], dtype=series.dtype, name=series.name)


class _Remembering:
    """A column function with one memory of distinct values for every partition it runs on in a process."""

    def __init__(self, function: Callable[..., Any], remember: int) -> None:
        self.function = function
        self.memo = Memo(remember)

    def __call__(self, *columns: Any, language: str | None = None, processes: int | None = None) -> Any:
        memo = self.memo
        if self.function is parse_estimates:
            return parse_column(columns[0], language, processes, memo)
        if self.function is name_keys:
            return keys_column(columns[0], processes, memo)
        if self.function is blocking_keys:
            return blocking_column(columns[0], processes, memo)
        return verdicts_column(columns[0], columns[1], processes, memo)


_REMEMBERS: Final = frozenset({parse_estimates, name_keys, blocking_keys, name_verdicts})
"""The column functions whose results a memory keeps across partitions (documents are seldom repeated)."""


def dask_map(function: Callable[..., Any], *columns: Any, remember: int = REMEMBERED, **options: Any) -> Any:
    """Run a batch function over each partition of one or more Dask Series, lazily.

    ``function`` is one of this package's column functions (`parse_estimates`, `name_keys`,
    `blocking_keys`, `name_verdicts`, `extract_estimates`); ``columns`` are Dask Series partitioned alike
    (columns of one Dask DataFrame are); ``options`` are passed to ``function`` (``language=``). Each
    partition is a pandas Series, so the result is a Dask Series with an Arrow dtype (a Dask DataFrame for
    `extract_estimates`, whose ``document`` is the index label of each document unless ``ids`` is given as a
    second column). Compute it on any scheduler: a ``distributed`` cluster runs the partitions on its
    workers. Within a partition each distinct value is computed once; the results of up to ``remember``
    distinct values (the first met) are also kept for the partitions that follow, so a value repeated across
    partitions is computed once by each process that runs them (all of them on the ``sync`` and ``threads``
    schedulers: one memory; on a ``distributed`` cluster, each task gets its own copy); ``remember=0`` keeps
    nothing between partitions.

    Raises:
        InvalidValueError: No column is given, or a column is not a Dask Series.
        MissingExtraError: Dask is not installed (``pip install 'centasia-claims[dask]'``).

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> phrases = dd.from_pandas(pd.Series(["about 300", "Group 24", "up to 1,000"]), npartitions=2)
    >>> from centasia_claims.batch import parse_estimates
    >>> parsed = dask_map(parse_estimates, phrases).compute(scheduler="sync")
    >>> [row["high"] for row in parsed.tolist()]
    [330.0, None, 1000.0]
    """
    pyarrow_module()
    try:
        import dask.dataframe as dd  # noqa: PLC0415  (optional dependency, imported only when used)
    except ImportError as error:
        raise MissingExtraError("dask", "dask") from error
    if not columns:
        raise InvalidValueError("columns", "give at least one Dask Series to map over")
    for number, series in enumerate(columns):
        if not isinstance(series, dd.Series):
            raise InvalidValueError(
                f"columns[{number}]", f"expected a Dask Series, got {type(series).__name__}"
            )
    mapped = _Remembering(function, remember) if remember > 0 and function in _REMEMBERS else function
    meta = function(*(_empty(series) for series in columns), **options)
    return dd.map_partitions(mapped, *columns, meta=meta, **options)
