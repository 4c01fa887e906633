"""Flat records of a corpus, one dict per object, ids resolved to display names.

The rows behind every tabular view: `to_frame` wraps them in a pandas DataFrame, and `write_csv` writes
them as CSV. Values are plain (str, float, int, bool or None), so
the rows also serialize as JSON directly.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import records
>>> rows = {row["id"]: row for row in records(load_seed_corpus(), "claims")}
>>> row = rows["claim:rferl-authorities-up-to-1000"]
>>> row["claimant"], row["qualifier"], row["high"]
('Tajik authorities', 'at_most', 1000.0)

The kinds of records, as a type (`RecordKind`) and as values (`RECORD_KINDS`):

>>> from centasia_claims.exports import RECORD_KINDS, RecordKind
>>> kind: RecordKind = "aliases"
>>> RECORD_KINDS, kind in RECORD_KINDS
(('claims', 'estimates', 'entities', 'aliases', 'sources', 'measures', 'verdicts'), True)

A measure's row counts its figures and disputes; a verdict's row is one pair of figures of one measure:

>>> corpus = load_seed_corpus()
>>> row = {row["id"]: row for row in records(corpus, "measures")}["measure:tajiks-joined-is-syria-iraq"]
>>> row["figures"], row["contradictions"], row["trend"], row["low"]
(10, 3, 'rising', 225.0)
>>> pair = next(row for row in records(corpus, "verdicts") if row["verdict"] == "contradiction")
>>> pair["measure"], pair["second"]
('measure:gaziantep-arrested-tajiks', 'claim:crossroads-turkish-media-mainly-tajik')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, get_args

from centasia_claims._render import number_text
from centasia_claims.errors import InvalidValueError
from centasia_claims.model import Event, Organization, Person, Place
from centasia_claims.reconciliation import reconcile

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Entity, Group

__all__ = ["RECORD_KINDS", "RecordKind", "records"]

RecordKind = Literal["claims", "estimates", "entities", "aliases", "sources", "measures", "verdicts"]
"""The kinds of records a corpus can be flattened into."""

RECORD_KINDS: Final[tuple[RecordKind, ...]] = get_args(RecordKind)

_ENTITY_TYPES: Final[dict[type, str]] = {
    Person: "person",
    Organization: "organization",
    Place: "place",
    Event: "event",
}

Row = dict[str, Any]


def _name(corpus: Corpus, id_: str | None) -> str | None:
    if id_ is None:
        return None
    entity = corpus.get(id_)
    display: str | None = getattr(entity, "display_name", None)
    return display or id_


def _claim_row(corpus: Corpus, claim: Claim) -> Row:
    source = corpus.source(claim.source)
    value = claim.value
    first = claim.claimant
    return {
        "id": claim.id,
        "statement": claim.statement,
        "about": "; ".join(filter(None, (_name(corpus, id_) for id_ in claim.about))),
        "measure": claim.measure,
        "measure_label": None if claim.measure is None else corpus.measure(claim.measure).label,
        "predicate": claim.predicate,
        "term": claim.term,
        "scope": None if claim.scope is None else str(claim.scope),
        "phrase": None if value is None else value.phrase,
        "qualifier": None if value is None else value.qualifier.value,
        "low": None if value is None else value.low,
        "high": None if value is None else value.high,
        "point": None if value is None else value.point,
        "unit": None if value is None else value.unit,
        "period": None if claim.period is None else str(claim.period),
        "claimant": None if first is None else first.text,
        "claimant_id": None if first is None else first.agent,
        "chain": claim.chain_text,
        "stance": claim.stance.value,
        "status": None if claim.status is None else claim.status.value,
        "source": claim.source,
        "source_title": source.title,
        "outlet": _name(corpus, source.outlet),
        "published": None if source.published is None else str(source.published),
        "quote": None if claim.quote is None else claim.quote.exact,
        "start": None if claim.quote is None else claim.quote.start,
        "end": None if claim.quote is None else claim.quote.end,
        "unquoted": claim.unquoted or None,
        "note": claim.note,
    }


def _claims(corpus: Corpus) -> list[Row]:
    return [_claim_row(corpus, claim) for claim in corpus.claims]


def _estimates(corpus: Corpus) -> list[Row]:
    rows = []
    for claim in corpus.claims:
        value = claim.value
        if value is None:
            continue
        source = corpus.source(claim.source)
        rows.append(
            {
                "claim": claim.id,
                "measure": claim.measure,
                "measure_label": None if claim.measure is None else corpus.measure(claim.measure).label,
                "phrase": value.phrase,
                "qualifier": value.qualifier.value,
                "low": value.low,
                "low_inclusive": value.low_inclusive,
                "high": value.high,
                "high_inclusive": value.high_inclusive,
                "point": value.point,
                "values": "; ".join(number_text(number, grouping=False) for number in value.values) or None,
                "unit": value.unit,
                "per": value.per,
                "additive": value.additive,
                "hedged": value.hedged,
                "share_of": value.share_of,
                "period": None if claim.period is None else str(claim.period),
                "claimant": None if claim.claimant is None else claim.claimant.text,
                "source": claim.source,
                "published": None if source.published is None else str(source.published),
            }
        )
    return rows


def _entity_row(corpus: Corpus, entity: Entity) -> Row:
    relations = "; ".join(
        f"{relation.kind.value} {_name(corpus, relation.target)}" for relation in entity.relations
    )
    return {
        "id": entity.id,
        "type": _ENTITY_TYPES[type(entity)],
        "name": entity.display_name,
        "names": "; ".join(name.text for name in entity.names),
        "kind": getattr(entity, "kind", None) or None,
        "description": entity.description or None,
        "relations": relations or None,
        "claims": len(corpus.claims_about(entity.id)),
        "mentions": len(corpus.mentions_of(entity.id)),
    }


def _group_row(corpus: Corpus, group: Group) -> Row:
    relation = f"{group.relation or 'related to'} {_name(corpus, group.of)}" if group.of else None
    return {
        "id": group.id,
        "type": "group",
        "name": group.label,
        "names": None,
        "kind": None,
        "description": None if group.size is None else f"size: {group.size.phrase}",
        "relations": relation,
        "claims": len(corpus.claims_about(group.id)),
        "mentions": 0,
    }


def _entities(corpus: Corpus) -> list[Row]:
    rows = [_entity_row(corpus, entity) for entity in corpus.entities]
    return rows + [_group_row(corpus, group) for group in corpus.groups]


def _aliases(corpus: Corpus) -> list[Row]:
    rows = []
    for entity in corpus.entities:
        mentions = corpus.mentions_of(entity.id)
        for name in entity.names:
            sources = sorted({mention.source for mention in mentions if mention.name == name.text})
            rows.append(
                {
                    "entity": entity.id,
                    "entity_name": entity.display_name,
                    "alias": name.text,
                    "kind": name.kind.value,
                    "lang": name.lang,
                    "script": name.script.value,
                    "scheme": name.scheme,
                    "valid": None if name.valid is None else str(name.valid),
                    "sources": "; ".join(sources) or None,
                }
            )
    return rows


def _sources(corpus: Corpus) -> list[Row]:
    return [
        {
            "id": source.id,
            "title": source.title,
            "kind": source.kind.value,
            "outlet": _name(corpus, source.outlet),
            "authors": "; ".join(filter(None, (_name(corpus, a) for a in source.authors))) or None,
            "published": None if source.published is None else str(source.published),
            "language": source.language,
            "url": source.url,
            "document": source.document,
            "start": source.span.start,
            "end": source.span.end,
            "part_of": source.part_of,
            "claims": len(corpus.claims_in(source.id)),
            "note": source.note,
        }
        for source in corpus.sources
    ]


def _measures(corpus: Corpus) -> list[Row]:
    rows = []
    for measure in corpus.measures:
        result = reconcile(corpus, measure.id, measure=measure)
        intervals = [figure.interval for figure in result.figures if figure.interval is not None]
        lows = [item.low for item in intervals]
        highs = [item.high for item in intervals]
        rows.append(
            {
                "id": measure.id,
                "label": measure.label,
                "kind": measure.kind.value,
                "unit": measure.unit,
                "population": measure.population or None,
                "place": measure.place or None,
                "revisable": measure.revisable,
                "figures": len(result.figures),
                "contradictions": len(result.contradictions),
                "reporting_conflicts": len(result.reporting_conflicts),
                "superseded": len(result.superseded),
                "trend": result.trend.value,
                "low": None if not lows or None in lows else min(low for low in lows if low is not None),
                "high": None if not highs or None in highs else max(h for h in highs if h is not None),
                "current": None if result.current is None else result.current.claim,
                "note": measure.note,
            }
        )
    return rows


def _verdicts(corpus: Corpus) -> list[Row]:
    return [
        {
            "measure": measure.id,
            "first": pair.first,
            "second": pair.second,
            "verdict": pair.verdict.value,
            "reason": pair.reason,
        }
        for measure in corpus.measures
        for pair in reconcile(corpus, measure.id, measure=measure).verdicts()
    ]


_BUILDERS: Final[dict[RecordKind, Callable[[Corpus], list[Row]]]] = {
    "claims": _claims,
    "estimates": _estimates,
    "entities": _entities,
    "aliases": _aliases,
    "sources": _sources,
    "measures": _measures,
    "verdicts": _verdicts,
}


def records(corpus: Corpus, kind: RecordKind) -> list[Row]:
    """One flat dict per object of ``kind``, in corpus order.

    Raises:
        InvalidValueError: ``kind`` is not one of `RECORD_KINDS` (a ``ValueError``).

    >>> from centasia_claims import load_seed_corpus
    >>> sorted(records(load_seed_corpus(), "aliases")[0])[:4]
    ['alias', 'entity', 'entity_name', 'kind']
    """
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise InvalidValueError("kind", f"unknown kind {kind!r}: expected one of {', '.join(RECORD_KINDS)}")
    return builder(corpus)
