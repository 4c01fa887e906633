"""Names: folding speed, resolution latency at 1k/10k/100k entities, and match quality on labelled pairs.

Run with ``python -m bench.bench_names`` (needs the ``bench`` extra). Compared side by side, in one run, with
what a user would otherwise write: unidecode folding and rapidfuzz ``process.extractOne`` over every name
(token-sort ratio, cut-off 85); on the labelled pairs also with jellyfish Jaro-Winkler and rigour's own name
normalization and comparison. Figures go to docs/performance.md ("Names").
"""

from __future__ import annotations

import argparse
import csv
import importlib
import random
import re
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import jellyfish
import numpy
from rapidfuzz import fuzz, process
from rigour.names import Name as RigourName
from rigour.names import NameTypeTag, align_person_name_order
from rigour.names import normalize_name as rigour_normalize
from rigour.names.compare import compare_parts
from unidecode import unidecode

import centasia_claims
from bench import _baseline
from bench._timing import interleaved, machine, versions
from centasia_claims import Name, Person, compare_names
from centasia_claims.model import EntityId
from centasia_claims.names import NameIndex, NameVerdict, normalize_name, parse_name, romanize

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_pairs.csv"
SIZES = (1_000, 10_000, 100_000)

GIVEN = [
    "Abdullo",
    "Abdurahmon",
    "Afzal",
    "Alisher",
    "Anvar",
    "Bahrom",
    "Bakhtiyor",
    "Daler",
    "Davlat",
    "Dilshod",
    "Farhod",
    "Farrukh",
    "Firdavs",
    "Fozil",
    "Ghafur",
    "Gulmurod",
    "Hasan",
    "Husayn",
    "Ibrohim",
    "Ikrom",
    "Ilhom",
    "Ismoil",
    "Jamshed",
    "Jahongir",
    "Kamol",
    "Karim",
    "Khurshed",
    "Komil",
    "Mahmadali",
    "Mahmud",
    "Manuchehr",
    "Mirzo",
    "Muhammad",
    "Muhammadjon",
    "Muhiddin",
    "Murod",
    "Nabi",
    "Naim",
    "Nasim",
    "Nazar",
    "Nurullo",
    "Odil",
    "Parviz",
    "Qodir",
    "Rahim",
    "Ramazon",
    "Rashid",
    "Rustam",
    "Saidmukarram",
    "Safar",
    "Salim",
    "Sayfullo",
    "Sharif",
    "Shavkat",
    "Sherali",
    "Sino",
    "Sobir",
    "Sohib",
    "Sulaymon",
    "Sultonmurod",
    "Tillo",
    "Umar",
    "Umed",
    "Yusuf",
    "Zafar",
    "Zarif",
    "Zubaydullo",
    "Akbar",
    "Bobojon",
    "Dovud",
    "Ehson",
    "Fayzullo",
    "Hamid",
    "Haydar",
    "Hikmat",
    "Iskandar",
    "Jalol",
    "Khayrullo",
    "Latif",
    "Mansur",
    "Mavlon",
    "Nodir",
    "Olim",
    "Qurbon",
    "Rajab",
    "Saymumin",
    "Shodmon",
    "Tohir",
    "Valijon",
    "Yunus",
    "Zokir",
    "Amirkhon",
    "Erkin",
    "Faridun",
]
STEMS = [
    "Abdulloh",
    "Ahmad",
    "Akbar",
    "Ali",
    "Amin",
    "Asad",
    "Aziz",
    "Bahrom",
    "Bobo",
    "Daler",
    "Davlat",
    "Dust",
    "Ergash",
    "Fayz",
    "Ghafur",
    "Haydar",
    "Hakim",
    "Halim",
    "Hamid",
    "Hasan",
    "Himat",
    "Husayn",
    "Ibod",
    "Ikrom",
    "Inoyat",
    "Ismoil",
    "Jabbor",
    "Jalol",
    "Jum",
    "Kabir",
    "Karim",
    "Khol",
    "Khudoy",
    "Komil",
    "Latif",
    "Mahmud",
    "Majid",
    "Mirzo",
    "Mukhtor",
    "Murod",
    "Nabi",
    "Nazar",
    "Nur",
    "Odin",
    "Qodir",
    "Qurbon",
    "Rahim",
    "Rahmon",
    "Rajab",
    "Rashid",
    "Safar",
    "Said",
    "Salim",
    "Sattor",
    "Shukur",
    "Sharif",
    "Sobir",
    "Sodiq",
    "Sulton",
    "Tagh",
    "Tohir",
    "Umar",
    "Usmon",
    "Vali",
    "Yatim",
    "Yusuf",
    "Zarif",
    "Zokir",
    "Abdurashid",
    "Abdulkodir",
    "Faizrahmon",
    "Davron",
    "Fattoh",
    "Ghulom",
    "Hokim",
    "Isroil",
    "Jura",
    "Kamol",
    "Khayr",
    "Madamin",
    "Mahkam",
    "Mamad",
    "Mirali",
    "Nasim",
    "Nazir",
    "Nizom",
    "Olim",
    "Pirmat",
    "Qahhor",
    "Rustam",
    "Sadr",
    "Saidali",
    "Shams",
    "Shodi",
    "Sirojiddin",
    "Tilav",
    "Toshmat",
    "Umed",
    "Valijon",
    "Yodgor",
    "Zubayd",
    "Alim",
    "Amon",
    "Anvar",
    "Ashur",
    "Bakhtiyor",
    "Barot",
    "Chori",
]
SUFFIXES = ("ov", "zoda", "i", "iyon", "ev", "on", "")
TITLES = ("Colonel", "Mr", "General", "President", "Ustod")


def _synthetic_names(count: int, rng: random.Random) -> list[str]:
    """Distinct names: given name and surname, then with a second given name once those run out."""
    surnames = [f"{stem}{suffix}" for stem in STEMS for suffix in SUFFIXES]
    pairs = [f"{given} {surname}" for given in GIVEN for surname in surnames]
    rng.shuffle(pairs)
    names = pairs[:count]
    while len(names) < count:
        names.append(f"{rng.choice(GIVEN)} {rng.choice(GIVEN)} {rng.choice(surnames)}")
        if len(names) == count:
            names = list(dict.fromkeys(names))
    return names


_LONE_H = re.compile(r"(?<![sczgk])h", re.IGNORECASE)


def _variant(name: str, rng: random.Random) -> str:
    """Another way a source writes the same name: order, a title, capitals, kh for h, or another scheme."""
    parts = name.split(" ")
    choice = rng.randrange(5)
    if choice == 0:
        return " ".join([parts[-1], *parts[:-1]])
    if choice == 1:
        return f"{rng.choice(TITLES)} {name}"
    if choice == 2:
        return name.upper()
    if choice == 3:
        return _LONE_H.sub("kh", name)
    return rng.choice(romanize(name)[1:] or (name,))


def _persons(names: list[str]) -> list[Person]:
    return [
        Person(id=EntityId(f"person:p{number}"), names=(Name(text),)) for number, text in enumerate(names)
    ]


def _fold(text: str) -> str:
    folded: str = unidecode(text).lower()  # typed as Any where the bench extra is not installed
    return folded


def _casefold_nfkd(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold())


def _clear_caches(package: ModuleType) -> None:
    key = importlib.import_module(f"{package.__name__}.names._key")
    if hasattr(key, "clear_caches"):
        key.clear_caches()
    else:  # the code before the speed-ups: least-recently-used caches
        key.parse_name.cache_clear()
        key._latinize.cache_clear()
        key.fold_latin.cache_clear()


def _with_variants(names: list[str], rng: random.Random) -> list[str]:
    """Every third name in another script or scheme (Cyrillic, ISO 9, French, German ...), still distinct."""
    out = [
        rng.choice(romanize(name)[1:] or (name,)) if number % 3 == 0 else name
        for number, name in enumerate(names)
    ]
    return list(dict.fromkeys(out))


def _keys(names: list[str], rounds: int) -> None:
    baseline = _baseline.load()
    previous = importlib.import_module(f"{baseline.__name__}.names").normalize_name
    contenders: dict[str, Callable[[], object]] = {
        "ours": lambda: [normalize_name(text) for text in names],
        "previous": lambda: [previous(text) for text in names],
        "unidecode": lambda: [_fold(text) for text in names],
        "casefold": lambda: [_casefold_nfkd(text) for text in names],
    }
    before = {"ours": lambda: _clear_caches(centasia_claims), "previous": lambda: _clear_caches(baseline)}
    times = interleaved(contenders, rounds=rounds, before=before)
    print(
        f"Keys: {len(names):,} distinct names (a third in another script or scheme), caches emptied before "
        f"each round, {rounds} interleaved rounds, gc on"
    )
    print("| keys by | names per second | `normalize_name`'s time / its time (median of rounds) |")
    print("|---|---:|---:|")
    for name, label in (
        ("ours", "`normalize_name`"),
        ("previous", f"`normalize_name` at {_baseline.BASELINE}"),
        ("unidecode", "`unidecode(name).lower()`"),
        ("casefold", "`unicodedata.normalize('NFKD', name.casefold())`"),
    ):
        rate = len(names) / times.median(name)
        print(f"| {label} | {rate:,.0f} | {times.ratio('ours', name):.3f} |")
    low, high = times.spread("previous", "ours")
    print(
        f"normalize_name vs previous: {times.ratio('previous', 'ours'):.2f}x faster "
        f"(rounds {low:.2f}-{high:.2f})"
    )
    print()


def _cliff(names: list[str]) -> None:
    """Two passes over more distinct names than any cache holds: the second must still find what was kept."""
    baseline = _baseline.load()
    previous = importlib.import_module(f"{baseline.__name__}.names").parse_name
    print(
        f"Cache cliff: parse_name over {len(names):,} distinct names, twice, caches emptied before the first "
        "pass; gc on; one run each"
    )
    print("| code | first pass, names/s | second pass, names/s | second / first |")
    print("|---|---:|---:|---:|")
    for label, package, parse in (
        ("this tree", centasia_claims, parse_name),
        (f"at {_baseline.BASELINE}", baseline, previous),
    ):
        _clear_caches(package)
        passes = []
        for _ in range(2):
            start = time.perf_counter()
            for text in names:
                parse(text)
            passes.append(time.perf_counter() - start)
        first, second = (len(names) / seconds for seconds in passes)
        print(f"| {label} | {first:,.0f} | {second:,.0f} | {second / first:.2f} |")
    print()


def _scale(size: int, queries: int, rounds: int, rng: random.Random) -> dict[str, float]:
    """Resolve ``queries`` mentions among ``size`` persons: ours (index built each round), rapidfuzz cdist."""
    names = _synthetic_names(size + queries, rng)
    present, absent = names[:size], names[size : size + queries]
    persons = _persons(present)
    asked = rng.sample(range(size), min(queries, size))
    tests = [(_variant(present[number], rng), f"person:p{number}") for number in asked]
    tests += [(text, "") for text in absent[: queries // 2]]
    texts = [text for text, _ in tests]
    built: dict[str, NameIndex] = {}
    prepared: dict[str, list[str]] = {}

    def build() -> None:
        built["index"] = NameIndex.build(persons)

    def ours() -> list[str]:
        index = built["index"]
        found = []
        for text in texts:
            best = index.resolve(text).best
            found.append("" if best is None or best.verdict is not NameVerdict.SAME else best.entity)
        return found

    def prepare() -> None:
        prepared["choices"] = [_fold(text) for text in present]

    def theirs() -> list[str]:
        scores = process.cdist(
            [_fold(text) for text in texts],
            prepared["choices"],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=85,
            dtype=numpy.uint8,
            workers=1,
        )
        best = scores.argmax(axis=1)
        return [
            f"person:p{column}" if scores[row, column] else "" for row, column in enumerate(best.tolist())
        ]

    times = interleaved({"build": build, "ours": ours, "prepare": prepare, "theirs": theirs}, rounds=rounds)
    results: dict[str, float] = {"size": size, "queries": len(tests)}
    expected = [entity for _, entity in tests]
    for label, run in (("ours", ours), ("rapidfuzz", theirs)):
        found = run()
        predicted = sum(1 for entity in found if entity)
        correct = sum(1 for got, want in zip(found, expected, strict=True) if got and got == want)
        results[f"{label}_precision"] = correct / predicted if predicted else 1.0
        results[f"{label}_recall"] = correct / sum(1 for entity in expected if entity)
    results["build_s"] = times.median("build")
    results["prepare_s"] = times.median("prepare")
    results["ours_ms"] = 1000 * times.median("ours") / len(tests)
    results["rapidfuzz_ms"] = 1000 * times.median("theirs") / len(tests)
    results["query_ratio"] = times.ratio("theirs", "ours")
    return results


def _rigour_score(a: str, b: str) -> float:
    left, right = align_person_name_order(
        list(RigourName(a, tag=NameTypeTag.PER).parts), list(RigourName(b, tag=NameTypeTag.PER).parts)
    )
    alignments = compare_parts(left, right)
    weight = sum(alignment.weight for alignment in alignments)
    return sum(a.score * a.weight for a in alignments) / weight if weight else 0.0


MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "centasia_claims compare_names (not different)": lambda a, b: (
        compare_names(a, b).verdict is not NameVerdict.DIFFERENT
    ),
    "rapidfuzz token_sort_ratio >= 85 (unidecode)": lambda a, b: (
        fuzz.token_sort_ratio(_fold(a), _fold(b)) >= 85
    ),
    "jellyfish Jaro-Winkler >= 0.9 (unidecode)": lambda a, b: (
        jellyfish.jaro_winkler_similarity(_fold(a), _fold(b)) >= 0.9
    ),
    "rigour normalize_name equal": lambda a, b: rigour_normalize(a) == rigour_normalize(b),
    "rigour compare_parts >= 0.7": lambda a, b: _rigour_score(a, b) >= 0.7,
}


def _quality() -> list[tuple[str, float, float, int]]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        pairs = list(csv.DictReader(handle))
    rows = []
    for label, matcher in MATCHERS.items():
        predictions = [(matcher(p["a"], p["b"]), p) for p in pairs]
        true_positives = sum(1 for hit, p in predictions if hit and p["label"] == "same")
        predicted = sum(1 for hit, _ in predictions if hit)
        same = sum(1 for p in pairs if p["label"] == "same")
        hard = sum(1 for hit, p in predictions if hit and p["group"] == "hard negative")
        rows.append((label, true_positives / predicted if predicted else 1.0, true_positives / same, hard))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=300, help="mentions resolved at each size")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--keys", type=int, default=20_000, help="distinct names folded per round")
    parser.add_argument("--cliff", type=int, default=200_000, help="distinct names of the two-pass run")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20240604)
    print(f"Names benchmark, {machine()}; {versions('rapidfuzz', 'unidecode', 'jellyfish', 'rigour')}")
    print()
    _keys(_with_variants(_synthetic_names(args.keys, rng), rng), args.rounds)
    if args.cliff:
        _cliff(_with_variants(_synthetic_names(args.cliff, rng), rng))
    print("Resolve: mentions (variants of present names, plus absent names) among N persons; gc on; medians")
    print(
        "of interleaved rounds (3, or 2 at 100,000). Ours builds a `NameIndex` (timed apart, counted in the"
    )
    print("break-even); rapidfuzz folds the names once and scores every mention in one `process.cdist` call")
    print("(token-sort ratio, cut-off 85, one worker), taking the best column.")
    print(
        f"{'entities':>9} {'build s':>8} {'ours ms/q':>10} {'rf prep s':>9} {'rf ms/q':>8} {'per-query':>10} "
        f"{'break-even q':>13} {'precision ours/rf':>18} {'recall ours/rf':>15}"
    )
    for size in args.sizes:
        row = _scale(size, args.queries, 3 if size < 100_000 else 2, rng)
        saved = row["rapidfuzz_ms"] - row["ours_ms"]
        extra = 1000 * (row["build_s"] - row["prepare_s"])
        even = f"{extra / saved:,.0f}" if saved > 0 else "never"
        print(
            f"{size:>9,} {row['build_s']:>8.2f} {row['ours_ms']:>10.3f} {row['prepare_s']:>9.2f} "
            f"{row['rapidfuzz_ms']:>8.3f} {row['query_ratio']:>9.2f}x {even:>13} "
            f"{row['ours_precision']:>8.3f}/{row['rapidfuzz_precision']:.3f} "
            f"{row['ours_recall']:>8.3f}/{row['rapidfuzz_recall']:.3f}"
        )
    print()
    print(f"Labelled pairs ({PAIRS.name}): precision, recall, false merges among the hard negatives")
    for label, precision, recall, hard in _quality():
        print(f"  {label:<48} precision {precision:.3f}  recall {recall:.3f}  hard-negative merges {hard}")


if __name__ == "__main__":
    main()
