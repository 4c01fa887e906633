"""Read a name written in Cyrillic as an English name the Russian press transcribes: Крокус Сити Холл.

Venues, companies and brands with English names reach the Russian and Tajik press transcribed by sound, not
by any romanization table read backwards: Crocus is Крокус, City is Сити, Hall is Холл. `loanword_agrees`
compares such a word with its Latin spelling on the consonants alone, reading the Latin letters by the
spelling classes of English (`ENGLISH_CLASSES`): c is к before a, o, u and a consonant and с (or ц) before
e, i, y; ck, q and k are к; ph is ф; x is кс; qu is кв or к; th is т; ch is ч, к or ш; g before e, i, y is
г or дж; j is дж or ж; s and z are с, з or ц; h is х or г, and may be silent after the first letter; w is в
or a vowel (Wall, Уолл). Vowels, й and the soft and hard signs are not compared, and doubled letters count
once on both sides.

>>> loanword_agrees("Crocus", "Крокус"), loanword_agrees("Hall", "Холл"), loanword_agrees("Hall", "Молл")
(True, True, False)
>>> looks_english("Crocus"), looks_english("Rasht")
(True, False)
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CYRILLIC_CLASSES",
    "ENGLISH_CLASSES",
    "ENGLISH_MARKERS",
    "cyrillic_consonants",
    "english_consonants",
    "loanword_agrees",
    "looks_english",
]

ENGLISH_CLASSES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "tch": ("ch",),
        "ch": ("ch", "k", "sh"),
        "ck": ("k",),
        "ph": ("f",),
        "sh": ("sh",),
        "th": ("t",),
        "zh": ("zh",),
        "kh": ("h",),
        "b": ("b",),
        "c": ("k",),
        "c+": ("s", "ts"),
        "d": ("d",),
        "f": ("f",),
        "g": ("g",),
        "g+": ("g", "j"),
        "h": ("h", "g"),
        "j": ("j", "zh"),
        "k": ("k",),
        "l": ("l",),
        "m": ("m",),
        "n": ("n",),
        "p": ("p",),
        "q": ("k",),
        "r": ("r",),
        "s": ("s", "z"),
        "t": ("t",),
        "v": ("v",),
        "w": ("v",),
        "z": ("z", "s", "ts"),
    }
)
"""The consonant classes of English spelling, by letter or letter group, each with the Russian consonants
(in Latin letters) that transcribe it; ``c+`` and ``g+`` are c and g before e, i or y. The readings follow
the Russian practical transcription of English names (Р. С. Гиляревский, Б. А. Старостин, *Иностранные
имена и названия в русском тексте*, 3rd ed., 1985; Д. И. Ермолович, *Имена собственные: теория и практика
межъязыковой передачи*, 2005)."""

CYRILLIC_CLASSES: Mapping[str, str] = MappingProxyType(
    {
        "дж": "j", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "ж": "zh", "з": "z", "к": "k",
        "қ": "k", "л": "l", "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f",
        "х": "h", "ҳ": "h", "ц": "ts", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "sh",
    }
)  # fmt: skip
"""The consonants of Russian and Tajik Cyrillic as the classes of `ENGLISH_CLASSES`; every other letter
(vowels, й, ь, ъ) is not compared."""

ENGLISH_MARKERS: tuple[str, ...] = ("c", "ph", "th", "qu", "w", "x", "ee", "oo", "ea")
"""Letters and groups that English spelling writes and the romanizations of the region's languages do not
(c outside ch, ph, th, qu, w, x, ee, oo, ea; a final y after a consonant): a Latin name needs one to be read
as an English name. Radio Ozodi or Rasht, spelled by a romanization, are compared by the romanization rules
alone."""

_VOWELS = frozenset("aeiouy")
_ALIGNMENTS = 8
_SOFT = frozenset("eiy")
_GROUPS = ("tch", "ch", "ck", "ph", "sh", "th", "zh", "kh")
_SKIPPED = frozenset("аеёиоуыэюяйьъӣӯіўәөүұ")


def _ascii(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if "a" <= char <= "z")


def english_consonants(word: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """The consonant classes of a Latin word read by English spelling, each with whether it may be silent.

    Linear in the word. Doubled letters count once; x gives two classes (k, s), qu a k and an optional v.

    >>> [sorted(c) for c, _ in english_consonants("Crocus")]
    [['k'], ['r'], ['k'], ['s', 'z']]
    >>> [(sorted(c), silent) for c, silent in english_consonants("Wall")]
    [(['v'], True), (['l'], False)]
    """
    letters = _ascii(word)
    out: list[tuple[frozenset[str], bool]] = []
    adjacent = False  # whether the last class read ended just before this letter

    def add(classes: tuple[str, ...], *, silent: bool = False) -> None:
        item = (frozenset(classes), silent)
        if not (adjacent and out and len(classes) == 1 and out[-1][0] == item[0]):
            out.append(item)

    index = 0
    while index < len(letters):
        char = letters[index]
        if char in _VOWELS:
            adjacent = False
            index += 1
            continue
        if index and char == letters[index - 1] and char != "x":
            index += 1
            continue
        group = next((g for g in _GROUPS if letters.startswith(g, index)), None)
        following = letters[index + 1] if index + 1 < len(letters) else ""
        if group is not None:
            add(ENGLISH_CLASSES[group])
            index += len(group) - 1
        elif char == "x":
            add(("k",))
            out.append((frozenset(("s",)), False))
        elif char == "q":
            add(("k",))
            if following == "u":
                out.append((frozenset(("v",)), True))
                index += 1
        elif char in "cg" and following in _SOFT:
            add(ENGLISH_CLASSES[char + "+"])
        elif char in "hw":
            add(ENGLISH_CLASSES[char], silent=char == "w" or index > 0)
        elif char in ENGLISH_CLASSES:
            add(ENGLISH_CLASSES[char])
        adjacent = True
        index += 1
    return tuple(out)


def cyrillic_consonants(word: str) -> tuple[str, ...]:
    """The consonants of a Cyrillic word as classes of `ENGLISH_CLASSES`, a doubled letter once. Linear.

    >>> cyrillic_consonants("Крокус"), cyrillic_consonants("Джон")
    (('k', 'r', 'k', 's'), ('j', 'n'))
    """
    letters = word.casefold()
    out: list[str] = []
    index = 0
    previous: str | None = None
    while index < len(letters):
        if letters.startswith("дж", index):
            found: str | None = "j"
            index += 2
        else:
            found = CYRILLIC_CLASSES.get(letters[index])
            index += 1
        if found is not None and found != previous:
            out.append(found)
        previous = found
    return tuple(out)


def loanword_agrees(latin: str, cyrillic: str) -> bool:
    """Whether a Cyrillic word transcribes a Latin word read by English spelling, consonant by consonant.

    Each Latin class meets the next Cyrillic consonant or, where it may be silent, is passed over; every way
    of doing so is followed at once (Wava, Вава: the w may be silent or the в), keeping the
    `_ALIGNMENTS` furthest ones, so the work is linear in the words. A word without consonants on either
    side never agrees.

    >>> loanword_agrees("Express", "Экспресс"), loanword_agrees("Queens", "Квинс")
    (True, True)
    >>> loanword_agrees("Vegas", "Крокус")
    False
    """
    english, russian = english_consonants(latin), cyrillic_consonants(cyrillic)
    if not english or not russian:
        return False
    positions = {0}
    for classes, silent in english:
        moved = {p + 1 for p in positions if p < len(russian) and russian[p] in classes}
        positions = moved | positions if silent else moved
        if not positions:
            return False
        if len(positions) > _ALIGNMENTS:
            positions = set(sorted(positions)[-_ALIGNMENTS:])
    return len(russian) in positions


def looks_english(word: str) -> bool:
    """Whether a Latin word shows a spelling of English that the region's romanizations do not write.

    >>> looks_english("Hall"), looks_english("City"), looks_english("Khujand")
    (False, True, False)
    """
    letters = _ascii(word)
    if "c" in letters.replace("ch", "") or any(marker in letters for marker in ENGLISH_MARKERS[1:]):
        return True
    return len(letters) > 1 and letters.endswith("y") and letters[-2] not in _VOWELS
