"""The word tables and patterns of `read_simple` (``estimates/_fast.py``), built once from the lexicon.

Every set here is made from the tables the grammar reads (`_tables`, `_lexicon`), so the shortcut and the
grammar cannot disagree about a word: the hedges a phrase may open with, the words that make the grammar look
again (a link of a range, a month, a unit, a scale), and one regular expression per number format.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import single
from centasia_claims.estimates._cardinals import PERCENT
from centasia_claims.estimates._tokens import split_key

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.estimates._cardinals import Number
    from centasia_claims.estimates._tokens import Key
    from centasia_claims.model import Qualifier

__all__ = [
    "AFTER_FIGURE",
    "BETWEEN_LINKS",
    "FORMS",
    "GLUED_SUFFIXES",
    "HEDGES",
    "HYPHEN_UNITS",
    "IDENTIFYING",
    "LINKS",
    "MARK_INDEX",
    "MONTHS",
    "PLAIN",
    "RANGE_HEDGES",
    "SCALES",
    "SPACED",
    "STARTERS",
    "SUFFIXES",
    "SUFFIX_INDEX",
    "UNITS",
    "UNIT_INDEX",
    "Form",
    "prefix",
]

_WORD: Final = r"[^\W\d_]+"
"""A word token without apostrophes (the tokenizer's word, as the shapes here write it)."""
_THIN: Final = "[\u00a0\u202f\u2009][0-9]{3}(?![0-9])"
"""A no-break or thin space and three digits: a group of a number in every language, as tokenized."""
_NUMBER: Final = rf"[0-9]+(?:[.,][0-9]+|{_THIN})*"
_SPACED_NUMBER: Final = rf"[0-9]{{1,3}}(?:[ \u00a0\u202f\u2009][0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?|{_NUMBER}"


def _pattern(number: str, dashes: str) -> re.Pattern[str]:
    """The shape: [hedge words] figure [link figure | -unit] [percent sign] [plus] [words], single-spaced.

    The figures as the tokenizer cuts them (its alternatives in its order, in ASCII digits, groups after a
    no-break or thin space too), each followed by a space, a dash, a percent sign or the end.
    """
    return re.compile(
        rf"(?:(?P<hedge>{_WORD}(?: {_WORD})*) )?(?P<num>{number})"
        rf"(?:(?P<link> ?[{dashes}] ?| {_WORD} )(?P<far>{number})|-(?P<hyphen>{_WORD}(?:-{_WORD})*))?"
        rf"(?P<pct> ?%)?(?P<plus>\+)?(?P<tail>(?: {_WORD})*)"
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
IDENTIFYING: Final = _lowered((*t.IDENTIFIER_WORDS, *lx.IDENTIFIER_NOUNS, *lx.ABBREVIATED_IDENTIFIERS))
MONTHS: Final = _lowered((*t.MONTHS, *lx.LOWER_MONTHS))
_PERCENT_MARKS: Final = _words(("percent", "per cent", "pct"))
_UNIT_KEYS: Final = _words(lx.UNIT_NOUNS)
# Every word the grammar reads when it stands right after a figure or its percent mark: a range's link, a
# list's "and", a scale, a share's denominator, a month, an hour, a time marker, a suffix hedge, a unit, a
# currency, a rate, a case ending, a year word; after any of these the grammar reads the phrase. (A word it
# reads only before a figure, such as "of" in "Group of 20" or "since" before a year, is no role after one.)
_OTHER_ROLES: Final = frozenset().union(
    _AND,
    _lowered(t.RANGE_WORDS),
    _lowered(word for links in lx.RANGE_LINKS.values() for word in links),
    _lowered(lx.BETWEEN_LINKS),
    t.SCALE_WORDS,
    lx.SCALE_WORDS,
    lx.SCALE_SUFFIXES,
    ("dozen", "a", "an", "p", "in", "из", "out", "old", "more", t.ADDITIVE),
    lx.DENOMINATORS,
    MONTHS,
    lx.HOURS,
    _lowered(t.TIME_MARKERS),
    _first((*lx.SUFFIX_HEDGES, *lx.RATES, *lx.CURRENCY_WORDS)),
    (code.lower() for code in t.CURRENCY_CODES),
    _lowered(t.CURRENCY_SYMBOLS),
    lx.CASE_ENDINGS,
    lx.YEAR_AFTER,
    t.SHARE_NOUNS,
    lx.SHARE_NOUNS,
    lx.COMPARATIVES,
    t.COMPARATIVES_AFTER_TIMES,
    t.NOT_A_RATE_BEFORE,
    lx.PARTS_OF_DAY,
    ("million", "billion", "trillion", "тыс", "млн", "млрд", "тысячи", "миллиона", "миллиарда", "процента"),
)
AFTER_FIGURE: Final = _OTHER_ROLES | _first(lx.UNIT_NOUNS)
# Units the tail converts ("three decades"), and unit nouns that are also words the grammar reads in another
# role: these phrases go to the grammar.
UNITS: Final = {
    words: lx.UNIT_NOUNS[key]
    for words, key in _UNIT_KEYS.items()
    if lx.UNIT_NOUNS[key] not in {"decades", "centuries", PERCENT} and not set(words) & _OTHER_ROLES
}


def _hyphen_units() -> dict[str, str]:
    """Units glued to a figure by a hyphen ("35-year-old", "76-летний"), where the grammar reads nothing else.

    By their words joined by hyphens, lower-cased (`_tail.finish` reads them after a figure).

    Left to the grammar: a unit that is no unit ("-strong"), a share or a duration it converts, a key that
    a longer key with a space could extend, and a first word that another rule reads after a figure and a
    hyphen (a number word or another starter, a case ending, a share's denominator, a suffix hedge).
    """
    splits = {key: split_key(key) for key in lx.HYPHEN_UNITS}
    suffixed = {
        split[1][0] for split in map(split_key, lx.SUFFIX_HEDGES) if len(split) > 1 and split[0][0] == "-"
    }
    found: dict[str, str] = {}
    for key, unit in lx.HYPHEN_UNITS.items():
        split = splits[key]
        lows = [low for low, _glued in split]
        words, hyphens = lows[::2], lows[1::2]
        if (
            unit is None
            or unit in {"decades", "centuries", PERCENT}
            or not all(glued for _low, glued in split[1:])
            or any(hyphen != "-" for hyphen in hyphens)
            or not all(re.fullmatch(_WORD, word) for word in words)
            or any(
                len(other) > len(split) and other[: len(split)] == split and not other[len(split)][1]
                for other in splits.values()
            )
            or words[0] in STARTERS | lx.CASE_ENDINGS | set(lx.DENOMINATORS) | suffixed
        ):
            continue
        found["-".join(words)] = unit
    return found


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
            or words[-1] in lx.ADDITIVE_BEFORE | IDENTIFYING | MONTHS
            or (words[-1] == "of" and len(words) > 1 and words[-2] in IDENTIFYING)
            or (key == "about" and "" in t.ABOUT_IS_A_PREPOSITION_AFTER)
            or (hedge is t.Hedge.AT_MOST and "" in lx.TOTAL_BEFORE_UP_TO)
        ):
            continue
        found[words] = hedge
    return found


HEDGES: Final = _hedges(ranged=False)
RANGE_HEDGES: Final = _hedges(ranged=True)
# The words and dashes that join a range's ends, as the grammar reads them after one figure: not a word
# that it reads first in another role (a month, an hour, a list's "and" where no "between" precedes).
_LINK_ROLES: Final = frozenset().union(
    MONTHS,
    lx.HOURS,
    _lowered(t.TIME_MARKERS),
    ("a", "p", "in", "из", "out", "of", "dozen"),
    lx.DENOMINATORS,
    t.SCALE_WORDS,
    lx.SCALE_WORDS,
    _lowered(("percent", "per cent", "pct")),
    IDENTIFYING,
)
LINKS: Final = frozenset(link for link in _tail_links() if " " not in link and link not in _LINK_ROLES | _AND)
BETWEEN_LINKS: Final = frozenset(
    link for link in lx.BETWEEN_LINKS if " " not in link and link not in _LINK_ROLES
)
_DASHES: Final = "".join(sorted(link for link in LINKS | BETWEEN_LINKS if re.fullmatch(r"\W", link)))
PLAIN: Final = _pattern(_NUMBER, re.escape(_DASHES))
SPACED: Final = _pattern(_SPACED_NUMBER, re.escape(_DASHES))
# Scale words after a figure, as the grammar multiplies by them; but not a word it reads first as a share
# ("a third") or a link.
SCALES: Final = {
    word: factor
    for word, factor in {**lx.SCALE_WORDS, "dozen": t.DOZEN}.items()
    if word not in lx.DENOMINATORS and word not in _AND | {"in", "из", "out"}
}
STARTERS: Final = frozenset().union(
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


HYPHEN_UNITS: Final = _hyphen_units()


def _suffixes() -> tuple[dict[tuple[str, ...], t.Hedge], dict[str, t.Hedge]]:
    """The hedges written after a figure that the grammar reads with no rule about the words around them.

    Those of words only, by their lower-cased words ("or more"), and those glued to the figure by a sign
    ("+", "-plus": by what follows the hyphen, "" for "+"). Left to the grammar: those read only after
    Tajik "аз" or a case ending, those whose first word begins a hedge before a figure (it may be the next
    figure's), and those whose first word the grammar reads as a postposition's (a case ending, a unit).
    """
    hedge_starts = _first(lx.HEDGES)
    postposition = lx.CASE_ENDINGS | _first(lx.UNIT_NOUNS)
    # Words a count reads right after it (a share, a scale, a percent): never the start of a hedge here.
    counted = {
        *lx.DENOMINATORS,
        *lx.SCALE_WORDS,
        "dozen",
        "in",
        "из",
        "out",
        "and",
        "%",
        "percent",
        "per",
        "pct",
    }
    spelled: dict[tuple[str, ...], t.Hedge] = {}
    glued: dict[str, t.Hedge] = {}
    for key, hedge in lx.SUFFIX_HEDGES.items():
        split = split_key(key)
        first = split[0][0]
        if key in lx.AFTER_FROM_ONLY or first in hedge_starts or first in postposition or first in counted:
            continue
        words = tuple(low for low, _glued in split)
        if all(re.fullmatch(_WORD, word) for word in words) and not any(glued for _low, glued in split[1:]):
            spelled[words] = hedge
        elif words == ("+",):
            glued[""] = hedge
        elif (
            len(split) == 2
            and first == "-"
            and split[1][1]
            and re.fullmatch(_WORD, words[1])
            and words[1] not in postposition | STARTERS
        ):
            glued[words[1]] = hedge
    return spelled, glued


SUFFIXES, GLUED_SUFFIXES = _suffixes()


def _index(table: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The keys of a table by their first word, longest first, as `PhraseTable` tries them."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for key in table:
        grouped.setdefault(key[0], []).append(key)
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in grouped.items()}


def prefix(words: list[str], index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many of ``words`` the longest key of a table written at their start takes (0 if none)."""
    for key in index.get(words[0], ()):
        if len(key) == 1 or tuple(words[: len(key)]) == key:
            return len(key)
    return 0


UNIT_INDEX: Final = _index(_UNIT_KEYS)
MARK_INDEX: Final = _index(_PERCENT_MARKS)
SUFFIX_INDEX: Final = _index(SUFFIXES)


def _form(hedge: t.Hedge | None) -> Form:
    """What `single` makes of a figure under ``hedge``: its bounds and point as fractions of the figure."""
    reading = single(hedge, 1, 0, 1)

    def factor(bound: Number | None) -> tuple[int, int] | None:
        return None if bound is None else (Fraction(bound).numerator, Fraction(bound).denominator)

    return Form(
        reading.qualifier,
        factor(reading.low),
        factor(reading.high),
        reading.point is not None,
        reading.low_inclusive,
        reading.high_inclusive,
    )


class Form(NamedTuple):
    qualifier: Qualifier
    low: tuple[int, int] | None
    high: tuple[int, int] | None
    point: bool
    low_inclusive: bool
    high_inclusive: bool


FORMS: Final = {hedge: _form(hedge) for hedge in (None, *HEDGES.values())}
