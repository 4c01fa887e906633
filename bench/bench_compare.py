"""Pairs per second: `compare_names` on cold and warm caches against rapidfuzz WRatio and nomenklatura.

Run with ``python -m bench.bench_compare`` (needs the ``bench`` extra). One run, the matchers interleaved in
rounds over the same pairs (every labelled pair in ``tests/data/name_pairs.csv`` and
``tests/data/press_name_pairs.csv`` that names persons), the garbage collector left on, as a caller would run
them. *Cold* clears every cache of the names package before the round, so each name is parsed and folded
anew; *warm* repeats the round with the caches filled. Figures go to docs/performance.md ("Comparing names").
"""

from __future__ import annotations

import argparse
import csv
import functools
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from bench._timing import machine
from centasia_claims.names import _aliases, _arabic, _compare, _key, _orgs, compare_names

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FILES = ("name_pairs.csv", "press_name_pairs.csv")


def person_pairs() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name in FILES:
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            pairs.extend(
                (row["a"], row["b"])
                for row in csv.DictReader(handle)
                if row.get("kind", "person") == "person"
            )
    return pairs


def clear_caches() -> None:
    """Empty every cache of the names package (the alias table stays loaded: it is data)."""
    _key.clear_caches()
    for module in (_key, _compare, _orgs, _arabic, _aliases):
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value is not _aliases.load_aliases:
                value.cache_clear()


def nomenklatura_matcher(pairs: list[tuple[str, str]]) -> Callable[[], object]:
    from followthemoney import model  # noqa: PLC0415 - optional benchmark dependency
    from nomenklatura.matching import LogicV2  # noqa: PLC0415 - optional benchmark dependency

    def entity(name: str, number: int) -> Any:
        proxy = model.make_entity("Person")
        proxy.id = f"p{number}"
        proxy.add("name", name)
        return proxy

    entities = [(entity(a, 2 * i), entity(b, 2 * i + 1)) for i, (a, b) in enumerate(pairs)]
    config = LogicV2.default_config()
    return lambda: [LogicV2.compare(a, b, config) for a, b in entities]


def timed(func: Callable[[], object], before: Callable[[], None] | None = None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    pairs = person_pairs()
    ours = lambda: [compare_names(a, b) for a, b in pairs]  # noqa: E731 - a timed closure
    wratio = lambda: [fuzz.WRatio(a, b) for a, b in pairs]  # noqa: E731 - a timed closure
    peer = nomenklatura_matcher(pairs)
    times: dict[str, list[float]] = {"cold": [], "warm": [], "wratio": [], "nomenklatura": []}
    for _ in range(rounds):
        times["cold"].append(timed(ours, clear_caches))
        times["warm"].append(timed(ours))
        times["wratio"].append(timed(wratio))
        times["nomenklatura"].append(timed(peer))
    print(f"{machine()}; {len(pairs)} person pairs, {rounds} interleaved rounds, gc on, median round")
    print("| matcher | pairs per second | relative to rapidfuzz WRatio |")
    print("|---|---:|---:|")
    wratio_rate = len(pairs) / statistics.median(times["wratio"])
    labels = {
        "cold": "`compare_names`, cold caches",
        "warm": "`compare_names`, warm caches",
        "wratio": "rapidfuzz `fuzz.WRatio`",
        "nomenklatura": "nomenklatura `LogicV2.compare` (Person entities)",
    }
    for key, label in labels.items():
        rate = len(pairs) / statistics.median(times[key])
        print(f"| {label} | {rate:,.0f} | {rate / wratio_rate:.2f} |")


if __name__ == "__main__":
    main()
