"""`parse_name` as it was before its speed-ups, frozen, as the oracle of the equality properties in test_key.

The folding tables are the package's own (`names/_rules.py`, `names/_arabic.py`): this copy freezes the
algorithm, character by character, so that a faster implementation must give the same tokens, labels and keys
on any text. Do not optimize this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from centasia_claims.names import _rules
from centasia_claims.names._arabic import arabic_letters, is_arabic

_MAX_PASSES = 8
_FOLD = _rules.compile_rules(_rules.FOLD_RULES)
_DOUBLED = re.compile(r"(.)\1+")
_ABDUL = re.compile(_rules.ABDUL_RULE.pattern)
_READINGS = tuple(
    (reading, re.compile(reading.marker), _rules.compile_rules(reading.rules)) for reading in _rules.READINGS
)
_TURKISH_MARKER = re.compile(_rules.TURKISH_MARKER)
_ISO_9 = re.compile(f"[{_rules.ISO_9_LETTERS}]", re.IGNORECASE)
_TURKISH = re.compile("|".join(map(re.escape, _rules.TURKISH_LETTERS)))


class Token(NamedTuple):
    text: str
    latin: str
    key: str
    labels: tuple[str, ...]
    initial: bool
    patronymic: bool
    arabic: bool
    reading: int | None = None


class Parsed(NamedTuple):
    text: str
    tokens: tuple[Token, ...]
    titles: tuple[str, ...]
    key: str


def _is_token_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" or char in _rules.LATIN_LETTERS


def _split(text: str) -> list[tuple[str, bool]]:
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


def _latinize(text: str) -> tuple[str, tuple[str, ...], bool]:
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
                labels.append("diacritics")
            out.append(replacement)
        else:
            for part in unicodedata.normalize("NFKD", char):
                if part in _rules.KEY_CYRILLIC:
                    cyrillic = True
                    out.append(_rules.KEY_CYRILLIC[part])
                else:
                    out.append(part)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    kept = "".join(char for char in decomposed if unicodedata.category(char)[0] in "LN")
    if len(kept) != len(decomposed) and any(unicodedata.category(c) == "Mn" for c in decomposed):
        labels.append("diacritics")
    if cyrillic:
        labels.insert(0, "Cyrillic script")
    return kept, tuple(labels), cyrillic


def _rewrite(pattern: re.Pattern[str], rules: tuple[_rules.Rule, ...], text: str, labels: list[str]) -> str:
    def replace(match: re.Match[str]) -> str:
        rule = rules[int(str(match.lastgroup)[1:])]
        if rule.replacement != match.group():
            labels.append(rule.label)
        return rule.replacement

    return pattern.sub(replace, text)


def _fold_latin(latin: str, reading: int | None, merging: int | None = None) -> tuple[str, tuple[str, ...]]:
    labels: list[str] = []
    text = latin
    if reading is not None:
        info, _, pattern = _READINGS[reading]
        text = _rewrite(pattern, info.rules, text, labels)
    if merging is not None:
        merges = _rules.READINGS[merging].merges
        text = _rewrite(_rules.compile_rules(merges), merges, text, labels)
    for _ in range(_MAX_PASSES):
        before = text
        text = _rewrite(_FOLD, _rules.FOLD_RULES, text, labels)
        merged = _DOUBLED.sub(r"\1", text)
        if merged != text:
            labels.append(_rules.DOUBLED_LABEL)
        text, count = _ABDUL.subn(_rules.ABDUL_RULE.replacement, merged)
        if count:
            labels.append(_rules.ABDUL_RULE.label)
        if text == before:
            break
    return text, tuple(labels)


@functools.cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold_latin(_latinize(word)[0], None)[0] for word in words)


def _make_token(
    text: str, latin: str, labels: tuple[str, ...], reading: int | None, *, dotted: bool
) -> Token:
    if is_arabic(latin):
        return Token(text, latin, arabic_letters(latin), ("Arabic script",), False, False, True)
    key, fold_labels = _fold_latin(latin, reading)
    patronymic = key in _folded(_rules.PATRONYMIC_WORDS) or any(
        key.endswith(suffix) and len(key) > len(suffix) + 1 for suffix in _folded(_rules.PATRONYMIC_SUFFIXES)
    )
    initial = len(key) == 1 or (dotted and len(latin) <= 3)
    return Token(text, latin, key, labels + fold_labels, initial, patronymic, False, reading)


def _name_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal() and char != "_"


def _drop_possessives(text: str) -> str:
    """An apostrophe and ``s`` ending a word after three letters, dropped, one character at a time."""
    out: list[str] = []
    index = 0
    while index < len(text):
        after = text[index + 2 : index + 3]
        if (
            text[index] in "'’"
            and text[index + 1 : index + 2] == "s"
            and not (after and (after.isalnum() or after == "_"))
            and index >= 3
            and all(_name_letter(char) for char in text[index - 3 : index])
        ):
            index += 2
            continue
        out.append(text[index])
        index += 1
    return "".join(out)


def parse_name(text: str) -> Parsed:
    """The frozen `parse_name`: tokens, titles and key."""
    given = unicodedata.normalize("NFKC", text)  # the name as given, which `Parsed.text` keeps
    clean = _drop_possessives(given)
    raw = _split(
        _TURKISH.sub(lambda m: _rules.TURKISH_LETTERS[m.group()], clean)
        if _TURKISH_MARKER.search(clean) and not _ISO_9.search(clean)
        else clean
    )
    latins = [_latinize(part) for part, _ in raw]
    present = [(item, latin) for item, latin in zip(raw, latins, strict=True) if latin[0]]
    # Titles first, by the parts read with no transcription: a title never chooses the reading.
    plain = [
        _make_token(part, latin, labels, None, dotted=dotted)
        for (part, dotted), (latin, labels, _) in present
    ]
    titles: list[str] = []
    turkish = tuple(
        _TURKISH.sub(lambda m: _rules.TURKISH_LETTERS[m.group()], title)
        if _TURKISH_MARKER.search(title)
        else title
        for title in _rules.TITLES
    )
    title_keys = set(_folded(_rules.TITLES)) | set(_folded(turkish))
    descriptor_keys = set(_folded(_rules.DESCRIPTORS))
    start = 0
    while len(plain) - start > 1:
        if plain[start].key in title_keys:
            titles.append(plain[start].text)
            start += 1
        elif (
            len(plain) - start > 2
            and plain[start].key in descriptor_keys
            and plain[start + 1].key in title_keys
        ):
            titles.append(f"{plain[start].text} {plain[start + 1].text}")
            start += 2
        else:
            break
    reading = None
    for index, (_, marker, _) in enumerate(_READINGS):
        if any(
            not cyrillic and (marker.search(latin) or marker.search(part.casefold()))
            for (part, _), (latin, _, cyrillic) in present[start:]
        ):
            reading = index
            break
    tokens = [
        _make_token(part, latin, labels, None if cyrillic else reading, dotted=dotted)
        for (part, dotted), (latin, labels, cyrillic) in present[start:]
    ]
    particle_keys = set(_folded(_rules.PARTICLES))
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.key in particle_keys and index + 1 < len(tokens):
            following = tokens[index + 1]
            joined.append(
                _make_token(
                    f"{token.text} {following.text}",
                    token.latin + following.latin,
                    (*token.labels, *following.labels),
                    reading,
                    dotted=False,
                )
            )
            index += 2
            continue
        joined.append(token)
        index += 1
    kept = tuple(token for token in joined if token.key)
    return Parsed(given, kept, tuple(titles), " ".join(token.key for token in kept))
