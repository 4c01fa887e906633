r"""Where a text may be cut: between user-perceived characters (extended grapheme clusters), never inside.

A quote that starts or ends between a letter and its combining accent, inside an emoji sequence joined by
U+200D, between the two regional indicators of a flag or inside a Hangul syllable written as jamo does not
say what the text says. `grapheme_boundary` applies the rules of Unicode Standard Annex #29 that decide
those cases (GB3 CR LF, GB6-8 Hangul, GB9 extend and joiner, GB9a spacing marks, GB11 emoji joined by
U+200D, GB12-13 regional indicator pairs), from the character categories of `unicodedata`.

>>> from centasia_claims.model import grapheme_boundary
>>> text = "Cafe\u0301 au lait"
>>> grapheme_boundary(text, 4), grapheme_boundary(text, 5)
(False, True)
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["grapheme_boundary"]

_ZWJ: Final = "\u200d"
_EXTEND_CATEGORIES: Final = frozenset({"Mn", "Me", "Mc"})


def _extends(char: str) -> bool:
    """Whether ``char`` joins the character before it (GB9, GB9a): a mark, a joiner, a modifier, a tag."""
    code = ord(char)
    return (
        unicodedata.category(char) in _EXTEND_CATEGORIES
        or char in {_ZWJ, "\u200c"}
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _pictographic(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def _hangul(char: str) -> str:
    """The Hangul syllable type of ``char``: L, V, T, LV, LVT, or empty."""
    code = ord(char)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


_HANGUL_JOINS: Final = frozenset(
    {("L", "L"), ("L", "V"), ("L", "LV"), ("L", "LVT"), ("LV", "V"), ("V", "V"), ("LV", "T"), ("V", "T")}
    | {("LVT", "T"), ("T", "T")}
)


def grapheme_boundary(text: str, index: int) -> bool:  # noqa: PLR0911  (one return per rule, as UAX #29 lists them)
    r"""Whether ``text`` may be cut at ``index`` without splitting a user-perceived character.

    The start and end of the text are boundaries; so is every index outside it. Work is constant except
    between regional indicators, where the run before ``index`` is counted.

    >>> grapheme_boundary("a\r\nb", 2)
    False
    >>> family = "\U0001f468\u200d\U0001f469"
    >>> [grapheme_boundary(family, index) for index in range(4)]
    [True, False, False, True]
    >>> flags = "\U0001f1f9\U0001f1ef\U0001f1fa\U0001f1ff"  # two flags
    >>> [grapheme_boundary(flags, index) for index in range(5)]
    [True, False, True, False, True]
    """
    if index <= 0 or index >= len(text):
        return True
    before, after = text[index - 1], text[index]
    if before == "\r" and after == "\n":
        return False
    if before in "\r\n" or after in "\r\n":
        return True
    if _extends(after):
        return False
    if before == _ZWJ and _pictographic(after):
        return False
    if (_hangul(before), _hangul(after)) in _HANGUL_JOINS:
        return False
    if _regional(before) and _regional(after):
        run = 0
        while index - run - 1 >= 0 and _regional(text[index - run - 1]):
            run += 1
        return run % 2 == 0
    return True
