"""Read Arabic-script names (Arabic and Persian letters) against Latin and Cyrillic ones.

Arabic script writes consonants and long vowels; short vowels are usually unwritten. A name in Arabic script
is read letter by letter (`ARABIC_LETTERS`) into a pattern of the folded Latin key it may stand for: each
consonant as its Latin counterpart (ح and خ both h, as kh folds to h; ق q folds to k), each long vowel
letter as the vowel class it writes (ا a/o; و u/o or v; ی i/e or y), and one unwritten short vowel allowed
between letters. The pattern is matched against the other name's folded key.

A match in which every long-vowel letter meets a vowel of its class is *strict*; a match that holds only when
long-vowel letters are also taken as wildcards is *loose* and gives at most `compatible`.

>>> arabic_relation("حليموف", "holimov"), arabic_relation("غولمراد", "golmorod")
('strict', 'strict')
>>> arabic_relation("رحمانوف", "rohmonov"), arabic_relation("حليموف", "korimov")
('strict', None)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ARABIC_LETTERS",
    "arabic_letters",
    "arabic_may_write",
    "arabic_relation",
    "arabic_skeleton",
    "is_arabic",
    "latin_skeleton",
]

_VOWEL = "[oi]"
_LONG_A, _LONG_U, _LONG_I, _SILENT, _FINAL_H, _FA = "A", "U", "I", "_", "H", "F"

ARABIC_LETTERS: Mapping[str, str] = MappingProxyType(
    {
        "ا": _LONG_A, "آ": _LONG_A, "أ": _SILENT, "إ": _SILENT, "ٱ": _SILENT, "ء": _SILENT, "ئ": _LONG_I,
        "ؤ": _LONG_U, "ع": _SILENT, "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
        "خ": "h", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "sh", "ص": "s",
        "ض": "z", "ط": "t", "ظ": "z", "غ": "g", "ف": _FA, "ق": "k", "ک": "k", "ك": "k", "گ": "g",
        "ل": "l", "م": "m", "ن": "n", "و": _LONG_U, "ه": _FINAL_H, "ة": _FINAL_H, "ی": _LONG_I,
        "ي": _LONG_I, "ى": _LONG_I,
    }
)  # fmt: skip
"""Arabic and Persian letters as Latin consonants of the folded key, or as a vowel class: ``A`` (ا, a/o),
``U`` (و, u/o or v), ``I`` (ی, i/e or y), ``_`` (hamza, ain and alif with hamza: any short vowel or none),
``H`` (ه, h or a final vowel), ``F`` (ف, f, or v as Arabic writes Russian -ov)."""

_DOUBLED = re.compile(r"(.)\1+")
_STRICT = {_LONG_A: "o", _LONG_U: "(?:o|v)", _LONG_I: "(?:i)"}
_LOOSE = {_LONG_A: "[oi]", _LONG_U: "[oiv]", _LONG_I: "[oi]"}
_MAX_LETTERS = 40
"""Longer Arabic tokens are compared by skeleton only, keeping every comparison linear in its input."""


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic-script letter.

    >>> is_arabic("حليموف"), is_arabic("Halimov")
    (True, False)
    """
    return any(char in ARABIC_LETTERS for char in text)


_VARIANTS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def arabic_letters(text: str) -> str:
    """The Arabic-script letters of ``text``, without vowel marks and with letter variants unified.

    >>> arabic_letters("عَلي") == arabic_letters("علی")
    True
    """
    decomposed = unicodedata.normalize("NFC", text)
    return "".join(char for char in decomposed if char in ARABIC_LETTERS).translate(_VARIANTS)


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFC", text)
    return "".join(char for char in decomposed if char in ARABIC_LETTERS)


def _element(symbol: str, *, strict: bool, last: bool) -> str:
    if symbol in _STRICT:
        return _STRICT[symbol] if strict else _LOOSE[symbol]
    if symbol == _SILENT:
        return ""
    if symbol == _FINAL_H:
        return f"(?:h|{_VOWEL})?" if last else "h"
    if symbol == _FA:
        return "[fv]"
    return symbol


@functools.lru_cache(maxsize=8192)
def _pattern(text: str, *, strict: bool) -> re.Pattern[str] | None:
    letters = _letters(text)
    if not letters or len(letters) > _MAX_LETTERS:
        return None
    # The article ال inside a name (عبدالحليم) is also written without its l (Abdukhalim).
    letters = letters.replace("ال", "\0") if len(letters) > 3 else letters
    # A doubled letter is one letter in a Latin key (Abdullo, عبدالله; Muhyiddin, محيي).
    if _DOUBLED.search(letters) is not None:  # rare: the substitution's template is dear to expand
        letters = _DOUBLED.sub(r"\1", letters)
    parts = [f"{_VOWEL}?"]
    for index, char in enumerate(letters):
        last = index == len(letters) - 1
        if char == "\0":
            element = "(?:o?l?)"
        elif index == 0 and char == "ا":
            element = ""  # a word-initial alif carries a short vowel (اسلام, Islom)
        else:
            element = _element(ARABIC_LETTERS[char], strict=strict, last=last)
        parts.append(element)
        parts.append(f"{_VOWEL}?")
    return re.compile("".join(parts))


def arabic_relation(arabic: str, key: str) -> str | None:
    """``"strict"``, ``"loose"`` or ``None``: how an Arabic-script token may write a folded Latin key."""
    if len(key) > 2 * _MAX_LETTERS:
        return None
    for strict in (True, False):
        pattern = _pattern(arabic, strict=strict)
        if pattern is not None and pattern.fullmatch(key):
            return "strict" if strict else "loose"
    return None


def arabic_may_write(arabic: str, key: str) -> bool:
    """Whether an Arabic-script token may write a folded Latin key: ``arabic_relation(...) is not None``.

    The loose pattern alone decides it: it accepts every key the strict one does (each long vowel's class
    only widens), so this is one match where `arabic_relation` may need two.

    >>> arabic_may_write("حليموف", "holimov"), arabic_may_write("حليموف", "korimov")
    (True, False)
    """
    if len(key) > 2 * _MAX_LETTERS:
        return False
    pattern = _pattern(arabic, strict=False)
    return pattern is not None and pattern.fullmatch(key) is not None


def arabic_skeleton(text: str) -> str:
    """The consonants an Arabic-script token writes, without ف and the vowel letters (for blocking).

    >>> arabic_skeleton("حليموف"), latin_skeleton("holimov")
    ('hlm', 'hlm')
    """
    out = []
    letters = _letters(text)
    for index, char in enumerate(letters):
        symbol = ARABIC_LETTERS[char]
        if symbol == _FINAL_H and index < len(letters) - 1:
            out.append("h")
        elif len(symbol) > 1 or symbol.islower():
            out.append(symbol)
    return "".join(out)


_NOT_SKELETON = str.maketrans("", "", "oivfw")


def latin_skeleton(key: str) -> str:
    """A folded key's consonants without v and f, to meet `arabic_skeleton`."""
    return key.translate(_NOT_SKELETON)
