"""``centasia-claims facts SUBJECT FACT``: what the corpus says of one fact about one person."""

from __future__ import annotations

from centasia_claims.cli._command import result_command
from centasia_claims.reconciliation import fact_summary

__all__ = ["COMMAND"]

COMMAND = result_command(
    name="facts",
    help="print every word given for one fact about a person, what is disputed, by whom, and the latest word",
    example="centasia-claims facts person:gulmurod-halimov measure:gulmurod-halimov-status",
    arguments=[
        ("SUBJECT", "the entity id of the person the fact is about"),
        ("FACT", "a measure whose claims give words (a status, a rank), or a predicate"),
    ],
    compute=fact_summary,
)
