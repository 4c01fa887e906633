"""Provenance: verify evidence, trace attribution chains, count independent origins, flag what is unsupported.

Everything here is re-exported from `centasia_claims`; import from there. ``docs/provenance.md`` explains
each finding of `check_provenance` with an example from the seed documents.

>>> from centasia_claims import check_provenance, corroborate, load_seed_corpus, trace_origin
>>> corpus = load_seed_corpus()
>>> str(trace_origin(corpus, "claim:rferl-rahimzoda-148-killed"))
'Tajik government (org:tajik-government)'
"""

from centasia_claims.provenance._annotation import (
    ANNOTATION_CONTEXT,
    DOCUMENT_BASE,
    to_web_annotation,
    to_web_annotations,
)
from centasia_claims.provenance._check import check_provenance
from centasia_claims.provenance._corroborate import NOT_CONFIRMED, Corroboration, OriginClaims, corroborate
from centasia_claims.provenance._findings import SEVERITIES, Finding, FindingKind, ProvenanceReport, Severity
from centasia_claims.provenance._match import CHARACTER_EQUIVALENTS, QuoteMatch, find_quote, fold_typography
from centasia_claims.provenance._origins import (
    ORIGIN_RELATIONS,
    Origin,
    group_by_origin,
    root_agent,
    root_path,
    trace_origin,
)
from centasia_claims.provenance._prov import PROV_NAMESPACE, to_prov_document, to_prov_json
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

__all__ = [
    "ANNOTATION_CONTEXT",
    "CHARACTER_EQUIVALENTS",
    "DOCUMENT_BASE",
    "GROUP_KINDS",
    "NOT_CONFIRMED",
    "OFFICIAL_KINDS",
    "ORIGIN_RELATIONS",
    "PROV_NAMESPACE",
    "SEVERITIES",
    "STATUS_CUES",
    "VERB_STATUSES",
    "Corroboration",
    "EpistemicReading",
    "Finding",
    "FindingKind",
    "Origin",
    "OriginClaims",
    "ProvenanceReport",
    "QuoteMatch",
    "Severity",
    "StatusBasis",
    "StatusCue",
    "check_provenance",
    "corroborate",
    "epistemic_status",
    "find_quote",
    "fold_typography",
    "group_by_origin",
    "root_agent",
    "root_path",
    "step_status",
    "to_prov_document",
    "to_prov_json",
    "to_web_annotation",
    "to_web_annotations",
    "trace_origin",
]
