"""Pairs per second: `compare_names` on cold and warm caches against rapidfuzz WRatio and nomenklatura.

Run with ``python -m bench.bench_compare`` (needs the ``bench`` extra). One run, the matchers interleaved in
rounds over the same pairs (every labelled pair in ``tests/data/name_pairs.csv`` and
``tests/data/press_name_pairs.csv`` that names persons), the garbage collector left on, as a caller would run
them. *Cold* clears every cache of names and tokens before the round, so each name is parsed and folded anew
(the alias table and the folded word tables stay: data loaded once per process); *warm* repeats the round
with the caches filled. The code before the latest speed-ups (`PREVIOUS`, extracted by `bench._baseline`) runs
in the same rounds. A second table times, on cold caches, the blocking keys of names whose Cyrillic parts
are new (each part spelled in every scheme) against their Latin spellings, and `transliterate`. Figures go
to docs/performance.md ("Comparing names").
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

import centasia_claims
from bench import _baseline
from bench._timing import interleaved, machine, versions
from centasia_claims.names import SCHEMES, blocking_keys, compare_names, transliterate

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


_DATA_CACHES = frozenset(
    {"load_aliases", "folded_set", "folded_tuple", "_words", "word_tables", "_distinct_pairs"}
)
"""Caches that hold data (the alias table, the word tables folded once per process), kept when *cold*."""


def clear_caches(package: ModuleType | None = None) -> None:
    """Empty every cache of names and tokens in the names package (of ``package``, default this tree's).

    The alias table and the folded word tables stay: they are data, loaded once per process.
    """
    names = importlib.import_module(f"{(package or centasia_claims).__name__}.names")
    for module_name in (
        "_key",
        "_parts",
        "_token",
        "_compare",
        "_orgs",
        "_arabic",
        "_aliases",
        "_relate",
        "_spelled",
    ):
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


_CONSONANTS = "бвгғджзклмнпрстфхҳчҷшқ"
_VOWELS = "аеиоуӣӯя"


def cyrillic_names(count: int, rng: random.Random) -> list[str]:
    """Two-part Cyrillic names whose parts are drawn from syllables, so that nearly every part is new."""

    def word() -> str:
        syllables = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))
        return (syllables + rng.choice(("", "в", "н", "р"))).title()

    return list(dict.fromkeys(f"{word()} {word()}ов" for _ in range(count)))


def spellings(baseline: ModuleType, rounds: int) -> None:
    """Cold `blocking_keys` of names of new Cyrillic parts and of their Latin spellings; `transliterate`."""
    names = cyrillic_names(2000, random.Random(20261204))
    latin = [transliterate(name, "bgn-pcgn-tg") for name in names]
    previous = importlib.import_module(f"{baseline.__name__}.names")
    schemes = list(SCHEMES)
    contenders: dict[str, Callable[[], object]] = {
        "cyrillic": lambda: [blocking_keys(name) for name in names],
        "latin": lambda: [blocking_keys(name) for name in latin],
        "previous cyrillic": lambda: [previous.blocking_keys(name) for name in names],
        "previous latin": lambda: [previous.blocking_keys(name) for name in latin],
        "transliterate": lambda: [transliterate(name, scheme) for name in names for scheme in schemes],
        "previous transliterate": lambda: [
            previous.transliterate(name, scheme) for name in names for scheme in schemes
        ],
    }
    before = {
        "cyrillic": clear_caches,
        "latin": clear_caches,
        "previous cyrillic": lambda: clear_caches(baseline),
        "previous latin": lambda: clear_caches(baseline),
    }
    times = interleaved(contenders, rounds=rounds, before=before)
    print()
    print(f"{len(names)} two-part Cyrillic names of new parts and their BGN/PCGN Tajik spellings, caches")
    print("emptied before each `blocking_keys` round; `transliterate` in every scheme (8 calls a name);")
    print("medians of rounds")
    print("| measure | µs a name, this code | µs a name, previous | previous / this (rounds) |")
    print("|---|---:|---:|---:|")
    for key, label in (
        ("cyrillic", "`blocking_keys`, Cyrillic, cold"),
        ("latin", "`blocking_keys`, Latin, cold"),
        ("transliterate", "`transliterate`, 8 schemes"),
    ):
        low, high = times.spread(f"previous {key}", key)
        ours, theirs = times.median(key), times.median(f"previous {key}")
        print(
            f"| {label} | {ours / len(names) * 1e6:.1f} | {theirs / len(names) * 1e6:.1f} | "
            f"{times.ratio(f'previous {key}', key):.2f} ({low:.2f}-{high:.2f}) |"
        )
    cyrillic, latin_time = times.median("cyrillic"), times.median("latin")
    old = times.median("previous cyrillic") / times.median("previous latin")
    print(f"Cyrillic / Latin, cold: {cyrillic / latin_time:.1f} (previous {old:.1f})")


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
    spellings(baseline, rounds)


if __name__ == "__main__":
    main()
