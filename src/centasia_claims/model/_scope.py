"""What a figure counts: its scope as typed dimensions, compared by containment, not by string equality.

A `Scope` says who is counted (population terms included and excluded), where (places), on what time basis
(a flow within a period, a running total, a level at one moment) and in what unit of count. A scope lies
within another when it counts nothing the other does not: fighters lie within fighters and their families,
Syria within Syria and Iraq.

>>> from centasia_claims.model import Scope, TimeBasis
>>> fighters = Scope(included=("fighters",), places=("place:syria",))
>>> families = Scope(included=("fighters", "family members"), places=("place:syria", "place:iraq"))
>>> fighters.within(families), families.within(fighters)
(True, False)
>>> print(fighters.difference(families))
population: fighters is within family members and fighters

Population terms are free text, compared after folding case and spaces; the terms of `POPULATION_TERMS`
also know which broader terms they lie within (a suicide bomber is a fighter):

>>> from centasia_claims.model import POPULATION_TERMS
>>> POPULATION_TERMS["suicide bombers"]
('fighters',)
>>> Scope(included=("suicide bombers",)).within(Scope(included=("fighters",)))
True

Where the scopes of two figures differ, they count different things; reconciliation says so
(``different_definitions``) instead of comparing the numbers.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["POPULATION_TERMS", "Scope", "TimeBasis", "broader_terms", "fold_term"]

POPULATION_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "fighters": ("travellers",),
    "suicide bombers": ("fighters",),
    "commanders": ("fighters",),
    "recruits": ("travellers",),
    "travellers": ("nationals",),
    "family members": ("travellers",),
    "women": ("nationals",),
    "children": ("nationals",),
    "returnees": ("travellers",),
    "killed": ("travellers",),
    "detainees": ("nationals",),
    "migrant workers": ("nationals",),
    "students": ("nationals",),
    "nationals": (),
}
"""The population vocabulary: each term with the broader terms it lies within (directly).

Source: the groups the seed documents count (fighters, suicide bombers, returnees, migrant workers, family
members of those who went ...) and the distinction the reporting on foreign fighters draws between those who
travelled and those who fought (ICCT and ICSR reports cited in the seeds count travellers, fighters and
their families apart). Any other term is free: it lies within itself only.
"""


def fold_term(term: str) -> str:
    """A term as compared: lower case, single spaces.

    >>> fold_term("  Family   Members ")
    'family members'
    """
    return " ".join(term.casefold().split())


def broader_terms(term: str) -> frozenset[str]:
    """The term and every term of `POPULATION_TERMS` it lies within, directly or through others.

    >>> sorted(broader_terms("Suicide bombers"))
    ['fighters', 'nationals', 'suicide bombers', 'travellers']
    >>> sorted(broader_terms("a free term"))
    ['a free term']
    """
    found = {fold_term(term)}
    todo = list(found)
    while todo:
        for broader in POPULATION_TERMS.get(todo.pop(), ()):
            if broader not in found:
                found.add(broader)
                todo.append(broader)
    return frozenset(found)


def _covered(term: str, by: Iterable[str]) -> bool:
    """Whether ``term`` lies within one of ``by`` (itself or a broader term)."""
    broader = broader_terms(term)
    return any(other in broader for other in by)


def _maximal(terms: Iterable[str]) -> tuple[str, ...]:
    """The folded terms, each once, without those that lie within another of them, sorted."""
    folded = sorted({fold_term(term) for term in terms if term.strip()})
    return tuple(term for term in folded if not _covered(term, (other for other in folded if other != term)))


def _places(places: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({place.strip() for place in places if place.strip()}))


class TimeBasis(enum.StrEnum):
    """How a figure stands in time.

    >>> [basis.value for basis in TimeBasis]
    ['flow', 'running_total', 'level']
    """

    FLOW = "flow"
    """Counted within its period: those who went in 2015."""
    RUNNING_TOTAL = "running_total"
    """Everyone counted up to a date: those who ever went."""
    LEVEL = "level"
    """A headcount at one moment: those fighting there now."""


@attrs.frozen(kw_only=True)
class Scope:
    """What a figure counts, by dimension; a dimension left empty is not stated.

    Attributes:
        included: Population terms counted ("fighters", "family members"); folded, each once, without a
            term that lies within another of them (`POPULATION_TERMS`).
        excluded: Population terms left out of them ("children").
        places: Place entity ids or place names (a set: ``place:syria`` and ``place:iraq`` is "Syria and
            Iraq").
        basis: A flow within a period, a running total, or a level at one moment.
        unit: The unit of count where it is not a person ("households", "families").

    >>> Scope(included=("Fighters", "suicide bombers", "fighters")).included
    ('fighters',)
    """

    included: tuple[str, ...] = attrs.field(default=(), converter=_maximal)
    excluded: tuple[str, ...] = attrs.field(default=(), converter=_maximal)
    places: tuple[str, ...] = attrs.field(default=(), converter=_places)
    basis: TimeBasis | None = None
    unit: str | None = None

    def over(self, default: Scope | None) -> Scope:
        """This scope, with each dimension it leaves empty taken from ``default`` (a measure's scope).

        >>> Scope(places=("place:syria",)).over(Scope(included=("fighters",), places=("place:iraq",)))
        Scope(included=('fighters',), excluded=(), places=('place:syria',), basis=None, unit=None)
        """
        if default is None:
            return self
        return Scope(
            included=self.included or default.included,
            excluded=self.excluded or default.excluded,
            places=self.places or default.places,
            basis=self.basis or default.basis,
            unit=self.unit or default.unit,
        )

    def within(self, other: Scope, *, place_within: Callable[[str, str], bool] | None = None) -> bool:
        """Whether this scope counts nothing ``other`` does not: a partial order on scopes.

        An empty dimension of ``other`` contains everything; an empty dimension of this one lies within an
        empty one only. ``place_within(a, b)`` can say that place ``a`` lies in place ``b`` (from a corpus's
        ``located_in`` relations); without it a place lies within itself only.

        >>> Scope(places=("place:syria",)).within(Scope(places=("place:iraq", "place:syria")))
        True
        """
        return all(self._dimension(other, name, place_within) is None for name in _DIMENSIONS)

    def difference(
        self, other: Scope, *, place_within: Callable[[str, str], bool] | None = None
    ) -> str | None:
        """The first dimension on which the two scopes are not equal, in words; ``None`` when equal.

        >>> print(Scope(basis=TimeBasis.FLOW).difference(Scope(basis=TimeBasis.RUNNING_TOTAL)))
        time basis: flow, not running_total
        >>> print(Scope(places=("place:syria",)).difference(Scope()))
        place: place:syria, where the other does not say
        """
        for name in _DIMENSIONS:
            mine, theirs = _shown(self, name), _shown(other, name)
            if mine == theirs:
                continue
            label = _LABELS[name]
            if not theirs:
                return f"{label}: {mine}, where the other does not say"
            if not mine:
                return f"{label}: not stated, where the other says {theirs}"
            forward = self._dimension(other, name, place_within) is None
            backward = other._dimension(self, name, place_within) is None
            if forward:
                return f"{label}: {mine} is within {theirs}"
            if backward:
                return f"{label}: {mine} includes {theirs}"
            return f"{label}: {mine}, not {theirs}"
        return None

    def _dimension(
        self, other: Scope, name: str, place_within: Callable[[str, str], bool] | None
    ) -> str | None:
        """Why this scope is not within ``other`` on one dimension, or ``None`` when it is."""
        mine, theirs = getattr(self, name), getattr(other, name)
        if not theirs or mine == theirs:
            return None
        if not mine:
            return name
        if name == "included":
            return None if all(_covered(term, theirs) for term in mine) else name
        if name == "excluded":  # this one must leave out at least what the other leaves out
            return None if all(_covered(term, mine) for term in theirs) else name
        if name == "places":
            inside = place_within or (lambda _a, _b: False)
            return None if all(p in theirs or any(inside(p, q) for q in theirs) for p in mine) else name
        return name

    def __str__(self) -> str:
        parts = [f"{_LABELS[name]}: {_shown(self, name)}" for name in _DIMENSIONS if _shown(self, name)]
        return "; ".join(parts) or "not stated"


_DIMENSIONS: Final = ("included", "excluded", "places", "basis", "unit")
_LABELS: Final = {
    "included": "population",
    "excluded": "excluding",
    "places": "place",
    "basis": "time basis",
    "unit": "unit of count",
}


def _shown(scope: Scope, name: str) -> str:
    value = getattr(scope, name)
    if isinstance(value, tuple):
        return " and ".join(value)
    return "" if value is None else str(value)
