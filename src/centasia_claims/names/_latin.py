"""A name's parts as written, and each part's lowercase Latin letters before folding.

Parts are runs of letters, marks and digits, or of the joiners of `LATIN_LETTERS` (apostrophes and the
middle dot join a part: G‘ulom, Is·hoq); Cyrillic letters are read through `KEY_CYRILLIC` and the letters
with a sound of their own in ISO 9 and Tajik Latin through `LATIN_LETTERS`, then diacritics are dropped.

>>> split_tokens("F. Halimov")
[('F', True), ('Halimov', False)]
>>> latinize("Ҳалимов")
('halimov', ('Cyrillic script',), True)
"""

from __future__ import annotations

import re
import unicodedata

from centasia_claims.names import _rules
from centasia_claims.names._fold import CACHE_SIZE

__all__ = ["TOKEN", "clear_caches", "latinize", "latinized", "split_tokens"]

_CYRILLIC_LABEL = "Cyrillic script"
_DIACRITICS_LABEL = "diacritics"


def _is_token_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" or char in _rules.LATIN_LETTERS


# A token is a run of letters, marks and digits, or of the joiners of `_rules.LATIN_LETTERS`. ``[^\W_]`` is
# exactly Unicode's letters and numbers; combining marks, which the pattern cannot name, are rare after NFKC
# and send a text to the character-by-character split.
TOKEN = re.compile(f"(?:[^\\W_]|[{''.join(map(re.escape, _rules.LATIN_LETTERS))}])+")


def _split_by_char(text: str) -> list[tuple[str, bool]]:
    tokens: list[tuple[str, bool]] = []
    start = None
    for index, char in enumerate(text):
        if _is_token_char(char):
            if start is None:
                start = index
            continue
        if start is not None:
            tokens.append((text[start:index], char == "."))
            start = None
    if start is not None:
        tokens.append((text[start:], False))
    return tokens


def split_tokens(text: str) -> list[tuple[str, bool]]:
    """Tokens as written, each with whether a full stop follows it (an initial such as "F.")."""
    between = TOKEN.sub("", text)
    if not between.isascii() and any(unicodedata.category(char)[0] == "M" for char in between):
        return _split_by_char(text)
    return [(match.group(), text.startswith(".", match.end())) for match in TOKEN.finditer(text)]


_KEY_TABLE = str.maketrans(
    {
        **dict(_rules.KEY_CYRILLIC),
        **{char: "" for char, latin in _rules.LATIN_LETTERS.items() if not latin},
        **{chr(code): "" for code in range(128) if not chr(code).isalnum()},
    }
)
"""One pass for a token of ASCII letters and the Cyrillic letters of the key table (the usual case)."""
_CYRILLIC_KEYS = frozenset(_rules.KEY_CYRILLIC)
_CYRILLIC_LABELS = (_CYRILLIC_LABEL,)


def _latinize_by_char(text: str) -> tuple[str, tuple[str, ...], bool]:
    labels: list[str] = []
    cyrillic = False
    out: list[str] = []
    for char in text.casefold():
        if char in _rules.KEY_CYRILLIC:
            cyrillic = True
            out.append(_rules.KEY_CYRILLIC[char])
        elif char in _rules.LATIN_LETTERS:
            replacement = _rules.LATIN_LETTERS[char]
            if replacement:
                labels.append(_DIACRITICS_LABEL)
            out.append(replacement)
        else:  # a letter the tables lack may be one they hold plus a mark (Ќ is К and an acute accent)
            for part in unicodedata.normalize("NFKD", char):
                if part in _rules.KEY_CYRILLIC:
                    cyrillic = True
                    out.append(_rules.KEY_CYRILLIC[part])
                else:
                    out.append(part)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    kept = "".join(char for char in decomposed if unicodedata.category(char)[0] in "LN")
    if len(kept) != len(decomposed) and any(unicodedata.category(c) == "Mn" for c in decomposed):
        labels.append(_DIACRITICS_LABEL)
    if cyrillic:
        labels.insert(0, _CYRILLIC_LABEL)
    return kept, tuple(labels), cyrillic


def _accented() -> dict[str, str]:
    """Case-folded Latin letters that decompose into ASCII letters and combining marks alone (é, ŭ, ė)."""
    found: dict[str, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        parts = unicodedata.normalize("NFKD", char)
        base = "".join(part for part in parts if unicodedata.category(part) != "Mn")
        if (
            char.casefold() == char
            and char not in _rules.LATIN_LETTERS
            and len(base) < len(parts)
            and base.isascii()
            and base.isalpha()
        ):
            found[char] = base
    return found


_ACCENTED = _accented()
_READ_LETTERS = frozenset(char for char, latin in _rules.LATIN_LETTERS.items() if latin)
_WIDE_TABLE: dict[int, str | int | None] = {
    **{ord(char): base for char, base in _ACCENTED.items()},
    **{ord(char): latin for char, latin in _rules.LATIN_LETTERS.items() if latin},
    **_KEY_TABLE,
}
"""`_KEY_TABLE` with the letters of `LATIN_LETTERS` read and the accented letters of `_ACCENTED` unmarked."""


def latinized(text: str) -> tuple[str, tuple[str, ...], bool]:
    if text.isascii() and text.isalnum():  # ASCII letters and digits: the table changes nothing but case
        return (text.lower(), (), False)
    folded = text.casefold()
    mapped = folded.translate(_KEY_TABLE)
    if mapped.isascii():  # every character was ASCII, a Cyrillic letter of the table, or a joiner
        cyrillic = not _CYRILLIC_KEYS.isdisjoint(folded)
        return (mapped, _CYRILLIC_LABELS if cyrillic else (), cyrillic)
    mapped = folded.translate(_WIDE_TABLE)
    if mapped.isascii():  # and letters read by `LATIN_LETTERS` or accented: as `_latinize_by_char` reads them
        cyrillic = not _CYRILLIC_KEYS.isdisjoint(folded)
        read = sum(1 for char in folded if char in _READ_LETTERS)
        marked = any(char in _ACCENTED for char in folded)
        labels = (_CYRILLIC_LABEL,) if cyrillic else ()
        return (mapped, labels + (_DIACRITICS_LABEL,) * (read + marked), cyrillic)
    return _latinize_by_char(text)


_LATINIZED: dict[str, tuple[str, tuple[str, ...], bool]] = {}


def latinize(text: str) -> tuple[str, tuple[str, ...], bool]:
    """A token's lowercase Latin letters and digits, the labels of what changed, and if it was Cyrillic."""
    found = _LATINIZED.get(text)
    if found is None:
        found = latinized(text)
        if len(_LATINIZED) < CACHE_SIZE:
            _LATINIZED[text] = found
    return found


def clear_caches() -> None:
    """Empty this module's cache of parts read."""
    _LATINIZED.clear()
