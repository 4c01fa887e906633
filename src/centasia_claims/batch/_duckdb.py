"""`register_duckdb`: the batch functions as DuckDB SQL functions, vectorized over Arrow batches.

>>> import duckdb
>>> from centasia_claims.batch import register_duckdb
>>> connection = register_duckdb(duckdb.connect())
>>> connection.sql("SELECT claims_name_key('Гулмурод Ҳалимов') AS key").fetchall()
[('golmorod holimov',)]
"""

from __future__ import annotations

from typing import Any

from centasia_claims.batch._estimates import ESTIMATE_FIELDS, estimate_type, parse_estimates
from centasia_claims.batch._names import blocking_keys, name_keys, name_verdicts

__all__ = ["FUNCTIONS", "register_duckdb"]

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


def _name_key(values: Any) -> Any:
    return name_keys(values)


def _blocking_keys(values: Any) -> Any:
    return blocking_keys(values)


def _verdict(left: Any, right: Any) -> Any:
    return name_verdicts(left, right).field("verdict")


def _score(left: Any, right: Any) -> Any:
    return name_verdicts(left, right).field("score")


def register_duckdb(connection: Any, *, language: str | None = None) -> Any:
    """Register the library's batch functions on a DuckDB connection, and return the connection.

    Each is a vectorized (Arrow) scalar function, called once per batch of rows with each distinct value
    computed once; a null gives null:

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

    def parse(values: Any) -> Any:
        return parse_estimates(values, language=language)

    functions = {
        "claims_name_key": _name_key,
        "claims_blocking_keys": _blocking_keys,
        "claims_name_verdict": _verdict,
        "claims_name_score": _score,
        "claims_parse_estimate": parse,
    }
    for name, (arguments, returns) in FUNCTIONS.items():
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
