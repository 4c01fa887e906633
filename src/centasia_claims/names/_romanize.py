"""Spell a name in every romanization scheme: the list of spellings to search for."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from centasia_claims.errors import InvalidValueError
from centasia_claims.model import Script, detect_script
from centasia_claims.names._fold import COMPILED_READINGS, rewrite
from centasia_claims.names._schemes import LATIN_TO_TAJIK, SCHEMES, TAJIK_TO_RUSSIAN, Scheme

__all__ = ["romanize", "transliterate"]

_VOWELS = frozenset("аеёиоуыэюяӣӯ")
_IOTATING = _VOWELS | frozenset("ъьй")
_FRONT = frozenset("еиэй")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_TO_TAJIK = re.compile("|".join(sorted(map(re.escape, LATIN_TO_TAJIK), key=len, reverse=True)))
_DROPPED_IN_ASCII = dict.fromkeys(map(ord, "’”ʹʺ·"), None)
_ASCII_SCHEMES = frozenset({"bgn-pcgn-tg", "bgn-pcgn-ru"})
"""Schemes whose spellings are also listed without diacritics (í, ŭ, ė, ë become i, u, e, e as usually
typed); ISO 9 letters lose their sound without them (š is not s), so they are listed as written."""


def _scheme(scheme: str | Scheme) -> Scheme:
    if isinstance(scheme, Scheme):
        return scheme
    try:
        return SCHEMES[scheme]
    except KeyError:
        known = ", ".join(SCHEMES)
        raise InvalidValueError(
            "scheme", f"unknown romanization scheme {scheme!r}; use one of: {known}"
        ) from None


class _Compiled(NamedTuple):
    """A scheme's table as `str.translate` tables and one pattern for the letters that need their context."""

    russian: dict[int, str]
    """The Tajik letters spelled as in Russian (both cases), or empty."""
    plain: dict[int, str]
    """The lowercase letters whose Latin never depends on their neighbours."""
    titled: dict[int, str]
    """`plain` and those letters' capitals, written as before a letter that is not a capital."""
    contextual: re.Pattern[str]
    """Two-letter sequences, letters with a context rule and every capital: replaced one match at a time."""
    in_context: re.Pattern[str]
    """`contextual` without the capitals of `titled`, for a text where no capital follows a capital."""


def _cases(letters: str) -> list[str]:
    """Every way of writing ``letters`` with each letter lowercase or capital.

    The tables' keys are lowercase, and no other character lowercases to one of them (a test checks it).
    """
    variants = [""]
    for letter in letters:
        variants = [
            variant + case for variant in variants for case in dict.fromkeys((letter, letter.upper()))
        ]
    return variants


@functools.lru_cache(maxsize=64)
def _compiled(scheme: Scheme) -> _Compiled:
    russian: dict[int, str] = {}
    if scheme.russianize:
        for letter, spelled in TAJIK_TO_RUSSIAN.items():
            russian[ord(letter)] = spelled
            russian[ord(letter.upper())] = spelled[0].upper() + spelled[1:]
    singles = [letter for letter in scheme.letters if len(letter) == 1]
    contextual = {*scheme.iotated, *scheme.intervocalic, *scheme.before_front}
    plain = {ord(letter): scheme.letters[letter] for letter in singles if letter not in contextual}
    alternatives = [variant for letters in scheme.letters if len(letters) == 2 for variant in _cases(letters)]
    alternatives.extend(variant for letter in sorted(contextual) for variant in _cases(letter))
    free = [letter for letter in singles if letter not in contextual]
    capitals = [letter.upper() for letter in free]
    titled = {**plain, **{ord(letter.upper()): _cased(scheme.letters[letter], "X", "") for letter in free}}

    def pattern(letters: list[str]) -> re.Pattern[str]:
        # Two-letter sequences first, as the character-by-character reading tries them first at each position.
        ordered = sorted(set(letters), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, ordered)) if ordered else "(?!)")  # (?!) matches nothing

    return _Compiled(russian, plain, titled, pattern([*alternatives, *capitals]), pattern(alternatives))


def _cased(replacement: str, source: str, following: str) -> str:
    if not source[:1].isupper() or not replacement:
        return replacement
    if (len(source) > 1 and source[1:].isupper()) or following.isupper():
        return replacement.upper()
    return replacement[0].upper() + replacement[1:]


def _replacement(scheme: Scheme, text: str, index: int) -> tuple[str, int] | None:
    pair = text[index : index + 2].lower()
    if len(pair) == 2 and pair in scheme.letters:
        return scheme.letters[pair], 2
    low = text[index].lower()
    if low not in scheme.letters:
        return None
    previous = text[index - 1].lower() if index else ""
    following = text[index + 1].lower() if index + 1 < len(text) else ""
    if low in scheme.iotated and (not previous.isalpha() or previous in _IOTATING):
        return scheme.iotated[low], 1
    if low in scheme.intervocalic and previous in _VOWELS and following in _VOWELS:
        return scheme.intervocalic[low], 1
    if low in scheme.before_front and following in _FRONT:
        return scheme.before_front[low], 1
    return scheme.letters[low], 1


def transliterate(text: str, scheme: str | Scheme = "bgn-pcgn-tg") -> str:
    """Romanize the Cyrillic letters of ``text`` with one scheme; other characters are kept.

    The letters whose Latin never depends on their neighbours are replaced by one `str.translate` table per
    scheme (built once); two-letter sequences, letters with a context rule (an iotated, intervocalic or
    before-front form) and capitals (written in capitals before a capital) are replaced one at a time.

    Raises:
        InvalidValueError: ``scheme`` is not the id of a scheme in `SCHEMES`.

    >>> [transliterate("Гулмурод Ҳалимов", s) for s in ("bgn-pcgn-tg", "bgn-pcgn-ru", "iso-9", "fr", "de")]
    ['Gulmurod Halimov', 'Gulmurod Khalimov', 'Gulmurod Ḩalimov', 'Goulmourod Khalimov', 'Gulmurod Chalimow']
    >>> transliterate("Ельцин", "bgn-pcgn-ru")
    'Yel’tsin'
    """
    chosen = _scheme(scheme)
    tables = _compiled(chosen)
    source = text.translate(tables.russian) if tables.russian else text

    def replace(match: re.Match[str]) -> str:
        index = match.start()
        found = _replacement(chosen, source, index)
        if found is None:  # pragma: no cover  (the pattern holds only letters of the table)
            return match.group()
        replacement, width = found
        return _cased(replacement, source[index : index + width], source[index + width : index + width + 1])

    if source.istitle() or source.islower():  # no capital follows a capital: capitals by the table too
        return tables.in_context.sub(replace, source).translate(tables.titled)
    return tables.contextual.sub(replace, source).translate(tables.plain)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_DROPPED_IN_ASCII))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _english_reading(text: str) -> str:
    """A Latin name read as English-based romanization (French ``ou``, German ``ch``/``w`` undone)."""
    words = _LATIN_WORD.findall(text.lower())
    for _, marker, pattern in COMPILED_READINGS:
        if any(marker.search(word) for word in words):
            info = next(info for info, found, _ in COMPILED_READINGS if found is marker)
            return rewrite(pattern, info.rules, text.lower(), [])
    return text.lower()


def _to_tajik(text: str) -> list[str]:
    """Tajik Cyrillic spellings a Latin name may come from (``kh`` as ``х`` and as ``ҳ``)."""
    latin = _english_reading(text)

    def word_start(match: re.Match[str]) -> str:
        found = match.group()
        at_start = match.start() == 0 or not latin[match.start() - 1].isalpha()
        return "э" if found == "e" and at_start else LATIN_TO_TAJIK[found]

    tajik = _TO_TAJIK.sub(word_start, latin)
    guesses = [tajik]
    if "kh" in latin:
        guesses.append(_TO_TAJIK.sub(word_start, latin.replace("kh", "h")))
    originals = text.split(" ")
    return [
        " ".join(
            word.upper() if original.isupper() and len(original) > 1 else word[:1].upper() + word[1:]
            for word, original in zip(guess.split(" "), originals, strict=False)
        )
        for guess in guesses
    ]


def romanize(name: str) -> tuple[str, ...]:
    """The common spellings of a name: itself, then each scheme's romanization, then BGN/PCGN without accents.

    A Cyrillic name is romanized with every scheme in `SCHEMES`. A Latin name is first spelled in Tajik
    Cyrillic as an English-based romanization would be read (these Cyrillic spellings are guesses, listed
    after the name), then romanized the same way, so the list holds the spellings other sources are likely
    to use. No spelling is repeated.

    >>> romanize("Гулмурод Ҳалимов")
    ('Гулмурод Ҳалимов', 'Gulmurod Halimov', 'Gulmurod Khalimov', 'Gulmurod Ḩalimov',
     'Goulmourod Khalimov', 'Gulmurod Chalimow', 'Gułmurod Chalimow')
    >>> romanize("Emomali Rahmon")[:4]
    ('Emomali Rahmon', 'Эмомали Раҳмон', 'Ėmomali Rahmon', 'Emomali Rakhmon')
    """
    clean = " ".join(name.split())
    if not clean:
        return ()
    cyrillic = [clean] if detect_script(clean) is Script.CYRILLIC else _to_tajik(clean)
    spellings: dict[str, None] = dict.fromkeys([clean, *cyrillic])
    plain: list[str] = []
    for source in cyrillic:
        for scheme in SCHEMES.values():
            spelling = transliterate(source, scheme)
            spellings.setdefault(spelling)
            if scheme.id in _ASCII_SCHEMES:
                plain.append(_ascii(spelling))
    spellings.update(dict.fromkeys(plain))
    return tuple(spellings)
