"""The domain model: immutable, slotted, typed classes and the small value types they need.

Sources, claims, estimates, entities and their names, dates and periods, and the evidence a claim rests on
(a `TextQuote`, found again with `find_quote` when its offsets are off). Every class is ``attrs.frozen``;
single-value rules live in validators that name their field, and each type renders its own text and HTML.
The most used names are re-exported from `centasia_claims`; everything is importable from here.

>>> from centasia_claims.model import Qualifier, find_quote
>>> Qualifier.AT_MOST.value
'at_most'
>>> find_quote("a “pension”", '"pension"')
QuoteMatch(start=2, end=11, verbatim=False)

A share is a figure in the unit `PERCENT`, as in "More than half of ISIS-K's soldiers are Tajiks":

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.model import PERCENT
>>> load_seed_corpus().claim("claim:tiny-tajikistan-iskp-more-than-half-tajik").value.unit == PERCENT
True
"""

from centasia_claims.model._checks import is_language_tag
from centasia_claims.model._claims import (
    AttributionStep,
    Claim,
    EpistemicStatus,
    Exclusion,
    ExclusionReason,
    Stance,
    Verb,
)
from centasia_claims.model._dates import PartialDate, Period, Precision
from centasia_claims.model._entities import Entity, Event, Group, Mention, Organization, Person, Place
from centasia_claims.model._estimate import PERCENT, Estimate, Qualifier
from centasia_claims.model._graphemes import grapheme_boundary
from centasia_claims.model._ids import ClaimId, EntityId, MeasureId, SourceId
from centasia_claims.model._measures import Measure, MeasureKind, MeasureRelation, MeasureRelationKind
from centasia_claims.model._months import MONTH_FORMS
from centasia_claims.model._names import Name, NameKind, Relation, RelationKind, Script, detect_script
from centasia_claims.model._quotes import (
    CHARACTER_EQUIVALENTS,
    QuoteMatch,
    find_quote,
    find_quotes,
    fold_typography,
)
from centasia_claims.model._scope import (
    PLACE_FORMS,
    POPULATION_TERMS,
    TERM_FORMS,
    Scope,
    TimeBasis,
    broader_terms,
    fold_term,
    form_index,
    match_form,
    place_key,
)
from centasia_claims.model._source import Reliability, Source, SourceKind, TextSpan
from centasia_claims.model._text import Document, TextQuote
from centasia_claims.model._verbs import SPEECH_VERBS, speech_verb

__all__ = [
    "CHARACTER_EQUIVALENTS",
    "MONTH_FORMS",
    "PERCENT",
    "PLACE_FORMS",
    "POPULATION_TERMS",
    "SPEECH_VERBS",
    "TERM_FORMS",
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
    "Group",
    "Measure",
    "MeasureId",
    "MeasureKind",
    "MeasureRelation",
    "MeasureRelationKind",
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
    "QuoteMatch",
    "Relation",
    "RelationKind",
    "Reliability",
    "Scope",
    "Script",
    "Source",
    "SourceId",
    "SourceKind",
    "Stance",
    "TextQuote",
    "TextSpan",
    "TimeBasis",
    "Verb",
    "broader_terms",
    "detect_script",
    "find_quote",
    "find_quotes",
    "fold_term",
    "fold_typography",
    "form_index",
    "grapheme_boundary",
    "is_language_tag",
    "match_form",
    "place_key",
    "speech_verb",
]
