"""Measures: the quantities claims give figures for, and how one measure relates to another.

A `Measure` is what figures are compared on; its kind (`MeasureKind`) says how its quantity behaves over time.

A relation (a subset, a part, a share, an increment, a flow, the same quantity) is read "this measure is KIND
of TARGET", as entity relations are. Reconciling a family of related measures
(`centasia_claims.reconciliation.reconcile_family`) checks their figures against each other.

>>> from centasia_claims.model import MeasureRelation, MeasureRelationKind
>>> relation = MeasureRelation(MeasureRelationKind.SUBSET_OF, "measure:tajiks-joined-is-syria-iraq")
>>> print(relation)
subset_of measure:tajiks-joined-is-syria-iraq
"""

from __future__ import annotations

import enum

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import (
    check_id,
    check_ids,
    check_non_empty,
    check_optional_id,
    frozen_collections,
)
from centasia_claims.model._display import Displayed
from centasia_claims.model._ids import EntityId, MeasureId
from centasia_claims.model._scope import Scope

__all__ = ["Measure", "MeasureKind", "MeasureRelation", "MeasureRelationKind"]


class MeasureRelationKind(enum.StrEnum):
    """How a measure relates to its target; each kind says what the family check is.

    >>> [kind.value for kind in MeasureRelationKind]
    ['subset_of', 'part_of', 'share_of', 'increment_of', 'flow_of', 'same_as']
    """

    SUBSET_OF = "subset_of"
    """Everyone it counts the target counts too (those killed of those who went): it never exceeds the
    target at the same time."""
    PART_OF = "part_of"
    """One of the parts that make up the target (those in Syria of those in Syria and Iraq): each part, and
    the parts together, never exceed the target."""
    SHARE_OF = "share_of"
    """A percentage of the target (remittances from Russia as a share of all remittances): within 0-100
    percent, and times the target it gives a count."""
    INCREMENT_OF = "increment_of"
    """A number on top of the target ("hundreds of thousands more" beyond an official figure): never
    negative, and with the target it gives a total."""
    FLOW_OF = "flow_of"
    """What a running total grows by within a period (those who went in 2015, of all who ever went): never
    more than the total at the end of the period, nor more than its growth over the period."""
    SAME_AS = "same_as"
    """The same quantity under another label: its figures are judged together with the target's."""


@attrs.frozen
class MeasureRelation:
    """A stated relation to another measure.

    Attributes:
        kind: The relation, read as "this measure is KIND of TARGET".
        target: The id of the other measure.
        note: Where it is stated or why it holds.

    >>> MeasureRelation(MeasureRelationKind.PART_OF, "measure:whole").target
    'measure:whole'
    """

    kind: MeasureRelationKind
    target: MeasureId = attrs.field(validator=check_id)
    note: str = ""

    def __str__(self) -> str:
        return f"{self.kind.value} {self.target}"


class MeasureKind(enum.StrEnum):
    """How a measured quantity behaves over time.

    >>> from centasia_claims import load_seed_corpus
    >>> load_seed_corpus().measure("measure:tajiks-joined-is-syria-iraq").kind
    <MeasureKind.CUMULATIVE: 'cumulative'>
    """

    CUMULATIVE = "cumulative"
    """A running total that can only grow (people who ever went to Syria): a later, larger figure is not
    a contradiction."""
    SNAPSHOT = "snapshot"
    """A level at a moment (members, troops stationed): figures for different dates may differ freely."""
    EVENT = "event"
    """A count tied to one event (people arrested in Gaziantep): all figures should agree."""


def _check_vocabulary(_instance: object, _attribute: object, vocabulary: tuple[str, ...]) -> None:
    for index, term in enumerate(vocabulary):
        if not term.strip() or term != term.strip():
            raise InvalidValueError(
                "vocabulary", f"term {index} ({term!r}) must be a word without surrounding spaces"
            )
        if term in vocabulary[:index]:
            raise InvalidValueError("vocabulary", f"term {term!r} is listed twice: list each word once")


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Measure(Displayed):
    """A quantity that claims give figures for, so they can be compared and reconciled.

    Attributes:
        id: Unique id, such as ``measure:tajik-fighters-syria-iraq``.
        label: What is counted, in words.
        unit: The unit of its figures (``"people"``, ``"percent"``, ``"USD"``, ``"years"`` ...).
        kind: Cumulative, snapshot or event count.
        population: Who or what is counted ("Tajik nationals").
        place: Where ("Syria and Iraq"), if the measure is about a place.
        about: Entities the measure concerns.
        note: Definitions, caveats.
        scope: What its figures count, by dimension, where a claim does not say otherwise (``population``
            and ``place`` stay as words for readers; this is what reconciliation compares).
        relations: How it relates to other measures (a subset, part, share, increment, flow or the same).
        vocabulary: For a fact that is a word and not a number (a status, a rank, a kinship), the words its
            claims may give (``Claim.term``); empty for a measure of figures.
        age_of: For an age in years, the person whose age its figures give: checked against the person's
            birth date (``check_provenance``).
        revisable: Whether its figures are revised as an investigation goes on (a death toll, arrests, a
            count under review): a later figure from the same origin, or from an origin ranked higher in
            ``authority``, supersedes an earlier one instead of contradicting it.
        authority: For a revisable measure, the entity ids whose figures prevail, highest first (a health
            ministry before a news agency's own count). Origins not listed rank below every listed one;
            without an order only a figure's own origin supersedes it.

    >>> Measure(id="measure:x", label="Tajiks who joined IS", unit="people").kind
    <MeasureKind.SNAPSHOT: 'snapshot'>
    >>> status = Measure(id="measure:s", label="status", unit="status", vocabulary=("alive", "killed"))
    >>> status.is_fact
    True
    >>> toll = Measure(id="measure:toll", label="people killed", unit="people", kind=MeasureKind.EVENT,
    ...     revisable=True, authority=("org:health-ministry", "org:police"))
    >>> toll.revisable, toll.authority[0]
    (True, 'org:health-ministry')
    """

    id: MeasureId = attrs.field(validator=check_id)
    label: str = attrs.field(validator=check_non_empty)
    unit: str = attrs.field(validator=check_non_empty)
    kind: MeasureKind = MeasureKind.SNAPSHOT
    population: str = ""
    place: str = ""
    about: tuple[EntityId, ...] = attrs.field(default=(), validator=check_ids)
    note: str = ""
    scope: Scope | None = None
    relations: tuple[MeasureRelation, ...] = ()
    vocabulary: tuple[str, ...] = attrs.field(default=(), validator=_check_vocabulary)
    age_of: EntityId | None = attrs.field(default=None, validator=check_optional_id)
    revisable: bool = False
    authority: tuple[EntityId, ...] = attrs.field(default=(), validator=check_ids)

    @property
    def is_fact(self) -> bool:
        """Whether its claims give a word of its vocabulary (a status, a rank) rather than a figure."""
        return bool(self.vocabulary)
