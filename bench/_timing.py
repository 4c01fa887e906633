"""Timing helpers shared by the benchmark scripts: best-of-N wall time and readable ratios."""

from __future__ import annotations

import gc
import platform
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["best_of", "machine", "ratio"]


def best_of(func: Callable[[], object], *, repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``func``, in seconds, with the garbage collector paused."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def ratio(ours: float, theirs: float) -> str:
    """``theirs / ours`` as ``"12.3x faster"`` or ``"0.8x (slower)"``, for time measurements."""
    if ours <= 0:
        return "n/a"
    factor = theirs / ours
    return f"{factor:.1f}x faster" if factor >= 1 else f"{factor:.2f}x (slower)"


def machine() -> str:
    """One line naming the interpreter and machine the figures were measured on."""
    return f"Python {sys.version.split()[0]} on {platform.machine()} {platform.system()}"
