"""Provenance: who a claim comes from, how the text presents it, what supports it, and what is broken.

`trace_origin` follows a claim to the body it comes from (three outlets repeating one ministry are one
origin); `epistemic_status` reads how the text presents it (official, estimate, hearsay ...);
`corroborate` finds the independent origins that support or contradict its figure, judged as
`centasia_claims.reconcile` judges figures; `check_provenance` lists everything broken, unsupported or not
what it seems; `trace_claim` gathers all of it for one claim. ``docs/provenance.md`` explains each finding.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.provenance import trace_origin
>>> str(trace_origin(load_seed_corpus(), "claim:rferl-rahimzoda-148-killed"))
'Tajik government (org:tajik-government)'
"""

from centasia_claims.provenance._check import check_provenance
from centasia_claims.provenance._corroborate import NOT_CONFIRMED, Corroboration, OriginClaims, corroborate
from centasia_claims.provenance._findings import SEVERITIES, Finding, FindingKind, ProvenanceReport, Severity
from centasia_claims.provenance._origins import Origin, group_by_origin, origin_text, trace_origin
from centasia_claims.provenance._status import (
    GROUP_KINDS,
    OFFICIAL_KINDS,
    STATUS_CUES,
    VERB_STATUSES,
    EpistemicReading,
    StatusBasis,
    StatusCue,
    epistemic_status,
    step_status,
)
from centasia_claims.provenance._trace import ClaimTrace, TracedStep, trace_claim

__all__ = [
    "GROUP_KINDS",
    "NOT_CONFIRMED",
    "OFFICIAL_KINDS",
    "SEVERITIES",
    "STATUS_CUES",
    "VERB_STATUSES",
    "ClaimTrace",
    "Corroboration",
    "EpistemicReading",
    "Finding",
    "FindingKind",
    "Origin",
    "OriginClaims",
    "ProvenanceReport",
    "Severity",
    "StatusBasis",
    "StatusCue",
    "TracedStep",
    "check_provenance",
    "corroborate",
    "epistemic_status",
    "group_by_origin",
    "origin_text",
    "step_status",
    "trace_claim",
    "trace_origin",
]
