"""A name's parts as written, read into Latin, with the transcription (German, French ...) each part shows.

`raw_parts` splits a name into its parts as written (an English possessive dropped, Turkish letters read);
`read_part` reads one part into Latin and finds the first reading of `READINGS` whose marker it shows;
`part_key` folds a part's Latin form to its key. Parts read are kept in a cache (`clear_caches` empties it).

>>> raw_parts("Gulmurod Halimov's")
[('Gulmurod', ''), ('Halimov', '')]
>>> read_part("Chalimow")[0], reading_of([("chalimow", (), False)])
('chalimow', 2)
"""

from __future__ import annotations

import re

from centasia_claims.names import _rules
from centasia_claims.names._arabic import arabic_letters, is_arabic
from centasia_claims.names._fold import CACHE_SIZE as _CACHE_SIZE
from centasia_claims.names._fold import COMPILED_READINGS, fold_latin
from centasia_claims.names._latin import TOKEN, latinized, split_tokens

__all__ = [
    "NO_READING",
    "PARTS",
    "Raw",
    "clear_caches",
    "new_part",
    "part_key",
    "raw_parts",
    "read_part",
    "read_turkish",
    "reading_of",
]

_TURKISH_MARKER = re.compile(_rules.TURKISH_MARKER)
_ISO_9 = re.compile(f"[{_rules.ISO_9_LETTERS}]", re.IGNORECASE)
_TURKISH = re.compile("|".join(map(re.escape, _rules.TURKISH_LETTERS)))


def _turkish(match: re.Match[str]) -> str:
    return _rules.TURKISH_LETTERS[match.group()]


def read_turkish(clean: str) -> str:
    """A name with Turkish letters and none only ISO 9 writes, with Turkish c and ç read (c as j, ç as ch)."""
    if _TURKISH_MARKER.search(clean) and not _ISO_9.search(clean):
        return _TURKISH.sub(_turkish, clean)
    return clean


_MARKERS = tuple(re.compile(marker.pattern, re.MULTILINE) for _, marker, _ in COMPILED_READINGS)
"""The readings' markers searched over a name's Latin tokens at once, one token a line (no marker crosses a
line break; ``$`` ends a token)."""


def reading_of(latins: list[tuple[str, tuple[str, ...], bool]]) -> int | None:
    """The index of the transcription reading (German, French) a name's Latin tokens show, if any."""
    lines = "\n".join([latin for latin, _, cyrillic in latins if not cyrillic])
    if lines:
        for index, marker in enumerate(_MARKERS):
            if marker.search(lines):
                return index
    return None


NO_READING = len(COMPILED_READINGS)
PARTS: dict[str, tuple[str, tuple[str, ...], bool, int]] = {}


_ANY_MARKER = re.compile("|".join(f"(?:{marker.pattern})" for _, marker, _ in COMPILED_READINGS)).search
"""Whether a Latin token shows any reading's marker (most show none: one search instead of one a reading)."""


def read_part(part: str) -> tuple[str, tuple[str, ...], bool, int]:
    """`latinize` of a token, and the index of the first reading whose marker it shows (or `NO_READING`)."""
    return PARTS.get(part) or new_part(part)


def new_part(part: str) -> tuple[str, tuple[str, ...], bool, int]:
    """`read_part` for a token not in the cache: read, and kept if the cache has room."""
    latin, labels, cyrillic = latinized(part)
    first = NO_READING
    if not cyrillic:
        # Markers are looked for in the letters read (ç is dzh) and as written (ł, ż, ï, ISO 9's ḩ).
        written = part.casefold()
        if _ANY_MARKER(latin) is not None or (written != latin and _ANY_MARKER(written) is not None):
            first = next(
                (
                    index
                    for index, (_, marker, _) in enumerate(COMPILED_READINGS)
                    if marker.search(latin) or (written != latin and marker.search(written))
                ),
                NO_READING,
            )
    found = (latin, labels, cyrillic, first)
    if len(PARTS) < _CACHE_SIZE:
        PARTS[part] = found
    return found


# A token and the full stop after it, if any, for a text of ASCII characters only (no marks to consider).
_ASCII_TOKEN = re.compile(f"({TOKEN.pattern})(\\.?)")


Raw = list[tuple[str, str]] | list[tuple[str, bool]]
"""A name's parts as written, each with its full stop (``"."`` or ``""``, or a bool) that marks an initial."""


_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{3})['’]s\b")
"""An English possessive after a word of three letters or more: "Halimov's" is Halimov (not "Sa's")."""


def raw_parts(clean: str) -> Raw:
    """A name's parts as written (`split_tokens`), the common shapes found without a pattern.

    An English possessive is not part of a name: "Gulmurod Halimov's" has the parts Gulmurod and Halimov.
    """
    if "'s" in clean or "’s" in clean:
        clean = _POSSESSIVE.sub("", clean)
    if not clean.isascii():
        clean = read_turkish(clean)
    if clean.replace(" ", "").isalnum():
        # Letters and digits between spaces (``[^\W_]`` is exactly `str.isalnum`): split at the spaces.
        return [(part, "") for part in clean.split(" ") if part]
    if clean.isascii():
        return _ASCII_TOKEN.findall(clean)
    return split_tokens(clean)


def part_key(latin: str, reading: int | None) -> str:
    if not latin.isascii() and is_arabic(latin):
        return arabic_letters(latin)
    return fold_latin(latin, reading)[0]


def clear_caches() -> None:
    """Empty this module's cache of parts read."""
    PARTS.clear()
