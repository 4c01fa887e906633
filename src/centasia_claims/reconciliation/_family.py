"""Related measures reconciled together: a part never exceeds its whole, a share of a whole gives a count.

A family is a set of measures linked by `MeasureRelation` s. `reconcile_family` reconciles each measure, then
checks each relation on their figures and explains every check (`RelationCheck`), with the verdicts pairs of
figures get (``agree``, ``contradiction``, ``not_comparable`` and, for two measures of the same quantity,
every verdict `judge` gives). Each kind of relation has its rule:

- ``subset_of`` and ``part_of``: a figure never exceeds a figure of its whole of the same time (for a running
  total: of the same time or later, since the whole can only have grown); ``part_of`` also checks the parts
  together.
- ``share_of``: a share in percent times a figure of its whole of the same time gives a count, compared with
  the measure's own counts where it has them.
- ``increment_of``: a figure on top of a base figure gives a total, compared with the figures of what the base
  is a subset or part of.
- ``flow_of``: a flow within a period never exceeds the running total at the end of the period, nor what the
  total grew by over it.
- ``same_as``: every pair of figures across the two measures is judged as one measure's figures are.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.reconciliation import reconcile_family
>>> family = reconcile_family(load_seed_corpus(), "measure:tajik-fighters-killed")
>>> "measure:tajiks-joined-is-syria-iraq" in family.measures
True
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_record, html_table
from centasia_claims.errors import ReconcileError
from centasia_claims.model import ClaimId, Measure, MeasureId, MeasureRelationKind
from centasia_claims.reconciliation._family_rules import Family, check_parts, check_relation
from centasia_claims.reconciliation._interval import Interval
from centasia_claims.reconciliation._reconcile import reconcile
from centasia_claims.reconciliation._result import Reconciliation
from centasia_claims.reconciliation._verdicts import FigureVerdict
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, Source

__all__ = ["FamilyReconciliation", "RelationCheck", "reconcile_family"]


@attrs.frozen(kw_only=True)
class RelationCheck:
    """One check of a relation between two measures on their figures, with its verdict and reason.

    Attributes:
        kind: The relation checked.
        measure: The measure that states the relation.
        target: The measure it relates to.
        claims: The figures checked: the measure's first, then the target's.
        verdict: ``agree`` when the relation holds, ``contradiction`` when it cannot, ``not_comparable`` when
            the figures cannot be compared (their dates, their units); for ``same_as``, the pair's verdict.
        reason: Why, in words, with the figures and what they imply.
        implied: What the figures imply, where a rule computes it (the count a share gives, a total).

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.reconciliation import reconcile_family
    >>> family = reconcile_family(load_seed_corpus(), "measure:tajik-fighters-killed")
    >>> print(family.check("claim:rferl-rahimzoda-148-killed", "claim:rferl-authorities-up-to-1000"))
    ... # doctest: +NORMALIZE_WHITESPACE
    agree: subset_of: 148 (2016-01-25) within up to 1,000 (2016-01): it does not exceed its whole
    ({148} vs [900, 1000])
    """

    kind: MeasureRelationKind
    measure: MeasureId
    target: MeasureId
    claims: tuple[ClaimId, ...]
    verdict: FigureVerdict
    reason: str
    implied: Interval | None = None

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        return f"{self.verdict.value.replace('_', ' ')}: {self.kind.value}: {self.reason}"


@attrs.frozen(kw_only=True)
class FamilyReconciliation:
    """Related measures reconciled together: each measure's reconciliation and every relation checked.

    Attributes:
        measures: The measures of the family, by id.
        members: Each measure's reconciliation, in the order of ``measures``.
        checks: Every check of every relation between them, by measure, target and figures.
        notes: What a reader should know about the whole (relations to measures outside the family).

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.reconciliation import reconcile_family
    >>> family = reconcile_family(load_seed_corpus(), "measure:tajik-fighters-returned")
    >>> family.member("measure:tajik-fighters-returned").trend.value
    'rising'
    """

    measures: tuple[MeasureId, ...]
    members: tuple[Reconciliation, ...]
    checks: tuple[RelationCheck, ...]
    notes: tuple[str, ...] = ()

    def member(self, measure: MeasureId | str) -> Reconciliation:
        """The reconciliation of one measure of the family.

        Raises:
            ReconcileError: The measure is not in the family.
        """
        for member in self.members:
            if member.measure == measure:
                return member
        named = ", ".join(self.measures)
        raise ReconcileError(f"{measure!r} is not in this family (its measures: {named})")

    def check(self, *claims: ClaimId | str) -> RelationCheck:
        """The check of exactly these figures, given as the check lists them (the relating measure's first).

        Raises:
            ReconcileError: No relation check compares these figures.
        """
        for check in self.checks:
            if check.claims == claims:
                return check
        named = ", ".join(repr(claim) for claim in claims)
        raise ReconcileError(f"no relation check compares {named}: give the figures as a check lists them")

    @property
    def contradictions(self) -> tuple[RelationCheck, ...]:
        """The checks that failed."""
        return tuple(check for check in self.checks if check.verdict is FigureVerdict.CONTRADICTION)

    def __str__(self) -> str:
        lines = [f"family of {len(self.measures)} measures: {', '.join(self.measures)}", "  checks:"]
        lines.extend(f"    {check}" for check in self.checks)
        if not self.checks:
            lines.append("    (no relations between them)")
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The checks as a table."""
        rows = [(check.verdict.value, check.kind.value, check.reason) for check in self.checks]
        return (
            f"<div><p>{html.escape(', '.join(self.measures))}</p>"
            + html_table(("verdict", "relation", "why"), rows)
            + "</div>"
        )


register_result(RelationCheck)
register_result(FamilyReconciliation, contradictions=lambda family: len(family.contradictions))


def _measures_given(
    corpus: Corpus | None, measures: MeasureId | str | Measure | Iterable[Measure | MeasureId | str]
) -> list[Measure]:
    items: list[Measure | str] = [measures] if isinstance(measures, str | Measure) else list(measures)
    if not items:
        raise ReconcileError("no measures given: pass at least one measure, by id or as a Measure")
    found: list[Measure] = []
    for item in items:
        if isinstance(item, Measure):
            found.append(item)
        elif corpus is None:
            raise ReconcileError(
                f"cannot reconcile the family of {item!r} without a corpus: pass the corpus that holds it, "
                "or the Measure objects with their claims"
            )
        else:
            found.append(corpus.measure(item))
    return found


def _family(corpus: Corpus | None, given: list[Measure]) -> dict[MeasureId, Measure]:
    """The given measures, and with a corpus every measure related to them, either way, followed on."""
    family = {measure.id: measure for measure in given}
    if corpus is None:
        return family
    inbound: dict[str, list[Measure]] = {}
    for measure in corpus.measures:
        for relation in measure.relations:
            inbound.setdefault(relation.target, []).append(measure)
    todo = list(family.values())
    while todo:
        measure = todo.pop()
        related = [corpus.measure(relation.target) for relation in measure.relations]
        for other in [*related, *inbound.get(measure.id, ())]:
            if other.id not in family:
                family[other.id] = other
                todo.append(other)
    return family


def reconcile_family(
    corpus: Corpus | None,
    measures: MeasureId | str | Measure | Iterable[Measure | MeasureId | str],
    *,
    claims: Iterable[Claim] = (),
    sources: Mapping[str, Source] | None = None,
    literal: bool = False,
) -> FamilyReconciliation:
    """Reconcile related measures together and check each relation between them on their figures.

    Args:
        corpus: Where measures given by id, their relations and claims are found; ``None`` for measures and
            claims built in code.
        measures: One measure or several, by id (with a corpus only) or as `Measure` objects. With a corpus
            the family is every measure related to them, either way, followed on; without one it is the
            measures given.
        claims: Claims of the family's measures, in any order, in addition to the corpus's (without a corpus,
            the only ones).
        sources: Sources by id, for publication dates.
        literal: Read "up to N" as the bare ceiling it is written as (`read_estimate`).

    Raises:
        ReconcileError: A measure is given by id without a corpus, none is given, or a claim is for a
            measure outside the family.
        UnknownIdError: A measure id is not in the corpus.

    The result does not depend on the order of the measures or the claims:

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> one = reconcile_family(corpus, ["measure:tajik-fighters-killed", "measure:tajik-fighters-returned"])
    >>> one == reconcile_family(corpus, ["measure:tajik-fighters-returned", "measure:tajik-fighters-killed"])
    True
    >>> reconcile_family(None, "measure:tajik-fighters-killed")
    Traceback (most recent call last):
    ...
    centasia_claims.errors.ReconcileError: cannot reconcile the family of 'measure:tajik-fighters-killed' without a corpus: pass the corpus that holds it, or the Measure objects with their claims
    """  # noqa: E501  (the error a doctest shows is one line)
    family = _family(corpus, _measures_given(corpus, measures))
    by_measure: dict[str, dict[str, Claim]] = {key: {} for key in family}
    if corpus is not None:
        for key in family:
            by_measure[key].update((claim.id, claim) for claim in corpus.claims_for(key))
    for claim in claims:
        if claim.measure not in by_measure:
            raise ReconcileError(
                f"claim {claim.id!r} is for {claim.measure!r}, which is not in the family "
                f"({', '.join(sorted(family))}): pass its measure too"
            )
        by_measure[claim.measure][claim.id] = claim
    ids = tuple(sorted(family))
    members = {
        key: reconcile(
            corpus,
            sorted(by_measure[key].values(), key=lambda claim: claim.id),
            measure=family[key],
            sources=sources,
            literal=literal,
        )
        for key in ids
    }
    context = Family(measures=family, members=members, claims=by_measure, literal=literal)
    checks: list[RelationCheck] = []
    notes: list[str] = []
    for key in ids:
        for relation in family[key].relations:
            if relation.target not in family:
                notes.append(
                    f"{key} is {relation.kind.value} {relation.target}, which was not given: not checked"
                )
                continue
            checks.extend(
                RelationCheck(
                    kind=relation.kind,
                    measure=key,
                    target=relation.target,
                    claims=claims,
                    verdict=verdict,
                    reason=reason,
                    implied=implied,
                )
                for claims, verdict, reason, implied in check_relation(context, family[key], relation)
            )
    wholes: dict[str, list[str]] = {}
    for key in ids:
        for relation in family[key].relations:
            if relation.kind is MeasureRelationKind.PART_OF and relation.target in family:
                wholes.setdefault(relation.target, []).append(key)
    for whole, parts in sorted(wholes.items()):
        if len(parts) > 1:
            checks.extend(
                RelationCheck(
                    kind=MeasureRelationKind.PART_OF,
                    measure=parts[0],
                    target=whole,
                    claims=claims,
                    verdict=verdict,
                    reason=reason,
                    implied=implied,
                )
                for claims, verdict, reason, implied in check_parts(context, whole, parts)
            )
    checks.sort(key=lambda check: (check.measure, check.target, check.kind.value, check.claims))
    return FamilyReconciliation(
        measures=ids, members=tuple(members[key] for key in ids), checks=tuple(checks), notes=tuple(notes)
    )
