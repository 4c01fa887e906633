"""`register_duckdb`: the batch functions as DuckDB SQL functions, vectorized over Arrow batches.

>>> import duckdb
>>> from centasia_claims.batch import register_duckdb
>>> connection = register_duckdb(duckdb.connect())
>>> connection.sql("SELECT claims_name_key('Гулмурод Ҳалимов') AS key").fetchall()
[('golmorod holimov',)]
"""

from __future__ import annotations

from typing import Any

from centasia_claims.batch._columns import REMEMBERED, Memo
from centasia_claims.batch._estimates import ESTIMATE_FIELDS, estimate_type, parse_column
from centasia_claims.batch._names import blocking_column, keys_column, verdicts_column

__all__ = ["FUNCTIONS", "register_duckdb", "registered_functions"]

_SQL_TYPES = {
    "low": "DOUBLE",
    "high": "DOUBLE",
    "point": "DOUBLE",
    "values": "DOUBLE[]",
    "hedged": "BOOLEAN",
    "additive": "BOOLEAN",
    "unread": "VARCHAR[]",
}
_ESTIMATE_SQL = "STRUCT({})".format(
    ", ".join(f'"{name}" {_SQL_TYPES.get(name, "VARCHAR")}' for name in ESTIMATE_FIELDS)
)

FUNCTIONS = {
    "claims_name_key": ("VARCHAR", "VARCHAR"),
    "claims_blocking_keys": ("VARCHAR", "VARCHAR[]"),
    "claims_name_verdict": ("VARCHAR, VARCHAR", "VARCHAR"),
    "claims_name_score": ("VARCHAR, VARCHAR", "DOUBLE"),
    "claims_parse_estimate": ("VARCHAR", _ESTIMATE_SQL),
}
"""The SQL functions `register_duckdb` adds: name -> (argument types, return type).

DuckDB reads the annotations of a registered function at run time, so the functions below are annotated
with `typing.Any` rather than with Arrow types imported only for type checking.
"""


def register_duckdb(connection: Any, *, language: str | None = None, remember: int = REMEMBERED) -> Any:
    """Register the library's batch functions on a DuckDB connection, and return the connection.

    Calling it again on the same connection replaces the functions (with the new ``language`` and memory).
    Each is a vectorized (Arrow) scalar function, called once per batch of rows (DuckDB hands 2,048 at a
    time) with each distinct value computed once; a null gives null. Each function remembers the results of
    up to ``remember`` distinct values across batches (the first it meets; then it stops admitting), so a
    value repeated across a large table is computed once; ``remember=0`` keeps nothing between batches.

    * ``claims_name_key(VARCHAR) -> VARCHAR``: `normalize_name`;
    * ``claims_blocking_keys(VARCHAR) -> VARCHAR[]``: `names.blocking_keys` (``UNNEST`` it to join);
    * ``claims_name_verdict(VARCHAR, VARCHAR) -> VARCHAR``: the `compare_names` verdict, ``'same'``,
      ``'compatible'`` or ``'different'``; ``claims_name_score(VARCHAR, VARCHAR) -> DOUBLE`` its score;
    * ``claims_parse_estimate(VARCHAR) -> STRUCT(...)``: a row of `parse_estimates` (fields
      `ESTIMATE_FIELDS`), read with ``language``; never raises, a refused phrase fills ``error``.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> import duckdb
    >>> connection = register_duckdb(duckdb.connect())
    >>> connection.sql(
    ...     "SELECT claims_name_verdict('Gulmurod Halimov', 'Gulmorod Khalimov') AS verdict, "
    ...     "(claims_parse_estimate('up to 1,000')).high AS high"
    ... ).fetchall()
    [('same', 1000.0)]
    >>> connection.sql("SELECT len(claims_blocking_keys('Gulmurod Halimov')) > 0").fetchall()
    [(True,)]
    """
    estimate_type()  # pyarrow is needed by every function: say so now, not at the first query
    present = registered_functions(connection)
    keys, blocking, verdicts, parsed = Memo(remember), Memo(remember), Memo(remember), Memo(remember)

    def name_key(values: Any) -> Any:
        return keys_column(values, None, keys)

    def blocking_keys(values: Any) -> Any:
        return blocking_column(values, None, blocking)

    def name_verdict(left: Any, right: Any) -> Any:
        return verdicts_column(left, right, None, verdicts).field("verdict")

    def name_score(left: Any, right: Any) -> Any:
        return verdicts_column(left, right, None, verdicts).field("score")

    def parse_estimate(values: Any) -> Any:
        return parse_column(values, language, None, parsed)

    functions = {
        "claims_name_key": name_key,
        "claims_blocking_keys": blocking_keys,
        "claims_name_verdict": name_verdict,
        "claims_name_score": name_score,
        "claims_parse_estimate": parse_estimate,
    }
    for name, (arguments, returns) in FUNCTIONS.items():
        if name in present:  # registered before (perhaps with another language): replaced
            connection.remove_function(name)
        connection.create_function(
            name,
            functions[name],
            [connection.type(argument.strip()) for argument in arguments.split(",")],
            connection.type(returns),
            type="arrow",
            null_handling="special",
            side_effects=False,
        )
    return connection


def registered_functions(connection: Any) -> set[str]:
    """The names of the functions a DuckDB connection knows, its own and those registered on it."""
    rows = connection.sql("SELECT DISTINCT function_name FROM duckdb_functions()").fetchall()
    return {name for (name,) in rows}
