"""Facts that are words, not numbers: whether a commander is alive or killed, his rank, a kinship.

A claim gives such a fact as a word of its measure's vocabulary (``Claim.term``), or as a predicate (a claim
that ``reported_dead``, or that denies it). `judge_facts` judges two such words with the verdicts figures get,
and `fact_summary` says for one person what is disputed, by whom, and what the latest word is.

The rules, in order: words about different subjects are not comparable; words of different scopes have
different definitions; words that can both hold agree (the same word from the same origin is the same
figure); otherwise, from the same origin, a report of one statement (the same occasion or date) that differs
is a reporting conflict and a later word supersedes an earlier one; from different origins, a fact that
does not change (a measure of kind ``event``: a kinship) contradicts, as do words for the same time and a word
after a final one (`FINAL_TERMS`: no one is alive after being killed); other words differ in a way time
explains, or, undated, are not comparable. Two words can both hold when they are the same or one implies the
other (`TERM_IMPLIES`: "killed" implies "died" and "dead"); a word and the denial of another, when the
first does not imply the second; two denials, always. Words are compared as `fact_term` folds them: a Russian
or Tajik form of a known word (`FACT_TERM_FORMS`: "убит", "кушта шуд") is that word.

>>> from centasia_claims.reconciliation import FINAL_TERMS, TERM_IMPLIES
>>> sorted(FINAL_TERMS), TERM_IMPLIES["killed"]
(['dead', 'died', 'executed', 'killed'], ('died', 'dead'))
>>> from centasia_claims.reconciliation import FACT_TERM_FORMS
>>> FACT_TERM_FORMS["alive"]
('жив', 'зинда')
"""

from __future__ import annotations

from typing import Final

import attrs

from centasia_claims.model import ClaimId, EntityId, MeasureKind, Scope, Stance, form_index, match_form
from centasia_claims.reconciliation._scope import scopes_differ
from centasia_claims.reconciliation._timeline import Placement
from centasia_claims.reconciliation._verdicts import FigureVerdict, PairVerdict
from centasia_claims.serialization import register_result

__all__ = [
    "FACT_TERM_FORMS",
    "FINAL_TERMS",
    "TERM_IMPLIES",
    "FactReading",
    "fact_term",
    "implied_terms",
    "judge_facts",
]

FINAL_TERMS: Final[frozenset[str]] = frozenset({"killed", "dead", "died", "executed"})
"""Words of a state no one leaves: a later word from anyone else that he is alive, detained or released
contradicts it. Source: the status words the seed reporting uses for fighters and commanders ("killed",
"died", "reported dead"), compared after folding case."""

TERM_IMPLIES: Final[dict[str, tuple[str, ...]]] = {
    "killed": ("died", "dead"),
    "executed": ("killed",),
    "died": ("dead",),
    "released": ("alive",),
    "detained": ("alive",),
}
"""Words that imply others (directly): whoever was killed is dead, whoever is detained is alive. Source: the
status words of the seed reporting; ranks, roles and kinships imply nothing here, so two different ones of
them cannot both hold. Whoever was killed died: "killed" and "died" (Russian "погиб") both hold."""

FACT_TERM_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "killed": ("убит", "ликвидирован", "уничтожен", "кушта", "кушта шуд", "кушташуда", "нобуд шуд"),
    "died": ("погиб", "умер", "скончал", "мурд", "вафот", "вафот кард", "ҳалок шуд", "ҳалок гардид"),
    "dead": ("мертв",),
    "executed": ("казнен", "қатл шуд"),
    "alive": ("жив", "зинда"),
    "detained": ("задержан", "арестован", "боздошт", "боздошт шуд", "дастгир шуд"),
    "released": ("освобожден", "озод", "озод шуд"),
    "colonel": ("полковник",),
    "general": ("генерал",),
    "commander": ("командир", "фармондеҳ"),
}
"""Words for the status and rank words above as Russian- and Tajik-language reporting writes them, read as
`centasia_claims.model.TERM_FORMS` are (a stem, then an ending of up to three letters: "убит", "убиты").
Source: the wording of TASS, RIA Novosti, Asia-Plus and Ozodi on reported deaths and detentions of Tajik
commanders ("был ликвидирован", "погиб", "кушта шуд", "ҳалок шуд", "боздошт шуд")."""

_FACT_INDEX: Final = form_index(FACT_TERM_FORMS)
"""`FACT_TERM_FORMS` indexed once."""


def fact_term(term: str) -> str:
    """A word as facts compare it: folded, and a known form (`FACT_TERM_FORMS`) its English word.

    >>> fact_term("Убит"), fact_term("кушта шуд"), fact_term("1975")
    ('killed', 'killed', '1975')
    """
    return match_form(term, _FACT_INDEX) or " ".join(term.casefold().split())


def implied_terms(term: str) -> frozenset[str]:
    """The word, folded, and every word it implies by `TERM_IMPLIES`, directly or through others.

    >>> sorted(implied_terms("Executed"))
    ['dead', 'died', 'executed', 'killed']
    """
    found = {fact_term(term)}
    todo = list(found)
    while todo:
        for implied in TERM_IMPLIES.get(todo.pop(), ()):
            if implied not in found:
                found.add(implied)
                todo.append(implied)
    return frozenset(found)


@attrs.frozen(kw_only=True)
class FactReading:
    """One claim's word as `judge_facts` reads it.

    Attributes:
        claim: The claim's id.
        term: The word (a term of the measure's vocabulary, or the predicate).
        holds: ``False`` when the claim denies the word ("denied that he was killed").
        subject: What the word is about: the claim's first ``about`` entity.
        placement: Where it stands on the timeline.
        claimant: The root claimant, or ``None`` when unnamed.
        claimant_name: How reasons name the claimant.
        occasion: The statement it reports, where the corpus says (``Claim.occasion``).
        scope: What the word is about beyond the subject, where stated.

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.reconciliation import fact_summary
    >>> corpus = load_seed_corpus()
    >>> summary = fact_summary(corpus, "person:gulmurod-halimov", "measure:gulmurod-halimov-status")
    >>> print(summary.latest)
    "killed" (../2017-04-15) per The Times [claim:md-times-halimov-killed-mosul]
    """

    claim: ClaimId
    term: str
    holds: bool
    subject: EntityId | None
    placement: Placement
    claimant: EntityId | None
    claimant_name: str
    occasion: str | None = None
    scope: Scope | None = None

    @property
    def label(self) -> str:
        """The word and where it stands: ``"killed" (2017-04)``, or ``not "killed" (2017)`` for a denial."""
        word = f'"{self.term}"' if self.holds else f'not "{self.term}"'
        return f"{word} ({self.placement.label})"

    def __str__(self) -> str:
        return f"{self.label} per {self.claimant_name} [{self.claim}]"


register_result(FactReading, label=lambda reading: reading.label)


def _order(reading: FactReading) -> tuple[bool, int, int, str]:
    placement = reading.placement
    return (not placement.is_dated, placement.first, placement.last, reading.claim)


def _compatible(one: FactReading, other: FactReading) -> bool:
    """Whether both words can hold: one implies the other, two denials, a word and a denial it allows."""
    if one.holds and other.holds:
        return fact_term(one.term) in implied_terms(other.term) or fact_term(other.term) in implied_terms(
            one.term
        )
    if one.holds != other.holds:
        said, denied = (one, other) if one.holds else (other, one)
        return fact_term(denied.term) not in implied_terms(said.term)
    return True


def _verdict(first: FactReading, second: FactReading, verdict: FigureVerdict, why: str) -> PairVerdict:
    return PairVerdict(
        first=first.claim,
        second=second.claim,
        verdict=verdict,
        reason=f"{first.label} and {second.label}: {why}",
    )


def judge_facts(a: FactReading, b: FactReading, kind: MeasureKind) -> PairVerdict:  # noqa: PLR0911  (a return per rule)
    """The verdict on two words for one fact, earlier first, by the rules of the module.

    ``kind`` is the measure's: an ``event`` fact (a kinship, a birthplace) never changes; any other may.

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.reconciliation import fact_summary
    >>> corpus = load_seed_corpus()
    >>> summary = fact_summary(corpus, "person:gulmurod-halimov", "measure:gulmurod-halimov-status")
    >>> first, second = summary.words
    >>> print(judge_facts(first, second, summary.kind))
    agree: "killed" (../2017-04-15) and "dead" (undated): both can hold
    """
    first, second = sorted((a, b), key=_order)
    if first.subject != second.subject:
        return _verdict(first, second, FigureVerdict.NOT_COMPARABLE, "they are about different subjects")
    difference = scopes_differ(first.scope, second.scope)
    if difference is not None:
        return _verdict(
            first, second, FigureVerdict.DIFFERENT_DEFINITIONS, f"they say different things ({difference})"
        )
    same_origin = first.claimant is not None and first.claimant == second.claimant
    if _compatible(first, second):
        if same_origin and (fact_term(first.term), first.holds) == (fact_term(second.term), second.holds):
            return _verdict(
                first,
                second,
                FigureVerdict.SAME_FIGURE,
                f"the same word from {first.claimant_name}, reported again",
            )
        return _verdict(first, second, FigureVerdict.AGREE, "both can hold")
    one, other = first.placement, second.placement
    dated = one.is_dated and other.is_dated
    same_time = dated and (one.first, one.last) == (other.first, other.last)
    if same_origin:
        if (first.occasion is not None and first.occasion == second.occasion) or same_time:
            said = (
                f"occasion {first.occasion!r}"
                if first.occasion is not None and first.occasion == second.occasion
                else "date"
            )
            return _verdict(
                first,
                second,
                FigureVerdict.REPORTING_CONFLICT,
                f"two reports of one statement by {first.claimant_name} (the same {said}) differ",
            )
        if dated and one.last <= other.first:
            return _verdict(
                first,
                second,
                FigureVerdict.SUPERSEDED,
                f"{first.claimant_name}'s later word replaces its earlier one",
            )
    if kind is MeasureKind.EVENT:
        return _verdict(
            first, second, FigureVerdict.CONTRADICTION, "a fact that does not change cannot be both"
        )
    if same_time:
        return _verdict(first, second, FigureVerdict.CONTRADICTION, "they cannot both hold at the same time")
    if not dated or one.last > other.first:
        return _verdict(
            first,
            second,
            FigureVerdict.NOT_COMPARABLE,
            "which came first cannot be told, and the fact may change",
        )
    if first.holds and implied_terms(first.term) & FINAL_TERMS:
        return _verdict(
            first, second, FigureVerdict.CONTRADICTION, f'nothing follows "{first.term}": it is a final state'
        )
    return _verdict(
        first, second, FigureVerdict.EXPLAINED_BY_TIME, f"a fact that changed between {one} and {other}"
    )


def reading_of(
    *,
    claim_id: ClaimId,
    term: str,
    stance: Stance,
    subject: EntityId | None,
    placement: Placement,
    root: tuple[EntityId | None, str],
    occasion: str | None,
    scope: Scope | None,
) -> FactReading:
    """A reading from what the reader found for a claim."""
    return FactReading(
        claim=claim_id,
        term=term,
        holds=stance is not Stance.DENIES,
        subject=subject,
        placement=placement,
        claimant=root[0],
        claimant_name=root[1],
        occasion=occasion,
        scope=scope,
    )
