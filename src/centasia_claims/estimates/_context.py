"""What the words around a figure say it is not: a date, an identifier, a time, a pronoun, part of a compound.

Each check returns a `Reject` naming the span and the reason, or ``None`` when the context allows a figure.

>>> from centasia_claims.estimates._tokens import tokenize
>>> from centasia_claims.estimates._numerals import read_numeral
>>> tokens = tokenize("Resolution 2178")
>>> around(tokens, read_numeral(tokens, 1)).message
"'Resolution 2178' is an identifier, not a figure"
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._cardinals import Numeral, Reject
from centasia_claims.estimates._tokens import NUM, WORD, split_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["CLOCK", "around", "before", "span_text", "table_words"]

_GLUE_BEFORE: Final = frozenset({"/", ":", "#", "'", "\u2019", "\u2116"})  # apostrophes, numero sign
_LAST_DAY: Final = 31


def span_text(tokens: Sequence[Token], start: int, end: int) -> str:
    """The tokens from ``start`` to ``end`` as written, single-spaced."""
    parts: list[str] = []
    for token in tokens[start:end]:
        if parts and token.gap:
            parts.append(" ")
        parts.append(token.text + token.suffix)
    return "".join(parts)


@functools.cache
def table_words() -> frozenset[str]:
    """Lower-cased words of the hedge and epistemic tables: "OVER 1,000" is a headline, not an identifier."""
    words = {"and", "or", "to", "of", "the", "a", "an", "in", "on", "at", "by", "for", "with", "as", "than"}
    for key in (*lx.HEDGES, *lx.EPISTEMIC, *lx.VAGUE, *t.NUMBER_WORDS, *lx.SHARES):
        words.update(low for low, _glued in split_key(key))
    return frozenset(words)


def _is_acronym(token: Token) -> bool:
    text = token.text
    return (
        token.kind == WORD
        and len(text) >= 2
        and text.isupper()
        and text not in t.CURRENCY_CODES
        and token.low not in table_words()
    )


def _reject(kind: str, tokens: Sequence[Token], start: int, end: int) -> Reject:
    return Reject(f"{span_text(tokens, start, end)!r} is {kind}, not a figure", start, end)


def before(tokens: Sequence[Token], start: int, end: int) -> Reject | None:
    """A figure at ``start`` glued into a compound or identifier: "Muslim-majority", "F-16", "G20", "9/11"."""
    if start == 0 or tokens[start].gap:
        return None
    previous = tokens[start - 1]
    if previous.kind == WORD:
        return _reject("an identifier", tokens, start - 1, end)
    if previous.low in _GLUE_BEFORE:
        return _reject("a date, a time or an identifier", tokens, start - 1, end)
    joined = tokens[start - 2] if start >= 2 and not previous.gap else None
    if previous.low == "." and joined is not None and joined.kind == WORD:
        return _reject("an identifier", tokens, start - 2, end)
    if previous.low == ".":
        kind = "a decimal without its leading zero (write 0.5) or part of an identifier"
        return _reject(kind, tokens, start - 1, end)
    if previous.low == "-" and joined is not None and joined.kind in (WORD, NUM):
        return _reject("part of a hyphenated word or an identifier", tokens, start - 2, end)
    return None


def _identifier(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """An identifier word written before: "Group 24", "Resolution 2178", "No. 5", "page 3", "Group of 20"."""
    start = numeral.start
    if start == 0 or tokens[start].kind != NUM:
        return None
    word = start - 1
    dotted = tokens[word].low == "." and word > 0 and not tokens[word].gap
    if dotted:  # "No. 5", "Art. 5", "ст. 307"
        word -= 1
    if tokens[word].low == "of" and word > 0 and tokens[word - 1].text in t.IDENTIFIER_WORDS:  # "Group of 20"
        word -= 1
    previous = tokens[word]
    # "CC BY 2.0": a version number after any capitals; otherwise capitals that are not a headline's words.
    version = "." in tokens[start].text and previous.kind == WORD and previous.text.isupper()
    named = (
        previous.text in t.IDENTIFIER_WORDS
        or previous.low in lx.IDENTIFIER_NOUNS
        or (dotted and previous.low in lx.ABBREVIATED_IDENTIFIERS)
    )
    if named or version or _is_acronym(previous):
        return _reject("an identifier", tokens, word, numeral.end)
    return None


def _in_a_name(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """A capitalized number word inside a sentence: "the Big Three", "the Gang of Four", "Ocean's Eleven"."""
    start = numeral.start
    first = tokens[start]
    if first.kind != WORD or not first.text[0].isupper() or start == 0 or first.newline:
        return None
    if tokens[start - 1].low in t.SENTENCE_ENDS:
        return None
    return _reject("part of a name or a title", tokens, start, numeral.end)


def _dated(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """A day or year beside a month name: "April 3", "May 2015", "22 September"."""
    start, end = numeral.start, numeral.end
    if tokens[start].kind != NUM or numeral.unit is not None:
        return None
    if not (numeral.value <= _LAST_DAY or numeral.year_like):
        return None
    if start > 0 and (tokens[start - 1].text in t.MONTHS or tokens[start - 1].low in lx.LOWER_MONTHS):
        return _reject("a date", tokens, start - 1, end)
    if end < len(tokens) and not numeral.year_like:
        following = tokens[end]
        if following.text in t.MONTHS or following.low in lx.LOWER_MONTHS:
            return _reject("a date", tokens, start, end + 1)
    return None


CLOCK: Final = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")


def _timed(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """A time of day: "at 7 p.m.", "10 o'clock", "в 10 часов утра", "в 10.30"."""
    end, start = numeral.end, numeral.start
    if tokens[start].kind != NUM:
        return None
    before = tokens[start - 1].low if start > 0 else ""
    if before in lx.CLOCK_BEFORE and CLOCK.fullmatch(tokens[start].text):
        return _reject("a time of day", tokens, start - 1, end)
    if end >= len(tokens):
        return None
    following = tokens[end]
    if following.low in lx.HOURS and end + 1 < len(tokens) and tokens[end + 1].low in lx.PARTS_OF_DAY:
        return _reject("a time of day", tokens, start, end + 2)
    dotted = end + 2 < len(tokens) and tokens[end + 1].low == "." and tokens[end + 2].low == "m"
    if following.low in ("a", "p") and dotted and not tokens[end + 1].gap:  # "7 p.m."
        return _reject("a time of day", tokens, numeral.start, min(end + 4, len(tokens)))
    if following.low in t.TIME_MARKERS:
        return _reject("a time of day", tokens, numeral.start, end + 1)
    return None


def _slashed(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """A slash or colon glued between digits: "9/11", "10:30", "24/7"."""
    end = numeral.end
    if (
        end + 1 < len(tokens)
        and tokens[end].low in ("/", ":")
        and not tokens[end].gap
        and tokens[end + 1].kind == NUM
        and not tokens[end + 1].gap
    ):
        return _reject("a date, a time, a ratio or an identifier", tokens, numeral.start, end + 2)
    return None


def _pronoun(tokens: Sequence[Token], numeral: Numeral) -> Reject | None:
    """A "one" that stands for a person or thing: "one might", "the one who", "the old one."."""
    start = numeral.start
    if tokens[start].low != "one" or numeral.end != start + 1:
        return None
    previous = tokens[start - 1] if start > 0 else None
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    if previous is not None and previous.low in t.ONE_IS_A_PRONOUN_AFTER:
        return _reject("a pronoun", tokens, start, start + 1)
    if following is None:
        pronoun = previous is not None and previous.kind == WORD
    else:
        pronoun = following.low in t.ONE_IS_A_PRONOUN_BEFORE or (
            following.kind != WORD and previous is not None
        )
    return _reject("a pronoun", tokens, start, start + 1) if pronoun else None


def around(tokens: Sequence[Token], numeral: Numeral, *, prefixed: bool = False) -> Reject | None:
    """Why the figure ``numeral`` is not a figure in its context, if it is not.

    ``prefixed`` marks a figure glued to words read with it: a hedge ("~300", "c.300") or the near end of
    a range ("50" in "45-50").
    """
    start, end = numeral.start, numeral.end
    if start == 0 and end == len(tokens):  # nothing around it
        return None
    if not prefixed:  # after a hedge, "one" is a count ("only one") and the hedge may be glued ("~300")
        glued = before(tokens, start, end)
        if glued is None and tokens[start].kind == WORD:  # a pronoun or a name is a word ("one", "Three")
            glued = _pronoun(tokens, numeral) or _in_a_name(tokens, numeral)
        if glued is not None:
            return glued
    if tokens[start].kind != NUM:
        return _slashed(tokens, numeral)  # the other checks are of figures in digits
    # The checks in their order, each asked only where its first test can pass (the checks' own tests).
    rejected = _identifier(tokens, numeral) if start else None
    if rejected is None and numeral.unit is None and (numeral.value <= _LAST_DAY or numeral.year_like):
        rejected = _dated(tokens, numeral)
    count = len(tokens)
    if rejected is None and (
        (start and tokens[start - 1].low in lx.CLOCK_BEFORE) or (end < count and tokens[end].low in _TIMES)
    ):
        rejected = _timed(tokens, numeral)
    if rejected is None and end + 1 < count and tokens[end].low in _SLASHES:
        rejected = _slashed(tokens, numeral)
    return rejected


_TIMES: Final = frozenset().union(lx.HOURS, ("a", "p"), t.TIME_MARKERS)
"""Words after a figure that `_timed` reads."""
_SLASHES: Final = frozenset({"/", ":"})
