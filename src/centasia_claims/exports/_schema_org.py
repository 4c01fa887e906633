"""schema.org JSON-LD export: persons, organizations, places, events, articles and the claims read in them.

Every node has an ``@id`` (``urn:centasia-claims:`` plus the corpus id) so references stay inside the graph.
Claims are schema.org ``Claim`` nodes: ``text`` is the statement, ``appearance`` the article it is read in,
``author`` the original claimant where the text names one, ``about`` the entities, and ``citation`` the exact
quote. Where reconciliation gives a verdict, a claim it finds contradicted gets a ``ClaimReview`` whose rating
is "contradicted", with the reasons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from centasia_claims.model import Event, Organization, Person, Place, RelationKind, SourceKind
from centasia_claims.reconciliation import reconcile

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Entity, Source

__all__ = ["SCHEMA_ORG_PROPERTIES", "to_schema_org"]

CONTEXT: Final = "https://schema.org"
PREFIX: Final = "urn:centasia-claims:"

# The schema.org types this export writes and the properties it uses on each (all defined by schema.org for
# that type or inherited); the tests check every node against this table.
SCHEMA_ORG_PROPERTIES: Final[dict[str, frozenset[str]]] = {
    "Person": frozenset(
        {"@id", "@type", "name", "alternateName", "description", "sameAs", "relatedTo", "memberOf"}
    ),
    "Organization": frozenset(
        {"@id", "@type", "name", "alternateName", "description", "sameAs", "parentOrganization"}
    ),
    "Place": frozenset(
        {"@id", "@type", "name", "alternateName", "description", "sameAs", "containedInPlace"}
    ),
    "Event": frozenset(
        {"@id", "@type", "name", "alternateName", "description", "sameAs", "startDate", "endDate", "location"}
    ),
    "NewsArticle": frozenset(
        {"@id", "@type", "headline", "publisher", "author", "datePublished", "inLanguage", "isPartOf", "url"}
    ),
    "CollectionPage": frozenset({"@id", "@type", "headline", "inLanguage", "url"}),
    "Claim": frozenset(
        {"@id", "@type", "text", "appearance", "author", "about", "citation", "temporalCoverage"}
    ),
    "ClaimReview": frozenset({"@id", "@type", "itemReviewed", "claimReviewed", "reviewRating", "reviewBody"}),
    "Rating": frozenset({"@type", "alternateName", "ratingExplanation"}),
}

_ENTITY_TYPES: Final[dict[type, str]] = {
    Person: "Person",
    Organization: "Organization",
    Place: "Place",
    Event: "Event",
}


_FAMILY_KINDS: Final = frozenset(
    {
        RelationKind.BROTHER,
        RelationKind.SISTER,
        RelationKind.SON,
        RelationKind.DAUGHTER,
        RelationKind.FATHER,
        RelationKind.MOTHER,
        RelationKind.SPOUSE,
        RelationKind.NEPHEW,
        RelationKind.COUSIN,
        RelationKind.RELATIVE,
    }
)


def _ref(id_: str) -> dict[str, str]:
    return {"@id": PREFIX + id_}


def _named(entity: Entity) -> dict[str, Any]:
    """What every entity node holds: id, type, names, description and links to other databases."""
    node: dict[str, Any] = {
        "@id": PREFIX + entity.id,
        "@type": _ENTITY_TYPES[type(entity)],
        "name": entity.display_name,
    }
    if len(entity.names) > 1:
        node["alternateName"] = [name.text for name in entity.names[1:]]
    if entity.description:
        node["description"] = entity.description
    if entity.same_as:
        node["sameAs"] = list(entity.same_as)
    return node


def _entity(entity: Entity) -> dict[str, Any]:
    node = _named(entity)
    parents = [
        r.target for r in entity.relations if r.kind in {RelationKind.PART_OF, RelationKind.AFFILIATE_OF}
    ]
    if isinstance(entity, Organization) and parents:
        node["parentOrganization"] = [_ref(target) for target in parents]
    if isinstance(entity, Place):
        within = [r.target for r in entity.relations if r.kind is RelationKind.LOCATED_IN]
        if within:
            node["containedInPlace"] = [_ref(target) for target in within]
    if isinstance(entity, Person):
        family = [r.target for r in entity.relations if r.kind in _FAMILY_KINDS]
        members = [r.target for r in entity.relations if r.kind not in _FAMILY_KINDS]
        if family:
            node["relatedTo"] = [_ref(target) for target in family]
        if members:
            node["memberOf"] = [_ref(target) for target in members]
    if isinstance(entity, Event):
        first, last = (None, None) if entity.date is None else entity.date.days()
        if first is not None:
            node["startDate"] = first.isoformat()
        if last is not None:
            node["endDate"] = last.isoformat()
        if entity.place is not None:
            node["location"] = _ref(entity.place)
    return node


def _source(source: Source) -> dict[str, Any]:
    archive = source.kind is SourceKind.ARCHIVE
    node: dict[str, Any] = {
        "@id": PREFIX + source.id,
        "@type": "CollectionPage" if archive else "NewsArticle",
        "headline": source.title,
        "inLanguage": source.language,
    }
    if source.url:
        node["url"] = source.url
    if archive:
        return node
    if source.outlet:
        node["publisher"] = _ref(source.outlet)
    if source.authors:
        node["author"] = [_ref(author) for author in source.authors]
    if source.published:
        node["datePublished"] = str(source.published)
    if source.part_of:
        node["isPartOf"] = _ref(source.part_of)
    return node


def _claim(claim: Claim) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": PREFIX + claim.id,
        "@type": "Claim",
        "text": claim.statement,
        "appearance": _ref(claim.source),
    }
    if claim.quote is not None:
        node["citation"] = claim.quote.exact
    if claim.claimant is not None and claim.claimant.agent is not None:
        node["author"] = _ref(claim.claimant.agent)
    if claim.about:
        node["about"] = [_ref(entity) for entity in claim.about]
    if claim.period is not None:
        node["temporalCoverage"] = str(claim.period)
    return node


def _reviews(corpus: Corpus) -> list[dict[str, Any]]:
    """A ClaimReview for each claim that reconciliation finds contradicted, with the reasons."""
    reasons: dict[str, list[str]] = {}
    for measure in corpus.measures:
        for pair in reconcile(corpus, measure.id).contradictions:
            for claim in (pair.first, pair.second):
                reasons.setdefault(claim, []).append(pair.reason)
    return [
        {
            "@id": f"{PREFIX}{claim}/review",
            "@type": "ClaimReview",
            "itemReviewed": _ref(claim),
            "claimReviewed": corpus.claim(claim).statement,
            "reviewRating": {
                "@type": "Rating",
                "alternateName": "contradicted",
                "ratingExplanation": "; ".join(dict.fromkeys(found)),
            },
            "reviewBody": "Another figure for the same measure cannot hold together with this one.",
        }
        for claim, found in sorted(reasons.items())
    ]


def to_schema_org(corpus: Corpus) -> dict[str, Any]:
    """The corpus as one schema.org JSON-LD document with an ``@graph``.

    >>> from centasia_claims import load_seed_corpus
    >>> graph = to_schema_org(load_seed_corpus())["@graph"]
    >>> sorted({node["@type"] for node in graph})
    ['Claim', 'ClaimReview', 'CollectionPage', 'Event', 'NewsArticle', 'Organization', 'Person', 'Place']
    """
    graph = [
        *(_entity(entity) for entity in corpus.entities),
        *(_source(source) for source in corpus.sources),
        *(_claim(claim) for claim in corpus.claims),
        *_reviews(corpus),
    ]
    return {"@context": CONTEXT, "@graph": graph}
