"""The ``extend`` section: a later folder adds list entries (names, relations ...) to an earlier item.

An extension names the item by id and gives, for each list field to add to, the entries to add::

    "extend": [{"id": "person:gulmurod-halimov", "names": [{"text": "Гулмурод Халимов", "lang": "ru"}]}]

Only list fields can be extended (a value set once, such as a title or a date, belongs to the folder that
defines the item), only items of `EXTENDABLE` sections (a claim is its source's, and is added, not extended),
and only items defined in the same folder or an earlier one. An entry already recorded is refused rather than
kept twice. Which fields are lists is read from the model, so a list field added to a class is extendable.

>>> from centasia_claims.corpus import EXTENDABLE, extendable_fields
>>> from centasia_claims import Person
>>> EXTENDABLE
('sources', 'persons', 'organizations', 'places', 'events', 'measures')
>>> extendable_fields(Person)
('names', 'relations')
"""

from __future__ import annotations

import functools
import typing
from typing import TYPE_CHECKING, Any, Final

import attrs

from centasia_claims.corpus._integrity import EXTENDABLE, SECTIONS
from centasia_claims.errors import CentasiaClaimsError, Problem, StructureError
from centasia_claims.serialization import structure

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["EXTEND", "EXTENDABLE", "Extension", "extendable_fields", "read_extensions"]

EXTEND: Final = "extend"
"""The name of the section of extensions in a fixture file."""


@functools.cache
def extendable_fields(cls: type) -> tuple[str, ...]:
    """The list fields of a model class, in field order: what an extension can add to.

    >>> from centasia_claims import Event
    >>> extendable_fields(Event)
    ('names', 'participants', 'relations')
    """
    hints = typing.get_type_hints(cls)
    return tuple(field.name for field in attrs.fields(cls) if typing.get_origin(hints[field.name]) is tuple)


@attrs.frozen(kw_only=True)
class Extension:
    """One checked extension: the item it adds to and an object holding only what it adds.

    Attributes:
        section: The section of the item extended.
        index: Its index in that section (of all folders loaded).
        fields: The list fields added to.
        partial: The item with each of ``fields`` holding only the added entries.
        file: The fixture file the extension is read from.
        path: Its JSON path there.
    """

    section: str
    index: int
    fields: tuple[str, ...]
    partial: object
    file: str
    path: str


def _targets(
    items: Mapping[str, Sequence[object]], folders: Mapping[str, Sequence[int]]
) -> dict[str, tuple[str, int, int]]:
    found: dict[str, tuple[str, int, int]] = {}
    for section in SECTIONS:
        for index, item in enumerate(items[section]):
            id_ = getattr(item, "id", None)
            if isinstance(id_, str):
                found.setdefault(id_, (section, index, folders[section][index]))
    return found


def read_extensions(
    fixtures: Sequence[tuple[str, int, Any]],
    items: Mapping[str, Sequence[object]],
    folders: Mapping[str, Sequence[int]],
    failed: Mapping[str, object],
    problems: list[Problem],
) -> list[Extension]:
    """Read the ``extend`` sections of fixture files, in order; problems are added to ``problems``.

    Args:
        fixtures: Each file's label, the index of its folder and its ``extend`` section (``None`` if none).
        items: The structured items of every section.
        folders: For each section, the index of the folder each item was read from.
        failed: Ids of items that failed to load: extensions of them are not reported again.
        problems: Where problems are added.
    """
    targets = _targets(items, folders)
    current: dict[str, object] = {}
    extensions: list[Extension] = []
    for file, folder, raw in fixtures:
        for position, entry in enumerate(raw or ()):
            path = f"$.{EXTEND}[{position}]"
            found = _read_one(entry, folder, targets, failed, current, items, path)
            if isinstance(found, list):
                problems.extend(Problem(file, where, message) for where, message in found)
            elif found is not None:
                section, index, fields, partial = found
                extensions.append(
                    Extension(
                        section=section, index=index, fields=fields, partial=partial, file=file, path=path
                    )
                )
    return extensions


def _read_one(  # noqa: PLR0911, PLR0917  (one return per way an extension is refused; a private step)
    entry: Any,
    folder: int,
    targets: Mapping[str, tuple[str, int, int]],
    failed: Mapping[str, object],
    current: dict[str, object],
    items: Mapping[str, Sequence[object]],
    path: str,
) -> tuple[str, int, tuple[str, ...], object] | list[tuple[str, str]] | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        return [(path, "expected an object with the id of the item to extend and the lists to add to it")]
    id_: str = entry["id"]
    if id_ not in targets:
        if id_ in failed:
            return None  # the item itself failed to load, and is reported
        return [(f"{path}.id", f"no item with id {id_!r} to extend: define it, or correct the id")]
    section, index, defined_in = targets[id_]
    if section not in EXTENDABLE:
        return [(f"{path}.id", f"{id_!r} is in {section}, which cannot be extended: add a new item instead")]
    if defined_in > folder:
        message = (
            f"{id_!r} is defined in a later folder: an extension adds to an item of its own folder or an "
            "earlier one; load the folders in the other order"
        )
        return [(f"{path}.id", message)]
    cls = SECTIONS[section]
    target: Any = current.get(id_, items[section][index])
    added, problems = _added(entry, cls, section, target, path)
    if problems:
        return problems
    try:
        partial = attrs.evolve(target, **added)
        current[id_] = attrs.evolve(
            target, **{key: (*getattr(target, key), *new) for key, new in added.items()}
        )
    except CentasiaClaimsError as error:
        return [(path, str(error))]
    return section, index, tuple(added), partial


def _added(
    entry: dict[str, Any], cls: type, section: str, target: object, path: str
) -> tuple[dict[str, tuple[object, ...]], list[tuple[str, str]]]:
    """The entries an extension adds to each list, and its problems: fields not lists, entries known."""
    allowed = extendable_fields(cls)
    problems: list[tuple[str, str]] = []
    added: dict[str, tuple[object, ...]] = {}
    for key, value in entry.items():
        if key == "id":
            continue
        if key not in allowed:
            message = (
                f"{key!r} cannot be extended: an extension adds to lists only; the lists of {section} are "
                f"{', '.join(allowed)}"
            )
            problems.append((f"{path}.{key}", message))
            continue
        try:
            entries = structure(value, typing.get_type_hints(cls)[key], path=f"{path}.{key}")
        except StructureError as error:
            problems.extend(error.problems)
            continue
        existing = getattr(target, key)
        problems.extend(
            (f"{path}.{key}[{number}]", f"already recorded for {entry['id']!r}: remove it here")
            for number, new in enumerate(entries)
            if new in existing or new in entries[:number]
        )
        added[key] = entries
    if len(entry) == 1:
        problems.append((path, f"nothing to add: give at least one of {', '.join(allowed)}"))
    return added, problems
