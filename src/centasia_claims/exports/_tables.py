"""The relational tables of a corpus, generated from the model: each column, its type, key and meaning.

Each table holds one model class (or one result class of reconciliation and provenance checks). Its columns
are the class's attrs fields: a nested value (a quote, a span, an estimate, a scope) becomes columns with the
field's name as prefix (``quote_exact``, ``value_low``); a list of ids or of values (a claim's ``about``, an
entity's ``names``) becomes a child table keyed by its owner and position; a list of plain values inside a
nested value (``value_values``, ``scope_places``) is a JSON array. A field typed with an id type is a foreign
key to the table of that kind, and each column's description is the field's own documentation.

>>> from centasia_claims.exports import TABLES
>>> claims = TABLES["claims"]
>>> claims.primary_key, claims.column("value_low").type, claims.column("source").references
(('id',), 'real', 'sources.id')
>>> print(claims.column("quote_exact").description)
The exact text it rests on, anchored in the source document: the quoted text, character for character.

Each column's type is a `ColumnType`, written in each SQL dialect as `SQL_TYPES` says:

>>> from centasia_claims.exports import SQL_TYPES, ColumnType
>>> kind: ColumnType = "boolean"
>>> SQL_TYPES["sqlite"][kind], SQL_TYPES["duckdb"][kind]
('INTEGER', 'BOOLEAN')
"""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import Any, Final, Literal

import attrs

from centasia_claims.corpus import field_docs
from centasia_claims.model import (
    Claim,
    Document,
    Event,
    Exclusion,
    Group,
    Measure,
    Mention,
    Organization,
    PartialDate,
    Period,
    Person,
    Place,
    Source,
)
from centasia_claims.provenance import Finding
from centasia_claims.reconciliation import Figure, PairVerdict

__all__ = ["TABLES", "Column", "ColumnType", "EntityEntry", "Table"]

ColumnType = Literal["text", "integer", "real", "boolean", "date", "json"]
"""A column's type: ``date`` is an ISO 8601 date or period as text (``"2015-05"``, ``"2014/2019"``) and
``json`` a JSON array as text."""

SQL_TYPES: Final[dict[str, dict[ColumnType, str]]] = {
    "sqlite": {
        "text": "TEXT",
        "integer": "INTEGER",
        "real": "REAL",
        "boolean": "INTEGER",
        "date": "TEXT",
        "json": "TEXT",
    },
    "duckdb": {
        "text": "VARCHAR",
        "integer": "BIGINT",
        "real": "DOUBLE",
        "boolean": "BOOLEAN",
        "date": "VARCHAR",
        "json": "VARCHAR",
    },
}

# Which table an id type refers to (the id aliases of the model, read from the fields' annotations).
_ID_TABLES: Final[dict[str, str]] = {
    "EntityId": "entities.id",
    "SourceId": "sources.id",
    "ClaimId": "claims.id",
    "MeasureId": "measures.id",
}
# References a plain-str field makes that its type cannot say.
_REFERENCES: Final[dict[tuple[type, str], str]] = {(Source, "document"): "documents.name"}


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


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table.

    Attributes:
        name: The column's name.
        type: Its type (`ColumnType`).
        description: What it holds, from the model's documentation of the field.
        nullable: Whether it may be empty (``NULL``).
        references: The ``table.column`` it is a foreign key to, or ``None``.
        path: The attribute path of the value in the object a row holds (``("quote", "exact")``).

    >>> from centasia_claims.exports import TABLES
    >>> TABLES["sources"].column("outlet").references
    'entities.id'
    """

    name: str
    type: ColumnType
    description: str
    nullable: bool = False
    references: str | None = None
    path: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Table:
    """One table: its rows' class, columns, primary key, and the owner of a child table.

    Attributes:
        name: The table's name.
        title: A title for people.
        description: What one row is.
        model: The class of the objects its rows hold (for a child table of plain values, ``str``).
        columns: Every column, keys first.
        primary_key: The columns that identify a row.
        owner: For a child table, the (table, field) whose list it holds (``("claims", "about")``); the
            first column names the owner and ``position`` the place in the list.

    >>> from centasia_claims.exports import TABLES
    >>> names = TABLES["names"]
    >>> names.primary_key, names.owner
    (('entity', 'position'), ('persons', 'names'))
    """

    name: str
    title: str
    description: str
    model: type
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    owner: tuple[str, str] | None = None

    def column(self, name: str) -> Column:
        """The column of this name.

        >>> from centasia_claims.exports import TABLES
        >>> TABLES["claims"].column("term").nullable
        True
        """
        return next(column for column in self.columns if column.name == name)

    @property
    def foreign_keys(self) -> tuple[Column, ...]:
        """The columns that refer to another table.

        >>> from centasia_claims.exports import TABLES
        >>> [column.name for column in TABLES["verdicts"].foreign_keys]
        ['measure', 'first', 'second']
        """
        return tuple(column for column in self.columns if column.references is not None)


def _describe(cls: type, name: str) -> str:
    text = field_docs(cls).get(name, "").strip().replace("`", "")  # plain text for every reader
    return text or name.replace("_", " ").capitalize() + "."


def _scalar(kind: type) -> ColumnType | None:
    if isinstance(kind, type) and issubclass(kind, bool):
        return "boolean"
    if isinstance(kind, type) and issubclass(kind, enum.Enum | str):
        return "text"
    return {int: "integer", float: "real", PartialDate: "date", Period: "date"}.get(kind)  # type: ignore[return-value]


def _split_optional(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        return rest[0], True
    return hint, False


def _reference(cls: type, name: str) -> str | None:
    if (cls, name) in _REFERENCES:
        return _REFERENCES[cls, name]
    annotation = str(cls.__annotations__.get(name, ""))
    return next((table for alias, table in _ID_TABLES.items() if alias in annotation), None)


def _fields(cls: type) -> tuple[tuple[attrs.Attribute[Any], Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((field, hints[field.name]) for field in attrs.fields(cls) if field.init)


def _columns(
    cls: type,
    *,
    prefix: str = "",
    path: tuple[str, ...] = (),
    lead: str = "",
    nullable: bool = False,
    skip: frozenset[str] = frozenset(),
) -> list[Column]:
    columns = []
    for field, hint in _fields(cls):
        if field.name in skip:
            continue
        kind, optional = _split_optional(hint)
        name = prefix + field.name
        description = lead + _describe(cls, field.name)
        if attrs.has(kind) and _scalar(kind) is None:
            inner = re.split(r"[.;] ", description, maxsplit=1)[0].rstrip(".") + ": "
            columns += _columns(
                kind, prefix=name + "_", path=(*path, field.name), lead=inner, nullable=nullable or optional
            )
            continue
        scalar = _scalar(kind)
        if scalar is None:  # a list of plain values inside a nested value
            scalar = "json"
        if lead:  # lower the first letter of a nested field's own description
            description = lead + description[len(lead)].lower() + description[len(lead) + 1 :]
        columns.append(
            Column(
                name=name,
                type=scalar,
                description=description,
                nullable=nullable or optional,
                references=_reference(cls, field.name),
                path=(*path, field.name),
            )
        )
    return columns


def _list_fields(cls: type) -> frozenset[str]:
    return frozenset(field.name for field, hint in _fields(cls) if typing.get_origin(hint) is tuple)


_ENTITY_KEY: Final = Column(
    name="entity", type="text", description="The id of the entity it belongs to.", references="entities.id"
)
_POSITION: Final = Column(
    name="position", type="integer", description="Its place in its owner's list, from 0."
)


def _table(
    name: str,
    title: str,
    description: str,
    model: type,
    key: tuple[str, ...],
    *,
    lead: tuple[Column, ...] = (),
) -> Table:
    columns = [*lead, *_columns(model, skip=_list_fields(model))]
    for index, column in enumerate(columns):  # a table's own key refers to nothing
        if column.name in key and column.references == f"{name}.{column.name}":
            columns[index] = attrs.evolve(column, references=None)
    return Table(
        name=name, title=title, description=description, model=model, columns=tuple(columns), primary_key=key
    )


def _child(name: str, title: str, owner: tuple[str, str], key: Column, value: str = "") -> Table:
    table = _TOP[owner[0]]
    model = table.model
    hint = typing.get_type_hints(model)[owner[1]]
    (item,) = {arg for arg in typing.get_args(hint) if arg is not Ellipsis}
    description = _describe(model, owner[1])
    if attrs.has(item):
        columns = (key, _POSITION, *_columns(item))
    else:
        column = Column(
            name=value,
            type=_scalar(item) or "text",
            description=description,
            references=_reference(model, owner[1]),
        )
        columns = (key, _POSITION, column)
        item = str
    return Table(
        name=name,
        title=title,
        description=f"{description} One row per item, in order.",
        model=item,
        columns=columns,
        primary_key=(key.name, "position"),
        owner=owner,
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
        _table("documents", "Documents", "The bundled text of each source file.", Document, ("name",)),
        _table(
            "entities",
            "Entities",
            "Every person, organization, place, event and group, by id: what entity references name.",
            EntityEntry,
            ("id",),
        ),
        _table("sources", "Sources", "One article (or archive page) claims are read in.", Source, ("id",)),
        _table("persons", "Persons", "People named in the sources.", Person, ("id",)),
        _table(
            "organizations", "Organizations", "Organizations named in the sources.", Organization, ("id",)
        ),
        _table("places", "Places", "Places named in the sources.", Place, ("id",)),
        _table("events", "Events", "Events the claims are about.", Event, ("id",)),
        _table("measures", "Measures", "Quantities that claims give figures for.", Measure, ("id",)),
        _table(
            "claims", "Claims", "One statement in one source, with its evidence and figure.", Claim, ("id",)
        ),
        _table("groups", "Groups", "People a text counts or describes but does not name.", Group, ("id",)),
        _table(
            "mentions",
            "Mentions",
            "Where each recorded name is written.",
            Mention,
            ("position",),
            lead=(_POSITION,),
        ),
        _table(
            "exclusions",
            "Exclusions",
            "Sentences with numbers that deliberately hold no claim.",
            Exclusion,
            ("position",),
            lead=(_POSITION,),
        ),
        _table(
            "estimates",
            "Estimates",
            "Each claim's figure as its measure's reconciliation reads it: the "
            "values it admits, where it stands in time, and its root claimant.",
            Figure,
            ("claim",),
            lead=(_MEASURE_KEY,),
        ),
        _table(
            "verdicts",
            "Verdicts",
            "The verdict on every pair of figures of each measure's reconciliation.",
            PairVerdict,
            ("first", "second"),
            lead=(_MEASURE_KEY,),
        ),
        _table(
            "findings", "Findings", "What the provenance check found.", Finding, ("id",), lead=(_FINDING_ID,)
        ),
    )
}

_CHILDREN: Final[tuple[Table, ...]] = (
    _child(
        "source_authors",
        "Source authors",
        ("sources", "authors"),
        _key("source", "sources.id", "source"),
        "author",
    ),
    _child("names", "Names", ("persons", "names"), _ENTITY_KEY),
    _child("relations", "Relations", ("persons", "relations"), _ENTITY_KEY),
    _child(
        "event_participants", "Event participants", ("events", "participants"), _ENTITY_KEY, "participant"
    ),
    _child(
        "measure_about",
        "Measures' entities",
        ("measures", "about"),
        _key("measure", "measures.id", "measure"),
        "entity",
    ),
    _child(
        "measure_relations",
        "Measure relations",
        ("measures", "relations"),
        _key("measure", "measures.id", "measure"),
    ),
    _child(
        "measure_vocabulary",
        "Measure vocabulary",
        ("measures", "vocabulary"),
        _key("measure", "measures.id", "measure"),
        "term",
    ),
    _child(
        "measure_authority",
        "Measure authority",
        ("measures", "authority"),
        _key("measure", "measures.id", "measure"),
        "entity",
    ),
    _child(
        "claim_about", "Claims' entities", ("claims", "about"), _key("claim", "claims.id", "claim"), "entity"
    ),
    _child(
        "attribution_steps",
        "Attribution steps",
        ("claims", "attribution"),
        _key("claim", "claims.id", "claim"),
    ),
    _child(
        "finding_claims",
        "Findings' claims",
        ("findings", "claims"),
        Column(
            name="finding", type="integer", description="The finding it belongs to.", references="findings.id"
        ),
        "claim",
    ),
)

TABLES: Final[dict[str, Table]] = {**_TOP, **{table.name: table for table in _CHILDREN}}
"""Every table of a corpus export, by name, in the order they are written (after the tables they refer to)."""

# The entity tables whose ``names`` and ``relations`` the shared child tables hold.
ENTITY_TABLES: Final[dict[str, type]] = {
    "persons": Person,
    "organizations": Organization,
    "places": Place,
    "events": Event,
    "groups": Group,
}
