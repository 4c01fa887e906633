"""The Splink recipe and Splink's own name comparisons, run the same way on a labelled mention table.

`recipe` runs `centasia_claims.batch.link_names`; `baseline` runs a Splink model whose only comparison is
Splink's ``NameComparison`` (exact match, then Jaro-Winkler at 0.92, 0.88 and 0.7) on the same blocking
(`name_blocking_rules`), clustered by Splink's connected components at each of its levels. Both are scored
with `bench._mentions.score`; ``tests/batch/test_splink.py`` and ``bench/bench_splink.py`` use them.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, NamedTuple

import splink
import splink.comparison_library as cl

from bench._mentions import Scores, score
from centasia_claims.batch import link_names, name_blocking_rules, prepare_names

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bench._mentions import Mention

__all__ = ["BASELINE_LEVELS", "Run", "baseline", "load", "recipe"]

BASELINE_LEVELS = ("exact", "Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.88", "Jaro-Winkler >= 0.7")
"""Splink's ``NameComparison`` levels, strongest first: a cut links the pairs at this level or above."""


class Run(NamedTuple):
    """One method's clustering scores and wall time (preparation, model, predictions and clustering)."""

    method: str
    scores: Scores
    seconds: float
    pairs: int
    """Pairs linked: the strong links of the recipe, the pairs at or above the cut of the baseline."""
    scored: int
    """Pairs Splink scored (the blocked pairs)."""


def load(connection: Any, rows: Sequence[Mention], table: str = "mentions") -> dict[int, int]:
    """Write the mentions into ``table`` (``unique_id``, ``name``) and return the truth by mention id."""
    import pyarrow as pa  # noqa: PLC0415  (a dependency of Splink)

    columns = pa.table({"unique_id": [row.mention_id for row in rows], "name": [row.text for row in rows]})
    connection.register("incoming", columns)
    connection.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM incoming")  # noqa: S608
    connection.unregister("incoming")
    return {row.mention_id: row.entity_id for row in rows}


def _clusters(connection: Any, table: str) -> dict[int, object]:
    return dict(connection.sql(f"SELECT unique_id, cluster_id FROM {table}").fetchall())  # noqa: S608


def recipe(connection: Any, truth: dict[int, int], table: str = "mentions") -> list[Run]:
    """The recipe, and its strong links alone (before clusters join by weak links)."""
    start = time.perf_counter()
    found = dict(link_names(connection, table).fetchall())
    seconds = time.perf_counter() - start
    counts = connection.sql(
        f"SELECT (SELECT count(*) FROM {table}_strong), (SELECT count(*) FROM {table}_pairs)"  # noqa: S608
    ).fetchall()[0]
    strong, scored = counts if counts else (0, 0)
    clusters = _clusters(connection, f"{table}_clusters")
    return [
        Run(
            "recipe (strong links, then weak links to one cluster)",
            score(truth, found),
            seconds,
            strong,
            scored,
        ),
        Run("recipe, strong links only", score(truth, clusters), seconds, strong, scored),
    ]


def baseline(
    connection: Any, truth: dict[int, int], table: str = "mentions", *, column: str = "name"
) -> list[Run]:
    """Splink's ``NameComparison`` on ``column`` (the name as written or ``name_key``) at each of its levels.

    ``name_key`` is the library's key of the name (`normalize_name`: scripts, romanizations and titles
    folded), which `prepare_names` adds.
    """
    start = time.perf_counter()
    prepared = prepare_names(connection, table, output=f"{table}_plain")
    api = splink.DuckDBAPI(connection)
    settings = splink.SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[cl.NameComparison(column)],
        blocking_rules_to_generate_predictions=name_blocking_rules("name"),
        probability_two_random_records_match=1e-4,
    )
    linker = splink.Linker(api.register(prepared), settings, log_level=logging.ERROR)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    predictions = linker.inference.predict().physical_name
    shared = time.perf_counter() - start
    total = connection.sql(f"SELECT count(*) FROM {predictions}").fetchall()[0]  # noqa: S608
    runs = []
    for number, label in enumerate(BASELINE_LEVELS):
        start = time.perf_counter()
        gamma = len(BASELINE_LEVELS) - number
        edges = f"{table}_jw_edges"
        connection.execute(
            f"CREATE OR REPLACE TABLE {edges} AS SELECT * FROM {predictions} WHERE gamma_{column} >= {gamma}"  # noqa: S608
        )
        linked = connection.sql(f"SELECT count(*) FROM {edges}").fetchall()[0]  # noqa: S608
        found = linker.clustering.cluster_pairwise_predictions_at_threshold(api.register(edges))
        clusters = _clusters(connection, found.physical_name)
        seconds = shared + time.perf_counter() - start
        runs.append(
            Run(
                f"Splink NameComparison{'' if column == 'name' else ' on ' + column}, {label}",
                score(truth, clusters),
                seconds,
                linked[0] if linked else 0,
                total[0] if total else 0,
            )
        )
    return runs
