"""How one measure relates to another: a subset, a part, a share, an increment, a flow, the same quantity.

A relation is read "this measure is KIND of TARGET", as entity relations are. Reconciling a family of related
measures (`centasia_claims.reconciliation.reconcile_family`) checks their figures against each other.

>>> from centasia_claims.model import MeasureRelation, MeasureRelationKind
>>> relation = MeasureRelation(MeasureRelationKind.SUBSET_OF, "measure:tajiks-joined-is-syria-iraq")
>>> print(relation)
subset_of measure:tajiks-joined-is-syria-iraq
"""

from __future__ import annotations

import enum

import attrs

from centasia_claims.model._checks import check_id
from centasia_claims.model._ids import MeasureId

__all__ = ["MeasureRelation", "MeasureRelationKind"]


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
