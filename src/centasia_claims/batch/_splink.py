"""Entity resolution of a large table of person names with Splink on DuckDB, using the library's rules.

The recipe has four pieces, each usable in a Splink model of one's own:

* `prepare_names` adds the columns the comparison and the blocking read: the name's key (`normalize_name`),
  its pair keys and its initial keys (below), and whether it holds an initial;
* `name_blocking_rules`: pairs of names are compared when they share a *pair key* — a key of one part
  (one of `names.blocking_keys`: itself, its family-name stem, its one-slip forms, its skeleton) joined to
  the exact key of another part — or, when either name holds an initial, an *initial key* (a part's key
  and another part's first letter). Blocking on one part's keys alone would compare every Gulmurod with
  every other: a table of 100,000 names has blocks of hundreds of names per given name;
* `name_comparison`: a Splink comparison whose levels are the library's verdict (``claims_name_verdict``,
  `compare_names`) — the same full name, names that share no blocking key (never compared), the same person
  by the rules, agreement with an initial, compatible, different;
* `link_names`: the whole linkage. Strong links (the same full name, or the verdict ``same`` between names
  without initials) are clustered by Splink's connected components; then a cluster whose weak links (an
  initial, a compatible name) all lead to one larger cluster joins it, so "G. Khalimov" is filed with
  Gulmurod Khalimov only when no other G. Khalimov is in the table.

Splink (extra ``splink``) is imported only when a function is called.

>>> import duckdb
>>> from centasia_claims.batch import link_names
>>> connection = duckdb.connect()
>>> _ = connection.execute(
...     "CREATE TABLE mentions AS SELECT * FROM (VALUES (1, 'Gulmurod Khalimov'), (2, 'Гулмурод Ҳалимов'),"
...     " (3, 'G. Khalimov'), (4, 'Fozil Khalimov')) AS t(unique_id, name)"
... )
>>> clusters = link_names(connection, "mentions")
>>> sorted(clusters.fetchall())
[(1, 1), (2, 1), (3, 1), (4, 4)]

The comparison's levels and their ``m`` probabilities:

>>> from centasia_claims.batch import M_PROBABILITIES, NAME_LEVELS
>>> dict(zip(NAME_LEVELS, M_PROBABILITIES, strict=True))["same person"]
0.31
"""

from __future__ import annotations

import logging
import re
from typing import Any

from centasia_claims.batch._columns import Column, map_distinct, pyarrow_module
from centasia_claims.batch._duckdb import register_duckdb, registered_functions
from centasia_claims.errors import InvalidValueError, MissingExtraError
from centasia_claims.names import blocking_keys, parse_name

__all__ = [
    "M_PROBABILITIES",
    "NAME_LEVELS",
    "link_names",
    "name_blocking_rules",
    "name_comparison",
    "prepare_names",
]

NAME_LEVELS: tuple[str, ...] = (
    "same full name",
    "no shared blocking key",
    "same person",
    "agrees with an initial",
    "compatible",
    "different",
)
"""The levels of `name_comparison` below the null level, strongest first, as Splink's charts label them."""

M_PROBABILITIES: tuple[float, ...] = (0.25, 0.11, 0.31, 0.15, 0.13, 0.05)
"""The share of the pairs of one person's names at each level of `NAME_LEVELS` (Splink's ``m``), as Splink
estimates them from the labels (``estimate_m_from_label_column``) of 3,000 mentions of the synthetic labelled
table of ``bench/_mentions.py`` (seed 11), rounded. Only the match weights Splink reports depend on them:
`link_names` decides by level."""

_MAX_PARTS = 6
"""Pair and initial keys are made from a name's first six parts (a title, given names, a patronymic, a
surname and a particle fit), so their number stays bounded and the keys of any text are linear in it."""

_STRONG = ("same full name", "same person")
_WEAK = ("agrees with an initial", "compatible")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _splink() -> Any:
    try:
        import splink  # noqa: PLC0415  (optional dependency, imported only when used)
    except ImportError as error:
        raise MissingExtraError("splink", "splink") from error
    return splink


def _identifier(value: str, argument: str) -> str:
    if not _IDENTIFIER.fullmatch(value):
        raise InvalidValueError(
            argument,
            f"{value!r} is not a plain SQL identifier: use letters, digits and _ (not first a digit)",
        )
    return value


def _pair_keys(texts: list[str], _options: object) -> list[list[str]]:
    found = []
    for text in texts:
        tokens = parse_name(text).tokens[:_MAX_PARTS]
        parts = list(dict.fromkeys(token.key for token in tokens if not token.initial))
        keys: set[str] = set()
        for index, part in enumerate(parts):
            variants = blocking_keys(part)
            for other, exact in enumerate(parts):
                if other != index:
                    keys.update(f"{variant}>{exact}" for variant in variants)
        found.append(sorted(keys))
    return found


def _initial_keys(texts: list[str], _options: object) -> list[list[str]]:
    found = []
    for text in texts:
        tokens = parse_name(text).tokens[:_MAX_PARTS]
        keys = {
            f"{token.key}/{other.key[:1]}"
            for index, token in enumerate(tokens)
            if not token.initial
            for position, other in enumerate(tokens)
            if position != index
        }
        found.append(sorted(keys))
    return found


def _column_function(function: Any) -> Any:
    pa = pyarrow_module()
    kind = pa.list_(pa.large_string())

    def keys(values: Any) -> Any:
        return map_distinct(Column(values, "values"), function, lambda found: pa.array(found, kind))

    return keys


def _register(connection: Any) -> None:
    """The library's SQL functions and the recipe's two, each once on a connection."""
    present = registered_functions(connection)
    if "claims_name_verdict" not in present:
        register_duckdb(connection)
    for name, function in (("claims_pair_keys", _pair_keys), ("claims_initial_keys", _initial_keys)):
        if name in present:
            continue
        connection.create_function(
            name,
            _column_function(function),
            [connection.type("VARCHAR")],
            connection.type("VARCHAR[]"),
            type="arrow",
            null_handling="special",
            side_effects=False,
        )


def prepare_names(connection: Any, table: str, *, column: str = "name", output: str | None = None) -> str:
    """Copy ``table`` with the columns the recipe reads, and return the new table's name.

    Registers the library's SQL functions on ``connection`` (`register_duckdb`, and ``claims_pair_keys``
    and ``claims_initial_keys``) and creates ``output`` (default ``<table>_names``) with every column of
    ``table`` and ``<column>_key`` (the name's key), ``<column>_pairs`` (its pair keys),
    ``<column>_initial_keys`` and ``<column>_initials`` (whether it holds an initial). Pair and initial
    keys are made from the name's first six parts.

    Raises:
        InvalidValueError: ``table``, ``column`` or ``output`` is not a plain SQL identifier.
        MissingExtraError: pyarrow is not installed.

    >>> import duckdb
    >>> connection = duckdb.connect()
    >>> _ = connection.execute("CREATE TABLE people AS SELECT 'G. Khalimov' AS name")
    >>> prepared = prepare_names(connection, "people")
    >>> connection.sql(f"SELECT name_key, name_initial_keys, name_initials FROM {prepared}").fetchall()
    [('g holimov', ['holimov/g'], True)]
    """
    source = _identifier(table, "table")
    name = _identifier(column, "column")
    target = _identifier(output or f"{table}_names", "output")
    _register(connection)
    # A list comprehension, which every DuckDB from 1.1 reads (the arrow lambda is deprecated in DuckDB 2).
    initials = f"[length(part) = 1 for part in string_split(claims_name_key({name}), ' ')]"
    connection.execute(
        f"CREATE OR REPLACE TABLE {target} AS SELECT *, claims_name_key({name}) AS {name}_key, "  # noqa: S608  (identifiers checked above)
        f"claims_pair_keys({name}) AS {name}_pairs, claims_initial_keys({name}) AS {name}_initial_keys, "
        f"list_contains({initials}, true) AS {name}_initials FROM {source}"
    )
    return target


def _blocked(name: str) -> str:
    return (
        f"(list_has_any({name}_pairs_l, {name}_pairs_r) OR (list_has_any({name}_initial_keys_l, "
        f"{name}_initial_keys_r) AND ({name}_initials_l OR {name}_initials_r)))"
    )


def name_comparison(column: str = "name") -> Any:
    """A Splink comparison of a person-name column by the library's rules, with the levels of `NAME_LEVELS`.

    It reads the columns `prepare_names` adds and the SQL function ``claims_name_verdict``, so the table
    must come from `prepare_names` on the connection Splink runs on. The verdict is only asked for pairs
    that share a blocking key, which also keeps Splink's random sampling of pairs (for the ``u``
    probabilities) cheap.

    Raises:
        InvalidValueError: ``column`` is not a plain SQL identifier.
        MissingExtraError: Splink is not installed (``pip install 'centasia-claims[splink]'``).

    >>> comparison = name_comparison("name").get_comparison("duckdb")
    >>> [level.label_for_charts for level in comparison.comparison_levels][1:]
    ['same full name', 'no shared blocking key', 'same person', 'agrees with an initial', 'compatible',
     'different']
    """
    name = _identifier(column, "column")
    _splink()
    import splink.comparison_level_library as cll  # noqa: PLC0415  (optional dependency)
    import splink.comparison_library as cl  # noqa: PLC0415  (optional dependency)

    verdict = f"claims_name_verdict({name}_l, {name}_r)"
    initials = f"({name}_initials_l OR {name}_initials_r)"
    conditions = (
        f"{name}_key_l = {name}_key_r AND NOT {initials}",
        f"NOT {_blocked(name)}",
        f"{verdict} = 'same' AND NOT {initials}",
        f"{verdict} IN ('same', 'compatible') AND {initials}",
        f"{verdict} = 'compatible'",
    )
    levels: list[Any] = [cll.NullLevel(name)]
    levels += [cll.CustomLevel(sql, label) for sql, label in zip(conditions, NAME_LEVELS, strict=False)]
    levels.append(cll.ElseLevel().configure(label_for_charts=NAME_LEVELS[-1]))
    for level, share in zip(levels[1:], M_PROBABILITIES, strict=True):
        level.configure(m_probability=share)
    return cl.CustomComparison(
        comparison_levels=levels,
        output_column_name=name,
        comparison_description=f"{name} by the centasia_claims name verdict",
    )


def name_blocking_rules(column: str = "name") -> list[Any]:
    """Splink blocking rules on the pair keys and the initial keys `prepare_names` adds.

    The first rule explodes the pair keys (Splink's ``arrays_to_explode``); the second explodes the
    initial keys and keeps a pair only when either name holds an initial, so that names written in full
    are never compared by their initials.

    Raises:
        InvalidValueError: ``column`` is not a plain SQL identifier.
        MissingExtraError: Splink is not installed.

    >>> [rule.get_blocking_rule("duckdb").blocking_rule_sql for rule in name_blocking_rules("name")]
    ['l."name_pairs" = r."name_pairs"',
     'l.name_initial_keys = r.name_initial_keys AND (l.name_initials OR r.name_initials)']
    """
    name = _identifier(column, "column")
    splink = _splink()
    from splink.blocking_rule_library import CustomRule  # noqa: PLC0415  (optional dependency)

    return [
        splink.block_on(f"{name}_pairs", arrays_to_explode=[f"{name}_pairs"]),
        CustomRule(
            f"l.{name}_initial_keys = r.{name}_initial_keys AND (l.{name}_initials OR r.{name}_initials)",
            arrays_to_explode=[f"{name}_initial_keys"],
        ),
    ]


def _gamma(labels: tuple[str, ...]) -> str:
    """The comparison vector values of ``labels``: Splink numbers levels from the last (0) upwards."""
    return ", ".join(str(len(NAME_LEVELS) - 1 - NAME_LEVELS.index(label)) for label in labels)


def link_names(
    connection: Any,
    table: str,
    *,
    column: str = "name",
    unique_id: str = "unique_id",
    max_pairs: float = 2e6,
    seed: int = 1,
) -> Any:
    """Resolve the person names of ``table`` into clusters, one per person, with Splink on ``connection``.

    Runs the recipe: `prepare_names`, a Splink model with `name_comparison` and `name_blocking_rules`
    (``u`` probabilities from ``max_pairs`` random pairs drawn with ``seed``, so that the match weights
    Splink reports are meaningful), predictions, Splink's connected components over the strong links, and
    the attachment of clusters by their weak links (see the module). Returns a DuckDB relation of
    ``unique_id`` and ``cluster_id`` (the smallest id, as Splink gives it, or the id of the cluster joined).
    Made on the way: the tables ``<table>_names`` (`prepare_names`), ``<table>_strong`` (the strong links)
    and ``<table>_clusters`` (their connected components), and the view ``<table>_pairs`` of every pair
    Splink scored, with its level (``gamma_<column>``) and match weight.

    Raises:
        InvalidValueError: ``table``, ``column`` or ``unique_id`` is not a plain SQL identifier.
        MissingExtraError: Splink or pyarrow is not installed.

    >>> import duckdb
    >>> connection = duckdb.connect()
    >>> _ = connection.execute(
    ...     "CREATE TABLE m AS SELECT * FROM (VALUES (1, 'Farhod Nazarov'), (2, 'NAZAROV Farkhod'),"
    ...     " (3, 'Farrukh Nazarov')) AS t(unique_id, name)"
    ... )
    >>> sorted(link_names(connection, "m").fetchall())
    [(1, 1), (2, 1), (3, 3)]
    """
    identifier = _identifier(unique_id, "unique_id")
    splink = _splink()
    prepared = prepare_names(connection, table, column=column)
    api = splink.DuckDBAPI(connection)
    settings = splink.SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name=identifier,
        comparisons=[name_comparison(column)],
        blocking_rules_to_generate_predictions=name_blocking_rules(column),
        retain_intermediate_calculation_columns=False,
        probability_two_random_records_match=1e-4,
    )
    linker = splink.Linker(api.register(prepared), settings, log_level=logging.WARNING)
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed)
    predictions = f"{table}_pairs"
    connection.execute(
        f"CREATE OR REPLACE VIEW {predictions} AS SELECT * FROM {linker.inference.predict().physical_name}"  # noqa: S608
    )
    strong, clusters = f"{table}_strong", f"{table}_clusters"
    connection.execute(
        f"CREATE OR REPLACE TABLE {strong} AS SELECT * FROM {predictions} "  # noqa: S608  (identifiers checked)
        f"WHERE gamma_{column} IN ({_gamma(_STRONG)})"
    )
    found = linker.clustering.cluster_pairwise_predictions_at_threshold(api.register(strong))
    connection.execute(
        f"CREATE OR REPLACE TABLE {clusters} AS SELECT {identifier}, cluster_id FROM {found.physical_name}"  # noqa: S608
    )
    return connection.sql(_attach_sql(predictions, clusters, identifier, column))


def _attach_sql(predictions: str, clusters: str, unique_id: str, column: str) -> str:
    """Each row's cluster after a cluster whose weak links all lead to one larger cluster has joined it."""
    return f"""
    WITH sizes AS (SELECT cluster_id, count(*) AS size FROM {clusters} GROUP BY cluster_id),
    weak AS (
        SELECT left_side.cluster_id AS a, right_side.cluster_id AS b
        FROM {predictions} AS p
        JOIN {clusters} AS left_side ON left_side.{unique_id} = p.{unique_id}_l
        JOIN {clusters} AS right_side ON right_side.{unique_id} = p.{unique_id}_r
        WHERE p.gamma_{column} IN ({_gamma(_WEAK)}) AND left_side.cluster_id <> right_side.cluster_id
    ),
    links AS (SELECT a, b FROM weak UNION SELECT b, a FROM weak),
    single AS (SELECT a, min(b) AS b FROM links GROUP BY a HAVING count(DISTINCT b) = 1),
    moves AS (
        SELECT single.a, single.b FROM single
        JOIN sizes AS sa ON sa.cluster_id = single.a JOIN sizes AS sb ON sb.cluster_id = single.b
        WHERE sa.size < sb.size OR (sa.size = sb.size AND single.a > single.b)
    )
    SELECT c.{unique_id}, coalesce(second.b, first.b, c.cluster_id) AS cluster_id
    FROM {clusters} AS c
    LEFT JOIN moves AS first ON first.a = c.cluster_id
    LEFT JOIN moves AS second ON second.a = first.b
    ORDER BY c.{unique_id}
    """  # noqa: S608  (identifiers checked by the caller)
