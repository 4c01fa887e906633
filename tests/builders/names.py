"""Shared names of the organization comparer tests: the verdicts, an empty alias table, a test budget."""

from __future__ import annotations

from hypothesis import settings

from centasia_claims.names import AliasTable, NameVerdict

__all__ = ["COMPATIBLE", "DIFFERENT", "FAST", "NO_TABLE", "SAME"]

SAME, COMPATIBLE, DIFFERENT = NameVerdict.SAME, NameVerdict.COMPATIBLE, NameVerdict.DIFFERENT
NO_TABLE = AliasTable(())
"""An alias table with no entry: the string rules alone."""
FAST = settings(max_examples=200, deadline=None)
