"""The common shapes of a phrase read without the grammar: "[hedge] figure [percent | unit] [words]".

Most phrases a caller passes are one hedge from the tables, one figure in digits, perhaps a percent mark or
a unit noun, and words the grammar does not read ("about 300 people", "more than 2,126 activists", "около
1 500 человек"). `read_simple` recognizes exactly these with one regular expression per number format and
a few set lookups, all built from the word tables, and gives the `Estimate` the grammar gives; anything it
does not recognize entirely, or whose words the grammar would look at twice (a word after the figure that
joins a range, starts a list, names a month, a time, a scale, a share, a rate ...), it leaves to the grammar
by returning ``None``. Its results equal the grammar's on every phrase (a property test holds it to that).

>>> estimate = read_simple("about 300 people", None)
>>> estimate.qualifier.value, estimate.low, estimate.high, estimate.point, estimate.unit
('approximate', 270.0, 330.0, 300.0, 'people')
>>> read_simple("300 or so", None) is None  # a suffix hedge: the grammar reads it
True
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import build, single
from centasia_claims.estimates._formats import AUTO, Format, canonical, format_of
from centasia_claims.estimates._numerals import MAX_VALUE, PERCENT
from centasia_claims.estimates._tokens import split_key
from centasia_claims.estimates._unread import is_known, near_hedge
from centasia_claims.model import Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.estimates._numerals import Number
    from centasia_claims.estimates._tokens import Key
    from centasia_claims.model import Estimate

__all__ = ["read_simple"]

_WORD: Final = r"[^\W\d_]+"
"""A word token without apostrophes (the tokenizer's word, as the shapes here write it)."""
_NUMBER: Final = r"[0-9]+(?:[.,][0-9]+)*"
_SPACED_NUMBER: Final = rf"[0-9]{{1,3}}(?: [0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?|{_NUMBER}"


def _pattern(number: str, dashes: str) -> re.Pattern[str]:
    """The shape: [hedge words] figure [link figure] [percent sign] [words], single-spaced.

    The figures as the tokenizer cuts them (its alternatives in its order, in ASCII digits), each followed
    by a space, a dash, a percent sign or the end; no-break and thin spaces go to the grammar.
    """
    return re.compile(
        rf"(?:(?P<hedge>{_WORD}(?: {_WORD})*) )?(?P<num>{number})"
        rf"(?:(?P<link> ?[{dashes}] ?| {_WORD} )(?P<far>{number}))?"
        rf"(?P<pct> ?%)?(?P<tail>(?: {_WORD})*)"
    )


def _words(keys: Iterable[str]) -> dict[tuple[str, ...], str]:
    """The keys of a table written as words separated by spaces, by their lower-cased words."""
    found: dict[tuple[str, ...], str] = {}
    for key in keys:
        split: Key = split_key(key)
        words = tuple(low for low, _glued in split)
        if all(re.fullmatch(_WORD, word) for word in words) and all(not glued for _, glued in split[1:]):
            found[words] = key
    return found


def _first(keys: Iterable[str]) -> frozenset[str]:
    """The lower-cased first token of every key: the grammar's tables match a key where it starts."""
    return frozenset(split_key(key)[0][0] for key in keys)


def _lowered(words: Iterable[str]) -> frozenset[str]:
    return frozenset(low for word in words for low, _glued in split_key(word))


# The grammar's word tables, as the sets the shapes below are checked against.
_AND: Final = frozenset({"and", "и", "ва"})
_OPENING: Final = (*t.IDIOMS, *lx.EPISTEMIC)
"""Idioms and epistemic phrases, which the grammar reads at the start of a phrase before any hedge."""
_IDENTIFYING: Final = _lowered((*t.IDENTIFIER_WORDS, *lx.IDENTIFIER_NOUNS, *lx.ABBREVIATED_IDENTIFIERS))
_MONTHS: Final = _lowered((*t.MONTHS, *lx.LOWER_MONTHS))
_PERCENT_MARKS: Final = _words(("percent", "per cent", "pct"))
_UNIT_KEYS: Final = _words(lx.UNIT_NOUNS)
# Every word the grammar reads when it stands right after a figure or its percent mark: a range's link, a
# list's "and", a scale, a share's denominator, a month, an hour, a time marker, a suffix hedge, a unit, a
# currency, a rate, a case ending, a year word; after any of these the grammar reads the phrase.
_OTHER_ROLES: Final = frozenset().union(
    _AND,
    _lowered(t.RANGE_WORDS),
    _lowered(word for links in lx.RANGE_LINKS.values() for word in links),
    _lowered(lx.BETWEEN_LINKS),
    t.SCALE_WORDS,
    lx.SCALE_WORDS,
    lx.SCALE_SUFFIXES,
    ("dozen", "a", "an", "p", "in", "из", "out", "of", "old", "more", t.ADDITIVE),
    lx.DENOMINATORS,
    _MONTHS,
    lx.HOURS,
    _lowered(t.TIME_MARKERS),
    _first((*lx.SUFFIX_HEDGES, *lx.RATES, *lx.CURRENCY_WORDS)),
    (code.lower() for code in t.CURRENCY_CODES),
    _lowered(t.CURRENCY_SYMBOLS),
    lx.CASE_ENDINGS,
    lx.YEAR_AFTER,
    lx.TEMPORAL_PREPOSITIONS,
    t.SHARE_NOUNS,
    lx.SHARE_NOUNS,
    lx.COMPARATIVES,
    t.COMPARATIVES_AFTER_TIMES,
    t.NOT_A_RATE_BEFORE,
    lx.PARTS_OF_DAY,
    ("million", "billion", "trillion", "тыс", "млн", "млрд", "тысячи", "миллиона", "миллиарда", "процента"),
)
_AFTER_FIGURE: Final = _OTHER_ROLES | _first(lx.UNIT_NOUNS)
# Units the tail converts ("three decades"), and unit nouns that are also words the grammar reads in another
# role: these phrases go to the grammar.
_UNITS: Final = {
    words: lx.UNIT_NOUNS[key]
    for words, key in _UNIT_KEYS.items()
    if lx.UNIT_NOUNS[key] not in {"decades", "centuries", PERCENT} and not set(words) & _OTHER_ROLES
}


def _openings() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each idiom and epistemic phrase by its lower-cased words, and whether it is written as words only."""
    spelled = _words(_OPENING)
    split = (tuple(low for low, _glued in split_key(key)) for key in _OPENING)
    return tuple((words, words in spelled) for words in split)


_OPENINGS: Final = _openings()


def _opened(words: tuple[str, ...]) -> bool:
    """Whether an idiom or an epistemic phrase may match at the start of ``words`` and a figure after them."""
    for split, spelled in _OPENINGS:
        if not spelled:  # a key with a symbol: left to the grammar if it starts alike
            if split[0] == words[0]:
                return True
        elif split == words[: len(split)]:
            return True
    return False


def _tail_links() -> frozenset[str]:
    """The links of a range after a figure with no hedge or an approximate one, as `_tail` reads them."""
    return t.RANGE_WORDS | (lx.RANGE_LINKS["none"] - {"до"})


def _hedges(*, ranged: bool) -> dict[tuple[str, ...], t.Hedge]:
    """The hedges read before a figure with no rule about the words around them.

    ``ranged``: the hedges before a range ("between", "about"; a bound on a range is refused), else before
    one figure. Left to the grammar: hedges that open an idiom or an epistemic phrase, that count only in
    lower case, that read a change ("from"), that mark an increment ("ещё"), whose last word reads as
    an identifier or a month before a figure, and "about" or "up to" where the empty word before them
    would change their reading.
    """
    found: dict[tuple[str, ...], t.Hedge] = {}
    for words, key in _words(lx.HEDGES).items():
        hedge = lx.HEDGES[key]
        if (
            hedge is t.Hedge.FROM
            or (hedge is t.Hedge.BETWEEN and not ranged)
            or (ranged and hedge in t.BOUND_HEDGES)
            or key in t.LOWER_CASE_HEDGES
            or _opened(words)
            or words[-1] in lx.ADDITIVE_BEFORE | _IDENTIFYING | _MONTHS
            or (words[-1] == "of" and len(words) > 1 and words[-2] in _IDENTIFYING)
            or (key == "about" and "" in t.ABOUT_IS_A_PREPOSITION_AFTER)
            or (hedge is t.Hedge.AT_MOST and "" in lx.TOTAL_BEFORE_UP_TO)
        ):
            continue
        found[words] = hedge
    return found


_HEDGES: Final = _hedges(ranged=False)
_RANGE_HEDGES: Final = _hedges(ranged=True)
# The words and dashes that join a range's ends, as the grammar reads them after one figure: not a word
# that it reads first in another role (a month, an hour, a list's "and" where no "between" precedes).
_LINK_ROLES: Final = frozenset().union(
    _MONTHS,
    lx.HOURS,
    _lowered(t.TIME_MARKERS),
    ("a", "p", "in", "из", "out", "of", "dozen"),
    lx.DENOMINATORS,
    t.SCALE_WORDS,
    lx.SCALE_WORDS,
    _lowered(("percent", "per cent", "pct")),
    _IDENTIFYING,
)
_LINKS: Final = frozenset(
    link for link in _tail_links() if " " not in link and link not in _LINK_ROLES | _AND
)
_BETWEEN_LINKS: Final = frozenset(
    link for link in lx.BETWEEN_LINKS if " " not in link and link not in _LINK_ROLES
)
_DASHES: Final = "".join(sorted(link for link in _LINKS | _BETWEEN_LINKS if re.fullmatch(r"\W", link)))
_PLAIN: Final = _pattern(_NUMBER, re.escape(_DASHES))
_SPACED: Final = _pattern(_SPACED_NUMBER, re.escape(_DASHES))
# Scale words after a figure, as the grammar multiplies by them; but not a word it reads first as a share
# ("a third") or a link.
_SCALES: Final = {
    word: factor
    for word, factor in {**lx.SCALE_WORDS, "dozen": t.DOZEN}.items()
    if word not in lx.DENOMINATORS and word not in _AND | {"in", "из", "out"}
}
_STARTERS: Final = frozenset().union(
    _first((*lx.HEDGES, *lx.EPISTEMIC, *lx.VAGUE, *t.IDIOMS, *lx.SHARES, *t.CURRENCY_SYMBOLS)),
    lx.NUMBER_FORMS,
    lx.FOREIGN_ORDINALS,
    lx.EVERY,
    lx.SHARE_NOUNS,
    lx.HALF_UNITS,
    t.NUMBER_WORDS,
    t.MULTIPLES,
    t.ORDINALS,
    (code.lower() for code in t.CURRENCY_CODES),
    ("a", "an", "half"),
)
"""Every word a phrase can start at (the grammar's starters): none may follow the phrase read here."""


def _index(table: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The keys of a table by their first word, longest first, as `PhraseTable` tries them."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for key in table:
        grouped.setdefault(key[0], []).append(key)
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in grouped.items()}


def _prefix(words: list[str], index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many of ``words`` the longest key of a table written at their start takes (0 if none)."""
    for key in index.get(words[0], ()):
        if len(key) == 1 or tuple(words[: len(key)]) == key:
            return len(key)
    return 0


_UNIT_INDEX: Final = _index(_UNIT_KEYS)
_MARK_INDEX: Final = _index(_PERCENT_MARKS)


def _form(hedge: t.Hedge | None) -> _Form:
    """What `single` makes of a figure under ``hedge``: its bounds and point as fractions of the figure."""
    reading = single(hedge, 1, 0, 1)

    def factor(bound: Number | None) -> tuple[int, int] | None:
        return None if bound is None else (Fraction(bound).numerator, Fraction(bound).denominator)

    return _Form(
        reading.qualifier,
        factor(reading.low),
        factor(reading.high),
        reading.point is not None,
        reading.low_inclusive,
        reading.high_inclusive,
    )


class _Form(NamedTuple):
    qualifier: Qualifier
    low: tuple[int, int] | None
    high: tuple[int, int] | None
    point: bool
    low_inclusive: bool
    high_inclusive: bool


_FORMS: Final = {hedge: _form(hedge) for hedge in (None, *_HEDGES.values())}


def read_simple(
    text: str, language: str | None, unit: str | None = None, *, strict: bool = False
) -> Estimate | None:
    """`parse_estimate` of a phrase of a common shape; ``None`` for any other phrase or refused figures."""
    phrase = text.strip()
    fmt = AUTO if language is None and text.isascii() else format_of(language, text)[0]
    match = (_SPACED if " " in fmt.thousands else _PLAIN).fullmatch(phrase)
    if match is None:
        return None
    written, number, link, far, pct, tail = match.groups()
    hedge: t.Hedge | None = t.Hedge.EXACT  # no hedge reads as an exact one
    unread: tuple[str, ...] = ()
    if written is not None:
        before = written.split(" ")
        lead = _lead(before)
        if lead:
            word = _before(before[:lead], number, hedged=lead < len(before))
            if word is None or (word and strict):
                return None
            unread = (word,) if word else ()
        if lead < len(before):
            hedge = _hedge(before[lead:], number, _HEDGES if far is None else _RANGE_HEDGES)
    figure = None if hedge is None else _value(number, fmt)
    if figure is None or hedge is None:
        return None
    marks = _marks(tail.lower().split() if tail else [], pct)
    if marks is None:
        return None
    product, scale, stated = marks
    stated = stated or unit or "count"
    if far is None:
        numerator, denominator = figure[0] * product, figure[1]
        return _estimate(phrase, _FORMS[hedge], numerator, denominator, stated, unread)
    last = _far(far, link, fmt, hedge)
    if last is None:
        return None
    last = (last[0] * product, last[1])
    return _range(phrase, figure, last, scale, stated, unread, grouped=_grouped(number, fmt))


def _lead(words: list[str]) -> int:
    """How many words come before the first word a phrase can start at (all of them if none)."""
    for position, word in enumerate(words):
        if word.lower() in _STARTERS:
            return position
    return len(words)


def _before(lead: list[str], number: str, *, hedged: bool) -> str | None:
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
        low in _IDENTIFYING
        or low in _MONTHS
        or word.isupper()
        or (low in lx.CLOCK_BEFORE and "." in number)
        or (low == "of" and len(lead) > 1 and (lead[-2].lower() in _IDENTIFYING or lead[-2].isupper()))
    ):
        return None
    if is_known(low) or len(low) < _SHORTEST_UNREAD or (word[0].isupper() and len(lead) > 1):
        return ""  # a known word, a short one, or a capitalized one inside a sentence (a name)
    if near_hedge(low) or (low.endswith("ly") and low.isascii() and len(low) > _SHORTEST_UNREAD):
        return word
    return ""


_CHANGES_A_HEDGE: Final = t.ABOUT_IS_A_PREPOSITION_AFTER | t.RANGE_FROM_AFTER | lx.TOTAL_BEFORE_UP_TO
_SHORTEST_UNREAD: Final = 4


def _hedge(written: list[str], number: str, table: dict[tuple[str, ...], t.Hedge]) -> t.Hedge | None:
    """The hedge of the words before the figure, where the grammar reads it with no rule about them."""
    words = tuple(word.lower() for word in written)
    hedge = table.get(words)
    if hedge is not None and "." in number and (words[-1] in lx.CLOCK_BEFORE or written[-1].isupper()):
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
        while words and _SCALES.get(words[0], 0) > scale:  # "1.3 million", "10 тысяч"
            scale = _SCALES[words[0]]
            product *= scale
            words = words[1:]
        taken = _prefix(words, _MARK_INDEX) if words else 0
        if taken:
            stated, words = PERCENT, words[taken:]
    if words and words[0] in _AFTER_FIGURE:
        if stated is not None:
            return None
        taken = _prefix(words, _UNIT_INDEX)
        stated = _UNITS.get(tuple(words[:taken])) if taken else None
        if stated is None:
            return None
        words = words[taken:]
        if words and words[0] in _AFTER_FIGURE:
            return None
    for word in words:
        if word in _STARTERS:
            return None
    return product, scale, stated


def _far(far: str, link: str, fmt: Format, hedge: t.Hedge) -> tuple[int, int] | None:
    """The far end of a range, where the grammar reads its link with no rule about the words around it."""
    joint = link.strip(" ")
    low = joint.lower()
    if low not in (_BETWEEN_LINKS if hedge is t.Hedge.BETWEEN else _LINKS):
        return None
    if joint.isupper() or (low in lx.CLOCK_BEFORE and "." in far):
        return None  # capitals before a figure may name it; "до 10.30" is a time of day
    return _value(far, fmt)


def _range(  # noqa: PLR0917 (the parts of a range, once)
    phrase: str,
    first: tuple[int, int],
    last: tuple[int, int],
    scale: int,
    unit: str,
    unread: tuple[str, ...],
    *,
    grouped: bool,
) -> Estimate | None:
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
        return build(
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
    phrase: str, form: _Form, numerator: int, denominator: int, unit: str, unread: tuple[str, ...]
) -> Estimate | None:
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
        return build(
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
    if number.isdigit():
        digits = number
    else:
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
