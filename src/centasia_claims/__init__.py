"""centasia_claims: a typed, checkable body of claims about Central Asian recruitment into ISIS.

Load the bundled corpus built from five seed documents, look things up, and follow every figure back to
the exact words it rests on. The names most users need are here; everything else is public in its
package: `centasia_claims.model`, `.corpus`, `.estimates`, `.names`, `.reconciliation`, `.provenance`,
`.exports`, `.plots`, `.serialization` and `.errors` (``docs/architecture.md`` says which owns what).

>>> import centasia_claims as cc
>>> corpus = cc.load_seed_corpus()
>>> claim = corpus.claims_for("measure:tajiks-joined-is-syria-iraq")[0]
>>> claim.value.phrase in corpus.text_of(claim.source)
True
>>> cc.reconcile(corpus, "measure:tajiks-joined-is-syria-iraq").trend.value
'rising'
"""

from centasia_claims.corpus import Corpus, load_corpus, load_seed_corpus, seed_path
from centasia_claims.errors import (
    CentasiaClaimsError,
    CorpusError,
    InvalidValueError,
    MissingExtraError,
    ParseError,
    ReconcileError,
    StructureError,
    UnknownIdError,
)
from centasia_claims.estimates import extract_estimates, format_estimate, parse_estimate
from centasia_claims.model import (
    AttributionStep,
    Claim,
    Entity,
    Estimate,
    Event,
    Measure,
    MeasureKind,
    Mention,
    Name,
    NameKind,
    Organization,
    PartialDate,
    Period,
    Person,
    Place,
    Qualifier,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.names import NameMatch, Resolution, compare_names, normalize_name, resolve
from centasia_claims.plots import plot_estimates
from centasia_claims.provenance import (
    Corroboration,
    Origin,
    ProvenanceReport,
    check_provenance,
    corroborate,
    trace_origin,
)
from centasia_claims.reconciliation import Reconciliation, reconcile

__version__ = "0.1.0"

__all__ = [
    "AttributionStep",
    "CentasiaClaimsError",
    "Claim",
    "Corpus",
    "CorpusError",
    "Corroboration",
    "Entity",
    "Estimate",
    "Event",
    "InvalidValueError",
    "Measure",
    "MeasureKind",
    "Mention",
    "MissingExtraError",
    "Name",
    "NameKind",
    "NameMatch",
    "Organization",
    "Origin",
    "ParseError",
    "PartialDate",
    "Period",
    "Person",
    "Place",
    "ProvenanceReport",
    "Qualifier",
    "ReconcileError",
    "Reconciliation",
    "Relation",
    "RelationKind",
    "Resolution",
    "Source",
    "StructureError",
    "TextQuote",
    "TextSpan",
    "UnknownIdError",
    "Verb",
    "__version__",
    "check_provenance",
    "compare_names",
    "corroborate",
    "extract_estimates",
    "format_estimate",
    "load_corpus",
    "load_seed_corpus",
    "normalize_name",
    "parse_estimate",
    "plot_estimates",
    "reconcile",
    "resolve",
    "seed_path",
    "trace_origin",
]
