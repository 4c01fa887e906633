"""Words right before a figure that the reader does not know: kept on the reading, never read as "exact".

A word is *unread* when it stands directly before a figure (nothing but white space between, same line), is
not in any of the reader's tables nor in the curated lists of ordinary words, and has the form of a hedge:

1. it is a typo of a word of a hedge: two letters swapped ("smoe" for "some"), or in words of five letters
   or more one edit (insertion, deletion, substitution, swap), two from seven letters ("aproximatly"); or
2. it is an English adverb in ``-ly`` ("barely", "reportedly" are read; an unknown one is kept); or
3. it is a mathematical symbol the tables do not read ("≃ 300").

Capitalized words inside a sentence (names) and words of ordinary speech ("the 300 fighters", "killed 20")
are never unread, so the rule does not fire on ordinary prose.

>>> from centasia_claims.estimates._tokens import tokenize
>>> unread_before(tokenize("smoe 1,200 fighters"), 1)
'smoe'
>>> unread_before(tokenize("killed 20 people"), 1) is None
True
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._context import table_words
from centasia_claims.estimates._tokens import SYM, WORD

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["is_known", "near_hedge", "unread_before"]

_SHORT: Final = 6
"""Words up to this long may be one edit from a hedge word; longer ones two."""
_MIN_EDITED: Final = 5
"""Shorter words are typos only by a swap of two letters: one edit from "most" is "lost", "post", "must"."""
_KNOWN_SYMBOLS: Final = frozenset({"=", "+", "\u00b1"})


def _distance(a: str, b: str, limit: int) -> int:
    """The optimal string alignment distance of ``a`` and ``b``, or ``limit + 1`` when above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@functools.lru_cache(maxsize=2048)
def near_hedge(word: str) -> bool:
    """Whether ``word`` is a typo of a word of a hedge.

    Two letters swapped ("smoe"), or, in words of five letters or more, one edit (two from seven letters:
    "aproximatly").
    """
    if len(word) < _MIN_EDITED:
        swapped = sorted(word)
        return any(sorted(hedge) == swapped and _distance(word, hedge, 1) == 1 for hedge in lx.HEDGE_WORDS)
    limit = 1 if len(word) <= _SHORT else 2
    return any(
        _distance(word, hedge, limit) <= limit
        for hedge in lx.HEDGE_WORDS
        if abs(len(hedge) - len(word)) <= limit
    )


_KNOWN: Final = (
    table_words() | t.ORDINARY_WORDS | lx.KNOWN_WORDS | frozenset(lx.NUMBER_FORMS) | lx.HEDGE_WORDS
)


def is_known(word: str) -> bool:
    """Whether a lower-cased word is in a table or a list of ordinary words."""
    return word in _KNOWN


def unread_before(tokens: Sequence[Token], start: int) -> str | None:
    """The word or symbol right before ``tokens[start]`` that looks like a hedge the reader does not know."""
    if start == 0 or tokens[start].newline:
        return None
    token = tokens[start - 1]
    if token.low in _KNOWN:
        return None
    if token.kind == SYM:
        if unicodedata.category(token.text) == "Sm" and token.text not in _KNOWN_SYMBOLS:
            return token.text
        return None
    if token.kind != WORD or len(token.low) < 4:
        return None
    inside = start >= 2 and tokens[start - 2].low not in t.SENTENCE_ENDS
    if token.text[0].isupper() and inside:
        return None  # a name or a title
    if near_hedge(token.low):
        return token.text
    if token.low.endswith("ly") and token.low.isascii() and len(token.low) > 4:
        return token.text
    return None
