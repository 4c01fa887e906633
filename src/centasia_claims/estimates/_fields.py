"""`estimate_fields`: what `parse_estimate` reads, as plain fields or an error line, for columns of phrases.

A column reader wants each phrase's fields, or the reason it was refused, and never an exception per row.
`estimate_fields` runs `parse_estimate`'s own steps (the shortcut for phrases of a common shape, then the
whole grammar, `read_full`), so the two can never read a phrase differently; only the last step differs: the
fields go into a tuple instead of an `Estimate` (whose rules are still checked, once for each `shape` of
figures, as `build` checks them), and a refusal becomes the first line its `ParseError` would have, with no
exception raised.

>>> fields = estimate_fields("about 300 people")
>>> fields.qualifier, fields.low, fields.high, fields.point, fields.unit, fields.error
('approximate', 270.0, 330.0, 300.0, 'people', None)
>>> estimate_fields("Group 24").error
"'Group 24' is an identifier, not a figure at 0-8"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.estimates._build import accepted, build, made, shape, to_estimate
from centasia_claims.estimates._fast import read_simple
from centasia_claims.estimates._parse import Refusal, number_format, read_full

if TYPE_CHECKING:
    from centasia_claims.estimates._build import Reading
    from centasia_claims.model import Estimate, Qualifier

__all__ = ["EstimateFields", "estimate_fields", "plain_fields", "refused", "to_fields"]


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


_new = tuple.__new__


def plain_fields(  # noqa: PLR0917 (positional, as `build` takes them: called on every phrase read)
    phrase: str,
    qualifier: Qualifier,
    unit: str,
    low: float | None,
    high: float | None,
    point: float | None,
    low_inclusive: bool,  # noqa: FBT001 (the properties, in the order of the model's fields)
    high_inclusive: bool,  # noqa: FBT001
    per: str | None = None,
    additive: bool = False,  # noqa: FBT001, FBT002
    hedged: bool = False,  # noqa: FBT001, FBT002
    unread: tuple[str, ...] = (),
) -> EstimateFields:
    """The fields of the `Estimate` `build` makes of these, made only for a `shape` not yet accepted.

    Raises:
        InvalidValueError: The figures break a rule of `Estimate` (as `build` raises it).
    """
    if not accepted(shape(qualifier, low_inclusive, high_inclusive, phrase, unit, low, high, point)):
        build(
            phrase,
            qualifier,
            unit,
            low,
            high,
            point,
            low_inclusive,
            high_inclusive,
            per,
            additive,
            hedged,
            unread,
        )
    found = (
        low,
        high,
        point,
        qualifier.value,
        unit,
        low_inclusive,
        high_inclusive,
        (),
        per,
        additive,
        hedged,
        unread,
        None,
    )
    return _new(EstimateFields, found)


def to_fields(reading: Reading, phrase: str, unit: str | None) -> EstimateFields:
    """The fields of `to_estimate`'s `Estimate` of a reading (an enumeration's is made, to read them)."""
    if reading.values:
        return EstimateFields.of(to_estimate(reading, phrase, unit))
    return made(reading, phrase, unit, plain_fields)


def refused(text: str, refusal: Refusal) -> EstimateFields:
    """The fields of a refused phrase: the first line of its `ParseError` (offsets kept within the text)."""
    start = max(0, min(refusal.start, len(text)))
    end = max(start, min(refusal.end, len(text)))
    location = f"{start}-{end}" if end > start else str(start)
    line = f"{refusal.message} at {location}"
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
    fmt = number_format(text, language)
    simple = read_simple(text, language, unit, fmt=fmt, make=plain_fields)
    if simple is not None:
        return simple
    found = read_full(text, fmt, unit, to_fields, strict=False)
    return refused(text, found) if isinstance(found, Refusal) else found
