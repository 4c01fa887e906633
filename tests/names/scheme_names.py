"""Cyrillic person names for measuring how each romanization scheme folds back, built from the tables.

Given names and surnames are the Cyrillic person names of the labelled pair sets (tests/data) and the Latin
person names of the bundled corpus spelled in Tajik Cyrillic as `romanize` reads them; more surnames are
formed as Tajik and Russian surnames are, from a given name and a family-name ending (`SURNAME_SUFFIXES`:
Karim -> Karimov, Karimova, Karimzoda, Karimi). Run ``python -m tests.names.scheme_names`` for the rate at
which each scheme's spelling of every name is judged the same person as the name, shares its key and shares
a blocking key, and for the price of the scheme-spelling rule (`swap_rates`): how often a name with one letter
changed to a letter some scheme writes alike (ҷ to й, с to з, з to с) is judged the same person as the
English-based (BGN/PCGN Tajik) spelling of the name unchanged.
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from pathlib import Path

from centasia_claims import load_seed_corpus
from centasia_claims.model import Script, detect_script
from centasia_claims.names import (
    SCHEMES,
    NameVerdict,
    blocking_keys,
    compare_names,
    normalize_name,
    parse_name,
    romanize,
)
from centasia_claims.names import transliterate as spell

DATA = Path(__file__).resolve().parents[1] / "data"
_WORD = re.compile(r"^[А-ЯЁӢӮҚҒҲҶ][а-яёӣӯқғҳҷ]{2,}$")
_ENDINGS = {"ов": "ова", "ев": "ева"}
"""Cyrillic family-name endings: -ов/-ев after a consonant (-ев after й, ж, ш, ч, щ, ц), their feminine forms,
-зода and the izofa-derived -ӣ (Кабирӣ)."""


def _person_names() -> list[str]:
    names: list[str] = []
    for path in (DATA / "name_pairs.csv", DATA / "press_name_pairs.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("kind", "person") == "person":
                    names.extend((row["a"], row["b"]))
    for person in load_seed_corpus().persons:
        names.extend(name.text for name in person.names)
    cyrillic: list[str] = []
    for name in names:
        if detect_script(name) is Script.CYRILLIC:
            cyrillic.append(name)
        elif detect_script(name) is Script.LATIN:
            cyrillic.append(romanize(name)[1] if len(romanize(name)) > 1 else name)
    return cyrillic


def _surnames_of(given: str) -> list[str]:
    stem = given.removesuffix("ҷон").removesuffix("джон") if len(given) > 7 else given
    stem = stem.removesuffix("ӣ") + ("и" if stem.endswith("ӣ") else "")
    if stem[-1] in "аеёиоуыэюяӣӯ":
        return [f"{stem}ев", f"{stem}зода"]
    ending = "ев" if stem[-1] in "йжшчщц" else "ов"
    return [f"{stem}{ending}", f"{stem}{_ENDINGS[ending]}", f"{stem}зода", f"{stem}ӣ"]


SAMPLE = DATA / "scheme_names.txt"
"""The names every figure of docs/names.md on schemes is measured on, fixed so that the figures stay
comparable as the labelled sets grow (`derive_scheme_names` made them; ``--write`` makes them anew)."""


@functools.cache
def scheme_names() -> tuple[str, ...]:
    """The fixed sample of two-part Cyrillic names (`SAMPLE`), sorted and each once."""
    return tuple(SAMPLE.read_text(encoding="utf-8").split("\n")[:-1])


def derive_scheme_names() -> tuple[str, ...]:
    """Two-part Cyrillic names, given name then surname, sorted and each once."""
    givens: set[str] = set()
    surnames: set[str] = set()
    for name in _person_names():
        # Titles dropped; a name with a particle (Abu Bakr) or a patronymic is left out.
        words = [token.text for token in parse_name(name).tokens]
        if len(words) == 2 and all(_WORD.match(word) for word in words):
            givens.add(words[0])
            surnames.add(words[-1])
    ordered_givens = sorted(givens)
    for given in ordered_givens:
        surnames.update(_surnames_of(given))
    ordered_surnames = sorted(surnames)
    step = len(ordered_givens)
    return tuple(
        sorted(
            {
                f"{ordered_givens[(index * 7) % step]} {surname}"
                for index, surname in enumerate(ordered_surnames)
            }
        )
    )


def rates(scheme: str, names: tuple[str, ...]) -> tuple[float, float, float, list[tuple[str, str, str]]]:
    """Of a scheme's spellings of ``names``: shares judged same, with an equal key, sharing a blocking key."""
    same = keys = blocked = 0
    failures: list[tuple[str, str, str]] = []
    for name in names:
        spelled = spell(name, scheme)
        verdict = compare_names(name, spelled).verdict
        same += verdict is NameVerdict.SAME
        keys += normalize_name(name) == normalize_name(spelled)
        blocked += bool(set(blocking_keys(name)) & set(blocking_keys(spelled)))
        if verdict is not NameVerdict.SAME:
            failures.append((name, spelled, verdict.value))
    total = len(names)
    return same / total, keys / total, blocked / total, failures


SWAPS = (("ҷ", "й"), ("с", "з"), ("з", "с"))
"""Letters some scheme writes as another's English spelling: ISO 9 and Polish j for й, German s for з."""


def swapped(name: str, letter: str, other: str) -> list[str]:
    """``name`` with one ``letter`` changed to ``other`` (keeping its case), once for each place it occurs."""
    return [
        name[:index] + (other if char == letter else other.upper()) + name[index + 1 :]
        for index, char in enumerate(name)
        if char.lower() == letter
    ]


def swap_rates(names: tuple[str, ...]) -> list[tuple[str, str, int, int, int]]:
    """Per swap of `SWAPS`: the names changed, and how many are judged same and `is_match` with the English
    spelling of the name unchanged."""
    rows: list[tuple[str, str, int, int, int]] = []
    for letter, other in SWAPS:
        total = same = matched = 0
        for name in names:
            english = spell(name, "bgn-pcgn-tg")
            for changed in swapped(name, letter, other):
                match = compare_names(changed, english)
                total += 1
                same += match.verdict is NameVerdict.SAME
                matched += match.is_match
        rows.append((letter, other, total, same, matched))
    return rows


if __name__ == "__main__":
    if "--write" in sys.argv:
        SAMPLE.write_text("\n".join(derive_scheme_names()) + "\n", encoding="utf-8")
    names = scheme_names()
    sys.stdout.write(f"{len(names)} names\n| scheme | same | equal key | shared blocking key |\n")
    sys.stdout.write("|---|---:|---:|---:|\n")
    for scheme in SCHEMES:
        same, key, block, failures = rates(scheme, names)
        sys.stdout.write(f"| `{scheme}` | {same:.3f} | {key:.3f} | {block:.3f} |\n")
        if "-v" in sys.argv:
            for failure in failures[:40]:
                sys.stderr.write(f"  {scheme}: {failure}\n")
    sys.stdout.write("\n| letter changed | names | same | same or compatible |\n|---|---:|---:|---:|\n")
    for letter, other, total, same, matched in swap_rates(names):
        sys.stdout.write(f"| {letter}→{other} | {total} | {same} | {matched} |\n")
