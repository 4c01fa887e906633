"""What a table declares about a measure: its kind, whether it is revisable, and its authority order.

The cells ``measure_kind``, ``measure_revisable`` and ``measure_authority`` describe the row's measure, not
the row: any row of a measure may give them, every row that gives one must give the same, and an empty cell
takes it from the others. A measure of the base corpus is described there already: a row may repeat its
declaration, never change it (a new measure id counts the same thing another way).

>>> from centasia_claims.importing import Declared, read_kind, read_revisable
>>> read_kind({"measure_kind": "Event"}, []), read_revisable({"measure_revisable": "yes"}, [])
(<MeasureKind.EVENT: 'event'>, True)
>>> declared: Declared = {"revisable": True}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from centasia_claims.importing._chain import ChainStep, ChainSyntaxError, parse_chain
from centasia_claims.model import EntityId, MeasureKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.model import Measure

__all__ = [
    "Declared",
    "MeasureDeclarations",
    "read_authority",
    "read_declaration",
    "read_kind",
    "read_revisable",
    "shown",
]

Declared = dict[str, MeasureKind | bool | tuple[EntityId, ...]]
"""What a row declares about its measure: field (``kind``, ``revisable``, ``authority``) -> value."""

_YES: Final = frozenset({"yes", "true", "y", "1"})
_NO: Final = frozenset({"no", "false", "n", "0"})
_KINDS: Final = ", ".join(kind.value for kind in MeasureKind)


def read_kind(row: dict[str, str], refused: list[str]) -> MeasureKind | None:
    """The kind a row declares for its measure (``None``: the cell is empty); a bad cell is refused.

    >>> refused = []
    >>> read_kind({"measure_kind": "running total"}, refused), refused
    (None, ["measure_kind: 'running total' is not a kind: write one of cumulative, snapshot, event"])
    """
    written = row.get("measure_kind", "").strip()
    if not written:
        return None
    try:
        return MeasureKind(written.lower())
    except ValueError:
        refused.append(f"measure_kind: {written!r} is not a kind: write one of {_KINDS}")
        return None


def read_revisable(row: dict[str, str], refused: list[str]) -> bool | None:
    """Whether a row declares its measure revisable (``None``: the cell is empty); a bad cell is refused.

    >>> refused = []
    >>> read_revisable({"measure_revisable": "perhaps"}, refused), refused
    (None, ["measure_revisable: 'perhaps' is not yes or no: write yes (figures are revised) or no"])
    """
    written = row.get("measure_revisable", "").strip()
    if not written:
        return None
    if written.lower() in _YES:
        return True
    if written.lower() in _NO:
        return False
    refused.append(f"measure_revisable: {written!r} is not yes or no: write yes (figures are revised) or no")
    return None


def read_authority(row: dict[str, str]) -> list[str]:
    """The names of a row's authority order, highest first, as written (empty: the cell is empty).

    >>> read_authority({"measure_authority": "Interior Ministry; Police ;"})
    ['Interior Ministry', 'Police']
    """
    return [part.strip() for part in row.get("measure_authority", "").split(";") if part.strip()]


def read_declaration(
    row: dict[str, str],
    refused: list[str],
    step_id: Callable[[ChainStep, str, list[str], list[str]], str | None],
) -> Declared:
    """What a row declares about its measure, its authority's names resolved by ``step_id``.

    ``step_id(step, column, notes, refused)`` gives the entity a name refers to (`Entities`); a name of
    several entities is refused, for an order must be decided.

    >>> read_declaration({"measure_kind": "event", "measure_authority": "Police {org:police}"}, [],
    ...     lambda step, column, notes, refused: step.id)
    {'kind': <MeasureKind.EVENT: 'event'>, 'authority': ('org:police',)}
    """
    declared: Declared = {}
    kind, revisable = read_kind(row, refused), read_revisable(row, refused)
    if kind is not None:
        declared["kind"] = kind
    if revisable is not None:
        declared["revisable"] = revisable
    authority: list[EntityId] = []
    for name in read_authority(row):
        try:
            (step,) = parse_chain(name.replace(">", " "))
        except ChainSyntaxError as error:
            refused.append(f"measure_authority: {error}")
            continue
        if step.unnamed or step.group:
            refused.append(
                f"measure_authority: {name!r} names no body: an authority is a named body or person"
            )
            continue
        ambiguous: list[str] = []
        id_ = step_id(step, "measure_authority", ambiguous, refused)
        refused += ambiguous
        if id_ is not None and id_ not in authority:
            authority.append(EntityId(id_))
    if authority:
        declared["authority"] = tuple(authority)
    return declared


def shown(value: object) -> str:
    """A declared value as the import report writes it.

    >>> shown(True), shown(MeasureKind.EVENT), shown(("org:a", "org:b"))
    ('yes', 'event', 'org:a; org:b')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, MeasureKind):
        return value.value
    if isinstance(value, tuple):
        return "; ".join(value) or "none"
    return str(value)


@attrs.define
class MeasureDeclarations:
    """The declarations made so far for the measures a table creates, and the row that made each.

    >>> from centasia_claims.model import Measure, MeasureKind
    >>> declarations = MeasureDeclarations()
    >>> toll = Measure(id="measure:toll", label="people killed", unit="count")
    >>> refused = []
    >>> toll = declarations.declare(toll, 1, {"kind": MeasureKind.EVENT}, refused, base=False)
    >>> toll.kind, refused
    (<MeasureKind.EVENT: 'event'>, [])
    >>> _ = declarations.declare(toll, 2, {"kind": MeasureKind.CUMULATIVE}, refused, base=False)
    >>> print(refused[0])
    measure_kind: 'cumulative', but row 1 declares 'measure:toll' event: give every row of one measure the same, or leave the cell empty
    """  # noqa: E501  (a doctest's output is one line)

    made: dict[tuple[str, str], tuple[object, int]] = attrs.Factory(dict)

    def declare(
        self,
        measure: Measure,
        row: int,
        given: Declared,
        refused: list[str],
        *,
        base: bool,
    ) -> Measure:
        """The measure with what ``row`` declares (``given``: field -> value); conflicts are refused.

        ``base`` says the measure is the base corpus's: its declaration may be repeated, never changed.
        """
        changes: dict[str, Any] = {}
        for field, value in given.items():
            column = f"measure_{field}"
            if base:
                if getattr(measure, field) != value:
                    refused.append(
                        f"{column}: {shown(value)!r}, but {measure.id!r} of the base corpus is "
                        f"{shown(getattr(measure, field))}: empty the cell, or give a new measure id to "
                        "count it another way"
                    )
                continue
            earlier = self.made.get((measure.id, field))
            if earlier is not None and earlier[0] != value:
                refused.append(
                    f"{column}: {shown(value)!r}, but row {earlier[1]} declares {measure.id!r} "
                    f"{shown(earlier[0])}: give every row of one measure the same, or leave the cell empty"
                )
                continue
            if earlier is None:
                self.made[measure.id, field] = (value, row)
            changes[field] = value
        declared = attrs.evolve(measure, **changes) if changes else measure
        if not base and declared.authority and not declared.revisable:
            refused.append(
                f"measure_authority: {measure.id!r} is not declared revisable, and an authority order ranks "
                "the revisions of a revisable measure: write yes in measure_revisable, on this row or an "
                "earlier row of the measure"
            )
        return declared
