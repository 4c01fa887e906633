"""A Cyrillic name part and the Latin parts the romanization schemes of `SCHEMES` spell it as.

A transcription may write a name with none of the letters that mark it (German ch for х, ISO 9 j for й,
Turkish c for ҷ): the Cyrillic side says how each scheme spells it (`spelled`). One writer spells a whole
name in one scheme, so where a pair of parts relates only so, every Cyrillic part equal to a Latin part must
have the letters one scheme writes (`written_by`): Абдуллойон Каримов and Abdullojon Karimov agree on ISO 9
(j for й, and Karimov); Nasir (German s for з) and Sharipov (German Scharipow) agree on none.

>>> from centasia_claims.names._key import parse_name
>>> cyrillic, latin = parse_name("Хайит").tokens[0], parse_name("Chaiit").tokens[0]
>>> spelled(cyrillic, latin)
('German usage (Duden)', frozenset({'de'}))
>>> sorted(written_by(parse_name("Каримов").tokens[0], parse_name("Karimov").tokens[0]))
['bgn-pcgn-ru', 'bgn-pcgn-tg', 'fr', 'icao', 'iso-9', 'tr']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.names import _rules
from centasia_claims.names._fold import fold_latin
from centasia_claims.names._key import read_alone
from centasia_claims.names._latin import latinize
from centasia_claims.names._romanize import transliterate
from centasia_claims.names._schemes import SCHEMES

if TYPE_CHECKING:
    from centasia_claims.names._token import Token

__all__ = ["clear_caches", "is_cyrillic", "spelled", "spelled_keys", "written_by"]


def is_cyrillic(token: Token) -> bool:
    """Whether a part is written in Cyrillic (its first letter is one the key table reads)."""
    return token.text[:1].lower() in _rules.KEY_CYRILLIC


class _Read(NamedTuple):
    """One scheme's spelling of a Cyrillic part, read alone as `parse_name` reads it."""

    label: str
    scheme: str
    key: str
    """The spelling's key (a German spelling read as German)."""
    reading: int | None
    """The reading it was read with."""


_UNMARKED = str.maketrans(
    {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)
_ASCII_LETTERS: dict[int, int | None] = {
    code: None for code in range(128) if not ord("a") <= code <= ord("z")
}
_ASCII_LETTERS.update(str.maketrans("auey", "ooii"))
_DOUBLED = re.compile(r"(.)\1+")
_TURKISH = str.maketrans(dict(_rules.TURKISH_LETTERS))


@functools.lru_cache(maxsize=65536)
def _letters(text: str) -> str:
    """A spelling's letters as written, for telling schemes apart.

    Case, diacritics and doubled letters are dropped, and the vowels that Tajik spellings vary (a, o, u;
    e, i, y) are one; consonants and their digraphs are kept (kh and h, sh and s, w and v, j and y differ).
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded).translate(_UNMARKED).encode("ascii", "ignore").decode()
    return _DOUBLED.sub(r"\1", folded.translate(_ASCII_LETTERS))


@functools.lru_cache(maxsize=65536)
def _spellings(text: str) -> tuple[str, ...]:
    """A Cyrillic part spelled in each scheme of `SCHEMES`, in their order."""
    return tuple([transliterate(text, scheme) for scheme in _SCHEMES])


_SCHEMES = tuple(SCHEMES.values())


@functools.lru_cache(maxsize=65536)
def _read(text: str) -> tuple[_Read, ...]:
    found: list[_Read] = []
    read: dict[str, tuple[str, int | None]] = {}  # schemes often spell a part alike: each spelling read once
    for scheme, spelling in zip(_SCHEMES, _spellings(text), strict=True):
        keys = read.get(spelling)
        if keys is None:
            keys = read[spelling] = read_alone(spelling)
        found.append(_Read(scheme.label, scheme.id, *keys))
    return tuple(found)


@functools.lru_cache(maxsize=65536)
def _plain(text: str) -> tuple[str, ...]:
    """Each scheme's spelling folded with no transcription reading."""
    return tuple([fold_latin(latinize(spelling)[0], None)[0] for spelling in _spellings(text)])


@functools.lru_cache(maxsize=65536)
def _written(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each scheme's id and the letters of its spelling (`_letters`); a Turkish one also with c and ç read."""
    found: list[tuple[str, frozenset[str]]] = []
    for scheme, spelling in zip(_SCHEMES, _spellings(text), strict=True):
        letters = {_letters(spelling)}
        if scheme.id == "tr":
            letters.add(_letters(spelling.translate(_TURKISH)))
        found.append((scheme.id, frozenset(letters)))
    return tuple(found)


def spelled(cyrillic: Token, latin: Token) -> tuple[str, frozenset[str]] | None:
    """The label of a scheme whose spelling of a Cyrillic part folds as a Latin part does, and every one.

    A spelling agrees when, read alone, it has the Latin part's key in the Latin part's transcription, or
    when both fold alike with none. The label is the first scheme of the first kind, or else of the second;
    ``None`` when no scheme's spelling agrees.
    """
    letters = fold_latin(latin.latin, None)[0]
    read: list[_Read] = []
    plain: list[_Read] = []
    for spelling, folded in zip(_read(cyrillic.text), _plain(cyrillic.text), strict=True):
        if spelling.key == latin.key and spelling.reading == latin.reading:
            read.append(spelling)
        elif folded == letters:
            plain.append(spelling)
    if not read and not plain:
        return None
    return (read or plain)[0].label, frozenset(spelling.scheme for spelling in (*read, *plain))


def written_by(cyrillic: Token, latin: Token) -> frozenset[str]:
    """The schemes that write a Cyrillic part with the letters of a Latin part (see `_letters`).

    Stricter than the folding: Karimov is written by every scheme but the German and Polish (Karimow),
    Sharipov only by the English-based ones and ICAO (ISO 9 Šaripov, German Scharipow).
    """
    letters = _letters(latin.text)
    return frozenset(scheme for scheme, written in _written(cyrillic.text) if letters in written)


def spelled_keys(token: Token) -> tuple[str, ...]:
    """The keys of a Cyrillic part's spellings in the schemes of `SCHEMES` that differ from its own key.

    Each spelling is read alone, as `parse_name` reads it; a Latin or Arabic part has none. These are the
    blocking keys that let the scheme-spelling rule meet its pairs.
    """
    if token.initial or not is_cyrillic(token):
        return ()
    return _spelled_keys(token.text, token.key)


@functools.lru_cache(maxsize=65536)
def _spelled_keys(text: str, key: str) -> tuple[str, ...]:
    found = {spelling.key for spelling in _read(text)}  # `read_alone` gives `normalize_name`'s key
    found.discard(key)
    return tuple(sorted(found))


def clear_caches() -> None:
    """Empty this module's caches of the spellings of Cyrillic parts."""
    for cache in (_spellings, _read, _plain, _written, _letters, _spelled_keys):
        cache.cache_clear()
