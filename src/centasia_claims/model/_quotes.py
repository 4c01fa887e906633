r"""Finding a quote in a text when it is not where its offsets say, verbatim or with typographic differences.

Copying a quote out of a web page changes it in small ways: curly quotes become straight, an en dash becomes a
hyphen, a line break becomes a space. `find_quote` tolerates exactly those differences (the table
`CHARACTER_EQUIVALENTS`, plus runs of whitespace counting as one space) and nothing else, so a quote that is
found still says what the text says.

>>> from centasia_claims.model import find_quote
>>> text = "The Tajik embassy in Ankara, however, told RFE/RL\u2019s Tajik Service"
>>> match = find_quote(text, "told RFE/RL's Tajik  Service", near=0)
>>> match.start, match.end, match.verbatim
(38, 65, False)
>>> text[match.start : match.end] == "told RFE/RL\u2019s Tajik Service"
True

The typographic apostrophe and the en dash, as `CHARACTER_EQUIVALENTS` reads them:

>>> from centasia_claims.model import CHARACTER_EQUIVALENTS
>>> CHARACTER_EQUIVALENTS["\u2019"], CHARACTER_EQUIVALENTS["\u2013"]
("'", '-')
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

__all__ = ["CHARACTER_EQUIVALENTS", "QuoteMatch", "find_quote", "find_quotes", "fold_typography"]

CHARACTER_EQUIVALENTS: Final[dict[str, str]] = {
    # Single quotes and apostrophes.
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u2032": "'",  # prime
    "\u02bc": "'",  # modifier letter apostrophe
    # Double quotes.
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
    "\u2033": '"',  # double prime
    "\u00ab": '"',  # left-pointing double angle quotation mark
    "\u00bb": '"',  # right-pointing double angle quotation mark
    # Dashes and minus.
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    # Other characters that copying adds, drops or spells out.
    "\u2026": "...",  # horizontal ellipsis
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero width space
    "\u2060": "",  # word joiner
    "\ufeff": "",  # zero width no-break space (byte order mark)
}
"""Characters a tolerant match reads as another (or as nothing); whitespace runs are read as one space."""


@attrs.frozen
class QuoteMatch:
    """Where a quote was found in a text.

    Attributes:
        start: Code point offset of the first matched character.
        end: Code point offset just past the last matched character.
        verbatim: Whether the text there is the quote character for character; otherwise it differs only in
            whitespace, quotation marks, dashes or the other `CHARACTER_EQUIVALENTS`.

    >>> QuoteMatch(3, 8, verbatim=True).end
    8
    """

    start: int
    end: int
    verbatim: bool


def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text and, for each of its characters, the offset of the character it comes from."""
    chars: list[str] = []
    origin: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origin.append(index)
            in_space = True
            continue
        in_space = False
        replacement = CHARACTER_EQUIVALENTS.get(char, char)
        chars.extend(replacement)
        origin.extend([index] * len(replacement))
    return "".join(chars), tuple(origin)


# Documents are folded once and searched for many quotes; quotes themselves are short and not cached.
_fold_document = functools.lru_cache(maxsize=8)(_fold)


def fold_typography(text: str) -> str:
    r"""Read a text as a tolerant match does: straight quotes, hyphens, one space for each whitespace run.

    >>> fold_typography("\u201cmainly citizens\u201d \u2013 of\n\nTajikistan")
    '"mainly citizens" - of Tajikistan'
    """
    return _fold(text)[0]


def _nearest(starts: list[int], near: int) -> int:
    return min(starts, key=lambda start: (abs(start - near), start))


def _period(needle: str) -> int:
    """The shortest period of ``needle`` (the length of its shortest repeating prefix), in linear time."""
    border = [0] * len(needle)  # KMP failure function: the longest proper border of each prefix
    length = 0
    for index in range(1, len(needle)):
        while length and needle[index] != needle[length]:
            length = border[length - 1]
        if needle[index] == needle[length]:
            length += 1
        border[index] = length
    return len(needle) - border[-1]


def _occurrences(haystack: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``haystack``, overlapping ones included, in time linear in both.

    Searching again one character after each occurrence costs the needle's length per occurrence, which is
    quadratic on a needle that overlaps itself many times (``aaaa`` in ``aaaaaaaa``). With the needle's
    period ``p``, an occurrence at ``i`` is followed by one at ``i + p`` exactly when the ``p`` characters
    after it continue the period, and no other occurrence starts before ``i + p``; a new search starts
    only where that run ends.
    """
    found: list[int] = []
    position = haystack.find(needle)
    if position < 0:
        return found
    period = _period(needle)
    tail = needle[len(needle) - period :]
    while position >= 0:
        found.append(position)
        while haystack.startswith(tail, position + len(needle)):
            position += period
            found.append(position)
        position = haystack.find(needle, position + 1)
    return found


def find_quote(text: str, exact: str, *, near: int = 0) -> QuoteMatch | None:
    r"""Find ``exact`` in ``text``: verbatim if it occurs so, else with typographic differences tolerated.

    Of several occurrences the one starting nearest to ``near`` (the offset the quote claims) wins, the
    earlier on a tie; a verbatim occurrence always wins over a tolerant one. Leading and trailing whitespace
    of ``exact`` is ignored by the tolerant match.

    Args:
        text: The text to search, usually a whole document.
        exact: The quote.
        near: The offset the quote is expected at.

    Returns:
        Where it was found, or ``None`` when it does not occur even with the differences tolerated.

    >>> find_quote("one two one", "one", near=7)
    QuoteMatch(start=8, end=11, verbatim=True)
    >>> find_quote("a \u201cpension\u201d", '"pension"')
    QuoteMatch(start=2, end=11, verbatim=False)
    >>> find_quote("a pension", "salary") is None
    True
    """
    if not exact:
        return None
    starts = _occurrences(text, exact)
    if starts:
        start = _nearest(starts, near)
        return QuoteMatch(start, start + len(exact), verbatim=True)
    folded_text, origin = _fold_document(text)
    needle = fold_typography(exact).strip()
    if not needle:
        return None
    folded_starts = _occurrences(folded_text, needle)
    if not folded_starts:
        return None
    candidates = {origin[start]: origin[start + len(needle) - 1] + 1 for start in folded_starts}
    start = _nearest(list(candidates), near)
    return QuoteMatch(start, candidates[start], verbatim=False)


def find_quotes(text: str, exact: str, *, start: int = 0, end: int | None = None) -> tuple[QuoteMatch, ...]:
    r"""Every place ``exact`` occurs in ``text[start:end]``: the verbatim ones, or if none, the tolerant ones.

    A loader that must place a quote without offsets needs all of them: one is a placement, several are a
    question for a human. Offsets are into the whole ``text``; an occurrence must lie wholly in the range.

    Args:
        text: The text to search, usually a whole document.
        exact: The quote.
        start: Where the range searched begins.
        end: Where it ends (default: the end of ``text``).

    >>> find_quotes("one two one", "one")
    (QuoteMatch(start=0, end=3, verbatim=True), QuoteMatch(start=8, end=11, verbatim=True))
    >>> find_quotes("one two one", "one", start=1)
    (QuoteMatch(start=8, end=11, verbatim=True),)
    >>> find_quotes("a \u201cpension\u201d", '"pension"')
    (QuoteMatch(start=2, end=11, verbatim=False),)
    """
    stop = len(text) if end is None else min(end, len(text))
    if not exact:
        return ()
    verbatim = [
        QuoteMatch(found, found + len(exact), verbatim=True)
        for found in _occurrences(text, exact)
        if found >= start and found + len(exact) <= stop
    ]
    if verbatim:
        return tuple(verbatim)
    needle = fold_typography(exact).strip()
    if not needle:
        return ()
    folded_text, origin = _fold_document(text)
    matches = (
        QuoteMatch(origin[found], origin[found + len(needle) - 1] + 1, verbatim=False)
        for found in _occurrences(folded_text, needle)
    )
    return tuple(dict.fromkeys(match for match in matches if match.start >= start and match.end <= stop))
