"""Tables generated from attrs classes: each field a column of a type, a key, and its own documentation.

A nested value (a quote, a span, an estimate, a scope) becomes columns with the field's name as prefix
(``quote_exact``, ``value_low``); a list of ids or of objects becomes a child table keyed by its owner and
position; a list of plain values inside a nested value (``value_values``, ``scope_places``) is a JSON array. A
field typed with an id type is a foreign key to the table of that kind.

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
from centasia_claims.model import PartialDate, Period, Source

__all__ = ["POSITION", "SQL_TYPES", "Column", "ColumnType", "Table", "child_table", "top_table"]

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
    """One table: its rows' class, columns, primary key, and for a child table whose lists it holds.

    Attributes:
        name: The table's name.
        title: A title for people.
        description: What one row is.
        model: The class of the objects its rows hold (for a child table of plain values, ``str``).
        columns: Every column, keys first.
        primary_key: The columns that identify a row.
        owners: For a child table, the tables whose lists it holds (empty for a top-level table); its first
            column names the owner and ``position`` the place in the list.
        field: For a child table, the field of the owners' class that holds the list.

    >>> from centasia_claims.exports import TABLES
    >>> names = TABLES["names"]
    >>> names.primary_key, names.owners, names.field
    (('entity', 'position'), ('persons', 'organizations', 'places', 'events'), 'names')
    """

    name: str
    title: str
    description: str
    model: type
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    owners: tuple[str, ...] = ()
    field: str = ""

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


POSITION: Final = Column(
    name="position", type="integer", description="Its place in its owner's list, from 0."
)
"""The column of a row's place in its owner's list (or in the corpus's, for items without an id)."""


def top_table(
    name: str,
    title: str,
    description: str,
    model: type,
    key: tuple[str, ...],
    *,
    lead: tuple[Column, ...] = (),
) -> Table:
    """The table of objects of ``model``: its fields, lists left to child tables, after ``lead`` columns."""
    columns = [*lead, *_columns(model, skip=_list_fields(model))]
    for index, column in enumerate(columns):  # a table's own key refers to nothing
        if column.name in key and column.references == f"{name}.{column.name}":
            columns[index] = attrs.evolve(column, references=None)
    return Table(
        name=name, title=title, description=description, model=model, columns=tuple(columns), primary_key=key
    )


def child_table(
    name: str, title: str, owners: dict[str, type], field: str, key: Column, *, value: str = ""
) -> Table:
    """The table of the lists held in ``field`` by the classes of ``owners`` (by table name), one row an item.

    A list of values is one column named ``value``; a list of objects, the columns of their class.
    """
    model = next(iter(owners.values()))
    hint = typing.get_type_hints(model)[field]
    (item,) = {arg for arg in typing.get_args(hint) if arg is not Ellipsis}
    description = _describe(model, field)
    if attrs.has(item):
        columns = (key, POSITION, *_columns(item))
    else:
        column = Column(
            name=value,
            type=_scalar(item) or "text",
            description=description,
            references=_reference(model, field),
        )
        columns = (key, POSITION, column)
        item = str
    return Table(
        name=name,
        title=title,
        description=f"{description} One row per item, in order.",
        model=item,
        columns=columns,
        primary_key=(key.name, "position"),
        owners=tuple(owners),
        field=field,
    )
