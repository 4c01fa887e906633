"""Figures ready to reconcile: each claim's value read as an interval, placed in time, with its root claimant.

A `Figure` is one claim's figure as reconciliation reads it: the `Interval` of its estimate (a share turned
into a count of its whole by `derive_count`), its `Placement` on the timeline, and who originally gave it. How
a figure was read beyond its written bounds, how it was dated, and why it is set aside are all said in words.

>>> from centasia_claims import Estimate, Qualifier
>>> from centasia_claims.reconciliation import read_estimate
>>> toll = Estimate(phrase="as many as 157,000", qualifier=Qualifier.AT_MOST, high=157_000)
>>> interval, note = read_estimate(toll)
>>> print(interval)
[141300, 157000]
>>> note
"read near its ceiling: 'as many as' gives the figure at the top (as written: (-∞, 157000])"

Which hedges are read so, and how near their ceiling:

>>> from centasia_claims.reconciliation import NEAR_CEILING_HEDGES, NEAR_FRACTION
>>> NEAR_CEILING_HEDGES, NEAR_FRACTION * 157_000
(('up to', 'as many as'), 141300.0)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_record
from centasia_claims.errors import ReconcileError
from centasia_claims.model import ClaimId, EntityId, Qualifier, Scope, SourceId
from centasia_claims.reconciliation._interval import Interval
from centasia_claims.reconciliation._timeline import Placement
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.model import Claim, Estimate

__all__ = [
    "NEAR_CEILING_HEDGES",
    "NEAR_FRACTION",
    "DerivedFigure",
    "Figure",
    "derive_count",
    "read_estimate",
]

NEAR_CEILING_HEDGES: Final[tuple[str, ...]] = ("up to", "as many as")
"""Ceilings that news writing uses to give a figure at the top: "as many as 157,000 deaths" puts the toll near
157,000, not anywhere below it. Reconciliation reads them like "nearly N" unless asked to read literally."""

NEAR_FRACTION: Final = 0.9
"""The low end of a figure read near its ceiling, as a fraction of it: as the convention reads "nearly N"."""

_SHARE_CAP: Final = Interval(low=0, high=100)
"""A share of a whole lies within 0-100 percent: the implied end of "more than half" when deriving a count."""


def read_estimate(estimate: Estimate, *, literal: bool = False) -> tuple[Interval, str]:
    """The interval a figure is reconciled with, and a note when it differs from the bounds as written.

    "up to N" and "as many as N" (`NEAR_CEILING_HEDGES`) are read near their ceiling, ``[0.9N, N]``, unless
    ``literal`` is true; every other estimate is read exactly as written (`Interval.from_estimate`).

    >>> from centasia_claims import Estimate, Qualifier
    >>> at_most = Estimate(phrase="at most 40", qualifier=Qualifier.AT_MOST, high=40)
    >>> print(read_estimate(at_most)[0], read_estimate(at_most)[1] == "")
    (-∞, 40] True
    """
    interval = Interval.from_estimate(estimate)
    if literal or estimate.qualifier is not Qualifier.AT_MOST or estimate.high is None:
        return interval, ""
    phrase = " ".join(estimate.phrase.lower().split())
    hedge = next((hedge for hedge in NEAR_CEILING_HEDGES if phrase.startswith(hedge + " ")), None)
    if hedge is None:
        return interval, ""
    high = estimate.high
    near = Interval(low=high * NEAR_FRACTION, high=high, high_inclusive=estimate.high_inclusive)
    return near, f"read near its ceiling: {hedge!r} gives the figure at the top (as written: {interval})"


@attrs.frozen(kw_only=True)
class DerivedFigure:
    """The count a share implies: "more than half" of "several thousand" is ``(1500, 9999]``.

    Attributes:
        share: The claim that gives the share.
        whole: The claim whose figure it is a share of.
        phrase: Both phrases together, "more than half of several thousand".
        interval: The implied count.
        unit: The whole's unit.

    "More than half of ISIS-K's soldiers are Tajiks", and ISIS-K has "several thousand" soldiers:

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:iskp-tajik-fighters")
    >>> derived = result.figure("claim:tiny-tajikistan-iskp-more-than-half-tajik").derived
    >>> derived.phrase, str(derived.interval), derived.unit
    ('more than half of several thousand', '(1500, 9999]', 'people')
    >>> derived.whole
    'claim:tiny-tajikistan-iskp-several-thousand'
    """

    share: ClaimId
    whole: ClaimId
    phrase: str
    interval: Interval
    unit: str

    def __str__(self) -> str:
        return f"{self.phrase}: {self.interval} ({self.share} of {self.whole})"


def derive(
    *,
    share: ClaimId,
    share_phrase: str,
    share_interval: Interval,
    whole: ClaimId,
    whole_phrase: str,
    whole_interval: Interval,
    whole_unit: str,
) -> DerivedFigure | None:
    """The count a share implies, from intervals already read (the whole's may itself be derived).

    ``None`` when the share lies outside 0-100 percent ("more than 100 percent").
    """
    capped = share_interval.intersection(_SHARE_CAP)
    if capped is None:
        return None
    fraction = capped.scaled(0.01)
    if whole_interval.low is None:  # a count is never negative: multiply from 0, then keep the end open
        product = fraction.times(attrs.evolve(whole_interval, low=0, low_inclusive=True))
        product = attrs.evolve(product, low=None, low_inclusive=False)
    else:
        product = fraction.times(whole_interval)
    return DerivedFigure(
        share=share,
        whole=whole,
        phrase=f"{share_phrase} of {whole_phrase}",
        interval=product,
        unit=whole_unit,
    )


def derive_count(share: Claim, whole: Claim, *, literal: bool = False) -> DerivedFigure:
    """The count a share of another claim's figure implies, as an interval linked to both claims.

    A share lies within 0-100 percent of its whole, so an open end of the share becomes none or all of the
    whole ("more than half" is up to 100 percent, implied, not written); the whole's open ends stay open.
    Both figures are read as `read_estimate` reads them.

    Raises:
        ReconcileError: ``share`` is not a share of ``whole`` (``value.share_of`` names another claim or
            none), the share is not within 0-100 percent, ``whole`` has no figure, or ``whole`` is itself a
            share (derive that count first, or `reconcile`, which follows chains of shares).

    >>> from centasia_claims import Claim, Estimate, Qualifier, TextQuote
    >>> def claim(id_, phrase, value):
    ...     quote = TextQuote(exact=phrase, start=0, end=len(phrase))
    ...     return Claim(id=id_, source="source:x", quote=quote, statement=phrase, value=value)
    >>> soldiers = claim("claim:iskp", "several thousand",
    ...     Estimate(phrase="several thousand", qualifier=Qualifier.VAGUE, low=3000, high=9999))
    >>> tajiks = claim("claim:tajiks", "more than half", Estimate(phrase="more than half",
    ...     qualifier=Qualifier.MORE_THAN, unit="percent", low=50, share_of="claim:iskp"))
    >>> print(derive_count(tajiks, soldiers))
    more than half of several thousand: (1500, 9999] (claim:tajiks of claim:iskp)
    """
    value, whole_value = share.value, whole.value
    if value is None:
        raise ReconcileError(f"claim {share.id!r} gives no share of another claim: it has no value")
    if value.share_of is None:
        raise ReconcileError(
            f"claim {share.id!r} gives no share of another claim (value.share_of is not set): "
            "derive counts only from shares"
        )
    if value.share_of != whole.id:
        raise ReconcileError(
            f"claim {share.id!r} is a share of {value.share_of!r}, not of {whole.id!r}: "
            "pass the claim it names"
        )
    if whole_value is None:
        raise ReconcileError(f"claim {whole.id!r} gives no figure to take a share of: it has no value")
    if whole_value.share_of is not None:
        raise ReconcileError(
            f"claim {whole.id!r} is itself a share of {whole_value.share_of!r}: derive that count first, "
            "or reconcile the claims together"
        )
    share_interval = read_estimate(value, literal=literal)[0]
    derived = derive(
        share=share.id,
        share_phrase=value.phrase,
        share_interval=share_interval,
        whole=whole.id,
        whole_phrase=whole_value.phrase,
        whole_interval=read_estimate(whole_value, literal=literal)[0],
        whole_unit=whole_value.unit,
    )
    if derived is None:
        raise ReconcileError(
            f"claim {share.id!r}: the share {share_interval} is not within 0-100 percent of its whole"
        )
    return derived


@attrs.frozen(kw_only=True)
class Figure:
    """One claim's figure as reconciliation reads it.

    Attributes:
        claim: The claim's id.
        source: The source it is read in.
        phrase: The figure as written; for a share, "more than half of several thousand".
        interval: The values it admits as read, in ``unit``; ``None`` when set aside.
        unit: The unit of the interval (``"count"`` becomes the measure's unit).
        placement: Where it stands on the timeline.
        claimant: The root claimant: the first step of the attribution chain (the outlet when the source
            asserts it), followed up to the organization it speaks for; ``None`` when unnamed.
        claimant_name: How reasons name the claimant.
        derived: For a share, the count derived from its whole.
        note: How the phrase was read beyond its written bounds, if it was.
        set_aside: Why the figure is not compared with the others (another unit, a share without its
            whole, an increment), or ``None``.
        scope: What it counts: its claim's scope over its measure's (`scope_of`), or ``None`` when neither
            says.
        work: The canonical source of the work it is read in (a copy or translation is its original's work).
        occasion: The statement it reports, when several reports of one statement can be told apart: the
            claim's ``occasion``, or its root claimant and the day the statement was given ("Tajik
            government on 2017-09-28"); ``None`` otherwise.
        relay: Who passed the statement on to the reader (the last step of the chain, and the source);
            ``""`` when the claimant speaks in the source directly.
        stated: When the figure was given: its as-of date, else the day the quote says it was said, else
            the publication date; ``None`` when not known. Revisions are ordered by it.
        published: When its source gave it: a time phrase in the quote, else the publication date; ``None``
            when not known.
        rank: The place of its root claimant in the measure's authority order (0 is highest); ``None`` when
            the measure has no order. Origins not listed rank after every listed one.
        confirmed: Whether its claim is asserted and not reported as unconfirmed, hearsay or an allegation.
        stale: Why it is a relay that repeats an older figure ("stale relay"), or ``""``.
        update: For a revisable measure, whether its quote says the count moved to it that day: ``1`` when it
            rose ("has risen to 93", "raised the toll to"), ``-1`` when it fell ("revised down to", "снизилось
            до"), ``0`` otherwise (`UPDATE_WORDS`). Such a figure is a new statement, given after the figures
            of its origin that day that it moved past.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> result = reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
    >>> figure = result.figure("claim:rferl-authorities-up-to-1000")
    >>> print(figure)
    2016-01: up to 1,000 -> [900, 1000] [claim:rferl-authorities-up-to-1000, per Tajik government]
    >>> figure.claimant
    'org:tajik-government'
    >>> print(figure.note)
    read near its ceiling: 'up to' gives the figure at the top (as written: (-∞, 1000])
    """

    claim: ClaimId
    source: SourceId
    phrase: str
    interval: Interval | None
    unit: str
    placement: Placement
    claimant: EntityId | None
    claimant_name: str
    derived: DerivedFigure | None = None
    note: str = ""
    set_aside: str | None = None
    scope: Scope | None = None
    work: SourceId | None = None
    occasion: str | None = None
    relay: str = ""
    stated: Placement | None = None
    published: Placement | None = None
    rank: int | None = None
    confirmed: bool = True
    stale: str = ""
    update: int = 0

    @property
    def said(self) -> Placement:
        """When the figure was given (`stated`), or where it stands on the timeline when that is not known."""
        return self.placement if self.stated is None else self.stated

    @property
    def label(self) -> str:
        """The phrase and where it stands, as reasons name a figure: "up to 1,000 (2016-01)"."""
        return f"{self.phrase} ({self.placement.label})"

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        shown = str(self.interval) if self.set_aside is None else f"set aside: {self.set_aside}"
        return f"{self.placement}: {self.phrase} -> {shown} [{self.claim}, per {self.claimant_name}]"


register_result(DerivedFigure)
register_result(Figure, label=lambda figure: figure.label)
