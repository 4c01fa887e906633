"""Origins: who a claim really comes from, following spokespeople, officials and parent organizations.

Three outlets repeating one ministry are one origin, not three confirmations. The origin of a claim is the
root of its claimant (the first attribution step) in the corpus's graph of who speaks for whom
(`centasia_claims.corpus.root_agent`): a spokesperson's or official's words are their organization's, a
unit's or service's are its parent's, up to an organization that is part of nothing. A claimant the text
leaves unnamed ("experts say") is an unknown origin of its own, never merged with another, because nothing
says two unnamed experts are one; but the same figure passed on from an unnamed claimant by the same named
intermediary (a wire's "source in the security services", republished by three outlets) is one origin: the
one source the intermediary heard.

>>> from centasia_claims import load_seed_corpus, trace_origin
>>> corpus = load_seed_corpus()
>>> origin = trace_origin(corpus, corpus.claim("claim:rferl-rahimzoda-61-returned"))
>>> origin.agent, origin.via
('org:tajik-government', ('person:ramazon-rahimzoda', 'org:tajik-interior-ministry', 'org:tajik-government'))
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.corpus import IDENTITY_FIELDS, root_path
from centasia_claims.errors import InvalidValueError
from centasia_claims.model import ClaimId, EntityId, SourceId
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Source

__all__ = ["Origin", "group_by_origin", "origin_text", "trace_origin"]


def _check_origin(instance: Origin, _attribute: object, source: SourceId | None) -> None:
    given = [value for value in (instance.agent, instance.claim, source) if value is not None]
    if len(given) != 1:
        raise InvalidValueError(
            "source",
            "give exactly one of agent (a named origin), claim (the claim of an unnamed claimant) and source "
            "(the source of an unnamed author) "
            f"(got agent={instance.agent!r}, claim={instance.claim!r}, source={source!r})",
        )


@attrs.frozen
class Origin:
    """Where a claim comes from: a root entity, an unnamed claimant of one claim, or an unnamed author.

    Two origins are the same when they name the same root entity. An unnamed claimant ("experts say") is
    an origin of its own claim only, since nothing says two unnamed experts are one. A source whose author
    and outlet are not named is one unnamed origin for every claim it asserts itself: one voice, whoever it
    is. ``label`` and ``via`` are for reading and take no part in comparisons.

    Attributes:
        agent: The root entity, or ``None`` for an unnamed claimant or author.
        claim: For an unnamed claimant, the claim it was read in; otherwise ``None``.
        source: For an unnamed author, the source whose own claims it makes; otherwise ``None``.
        label: How to show it: the root's display name, or the unnamed claimant as written.
        via: From the claimant to the root, as entity ids (empty for an unnamed origin).

    >>> Origin("org:rferl", label="RFE/RL") == Origin("org:rferl", label="Radio Ozodi")
    True
    >>> Origin(None, "claim:a", label="experts") == Origin(None, "claim:b", label="experts")
    False
    """

    agent: EntityId | None
    claim: ClaimId | None = None
    source: SourceId | None = attrs.field(default=None, validator=_check_origin)
    label: str = attrs.field(default="", eq=False)
    via: tuple[EntityId, ...] = attrs.field(default=(), eq=False)

    @property
    def is_known(self) -> bool:
        """Whether the origin is a named entity."""
        return self.agent is not None

    def _repr_html_(self) -> str:
        rows = [("origin", html.escape(origin_text(self)))]
        if self.via:
            rows.append(("via", html.escape(" -> ".join(self.via))))
        return html_definitions(str(self), rows)

    def __str__(self) -> str:
        if self.claim is not None:
            return f"unnamed ({self.label or 'not given'}) in {self.claim}"
        if self.source is not None:
            return f"the unnamed author of {self.source}"
        return f"{self.label} ({self.agent})" if self.label else str(self.agent)


register_result(Origin)


def trace_origin(corpus: Corpus, claim: Claim | ClaimId | str) -> Origin:
    """The origin of a claim: the root of its claimant, or an unnamed origin.

    The claimant is the first step of the attribution chain. A claim with an empty chain is asserted by its
    source: its claimant is the source's first author, else its outlet. When neither is named, or the chain is
    a single unnamed step (the source publishing its own claim, publisher unnamed), the origin is the source's
    unnamed author. Sources of one work (`Corpus.work_of`: a copy, a translation) speak with one voice: the
    claims they assert themselves have the origin their first such source gives them (an original before its
    copies), and an unnamed claimant's figure read in two of them is one origin. So declaring two sources
    one work never adds an origin.

    Raises:
        UnknownIdError: The claim (given by id) is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> str(trace_origin(corpus, "claim:rferl-figure-doubled"))
    'RFE/RL (org:rferl)'
    """
    item = corpus.claim(claim) if isinstance(claim, str) else claim
    steps = item.attribution
    work = corpus.work_of(item.source)
    if steps:
        agent, text = steps[0].agent, steps[0].text
        if agent is None and len(steps) > 1:
            return Origin(None, _same_unnamed(corpus, item, work), label=text)
        if agent is None:  # the source publishing its own claim, publisher unnamed
            return Origin(None, source=_voice(corpus, item, work), label="unnamed author")
    else:
        source = corpus.source(_voice(corpus, item, work))
        agent = source.authors[0] if source.authors else source.outlet
        if agent is None:
            return Origin(None, source=source.id, label="unnamed author")
    via = root_path(corpus, agent)
    return Origin(via[-1], label=corpus.entity(via[-1]).display_name, via=via)


_Figure = tuple[object, ...]
"""A figure as the sources of one work share it: its measure and bounds (phrases differ in translation)."""


def _figure_key(claim: Claim) -> _Figure | None:
    value = claim.value
    if value is None or claim.measure is None:
        return None
    return (claim.measure, value.unit, value.low, value.high, value.point, value.values, value.share_of)


def _unnamed_by_work(corpus: Corpus) -> dict[tuple[SourceId, _Figure], ClaimId]:
    """For each work and figure, the first claim (smallest id) that gives it from an unnamed claimant."""
    found: dict[tuple[SourceId, _Figure], ClaimId] = {}
    for claim in corpus.claims:
        steps = claim.attribution
        key = _figure_key(claim)
        if key is None or len(steps) < 2 or steps[0].agent is not None:
            continue
        index = (corpus.work_of(claim.source), key)
        found[index] = min(found.get(index, claim.id), claim.id)
    return found


def _relay(corpus: Corpus, claim: Claim) -> EntityId | None:
    """The root of the named intermediary an unnamed claimant's words passed through, if any.

    Only an intermediary counts (a step between the claimant and the last step, which is the publisher): "a
    source told the wire, the wire reported, the outlet published".
    """
    steps = claim.attribution
    if len(steps) < 3 or steps[0].agent is not None or steps[1].agent is None:
        return None
    return root_path(corpus, steps[1].agent)[-1]


def _unnamed_by_relay(corpus: Corpus) -> dict[tuple[EntityId, _Figure], ClaimId]:
    """For each intermediary and figure, the first claim (by id) an unnamed claimant gives it through."""
    found: dict[tuple[EntityId, _Figure], ClaimId] = {}
    for claim in corpus.claims:
        relay, key = _relay(corpus, claim), _figure_key(claim)
        if relay is not None and key is not None:
            found[relay, key] = min(found.get((relay, key), claim.id), claim.id)
    return found


def _same_unnamed(corpus: Corpus, claim: Claim, work: SourceId) -> ClaimId:
    """The claim an unnamed claimant's figure is first read in within its work, or through its intermediary.

    A copy or a translation of an article repeats its unnamed experts; it does not add new ones. Outlets that
    republish a wire's report of "a source in the security services" repeat the one source the wire heard:
    the same figure of an unnamed claimant passed on by the same named intermediary is one origin, read first
    in the claim with the smallest id.
    """
    key = _figure_key(claim)
    relay = _relay(corpus, claim)
    if relay is not None and key is not None:
        return corpus.cached(_unnamed_by_relay)[relay, key]
    if key is None or (work == claim.source and not _has_copies(corpus, work)):
        return claim.id
    return corpus.cached(_unnamed_by_work).get((work, key), claim.id)


def _voices(corpus: Corpus) -> dict[tuple[SourceId, bool], SourceId]:
    """The source whose voice each work of several sources speaks with, for each way a source speaks itself.

    A source speaks itself with an empty chain, or with one unnamed step. Of the sources of the work that
    speak so, an original comes before a copy, then the smallest id.
    """
    found: dict[tuple[SourceId, bool], SourceId] = {}
    for claim in corpus.claims:
        steps = claim.attribution
        if len(steps) > 1 or (steps and steps[0].agent is not None):
            continue
        work = corpus.work_of(claim.source)
        if not _has_copies(corpus, work):
            continue
        key = (work, not steps)
        source = corpus.source(claim.source)
        if key not in found or _rank(corpus.source(found[key])) > _rank(source):
            found[key] = source.id
    return found


def _rank(source: Source) -> tuple[bool, str]:
    return (any(getattr(source, name) for name in IDENTITY_FIELDS), source.id)


def _voice(corpus: Corpus, claim: Claim, work: SourceId) -> SourceId:
    """The source whose voice a claim the source asserts itself speaks with (itself, unless a copy)."""
    if not _has_copies(corpus, work):
        return claim.source
    return corpus.cached(_voices).get((work, not claim.attribution), claim.source)


def _works_with_copies(corpus: Corpus) -> frozenset[SourceId]:
    return frozenset(
        corpus.work_of(source.id) for source in corpus.sources if corpus.work_of(source.id) != source.id
    )


def _has_copies(corpus: Corpus, work: SourceId) -> bool:
    return work in corpus.cached(_works_with_copies)


def group_by_origin(
    corpus: Corpus, claims: Iterable[Claim | ClaimId | str]
) -> dict[Origin, tuple[Claim, ...]]:
    """Group claims by independent origin, in the order each origin is first met.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> groups = group_by_origin(corpus, corpus.claims_in("source:rferl-up-to-1000"))
    >>> for origin, claims in groups.items():
    ...     print(origin, len(claims))
    Tajik government (org:tajik-government) 8
    RFE/RL (org:rferl) 2
    """
    grouped: dict[Origin, list[Claim]] = {}
    for claim in claims:
        item = corpus.claim(claim) if isinstance(claim, str) else claim
        grouped.setdefault(trace_origin(corpus, item), []).append(item)
    return {origin: tuple(items) for origin, items in grouped.items()}


def origin_text(origin: Origin) -> str:
    """An origin as a trace names it: its label and agent, and the chain of bodies it came through.

    >>> print(origin_text(Origin(agent="org:tajik-interior-ministry", label="Interior Ministry")))
    Interior Ministry (org:tajik-interior-ministry)
    """
    if origin.claim is not None:
        return f"unnamed ({origin.label}), an origin of its own"
    if origin.source is not None:
        return f"the unnamed author of {origin.source}"
    via = f", via {' -> '.join(origin.via)}" if len(origin.via) > 1 else ""
    return f"{origin.label} ({origin.agent}){via}"
