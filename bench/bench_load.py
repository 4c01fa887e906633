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

from bench._synthetic import write_synthetic_corpus
from bench._timing import best_of, machine
from centasia_claims import load_corpus, seed_path

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
