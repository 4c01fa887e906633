"""The common shapes of a phrase read without the grammar: "[hedge] figure [percent | unit] [words]".

Most phrases a caller passes are one hedge from the tables, one figure in digits, perhaps a percent mark, a
unit noun or a hedge after the figure, and words the grammar does not read ("about 300 people", "more than
2,126 activists", "около 1 500 человек", "35-year-old", "1,000 or more"). `read_simple` recognizes exactly
these with one regular expression per number format and a few set lookups, all built from the word tables,
and gives the `Estimate` the grammar gives; anything it does not recognize entirely, or whose words the
grammar would look at twice (a word after the figure that joins a range, starts a list, names a month, a
time, a scale, a share, a rate ...), it leaves to the grammar by returning ``None``. Its results equal the
grammar's on every phrase (a property test holds it to that).

>>> estimate = read_simple("about 300 people", None)
>>> estimate.qualifier.value, estimate.low, estimate.high, estimate.point, estimate.unit
('approximate', 270.0, 330.0, 300.0, 'people')
>>> read_simple("300 or so", None).qualifier.value  # a hedge after the figure
'approximate'
>>> read_simple("1.3 million or so", None) is None  # after a scale word: the grammar reads it
True
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates import _fast_tables as ft
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import build
from centasia_claims.estimates._cardinals import MAX_VALUE, PERCENT
from centasia_claims.estimates._formats import AUTO, Format, canonical, format_of
from centasia_claims.estimates._unread import is_known, near_hedge
from centasia_claims.model import Qualifier

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.model import Estimate

__all__ = ["Shaped", "read_shaped", "read_simple", "shaped"]

T = TypeVar("T")


@overload
def read_simple(
    text: str,
    language: str | None,
    unit: str | None = None,
    *,
    strict: bool = False,
    fmt: Format | None = None,
) -> Estimate | None: ...
@overload
def read_simple(
    text: str,
    language: str | None,
    unit: str | None = None,
    *,
    strict: bool = False,
    fmt: Format | None = None,
    make: Callable[..., T],
) -> T | None: ...
def read_simple(
    text: str,
    language: str | None,
    unit: str | None = None,
    *,
    strict: bool = False,
    fmt: Format | None = None,
    make: Callable[..., Any] = build,
) -> Any:
    """`parse_estimate` of a phrase of a common shape; ``None`` for any other phrase or refused figures.

    ``fmt`` is the number format of ``language`` for ``text``, if the caller has it already; ``make`` makes
    the result from the fields as `build` does (the default) and raises as it does.
    """
    phrase = text.strip()
    if fmt is None:
        fmt = AUTO if language is None and text.isascii() else format_of(language, text)[0]
    found = _shaped(phrase, fmt, strict=strict)
    return None if found is None else read_shaped(phrase, found, fmt, unit, make)


Shaped = tuple[tuple[int, int], "tuple[int, int] | None", "_Words"]
"""Where a phrase of a common shape writes its figure and its far end, and what its words give (`_words`)."""


def shaped(text: str, fmt: Format) -> Shaped | None:
    """The shape `read_simple` reads ``text`` as (not strict), before it looks at the figures; or ``None``.

    Every text that differs from ``text`` only in its ASCII digits has the same shape, or none as well: the
    expression knows a digit only as ``[0-9]``, and the words only whether a figure has a dot. So
    `read_shaped` reads any of them as `read_simple` does.

    >>> shaped("about 300 people", AUTO)[0], shaped("Group 24", AUTO)
    ((6, 9), None)
    """
    return _shaped(text.strip(), fmt, strict=False)


def _shaped(phrase: str, fmt: Format, *, strict: bool) -> Shaped | None:
    match = (ft.SPACED if " " in fmt.thousands else ft.PLAIN).fullmatch(phrase)
    if match is None:
        return None
    written, number, link, far, hyphen, pct, plus, tail = match.groups()
    far_dotted = None if far is None else "." in far
    words = _words(written, "." in number, link, far_dotted, hyphen, pct, plus, tail, strict=strict)
    if words is None:
        return None
    return match.span("num"), None if far is None else match.span("far"), words


def read_shaped(
    phrase: str, found: Shaped, fmt: Format, unit: str | None, make: Callable[..., T]
) -> T | None:
    """`read_simple` of a stripped phrase of a known shape (`shaped`): its figures, as its words read."""
    (start, end), far_span, words = found
    number = phrase[start:end]
    figure = _value(number, fmt)
    if figure is None:
        return None
    hedge, unread, product, scale, stated = words
    stated = stated or unit or "count"
    if far_span is None:
        numerator, denominator = figure[0] * product, figure[1]
        return _estimate(phrase, ft.FORMS[hedge], numerator, denominator, stated, unread, make)
    last = _value(phrase[far_span[0] : far_span[1]], fmt)
    if last is None:
        return None
    last = (last[0] * product, last[1])
    return _range(phrase, figure, last, scale, stated, unread, make, grouped=_grouped(number, fmt))


_Words = tuple[t.Hedge, tuple[str, ...], int, int, str | None]


@functools.lru_cache(maxsize=4096)
def _words(  # noqa: PLR0917 (the words of the shape, as one key of the memo)
    written: str | None,
    dotted: bool,  # noqa: FBT001
    link: str | None,
    far_dotted: bool | None,  # noqa: FBT001
    hyphen: str | None,
    pct: str | None,
    plus: str | None,
    tail: str | None,
    *,
    strict: bool,
) -> _Words | None:
    """What the words of a phrase of the shape give, or ``None`` where the grammar reads them.

    The hedge (written before the figure, or after it: `_suffix`), the unread word, and what the words
    after the figure give (`_marks`; after a unit glued by a hyphen, `_hyphened`). Besides the words, only
    whether the figure (and the far end: ``far_dotted``, ``None`` for none) has a dot counts, so the memo,
    keyed on all of these, is exact: news repeats its hedges and nouns around ever new figures.
    """
    hedge: t.Hedge | None = t.Hedge.EXACT  # no hedge reads as an exact one
    unread: tuple[str, ...] = ()
    if written is not None:
        before = written.split(" ")
        lead = _lead(before)
        if lead:
            word = _before(before[:lead], dotted=dotted, hedged=lead < len(before))
            if word is None or (word and strict):
                return None
            unread = (word,) if word else ()
        if lead < len(before):
            hedge = _hedge(before[lead:], ft.HEDGES if far_dotted is None else ft.RANGE_HEDGES, dotted=dotted)
    if hedge is None or (far_dotted is not None and not _linked(str(link), hedge, far_dotted=far_dotted)):
        return None
    words = tail.lower().split() if tail else []
    suffix = None
    if plus is not None or (hyphen is not None and hyphen.lower() in ft.GLUED_SUFFIXES):
        suffix = ft.GLUED_SUFFIXES.get("" if plus is not None else str(hyphen).lower())
        if hyphen is not None and (plus is not None or pct is not None):
            return None
        hyphen = None
    elif hyphen is None and words:
        taken = ft.prefix(words, ft.SUFFIX_INDEX)
        if taken:
            suffix, words = ft.SUFFIXES[tuple(words[:taken])], words[taken:]
    if suffix is not None:  # the grammar reads a hedge after one figure, over one before it that agrees
        if far_dotted is not None or hedge not in (t.Hedge.EXACT, suffix) or suffix not in ft.FORMS:
            return None
        if words and (words[0] in ft.SCALES or ft.prefix(words, ft.MARK_INDEX)):
            return None  # a scale or a percent after the hedge is read by no rule of the figure
        hedge = suffix
    marks = _marks(words, pct) if hyphen is None else _hyphened(hyphen, words, pct)
    return None if marks is None else (hedge, unread, *marks)


def _hyphened(hyphen: str, words: list[str], pct: str | None) -> tuple[int, int, str | None] | None:
    """The unit glued to the figure by a hyphen ("-year-old"), where the words after it are read by no rule.

    The grammar reads nothing more after such a unit but "more", a rate, or a phrase starting at a word.
    """
    unit = ft.HYPHEN_UNITS.get(hyphen.lower())
    if unit is None or pct is not None or (words and words[0] in ft.AFTER_FIGURE):
        return None
    for word in words:
        if word in ft.STARTERS:
            return None
    return 1, 1, unit


def _lead(words: list[str]) -> int:
    """How many words come before the first word a phrase can start at (all of them if none)."""
    for position, word in enumerate(words):
        if word.lower() in ft.STARTERS:
            return position
    return len(words)


def _before(lead: list[str], *, dotted: bool, hedged: bool) -> str | None:
    """The unread word the words before the phrase leave (``""`` if none).

    ``None`` where the grammar reads them: as an identifier, a month or a clock before the figure, or as a
    word that changes the hedge after it.
    """
    word = lead[-1]
    low = word.lower()
    if hedged:
        if low in _CHANGES_A_HEDGE:
            return None
    elif (
        low in ft.IDENTIFYING
        or low in ft.MONTHS
        or word.isupper()
        or (low in lx.CLOCK_BEFORE and dotted)
        or (low == "of" and len(lead) > 1 and (lead[-2].lower() in ft.IDENTIFYING or lead[-2].isupper()))
    ):
        return None
    if is_known(low) or len(low) < _SHORTEST_UNREAD or (word[0].isupper() and len(lead) > 1):
        return ""  # a known word, a short one, or a capitalized one inside a sentence (a name)
    if near_hedge(low) or (low.endswith("ly") and low.isascii() and len(low) > _SHORTEST_UNREAD):
        return word
    return ""


_CHANGES_A_HEDGE: Final = t.ABOUT_IS_A_PREPOSITION_AFTER | t.RANGE_FROM_AFTER | lx.TOTAL_BEFORE_UP_TO
_SHORTEST_UNREAD: Final = 4


def _hedge(written: list[str], table: dict[tuple[str, ...], t.Hedge], *, dotted: bool) -> t.Hedge | None:
    """The hedge of the words before the figure, where the grammar reads it with no rule about them."""
    words = tuple(word.lower() for word in written)
    hedge = table.get(words)
    if hedge is not None and dotted and (words[-1] in lx.CLOCK_BEFORE or written[-1].isupper()):
        return None  # "около 10.30": a time of day; "ABOUT 2.5": a version number after capitals
    return hedge


def _marks(words: list[str], pct: str | None) -> tuple[int, int, str | None] | None:
    """What the words after the (far) figure give, or ``None`` where the grammar reads more.

    The product of the scale words, the last of them (the scale a range's near end may take), the unit.

    Scale words ("million"), a percent mark, a unit noun ("people"); then only words no phrase starts at.
    """
    product = scale = 1
    stated: str | None = PERCENT if pct is not None else None
    if words and stated is None:
        while words and ft.SCALES.get(words[0], 0) > scale:  # "1.3 million", "10 тысяч"
            scale = ft.SCALES[words[0]]
            product *= scale
            words = words[1:]
        taken = ft.prefix(words, ft.MARK_INDEX) if words else 0
        if taken:
            stated, words = PERCENT, words[taken:]
    if words and words[0] in ft.AFTER_FIGURE:
        if stated is not None:
            return None
        taken = ft.prefix(words, ft.UNIT_INDEX)
        stated = ft.UNITS.get(tuple(words[:taken])) if taken else None
        if stated is None:
            return None
        words = words[taken:]
        if words and words[0] in ft.AFTER_FIGURE:
            return None
    for word in words:
        if word in ft.STARTERS:
            return None
    return product, scale, stated


def _linked(link: str, hedge: t.Hedge, *, far_dotted: bool) -> bool:
    """Whether the grammar reads ``link`` as joining the ends of a range, with no rule about words near."""
    joint = link.strip(" ")
    low = joint.lower()
    if low not in (ft.BETWEEN_LINKS if hedge is t.Hedge.BETWEEN else ft.LINKS):
        return False
    # capitals before a figure may name it; "до 10.30" is a time of day
    return not (joint.isupper() or (low in lx.CLOCK_BEFORE and far_dotted))


def _range(  # noqa: PLR0917 (the parts of a range, once)
    phrase: str,
    first: tuple[int, int],
    last: tuple[int, int],
    scale: int,
    unit: str,
    unread: tuple[str, ...],
    make: Callable[..., T],
    *,
    grouped: bool,
) -> T | None:
    """The range from ``first`` to ``last``, the near end taking the far end's scale as `_tail.distribute`."""
    (low, low_denominator), (high, high_denominator) = first, last
    if scale > 1 and not grouped and low * scale * high_denominator <= high * low_denominator:
        low *= scale  # "3-4 million"
    if low * high_denominator >= high * low_denominator:
        return None  # runs downwards: the grammar says why
    if low > MAX_VALUE * low_denominator or high > MAX_VALUE * high_denominator:
        return None
    try:
        low_end, high_end = low / low_denominator, high / high_denominator
        return make(
            phrase,
            Qualifier.RANGE,
            unit,
            low_end,
            high_end,
            None,
            low_inclusive=True,
            high_inclusive=True,
            unread=unread,
        )
    except InvalidValueError:
        return None


def _estimate(  # noqa: PLR0917 (the parts of one figure, once)
    phrase: str,
    form: ft.Form,
    numerator: int,
    denominator: int,
    unit: str,
    unread: tuple[str, ...],
    make: Callable[..., T],
) -> T | None:
    """The estimate of a figure under a hedge's form, as `to_estimate` makes it of `single`'s reading.

    Bounds are computed as quotients of integers, which Python rounds correctly, as it rounds a fraction.
    """
    low = high = None
    if form.low is not None:
        top, bottom = numerator * form.low[0], denominator * form.low[1]
        if top > MAX_VALUE * bottom:
            return None  # too large: the grammar says why
        low = top / bottom
    if form.high is not None:
        top, bottom = numerator * form.high[0], denominator * form.high[1]
        if top > MAX_VALUE * bottom:
            return None
        if unit == PERCENT and form.qualifier is Qualifier.APPROXIMATE and top > 100 * bottom:
            top, bottom = 100, 1  # an approximate share is capped at 100 percent
        high = top / bottom
    point = numerator / denominator if form.point else None
    try:
        return make(
            phrase,
            form.qualifier,
            unit,
            low,
            high,
            point,
            form.low_inclusive,
            form.high_inclusive,
            unread=unread,
        )
    except InvalidValueError:
        return None  # the grammar says where the figures break a rule


def _value(number: str, fmt: Format) -> tuple[int, int] | None:
    """The figure of a number token as the grammar reads it, as a numerator and a denominator.

    ``None`` where the grammar reads it otherwise: a malformed number or one that reads two ways, more than
    24 characters, and four digits that may be a year.
    """
    if len(number) > _LONGEST_NUMBER:
        return None
    if number.isdigit():  # the common case: a whole number
        count = int(number)
        if len(number) == _YEAR_DIGITS and number[0] in "12" and 1000 <= count <= 2099:
            return None  # four digits that may be a year
        return count, 1
    digits, _grouped, problem = canonical(number, fmt)
    if problem:
        return None
    whole, point, fraction = digits.partition(".")
    numerator, denominator = int(whole + fraction), 10 ** len(fraction) if point else 1
    if (
        len(number) == _YEAR_DIGITS
        and number[0] in "12"
        and 1000 * denominator <= numerator <= 2099 * denominator
    ):
        return None  # four digits that may be a year
    return numerator, denominator


def _grouped(number: str, fmt: Format) -> bool:
    """Whether the tokenizer marks the number as written with thousands separators ("1,141")."""
    return not number.isdigit() and canonical(number, fmt)[1]


_LONGEST_NUMBER: Final = 24
"""The grammar's limit of a well-formed number."""
_YEAR_DIGITS: Final = 4
