"""Checks of attribution chains: where they end, who starts them, what time they speak of, and loops."""

from __future__ import annotations

import itertools
from collections import deque
from typing import TYPE_CHECKING

from centasia_claims.corpus import root_agent, root_path
from centasia_claims.provenance._findings import Finding, FindingKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, ClaimId, EntityId, Source

__all__ = ["check_chains", "check_circular_reporting", "circles"]


def _publishers(corpus: Corpus, source: Source) -> list[EntityId]:
    """The outlets and authors of a source and of every archive it was read through."""
    publishers: list[EntityId] = []
    current: Source | None = source
    seen: set[str] = set()
    while current is not None and current.id not in seen:
        seen.add(current.id)
        publishers.extend(current.authors)
        if current.outlet is not None:
            publishers.append(current.outlet)
        current = None if current.part_of is None else corpus.source(current.part_of)
    return publishers


def _ends_in(corpus: Corpus, agent: EntityId, publishers: list[EntityId]) -> bool:
    """Whether the agent is a publisher, part of one, or one a publisher is part of (Radio Ozodi, RFE/RL)."""
    lineage = set(root_path(corpus, agent))
    return any(publisher in lineage or agent in root_path(corpus, publisher) for publisher in publishers)


def _names(corpus: Corpus, ids: list[EntityId]) -> str:
    return ", ".join(f"{corpus.entity(id_).display_name} ({id_})" for id_ in ids)


def _chain_end(corpus: Corpus, claim: Claim, source: Source) -> str | None:
    last = claim.attribution[-1]
    publishers = _publishers(corpus, source)
    if last.agent is None and not publishers:
        return None  # the source's own unnamed publisher
    if last.agent is not None and _ends_in(corpus, last.agent, publishers):
        return None
    who = f'an unnamed agent ("{last.text}")' if last.agent is None else repr(last.agent)
    if not publishers:
        return (
            f"the chain ends with {who}, but source {source.id!r} names no outlet or author to end in: "
            "set the source's outlet or authors"
        )
    return (
        f"the chain ends with {who}, not with the outlet or an author of source {source.id!r} "
        f"({_names(corpus, publishers)}): end it with the step by which the source publishes the claim"
    )


def _unnamed(claim: Claim) -> str | None:
    steps = claim.attribution
    if len(steps) < 2 or steps[0].agent is not None:
        return None
    return (
        f'the original claimant is unnamed ("{steps[0].text}"): the claim cannot be traced further, and it '
        "counts as an origin of its own; name the claimant if the text does"
    )


def _own_voice(claim: Claim, source: Source) -> bool:
    """Whether the claim is asserted by its source itself, whose author and outlet are not named."""
    steps = claim.attribution
    if steps:
        return len(steps) == 1 and steps[0].agent is None
    return source.outlet is None and not source.authors


def _anonymous_sources(corpus: Corpus) -> Iterator[Finding]:
    voiced: dict[str, list[ClaimId]] = {}
    for claim in corpus.claims:
        if _own_voice(claim, corpus.source(claim.source)):
            voiced.setdefault(claim.source, []).append(claim.id)
    for source, claims in voiced.items():
        count = (
            "the claim it asserts itself has"
            if len(claims) == 1
            else f"the {len(claims)} claims it asserts itself have"
        )
        yield Finding(
            FindingKind.UNNAMED_CLAIMANT,
            tuple(claims),
            f"source {source!r} names no author or outlet: {count} an unnamed claimant, counted as one "
            "origin, the source's unnamed author; name the author or outlet if the text does",
        )


def _as_of(claim: Claim, source: Source) -> str | None:
    if claim.as_of is None or source.published is None:
        return None
    if claim.as_of.first_day() > source.published.last_day():
        return (
            f"the figure is stated as of {claim.as_of}, after its source was published ({source.published}): "
            "a figure cannot be as of a day its source had not seen; correct the as-of date or the "
            "publication date"
        )
    return None


def _period(claim: Claim, source: Source) -> str | None:
    if claim.period is None or source.published is None:
        return None
    published = source.published.last_day()
    first, _ = claim.period.days()
    if first is not None and first > published:
        return (
            f"the claim is about {claim.period}, which begins after its source was published "
            f"({source.published}): correct the period or the publication date"
        )
    if claim.period.end is not None and claim.period.end.first_day() > published:
        return (
            f"the claim is about {claim.period}, which ends after its source was published "
            f"({source.published}): correct the period or the publication date"
        )
    return None


def check_chains(corpus: Corpus) -> Iterator[Finding]:
    """Findings about each claim's chain, claimant and period, in corpus order."""
    for claim in corpus.claims:
        source = corpus.source(claim.source)
        if claim.attribution:
            end = _chain_end(corpus, claim, source)
            if end is not None:
                yield Finding(FindingKind.CHAIN_NOT_ENDING_IN_SOURCE, (claim.id,), end)
        unnamed = _unnamed(claim)
        if unnamed is not None:
            yield Finding(FindingKind.UNNAMED_CLAIMANT, (claim.id,), unnamed)
        for late in (_period(claim, source), _as_of(claim, source)):
            if late is not None:
                yield Finding(FindingKind.PERIOD_AFTER_PUBLICATION, (claim.id,), late)
    yield from _anonymous_sources(corpus)


_Edges = dict[str, dict[str, list["ClaimId"]]]  # cited root -> citing root -> claims


def _edges(corpus: Corpus, claims: tuple[Claim, ...]) -> _Edges:
    edges: _Edges = {}
    for claim in claims:
        roots = [None if step.agent is None else root_agent(corpus, step.agent) for step in claim.attribution]
        for cited, citing in itertools.pairwise(roots):
            if cited is not None and citing is not None and cited != citing:
                edges.setdefault(cited, {}).setdefault(citing, []).append(claim.id)
    return edges


def _reach(edges: _Edges, start: str) -> dict[str, str | None]:
    """Every node reachable from ``start`` in one step or more, with the node it was first reached from."""
    came_from: dict[str, str | None] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in edges.get(node, {}):
            if successor not in came_from:
                came_from[successor] = node
                queue.append(successor)
    return came_from


def _cycles(edges: _Edges) -> list[list[str]]:
    """One shortest cycle through the smallest node of each group of agents that cite each other."""
    nodes = sorted(set(edges) | {n for targets in edges.values() for n in targets})
    reach = {node: _reach(edges, node) for node in nodes}
    cycles: list[list[str]] = []
    done: set[str] = set()
    for node in nodes:
        if node in done or node not in reach[node]:
            continue
        group = {other for other in reach[node] if node in reach[other]}
        done |= group
        path = [node]
        step = reach[node][node]
        while step is not None and step != node:
            path.append(step)
            step = reach[node][step]
        path.reverse()  # now [first after node, ..., last before node, node]
        cycles.append([node, *path[:-1]])
    return cycles


def circles(corpus: Corpus, claims: tuple[Claim, ...]) -> dict[str, int]:
    """Each agent that cites and is cited back in the chains of ``claims``, with a number for its circle.

    Agents with one number reach each other along the chains (A cites B, B cites A): their figures are not
    independent of each other.
    """
    edges = _edges(corpus, claims)
    found: dict[str, int] = {}
    for number, cycle in enumerate(_cycles(edges)):
        reach = _reach(edges, cycle[0])
        for node in reach:
            if cycle[0] in _reach(edges, node):
                found[node] = number
    return found


def check_circular_reporting(corpus: Corpus) -> Iterator[Finding]:
    """Findings about agents citing each other, for one measure or within one claim's chain."""
    topics: dict[str, list[Claim]] = {}
    for claim in corpus.claims:
        topics.setdefault(claim.measure or claim.id, []).append(claim)
    for topic, claims in topics.items():
        edges = _edges(corpus, tuple(claims))
        for cycle in _cycles(edges):
            links = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
            involved = dict.fromkeys(c for cited, citing in links for c in edges[cited][citing])
            shown = " -> ".join(corpus.entity(node).display_name for node in [*cycle, cycle[0]])
            about = f"measure {topic!r}" if claims[0].measure else "this claim"
            yield Finding(
                FindingKind.CIRCULAR_REPORTING,
                tuple(involved),
                f"circular reporting on {about}: {shown} (each cites the one before it): their figures are "
                "not independent of each other",
            )
