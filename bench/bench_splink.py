"""Entity resolution with Splink on DuckDB: the library's recipe beside Splink's own name comparison.

Run with ``python -m bench.bench_splink`` (needs the ``splink`` extra; ``--mentions`` to change the size,
100,000 by default). Builds the synthetic labelled mention table of ``bench/_mentions.py``, runs
`centasia_claims.batch.link_names` and a Splink model with ``NameComparison`` on the same blocking (on the
name as written, and on the library's key of the name), and
prints pairwise and cluster-level precision, recall and F1 with the wall time of each. Figures go to
``docs/scale-splink.md``.
"""

from __future__ import annotations

import argparse
import time

import duckdb

from bench._linkage import baseline, load, recipe
from bench._mentions import mention_table
from bench._timing import machine


def _blocks(connection: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Join rows of blocking on one name part's keys alone, and on the recipe's pair keys."""
    counts = []
    for column in ("claims_blocking_keys(name)", "name_pairs"):
        row = connection.sql(
            "SELECT sum(n * (n - 1) / 2)::BIGINT FROM (SELECT key, count(*) AS n FROM "  # noqa: S608
            f"(SELECT unnest({column}) AS key FROM mentions_names) GROUP BY key)"
        ).fetchall()[0]
        counts.append(int(row[0]) if row and row[0] is not None else 0)
    return counts[0], counts[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    print(f"Splink recipe benchmark, {machine()}, duckdb {duckdb.__version__}")
    start = time.perf_counter()
    rows = mention_table(args.mentions, seed=args.seed)
    built = time.perf_counter() - start
    connection = duckdb.connect()
    truth = load(connection, rows)
    print(
        f"{len(rows):,} mentions of {len(set(truth.values())):,} synthetic persons (built in {built:.1f} s)"
    )
    runs = recipe(connection, truth) + baseline(connection, truth)
    runs += baseline(connection, truth, column="name_key")
    single, pairs = _blocks(connection)
    print(f"Blocking join rows: one part's keys alone {single:,}; pair keys {pairs:,}")
    print()
    print(f"Pairs scored (the same blocking for every method): {runs[0].scored:,}")
    print()
    print(f"{'method':<64} {'pair P':>7} {'pair R':>7} {'pair F1':>8} {'clus P':>7} {'clus R':>7} "
          f"{'clus F1':>8} {'linked':>9} {'wall s':>7}")  # fmt: skip
    for run in runs:
        s = run.scores
        print(
            f"{run.method:<64} {s.pair_precision:>7.3f} {s.pair_recall:>7.3f} {s.pair_f1:>8.3f} "
            f"{s.cluster_precision:>7.3f} {s.cluster_recall:>7.3f} {s.cluster_f1:>8.3f} {run.pairs:>9,} "
            f"{run.seconds:>7.1f}"
        )


if __name__ == "__main__":
    main()
