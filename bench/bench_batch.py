"""Batch parsing of figure phrases: a plain loop over `parse_estimate` against the batch entry points.

Run with ``python -m bench.bench_batch [ROWS] [ROUNDS]`` (defaults 1,000,000 and 3) after
``pip install -e ".[dev]"``. The phrases are the labelled sets' phrases and look-alikes (English, Russian,
Tajik) with every run of digits redrawn at random, so no two generated phrases need be alike; a column of
``ROWS`` rows holds a chosen fraction of distinct phrases, each at least once, in random order.

Compared, in interleaved rounds with the garbage collector on (each mode once per round, the median of
the per-round ratios of processor time reported, as the machine may be shared; wall time beside it): the
plain loop (`parse_estimate` per row, its fields appended to one list
per field and made into the same Arrow struct column, the minimum work that gives equal results), the bare
loop (`parse_estimate` per row and nothing kept), `batch.parse_estimates`, the Polars namespace, the DuckDB
function (on the column, and on its distinct values joined back) and `batch.dask_map` (synchronous
scheduler, four partitions). Every mode's column is checked equal to the plain loop's. All run on one core.
Ratios are given against the plain and the bare loop, with the spread of the per-round ratios.
Figures are recorded in ``docs/scale.md``.
"""

from __future__ import annotations

import contextlib
import gc
import random
import re
import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa

from bench._labelled import DATA, LANGUAGE_SETS, load, load_look_alikes
from bench._timing import machine
from centasia_claims import ParseError, parse_estimate
from centasia_claims.batch import ESTIMATE_FIELDS, dask_map, parse_estimates, register_duckdb
from centasia_claims.batch.polars import ClaimsNamespace

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20
FRACTIONS = (1.0, 1 / 3, 0.1, 0.01)
"""Fractions of distinct phrases the de-duplication gain is measured at."""
_DIGITS = re.compile(r"\d+")


def sources() -> list[str]:
    """The phrases and look-alikes of the labelled sets (English, Russian, Tajik)."""
    labels, look_alikes = load(DATA)
    found = [label.text for label in labels] + look_alikes
    for name in ("ru", "tg"):
        more, _ = load(LANGUAGE_SETS[name])
        found += [label.text for label in more] + [
            item.text for item in load_look_alikes(LANGUAGE_SETS[name])
        ]
    return found


def distinct_phrases(count: int, rng: random.Random) -> list[str]:
    """``count`` different phrases: a source phrase with each run of digits redrawn (same length)."""
    templates = sources()

    def redraw(match: re.Match[str]) -> str:
        size = len(match.group())
        return str(rng.randint(10 ** (size - 1) if size > 1 else 0, 10**size - 1))

    found: dict[str, None] = {}
    while len(found) < count:
        found[_DIGITS.sub(redraw, rng.choice(templates))] = None
    return list(found)


def column(rows: int, fraction: float, rng: random.Random) -> list[str]:
    """``rows`` phrases of which ``fraction`` are distinct, each distinct one at least once, shuffled."""
    distinct = distinct_phrases(max(1, round(rows * fraction)), rng)
    values = distinct + [rng.choice(distinct) for _ in range(rows - len(distinct))]
    rng.shuffle(values)
    return values


def plain_loop(values: list[str]) -> pa.Array:
    """`parse_estimate` per row, the fields appended per field, made into the batch function's column."""
    fields: dict[str, list[Any]] = {name: [] for name in ESTIMATE_FIELDS}
    for text in values:
        try:
            estimate = parse_estimate(text)
        except ParseError as error:
            location = f"{error.start}-{error.end}" if error.end > error.start else str(error.start)
            found: tuple[Any, ...] = (None,) * 11 + (None, f"{error.message} at {location}")
        else:
            inclusivity = ("[" if estimate.low_inclusive else "(") + ("]" if estimate.high_inclusive else ")")
            found = (
                estimate.low, estimate.high, estimate.point, estimate.qualifier.value, estimate.unit,
                inclusivity, estimate.hedged, estimate.values, estimate.per, estimate.additive,
                estimate.unread, None, None,
            )  # fmt: skip
        for name, value in zip(ESTIMATE_FIELDS, found, strict=True):
            fields[name].append(value)
    kind = parse_estimates([]).type
    arrays = [pa.array(fields[field.name], field.type) for field in kind]
    return pa.StructArray.from_arrays(arrays, fields=list(kind))


def bare_loop(values: list[str]) -> None:
    for text in values:
        with contextlib.suppress(ParseError):
            parse_estimate(text)


def _duckdb(values: list[str], *, distinct: bool) -> pa.Array:
    connection = register_duckdb(duckdb.connect())
    connection.register("phrases", pa.table({"n": pa.array(range(len(values))), "phrase": values}))
    if distinct:
        query = (
            "WITH parsed AS (SELECT phrase, claims_parse_estimate(phrase) AS e FROM (SELECT DISTINCT phrase "
            "FROM phrases)) SELECT e FROM phrases JOIN parsed USING (phrase) ORDER BY n"
        )
    else:
        query = "SELECT claims_parse_estimate(phrase) AS e FROM phrases ORDER BY n"
    found = connection.sql(query).to_arrow_table().column("e").combine_chunks()
    connection.close()
    return found


def _polars(values: list[str]) -> pa.Array:
    phrases = ClaimsNamespace(pl.col("p"))  # what ``pl.col("p").claims`` is, typed
    return pl.DataFrame({"p": values}).select(phrases.parse_estimate()).to_series().to_arrow()


MODES: dict[str, Callable[[list[str]], Any]] = {
    "plain loop": plain_loop,
    "bare loop": bare_loop,
    "batch": lambda values: parse_estimates(pa.array(values)),
    "polars": _polars,
    "duckdb": lambda values: _duckdb(values, distinct=False),
    "duckdb distinct": lambda values: _duckdb(values, distinct=True),
    "dask": lambda values: pa.array(
        dask_map(parse_estimates, dd.from_pandas(pd.Series(values), npartitions=4)).compute(scheduler="sync")
    ),
}


def _timed(function: Callable[[list[str]], Any], values: list[str]) -> tuple[float, float, Any]:
    """Processor seconds (all threads of this process) and wall seconds of one run, and its result."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(values)
    return time.process_time() - cpu, time.perf_counter() - wall, result


def _same(expected: pa.Array, found: Any) -> bool:
    return found is None or expected.to_pylist() == pa.array(found).cast(expected.type).to_pylist()


def compare(
    values: list[str], rounds: int, modes: list[str]
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Processor and wall seconds per round of each mode, interleaved; every column checked equal."""
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    walls: dict[str, list[float]] = {mode: [] for mode in modes}
    for _ in range(rounds):
        expected = None
        for mode in modes:
            gc.collect()
            seconds, wall, result = _timed(MODES[mode], values)
            times[mode].append(seconds)
            walls[mode].append(wall)
            if mode == "plain loop":
                expected = result
            elif expected is not None and not _same(expected, result):
                raise SystemExit(f"{mode} differs from the plain loop")
    return times, walls


def _median_ratio(times: dict[str, list[float]], mode: str, base: str = "plain loop") -> float:
    return statistics.median(b / m for b, m in zip(times[base], times[mode], strict=True))


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = random.Random(SEED)
    print(f"{machine()}; {rows:,} rows, {rounds} interleaved rounds, one core, processor time")
    values = column(rows, 1 / 3, rng)
    print(f"\nA third distinct ({len(set(values)):,} distinct phrases):")
    times, walls = compare(values, rounds, list(MODES))
    print(
        "| mode | processor s | rows/s per core | vs plain loop (rounds) | vs bare loop | wall s "
        "| vs plain loop (wall) |"
    )
    print("|---|---|---|---|---|---|---|")
    for mode, seconds in times.items():
        median, wall = statistics.median(seconds), statistics.median(walls[mode])
        spread = [b / m for b, m in zip(times["plain loop"], seconds, strict=True)]
        print(
            f"| {mode} | {median:.2f} | {rows / median:,.0f} | {_median_ratio(times, mode):.2f}x "
            f"({min(spread):.2f}-{max(spread):.2f}) | {_median_ratio(times, mode, 'bare loop'):.2f}x "
            f"| {wall:.2f} | {_median_ratio(walls, mode):.2f}x |"
        )
    print("\nDe-duplication gain, batch against the plain and the bare loop, by fraction distinct:")
    print("| distinct | batch rows/s | plain loop rows/s | batch vs plain loop (rounds) | vs bare loop |")
    print("|---|---|---|---|---|")
    small = max(rows // 5, 1000)
    for fraction in FRACTIONS:
        sample = column(small, fraction, rng)
        found, _ = compare(sample, rounds, ["plain loop", "bare loop", "batch"])
        per_batch = small / statistics.median(found["batch"])
        per_loop = small / statistics.median(found["plain loop"])
        spread = [b / m for b, m in zip(found["plain loop"], found["batch"], strict=True)]
        print(
            f"| {fraction:.0%} | {per_batch:,.0f} | {per_loop:,.0f} | {_median_ratio(found, 'batch'):.2f}x "
            f"({min(spread):.2f}-{max(spread):.2f}) | {_median_ratio(found, 'batch', 'bare loop'):.2f}x |"
        )


if __name__ == "__main__":
    main()
