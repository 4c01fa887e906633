"""What the sources say of one fact about one person: every word, what is disputed, by whom, the latest word.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.reconciliation import fact_summary
>>> summary = fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "measure:gulmurod-halimov-status")
>>> summary.disputed, summary.latest.term
(False, 'killed')
"""

from __future__ import annotations

import html
from itertools import combinations
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_table
from centasia_claims.errors import ReconcileError, UnknownIdError
from centasia_claims.model import EntityId, Measure, MeasureKind
from centasia_claims.reconciliation._claimants import Reader
from centasia_claims.reconciliation._facts import FactReading, judge_facts, reading_of
from centasia_claims.reconciliation._scope import scope_of
from centasia_claims.reconciliation._verdicts import FigureVerdict, PairVerdict
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim

__all__ = ["FactSummary", "fact_summary"]

_DISPUTES = frozenset({FigureVerdict.CONTRADICTION, FigureVerdict.REPORTING_CONFLICT})


@attrs.frozen(kw_only=True)
class FactSummary:
    """One fact about one subject: every word given for it, the verdicts between them, and the latest word.

    Attributes:
        subject: The entity the fact is about.
        fact: The measure id, or the predicate, the words are given for.
        kind: How the fact behaves over time (``event``: it never changes).
        words: Every word, in timeline order (undated last).
        verdicts: The verdict on every pair of words that is not plain agreement, in timeline order.
        disputed: Whether any two words contradict each other or report one statement differently.
        disputed_by: Who gives the disputed words, as reasons name them, in timeline order.
        latest: The latest dated word that holds (undated ones count only when none is dated).

    >>> from centasia_claims import load_seed_corpus
    >>> print(fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "measure:gulmurod-halimov-status"))
    ... # doctest: +ELLIPSIS
    person:gulmurod-halimov: measure:gulmurod-halimov-status: not disputed; latest word: "killed" ...
    """

    subject: EntityId
    fact: str
    kind: MeasureKind
    words: tuple[FactReading, ...]
    verdicts: tuple[PairVerdict, ...]
    disputed: bool
    disputed_by: tuple[str, ...]
    latest: FactReading | None

    def __str__(self) -> str:
        state = f"disputed by {', '.join(self.disputed_by)}" if self.disputed else "not disputed"
        latest = "none" if self.latest is None else str(self.latest)
        lines = [f"{self.subject}: {self.fact}: {state}; latest word: {latest}"]
        lines.extend(f"  {word}" for word in self.words)
        lines.extend(f"  {verdict}" for verdict in self.verdicts)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The words and the verdicts as two tables."""
        words = [(word.label, word.claimant_name, word.claim) for word in self.words]
        verdicts = [(verdict.verdict.value, verdict.reason) for verdict in self.verdicts]
        return (
            f"<div><p>{html.escape(str(self).splitlines()[0])}</p>"
            + html_table(("word", "per", "claim"), words)
            + html_table(("verdict", "why"), verdicts)
            + "</div>"
        )


register_result(FactSummary)


def _claims(corpus: Corpus, subject: EntityId, fact: str) -> tuple[list[tuple[Claim, str]], Measure | None]:
    """The claims about the subject that give a word for the fact, each with its word, and the measure."""
    measure: Measure | None = None
    try:
        measure = corpus.measure(fact)
    except UnknownIdError:
        measure = None
    if measure is not None:
        found = [(claim, claim.term) for claim in corpus.claims_for(fact) if claim.term is not None]
    else:
        found = [(claim, fact) for claim in corpus.claims_about(subject) if claim.predicate == fact]
    found = [(claim, term) for claim, term in found if claim.about and claim.about[0] == subject]
    if not found and measure is None:
        raise ReconcileError(
            f"{fact!r} is neither a measure of the corpus nor the predicate of a claim about {subject!r}: "
            "give a measure id or a predicate its claims use"
        )
    return found, measure


def fact_summary(corpus: Corpus, subject: EntityId | str, fact: str) -> FactSummary:
    """What the corpus's claims say of one fact about one subject (their first ``about`` entity).

    Args:
        corpus: The corpus.
        subject: The entity id of the person (or any entity) the fact is about.
        fact: A measure id whose claims give words (``Claim.term``), or a predicate (``"reported_dead"``):
            each claim with it gives the predicate as its word, or denies it.

    Raises:
        ReconcileError: ``fact`` is neither a measure nor a predicate of a claim about the subject.
        UnknownIdError: ``subject`` is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> summary = fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "rumored_arrested")
    >>> [word.label for word in summary.words]
    ['not "rumored_arrested" (undated)']
    """
    corpus.entity(subject)
    found, measure = _claims(corpus, EntityId(subject), fact)
    reader = Reader(
        {claim.id: claim for claim, _ in found}, unit=None, corpus=corpus, sources={}, literal=False
    )
    words = []
    for claim, term in found:
        source = reader.source(claim)
        words.append(
            reading_of(
                claim_id=claim.id,
                term=term,
                stance=claim.stance,
                subject=claim.about[0],
                placement=reader.placement(claim, source),
                root=reader.root(claim, source),
                occasion=claim.occasion,
                scope=scope_of(claim, measure),
            )
        )
    words.sort(
        key=lambda word: (not word.placement.is_dated, word.placement.first, word.placement.last, word.claim)
    )
    kind = MeasureKind.SNAPSHOT if measure is None else measure.kind
    verdicts = [judge_facts(one, other, kind) for one, other in combinations(words, 2)]
    shown = tuple(verdict for verdict in verdicts if verdict.verdict is not FigureVerdict.AGREE)
    disputed_claims = {
        claim
        for verdict in verdicts
        if verdict.verdict in _DISPUTES
        for claim in (verdict.first, verdict.second)
    }
    by: list[str] = []
    for word in words:
        if word.claim in disputed_claims and word.claimant_name not in by:
            by.append(word.claimant_name)
    holding = [word for word in words if word.holds]
    dated = [word for word in holding if word.placement.is_dated]
    pool = dated or holding
    latest = (
        max(pool, key=lambda word: (word.placement.last, word.placement.first, word.claim)) if pool else None
    )
    return FactSummary(
        subject=EntityId(subject),
        fact=fact,
        kind=kind,
        words=tuple(words),
        verdicts=shown,
        disputed=bool(disputed_claims),
        disputed_by=tuple(by),
        latest=latest,
    )
