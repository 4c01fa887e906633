"""Timing helpers shared by the benchmark scripts: interleaved rounds with median ratios, and the machine.

`interleaved` is the one the comparisons use: every contender runs once per round, in the same order, with the
garbage collector on as a caller runs it (or off, when asked and labelled), and the figure is the median over
rounds; a ratio is the median of the per-round ratios, so a noisy neighbour on a shared machine moves both
sides of one round alike. `best_of` (the fastest of N runs, collector paused) remains for scripts that report
one side only.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import sys
import time
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["Rounds", "best_of", "interleaved", "machine", "ratio", "versions"]


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


class Rounds:
    """Wall seconds of each contender in each round, in run order."""

    def __init__(self, times: dict[str, list[float]]) -> None:
        self.times = times

    def median(self, name: str) -> float:
        """The median seconds of one contender."""
        return statistics.median(self.times[name])

    def ratio(self, slower: str, faster: str) -> float:
        """The median over rounds of ``slower``'s time divided by ``faster``'s (above 1: ``faster`` wins)."""
        return statistics.median(
            a / b for a, b in zip(self.times[slower], self.times[faster], strict=True) if b > 0
        )

    def spread(self, slower: str, faster: str) -> tuple[float, float]:
        """The smallest and largest per-round ratio, to show how much the machine moved them."""
        ratios = [a / b for a, b in zip(self.times[slower], self.times[faster], strict=True) if b > 0]
        return min(ratios), max(ratios)


def interleaved(
    contenders: Mapping[str, Callable[[], object]],
    *,
    rounds: int = 5,
    before: Mapping[str, Callable[[], None]] | None = None,
    collector: bool = True,
) -> Rounds:
    """Run each contender once per round, in order, ``rounds`` times; ``before[name]`` runs untimed first.

    With ``collector=False`` the garbage collector is paused during each timed call (label such figures).
    """
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, func in contenders.items():
            if before and name in before:
                before[name]()
            gc.collect()
            if not collector:
                gc.disable()
            try:
                start = time.perf_counter()
                func()
                times[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return Rounds(times)


def ratio(ours: float, theirs: float) -> str:
    """``theirs / ours`` as ``"12.3x faster"`` or ``"0.8x (slower)"``, for time measurements."""
    if ours <= 0:
        return "n/a"
    factor = theirs / ours
    return f"{factor:.1f}x faster" if factor >= 1 else f"{factor:.2f}x (slower)"


def versions(*packages: str) -> str:
    """The installed versions of ``packages``, as ``"name 1.2.3"`` joined by commas."""
    found = []
    for package in packages:
        try:
            found.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            found.append(f"{package} (not installed)")
    return ", ".join(found)


def machine() -> str:
    """One line naming the interpreter and machine the figures were measured on, with its load."""
    cores = os.cpu_count()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"Python {sys.version.split()[0]} on {platform.machine()} {platform.system()}, {cores} cores "
        f"(load average {load})"
    )
