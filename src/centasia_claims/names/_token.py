"""A name's tokens: the `Token` type, the folded word tables that mark titles, particles and patronymics.

`make_token` makes the token of a part (its key, the rules that folded it, whether it is an initial or a
patronymic) and keeps it in a cache (`clear_caches` empties it); `title_widths` finds the titles at the start
of a name; `word_tables` gives the word tables of `names/_rules.py` folded like names, once.

>>> store_token("Sharifovich", "sharifovich", (), None, dotted=False).patronymic
True
>>> title_widths(["president", "emomali", "rahmon"])
[1]
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs

from centasia_claims.names import _rules
from centasia_claims.names._arabic import arabic_letters, is_arabic
from centasia_claims.names._fold import CACHE_SIZE as _CACHE_SIZE
from centasia_claims.names._fold import fold_latin
from centasia_claims.names._latin import latinize
from centasia_claims.names._parts import part_key, read_turkish

__all__ = [
    "TOKENS",
    "Token",
    "WordTables",
    "clear_caches",
    "folded_set",
    "folded_tuple",
    "make_token",
    "store_token",
    "title_widths",
    "word_tables",
]

_ARABIC_LABEL = "Arabic script"


@attrs.frozen
class Token:
    """One part of a name.

    Attributes:
        text: The part as written.
        latin: Its lowercase Latin form before folding (Cyrillic transliterated, diacritics dropped).
        key: Its folded key.
        labels: The folding rules that changed it, once per change.
        initial: Whether it is an initial ("F." or a single letter).
        patronymic: Whether it is a patronymic ("Sharifovich", "ugli").
        arabic: Whether it is written in Arabic script; its key is then its letters, read against Latin
            keys by `compare_names` (see ``names/_arabic.py``).
        reading: The index in `READINGS` of the transcription the part was read in (German, ISO 9 ...),
            or ``None``; not shown in its repr.

    >>> from centasia_claims.names import parse_name
    >>> parse_name("Gulmorod Khalimov").tokens[1]  # doctest: +NORMALIZE_WHITESPACE
    Token(text='Khalimov', latin='khalimov', key='holimov', labels=('kh/h', 'a/o/u'),
          initial=False, patronymic=False, arabic=False)
    >>> [token.initial for token in parse_name("F. Halimov").tokens]
    [True, False]
    >>> [token.reading for token in parse_name("Gulmurod Chalimow").tokens]  # German: READINGS[2]
    [2, 2]
    """

    text: str
    latin: str
    key: str
    labels: tuple[str, ...] = ()
    initial: bool = False
    patronymic: bool = False
    arabic: bool = False
    reading: int | None = attrs.field(default=None, repr=False)


@functools.cache
def folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_latin(latinize(word)[0], None)[0] for word in words)


@functools.cache
def folded_tuple(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_latin(latinize(word)[0], None)[0] for word in words)


class WordTables(NamedTuple):
    """The word tables of `names/_rules.py` that mark a name's titles, particles and patronymics, folded."""

    titles: frozenset[str]
    descriptors: frozenset[str]
    particles: frozenset[str]
    patronymic_words: frozenset[str]
    patronymic_suffixes: tuple[str, ...]


@functools.cache
def word_tables() -> WordTables:
    """The word tables folded, once (on first use, so that importing the package does not fold them)."""
    return WordTables(
        folded_set(_rules.TITLES) | folded_set(tuple(map(read_turkish, _rules.TITLES))),
        folded_set(_rules.DESCRIPTORS),
        folded_set(_rules.PARTICLES),
        folded_set(_rules.PATRONYMIC_WORDS),
        folded_tuple(_rules.PATRONYMIC_SUFFIXES),
    )


def _new_token(text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool) -> Token:
    if not latin.isascii() and is_arabic(latin):
        return Token(text, latin, arabic_letters(latin), (_ARABIC_LABEL,), arabic=True)
    key, fold_labels = fold_latin(latin, reading)
    words = word_tables()
    suffixes = words.patronymic_suffixes
    patronymic = key in words.patronymic_words or (
        key.endswith(suffixes)
        and any(key.endswith(suffix) and len(key) > len(suffix) + 1 for suffix in suffixes)
    )
    initial = len(key) == 1 or (dotted and len(latin) <= 3)
    return Token(text, latin, key, labels + fold_labels, initial, patronymic, reading=reading)


TOKENS: dict[tuple[str, int | None, bool], Token] = {}


def make_token(text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool) -> Token:
    """The token of ``text``; ``latin`` and ``labels`` are those of ``text`` (so ``text`` keys the cache)."""
    return TOKENS.get((text, reading, dotted)) or store_token(text, latin, labels, reading, dotted=dotted)


def store_token(
    text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool
) -> Token:
    """`make_token` for a token not in the cache: made, and kept if the cache has room."""
    token = _new_token(text, latin, labels, reading, dotted=dotted)
    if len(TOKENS) < _CACHE_SIZE:
        TOKENS[text, reading, dotted] = token
    return token


def title_widths(latins: list[str]) -> list[int]:
    """The widths of the titles at the start of a name, by the keys of its parts read with no transcription.

    ``latins`` are the parts' Latin forms; a part's key is folded only where the test reaches it. A title is
    one part, or two for a descriptor and its title (Tajik President); one part is always left.
    """
    words = word_tables()
    titles, descriptors = words.titles, words.descriptors
    widths: list[int] = []
    start = 0
    while len(latins) - start > 1:
        key = part_key(latins[start], None)
        if key in titles:
            widths.append(1)
        elif len(latins) - start > 2 and key in descriptors and part_key(latins[start + 1], None) in titles:
            widths.append(2)
        else:
            break
        start += widths[-1]
    return widths


def clear_caches() -> None:
    """Empty this module's cache of tokens made."""
    TOKENS.clear()
