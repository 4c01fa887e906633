"""Loading a corpus, side by side with ``json.load`` of the same files, as a user runs both.

``json.load`` is what a user would otherwise do: read the documents and parse the fixtures into plain
dictionaries, unchecked. ``load_corpus`` reads the same bytes, refuses repeated keys, unknown keys and wrong
types, runs every validator, checks every reference and every quote's offsets, and returns immutable
objects. Every figure uses the one synthetic corpus of ``bench._synthetic`` (at 100,000 and 1,000,000
claims by default).

Each round runs one fresh process per tree (this one, and with ``--against SRC`` an earlier source tree),
and in it both loaders once untimed (so that neither pays alone for growing the process's heap), then in
turn (the order turning from round to round), each from a collected heap, with the garbage collector on,
as a user runs them: the ratio of the round is taken inside one process, and the
report gives the median ratio over rounds. Labelled apart:

- the collector off for both (``load_corpus`` pauses it itself, ``json.load`` gains most);
- one full collection right after the load, with the result held: what the collector's next full pass
  costs for what was loaded (``load_corpus`` leaves its objects in the youngest generation);
- memory: what the result holds, by ``tracemalloc`` (allocations traced after the load, the parsed JSON
  freed), per claim and against the size of the fixture files.

Run: ``python -m bench.bench_load [--claims 100000 1000000] [--rounds 5] [--against SRC]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from importlib import metadata
from pathlib import Path
from typing import Any

from bench._synthetic import write_synthetic_corpus

ROOT = Path(__file__).resolve().parents[1]


def json_load_all(root: Path) -> list[Any]:
    """The baseline: read every document and parse every fixture file, nothing more."""
    texts = [path.read_bytes().decode("utf-8") for path in sorted((root / "documents").iterdir())]
    data = [json.loads(path.read_bytes()) for path in sorted((root / "fixtures").glob("*.json"))]
    return [texts, data]


def _load(root: Path) -> object:
    from centasia_claims import load_corpus  # noqa: PLC0415  (imported from the tree this process runs)
    from centasia_claims.corpus import Limits  # noqa: PLC0415

    return load_corpus(root, limits=Limits(max_fixture_bytes=10**10))


def _timed(func: Any, root: Path, *, collector: bool) -> tuple[float, float]:
    """Seconds ``func(root)`` takes from a collected heap, then seconds of a full collection while held."""
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.perf_counter()
        held = func(root)
        took = time.perf_counter() - start
    finally:
        gc.enable()
    start = time.perf_counter()
    gc.collect()
    collected = time.perf_counter() - start
    del held
    return took, collected


def _measure(root: Path, first: str) -> dict[str, float]:
    """One round in this process: both loaders, collector on, then off, in the order given."""
    sides = {"json": json_load_all, "load": _load}
    order = [first, *(side for side in sides if side != first)]
    for side in order:  # untimed: the process's heap grown, the loader's code generated, for both alike
        _timed(sides[side], root, collector=True)
    found: dict[str, float] = {}
    for collector in (True, False):
        for side in order:
            took, collected = _timed(sides[side], root, collector=collector)
            label = f"{side}_{'on' if collector else 'off'}"
            found[label] = took
            if collector:
                found[f"{side}_collect"] = collected
    return found


def _memory(root: Path) -> dict[str, float]:
    """Bytes the loaded corpus holds, and that the parsed JSON holds, by tracemalloc."""
    found = {}
    for side, func in (("load", _load), ("json", json_load_all)):
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        held = func(root)
        gc.collect()
        found[side] = float(tracemalloc.get_traced_memory()[0] - before)
        tracemalloc.stop()
        del held
    return found


def _in_process(source: Path, root: Path, task: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{source}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_load", "--task", task, "--root", str(root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    found: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return found


def _versions(source: Path) -> str:
    packages = ", ".join(f"{name} {metadata.version(name)}" for name in ("attrs", "cattrs"))
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"Python {sys.version.split()[0]} on {platform.machine()} {platform.system()}, "
        f"{os.cpu_count()} cores (load average {load} at the start), {packages}; library from {source}"
    )


def _report(
    label: str, rounds: list[dict[str, float]], memory: dict[str, float], claims: int, size: int
) -> None:
    def median(key: str) -> float:
        return statistics.median(found[key] for found in rounds)

    def ratio(ours: str, theirs: str) -> float:
        return statistics.median(found[ours] / found[theirs] for found in rounds)

    print(f"{label}: {claims:,} claims, {size / 1e6:,.0f} MB of fixtures, {len(rounds)} rounds, medians")
    for state in ("on", "off"):
        json_ms, load_ms = median(f"json_{state}") * 1000, median(f"load_{state}") * 1000
        print(
            f"  collector {state + ':':<4} json.load {json_ms:8,.0f} ms  load_corpus {load_ms:8,.0f} ms  "
            f"ratio {ratio(f'load_{state}', f'json_{state}'):.2f}x"
        )
    print(
        f"  one full collection after, result held: json {median('json_collect') * 1000:,.0f} ms, "
        f"corpus {median('load_collect') * 1000:,.0f} ms"
    )
    load, parsed = memory["load"], memory["json"]
    print(
        f"  memory held: corpus {load / claims:,.0f} B a claim ({load / size:.2f}x the JSON), "
        f"parsed JSON {parsed / claims:,.0f} B a claim ({parsed / size:.2f}x)"
    )


def main() -> None:
    """Print the comparison for each size (and tree)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default: 5)")
    parser.add_argument("--against", type=Path, help="another source tree holding centasia_claims")
    parser.add_argument("--task", choices=["time-json", "time-load", "memory"], help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.task is not None:
        first = "json" if args.task == "time-json" else "load"
        print(json.dumps(_memory(args.root) if args.task == "memory" else _measure(args.root, first)))
        return
    trees = {"this tree": ROOT / "src", **({str(args.against): args.against} if args.against else {})}
    print(_versions(ROOT / "src"))
    for claims in args.claims:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "corpus"
            write_synthetic_corpus(root, claims)
            size = sum(path.stat().st_size for path in (root / "fixtures").glob("*.json"))
            rounds: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
            for index in range(args.rounds):
                for label, source in trees.items():
                    task = "time-json" if index % 2 else "time-load"
                    rounds[label].append(_in_process(source, root, task))
            for label, source in trees.items():
                _report(label, rounds[label], _in_process(source, root, "memory"), claims, size)


if __name__ == "__main__":
    main()
