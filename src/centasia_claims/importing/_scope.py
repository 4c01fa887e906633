"""The ``scope`` cell of an import table: what a figure counts, written as ``dimension: values`` parts.

Parts are separated by ``;`` and the values of a part by ``,``. The dimensions are those of `Scope`, by field
name or by the label `Scope` prints them with:

>>> from centasia_claims.importing import read_scope
>>> print(read_scope("included: fighters, family members; places: Syria; basis: flow"))
population: family members and fighters; place: place:syria; time basis: flow
>>> read_scope("population: fighters; excluding: children").excluded
('children',)
"""

from __future__ import annotations

from typing import Final

from centasia_claims.errors import InvalidValueError
from centasia_claims.model import Scope, TimeBasis

__all__ = ["SCOPE_DIMENSIONS", "read_scope"]

SCOPE_DIMENSIONS: Final[dict[str, str]] = {
    "included": "included",
    "population": "included",
    "excluded": "excluded",
    "excluding": "excluded",
    "places": "places",
    "place": "places",
    "basis": "basis",
    "time basis": "basis",
    "unit": "unit",
    "unit of count": "unit",
}
"""The names a ``scope`` cell may give each dimension of `Scope`: its field name and the label it prints."""

_LISTS: Final = frozenset({"included", "excluded", "places"})


def read_scope(text: str) -> Scope:
    """Read a ``scope`` cell into a `Scope`; an empty cell is an empty scope.

    Raises:
        InvalidValueError: A part names no known dimension, gives no value, gives a dimension twice, or
            gives a time basis that is not one of `TimeBasis`; the message says which part and what to write.

    >>> read_scope("basis: running_total").basis
    <TimeBasis.RUNNING_TOTAL: 'running_total'>
    >>> read_scope("colour: red")
    Traceback (most recent call last):
    ...
    centasia_claims.errors.InvalidValueError: scope: 'colour: red' names no dimension: write included, excluded, places, basis or unit, then a colon and the values
    """  # noqa: E501
    found: dict[str, object] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, colon, values = part.partition(":")
        field = SCOPE_DIMENSIONS.get(" ".join(name.casefold().split()))
        if not colon or field is None:
            raise InvalidValueError(
                "scope",
                f"{part.strip()!r} names no dimension: write included, excluded, places, basis or unit, then "
                "a colon and the values",
            )
        if field in found:
            raise InvalidValueError("scope", f"{field} is given twice: give each dimension once")
        items = tuple(" ".join(value.split()) for value in values.split(",") if value.strip())
        if not items:
            raise InvalidValueError(
                "scope", f"{part.strip()!r} gives no value: write the values after the colon"
            )
        found[field] = items if field in _LISTS else _single(field, items)
    return Scope(**found)  # type: ignore[arg-type]  # each field holds the type its dimension takes


def _single(field: str, items: tuple[str, ...]) -> object:
    if len(items) > 1:
        raise InvalidValueError("scope", f"{field} takes one value (got {', '.join(items)})")
    if field != "basis":
        return items[0]
    wanted = items[0].casefold().replace(" ", "_")
    try:
        return TimeBasis(wanted)
    except ValueError:
        bases = ", ".join(basis.value for basis in TimeBasis)
        raise InvalidValueError("scope", f"basis {items[0]!r} is not one of {bases}") from None
