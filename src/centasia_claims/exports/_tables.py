"""The relational tables of a corpus, generated from the model: each column, its type, key and meaning.

Each table holds one model class (or one result class of reconciliation and provenance checks), with its
columns generated from the class's fields (`Column`, `Table`), and each column's description is the field's
own documentation.

>>> from centasia_claims.exports import TABLES
>>> claims = TABLES["claims"]
>>> claims.primary_key, claims.column("value_low").type, claims.column("source").references
(('id',), 'real', 'sources.id')
>>> print(claims.column("quote_exact").description)
The exact text it rests on, anchored in the source document: the quoted text, character for character.
"""

from __future__ import annotations

from typing import Final

import attrs

from centasia_claims.exports._columns import POSITION, Column, Table, child_table, top_table
from centasia_claims.model import (
    Claim,
    Document,
    Event,
    Exclusion,
    Group,
    Measure,
    Mention,
    Organization,
    Person,
    Place,
    Source,
)
from centasia_claims.provenance import Finding
from centasia_claims.reconciliation import Figure, PairVerdict

__all__ = ["ENTITY_TABLES", "TABLES", "EntityEntry"]

ENTITY_TABLES: Final[dict[str, type]] = {
    "persons": Person,
    "organizations": Organization,
    "places": Place,
    "events": Event,
    "groups": Group,
}
"""The tables of the kinds of entity, each with its class."""


@attrs.frozen(kw_only=True)
class EntityEntry:
    """One row of the ``entities`` table: every person, organization, place, event and group, by id.

    Attributes:
        id: The entity's id: what every reference to an entity names.
        type: Which table holds it: ``person``, ``organization``, ``place``, ``event`` or ``group``.
        name: How it is displayed: its first name, or a group's label.

    >>> EntityEntry(id="org:rferl", type="organization", name="RFE/RL").type
    'organization'
    """

    id: str
    type: str
    name: str


_ENTITY_KEY: Final = Column(
    name="entity", type="text", description="The id of the entity it belongs to.", references="entities.id"
)


def _key(name: str, references: str, what: str) -> Column:
    return Column(
        name=name, type="text", description=f"The id of the {what} it belongs to.", references=references
    )


_MEASURE_KEY: Final = Column(
    name="measure",
    type="text",
    description="The measure whose reconciliation found it.",
    references="measures.id",
)
_FINDING_ID: Final = Column(
    name="id", type="integer", description="The finding's place in the report, from 0."
)

_TOP: Final[dict[str, Table]] = {
    table.name: table
    for table in (
        top_table("documents", "Documents", "The bundled text of each source file.", Document, ("name",)),
        top_table(
            "entities",
            "Entities",
            "Every person, organization, place, event and group, by id: what entity references name.",
            EntityEntry,
            ("id",),
        ),
        top_table("sources", "Sources", "One article (or archive page) claims are read in.", Source, ("id",)),
        top_table("persons", "Persons", "People named in the sources.", Person, ("id",)),
        top_table(
            "organizations", "Organizations", "Organizations named in the sources.", Organization, ("id",)
        ),
        top_table("places", "Places", "Places named in the sources.", Place, ("id",)),
        top_table("events", "Events", "Events the claims are about.", Event, ("id",)),
        top_table("measures", "Measures", "Quantities that claims give figures for.", Measure, ("id",)),
        top_table(
            "claims", "Claims", "One statement in one source, with its evidence and figure.", Claim, ("id",)
        ),
        top_table("groups", "Groups", "People a text counts or describes but does not name.", Group, ("id",)),
        top_table(
            "mentions",
            "Mentions",
            "Where each recorded name is written.",
            Mention,
            ("position",),
            lead=(POSITION,),
        ),
        top_table(
            "exclusions",
            "Exclusions",
            "Sentences with numbers that deliberately hold no claim.",
            Exclusion,
            ("position",),
            lead=(POSITION,),
        ),
        top_table(
            "estimates",
            "Estimates",
            "Each claim's figure as its measure's reconciliation reads it: the "
            "values it admits, where it stands in time, and its root claimant.",
            Figure,
            ("claim",),
            lead=(_MEASURE_KEY,),
        ),
        top_table(
            "verdicts",
            "Verdicts",
            "The verdict on every pair of figures of each measure's reconciliation.",
            PairVerdict,
            ("first", "second"),
            lead=(_MEASURE_KEY,),
        ),
        top_table(
            "findings", "Findings", "What the provenance check found.", Finding, ("id",), lead=(_FINDING_ID,)
        ),
    )
}


def _of(*names: str) -> dict[str, type]:
    return {name: _TOP[name].model for name in names}


_CHILDREN: Final[tuple[Table, ...]] = (
    child_table(
        "source_authors",
        "Source authors",
        _of("sources"),
        "authors",
        _key("source", "sources.id", "source"),
        value="author",
    ),
    child_table("names", "Names", _of("persons", "organizations", "places", "events"), "names", _ENTITY_KEY),
    child_table(
        "relations",
        "Relations",
        _of("persons", "organizations", "places", "events"),
        "relations",
        _ENTITY_KEY,
    ),
    child_table(
        "event_participants",
        "Event participants",
        _of("events"),
        "participants",
        _ENTITY_KEY,
        value="participant",
    ),
    child_table(
        "measure_about",
        "Measures' entities",
        _of("measures"),
        "about",
        _key("measure", "measures.id", "measure"),
        value="entity",
    ),
    child_table(
        "measure_relations",
        "Measure relations",
        _of("measures"),
        "relations",
        _key("measure", "measures.id", "measure"),
    ),
    child_table(
        "measure_vocabulary",
        "Measure vocabulary",
        _of("measures"),
        "vocabulary",
        _key("measure", "measures.id", "measure"),
        value="term",
    ),
    child_table(
        "measure_authority",
        "Measure authority",
        _of("measures"),
        "authority",
        _key("measure", "measures.id", "measure"),
        value="entity",
    ),
    child_table(
        "claim_about",
        "Claims' entities",
        _of("claims"),
        "about",
        _key("claim", "claims.id", "claim"),
        value="entity",
    ),
    child_table(
        "attribution_steps",
        "Attribution steps",
        _of("claims"),
        "attribution",
        _key("claim", "claims.id", "claim"),
    ),
    child_table(
        "finding_claims",
        "Findings' claims",
        _of("findings"),
        "claims",
        Column(
            name="finding", type="integer", description="The finding it belongs to.", references="findings.id"
        ),
        value="claim",
    ),
)

TABLES: Final[dict[str, Table]] = {**_TOP, **{table.name: table for table in _CHILDREN}}
"""Every table of a corpus export, by name, in the order they are written (after the tables they refer to)."""
