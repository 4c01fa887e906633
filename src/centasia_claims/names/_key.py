"""Name keys: fold any spelling of a name, in Latin or Cyrillic script, to one comparison key.

`normalize_name` is total (every string gives a key, possibly empty) and idempotent. `parse_name` keeps what
`compare_names` needs besides the key: each token as written, the rules that folded it, initials, patronymics
and the titles that were dropped.

A key is a `NameKey`, a `str` typed as folded so that it is not mistaken for a name as written:

>>> from centasia_claims.names import NameKey, normalize_name
>>> key: NameKey = normalize_name("Гулмурод Ҳалимов")
>>> key, key == normalize_name("Gulmorod Khalimov")
('golmorod holimov', True)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple, NewType

import attrs

from centasia_claims.names import _fold, _latin, _rules
from centasia_claims.names._arabic import arabic_letters, is_arabic
from centasia_claims.names._fold import CACHE_SIZE as _CACHE_SIZE
from centasia_claims.names._fold import COMPILED_READINGS, fold_latin
from centasia_claims.names._latin import TOKEN, latinize, latinized, split_tokens

__all__ = ["NameKey", "ParsedName", "Token", "normalize_name", "parse_name"]

NameKey = NewType("NameKey", str)
"""A folded comparison key, as returned by `normalize_name`."""

_TURKISH_MARKER = re.compile(_rules.TURKISH_MARKER)
_ISO_9 = re.compile(f"[{_rules.ISO_9_LETTERS}]", re.IGNORECASE)
_TURKISH = re.compile("|".join(map(re.escape, _rules.TURKISH_LETTERS)))
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


@attrs.frozen
class ParsedName:
    """A name split into folded tokens, with the titles that were dropped.

    Attributes:
        text: The name as given.
        tokens: The name's parts after titles, in the order written.
        titles: Titles and honorifics dropped from the start ("Colonel").
        key: The comparison key: the tokens' keys joined by spaces.

    >>> from centasia_claims.names import parse_name
    >>> name = parse_name("Colonel Gulmorod Khalimov")
    >>> name.titles, [token.text for token in name.tokens], name.key
    (('Colonel',), ['Gulmorod', 'Khalimov'], 'golmorod holimov')
    """

    text: str
    tokens: tuple[Token, ...]
    titles: tuple[str, ...]
    key: NameKey


def _turkish(match: re.Match[str]) -> str:
    return _rules.TURKISH_LETTERS[match.group()]


def read_turkish(clean: str) -> str:
    """A name with Turkish letters and none only ISO 9 writes, with Turkish c and ç read (c as j, ç as ch)."""
    if _TURKISH_MARKER.search(clean) and not _ISO_9.search(clean):
        return _TURKISH.sub(_turkish, clean)
    return clean


@functools.cache
def folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_latin(latinize(word)[0], None)[0] for word in words)


@functools.cache
def folded_tuple(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_latin(latinize(word)[0], None)[0] for word in words)


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


class _Words(NamedTuple):
    titles: frozenset[str]
    descriptors: frozenset[str]
    particles: frozenset[str]
    patronymic_words: frozenset[str]
    patronymic_suffixes: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    """The word tables folded, once (on first use, so that importing the package does not fold them)."""
    return _Words(
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
    words = _words()
    suffixes = words.patronymic_suffixes
    patronymic = key in words.patronymic_words or (
        key.endswith(suffixes)
        and any(key.endswith(suffix) and len(key) > len(suffix) + 1 for suffix in suffixes)
    )
    initial = len(key) == 1 or (dotted and len(latin) <= 3)
    return Token(text, latin, key, labels + fold_labels, initial, patronymic, reading=reading)


_TOKENS: dict[tuple[str, int | None, bool], Token] = {}


def _make_token(
    text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool
) -> Token:
    """The token of ``text``; ``latin`` and ``labels`` are those of ``text`` (so ``text`` keys the cache)."""
    return _TOKENS.get((text, reading, dotted)) or _store_token(text, latin, labels, reading, dotted=dotted)


def _store_token(
    text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool
) -> Token:
    """`_make_token` for a token not in the cache: made, and kept if the cache has room."""
    token = _new_token(text, latin, labels, reading, dotted=dotted)
    if len(_TOKENS) < _CACHE_SIZE:
        _TOKENS[text, reading, dotted] = token
    return token


_NO_READING = len(COMPILED_READINGS)
_PARTS: dict[str, tuple[str, tuple[str, ...], bool, int]] = {}


_ANY_MARKER = re.compile("|".join(f"(?:{marker.pattern})" for _, marker, _ in COMPILED_READINGS)).search
"""Whether a Latin token shows any reading's marker (most show none: one search instead of one a reading)."""


def _read_part(part: str) -> tuple[str, tuple[str, ...], bool, int]:
    """`latinize` of a token, and the index of the first reading whose marker it shows (or `_NO_READING`)."""
    return _PARTS.get(part) or _new_part(part)


def _new_part(part: str) -> tuple[str, tuple[str, ...], bool, int]:
    """`_read_part` for a token not in the cache: read, and kept if the cache has room."""
    latin, labels, cyrillic = latinized(part)
    first = _NO_READING
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
                _NO_READING,
            )
    found = (latin, labels, cyrillic, first)
    if len(_PARTS) < _CACHE_SIZE:
        _PARTS[part] = found
    return found


# A token and the full stop after it, if any, for a text of ASCII characters only (no marks to consider).
_ASCII_TOKEN = re.compile(f"({TOKEN.pattern})(\\.?)")


_Raw = list[tuple[str, str]] | list[tuple[str, bool]]
"""A name's parts as written, each with its full stop (``"."`` or ``""``, or a bool) that marks an initial."""


_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{3})['’]s\b")
"""An English possessive after a word of three letters or more: "Halimov's" is Halimov (not "Sa's")."""


def _raw_parts(clean: str) -> _Raw:
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


def _title_widths(latins: list[str]) -> list[int]:
    """The widths of the titles at the start of a name, by the keys of its parts read with no transcription.

    ``latins`` are the parts' Latin forms; a part's key is folded only where the test reaches it. A title is
    one part, or two for a descriptor and its title (Tajik President); one part is always left.
    """
    words = _words()
    titles, descriptors = words.titles, words.descriptors
    widths: list[int] = []
    start = 0
    while len(latins) - start > 1:
        key = _part_key(latins[start], None)
        if key in titles:
            widths.append(1)
        elif len(latins) - start > 2 and key in descriptors and _part_key(latins[start + 1], None) in titles:
            widths.append(2)
        else:
            break
        start += widths[-1]
    return widths


def _tokens(raw: _Raw) -> tuple[list[Token], int | None, list[int]]:
    """The tokens of a name's parts as written, the reading they were read with, and its titles' widths."""
    # The caches' look-ups are made here rather than in the functions that fill them (a call costs more).
    parts_get = _PARTS.get
    present = [(part, stop, entry) for part, stop in raw if (entry := parts_get(part) or _new_part(part))[0]]
    # Titles are found first (Kommandeur, Scheich), so that a title's letters never choose the reading.
    widths = _title_widths([entry[0] for _, _, entry in present])
    # The first reading any other token shows applies to every Latin token of the name (see `reading_of`).
    rest = present[sum(widths) :] if widths else present
    first = min([entry[3] for _, _, entry in rest]) if rest else _NO_READING
    reading = None if first == _NO_READING else first
    tokens_get = _TOKENS.get
    tokens: list[Token] = []
    for part, stop, (latin, labels, cyrillic, _) in present:
        applied = None if cyrillic else reading
        dotted = bool(stop)
        found = tokens_get((part, applied, dotted))
        tokens.append(found or _store_token(part, latin, labels, applied, dotted=dotted))
    return tokens, reading, widths


def _parse_name(text: str) -> ParsedName:
    clean = unicodedata.normalize("NFKC", text)
    tokens, titles, keys = _parts(clean)
    return ParsedName(clean, tuple(tokens), tuple(titles), NameKey(" ".join(keys)))


def parts_and_titles(text: str) -> tuple[tuple[Token, ...], tuple[str, ...]]:
    """`parse_name`'s tokens and titles, from its cache or read without building a `ParsedName`."""
    parsed = _PARSED.get(text)
    if parsed is not None:
        return parsed.tokens, parsed.titles
    tokens, titles, _ = _parts(unicodedata.normalize("NFKC", text))
    return tuple(tokens), tuple(titles)


def _parts(clean: str) -> tuple[list[Token], list[str], list[str]]:
    """The tokens, titles and keys of a name in NFKC form: the work of `parse_name`."""
    raw = _raw_parts(clean)
    tokens, reading, widths = _tokens(raw)
    titles: list[str] = []
    for width in widths:
        titles.append(" ".join([token.text for token in tokens[:width]]))
        tokens = tokens[width:]
    particle_keys = _words().particles
    keys = [token.key for token in tokens]
    if len(keys) > 1 and not particle_keys.isdisjoint(keys[:-1]):
        joined: list[Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.key in particle_keys and index + 1 < len(tokens):
                following = tokens[index + 1]
                latin = token.latin + following.latin
                labels = (*token.labels, *following.labels)
                text_joined = f"{token.text} {following.text}"
                joined.append(_make_token(text_joined, latin, labels, reading, dotted=False))
                index += 2
                continue
            joined.append(token)
            index += 1
        tokens = joined
        keys = [token.key for token in tokens]
    if "" in keys:  # a part that folds to nothing (a lone apostrophe) is dropped
        tokens = [token for token in tokens if token.key]
        keys = [key for key in keys if key]
    return tokens, titles, keys


_PARSED: dict[str, ParsedName] = {}


def parse_name(text: str) -> ParsedName:
    """Split a name into folded tokens, dropping titles and joining particles.

    >>> name = parse_name("Colonel Gulmorod Khalimov")
    >>> name.titles, [token.key for token in name.tokens]
    (('Colonel',), ['golmorod', 'holimov'])
    >>> parse_name("Abdul Khalil").key == parse_name("Abdukhalil").key
    True
    """
    found = _PARSED.get(text)
    if found is None:
        found = _parse_name(text)
        if len(_PARSED) < _CACHE_SIZE:
            _PARSED[text] = found
    return found


def clear_caches() -> None:
    """Empty this module's caches (names parsed, tokens read and folded)."""
    for cache in (_PARSED, _TOKENS, _PARTS):
        cache.clear()
    _latin.clear_caches()
    _fold.clear_caches()


def _part_key(latin: str, reading: int | None) -> str:
    if not latin.isascii() and is_arabic(latin):
        return arabic_letters(latin)
    return fold_latin(latin, reading)[0]


def _name_key(text: str) -> NameKey:
    """`parse_name`'s key without building its tokens: the same steps on keys alone."""
    clean = unicodedata.normalize("NFKC", text)
    raw = _raw_parts(clean)
    read = [entry for entry in (_read_part(part) for part, _ in raw) if entry[0]]
    start = sum(_title_widths([entry[0] for entry in read]))
    first = min([entry[3] for entry in read[start:]], default=_NO_READING)
    reading = None if first == _NO_READING else first
    parts = [(latin, _part_key(latin, None if cyrillic else reading)) for latin, _, cyrillic, _ in read]
    particle_keys = _words().particles
    keys = [key for _, key in parts[start:]]
    if len(keys) > 1 and not particle_keys.isdisjoint(keys[:-1]):
        keys = []
        index = start
        while index < len(parts):
            latin, key = parts[index]
            if key in particle_keys and index + 1 < len(parts):
                keys.append(_part_key(latin + parts[index + 1][0], reading))
                index += 2
                continue
            keys.append(key)
            index += 1
    return NameKey(" ".join([key for key in keys if key]))


def read_alone(text: str) -> tuple[NameKey, int | None]:
    """`parse_name`'s key of ``text`` and the reading of its token when it has one token, else ``None``.

    A text of one part (a romanization of one name part, the usual case) is read without building tokens.
    """
    raw = _raw_parts(unicodedata.normalize("NFKC", text))
    if len(raw) != 1:
        parsed = parse_name(text)
        return parsed.key, parsed.tokens[0].reading if len(parsed.tokens) == 1 else None
    latin, _, cyrillic, first = _read_part(raw[0][0])
    reading = None if cyrillic or first == _NO_READING else first
    key = _part_key(latin, reading) if latin else ""
    return NameKey(key), reading if key else None


def normalize_name(text: str) -> NameKey:
    """Fold a name to its comparison key.

    Folds case, diacritics, punctuation, leading titles and honorifics, Cyrillic script (Russian and Tajik,
    with Ғ Ӣ Қ Ӯ Ҳ Ҷ) and the systematic variation between romanizations: kh/h/x, dzh/dj/j, zh/j, ch/tch,
    yo/io/ë, ya/ia, yu/iu, -iy/-ii/-i, doubled letters, and the vowels that romanizations of Tajik write
    differently (a, o, u -> o; e, i, y -> i). French and German transcriptions are read as such. The key is
    for comparing, not for display. Total and idempotent: any string gives a key, and a key is its own key.

    >>> normalize_name("Gulmurod Halimov")
    'golmorod holimov'
    >>> {normalize_name(n) for n in ("Gulmorod Khalimov", "Гулмурод Ҳалимов", "Goulmourod Khalimov",
    ...                               "Gulmurod Chalimow", "Colonel Gulmurod Halimov")}
    {'golmorod holimov'}
    >>> normalize_name("Эмомалӣ Раҳмон") == normalize_name("Emomoli Rakhmon")
    True
    """
    parsed = _PARSED.get(text)
    return _name_key(text) if parsed is None else parsed.key
