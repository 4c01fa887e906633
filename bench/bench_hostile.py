"""Growth from 1 KB to 1 MB of adversarial input for every public function that reads text.

Run with ``python -m bench.bench_hostile`` (``--quick`` stops at 100 KB; name functions to time only them).
For each function and each shape of `bench._hostile.SHAPES` it prints the time at 1 KB, 10 KB, 100 KB and
1 MB, the growth from 100 KB to 1 MB (10x is linear, 100x quadratic), and the peak memory traced at the
largest size. Figures are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import contextlib
import sys
import time
import tracemalloc

from bench._hostile import FUNCTIONS, SHAPES
from bench._timing import machine
from centasia_claims.errors import CentasiaClaimsError

SIZES = (1_000, 10_000, 100_000, 1_000_000)


def _run(function: object, text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(CentasiaClaimsError):  # a documented refusal is an outcome too
        function(text)  # type: ignore[operator]
    return time.perf_counter() - start


def _peak(function: object, text: str) -> float:
    tracemalloc.start()
    try:
        _run(function, text)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: list[str]) -> None:
    """Print one line per function and shape."""
    sizes = SIZES[:-1] if "--quick" in argv else SIZES
    names = [name for name in argv if not name.startswith("--")] or list(FUNCTIONS)
    print(f"# {machine()}; seconds at {', '.join(f'{size:,}' for size in sizes)} characters")
    worst = 0.0
    for name in names:
        function = FUNCTIONS[name]
        _run(function, "warm up")
        for shape, make in SHAPES.items():
            times = [_run(function, make(size)) for size in sizes]
            growth = times[-1] / max(times[-2], 1e-6)
            if times[-1] > 0.05:  # growth of sub-50 ms times is timer noise
                worst = max(worst, growth)
            peak = _peak(function, make(sizes[-1]))
            shown = " ".join(f"{seconds:9.4f}" for seconds in times)
            print(f"{name:20} {shape:12} {shown}  growth {growth:5.1f}x  peak {peak:7.1f} MB", flush=True)
    print(f"# worst growth over the last tenfold (times above 50 ms): {worst:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
