"""`parse_estimate`: one number phrase, as news writes it, read into an `Estimate` by the convention.

The convention (``docs/estimates.md``): the qualifier records the hedge that is written; open bounds stay
open; "about N" is 0.9N-1.1N and "nearly N" 0.9N-N, computed exactly; a hedge on a range does not widen it;
scale words apply to both ends of a range; shares are in percent; money keeps its currency as the unit.

>>> from centasia_claims import parse_estimate
>>> e = parse_estimate("around 1.3 million")
>>> e.qualifier.value, e.low, e.high, e.point
('approximate', 1170000.0, 1430000.0, 1300000.0)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypeVar

from centasia_claims.errors import InvalidValueError, ParseError
from centasia_claims.estimates._build import to_estimate
from centasia_claims.estimates._fast import read_simple
from centasia_claims.estimates._formats import AUTO, Format, format_of
from centasia_claims.estimates._scan import Scanned, scan

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.estimates._build import Reading
    from centasia_claims.model import Estimate

__all__ = ["Refusal", "converted", "decide", "number_format", "parse_estimate", "parse_full", "read_full"]

T = TypeVar("T")

_NOTHING = (
    "no number phrase found: expected a figure such as '300', 'about 1,000', '45-50%', 'more than half' "
    "or 'several thousand'"
)


def parse_estimate(
    text: str, *, unit: str | None = None, language: str | None = None, strict: bool = False
) -> Estimate:
    """Read the one number phrase in ``text`` into an `Estimate`.

    Words around the phrase ("killed 145", "1,141 Tajik nationals") are allowed and kept in ``phrase``,
    which is ``text`` stripped; they do not change the reading. The unit is the one the phrase states
    ("%", "$", "years", "people", "twice"), else ``unit``, else ``"count"``.

    Args:
        text: The phrase, such as ``"up to 1,000"``, ``"an estimated 45-50%"`` or ``"$100 a month"``.
        unit: The unit to use when the phrase states none, such as ``"people"``.
        language: The BCP 47 tag of the text's language (``"ru"``, ``"tg"``, ``"de"``), which says how it
            writes numbers ("2.750" is 2,750 in German, "2,5" is 2.5 in Russian). Words of every language
            the reader knows are read whatever the tag. With none, English number format is assumed, a
            Cyrillic text is read with the Russian separators, and a form that reads two ways is refused.
        strict: Refuse a phrase with something unread (`Estimate.unread`) rather than return it.

    Returns:
        The estimate, with bounds, point and qualifier by the convention.

    Raises:
        ParseError: The text holds no number phrase, or more than one; or something in it looks like a
            number but is a date, an ordinal, an identifier, an idiom or a malformed number ("1992-97",
            "2nd right", "Group 24", "double whammy", "1,2"), or reads two ways ("2.750" with no
            language), or (with ``strict``) has a word before it the reader does not know. The error names
            the text and the span.

    >>> e = parse_estimate("up to 1,000", unit="people")
    >>> e.qualifier.value, e.unit, e.low, e.high, e.high_inclusive
    ('at_most', 'people', None, 1000.0, True)
    >>> parse_estimate("$100 a month").per
    'month'
    >>> parse_estimate("около 1,5 тыс. человек", language="ru").point
    1500.0
    >>> parse_estimate("2.750 vittime", language="it").point
    2750.0
    >>> parse_estimate("smoe 1,200").unread
    ('smoe',)
    >>> parse_estimate("Protocol 32-20")
    Traceback (most recent call last):
    ...
    centasia_claims.errors.ParseError: 'Protocol 32' is an identifier, not a figure at 0-11:
      Protocol 32-20
      ^^^^^^^^^^^
    """
    fmt = AUTO if language is None and text.isascii() else format_of(language, text)[0]  # `number_format`
    simple = read_simple(text, language, unit, strict=strict, fmt=fmt)
    if simple is not None:
        return simple
    found = read_full(text, fmt, unit, to_estimate, strict=strict)
    if isinstance(found, Refusal):
        raise ParseError(found.message, text=text, start=found.start, end=found.end)
    return found


def number_format(text: str, language: str | None) -> Format:
    """The number format ``text`` is read with, in ``language`` (`format_of`, English for ASCII and none)."""
    return AUTO if language is None and text.isascii() else format_of(language, text)[0]


def parse_full(text: str, *, unit: str | None, language: str | None, strict: bool) -> Estimate:
    """`parse_estimate` by the whole grammar, without the shortcut for phrases of a common shape."""
    found = read_full(text, number_format(text, language), unit, to_estimate, strict=strict)
    if isinstance(found, Refusal):
        raise ParseError(found.message, text=text, start=found.start, end=found.end)
    return found


class Refusal(NamedTuple):
    """Why the grammar refuses a text: the `ParseError` message and its code point offsets."""

    message: str
    start: int
    end: int


def read_full(
    text: str,
    fmt: Format,
    unit: str | None,
    convert: Callable[[Reading, str, str | None], T],
    *,
    strict: bool,
) -> T | Refusal:
    """The one phrase of ``text`` read by the whole grammar and given to ``convert``, or why it is refused.

    ``convert`` makes the result of the reading, the phrase and ``unit`` (`to_estimate`), raising
    `InvalidValueError` where the figures break a rule of `Estimate`. The first look-alike in the text
    decides a refusal, so the scan stops there.
    """
    return decide(scan(text, fmt=fmt, until_reject=True), text, unit, convert, strict=strict)


def decide(
    scanned: Scanned,
    text: str,
    unit: str | None,
    convert: Callable[[Reading, str, str | None], T],
    *,
    strict: bool,
) -> T | Refusal:
    """`read_full` of a text already scanned (up to its first look-alike)."""
    readings = scanned.readings
    if scanned.rejects:
        reject = scanned.rejects[0]
        return Refusal(reject.message, *scanned.offsets(reject.start, reject.end))
    if len(readings) == 1:
        reading = readings[0]
        if strict and reading.unread:
            listed = ", ".join(repr(word) for word in reading.unread)
            message = f"unread before or at the figure: {listed}; teach the tables the word or correct it"
            return Refusal(message, *scanned.offsets(max(reading.start - 1, 0), reading.end))
        return converted(reading, text, unit, convert, scanned.offsets(reading.start, reading.end))
    if readings:
        message = f"found {len(readings)} number phrases where one was expected; pass one phrase at a time"
        return Refusal(message, *scanned.offsets(readings[1].start, readings[1].end))
    return Refusal(_NOTHING, 0, len(text))


def converted(
    reading: Reading,
    text: str,
    unit: str | None,
    convert: Callable[[Reading, str, str | None], T],
    span: tuple[int, int],
) -> T | Refusal:
    """``convert`` of the one reading of ``text`` (at the code point offsets ``span``), or its refusal."""
    try:
        return convert(reading, text.strip(), unit)
    except InvalidValueError as error:
        return Refusal(f"not a valid figure: {error}", *span)
