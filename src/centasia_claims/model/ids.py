"""Typed ids: objects in a corpus refer to each other by id, so fixtures stay flat.

The aliases are `typing.NewType` over `str`, so mypy tells a `ClaimId` from a `SourceId` while the JSON stays
plain strings.

>>> from centasia_claims import EntityId
>>> EntityId("person:gulmurod-halimov")
'person:gulmurod-halimov'
"""

from __future__ import annotations

from typing import NewType

__all__ = ["ClaimId", "EntityId", "MeasureId", "SourceId"]

EntityId = NewType("EntityId", str)
"""Id of a `Person`, `Organization`, `Place` or `Event`."""

SourceId = NewType("SourceId", str)
"""Id of a `Source` (one article, or an archive that republishes several)."""

ClaimId = NewType("ClaimId", str)
"""Id of a `Claim`."""

MeasureId = NewType("MeasureId", str)
"""Id of a `Measure`: the quantity that several claims give figures for."""
