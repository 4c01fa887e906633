"""``centasia-claims trace CLAIM_ID``: a claim's chain, origin, epistemic status and corroboration."""

from __future__ import annotations

from centasia_claims.cli._command import result_command
from centasia_claims.provenance import trace_claim

__all__ = ["COMMAND"]

COMMAND = result_command(
    name="trace",
    help="print a claim's attribution chain, origin, epistemic status and corroboration",
    example="centasia-claims trace claim:rferl-rahimzoda-61-returned",
    arguments=[("CLAIM_ID", "the id of the claim to trace")],
    compute=trace_claim,
)
