"""Works: sources that are one text (a copy, a translation, another record of it) counted as one.

A source declares that it is the same work as another with ``copy_of``, ``translation_of`` or ``same_as``.
The declarations join sources into works (in either direction, through any chain of them); each work is named
by its canonical source: the one that declares no such relation (the original), the smallest id among several,
or the smallest id of all when every member declares one.

>>> from centasia_claims import Source, TextSpan
>>> from centasia_claims.corpus import canonical_works
>>> def source(id_, **fields):
...     return Source(id=id_, title="", document="a.txt", span=TextSpan(0, 1), **fields)
>>> works = canonical_works([source("source:en"), source("source:ru", translation_of="source:en"),
...     source("source:back", translation_of="source:ru"), source("source:other")])
>>> works["source:back"], works["source:other"]
('source:en', 'source:other')

The fields a source declares it by:

>>> from centasia_claims.corpus import IDENTITY_FIELDS
>>> IDENTITY_FIELDS
('copy_of', 'translation_of', 'same_as')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.model import SourceId

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.model import Source

__all__ = ["IDENTITY_FIELDS", "canonical_works"]

IDENTITY_FIELDS = ("copy_of", "translation_of", "same_as")
"""The fields of `Source` by which a source declares that it is the same work as another."""


def _find(parents: dict[SourceId, SourceId], item: SourceId) -> SourceId:
    root = item
    while parents[root] != root:
        root = parents[root]
    while parents[item] != root:  # path compression: near-linear over all sources
        parents[item], item = root, parents[item]
    return root


def canonical_works(sources: Iterable[Source]) -> dict[SourceId, SourceId]:
    """The canonical source of the work of every source given, by source id.

    A declaration that names a source not given still joins the sources that name it (they are one work,
    named by the canonical source among those given). Near-linear in the number of sources (union-find).

    >>> from centasia_claims import Source, TextSpan
    >>> mirror = Source(
    ...     id="source:mirror", title="", document="a.txt", span=TextSpan(0, 1), copy_of="source:a"
    ... )
    >>> canonical_works([mirror])
    {'source:mirror': 'source:mirror'}
    """
    items = list(sources)
    parents: dict[SourceId, SourceId] = {item.id: item.id for item in items}
    declares = {item.id for item in items if any(getattr(item, name) for name in IDENTITY_FIELDS)}
    for item in items:
        for name in IDENTITY_FIELDS:
            other: SourceId | None = getattr(item, name)
            if other is None:
                continue
            parents.setdefault(other, other)
            one, two = _find(parents, item.id), _find(parents, other)
            if one != two:
                parents[max(one, two)] = min(one, two)
    members: dict[SourceId, list[SourceId]] = {}
    for item in items:
        members.setdefault(_find(parents, item.id), []).append(item.id)
    canonical: dict[SourceId, SourceId] = {}
    for group in members.values():
        chosen = min(group, key=lambda id_: (id_ in declares, id_))
        canonical.update(dict.fromkeys(group, SourceId(chosen)))
    return canonical
