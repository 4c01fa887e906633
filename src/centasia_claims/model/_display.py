"""How a model record reads: its id and name on the first line, then each field that is set, one a line.

Used by sources, measures and entities, so a notebook shows them as a definition list and ``print`` as text
(`Claim` renders itself its own way).
"""

from __future__ import annotations

import enum
import html
from typing import Any

import attrs

from centasia_claims._render import html_definitions

__all__ = ["Displayed", "value_text"]


def value_text(value: Any) -> str:
    """A field's value as a reader wants it: enums by value, tuples joined, records by their set fields.

    >>> from centasia_claims.model import Name, NameKind
    >>> value_text((Name("Gulmurod Halimov"), Name("Colonel Halimov", kind=NameKind.VARIANT)))
    'Gulmurod Halimov; Colonel Halimov (variant)'
    """
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple | list | frozenset):
        return "; ".join(value_text(item) for item in value)
    cls = type(value)
    if attrs.has(cls) and cls.__str__ is object.__str__:
        fields = attrs.fields(cls)
        if [field.name for field in fields[:2]] == ["text", "kind"]:  # a name: its text, then its kind
            kind = value_text(value.kind)
            return value.text if kind == "primary" else f"{value.text} ({kind})"
        if [field.name for field in fields[:2]] == ["start", "end"]:
            return f"{value.start}-{value.end}"
        shown = [
            f"{field.name} {value_text(getattr(value, field.name))}"
            for field in fields
            if getattr(value, field.name) != field.default
            and getattr(value, field.name) not in ((), "", None)
        ]
        return ", ".join(shown)
    return str(value)


class Displayed:
    """A record that renders itself: ``id  title`` then each set field; HTML as a definition list.

    >>> from centasia_claims import load_seed_corpus
    >>> print(load_seed_corpus().measure("measure:tajik-fighters-returned"))
    measure:tajik-fighters-returned  Tajik nationals who returned from Syria and Iraq
      unit: people
      kind: cumulative
      population: Tajik nationals who had gone to Syria and Iraq
      place: Syria and Iraq
      relations: subset_of measure:tajiks-joined-is-syria-iraq
    >>> load_seed_corpus().source("source:rferl-up-to-1000")._repr_html_()[:77]
    '<div><strong>source:rferl-up-to-1000  Authorities Say Up To 1,000 Tajiks Join'

    """

    __slots__ = ()
    _title_field = "label"

    def _rows(self) -> list[tuple[str, str]]:
        rows = []
        cls: Any = type(self)  # an attrs class: every subclass is one
        for field in attrs.fields(cls):
            value = getattr(self, field.name)
            if field.name in {"id", self._title_field} or value == field.default or value in ((), "", None):
                continue
            rows.append((field.name, value_text(value)))
        return rows

    def _heading(self) -> str:
        title = getattr(self, "display_name", None) or getattr(self, self._title_field, "")
        return f"{getattr(self, 'id', '')}  {title}".rstrip()

    def __str__(self) -> str:
        return "\n".join([self._heading(), *(f"  {name}: {text}" for name, text in self._rows())])

    def _repr_html_(self) -> str:
        return html_definitions(self._heading(), [(name, html.escape(text)) for name, text in self._rows()])
