"""What ``import centasia_claims`` costs, against importing only what it depends on.

Each round starts fresh interpreters, interleaved: one imports the library, one its three dependencies
(attrs, cattrs, python-dateutil), and, with ``--against SRC``, one imports the library from another source
tree (an earlier checkout's ``src/``), so a change can be compared with the code before it on the same
machine in the same run. Times are ``python -X importtime``'s cumulative microseconds of the top import, with
the garbage collector on as a user runs it; the report gives medians and their ratios.

    python bench/bench_import.py --rounds 31 --against /path/to/earlier/checkout/src
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEPENDENCIES = "import attrs, cattrs, dateutil.relativedelta"


def _import_time(statement: str, source: Path) -> int:
    """Microseconds ``statement`` takes to import, summed over its top-level imports, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT.parent,
        check=True,
    )
    lines = [
        line for line in done.stderr.splitlines() if line.startswith("import time:") and "[us]" not in line
    ]
    # Top-level imports are the lines whose name has no leading indentation after the last '|'.
    return sum(int(line.split("|")[1]) for line in lines if not line.split("|")[2].startswith("  "))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds (default: 21)")
    parser.add_argument("--against", type=Path, help="another source tree holding centasia_claims")
    args = parser.parse_args()
    ours, dependencies, other = [], [], []
    for _ in range(args.rounds):
        ours.append(_import_time("import centasia_claims", ROOT / "src"))
        dependencies.append(_import_time(DEPENDENCIES, ROOT / "src"))
        if args.against is not None:
            other.append(_import_time("import centasia_claims", args.against))
    median = statistics.median(ours)
    print(f"Python {sys.version.split()[0]}, {args.rounds} interleaved rounds, medians")
    print(f"  import centasia_claims              {median / 1000:7.1f} ms")
    print(f"  its dependencies alone              {statistics.median(dependencies) / 1000:7.1f} ms")
    if other:
        print(f"  centasia_claims from {args.against}  {statistics.median(other) / 1000:7.1f} ms")
        print(f"  this tree / that tree: {median / statistics.median(other):.3f}")


if __name__ == "__main__":
    main()
