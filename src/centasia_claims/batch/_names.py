"""Name keys, blocking keys and verdicts over whole columns, each distinct name (or pair) computed once.

>>> from centasia_claims.batch import name_keys
>>> name_keys(["Gulmorod Khalimov", None, "Гулмурод Ҳалимов"]).to_pylist()
['golmorod holimov', None, 'golmorod holimov']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from centasia_claims.batch._columns import Column, map_distinct, pyarrow_module, run_chunks
from centasia_claims.errors import InvalidValueError
from centasia_claims.names import blocking_keys as name_blocking_keys
from centasia_claims.names import compare_names, normalize_name

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["VERDICT_FIELDS", "blocking_keys", "name_keys", "name_verdicts"]

VERDICT_FIELDS = ("verdict", "score")
"""The fields of each row of `name_verdicts`."""


def _keys(texts: list[str], _options: object) -> list[str]:
    return [normalize_name(text) for text in texts]


def _blocking(texts: list[str], _options: object) -> list[tuple[str, ...]]:
    return [name_blocking_keys(text) for text in texts]


def _verdicts(pairs: list[tuple[str, str]], _options: object) -> list[tuple[str, float]]:
    found = []
    for left, right in pairs:
        match = compare_names(left, right)
        found.append((match.verdict.value, match.score))
    return found


def name_keys(values: object, *, processes: int | None = None) -> Any:
    """The `normalize_name` key of each name in a column; a null stays null.

    ``values`` is an Arrow array, a Polars Series, a pandas Series or a sequence of strings and ``None``;
    the keys come back as a Polars Series, a pandas Series (Arrow string dtype, same index and name) or an
    Arrow ``large_string`` array, in that order. Each distinct name is folded once; ``processes`` (more
    than one) folds the distinct names in a pool of fresh processes.

    Raises:
        InvalidValueError: ``values`` is not a column of strings.
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> name_keys(["Gulmurod Halimov", "Colonel Gulmorod Khalimov"]).to_pylist()
    ['golmorod holimov', 'golmorod holimov']
    """
    pa = pyarrow_module()
    column = Column(values, "values")
    return map_distinct(column, _keys, lambda keys: pa.array(keys, pa.large_string()), processes=processes)


def blocking_keys(values: object, *, processes: int | None = None) -> Any:
    """The `names.blocking_keys` of each name in a column, as a list column; a null stays null.

    Two person names the name index would compare share a key, so matching two tables of names is an
    explode of this column, a join on the key and a comparison of the distinct pairs that meet. Input and
    output kinds are those of `name_keys` (a list of ``large_string`` per row).

    Raises:
        InvalidValueError: ``values`` is not a column of strings.
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> keys = blocking_keys(["Gulmurod Halimov", "Гулмурод Ҳалимов", "F."]).to_pylist()
    >>> "holimov" in set(keys[0]) & set(keys[1]), keys[2]
    (True, [])
    """
    pa = pyarrow_module()
    column = Column(values, "values")
    kind = pa.list_(pa.large_string())
    return map_distinct(column, _blocking, lambda keys: pa.array(keys, kind), processes=processes)


def verdict_type() -> pa.DataType:
    """The Arrow type of a row of `name_verdicts`."""
    pa = pyarrow_module()
    return pa.struct([("verdict", pa.large_string()), ("score", pa.float64())])


def name_verdicts(left: object, right: object, *, processes: int | None = None) -> Any:
    """The `compare_names` verdict and score of each row's pair of person names.

    Each row gives a struct of ``verdict`` (``"same"``, ``"compatible"`` or ``"different"``, as
    `NameVerdict`) and ``score``; a row where either name is null is null. Each distinct pair is compared
    once. The output kind follows ``left``, as in `name_keys`; ``right`` may be any kind of column of the
    same length.

    Raises:
        InvalidValueError: A column is not a column of strings, or the two differ in length.
        MissingExtraError: pyarrow is not installed (``pip install 'centasia-claims[batch]'``).

    >>> rows = name_verdicts(["Gulmurod Halimov", "Gulmurod Halimov"], ["Гулмурод Ҳалимов", "Fozil Halimov"])
    >>> [(row["verdict"], row["score"]) for row in rows.to_pylist()]
    [('same', 1.0), ('different', 0.3)]
    """
    pa = pyarrow_module()
    first, second = Column(left, "left"), Column(right, "right")
    if len(first) != len(second):
        raise InvalidValueError(
            "right",
            f"the two columns differ in length ({len(first)} and {len(second)}): pair them row by row",
        )
    one, two = first.strings.dictionary_encode(), second.strings.dictionary_encode()
    width = max(len(two.dictionary), 1)
    codes = pa.compute.add(
        pa.compute.multiply(one.indices.cast(pa.int64()), width), two.indices.cast(pa.int64())
    )
    unique = pa.compute.unique(codes).drop_null()
    lefts, rights = one.dictionary.to_pylist(), two.dictionary.to_pylist()
    pairs = [(lefts[code // width], rights[code % width]) for code in unique.to_pylist()]
    found = run_chunks(_verdicts, pairs, None, processes)
    kind = verdict_type()
    results = pa.StructArray.from_arrays(
        [
            pa.array([verdict for verdict, _ in found], pa.large_string()),
            pa.array([s for _, s in found], pa.float64()),
        ],
        fields=list(kind),
    )
    positions = pa.compute.index_in(codes, value_set=unique)
    return first.give(results.take(positions))
