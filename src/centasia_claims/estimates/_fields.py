"""`estimate_fields`: what `parse_estimate` reads, as plain fields or an error line, for columns of phrases.

A column reader wants each phrase's fields, or the reason it was refused, and never an exception per row.
`estimate_fields` is `parse_estimate` itself (the shortcut for phrases of a common shape, then the whole
grammar), with the fields of its `Estimate` as a tuple and a refusal as the first line of its `ParseError`,
so the two can never read a phrase differently.

>>> fields = estimate_fields("about 300 people")
>>> fields.qualifier, fields.low, fields.high, fields.point, fields.unit, fields.error
('approximate', 270.0, 330.0, 300.0, 'people', None)
>>> estimate_fields("Group 24").error
"'Group 24' is an identifier, not a figure at 0-8"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.errors import ParseError
from centasia_claims.estimates._fast import read_simple
from centasia_claims.estimates._parse import parse_full

if TYPE_CHECKING:
    from centasia_claims.model import Estimate

__all__ = ["EstimateFields", "estimate_fields"]


class EstimateFields(NamedTuple):
    """The fields `parse_estimate` gives a phrase, or the error it raises; see `estimate_fields`.

    Every field but ``error`` is ``None`` (``()`` for the tuples) when the phrase is refused; ``error`` is
    ``None`` when it is read.

    >>> EstimateFields._fields[:5]
    ('low', 'high', 'point', 'qualifier', 'unit')
    """

    low: float | None
    high: float | None
    point: float | None
    qualifier: str | None
    """The `Qualifier` value, such as ``"at_most"``."""
    unit: str | None
    low_inclusive: bool | None
    high_inclusive: bool | None
    values: tuple[float, ...]
    per: str | None
    additive: bool | None
    hedged: bool | None
    unread: tuple[str, ...]
    error: str | None
    """The first line of the `ParseError`: what was wrong, at which code point offsets."""

    @classmethod
    def of(cls, estimate: Estimate) -> EstimateFields:
        """The fields of an `Estimate` (``qualifier`` as its value, no error).

        >>> from centasia_claims import parse_estimate
        >>> EstimateFields.of(parse_estimate("up to 1,000")).high
        1000.0
        """
        return cls(
            estimate.low,
            estimate.high,
            estimate.point,
            estimate.qualifier.value,
            estimate.unit,
            estimate.low_inclusive,
            estimate.high_inclusive,
            estimate.values,
            estimate.per,
            estimate.additive,
            estimate.hedged,
            estimate.unread,
            None,
        )


def _refused(error: ParseError) -> EstimateFields:
    """The fields of a refused phrase: the first line of the error, as `ParseError` renders it."""
    start, end = error.span
    location = f"{start}-{end}" if end > start else str(start)
    line = f"{error.message} at {location}"
    return EstimateFields(None, None, None, None, None, None, None, (), None, None, None, (), line)


def estimate_fields(text: str, *, unit: str | None = None, language: str | None = None) -> EstimateFields:
    """Read ``text`` as `parse_estimate` does, and give the fields, or the error, without raising it.

    The fields equal those of the `Estimate` `parse_estimate` returns (``qualifier`` as its value); a
    phrase it refuses gives the first line of its `ParseError` in ``error``. For reading columns of
    phrases, where no exception per row is wanted (`centasia_claims.batch.parse_estimates`).

    >>> estimate_fields("up to 1,000", unit="people")[:7]
    (None, 1000.0, None, 'at_most', 'people', True, True)
    >>> estimate_fields("about 300 and 400").error
    'found 2 number phrases where one was expected; pass one phrase at a time at 14-17'
    """
    simple = read_simple(text, language, unit)
    if simple is not None:
        return EstimateFields.of(simple)
    try:
        return EstimateFields.of(parse_full(text, unit=unit, language=language, strict=False))
    except ParseError as error:
        return _refused(error)
