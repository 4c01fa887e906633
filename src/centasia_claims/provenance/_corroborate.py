"""Corroboration: which independent origins give a compatible figure for a claim, and which contradict it.

Two figures for the same measure are judged as `reconcile` judges them (`FigureVerdict`): figures that agree,
or that are the same figure reported again, are compatible; a contradiction is incompatible; figures that are
not comparable (another unit, an increment, an undated figure of a cumulative count) or are explained by time
(a cumulative count that grew) neither support nor contradict each other.

Each other claim then counts as:

- an echo, when it is compatible and has the same origin (a repetition, not a confirmation); reports of one
  statement (`Claim.occasion`) count for the origin of the statement's first report, so a second report of
  it is an echo, never support; so is a claim of an origin that cites the claim's own origin in a circle for
  the measure (A gives a figure citing B, and B's later piece gives it citing A: circular reporting);
- support, when compatible and from another origin; it is unconfirmed support when that claim is itself
  reported as unconfirmed, as hearsay or as an allegation (`NOT_CONFIRMED`), and no support when it is a
  denial (stance ``denies``): a source denying a compatible figure contradicts it;
- a contradiction, when incompatible (from any origin, its own included), or when two reports of one
  statement differ (a reporting conflict).

A figure superseded by a later one (a revisable measure) neither supports nor contradicts it.

>>> from centasia_claims import corroborate, load_seed_corpus
>>> corpus = load_seed_corpus()
>>> result = corroborate(corpus, corpus.claim("claim:crossroads-embassy-only-one-tajik"))
>>> str(result.origin)
'Tajik government (org:tajik-government)'
>>> [claim for group in result.contradicting for claim in group.claims]
['claim:crossroads-turkish-media-mainly-tajik']

A claim reported as unconfirmed confirms no other:

>>> from centasia_claims.provenance import NOT_CONFIRMED, epistemic_status
>>> epistemic_status(corpus, corpus.claim("claim:rferl-halimov-pension-100")).status in NOT_CONFIRMED
True
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_table
from centasia_claims.model import ClaimId, EpistemicStatus, Stance
from centasia_claims.provenance._check_chains import circles
from centasia_claims.provenance._origins import Origin, origin_text, trace_origin
from centasia_claims.provenance._status import EpistemicReading, epistemic_status
from centasia_claims.reconciliation import FigureVerdict, Reconciliation, reconcile
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, MeasureId

__all__ = ["NOT_CONFIRMED", "Corroboration", "OriginClaims", "corroborate"]

NOT_CONFIRMED: Final[frozenset[EpistemicStatus]] = frozenset(
    {EpistemicStatus.UNCONFIRMED, EpistemicStatus.HEARSAY, EpistemicStatus.ALLEGATION}
)
"""Statuses of a claim that the text itself does not stand behind: such a claim supports no other as
confirmation (and neither does a claim with stance ``unconfirmed``)."""

_UNRELATED: Final = frozenset(
    {
        FigureVerdict.NOT_COMPARABLE,
        FigureVerdict.EXPLAINED_BY_TIME,
        FigureVerdict.SUPERSEDED,
        FigureVerdict.DIFFERENT_DEFINITIONS,
    }
)
"""Verdicts under which two figures neither support nor contradict each other (a revision replaces a figure;
it does not confirm or refute it; figures of different definitions count different things)."""

_INCOMPATIBLE: Final = frozenset({FigureVerdict.CONTRADICTION, FigureVerdict.REPORTING_CONFLICT})
"""Verdicts under which one figure contradicts the other: a reporting conflict says one relay got it wrong."""


@attrs.frozen
class OriginClaims:
    """One origin and the claims from it that play one role for another claim.

    >>> OriginClaims(Origin("org:rferl"), ("claim:a",)).claims
    ('claim:a',)
    """

    origin: Origin
    claims: tuple[ClaimId, ...]


@attrs.frozen(kw_only=True)
class Corroboration:
    """How well the rest of the corpus supports one claim's figure.

    Attributes:
        claim: The claim.
        origin: Its origin.
        compared: Whether it has a figure for a measure, so that it could be compared at all.
        supporting: Other origins that give a compatible figure in claims the text stands behind.
        unconfirmed: Other origins that give a compatible figure only in claims reported as unconfirmed,
            hearsay or allegation.
        contradicting: Origins (its own included) that give an incompatible figure, or deny a compatible one.
        echoes: Claims from its own origin with a compatible figure: repetitions, not confirmations.

    >>> Corroboration(claim="claim:a", origin=Origin("org:x"), compared=False).independent_support
    0
    >>> from centasia_claims import corroborate, load_seed_corpus
    >>> print(corroborate(load_seed_corpus(), "claim:rferl-rahimzoda-61-returned"))  # doctest: +ELLIPSIS
    claim:rferl-rahimzoda-61-returned, from ...
      supporting: ...
    """

    claim: ClaimId
    origin: Origin
    compared: bool
    supporting: tuple[OriginClaims, ...] = ()
    unconfirmed: tuple[OriginClaims, ...] = ()
    contradicting: tuple[OriginClaims, ...] = ()
    echoes: tuple[ClaimId, ...] = ()

    @property
    def independent_support(self) -> int:
        """How many other origins give a compatible figure, confirmed or not."""
        return len({group.origin for group in (*self.supporting, *self.unconfirmed)})

    def lines(self) -> list[str]:
        """The corroboration as ``centasia-claims trace`` prints it under "Corroboration", indented."""
        if not self.compared:
            return ["  (no figure for a measure: nothing to compare)"]
        lines = []
        for role, groups in (
            ("supporting", self.supporting),
            ("unconfirmed", self.unconfirmed),
            ("contradicting", self.contradicting),
        ):
            lines.append(f"  {role}: {len(groups)} independent origin{'s' if len(groups) != 1 else ''}")
            lines.extend(f"    {origin_text(group.origin)}: {', '.join(group.claims)}" for group in groups)
        lines.append(f"  echoes from the same origin: {', '.join(self.echoes) or 'none'}")
        return lines

    def __str__(self) -> str:
        return "\n".join([f"{self.claim}, from {origin_text(self.origin)}", *self.lines()])

    def _repr_html_(self) -> str:
        rows = [
            (role, origin_text(group.origin), ", ".join(group.claims))
            for role, groups in (
                ("supporting", self.supporting),
                ("unconfirmed", self.unconfirmed),
                ("contradicting", self.contradicting),
            )
            for group in groups
        ]
        rows += [("echo", "the same origin", claim) for claim in self.echoes]
        head = (
            f"<p><strong>{html.escape(self.claim)}</strong>, from {html.escape(origin_text(self.origin))}</p>"
        )
        if not self.compared:
            return f"<div>{head}<p>no figure for a measure: nothing to compare</p></div>"
        return f"<div>{head}{html_table(('role', 'origin', 'claims'), rows)}</div>"


register_result(OriginClaims)
register_result(Corroboration, independent_support=lambda result: result.independent_support)


def is_confirmed(claim: Claim, reading: EpistemicReading) -> bool:
    """Whether the text stands behind the claim: asserted, and not unconfirmed, hearsay or an allegation."""
    return claim.stance is Stance.ASSERTS and reading.status not in NOT_CONFIRMED


class Index:
    """Origins and statuses of a corpus's claims, computed once each, for checking many claims."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._origins: dict[ClaimId, Origin] = {}
        self._readings: dict[ClaimId, EpistemicReading] = {}
        self._reconciled: dict[MeasureId, Reconciliation] = {}
        self._occasions: dict[tuple[MeasureId | None, str], Claim] | None = None
        self._circles: dict[MeasureId, dict[str, int]] = {}

    def circular(self, measure: MeasureId, one: Origin, other: Origin) -> bool:
        """Whether two named origins cite each other, directly or round a circle, for the measure."""
        if one.agent is None or other.agent is None:
            return False
        if measure not in self._circles:
            self._circles[measure] = circles(self.corpus, self.corpus.claims_for(measure))
        found = self._circles[measure]
        return one.agent in found and found[one.agent] == found.get(other.agent)

    def origin(self, claim: Claim) -> Origin:
        """The claim's origin."""
        if claim.id not in self._origins:
            self._origins[claim.id] = trace_origin(self.corpus, claim)
        return self._origins[claim.id]

    def voice(self, claim: Claim) -> Origin:
        """The origin a claim counts for.

        For a report of one statement (``occasion``), the origin of the statement's first report (a named
        origin first, then the smallest claim id), so that a second report never adds an origin.
        """
        if claim.occasion is None:
            return self.origin(claim)
        if self._occasions is None:
            firsts: dict[tuple[MeasureId | None, str], Claim] = {}
            for item in self.corpus.claims:
                if item.occasion is not None:
                    key = (item.measure, item.occasion)
                    if key not in firsts or self._first(item) < self._first(firsts[key]):
                        firsts[key] = item
            self._occasions = firsts
        return self.origin(self._occasions.get((claim.measure, claim.occasion), claim))

    def _first(self, claim: Claim) -> tuple[bool, str]:
        """Which report of a statement stands for it: a named origin before an unnamed one, then by id."""
        return (not self.origin(claim).is_known, claim.id)

    def reading(self, claim: Claim) -> EpistemicReading:
        """The claim's epistemic status."""
        if claim.id not in self._readings:
            self._readings[claim.id] = epistemic_status(self.corpus, claim)
        return self._readings[claim.id]

    def reconciled(self, measure: MeasureId) -> Reconciliation:
        """The reconciliation of a measure's figures, computed once per measure."""
        found = self._reconciled.get(measure)
        if found is None:
            found = self._reconciled[measure] = reconcile(self.corpus, measure)
        return found

    def corroborate(self, claim: Claim) -> Corroboration:
        """The claim's corroboration (see `corroborate`)."""
        own = self.voice(claim)
        if claim.measure is None or claim.value is None:
            return Corroboration(claim=claim.id, origin=own, compared=False)
        roles: dict[str, dict[Origin, list[ClaimId]]] = {
            "supporting": {},
            "unconfirmed": {},
            "contradicting": {},
        }
        echoes: list[ClaimId] = []
        reconciled = self.reconciled(claim.measure)
        for other in self.corpus.claims_for(claim.measure):
            if other.id == claim.id or other.value is None:
                continue
            verdict = reconciled.verdict(claim.id, other.id).verdict
            if verdict in _UNRELATED:
                continue
            origin = self.voice(other)
            compatible = verdict not in _INCOMPATIBLE
            if other.stance is Stance.DENIES:
                role = "contradicting" if compatible else None
            elif not compatible:
                role = "contradicting"
            elif origin == own or self.circular(claim.measure, own, origin):
                echoes.append(other.id)
                role = None
            else:
                role = "supporting" if is_confirmed(other, self.reading(other)) else "unconfirmed"
            if role is not None:
                roles[role].setdefault(origin, []).append(other.id)
        grouped = {
            role: tuple(OriginClaims(origin, tuple(ids)) for origin, ids in groups.items())
            for role, groups in roles.items()
        }
        return Corroboration(
            claim=claim.id,
            origin=own,
            compared=True,
            supporting=grouped["supporting"],
            unconfirmed=grouped["unconfirmed"],
            contradicting=grouped["contradicting"],
            echoes=tuple(echoes),
        )


def corroborate(corpus: Corpus, claim: Claim | ClaimId | str) -> Corroboration:
    """Which independent origins support a claim's figure and which contradict it.

    Raises:
        UnknownIdError: The claim (given by id) is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> result = corroborate(load_seed_corpus(), "claim:rferl-rahimzoda-148-killed")
    >>> result.compared, result.independent_support
    (True, 0)
    """
    item = corpus.claim(claim) if isinstance(claim, str) else claim
    return Index(corpus).corroborate(item)
