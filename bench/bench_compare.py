"""Pairs per second: `compare_names` on cold and warm caches against rapidfuzz WRatio and nomenklatura.

Run with ``python -m bench.bench_compare`` (needs the ``bench`` extra). One run, the matchers interleaved in
rounds over the same pairs (every labelled pair in ``tests/data/name_pairs.csv`` and
``tests/data/press_name_pairs.csv`` that names persons), the garbage collector left on, as a caller would run
them. *Cold* clears every cache of names and tokens before the round, so each name is parsed and folded anew
(the alias table and the folded word tables stay: data loaded once per process); *warm* repeats the round
with the caches filled. The code before the latest speed-ups (`PREVIOUS`, extracted by `bench._baseline`) runs
in the same rounds. Figures go to docs/performance.md ("Comparing names").
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

import centasia_claims
from bench import _baseline
from bench._timing import interleaved, machine, versions
from centasia_claims.names import compare_names

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PREVIOUS = "927ea89"
"""The commit measured against: the code before the lazy scheme spellings, the table-driven transliteration
and the cheaper parsing of a new name."""
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


_DATA_CACHES = frozenset({"load_aliases", "folded_set", "folded_tuple", "_words", "_distinct_pairs"})
"""Caches that hold data (the alias table, the word tables folded once per process), kept when *cold*."""


def clear_caches(package: ModuleType | None = None) -> None:
    """Empty every cache of names and tokens in the names package (of ``package``, default this tree's).

    The alias table and the folded word tables stay: they are data, loaded once per process.
    """
    names = importlib.import_module(f"{(package or centasia_claims).__name__}.names")
    for module_name in ("_key", "_compare", "_orgs", "_arabic", "_aliases", "_relate", "_spelled"):
        try:
            module = importlib.import_module(f"{names.__name__}.{module_name}")
        except ModuleNotFoundError:  # a module the code measured against does not have
            continue
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and name not in _DATA_CACHES:
                value.cache_clear()
        if hasattr(module, "clear_caches"):
            module.clear_caches()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    pairs = person_pairs()
    baseline = _baseline.load(PREVIOUS)
    previous = importlib.import_module(f"{baseline.__name__}.names").compare_names
    contenders: dict[str, Callable[[], object]] = {
        "cold": lambda: [compare_names(a, b) for a, b in pairs],
        "warm": lambda: [compare_names(a, b) for a, b in pairs],
        "previous cold": lambda: [previous(a, b) for a, b in pairs],
        "previous warm": lambda: [previous(a, b) for a, b in pairs],
        "wratio": lambda: [fuzz.WRatio(a, b) for a, b in pairs],
        "nomenklatura": nomenklatura_matcher(pairs),
    }
    before = {"cold": clear_caches, "previous cold": lambda: clear_caches(baseline)}
    times = interleaved(contenders, rounds=rounds, before=before)
    print(f"{machine()}; {versions('rapidfuzz', 'nomenklatura', 'followthemoney')}")
    print(
        f"{len(pairs)} person pairs, {rounds} interleaved rounds, gc on, median round; *previous* is the code"
    )
    print(f"at {PREVIOUS}, run in the same process")
    print("| matcher | pairs per second | rapidfuzz WRatio's time / its time (median of rounds) |")
    print("|---|---:|---:|")
    labels = {
        "cold": "`compare_names`, cold caches",
        "warm": "`compare_names`, warm caches",
        "previous cold": f"`compare_names` at {PREVIOUS}, cold caches",
        "previous warm": f"`compare_names` at {PREVIOUS}, warm caches",
        "wratio": "rapidfuzz `fuzz.WRatio`",
        "nomenklatura": "nomenklatura `LogicV2.compare` (Person entities)",
    }
    for key, label in labels.items():
        rate = len(pairs) / times.median(key)
        print(f"| {label} | {rate:,.0f} | {times.ratio('wratio', key):.3f} |")
    print()
    fastest = {key: min(times.times[key]) / len(pairs) * 1e6 for key in labels}
    print(
        "fastest round, microseconds a pair (the least disturbed by other work): "
        + ", ".join(f"{key} {value:.2f}" for key, value in fastest.items())
    )
    for slower, faster in (("previous cold", "cold"), ("previous warm", "warm"), ("nomenklatura", "cold")):
        low, high = times.spread(slower, faster)
        print(
            f"{faster} vs {slower}: {times.ratio(slower, faster):.2f}x faster "
            f"(median of rounds; rounds {low:.2f}-{high:.2f})"
        )


if __name__ == "__main__":
    main()
