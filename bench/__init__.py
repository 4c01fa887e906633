"""Benchmarks: side-by-side comparisons with what a user would otherwise use, reported as ratios.

Run a script with ``python -m bench.NAME`` from the repository root; figures go to ``docs/performance.md``.
"""
