"""`estimate_fields`: what `parse_estimate` reads, as plain fields or an error line, for columns of phrases.

A column reader turns each `Estimate` into its fields at once, so building and validating one per phrase is
work thrown away. `estimate_fields` reads a phrase exactly as `parse_estimate` does and returns the fields;
whether figures make a valid `Estimate` is decided by the model itself, once for each combination of the
properties its rules read (the qualifier, which bounds are given and how they compare, the inclusive ends,
a share above 100 percent, a negative or non-finite figure), and remembered. A refused phrase gives the
first line of the `ParseError` `parse_estimate` raises.

>>> fields = estimate_fields("about 300 people")
>>> fields.qualifier, fields.low, fields.high, fields.point, fields.unit, fields.error
('approximate', 270.0, 330.0, 300.0, 'people', None)
>>> estimate_fields("Group 24").error
"'Group 24' is an identifier, not a figure at 0-8"
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates._build import to_estimate
from centasia_claims.estimates._parse import _NOTHING as NOTHING
from centasia_claims.estimates._scan import scan
from centasia_claims.model import PERCENT, Qualifier

if TYPE_CHECKING:
    from centasia_claims.estimates._build import Reading
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


_VALID: set[tuple[object, ...]] = set()
"""Combinations of the properties the rules of `Estimate` read that the model has accepted."""
_VALID_MAX = 4096


def _failed(message: str, text: str, start: int, end: int) -> EstimateFields:
    """The fields of a refused phrase: the error line as `ParseError` renders it (offsets clamped alike)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    location = f"{start}-{end}" if end > start else str(start)
    error = f"{message} at {location}"
    return EstimateFields(None, None, None, None, None, None, None, (), None, None, None, (), error)


def _of(estimate: Estimate) -> EstimateFields:
    return EstimateFields(
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


def _compare(a: float | None, b: float | None) -> int | None:
    return None if a is None or b is None else (a > b) - (a < b)


def _shape(
    reading: Reading, unit: str, low: float | None, high: float | None, point: float | None
) -> tuple[object, ...]:
    """The properties of figures that the rules of `Estimate` read, and nothing else."""
    given = [value for value in (low, high, point) if value is not None]
    return (
        reading.qualifier,
        low is None,
        high is None,
        point is None,
        reading.low_inclusive,
        reading.high_inclusive,
        _compare(low, high),
        _compare(point, low),
        _compare(point, high),
        all(math.isfinite(value) and value >= 0 for value in given),
        unit == PERCENT and any(value > 100 for value in given),
    )


def _read(reading: Reading, phrase: str, unit: str | None) -> EstimateFields:
    """The fields of one reading: the model is asked only about combinations it has not yet accepted.

    Raises:
        InvalidValueError: The figures break a rule of `Estimate`.
    """
    if reading.values:  # an enumeration: rare, and read as the model reads it
        return _of(to_estimate(reading, phrase, unit))
    stated = reading.unit or unit or "count"
    high = reading.high
    if stated == PERCENT and reading.qualifier is Qualifier.APPROXIMATE and high is not None:
        high = min(high, 100)
    low = None if reading.low is None else float(reading.low)
    top = None if high is None else float(high)
    point = None if reading.point is None else float(reading.point)
    shape = _shape(reading, stated, low, top, point)
    if shape not in _VALID:
        estimate = to_estimate(reading, phrase, unit)
        if len(_VALID) < _VALID_MAX:
            _VALID.add(shape)
        return _of(estimate)
    return EstimateFields(
        low,
        top,
        point,
        reading.qualifier.value,
        stated,
        reading.low_inclusive,
        reading.high_inclusive,
        (),
        reading.per,
        reading.additive,
        reading.hedged,
        reading.unread,
        None,
    )


def estimate_fields(text: str, *, unit: str | None = None, language: str | None = None) -> EstimateFields:
    """Read ``text`` as `parse_estimate` does, and give the fields, or the error, without raising it.

    The fields equal those of the `Estimate` `parse_estimate` returns (``qualifier`` as its value); a
    phrase it refuses gives the first line of its `ParseError` in ``error``. For reading columns of
    phrases, where no `Estimate` object is wanted (`centasia_claims.batch.parse_estimates`).

    >>> estimate_fields("up to 1,000", unit="people")[:7]
    (None, 1000.0, None, 'at_most', 'people', True, True)
    >>> estimate_fields("about 300 and 400").error
    'found 2 number phrases where one was expected; pass one phrase at a time at 14-17'
    """
    scanned = scan(text, language)
    if scanned.rejects:
        reject = scanned.rejects[0]
        return _failed(reject.message, text, *scanned.offsets(reject.start, reject.end))
    readings = scanned.readings
    if len(readings) == 1:
        reading = readings[0]
        try:
            return _read(reading, text.strip(), unit)
        except InvalidValueError as error:
            start, end = scanned.offsets(reading.start, reading.end)
            return _failed(f"not a valid figure: {error}", text, start, end)
    if readings:
        start, end = scanned.offsets(readings[1].start, readings[1].end)
        message = f"found {len(readings)} number phrases where one was expected; pass one phrase at a time"
        return _failed(message, text, start, end)
    return _failed(NOTHING, text, 0, len(text))
