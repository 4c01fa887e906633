"""The one entry point for comparing two names: persons by their parts, organizations and places by words."""

from __future__ import annotations

from typing import Literal

from centasia_claims.errors import InvalidValueError
from centasia_claims.names._compare import NameMatch, compare_person_names
from centasia_claims.names._orgs import compare_org_names

__all__ = ["NameKindOf", "compare_names"]

NameKindOf = Literal["person", "organization", "place", "event"]
"""What a name names: the comparison rules differ for persons and for everything else."""

_KINDS = ("person", "organization", "place", "event")


def compare_names(a: str, b: str, *, kind: NameKindOf = "person") -> NameMatch:
    """Compare two names of one kind of entity by explicit rules and say why.

    Persons (the default) are compared part by part: surnames and given names, read with the surname last
    and first, across Latin, Cyrillic and Arabic script and the romanizations of `SCHEMES`. Organizations,
    places and events are compared by their words: the alias table `ALIASES`, acronyms read through the
    transliteration tables, designators and country qualifiers set aside, and an extra distinctive word
    (a region, a branch) a disagreement. The verdict is symmetric; `NameMatch.is_match` is the merge
    decision.

    Raises:
        InvalidValueError: ``kind`` is not ``"person"``, ``"organization"``, ``"place"`` or ``"event"``.

    >>> compare_names("Halimov Gulmorod", "Гулмурод Ҳалимов").verdict
    <NameVerdict.SAME: 'same'>
    >>> compare_names("Gulmurod Khalimov", "Gulmurod Karimov").reasons
    ('surnames differ: Khalimov / Karimov',)
    >>> compare_names("غولمراد حليموف", "Gulmurod Halimov").verdict
    <NameVerdict.SAME: 'same'>
    >>> compare_names("ПИВТ", "Partei der Islamischen Wiedergeburt", kind="organization").verdict
    <NameVerdict.SAME: 'same'>
    >>> compare_names("ГКНБ", "Tajik GKNB", kind="organization").verdict  # Kyrgyzstan has a GKNB too
    <NameVerdict.COMPATIBLE: 'compatible'>
    >>> compare_names("Leninabad", "Khujand", kind="place").verdict
    <NameVerdict.SAME: 'same'>
    """
    if kind == "person":
        return compare_person_names(a, b)
    if kind not in _KINDS:
        raise InvalidValueError("kind", f"unknown kind {kind!r}; use one of: {', '.join(_KINDS)}")
    return compare_org_names(a, b, kind=kind)
