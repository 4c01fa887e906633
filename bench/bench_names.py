"""Names: folding speed, resolution latency at 1k/10k/100k entities, and match quality on labelled pairs.

Run with ``python -m bench.bench_names`` (needs the ``bench`` extra). Compared side by side, in one run, with
what a user would otherwise write: unidecode folding and rapidfuzz ``process.extractOne`` over every name
(token-sort ratio, cut-off 85); on the labelled pairs also with jellyfish Jaro-Winkler and rigour's own name
normalization and comparison. Figures go to docs/performance.md ("Names").
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path
from typing import TYPE_CHECKING

import jellyfish
from rapidfuzz import fuzz, process
from rigour.names import Name as RigourName
from rigour.names import NameTypeTag, align_person_name_order
from rigour.names import normalize_name as rigour_normalize
from rigour.names.compare import compare_parts
from unidecode import unidecode

from bench._timing import best_of, machine, ratio
from centasia_claims import Name, Person, compare_names
from centasia_claims.model import EntityId
from centasia_claims.names import NameIndex, NameVerdict, _key, romanize

if TYPE_CHECKING:
    from collections.abc import Callable

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


def _clear_caches() -> None:
    _key.parse_name.cache_clear()
    _key._latinize.cache_clear()
    _key.fold_latin.cache_clear()


def _keys_per_second(names: list[str]) -> tuple[float, float]:
    def ours() -> None:
        _clear_caches()
        for text in names:
            _key.normalize_name(text)

    def theirs() -> None:
        for text in names:
            _fold(text)

    return len(names) / best_of(ours, repeat=3), len(names) / best_of(theirs, repeat=3)


def _scale(size: int, queries: int, rng: random.Random) -> dict[str, float]:
    names = _synthetic_names(size + queries, rng)
    present, absent = names[:size], names[size : size + queries]
    index = NameIndex.build(_persons(present))
    choices = [_fold(text) for text in present]
    asked = rng.sample(range(size), min(queries, size))
    tests = [(_variant(present[number], rng), f"person:p{number}") for number in asked]
    tests += [(text, "") for text in absent[: queries // 2]]

    def ours() -> list[str]:
        found = []
        for text, _ in tests:
            best = index.resolve(text).best
            found.append("" if best is None or best.verdict is not NameVerdict.SAME else best.entity)
        return found

    def theirs() -> list[str]:
        found = []
        for text, _ in tests:
            hit = process.extractOne(_fold(text), choices, scorer=fuzz.token_sort_ratio, score_cutoff=85)
            found.append("" if hit is None else f"person:p{hit[2]}")
        return found

    results: dict[str, float] = {"size": size}
    for label, run in (("ours", ours), ("rapidfuzz", theirs)):
        seconds = best_of(run, repeat=3 if size < 100_000 else 1)
        found = run()
        expected = [entity for _, entity in tests]
        predicted = sum(1 for entity in found if entity)
        correct = sum(1 for got, want in zip(found, expected, strict=True) if got and got == want)
        results[f"{label}_ms"] = 1000 * seconds / len(tests)
        results[f"{label}_precision"] = correct / predicted if predicted else 1.0
        results[f"{label}_recall"] = correct / sum(1 for entity in expected if entity)
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
    parser.add_argument("--queries", type=int, default=200, help="mentions resolved at each size")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    rng = random.Random(20240604)
    print(f"Names benchmark, {machine()}")
    print()
    names = _synthetic_names(20_000, rng)
    ours, theirs = _keys_per_second(names)
    print(f"Keys per second (20,000 distinct names, caches cleared): normalize_name {ours:,.0f}; "
          f"unidecode+lower {theirs:,.0f} ({ratio(1 / ours, 1 / theirs)})")  # fmt: skip
    print()
    print("Resolve latency per mention (variants of present names, plus absent names)")
    print(f"{'entities':>9} {'ours ms':>9} {'rapidfuzz ms':>13} {'ratio':>16} {'precision ours/rf':>18} "
          f"{'recall ours/rf':>15}")  # fmt: skip
    for size in args.sizes:
        row = _scale(size, args.queries, rng)
        print(
            f"{size:>9,} {row['ours_ms']:>9.3f} {row['rapidfuzz_ms']:>13.3f} "
            f"{ratio(row['ours_ms'], row['rapidfuzz_ms']):>16} "
            f"{row['ours_precision']:>8.3f}/{row['rapidfuzz_precision']:.3f} "
            f"{row['ours_recall']:>8.3f}/{row['rapidfuzz_recall']:.3f}"
        )
    print()
    print(f"Labelled pairs ({PAIRS.name}): precision, recall, false merges among the hard negatives")
    for label, precision, recall, hard in _quality():
        print(f"  {label:<48} precision {precision:.3f}  recall {recall:.3f}  hard-negative merges {hard}")


if __name__ == "__main__":
    main()
