"""Name keys: fold any spelling of a name, in Latin or Cyrillic script, to one comparison key.

`normalize_name` is total (every string gives a key, possibly empty) and idempotent. `parse_name` keeps what
`compare_names` needs besides the key: each token as written, the rules that folded it, initials, patronymics
and the titles that were dropped. The parts of a name are read by `names/_parts.py` and made tokens by
`names/_token.py`.

A key is a `NameKey`, a `str` typed as folded so that it is not mistaken for a name as written:

>>> from centasia_claims.names import NameKey, normalize_name
>>> key: NameKey = normalize_name("Гулмурод Ҳалимов")
>>> key, key == normalize_name("Gulmorod Khalimov")
('golmorod holimov', True)
"""

from __future__ import annotations

import unicodedata
from typing import NewType

import attrs

from centasia_claims.names import _fold, _latin
from centasia_claims.names._fold import CACHE_SIZE as _CACHE_SIZE
from centasia_claims.names._parts import NO_READING, PARTS, Raw, new_part, part_key, raw_parts, read_part
from centasia_claims.names._parts import clear_caches as _clear_parts
from centasia_claims.names._token import TOKENS, Token, make_token, store_token, title_widths, word_tables
from centasia_claims.names._token import clear_caches as _clear_tokens

__all__ = ["NameKey", "ParsedName", "normalize_name", "parse_name"]

NameKey = NewType("NameKey", str)
"""A folded comparison key, as returned by `normalize_name`."""


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


def _tokens(raw: Raw) -> tuple[list[Token], int | None, list[int]]:
    """The tokens of a name's parts as written, the reading they were read with, and its titles' widths."""
    # The caches' look-ups are made here rather than in the functions that fill them (a call costs more).
    parts_get = PARTS.get
    present = [(part, stop, entry) for part, stop in raw if (entry := parts_get(part) or new_part(part))[0]]
    # Titles are found first (Kommandeur, Scheich), so that a title's letters never choose the reading.
    widths = title_widths([entry[0] for _, _, entry in present])
    # The first reading any other token shows applies to every Latin token of the name (see `reading_of`).
    rest = present[sum(widths) :] if widths else present
    first = min([entry[3] for _, _, entry in rest]) if rest else NO_READING
    reading = None if first == NO_READING else first
    tokens_get = TOKENS.get
    tokens: list[Token] = []
    for part, stop, (latin, labels, cyrillic, _) in present:
        applied = None if cyrillic else reading
        dotted = bool(stop)
        found = tokens_get((part, applied, dotted))
        tokens.append(found or store_token(part, latin, labels, applied, dotted=dotted))
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
    raw = raw_parts(clean)
    tokens, reading, widths = _tokens(raw)
    titles: list[str] = []
    for width in widths:
        titles.append(" ".join([token.text for token in tokens[:width]]))
        tokens = tokens[width:]
    particle_keys = word_tables().particles
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
                joined.append(make_token(text_joined, latin, labels, reading, dotted=False))
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
    """Empty the caches of names parsed, parts read, tokens made and letters read and folded."""
    _PARSED.clear()
    _clear_tokens()
    _clear_parts()
    _latin.clear_caches()
    _fold.clear_caches()


def _name_key(text: str) -> NameKey:
    """`parse_name`'s key without building its tokens: the same steps on keys alone."""
    clean = unicodedata.normalize("NFKC", text)
    raw = raw_parts(clean)
    read = [entry for entry in (read_part(part) for part, _ in raw) if entry[0]]
    start = sum(title_widths([entry[0] for entry in read]))
    first = min([entry[3] for entry in read[start:]], default=NO_READING)
    reading = None if first == NO_READING else first
    parts = [(latin, part_key(latin, None if cyrillic else reading)) for latin, _, cyrillic, _ in read]
    particle_keys = word_tables().particles
    keys = [key for _, key in parts[start:]]
    if len(keys) > 1 and not particle_keys.isdisjoint(keys[:-1]):
        keys = []
        index = start
        while index < len(parts):
            latin, key = parts[index]
            if key in particle_keys and index + 1 < len(parts):
                keys.append(part_key(latin + parts[index + 1][0], reading))
                index += 2
                continue
            keys.append(key)
            index += 1
    return NameKey(" ".join([key for key in keys if key]))


def read_alone(text: str) -> tuple[NameKey, int | None]:
    """`parse_name`'s key of ``text`` and the reading of its token when it has one token, else ``None``.

    A text of one part (a romanization of one name part, the usual case) is read without building tokens.
    """
    raw = raw_parts(unicodedata.normalize("NFKC", text))
    if len(raw) != 1:
        parsed = parse_name(text)
        return parsed.key, parsed.tokens[0].reading if len(parsed.tokens) == 1 else None
    latin, _, cyrillic, first = read_part(raw[0][0])
    reading = None if cyrillic or first == NO_READING else first
    key = part_key(latin, reading) if latin else ""
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
