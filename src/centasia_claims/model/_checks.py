"""Attribute validators shared by the model classes.

Each raises `InvalidValueError` naming the field, so a loader can point at ``$.claims[3].id``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from centasia_claims.errors import InvalidValueError

if TYPE_CHECKING:
    import attrs

__all__ = [
    "check_id",
    "check_ids",
    "check_non_empty",
    "check_non_negative",
    "check_optional_id",
    "frozen_collections",
]

# Ids are short, printable and safe in URLs, file names and JSON paths: ``person:gulmurod-halimov``.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/-]{0,199}")


_valid_id = _ID.fullmatch


def _id_problem(value: str) -> str | None:
    if _valid_id(value) is not None:
        return None
    if not value:
        return "must not be empty: give every object a unique id such as 'person:gulmurod-halimov'"
    return (
        f"{value!r} is not a valid id: use letters, digits and . _ : / - "
        "(first a letter or digit, at most 200 characters)"
    )


def check_id(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject an empty or malformed id."""
    if _valid_id(value) is None:
        raise InvalidValueError(attribute.name, _id_problem(value) or "")


def check_optional_id(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Reject a malformed id; ``None`` is allowed."""
    if value is not None:
        check_id(_instance, attribute, value)


def check_ids(_instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """Reject a tuple holding an empty or malformed id, naming its index."""
    for index, item in enumerate(value):
        problem = _id_problem(item)
        if problem is not None:
            raise InvalidValueError(f"{attribute.name}[{index}]", problem)


def check_non_empty(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject an empty or blank string."""
    if not value.strip():
        raise InvalidValueError(attribute.name, "must not be empty")


def check_non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    """Reject a negative number."""
    if value < 0:
        raise InvalidValueError(attribute.name, f"must be >= 0 (got {value})")


def _frozen(kind: type) -> Any:
    def convert(value: Any) -> Any:
        # A string or a mapping is not a collection of items: leave it for the validator to refuse.
        if isinstance(value, (kind, str, bytes, dict)):
            return value
        try:
            return kind(value)
        except TypeError:
            return value  # not iterable: the validator or the type says what is wrong

    return convert


def frozen_collections(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: every ``tuple`` or ``frozenset`` field converts what it is given.

    A list passed to a constructor or `attrs.evolve` becomes a tuple, so an object cannot change after it
    was checked and stays hashable. A field with a converter of its own keeps it.

    >>> import attrs
    >>> @attrs.frozen(field_transformer=frozen_collections)
    ... class Pair:
    ...     items: tuple[int, ...]
    >>> Pair([1, 2]).items, hash(Pair([1, 2])) == hash(Pair((1, 2)))
    ((1, 2), True)
    """
    converted = []
    for field in fields:
        kind = str(field.type)
        if field.converter is None and kind.startswith(("tuple[", "frozenset[")):
            field = field.evolve(converter=_frozen(tuple if kind.startswith("tuple[") else frozenset))  # noqa: PLW2901  (the transformed field replaces it)
        converted.append(field)
    return converted
