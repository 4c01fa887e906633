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
from collections import Counter
from typing import NewType

import attrs

from centasia_claims.names import _rules
from centasia_claims.names._arabic import arabic_letters, is_arabic

__all__ = ["NameKey", "ParsedName", "Token", "normalize_name", "parse_name"]

NameKey = NewType("NameKey", str)
"""A folded comparison key, as returned by `normalize_name`."""

_MAX_PASSES = 8
_FOLD = _rules.compile_rules(_rules.FOLD_RULES)
_DOUBLED = re.compile(r"(.)\1+")
_ABDUL = re.compile(_rules.ABDUL_RULE.pattern)
COMPILED_READINGS = tuple(
    (reading, re.compile(reading.marker), _rules.compile_rules(reading.rules)) for reading in _rules.READINGS
)
_TURKISH_MARKER = re.compile(_rules.TURKISH_MARKER)
_TURKISH = re.compile("|".join(map(re.escape, _rules.TURKISH_LETTERS)))
_CYRILLIC_LABEL = "Cyrillic script"
_ARABIC_LABEL = "Arabic script"
_DIACRITICS_LABEL = "diacritics"


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

    >>> from centasia_claims.names import parse_name
    >>> parse_name("Gulmorod Khalimov").tokens[1]  # doctest: +NORMALIZE_WHITESPACE
    Token(text='Khalimov', latin='khalimov', key='holimov', labels=('kh/h', 'a/o/u'),
          initial=False, patronymic=False, arabic=False)
    >>> [token.initial for token in parse_name("F. Halimov").tokens]
    [True, False]
    """

    text: str
    latin: str
    key: str
    labels: tuple[str, ...] = ()
    initial: bool = False
    patronymic: bool = False
    arabic: bool = False


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


def _is_token_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" or char in _rules.LATIN_LETTERS


def _split(text: str) -> list[tuple[str, bool]]:
    """Tokens as written, each with whether a full stop follows it (an initial such as "F.")."""
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


@functools.lru_cache(maxsize=65536)
def _latinize(text: str) -> tuple[str, tuple[str, ...], bool]:
    """A token's lowercase Latin letters and digits, the labels of what changed, and if it was Cyrillic."""
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


def _turkish(match: re.Match[str]) -> str:
    return _rules.TURKISH_LETTERS[match.group()]


def rewrite(pattern: re.Pattern[str], rules: tuple[_rules.Rule, ...], text: str, labels: list[str]) -> str:
    def replace(match: re.Match[str]) -> str:
        rule = rules[int(str(match.lastgroup)[1:])]
        found = match.group()
        if rule.replacement != found:
            labels.append(rule.label)
        return rule.replacement

    return pattern.sub(replace, text)


@functools.lru_cache(maxsize=65536)
def fold_latin(latin: str, reading: int | None) -> tuple[str, tuple[str, ...]]:
    """The key of one Latin token and the labels of the rules that changed it, to a fixed point."""
    labels: list[str] = []
    text = latin
    if reading is not None:
        info, _, pattern = COMPILED_READINGS[reading]
        text = rewrite(pattern, info.rules, text, labels)
    for _ in range(_MAX_PASSES):
        before = text
        text = rewrite(_FOLD, _rules.FOLD_RULES, text, labels)
        merged = _DOUBLED.sub(r"\1", text)
        if merged != text:
            labels.append(_rules.DOUBLED_LABEL)
        text, count = _ABDUL.subn(_rules.ABDUL_RULE.replacement, merged)
        if count:
            labels.append(_rules.ABDUL_RULE.label)
        if text == before:
            break
    return text, tuple(labels)


latinize = _latinize
split_tokens = _split


@functools.cache
def folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_latin(_latinize(word)[0], None)[0] for word in words)


@functools.cache
def folded_tuple(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_latin(_latinize(word)[0], None)[0] for word in words)


def reading_of(latins: list[tuple[str, tuple[str, ...], bool]]) -> int | None:
    """The index of the transcription reading (German, French) a name's Latin tokens show, if any."""
    for index, (_, marker, _) in enumerate(COMPILED_READINGS):
        if any(not cyrillic and marker.search(latin) for latin, _, cyrillic in latins):
            return index
    return None


def _make_token(
    text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool
) -> Token:
    if is_arabic(latin):
        return Token(text, latin, arabic_letters(latin), (_ARABIC_LABEL,), arabic=True)
    key, fold_labels = fold_latin(latin, reading)
    patronymic = key in folded_set(_rules.PATRONYMIC_WORDS) or any(
        key.endswith(suffix) and len(key) > len(suffix) + 1
        for suffix in folded_tuple(_rules.PATRONYMIC_SUFFIXES)
    )
    initial = len(key) == 1 or (dotted and len(latin) <= 3)
    return Token(text, latin, key, labels + fold_labels, initial=initial, patronymic=patronymic)


@functools.lru_cache(maxsize=65536)
def parse_name(text: str) -> ParsedName:
    """Split a name into folded tokens, dropping titles and joining particles.

    >>> name = parse_name("Colonel Gulmorod Khalimov")
    >>> name.titles, [token.key for token in name.tokens]
    (('Colonel',), ['golmorod', 'holimov'])
    >>> parse_name("Abdul Khalil").key == parse_name("Abdukhalil").key
    True
    """
    clean = unicodedata.normalize("NFKC", text)
    raw = _split(_TURKISH.sub(_turkish, clean) if _TURKISH_MARKER.search(clean) else clean)
    latins = [_latinize(part) for part, _ in raw]
    reading = reading_of(latins)
    tokens: list[Token] = []
    for (part, dotted), (latin, labels, cyrillic) in zip(raw, latins, strict=True):
        if latin:
            tokens.append(_make_token(part, latin, labels, None if cyrillic else reading, dotted=dotted))
    titles: list[str] = []
    title_keys = folded_set(_rules.TITLES)
    descriptor_keys = folded_set(_rules.DESCRIPTORS)
    while len(tokens) > 1:
        if tokens[0].key in title_keys:
            titles.append(tokens.pop(0).text)
        elif len(tokens) > 2 and tokens[0].key in descriptor_keys and tokens[1].key in title_keys:
            titles.append(f"{tokens.pop(0).text} {tokens.pop(0).text}")
        else:
            break
    particle_keys = folded_set(_rules.PARTICLES)
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.key in particle_keys and index + 1 < len(tokens):
            following = tokens[index + 1]
            latin = token.latin + following.latin
            labels = (*token.labels, *following.labels)
            joined.append(_make_token(f"{token.text} {following.text}", latin, labels, reading, dotted=False))
            index += 2
            continue
        joined.append(token)
        index += 1
    kept = tuple(token for token in joined if token.key)
    return ParsedName(clean, kept, tuple(titles), NameKey(" ".join(token.key for token in kept)))


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
    return parse_name(text).key


def token_reasons(a: Token, b: Token) -> tuple[str, ...]:
    """The labels of the rules applied a different number of times to two tokens with equal keys.

    >>> token_reasons(parse_name("Khalimov").tokens[0], parse_name("Halimov").tokens[0])
    ('kh/h',)
    """
    if a.labels == b.labels:
        return ()
    counts_a, counts_b = Counter(a.labels), Counter(b.labels)
    ordered = dict.fromkeys((*a.labels, *b.labels))
    return tuple(label for label in ordered if counts_a[label] != counts_b[label])
