"""``centasia-claims family MEASURE``: a measure and every measure related to it, each relation checked."""

from __future__ import annotations

from centasia_claims.cli._command import result_command
from centasia_claims.reconciliation import reconcile_family

__all__ = ["COMMAND"]

COMMAND = result_command(
    name="family",
    help="check the relations between a measure and those related to it (subset, share, increment ...)",
    example="centasia-claims family measure:tajik-fighters-pardoned",
    arguments=[("MEASURE", "the id of a measure of the family")],
    compute=reconcile_family,
)
