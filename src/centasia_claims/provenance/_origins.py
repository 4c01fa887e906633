"""Origins: who a claim really comes from, following spokespeople, officials and parent organizations.

Three outlets repeating one ministry are one origin, not three confirmations. The origin of a claim is the
root of its claimant (the first attribution step): a spokesperson's or official's words are their
organization's, a unit's or service's are its parent's, up to an organization that is part of nothing
(`ORIGIN_RELATIONS`). A claimant the text leaves unnamed ("experts say") is an unknown origin of its own,
never merged with another, because nothing says two unnamed experts are one.

>>> from centasia_claims import load_seed_corpus, trace_origin
>>> corpus = load_seed_corpus()
>>> origin = trace_origin(corpus, corpus.claim("claim:rferl-rahimzoda-61-returned"))
>>> origin.agent, origin.via
('org:tajik-government', ('person:ramazon-rahimzoda', 'org:tajik-interior-ministry', 'org:tajik-government'))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model import ClaimId, EntityId, RelationKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim

__all__ = ["ORIGIN_RELATIONS", "Origin", "group_by_origin", "root_agent", "root_path", "trace_origin"]

ORIGIN_RELATIONS: Final[tuple[RelationKind, ...]] = (
    RelationKind.SPOKESPERSON_OF,
    RelationKind.OFFICIAL_OF,
    RelationKind.PART_OF,
)
"""The relations an origin is followed along, in order of preference: "X is the spokesperson of Y" makes Y
speak; then "official of"; then "part of" (Radio Ozodi is part of RFE/RL, a ministry is part of the
government). Not followed: ``member_of`` and ``leader_of`` (a member or leader may speak for themselves) and
``affiliate_of`` (an affiliate is an organization of its own)."""


def _check_origin(instance: Origin, _attribute: object, claim: ClaimId | None) -> None:
    if (instance.agent is None) == (claim is None):
        raise InvalidValueError(
            "claim",
            "give exactly one of agent (a known origin) and claim (the claim of an unnamed one) "
            f"(got agent={instance.agent!r}, claim={claim!r})",
        )


@attrs.frozen
class Origin:
    """Where a claim comes from: a root entity, or an unnamed claimant of one claim.

    Two origins are the same when they name the same root entity; an unnamed origin equals only itself
    (the same claim). ``label`` and ``via`` are for reading and take no part in comparisons.

    Attributes:
        agent: The root entity, or ``None`` for an unnamed claimant.
        claim: For an unnamed claimant, the claim it was read in; otherwise ``None``.
        label: How to show it: the root's display name, or the unnamed claimant as written.
        via: From the claimant to the root, as entity ids (empty for an unnamed claimant).

    >>> Origin("org:rferl", label="RFE/RL") == Origin("org:rferl", label="Radio Ozodi")
    True
    >>> Origin(None, "claim:a", label="experts") == Origin(None, "claim:b", label="experts")
    False
    """

    agent: EntityId | None
    claim: ClaimId | None = attrs.field(default=None, validator=_check_origin)
    label: str = attrs.field(default="", eq=False)
    via: tuple[EntityId, ...] = attrs.field(default=(), eq=False)

    @property
    def is_known(self) -> bool:
        """Whether the origin is a named entity."""
        return self.agent is not None

    def __str__(self) -> str:
        if self.agent is None:
            return f"unnamed ({self.label or 'not given'}) in {self.claim}"
        return f"{self.label} ({self.agent})" if self.label else self.agent


def _parent(corpus: Corpus, entity: EntityId) -> EntityId | None:
    relations = getattr(corpus.entity(entity), "relations", ())
    for kind in ORIGIN_RELATIONS:
        for relation in relations:
            if relation.kind is kind:
                target: EntityId = relation.target
                return target
    return None


def root_path(corpus: Corpus, entity: EntityId | str) -> tuple[EntityId, ...]:
    """The entity and each one it speaks for along `ORIGIN_RELATIONS`, ending at its root.

    Should the relations run in a circle, the path stops before repeating itself and ends at the smallest id
    of the circle, so every member of the circle has the same root.

    Raises:
        UnknownIdError: The entity is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
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
            circle = path[path.index(parent) :]
            root = min(circle)
            if path[-1] != root:
                path.append(root)
            return tuple(path)
        path.append(parent)
        seen.add(parent)


def root_agent(corpus: Corpus, entity: EntityId | str) -> EntityId:
    """The entity an agent speaks for in the end: the last of its `root_path`.

    >>> from centasia_claims import load_seed_corpus
    >>> root_agent(load_seed_corpus(), "person:ramazon-rahimzoda")
    'org:tajik-government'
    """
    return root_path(corpus, entity)[-1]


def _speaker(corpus: Corpus, claim: Claim) -> tuple[EntityId | None, str]:
    """The claimant's entity id and how the text names them; for an empty chain, the source's author."""
    if claim.attribution:
        step = claim.attribution[0]
        return step.agent, step.text
    source = corpus.source(claim.source)
    if source.authors:
        return source.authors[0], "the author"
    if source.outlet is not None:
        return source.outlet, "the outlet"
    return None, "the source's author, not named"


def trace_origin(corpus: Corpus, claim: Claim | ClaimId | str) -> Origin:
    """The origin of a claim: the root of its claimant, or an unknown origin when the claimant is unnamed.

    A claim with an empty attribution chain is asserted by its source: its origin is the root of the source's
    first author, else of its outlet.

    Raises:
        UnknownIdError: The claim (given by id) is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> str(trace_origin(corpus, "claim:rferl-figure-doubled"))
    'RFE/RL (org:rferl)'
    """
    item = corpus.claim(claim) if isinstance(claim, str) else claim
    agent, text = _speaker(corpus, item)
    if agent is None:
        return Origin(None, item.id, label=text)
    via = root_path(corpus, agent)
    return Origin(via[-1], label=corpus.entity(via[-1]).display_name, via=via)


def group_by_origin(
    corpus: Corpus, claims: Iterable[Claim | ClaimId | str]
) -> dict[Origin, tuple[Claim, ...]]:
    """Group claims by independent origin, in the order each origin is first met.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> groups = group_by_origin(corpus, corpus.claims_in("source:rferl-up-to-1000"))
    >>> for origin, claims in groups.items():
    ...     print(origin, len(claims))
    Tajik government (org:tajik-government) 7
    RFE/RL (org:rferl) 2
    Emomali Rahmon (person:emomali-rahmon) 1
    """
    grouped: dict[Origin, list[Claim]] = {}
    for claim in claims:
        item = corpus.claim(claim) if isinstance(claim, str) else claim
        grouped.setdefault(trace_origin(corpus, item), []).append(item)
    return {origin: tuple(items) for origin, items in grouped.items()}
