"""`ClaimsNamespace`: ``pl.col(...).claims``, the batch functions as Polars expressions."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import polars as pl

from centasia_claims.batch import blocking_keys, name_keys, name_verdicts, parse_estimates

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ClaimsNamespace"]


@functools.cache
def _estimate_dtype() -> pl.DataType:
    """The struct type `parse_estimates` gives, read from its result on no rows."""
    return parse_estimates(pl.Series("", [], pl.String)).dtype  # type: ignore[no-any-return]


def _other(other: str | pl.Expr) -> pl.Expr:
    return pl.col(other) if isinstance(other, str) else other


def _verdicts(columns: Sequence[pl.Series]) -> pl.Series:
    """The verdicts of two columns, a literal (one row) broadcast to the other's length."""
    left, right = columns
    if len(left) == 1 and len(right) != 1:
        left = left.new_from_index(0, len(right))
    elif len(right) == 1 and len(left) != 1:
        right = right.new_from_index(0, len(left))
    return name_verdicts(left, right)  # type: ignore[no-any-return]


@pl.api.register_expr_namespace("claims")
class ClaimsNamespace:
    """The ``claims`` namespace: ``pl.col("x").claims.parse_estimate()`` and the name functions.

    Each method is elementwise (one result per row, nulls stay null), so it works in ``select``,
    ``with_columns``, lazy and streaming queries; within each batch of rows each distinct value is computed
    once.

    >>> import polars as pl
    >>> frame = pl.DataFrame({"a": ["Gulmurod Halimov"], "b": ["Fozil Halimov"]})
    >>> frame.select(pl.col("a").claims.name_verdict("b")).item()
    'different'
    >>> frame.select(pl.col("a").claims.blocking_keys().list.contains("holimov")).item()
    True
    """

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def parse_estimate(self, language: str | None = None) -> pl.Expr:
        """Each phrase read as `centasia_claims.batch.parse_estimates` does: a struct per row.

        >>> import polars as pl
        >>> row = pl.select(pl.lit("up to 1,000").claims.parse_estimate()).item()
        >>> row["qualifier"], row["high"]
        ('at_most', 1000.0)
        """
        return self._expr.map_batches(
            functools.partial(parse_estimates, language=language),
            return_dtype=_estimate_dtype(),
            is_elementwise=True,
        )

    def name_key(self) -> pl.Expr:
        """Each name's `normalize_name` key.

        >>> import polars as pl
        >>> pl.select(pl.lit("Гулмурод Ҳалимов").claims.name_key()).item()
        'golmorod holimov'
        """
        return self._expr.map_batches(name_keys, return_dtype=pl.String, is_elementwise=True)

    def blocking_keys(self) -> pl.Expr:
        """Each person name's `names.blocking_keys`, as a list (``explode`` it to join on the keys).

        >>> import polars as pl
        >>> "hlm" in pl.select(pl.lit("Halimov").claims.blocking_keys()).item().to_list()
        True
        """
        return self._expr.map_batches(blocking_keys, return_dtype=pl.List(pl.String), is_elementwise=True)

    def name_verdict(self, other: str | pl.Expr) -> pl.Expr:
        """The `compare_names` verdict of each row's names: ``"same"``, ``"compatible"`` or ``"different"``.

        ``other`` is a column name or an expression.

        >>> import polars as pl
        >>> pl.select(pl.lit("Gulmurod Halimov").claims.name_verdict(pl.lit("Halimov"))).item()
        'compatible'
        """
        return pl.map_batches(
            [self._expr, _other(other)],
            lambda columns: _verdicts(columns).struct.field("verdict"),
            return_dtype=pl.String,
            is_elementwise=True,
        )

    def name_score(self, other: str | pl.Expr) -> pl.Expr:
        """The `compare_names` score of each row's names, in [0, 1].

        >>> import polars as pl
        >>> pl.select(pl.lit("Gulmurod Halimov").claims.name_score(pl.lit("Gulmorod Khalimov"))).item()
        1.0
        """
        return pl.map_batches(
            [self._expr, _other(other)],
            lambda columns: _verdicts(columns).struct.field("score"),
            return_dtype=pl.Float64,
            is_elementwise=True,
        )
