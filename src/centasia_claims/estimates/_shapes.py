"""`estimate_fields_each`: many phrases read as `estimate_fields` reads each, the grammar read once per shape.

News repeats a few hundred shapes of phrase around ever new figures ("about 300 fighters", "about 412
fighters"): with the digits masked, 40,000 distinct phrases of the labelled sets are some 400 shapes. Each
phrase is first tried by the shortcut for common shapes, as `estimate_fields` does, with what the shortcut
reads of the shape alone (where its expression finds the figures, what its words give: `shaped`) known once
per shape (`read_shaped`); a phrase it leaves to the whole grammar is looked up by its *shape*, and the
grammar is run once for each shape, traced (`_traced`), and the result filled in with each later phrase's
digits. Shapes are remembered in the process (up to `SHAPES`, texts up to `LONGEST` code points).

How a shape is keyed, and why a filled-in result equals the grammar's:

- **Key**: the text with every ASCII digit written ``0`` (so each run of digits keeps its length, its
  separators and its place; every token, word and offset is the same), the language, and per number token
  the *facts* the grammar reads from the digits' text rather than from their value (below). A phrase with a
  digit of another script, or a number the language cannot read or reads two ways (a ``problem``, whose
  message computes both readings), goes to the grammar as before.
- **Guards**: while a shape is read, each token's value reaches the grammar as a `Traced` figure, which notes
  every comparison made of it (with a constant or another figure: "runs downwards", "too large", a day of the
  month, "1 in 5" needing the whole above the part, the far end's scale taken by the near end ...) and its
  outcome. A later phrase reuses the reading only where every such comparison comes out the same for its
  values; otherwise it is read, traced, as a variant of the shape (at most `VARIANTS` per key).
- **Fill-in**: a figure of the reading is a token's value times an exact factor (the trace proves which;
  anything but multiplication by a constant, such as "1 in 5" dividing by it or "2 млн 300 тыс." adding two
  figures, leaves the shape to the grammar). The new reading's figures are the new values (read from the
  digits by `number_value`, as `read_digits` reads them) times the same factors; the reading is then made into
  fields by the grammar's own last step (`converted`: the model's rules, the 100 percent cap, the refusal
  "not a valid figure"), so nothing of the convention is computed anew.
- **Refusals**: the offsets are those of the shape; a message that quotes the text (``'Group 24' is an
  identifier``) has the quote's digits written with the new phrase's digits of the refused span, where the
  quote holds exactly those digits in order and no escape; a message with no digit is kept; any other
  message leaves the shape to the grammar.
- **Check**: a variant is kept only where its fill-in gives back, for the phrase it was learned from, exactly
  what `estimate_fields` gives.

The argument rests on two things, which the audit below and the tests hold: the grammar reads the value of
a number token only through ``read_digits`` (and so as a `Traced` figure while traced), its text only in the
places listed below; and a `Traced` figure behaves as its value in every operation it allows.

The audit: every place the grammar reads digits (``test_shapes`` lists every place that reads a token's
text or a figure's value, and fails on a new one until it is audited here), and what covers it:

- the tokenizer's runs, separators, spaced groups and suffixes: the mask (lengths, separators, letters kept);
- ``canonical`` (grouping, well-formedness, "2.750" read two ways, which turns on a leading digit and
  computes both readings into the message): the mask; a token with a ``problem`` is never filled in;
- ``read_digits`` turning the digits into a number: `Traced` (the grammar's use of the value) and
  `number_value` (the fill-in's, the same function); longer than 24 characters: the mask;
- ``year_like`` (four characters, 1000 to 2099: "2015" is a date, "1992-97" a date range): a fact per token;
- ``CLOCK`` ("в 10.30" is a time of day): a fact per token;
- a case ending after a hyphen on the digits ("2-х тысяч", "от 3-х до 5-ти лет"): the mask (the letters and
  the hyphen are kept, ``cased`` counts tokens only);
- a day of the month (``<= 31`` beside a month name), the ends of a range (runs downwards, equal ends), the
  first end of a Russian, Tajik or regional range of year-like figures (before 1900 it is a count), the
  largest count (``MAX_VALUE``), the near end taking the far end's scale ("3-4 million"), "1 in N" needing
  the whole above the part and "half" needing one, "every N" above one: guards;
- a share of digits ("1 in 5" divides 100 by the whole), "and a half", a next group ("2 млн 300 тыс."):
  unsound traces, read by the grammar;
- ``convert``'s whole years: asked of spelled durations only (no figure in digits is looked at);
- hedges, scale words and suffixes, durations converted: the factor of each `Traced` figure;
- the percent cap, the model's rules and "not a valid figure": run again on the new figures (`converted`);
- a number token's text looked up in a word table: no table key holds an ASCII digit (a test holds it);
- messages quoting the refused span or a token (``'Group 24'``, ``'2nd'``): the quote's digits rewritten;
- ``Reading.unread`` holding a footnote marker's digits ("1,141[3]"): never filled in;
- a figure's type: ``_build._times`` takes an int apart only to compute the same value faster (a `Traced`
  figure takes the other branch, to the same value), ``_cardinals._fits`` sees number words only.

>>> rows = estimate_fields_each(["Group 24", "Group 31", "3-4m people", "5-7m people"])
>>> [row.error or (row.low, row.high) for row in rows]  # doctest: +NORMALIZE_WHITESPACE
["'Group 24' is an identifier, not a figure at 0-8", "'Group 31' is an identifier, not a figure at 0-8",
 (3000000.0, 4000000.0), (5000000.0, 7000000.0)]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from centasia_claims.estimates._build import Reading
from centasia_claims.estimates._cardinals import number_value, year_like
from centasia_claims.estimates._context import CLOCK
from centasia_claims.estimates._fast import read_shaped, shaped
from centasia_claims.estimates._fields import (
    EstimateFields,
    estimate_fields,
    plain_fields,
    refused,
    to_fields,
)
from centasia_claims.estimates._formats import canonical
from centasia_claims.estimates._parse import Refusal, converted, decide, number_format
from centasia_claims.estimates._scan import scan
from centasia_claims.estimates._tokens import NUM, tokenize
from centasia_claims.estimates._traced import OPERATORS, Guard, Traced, tracing

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from centasia_claims.estimates._cardinals import Number
    from centasia_claims.estimates._formats import Format

__all__ = ["LONGEST", "SHAPES", "VARIANTS", "estimate_fields_each"]

SHAPES: Final = 20_000
"""The most shapes remembered (in this process); past it, a new shape is read by the grammar each time."""
LONGEST: Final = 200
"""The longest text (in code points) read by its shape; a longer one is read by `estimate_fields` alone, so
the shapes remembered stay small whatever the column holds."""
VARIANTS: Final = 16
"""The most variants of one shape and facts (guards that came out otherwise); past it, the grammar reads."""

_MASK: Final = bytes.maketrans(b"123456789", b"000000000")
"""Every ASCII digit written 0, in the text's UTF-8 bytes (no byte of another character is below 0x80; a lone
surrogate is passed as one would be encoded)."""
_OTHER_DIGITS: Final = re.compile(r"(?![0-9])\d")
_DIGITS: Final = frozenset("0123456789")

Values = dict[int, "Number"]
"""Each number token's value, by token index."""


class _Variant(NamedTuple):
    guards: tuple[Guard, ...]
    fill: Callable[[str, Values], EstimateFields]


class _Shape:
    """One shape: its number format, whether the shortcut reads it, its number tokens, its variants."""

    __slots__ = ("clocks", "fmt", "foreign", "runs", "simple", "variants", "years")

    def __init__(self, text: str, fmt: Format) -> None:
        self.fmt = fmt
        self.foreign = not text.isascii() and _OTHER_DIGITS.search(text) is not None
        self.simple = shaped(text, fmt)
        self.runs: tuple[tuple[int, int, int], ...] | None = None
        """Each number token's index and the offsets of its digits; made when first needed."""
        self.variants: dict[tuple[bool, ...], list[_Variant] | None] = {}
        self.years: tuple[tuple[int, int, int], ...] = ()
        self.clocks: tuple[tuple[int, int, int], ...] = ()

    def tokens(self, text: str) -> tuple[tuple[int, int, int], ...]:
        """The number tokens of the shape, as the tokenizer cuts ``text`` (any text of the shape)."""
        runs = tuple(
            (index, token.start, token.start + len(token.text))
            for index, token in enumerate(tokenize(text, self.fmt))
            if token.kind == NUM
        )
        # `year_like` is false but for four characters, `CLOCK` matches none without a dot: the other tokens
        # have these facts false whatever their digits, so they are asked only of these.
        self.years = tuple(run for run in runs if run[2] - run[1] == _YEAR_CHARACTERS)
        self.clocks = tuple(run for run in runs if "." in text[run[1] : run[2]])
        self.runs = runs
        return runs

    def read(self, text: str) -> tuple[Values, tuple[bool, ...]] | None:
        """The value of each number token of ``text``, and their facts; ``None`` where one has a problem."""
        runs = self.runs or self.tokens(text)
        values: Values = {}
        fmt = self.fmt
        for index, start, end in runs:
            number = text[start:end]
            if number.isdigit():
                values[index] = int(number)  # `number_value` of plain digits
                continue
            digits, _grouped, problem = canonical(number, fmt)
            if problem:
                return None
            values[index] = number_value(digits)
        if not (self.years or self.clocks):
            return values, ()
        facts = [year_like(text[start:end], values[index]) for index, start, end in self.years]
        facts.extend(CLOCK.fullmatch(text[start:end]) is not None for _index, start, end in self.clocks)
        return values, tuple(facts)


_SHAPES: Final[dict[tuple[bytes, str | None], _Shape]] = {}
_YEAR_CHARACTERS: Final = 4


def estimate_fields_each(texts: Iterable[str], *, language: str | None = None) -> list[EstimateFields]:
    """`estimate_fields` of each text, reading the grammar once for each shape of phrase among them.

    Equal, row for row, to ``[estimate_fields(text, language=language) for text in texts]`` (a property
    test over the labelled sets with their digits redrawn holds it to that), and faster where many phrases
    share a shape: a column of news figures, where the same words come around ever new digits. Shapes are
    remembered in the process (up to `SHAPES`), so later calls reuse them.

    >>> [row.point for row in estimate_fields_each(["killed 145 people", "killed 61 people"])]
    [145.0, 61.0]
    """
    return [_one(text, language) for text in texts]


def _one(text: str, language: str | None) -> EstimateFields:
    if len(text) > LONGEST:
        return estimate_fields(text, language=language)
    key = (text.encode(errors="surrogatepass").translate(_MASK), language)
    shape = _SHAPES.get(key)
    if shape is None:
        shape = _Shape(text, number_format(text, language))
        if len(_SHAPES) < SHAPES:
            _SHAPES[key] = shape
    if shape.foreign:  # digits of another script (kept in the key, so the same for the whole shape)
        return estimate_fields(text, language=language)
    fmt = shape.fmt
    if shape.simple is not None:  # `read_simple`, the shape of its expression and words known
        simple = read_shaped(text.strip(), shape.simple, fmt, None, plain_fields)
        if simple is not None:
            return simple
    found = shape.read(text)
    if found is None:
        return _grammar(text, fmt)
    values, facts = found
    variants = shape.variants.get(facts, [])
    if variants is None:
        return _grammar(text, fmt)
    for variant in variants:
        if _holds(variant.guards, values):
            return variant.fill(text, values)
    return _learn(text, fmt, shape, facts, values)


def _grammar(text: str, fmt: Format) -> EstimateFields:
    """`estimate_fields` of a text the shortcut left to the grammar: `read_full` as it does it."""
    found = decide(scan(text, fmt=fmt, until_reject=True), text, None, to_fields, strict=False)
    return refused(text, found) if isinstance(found, Refusal) else found


def _figure(value: Number, factor: Number) -> Number:
    return value if factor == 1 else value * factor


def _holds(guards: tuple[Guard, ...], values: Values) -> bool:
    """Whether every comparison the shape's reading made comes out the same for these values."""
    for run, factor, op, other_run, other, outcome in guards:
        left = _figure(values[run], factor)
        right = other if other_run < 0 else _figure(values[other_run], other)
        if OPERATORS[op](left, right) is not outcome:
            return False
    return True


def _learn(text: str, fmt: Format, shape: _Shape, facts: tuple[bool, ...], values: Values) -> EstimateFields:
    """Read ``text`` by the grammar, and keep its traced reading as a variant of its shape where sound."""
    plain = _grammar(text, fmt)
    variants = shape.variants.setdefault(facts, [])
    if variants is None:
        return plain
    variant = _trace(text, fmt)
    if variant is None or len(variants) >= VARIANTS or variant.fill(text, values) != plain:
        shape.variants[facts] = None
        return plain
    variants.append(variant)
    return plain


def _trace(text: str, fmt: Format) -> _Variant | None:
    """The grammar's reading of ``text`` traced, as guards and a fill-in; ``None`` where it is unsound."""
    try:
        with tracing() as trace:
            scanned = scan(text, fmt=fmt, until_reject=True)
    except (TypeError, AttributeError):  # an operation on a figure the trace does not define
        return None
    if not trace.sound:
        return None
    guards = tuple(dict.fromkeys(trace.guards))
    readings = scanned.readings
    if not scanned.rejects and len(readings) == 1:
        reading = readings[0]
        if any(_DIGITS.intersection(word) for word in reading.unread):
            return None  # a footnote marker copied from the digits
        return _Variant(guards, _reading_fill(reading, scanned.offsets(reading.start, reading.end)))
    found = decide(scanned, text, None, to_fields, strict=False)
    if not isinstance(found, Refusal):
        return None
    fill = _refusal_fill(text, found, quoted=bool(scanned.rejects))
    return None if fill is None else _Variant(guards, fill)


def _reading_fill(reading: Reading, span: tuple[int, int]) -> Callable[[str, Values], EstimateFields]:
    """The fill-in of a reading: its figures from the new values, made into fields by `converted`."""
    fields: list[Any] = list(reading)
    figures: tuple[object, ...] = (reading.low, reading.high, reading.point)  # traced, a constant, or none
    traced = [
        (place, value.run, value.factor)
        for place, value in enumerate(figures, start=_LOW)
        if isinstance(value, Traced)
    ]
    written: tuple[object, ...] = reading.values
    listed = [(value.run, value.factor) if isinstance(value, Traced) else value for value in written]
    if not listed:
        fields[_VALUES] = ()

    def fill(text: str, values: Values) -> EstimateFields:
        filled = fields.copy()  # a copy per call: another thread may fill the same shape meanwhile
        for place, run, factor in traced:
            filled[place] = _figure(values[run], factor)
        if listed:
            filled[_VALUES] = tuple(
                _figure(values[slot[0]], slot[1]) if isinstance(slot, tuple) else slot for slot in listed
            )
        found = converted(_new(Reading, filled), text, None, to_fields, span)
        return refused(text, found) if isinstance(found, Refusal) else found

    return fill


_LOW: Final = 3
"""The place of ``low`` in a `Reading` (then ``high`` and ``point``; a test holds it)."""
_VALUES: Final = 8
"""The place of ``values`` in a `Reading` (a test holds it)."""
_ERROR: Final = 12
"""The place of ``error`` in `EstimateFields` (a test holds it)."""
_new = tuple.__new__


def _refusal_fill(
    text: str, refusal: Refusal, *, quoted: bool
) -> Callable[[str, Values], EstimateFields] | None:
    message, start, end = refusal
    if not _DIGITS.intersection(message):
        constant = refused(text, refusal)
        return lambda _text, _values: constant
    if not quoted:  # "found 2 number phrases": a count of the readings, the same on the shape's path
        return lambda new, _values: refused(new, refusal)
    spanned = [place for place in range(start, min(end, len(text))) if text[place] in _DIGITS]
    close = message.find(message[0], 1) if message[:1] in ("'", '"') else -1
    if close < 0 or "\\" in message[:close]:
        return None
    head = list(message[:close])
    places = [place for place, character in enumerate(head) if character in _DIGITS]
    if [head[place] for place in places] != [text[place] for place in spanned]:
        return None  # the quote does not hold exactly the refused span's digits
    line = refused(text, refusal)
    error = list(str(line.error))  # the message, then " at " and the offsets, the same for the shape

    def fill(new: str, _values: Values) -> EstimateFields:
        written = error.copy()
        for place, source in zip(places, spanned, strict=True):
            written[place] = new[source]
        return _new(EstimateFields, (*line[:_ERROR], "".join(written)))

    return fill
