"""Ids: objects in a corpus refer to each other by id, so fixtures stay flat.

The id types are aliases of `str` that document which kind of object an id names. They are deliberately not
`typing.NewType`: ids are typed as literals in notebooks and fixtures, and wrapping each one would add noise
without catching much, because a `Corpus` checks every reference at construction and names the kind it
expected ("'source:a' is a source, but a measure is needed here").

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.model import ClaimId, EntityId, MeasureId, SourceId
>>> halimov: EntityId = "person:gulmurod-halimov"
>>> claim_id: ClaimId = "claim:odr-interior-ministry-1141"
>>> claim = load_seed_corpus().claim(claim_id)
>>> source: SourceId = claim.source
>>> measure: MeasureId | None = claim.measure
>>> source, measure
('source:odr-embattled-islamists', 'measure:tajiks-joined-is-syria-iraq')
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["ClaimId", "EntityId", "MeasureId", "SourceId"]

EntityId: TypeAlias = str
"""Id of a `Person`, `Organization`, `Place` or `Event`."""

SourceId: TypeAlias = str
"""Id of a `Source` (one article, or an archive that republishes several)."""

ClaimId: TypeAlias = str
"""Id of a `Claim`."""

MeasureId: TypeAlias = str
"""Id of a `Measure`: the quantity that several claims give figures for."""
