"""Loading a corpus, side by side with ``json.load`` of the same files.

``json.load`` is what a user would otherwise do: read the fixtures as plain dictionaries, unchecked.
``load_corpus`` reads the same bytes, builds typed immutable objects, rejects unknown keys and wrong
types, runs every validator, checks referential integrity and builds the indexes. The ratio is what that
costs on top of parsing.

Run: ``python -m bench.bench_load [--claims N]``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path
from typing import Any

from bench._timing import best_of, machine
from centasia_claims import load_corpus, seed_path

SENTENCE = "Officials say about 1,100 Tajik nationals have joined the group in Syria and Iraq. "


def write_synthetic_corpus(root: Path, claims: int, *, seed: int = 1) -> None:
    """A corpus folder shaped like the seeds: one document, 100 sources, 1,000 persons, 100 measures."""
    rng = random.Random(seed)
    text = SENTENCE * 1000
    (root / "documents").mkdir(parents=True)
    (root / "documents" / "doc.txt").write_text(text, encoding="utf-8")
    (root / "fixtures").mkdir()
    persons = [{"id": f"person:p{i}", "names": [{"text": f"Person {i}"}]} for i in range(1000)]
    orgs = [{"id": "org:outlet", "kind": "news outlet", "names": [{"text": "Outlet"}]}]
    sources = [
        {
            "id": f"source:s{i}",
            "title": f"Article {i}",
            "document": "doc.txt",
            "span": {"start": 0, "end": len(text)},
            "outlet": "org:outlet",
            "published": f"{2014 + i % 10}-{1 + i % 12:02d}",
        }
        for i in range(100)
    ]
    measures = [
        {"id": f"measure:m{i}", "label": f"Measure {i}", "unit": "people", "kind": "cumulative"}
        for i in range(100)
    ]
    start = SENTENCE.index("about 1,100")
    items: list[dict[str, Any]] = []
    for i in range(claims):
        offset = len(SENTENCE) * rng.randrange(1000)
        point = rng.randrange(1, 10_000)
        items.append(
            {
                "id": f"claim:c{i}",
                "source": f"source:s{i % 100}",
                "quote": {
                    "exact": "about 1,100",
                    "start": offset + start,
                    "end": offset + start + 11,
                    "prefix": "Officials say ",
                    "suffix": " Tajik",
                },
                "statement": "About 1,100 Tajik nationals have joined the group.",
                "about": [f"person:p{rng.randrange(1000)}", f"person:p{rng.randrange(1000)}"],
                "measure": f"measure:m{i % 100}",
                "value": {
                    "phrase": "about 1,100",
                    "qualifier": "approximate",
                    "unit": "people",
                    "low": point * 9 / 10,
                    "high": point * 11 / 10,
                    "point": point,
                },
                "period": f"{2014 + i % 6}",
                "attribution": [
                    {"agent": f"person:p{rng.randrange(1000)}", "text": "Officials", "verb": "said"},
                    {"agent": "org:outlet", "text": "Outlet", "verb": "published"},
                ],
                "status": "official",
            }
        )
    fixtures = root / "fixtures"
    (fixtures / "entities.json").write_text(
        json.dumps({"persons": persons, "organizations": orgs, "measures": measures}), encoding="utf-8"
    )
    (fixtures / "sources.json").write_text(json.dumps({"sources": sources}), encoding="utf-8")
    (fixtures / "claims.json").write_text(json.dumps({"claims": items}), encoding="utf-8")


def json_load_all(root: Path) -> list[Any]:
    """The baseline: parse every fixture file and read every document, nothing more."""
    texts = [path.read_bytes().decode("utf-8") for path in sorted((root / "documents").iterdir())]
    data = [json.loads(path.read_bytes()) for path in sorted((root / "fixtures").glob("*.json"))]
    return [texts, data]


def compare(label: str, root: Path, repeat: int) -> tuple[float, float]:
    """Time both loaders on one folder and print a row."""
    ours = best_of(lambda: load_corpus(root), repeat=repeat)
    theirs = best_of(lambda: json_load_all(root), repeat=repeat)
    print(f"| {label:<28} | {theirs * 1000:>10.1f} ms | {ours * 1000:>12.1f} ms | {ours / theirs:>6.2f}x |")
    return ours, theirs


def main() -> None:
    """Print the comparison as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(machine())
    print()
    print("| corpus                       |  json.load | load_corpus    | ratio   |")
    print("|------------------------------|-----------:|---------------:|--------:|")
    seeds = seed_path()
    assert isinstance(seeds, Path), "run from a source checkout"  # noqa: S101
    compare("bundled seed corpus", seeds, args.repeat * 5)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        write_synthetic_corpus(root, args.claims)
        compare(f"synthetic, {args.claims:,} claims", root, args.repeat)


if __name__ == "__main__":
    main()
