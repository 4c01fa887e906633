"""A corpus as rows of `TABLES`, and rows back to the same objects.

`table_rows` gives each table's rows as tuples in the order of its columns, and `read_tables` reads such rows
back into the objects they hold (a child table's rows into their owners' lists), so an export can be checked
against the corpus it came from: `corpus_from_tables` rebuilds the corpus itself.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import corpus_from_tables, table_rows
>>> corpus = load_seed_corpus()
>>> rows = table_rows(corpus)
>>> len(rows["claims"]) == len(corpus.claims), corpus_from_tables(rows) == corpus
(True, True)
"""

from __future__ import annotations

import enum
import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Final

from centasia_claims.corpus import Corpus
from centasia_claims.exports._tables import ENTITY_TABLES, TABLES, EntityEntry
from centasia_claims.model import PartialDate, Period
from centasia_claims.provenance import check_provenance
from centasia_claims.reconciliation import reconcile
from centasia_claims.serialization import structure

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from centasia_claims.exports._columns import Column

__all__ = ["corpus_from_tables", "read_tables", "table_rows"]

Row = tuple[Any, ...]

# The corpus sections a corpus is rebuilt from, each the table that holds it.
_SECTIONS: Final = ("documents", "sources", *ENTITY_TABLES, "measures", "claims", "mentions", "exclusions")


def _value(obj: object, column: Column) -> Any:
    value: Any = obj
    for name in column.path:
        if value is None:
            return None
        value = getattr(value, name)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate | Period):
        return str(value)
    if column.type == "json":
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _objects(corpus: Corpus, name: str) -> Iterator[tuple[Row, object]]:
    """Each object of a top-level table, with the values of its leading columns (not from the object)."""
    if name == "entities":
        types = {cls: table.removesuffix("s") for table, cls in ENTITY_TABLES.items()}
        for entity in (*corpus.entities, *corpus.groups):
            yield (), EntityEntry(id=entity.id, type=types[type(entity)], name=entity.display_name)
    elif name in ("mentions", "exclusions"):
        yield from (((index,), item) for index, item in enumerate(getattr(corpus, name)))
    elif name in ("estimates", "verdicts"):
        for measure in corpus.measures:
            if measure.is_fact or not corpus.claims_for(measure.id):
                continue
            result = reconcile(corpus, measure.id)
            items = result.figures if name == "estimates" else tuple(result.verdicts())
            yield from (((measure.id,), item) for item in items)
    elif name == "findings":
        yield from (((index,), finding) for index, finding in enumerate(check_provenance(corpus).findings))
    else:
        yield from (((), item) for item in getattr(corpus, name))


def table_rows(corpus: Corpus) -> dict[str, list[Row]]:
    """Every table's rows, as tuples in the order of its columns (`TABLES`), tables in `TABLES` order.

    The estimates and verdicts are those of `reconcile` of each measure with figures, the findings those of
    `check_provenance`.

    >>> from centasia_claims import load_seed_corpus
    >>> rows = table_rows(load_seed_corpus())
    >>> steps = [row for row in rows["attribution_steps"] if row[0] == "claim:odr-interior-ministry-1141"]
    >>> [(position, agent, verb) for _, position, agent, _, verb, _ in steps]
    [(0, 'org:tajik-interior-ministry', 'told'), (1, 'org:rferl', 'reported'),
     (2, 'org:opendemocracy', 'published')]
    """
    return rows_of({name: list(_objects(corpus, name)) for name, table in TABLES.items() if not table.owners})


def rows_of(held: Mapping[str, Sequence[tuple[Row, object]]]) -> dict[str, list[Row]]:
    """The rows of each top-level table's objects (with their leading columns' values) and of their lists.

    Tables not given have no rows.
    """
    rows: dict[str, list[Row]] = {}
    for name, table in TABLES.items():
        if not table.owners:
            held = {**held, name: held.get(name, ())}
            lead = len(held[name][0][0]) if held[name] else 0
            rows[name] = [
                (*values, *(_value(item, column) for column in table.columns[lead:]))
                for values, item in held[name]
            ]
            continue
        rows[name] = []
        for owner in table.owners:
            key = TABLES[owner].primary_key[0]
            for values, item in held[owner]:
                ident = values[0] if key in ("position", "id") and values else getattr(item, key)
                for position, element in enumerate(getattr(item, table.field)):
                    own = (
                        (element,) if table.model is str else (_value(element, c) for c in table.columns[2:])
                    )
                    rows[name].append((ident, position, *own))
    return rows


def _plain(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type == "boolean":
        return bool(value)
    if column.type == "json":
        return json.loads(value)
    if column.type == "real":
        return float(value)
    return value


def _nest(columns: Sequence[Column], row: Sequence[Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for column, value in zip(columns, row, strict=True):
        if not column.path:
            continue
        place = data
        for name in column.path[:-1]:
            place = place.setdefault(name, {})
        place[column.path[-1]] = _plain(column, value)
    return _prune(data)


def _prune(data: dict[str, Any]) -> dict[str, Any]:
    """A nested value whose columns are all empty was ``None``."""
    out = {}
    for key, value in data.items():
        nested = _prune(value) if isinstance(value, dict) else value
        out[key] = (
            None if isinstance(nested, dict) and all(item is None for item in nested.values()) else nested
        )
    return out


def read_tables(rows: Mapping[str, Sequence[Sequence[Any]]]) -> dict[str, list[object]]:
    """The objects each top-level table's rows hold, with the child tables' rows back in their owners' lists.

    The inverse of `table_rows`: every model object, estimate, verdict and finding comes back equal.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> read_tables(table_rows(corpus))["claims"] == list(corpus.claims)
    True
    """
    children: dict[tuple[str, str], dict[Any, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for name, table in TABLES.items():
        if not table.owners:
            continue
        for row in sorted(rows.get(name, ()), key=lambda row: row[1]):
            element = row[2] if table.model is str else _nest(table.columns[2:], row[2:])
            for owner in table.owners:
                children[owner, table.field][row[0]].append(element)
    objects: dict[str, list[object]] = {}
    for name, table in TABLES.items():
        if table.owners:
            continue
        key = table.columns.index(table.column(table.primary_key[0]))
        lists = [(field, found) for (owner, field), found in children.items() if owner == name]
        objects[name] = []
        for row in rows.get(name, ()):
            data = _nest(table.columns, row)
            for field, found in lists:
                data[field] = found.get(row[key], [])
            objects[name].append(structure(data, table.model))
    return objects


def corpus_from_tables(rows: Mapping[str, Sequence[Sequence[Any]]]) -> Corpus:
    """The corpus the rows of its tables were written from (checked like any corpus built in code).

    Raises:
        CorpusError: the rows do not make a sound corpus (a reference to a row that is not there).

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> corpus_from_tables(table_rows(corpus)).counts() == corpus.counts()
    True
    """
    objects = read_tables(
        {name: rows.get(name, ()) for name in TABLES if name in _SECTIONS or TABLES[name].owners}
    )
    return Corpus(**{name: tuple(objects[name]) for name in _SECTIONS})  # type: ignore[arg-type]  # (each section's class)
