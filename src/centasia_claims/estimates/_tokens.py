"""Splitting text into tokens (numbers, words, symbols) with code point offsets, and matching word tables.

One anchored scanner with disjoint alternatives, so it runs in linear time on any input.

>>> [t.text for t in tokenize("about 1,141 Tajiks (45-50%)")]
['about', '1,141', 'Tajiks', '(', '45', '-', '50', '%', ')']
>>> tokenize("1.5m")[0].suffix
'm'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from centasia_claims.estimates._formats import AUTO, Format, canonical, digits_to_ascii

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["NUM", "SYM", "WORD", "Key", "PhraseTable", "Token", "split_key", "tokenize"]

NUM: Final = "num"
WORD: Final = "word"
SYM: Final = "sym"

# White space before the token (possessive: never given back, so a run of it is scanned once); then digits
# with separators and a glued letter suffix ("1,141", "1.5m", "2nd"), words with inner apostrophes
# ("o'clock"), any other single character, or the end of the text after the last white space. ASCII digits
# only (`digits_to_ascii` writes Arabic-Indic and Persian digits as ASCII first). A no-break or thin space
# between groups of three digits groups them in every language ("1\u00a0141"); a plain space only in the
# languages that group with it ("1 141").
_THIN: Final = "[\u00a0\u202f\u2009][0-9]{3}(?![0-9])"
_REST: Final = (
    r"(?P<suffix>[^\W\d_]*)"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"  # inner apostrophes, straight or typographic
    r"|(?P<sym>\S)"
    r"|\Z"
)
_SCANNER: Final = re.compile(rf"(?P<space>\s*+)(?:(?P<num>[0-9]+(?:[.,][0-9]+|{_THIN})*){_REST})", re.DOTALL)
_SPACED_SCANNER: Final = re.compile(
    rf"(?P<space>\s*+)(?:(?P<num>[0-9]{{1,3}}(?:[ \u00a0\u202f\u2009][0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?"
    rf"|[0-9]+(?:[.,][0-9]+|{_THIN})*){_REST})",
    re.DOTALL,
)
_LONG: Final = 4096
"""Texts up to this length are matched all at once (`re.Pattern.findall`); longer ones a match at a time."""


class Token(NamedTuple):
    """One token: its kind, text (a number without its suffix), lower-cased text, offsets and spacing."""

    kind: str
    text: str
    low: str
    start: int
    end: int
    gap: bool
    """Whether white space comes before the token."""
    suffix: str = ""
    """Letters glued to a number: ``"m"`` in "1.5m", ``"nd"`` in "2nd"."""
    newline: bool = False
    """Whether a line break comes before the token."""
    number: str = ""
    """A number's digits in English form, as its language writes them ("1 141,5" → "1141.5"); empty when
    the digits are not a number in that language."""
    problem: str = ""
    """Why a number's digits are not a number in its language, or read two ways ("2.750")."""
    grouped: bool = False
    """A number written with thousands separators ("1,141", "1 141")."""


def tokenize(text: str, fmt: Format | None = None) -> list[Token]:
    """Split ``text`` into tokens, dropping white space but remembering it in ``gap`` and ``newline``.

    ``fmt`` is the number format of the text's language (`AUTO`, English with "2.750" refused, if none).
    """
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # skips the named tuple's Python-level constructor: tokenizing is the hot loop
    position = 0
    fmt = fmt or AUTO
    scanner = _SPACED_SCANNER if " " in fmt.thousands else _SCANNER
    # Every character belongs to exactly one match, so offsets are the running sum of the lengths.
    ascii_text = text if text.isascii() else digits_to_ascii(text)
    # A long text is matched one match at a time (not a list of all of them), and holds one shared string
    # per distinct symbol: a megabyte of punctuation or emoji is a million tokens, and their memory is what
    # a text costs.
    matches = (
        scanner.findall(ascii_text)
        if len(ascii_text) <= _LONG
        else (match.groups("") for match in scanner.finditer(ascii_text))
    )
    symbols: dict[str, tuple[str, str]] = {}
    for space, number, suffix, word, symbol in matches:
        if space:
            position += len(space)
            gap, newline = True, "\n" in space
        else:
            gap = newline = False
        if number:
            end = position + len(number) + len(suffix)
            if number.isdigit():  # the common case: plain digits read the same in every language
                digits, grouped, problem = number, False, ""
            else:
                digits, grouped, problem = canonical(number, fmt)
            low = number + suffix.lower()
            token = (NUM, number, low, position, end, gap, suffix, newline, digits, problem, grouped)
            append(new(Token, token))
        elif word:
            end = position + len(word)
            append(new(Token, (WORD, word, word.lower(), position, end, gap, "", newline, "", "", False)))
        elif symbol:
            end = position + 1
            shared = symbols.get(symbol)
            if shared is None:
                shared = symbols[symbol] = (symbol, symbol.lower())
            append(new(Token, (SYM, *shared, position, end, gap, "", newline, "", "", False)))
        else:  # the end of the text, after white space
            break
        position = end
    return tokens


Key = tuple[tuple[str, bool], ...]
"""A table key as tokens: each lower-cased token and whether it is glued to the one before it (the first
token's flag is not used)."""


def split_key(key: str) -> Key:
    """Split a table key into tokens and their spacing.

    >>> split_key("c.")
    (('c', True), ('.', True))
    """
    return tuple((token.low, not token.gap) for token in tokenize(key))


class PhraseTable:
    """Keys of a word table indexed by their first token, to find the longest key written at a position.

    >>> table = PhraseTable(["more than", "more"])
    >>> table.match(tokenize("more than 5"), 0)
    ('more than', 2)
    """

    __slots__ = ("_index", "first_words")

    def __init__(self, keys: Iterable[str]) -> None:
        grouped: dict[str, list[tuple[Key, str]]] = {}
        for key in keys:
            split = split_key(key)
            grouped.setdefault(split[0][0], []).append((split, key))
        self._index = {
            first: tuple(sorted(items, key=lambda item: -len(item[0]))) for first, items in grouped.items()
        }
        self.first_words: frozenset[str] = frozenset(grouped)
        """The lower-cased first token of every key."""

    def match(self, tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
        """The longest key written at ``tokens[index]``, and the index after it."""
        if index >= len(tokens):
            return None
        candidates = self._index.get(tokens[index].low)
        if candidates is None:
            return None
        count = len(tokens)
        for key, name in candidates:
            end = index + len(key)
            if end > count:
                continue
            for offset in range(1, len(key)):
                token = tokens[index + offset]
                low, glued = key[offset]
                if token.low != low or token.gap == glued:
                    break
            else:
                return name, end
        return None
