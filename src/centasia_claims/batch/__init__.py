"""Batch entry points: the library's per-item functions over whole columns, and inside Polars, DuckDB, Dask.

Each function takes a column (an Arrow array, a Polars Series, a pandas Series or a plain sequence) and
gives one result per row in the input's kind, computing each distinct value once and never raising per
row. `register_duckdb` adds them to DuckDB as SQL functions; importing ``centasia_claims.batch.polars``
adds the ``claims`` namespace to Polars expressions; `dask_map` runs any of them over the partitions of a
Dask collection. `link_names` resolves a table of person names into persons with Splink on DuckDB, from
pieces usable in a Splink model of one's own (`prepare_names`, `name_blocking_rules`, `name_comparison`).
pyarrow, Polars, pandas, DuckDB, Dask and Splink are optional, imported only when used.

>>> from centasia_claims.batch import blocking_keys, name_keys, parse_estimates
>>> name_keys(["Gulmorod Khalimov", "Гулмурод Ҳалимов"]).to_pylist()
['golmorod holimov', 'golmorod holimov']
>>> parse_estimates(["about 300"]).to_pylist()[0]["low"]
270.0
>>> from centasia_claims.batch import ESTIMATE_FIELDS, FUNCTIONS, REMEMBERED, VERDICT_FIELDS
>>> ESTIMATE_FIELDS[:6], VERDICT_FIELDS
(('low', 'high', 'point', 'qualifier', 'unit', 'inclusivity'), ('verdict', 'score'))
>>> FUNCTIONS["claims_blocking_keys"], REMEMBERED
(('VARCHAR', 'VARCHAR[]'), 100000)
"""

from centasia_claims.batch._columns import REMEMBERED
from centasia_claims.batch._dask import dask_map
from centasia_claims.batch._duckdb import FUNCTIONS, register_duckdb
from centasia_claims.batch._estimates import ESTIMATE_FIELDS, extract_estimates, parse_estimates
from centasia_claims.batch._names import VERDICT_FIELDS, blocking_keys, name_keys, name_verdicts
from centasia_claims.batch._splink import (
    M_PROBABILITIES,
    NAME_LEVELS,
    link_names,
    name_blocking_rules,
    name_comparison,
    prepare_names,
)

__all__ = [
    "ESTIMATE_FIELDS",
    "FUNCTIONS",
    "M_PROBABILITIES",
    "NAME_LEVELS",
    "REMEMBERED",
    "VERDICT_FIELDS",
    "blocking_keys",
    "dask_map",
    "extract_estimates",
    "link_names",
    "name_blocking_rules",
    "name_comparison",
    "name_keys",
    "name_verdicts",
    "parse_estimates",
    "prepare_names",
    "register_duckdb",
]
