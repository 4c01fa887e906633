"""centasia_claims: a typed, checkable body of claims about Central Asian recruitment into ISIS.

Load the bundled corpus built from five seed documents, look things up, and follow every figure back to
the exact words it rests on.

>>> import centasia_claims as cc
>>> corpus = cc.load_seed_corpus()
>>> claim = corpus.claims_for("measure:tajiks-joined-is-syria-iraq")[0]
>>> claim.value.phrase in corpus.text_of(claim.source)
True
"""

from centasia_claims.corpus import Corpus, load_corpus, load_seed_corpus, seed_path
from centasia_claims.errors import (
    CentasiaClaimsError,
    CorpusError,
    InvalidValueError,
    MissingExtraError,
    ParseError,
    Problem,
    UnknownIdError,
)
from centasia_claims.estimates import FoundEstimate, extract_estimates, format_estimate, parse_estimate
from centasia_claims.model import (
    AttributionStep,
    Claim,
    ClaimId,
    Document,
    Entity,
    EntityId,
    EpistemicStatus,
    Estimate,
    Event,
    Exclusion,
    ExclusionReason,
    Measure,
    MeasureId,
    MeasureKind,
    Mention,
    Name,
    NameKind,
    Organization,
    PartialDate,
    Period,
    Person,
    Place,
    Precision,
    Qualifier,
    Relation,
    RelationKind,
    Script,
    Source,
    SourceId,
    SourceKind,
    Stance,
    TextQuote,
    TextSpan,
    Verb,
    detect_script,
)

__version__ = "0.1.0"

__all__ = [
    "AttributionStep",
    "CentasiaClaimsError",
    "Claim",
    "ClaimId",
    "Corpus",
    "CorpusError",
    "Document",
    "Entity",
    "EntityId",
    "EpistemicStatus",
    "Estimate",
    "Event",
    "Exclusion",
    "ExclusionReason",
    "FoundEstimate",
    "InvalidValueError",
    "Measure",
    "MeasureId",
    "MeasureKind",
    "Mention",
    "MissingExtraError",
    "Name",
    "NameKind",
    "Organization",
    "ParseError",
    "PartialDate",
    "Period",
    "Person",
    "Place",
    "Precision",
    "Problem",
    "Qualifier",
    "Relation",
    "RelationKind",
    "Script",
    "Source",
    "SourceId",
    "SourceKind",
    "Stance",
    "TextQuote",
    "TextSpan",
    "UnknownIdError",
    "Verb",
    "__version__",
    "detect_script",
    "extract_estimates",
    "format_estimate",
    "load_corpus",
    "load_seed_corpus",
    "parse_estimate",
    "seed_path",
]
