"""Scopes in reconciliation: what each figure counts, and the rule that figures of different scopes differ.

A figure's scope is its claim's `Scope` over its measure's (each dimension the claim leaves empty is the
measure's). Two figures whose scopes are not equal count different things: their verdict is
``different_definitions``, with the first dimension that differs named, and they are never put in one
consensus.

>>> from centasia_claims.model import Scope
>>> from centasia_claims.reconciliation import scope_of
>>> from centasia_claims import load_seed_corpus
>>> corpus = load_seed_corpus()
>>> claim = corpus.claim("claim:crossroads-tajikistan-about-300")
>>> print(scope_of(claim, corpus.measure(claim.measure)))
population: travellers; place: place:syria; time basis: running_total
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from centasia_claims.errors import UnknownIdError
from centasia_claims.model import Place, RelationKind, Scope

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Measure

__all__ = ["place_within", "scope_of", "scopes_differ"]

_UNSTATED: Final = Scope()
"""A scope that states no dimension, made once: `scope_of` compares every figure's scope with it."""


def scope_of(claim: Claim, measure: Measure | None) -> Scope | None:
    """The scope a claim's figure counts: its scope over its measure's; ``None`` when neither says anything.

    >>> from centasia_claims import Claim, Measure, TextQuote
    >>> from centasia_claims.model import Scope
    >>> measure = Measure(id="m", label="m", unit="people", scope=Scope(places=("place:syria",)))
    >>> claim = Claim(id="c", source="s", quote=TextQuote(exact="x", start=0, end=1), statement="x")
    >>> scope_of(claim, measure).places
    ('place:syria',)
    """
    default = None if measure is None else measure.scope
    scope = default if claim.scope is None else claim.scope.over(default)
    return None if scope is None or scope == _UNSTATED else scope


def scopes_differ(
    one: Scope | None, other: Scope | None, *, within: Callable[[str, str], bool] | None = None
) -> str | None:
    """The first dimension on which two figures' scopes differ, in words, or ``None`` when they are equal.

    A scope that is not stated (``None``) states no dimension.

    >>> from centasia_claims.model import Scope, TimeBasis
    >>> print(scopes_differ(Scope(basis=TimeBasis.LEVEL), Scope(basis=TimeBasis.RUNNING_TOTAL)))
    time basis: level, not running_total
    >>> scopes_differ(None, Scope()) is None
    True
    """
    if one == other:  # the common case, checked first: most figures share their measure's scope
        return None
    return (one or Scope()).difference(other or Scope(), place_within=within)


def place_within(corpus: Corpus) -> Callable[[str, str], bool]:
    """Whether place ``a`` lies in place ``b`` by the corpus's ``located_in`` relations, followed up.

    >>> from centasia_claims import load_seed_corpus
    >>> inside = place_within(load_seed_corpus())
    >>> inside("place:gaziantep", "place:turkey"), inside("place:turkey", "place:gaziantep")
    (True, False)
    """

    def within(a: str, b: str) -> bool:
        seen = {a}
        todo = [a]
        while todo:
            try:
                place = corpus.entity(todo.pop())
            except UnknownIdError:
                continue
            if not isinstance(place, Place):
                continue
            for relation in place.relations:
                if relation.kind is RelationKind.LOCATED_IN and relation.target not in seen:
                    if relation.target == b:
                        return True
                    seen.add(relation.target)
                    todo.append(relation.target)
        return False

    return within
