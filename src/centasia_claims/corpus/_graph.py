"""The graph of who speaks for whom: spokespeople and officials for their body, a unit for its parent.

Three outlets repeating one ministry are one voice, not three. An agent's words are those of the entity it
speaks for along `ORIGIN_RELATIONS`, up to an entity that speaks for itself: its root. Provenance traces a
claim's origin along this graph, and reconciliation counts independent figures by it, so the two never
disagree about who said what.

>>> from centasia_claims.corpus import load_seed_corpus, root_agent, root_path
>>> corpus = load_seed_corpus()
>>> root_path(corpus, "person:ramazon-rahimzoda")
('person:ramazon-rahimzoda', 'org:tajik-interior-ministry', 'org:tajik-government')
>>> root_agent(corpus, "org:radio-ozodi")
'org:rferl'

The relations followed, in order of preference:

>>> from centasia_claims.corpus import ORIGIN_RELATIONS
>>> [kind.value for kind in ORIGIN_RELATIONS]
['spokesperson_of', 'official_of', 'part_of']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from centasia_claims.model import EntityId, Organization, Person, RelationKind

if TYPE_CHECKING:
    from centasia_claims.corpus._corpus import Corpus

__all__ = ["ORIGIN_RELATIONS", "root_agent", "root_path"]

ORIGIN_RELATIONS: Final[tuple[RelationKind, ...]] = (
    RelationKind.SPOKESPERSON_OF,
    RelationKind.OFFICIAL_OF,
    RelationKind.PART_OF,
)
"""The relations an origin is followed along, from a person or an organization, in order of preference:
"X is the spokesperson of Y" makes Y speak; then "official of"; then "part of" (Radio Ozodi is part of RFE/RL,
a ministry is part of the government). Not followed: ``member_of`` and ``leader_of`` (a member or leader may
speak for themselves) and ``affiliate_of`` (an affiliate is an organization of its own). A place or an event
speaks for itself."""


def _parent(corpus: Corpus, entity: EntityId) -> EntityId | None:
    found = corpus.entity(entity)
    if not isinstance(found, Person | Organization):
        return None  # only people and organizations speak for another: a place or an event is its own root
    relations = found.relations
    for kind in ORIGIN_RELATIONS:
        for relation in relations:
            if relation.kind is kind:
                target: EntityId = relation.target
                return target
    return None


def root_path(corpus: Corpus, entity: EntityId | str) -> tuple[EntityId, ...]:
    """The entity and each one it speaks for along `ORIGIN_RELATIONS`, ending at its root.

    Should the relations run in a circle, the smallest id of the circle is its root, so every member of the
    circle has the same root, and the path ends where it first reaches it.

    Raises:
        UnknownIdError: The entity is not in the corpus.

    >>> from centasia_claims.corpus import load_seed_corpus
    >>> root_path(load_seed_corpus(), "org:radio-ozodi")
    ('org:radio-ozodi', 'org:rferl')
    """
    path = [EntityId(entity)]
    seen = {path[0]}
    while True:
        parent = _parent(corpus, path[-1])
        if parent is None:
            return tuple(path)
        if parent in seen:
            root = min(path[path.index(parent) :])
            return tuple(path[: path.index(root) + 1])
        path.append(parent)
        seen.add(parent)


def root_agent(corpus: Corpus, entity: EntityId | str) -> EntityId:
    """The entity an agent speaks for in the end: the last of its `root_path`.

    Raises:
        UnknownIdError: The entity is not in the corpus.

    >>> from centasia_claims.corpus import load_seed_corpus
    >>> root_agent(load_seed_corpus(), "person:ramazon-rahimzoda")
    'org:tajik-government'
    """
    return root_path(corpus, entity)[-1]
