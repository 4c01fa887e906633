"""Readings of an organization name with abbreviations written out: the alias table's and the government's.

"IS Khorasan Province" is read as "Islamic State Khorasan Province" (an acronym the alias table knows), "МВД
Узбекистана" as "Министерство внутренних дел Узбекистана" (a government abbreviation of `ABBREVIATIONS`).

>>> from centasia_claims.names._aliases import ALIASES
>>> readings("Минобороны России", ALIASES)
['Минобороны России', 'Министерство обороны России']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from centasia_claims.names import _orgwords
from centasia_claims.names._label import acronym_reading

if TYPE_CHECKING:
    from centasia_claims.names._aliases import AliasTable

__all__ = ["readings"]


def _expanded(text: str, table: AliasTable) -> str | None:
    """The name with each acronym word the table knows replaced by its entry's English name, if any.

    "IS Khorasan Province" is read as "Islamic State Khorasan Province"; a name that is one acronym is left
    to the acronym rules.
    """
    words = [word for word in re.split(r"[\s\-–]+", text) if word]
    if len(words) < 2:
        return None
    changed = False
    out = []
    for word in words:
        entries = table.lookup(word) if acronym_reading(word) is not None else ()
        names = [name.text for name in entries[0].names if name.lang == "en"] if len(entries) == 1 else []
        full = next((name for name in names if acronym_reading(name) is None), None)
        if full is not None:
            out.append(full)
            changed = True
        else:
            out.append(word)
    return " ".join(out) if changed else None


_ABBREVIATIONS = {
    (acronym_reading(short) or short.casefold()): long for short, long in _orgwords.ABBREVIATIONS.items()
}


def _abbreviations_expanded(text: str) -> str | None:
    """The name with each government abbreviation `ABBREVIATIONS` lists written out in its own language.

    "МВД Узбекистана" is read as "Министерство внутренних дел Узбекистана", "Минобороны России" as
    "Министерство обороны России"; an acronym is recognised as written in capitals, in Cyrillic or in its
    Latin reading (MVD), a contraction in any case.
    """
    words = [word for word in re.split(r"[\s\-–]+", text) if word]
    changed = False
    out = []
    for word in words:
        reading = acronym_reading(word)
        long = _ABBREVIATIONS.get(reading) if reading is not None else _ABBREVIATIONS.get(word.casefold())
        out.append(long or word)
        changed = changed or long is not None
    return " ".join(out) if changed else None


def readings(text: str, table: AliasTable) -> list[str]:
    """The name as written, then with the table's acronyms and the government abbreviations written out."""
    found = [text]
    for reading in (_expanded(text, table), _abbreviations_expanded(text)):
        if reading is not None and reading not in found:
            found.append(reading)
    return found
