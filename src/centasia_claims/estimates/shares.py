"""Relative figures: the count a share of another figure implies, as an interval linked to both claims.

"ISIS-K is believed to have several thousand soldiers, more than half of whom are Tajiks": the share (more
than 50 percent) of the whole (3,000 to 9,999) implies more than 1,500 and at most 9,999 Tajiks. An open
upper bound of a share is 100 percent here: a part never exceeds its whole.

>>> from centasia_claims import apply_share, parse_estimate
>>> implied = apply_share(parse_estimate("more than half"), parse_estimate("several thousand"))
>>> implied.qualifier.value, implied.low, implied.low_inclusive, implied.high
('vague', 1500.0, False, 9999.0)
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model.estimate import PERCENT, Estimate, Qualifier
from centasia_claims.model.ids import ClaimId

if TYPE_CHECKING:
    from centasia_claims.model.claims import Claim

__all__ = ["ImpliedFigure", "apply_share", "implied_figure"]

_WHOLE: Final = Fraction(100)
_SIMPLE: Final = 1_000_000  # the largest denominator of a written share or figure ("a seventh", "8.25%")


@attrs.frozen(kw_only=True)
class ImpliedFigure:
    """A count implied by a share of another claim's figure, with the two claims it rests on.

    Attributes:
        estimate: The implied count, an interval (see `apply_share`).
        share: The claim giving the share ("more than half of whom").
        whole: The claim giving the figure it is a share of ("several thousand soldiers").
        reason: How it was derived, in words.
    """

    estimate: Estimate
    share: ClaimId
    whole: ClaimId
    reason: str


def _exact(value: float) -> Fraction:
    """The simplest fraction that is this float: 0.1 is one tenth and 33.333333333333336 one third."""
    simple = Fraction(value).limit_denominator(_SIMPLE)
    return simple if float(simple) == value else Fraction(repr(value))


def _bounds(
    estimate: Estimate, *, high_default: Fraction | None
) -> tuple[Fraction, bool, Fraction | None, bool]:
    """An estimate's ends and whether each is included; an open low end is 0 (counts are never negative)."""
    low = Fraction(0) if estimate.low is None else _exact(estimate.low)
    high = high_default if estimate.high is None else _exact(estimate.high)
    low_inclusive = estimate.low is None or estimate.low_inclusive
    high_inclusive = estimate.high is None or estimate.high_inclusive
    return low, low_inclusive, high, high_inclusive


def apply_share(share: Estimate, whole: Estimate) -> Estimate:
    """The count that ``share`` (in percent) of ``whole`` implies, multiplying their intervals exactly.

    Exact times exact is exact. Otherwise the result keeps each end's inclusion (an end is included only if
    both ends it comes from are); it is vague if either figure is vague, a range if both ends are bounded,
    else a lower bound. An open upper bound of the share is 100 percent; an open upper bound of the whole
    stays open.

    Raises:
        InvalidValueError: ``share`` is not in percent, ``whole`` is, or either lists values.

    >>> from centasia_claims import parse_estimate
    >>> apply_share(parse_estimate("half"), parse_estimate("1,000")).point
    500.0
    >>> apply_share(parse_estimate("more than 60%"), parse_estimate("over 1,000")).qualifier.value
    'more_than'
    """
    if share.unit != PERCENT:
        raise InvalidValueError(
            "unit", f"a share must be in percent (got {share.unit!r} in {share.phrase!r})"
        )
    if whole.unit == PERCENT:
        raise InvalidValueError("unit", f"a share of a share is not a count ({whole.phrase!r} is in percent)")
    if share.values or whole.values:
        raise InvalidValueError("values", "a list of figures has no single share or whole")
    implied = Estimate(
        phrase=f"{share.phrase} of {whole.phrase}",
        qualifier=Qualifier.EXACT,
        unit=whole.unit,
        low=0.0,
        high=0.0,
        point=0.0,
        additive=whole.additive,
        hedged=share.hedged or whole.hedged,
    )
    if share.qualifier is Qualifier.EXACT and whole.qualifier is Qualifier.EXACT:
        value = float(_exact(share.point or 0.0) * _exact(whole.point or 0.0) / _WHOLE)
        return attrs.evolve(implied, low=value, high=value, point=value)
    share_low, share_low_in, share_high, share_high_in = _bounds(share, high_default=_WHOLE)
    whole_low, whole_low_in, whole_high, whole_high_in = _bounds(whole, high_default=None)
    low = share_low * whole_low / _WHOLE
    low_inclusive = (share_low_in and whole_low_in) or low == 0
    high = None if whole_high is None or share_high is None else share_high * whole_high / _WHOLE
    high_inclusive = share_high_in and whole_high_in
    if Qualifier.VAGUE in (share.qualifier, whole.qualifier):
        qualifier = Qualifier.VAGUE
    elif high is None:
        qualifier = Qualifier.AT_LEAST if low_inclusive else Qualifier.MORE_THAN
    else:
        qualifier = Qualifier.RANGE
    return attrs.evolve(
        implied,
        qualifier=qualifier,
        low=float(low),
        high=None if high is None else float(high),
        point=None,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
    )


def implied_figure(share: Claim, whole: Claim) -> ImpliedFigure:
    """The count implied by the share claim of the whole claim, linked to both.

    Raises:
        InvalidValueError: A claim has no figure, or the share names another claim in ``share_of``.
    """
    if share.value is None or whole.value is None:
        missing = share.id if share.value is None else whole.id
        raise InvalidValueError("value", f"claim {missing!r} gives no figure")
    if share.value.share_of is not None and share.value.share_of != whole.id:
        raise InvalidValueError(
            "share_of", f"{share.id!r} is a share of {share.value.share_of!r}, not of {whole.id!r}"
        )
    estimate = apply_share(share.value, whole.value)
    high = "open" if estimate.high is None else f"{estimate.high:,.0f}"
    reason = (
        f"{share.value.phrase!r} ({share.id}) of {whole.value.phrase!r} ({whole.id}) implies "
        f"{estimate.low:,.0f} to {high}"
    )
    return ImpliedFigure(estimate=estimate, share=share.id, whole=whole.id, reason=reason)
