"""Spellings of one name that only a reading joins, at most *compatible*: loanwords, vowels, Arabic script.

`compare_org_names` tries these when nothing else joins two names: an English name and its Russian
transcription word for word (Crocus City Hall, Крокус Сити Холл), and, for places, two spellings that differ
only in vowels (Tal Afar, Tel Afar) or a place name in Arabic script and in Latin (تلعفر, Tal Afar).

>>> vowel_match("Tal Afar", "Tel Afar").reasons
('only vowels differ (Tal / Tel): one place name with its vowels spelled two ways',)
"""

from __future__ import annotations

import itertools
import re

from centasia_claims.names._arabic import arabic_letters, arabic_relation, arabic_skeleton, is_arabic
from centasia_claims.names._compare import NameMatch, NameVerdict
from centasia_claims.names._label import Word, adjective_base, parse_label
from centasia_claims.names._loanword import english_consonants, loanword_agrees, looks_english

__all__ = ["arabic_place_match", "loanword_match", "vowel_match"]


_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_ENGLISH_ARTICLES = frozenset(("the",))
_POSSESSIVE = re.compile(r"['’]s\b")
_LOANWORD_MIN = 4
_VOWEL_MIN = 3
_ARABIC_D = str.maketrans({"ض": "د", "ذ": "د"})
_FOLDED_VOWELS = re.compile(r"[aeiouy]")


def _script_words(text: str, pattern: re.Pattern[str]) -> list[str] | None:
    """The words of a name when every one is written in one script (``pattern`` finds its letters)."""
    found = _LETTERS.findall(_POSSESSIVE.sub("", text))
    words = [word for word in found if word.casefold() not in _ENGLISH_ARTICLES]
    if not words or not all(
        pattern.search(word) and pattern.sub("", word).strip("'’") == "" for word in words
    ):
        return None
    return words


def loanword_match(a: str, b: str) -> NameMatch | None:
    """An English name and its Russian transcription, word for word in order: at most compatible.

    Crocus City Hall and Крокус Сити Холл; only when the Latin name shows English spelling
    (`ENGLISH_MARKERS`).
    """
    for first, second in ((a, b), (b, a)):
        latin, cyrillic = _script_words(first, _LATIN_LETTER), _script_words(second, _CYRILLIC_LETTER)
        if latin is None or cyrillic is None or len(latin) != len(cyrillic):
            continue
        if not any(looks_english(word) for word in latin):
            return None
        if not all(loanword_agrees(left, right) for left, right in zip(latin, cyrillic, strict=True)):
            return None
        if sum(len(english_consonants(word)) for word in latin) < _LOANWORD_MIN:
            return None
        shown = ", ".join(f"{left} = {right}" for left, right in zip(latin, cyrillic, strict=True))
        return NameMatch(
            NameVerdict.COMPATIBLE,
            0.7,
            (f"an English name written in Cyrillic, read by its consonants: {shown}",),
        )
    return None


def _skeleton(key: str) -> str:
    """A folded word's consonants, with a mark for a leading vowel (Afar and Afar, not Afar and Far).

    ch is read as j: the Russian press writes Tajik ҷ as ч (Ванч for Ваҷ, Vanj).
    """
    return ("_" if _FOLDED_VOWELS.match(key) else "") + _FOLDED_VOWELS.sub("", key.replace("ch", "j"))


def _foreign_h(x: Word, y: Word, first: str, second: str) -> tuple[str, str]:
    """Two words' skeletons, the Cyrillic one's г read as h where the other word is Latin and then agrees.

    Russian writes a foreign h as г (Герат, Herat; Кандагар, Kandahar; Тегеран, Tehran).
    """
    if first == second:
        return first, second
    x_cyrillic, y_cyrillic = bool(_CYRILLIC_LETTER.search(x.text)), bool(_CYRILLIC_LETTER.search(y.text))
    if x_cyrillic and not y_cyrillic and first.replace("g", "h") == second:
        return second, second
    if y_cyrillic and not x_cyrillic and second.replace("g", "h") == first:
        return first, first
    return first, second


def vowel_match(a: str, b: str) -> NameMatch | None:
    """Two spellings of a place name that differ only in vowels, word for word in order: at most compatible.

    Arabic leaves short vowels unwritten, so its place names reach Latin with them spelled as each writer
    hears them (Tal Afar, Tel Afar; Homs, Hims; Manbij, Menbij), and the Russian and Tajik names of a place
    often differ in a vowel (Куляб, Kulob). Designators and country qualifiers are compared by concept, a
    Russian adjective in -ск- by the place it is formed from, and every other word by its consonants, which
    must be at least three in all; a word starting with a vowel meets only a word starting with one.
    """
    if is_arabic(a) or is_arabic(b):
        return None
    left, right = parse_label(a).words, parse_label(b).words
    for keep_minor in (True, False):
        first = [word for word in left if keep_minor or word.role != "minor"]
        second = [word for word in right if keep_minor or word.role != "minor"]
        if not first or len(first) != len(second):
            continue
        pairs = list(zip(first, second, strict=True))
        kinds = [x.role == y.role and x.role in ("designator", "qualifier") for x, y in pairs]
        if any(same_kind and x.concept != y.concept for same_kind, (x, y) in zip(kinds, pairs, strict=True)):
            continue
        skeletons = [
            _foreign_h(
                x, y, _skeleton(adjective_base(x.key) or x.key), _skeleton(adjective_base(y.key) or y.key)
            )
            for same_kind, (x, y) in zip(kinds, pairs, strict=True)
            if not same_kind
        ]
        if any(x != y or x in ("", "_") for x, y in skeletons):
            continue
        if sum(len(x.lstrip("_")) for x, _ in skeletons) < _VOWEL_MIN:
            return None
        differ = [
            f"{x.text} / {y.text}"
            for same_kind, (x, y) in zip(kinds, pairs, strict=True)
            if not same_kind and x.key != y.key
        ]
        if not differ:
            return None
        vowels = all(
            _FOLDED_VOWELS.sub("", adjective_base(x.key) or x.key)
            == _FOLDED_VOWELS.sub("", adjective_base(y.key) or y.key)
            for same_kind, (x, y) in zip(kinds, pairs, strict=True)
            if not same_kind
        )
        foreign_h = any(
            _skeleton(adjective_base(x.key) or x.key) != _skeleton(adjective_base(y.key) or y.key)
            for same_kind, (x, y) in zip(kinds, pairs, strict=True)
            if not same_kind
        )
        how = (
            "one place name with its vowels spelled two ways"
            if vowels
            else "vowels, and Russian г for a foreign h"
            if foreign_h
            else "vowels, and ч for Tajik ҷ"
        )
        reason = f"only vowels differ ({', '.join(differ)}): {how}"
        return NameMatch(NameVerdict.COMPATIBLE, 0.7, (reason,))
    return None


def arabic_place_match(a: str, b: str) -> NameMatch | None:
    """A place name in Arabic script and in another, read by the Arabic reader: at most compatible.

    The Arabic words are read as one run of letters (the press writes تلعفر for Tal Afar), the other
    name's words are joined, with and without its articles; the Arabic side must write three consonants
    or more. ض and ذ, which the reader takes as Persian z, are also read as Arabic d (Tal Abyad, تل أبيض).
    """
    for arabic, other in ((a, b), (b, a)):
        if not is_arabic(arabic) or is_arabic(other):
            continue
        letters = "".join(arabic_letters(arabic).split())
        if len(arabic_skeleton(letters)) < _VOWEL_MIN:
            return None
        words = parse_label(other).words
        readings = dict.fromkeys((letters, letters.translate(_ARABIC_D)))
        for keep_minor, written in itertools.product((True, False), readings):
            key = "".join(word.key for word in words if keep_minor or word.role != "minor")
            how = arabic_relation(written, key) if key else None
            if how is not None:
                reason = f"{arabic} may write {other} ({how} reading of the Arabic letters)"
                return NameMatch(NameVerdict.COMPATIBLE, 0.7 if how == "strict" else 0.6, (reason,))
    return None
