"""The domain model: immutable, slotted, typed classes and the small value types they need.

Everything here is re-exported from `centasia_claims`; import from there.

>>> from centasia_claims import model
>>> model.Qualifier.AT_MOST.value
'at_most'
"""

from centasia_claims.model.claims import (
    AttributionStep,
    Claim,
    EpistemicStatus,
    Exclusion,
    ExclusionReason,
    Measure,
    MeasureKind,
    Stance,
    Verb,
)
from centasia_claims.model.dates import PartialDate, Period, Precision
from centasia_claims.model.entities import (
    Entity,
    Event,
    Mention,
    Name,
    NameKind,
    Organization,
    Person,
    Place,
    Relation,
    RelationKind,
    Script,
    detect_script,
)
from centasia_claims.model.estimate import Estimate, Qualifier
from centasia_claims.model.ids import ClaimId, EntityId, MeasureId, SourceId
from centasia_claims.model.source import Source, SourceKind, TextSpan
from centasia_claims.model.text import Document, TextQuote

__all__ = [
    "AttributionStep",
    "Claim",
    "ClaimId",
    "Document",
    "Entity",
    "EntityId",
    "EpistemicStatus",
    "Estimate",
    "Event",
    "Exclusion",
    "ExclusionReason",
    "Measure",
    "MeasureId",
    "MeasureKind",
    "Mention",
    "Name",
    "NameKind",
    "Organization",
    "PartialDate",
    "Period",
    "Person",
    "Place",
    "Precision",
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
    "Verb",
    "detect_script",
]
