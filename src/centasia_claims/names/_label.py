"""Read an organization or place name: its acronym, its words by role, its parenthetical aliases.

A `Label` holds what `compare_names` compares for organizations, places and events: the Latin reading of a
name written as one acronym (ПИВТ as PIVT), or its words, each an article or function word (``minor``), a
designator, a country qualifier or a distinctive word (`names/_orgwords.py`), and the acronyms its words
may form.

>>> [(word.text, word.role) for word in parse_label("the Tajik Interior Ministry").words]
[('the', 'minor'), ('Tajik', 'qualifier'), ('Interior', 'distinctive'), ('Ministry', 'designator')]
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from centasia_claims.names import _orgwords
from centasia_claims.names._fold import fold_latin
from centasia_claims.names._latin import latinize, split_tokens
from centasia_claims.names._parts import reading_of

__all__ = [
    "CONCEPTS",
    "STEM_MIN",
    "TYPO_MIN",
    "Label",
    "Word",
    "acronym_reading",
    "adjective_base",
    "alternatives",
    "label_stems",
    "parse_label",
    "stem",
]

_ELISION = re.compile(r"\b([ldLD])['’]")
_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_ACRONYM_MAX = 12
_DIGRAPH = re.compile(r"([SCZK])h(?=[A-Z])|(?<=[A-Zh])([SCZK])h$")
"""A Cyrillic acronym's Latin reading writes Ш, Ч, Ж, Х as Sh, Ch, Zh, Kh (ShOS for ШОС): one letter."""
_INFLECTIONS = ("ogo", "omo", "oi", "ii", "om", "im", "ih", "o", "i", "s")
STEM_MIN = 4
TYPO_MIN = 7


@functools.cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_latin(latinize(word)[0], None)[0] for word in words)


def _word_sets() -> tuple[frozenset[str], frozenset[str], dict[str, str], dict[str, str]]:
    articles = _folded(tuple(word for words in _orgwords.ARTICLES.values() for word in words))
    functions = _folded(tuple(word for words in _orgwords.FUNCTION_WORDS.values() for word in words))
    designators = {key: concept for concept, words in _orgwords.DESIGNATORS.items() for key in _folded(words)}
    countries = {key: country for country, words in _orgwords.QUALIFIERS.items() for key in _folded(words)}
    return articles, functions, designators, countries


_ARTICLES, _FUNCTIONS, _DESIGNATORS, _COUNTRIES = _word_sets()
_ARABIC_ARTICLES = _folded(_orgwords.ARTICLES["ar"] + _orgwords.ARTICLES["ru"])
_GENERIC = _folded(tuple(word for words in _orgwords.GENERIC_WORDS.values() for word in words))
_SYNONYMS = {
    key: next(iter(_folded((concept,))))
    for concept, words in _orgwords.SYNONYMS.items()
    for key in _folded(words)
}
_COUNTRY_NOUNS = _folded(_orgwords.COUNTRY_NOUNS)
_LANGUAGE_NAMES = _folded(_orgwords.LANGUAGE_NAMES)
CONCEPTS = frozenset(_SYNONYMS.values())
"""The keys `SYNONYMS` words are compared as, one per concept: such a word says the same in any language."""
_COMPOUND_HEADS = {
    next(iter(_folded((head,)))): (len(head), _DESIGNATORS[next(iter(_folded((concept,))))])
    for head, concept in _orgwords.COMPOUND_HEADS.items()
}
_COMPOUND_FIRST_MIN = 4
_POSSESSIVE = re.compile(r"['’]s\b")


@attrs.frozen
class Word:
    text: str
    key: str
    role: str
    """``distinctive``, ``designator``, ``qualifier``, ``generic`` (counted in initials, never compared) or
    ``minor`` (article or function word)."""
    concept: str = ""
    """The country of a qualifier, the concept of a designator."""


@attrs.frozen
class Label:
    """An organization or place name read for comparison.

    Attributes:
        text: The name as given.
        acronym: The Latin reading of the name when it is one acronym (ПИВТ -> PIVT), else ``None``.
        words: The words, each with its role.
        initials: The acronyms the words may form (with and without function words, hyphens joined or not).
    """

    text: str
    acronym: str | None
    words: tuple[Word, ...]
    initials: frozenset[str]


def _first_latin(chunk: str) -> str:
    for char in chunk:
        if char.isalpha():
            latin = latinize(char)[0]
            return latin[:1].upper()
    return ""


def acronym_reading(text: str) -> str | None:
    """The Latin letters of a name written as one acronym (ISIS-K, RFE/RL, U.N., ИГИЛ), else ``None``.

    >>> acronym_reading("ИГИЛ"), acronym_reading("RFE/RL"), acronym_reading("Daesh")
    ('IGIL', 'RFERL', None)
    """
    stripped = _DIGRAPH.sub(lambda found: found.group(1) or found.group(2), text.strip())
    if not stripped or any(char.isspace() for char in stripped):
        return None
    letters = [char for char in stripped if char.isalnum()]
    if not 2 <= len(letters) <= _ACRONYM_MAX or any(
        char.isalpha() and not char.isupper() for char in letters
    ):
        return None
    if not any(char.isalpha() for char in letters):
        return None
    return "".join(_first_latin(char) if char.isalpha() else char for char in letters)


def _initials(text: str, words: tuple[Word, ...]) -> frozenset[str]:
    minor = {word.key for word in words if word.role == "minor"}
    function_keys = _FUNCTIONS
    found: set[str] = set()
    for hyphen_splits in (False, True):
        separators = r"[\s/]+" if not hyphen_splits else r"[\s/\-–]+"
        chunks = [chunk for chunk in re.split(separators, _ELISION.sub(r"\1 ", text)) if chunk]
        keyed = []
        for chunk in chunks:
            parts = split_tokens(chunk)
            if not parts:
                continue
            key = fold_latin(latinize(parts[0][0])[0], None)[0]
            keyed.append((chunk, key))
        content = "".join(_first_latin(c) for c, key in keyed if key not in minor)
        with_functions = "".join(
            _first_latin(c) for c, key in keyed if key not in minor or key in function_keys
        )
        # The Arabic article counts where the function words do not (AQAP, al-Qaeda in the Arabian Peninsula).
        with_articles = "".join(
            _first_latin(c) for c, key in keyed if key not in minor or key in _ARABIC_ARTICLES
        )
        found.update(value for value in (content, with_functions, with_articles) if len(value) >= 2)
    return frozenset(found)


def _names_a_branch(last: Word, before: Word) -> bool:
    if last.key in _COUNTRY_NOUNS:
        return before.role not in ("minor", "designator")
    return last.key in _LANGUAGE_NAMES and before.role != "minor" and before.key not in CONCEPTS


@functools.lru_cache(maxsize=16384)
def parse_label(text: str) -> Label:
    """Read an organization or place name: its acronym reading, or its words by role.

    >>> parse_label("ПИВТ").acronym, sorted(parse_label("Islamic State of Iraq and Syria").initials)
    ('PIVT', ['ISIS', 'ISOIAS'])
    >>> [(w.text, w.role) for w in parse_label("the Tajik Interior Ministry").words]
    [('the', 'minor'), ('Tajik', 'qualifier'), ('Interior', 'distinctive'), ('Ministry', 'designator')]
    """
    clean = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text))
    acronym = acronym_reading(clean)
    raw = split_tokens(_ELISION.sub(r"\1 ", clean))
    latins = [latinize(part) for part, _ in raw]
    reading = reading_of(latins)
    words: list[Word] = []
    for (part, _), (latin, _, cyrillic) in zip(raw, latins, strict=True):
        if not latin:
            continue
        key = fold_latin(latin, None if cyrillic else reading)[0]
        if cyrillic and part.isupper() and key in _COUNTRIES:
            # РТ, КР after a body's name: the Russian abbreviations of the republics, not a body's acronym.
            words.append(Word(part, key, "qualifier", _COUNTRIES[key]))
        elif part.isupper() and len(part) >= 2 and acronym_reading(part) is not None:
            words.append(Word(part, str(acronym_reading(part)), "distinctive"))
        elif key in _ARTICLES or key in _FUNCTIONS:
            words.append(Word(part, key, "minor"))
        elif key in _COUNTRIES or stem(key) in _COUNTRY_STEMS:
            words.append(Word(part, key, "qualifier", _COUNTRIES.get(key) or _COUNTRY_STEMS[stem(key)]))
        elif key in _DESIGNATORS:
            words.append(Word(part, key, "designator", _DESIGNATORS[key]))
        elif key in _GENERIC:
            words.append(Word(part, key, "generic"))
        elif not cyrillic and (compound := _compound(part, key)) is not None:
            words.extend(compound)
        else:
            words.append(Word(part, _synonym(key, inflected=bool(cyrillic)), "distinctive"))
    if words and all(word.role == "minor" for word in words):
        # A name is never only articles: "Osh" folds like the article "ash", and is the name itself.
        words = [attrs.evolve(word, role="distinctive") for word in words]
    if len(words) > 1 and words[-1].role == "qualifier" and _names_a_branch(words[-1], words[-2]):
        # A bare country name after a name is a branch (Sputnik Uzbekistan), not "of Uzbekistan"; so is a
        # language's name after a body's own name (DW Russian).
        words[-1] = attrs.evolve(words[-1], role="distinctive")
    kept = tuple(words)
    return Label(clean, acronym, kept, _initials(clean, kept) if acronym is None else frozenset())


def _synonym(key: str, *, inflected: bool = False) -> str:
    """The concept of a word `SYNONYMS` lists, else the word's key.

    A Cyrillic word (``inflected``) is also found in any case form of a listed word (национальной,
    национального); Latin words only as listed, so that no short word reads as a stem (Defen is not défense).
    """
    found = _SYNONYMS.get(key)
    if found is None and inflected:
        found = _SYNONYM_STEMS.get(stem(key))
    return found or key


def _compound(part: str, key: str) -> list[Word] | None:
    """A German compound closed by a designator (Innenministerium): its first part and the designator.

    The first part must be a word of its own (4 letters or more) and say what the body is: a concept of
    `SYNONYMS` (Innen-, Außen-, Verteidigungs-) or a country qualifier; other compounds stay one word.
    """
    for head, (letters, concept) in _COMPOUND_HEADS.items():
        if key.endswith(head) and len(key) - len(head) >= _COMPOUND_FIRST_MIN:
            first = key[: -len(head)]
            meaning = _synonym(first)
            if meaning == first:
                return None
            split = max(len(part) - letters, 1)
            return [
                Word(part[:split], meaning, "distinctive"),
                Word(part[split:], head, "designator", concept),
            ]
    return None


_ADJECTIVE = re.compile(r"^(.{3,}?)sk(?:oio|ogo|omo|oi|om|ih|imi|im|i|o)$")
"""A Russian adjective of place in -ск- (Андижанская, Раштский, Ферганской) as folded: its base and ending."""


def adjective_base(key: str) -> str | None:
    """The place a Russian adjective in -ск- is formed from, as a folded key (Андижанская: Андижан), if any.

    >>> adjective_base("ondijonskoio"), adjective_base("roshtski"), adjective_base("minsk")
    ('ondijon', 'rosht', None)
    """
    found = _ADJECTIVE.match(key)
    return None if found is None else found.group(1)


def adjective_of(adjective: str, key: str) -> bool:
    """Whether an adjective's folded key is formed from a place's (Ферганская of Фергана, Согдийская of Согд).

    The place may end in a vowel the adjective drops (Фергана, Ферганская) or replaces with -ин- (Исфара,
    Исфаринский), and the adjective may join with -и- (Согд, Согдийская). Linear in the keys.

    >>> adjective_of("firgonskoio", "firgono"), adjective_of("sogdiskoio", "sogd")
    (True, True)
    >>> adjective_of("oshskoio", "osh")
    True
    >>> adjective_of("gormski", "rosht")
    False
    """
    base = adjective_base(adjective)
    if base is None:
        return False
    if key in (base, base.removesuffix("i")):
        return True
    # A place ending in a vowel drops it (Фергана, Ферганская) or takes -ин- (Исфара, Исфаринский).
    return key[-1:] in ("o", "i") and key[:-1] in (base, base.removesuffix("in"))


def stem(key: str) -> str:
    """The key without inflection endings (исламского, исламское; партии, партия), at least 4 letters."""
    stripped = True
    while stripped:
        stripped = False
        for ending in _INFLECTIONS:
            if key.endswith(ending) and len(key) - len(ending) >= STEM_MIN:
                key = key[: -len(ending)]
                stripped = True
                break
    return key


_COUNTRY_STEMS = {stem(key): country for key, country in _COUNTRIES.items()}
_SYNONYM_STEMS = {stem(key): concept for key, concept in _SYNONYMS.items()}


def label_stems(text: str) -> tuple[str, ...]:
    """The blocking keys of an organization or place name: the stems of its words that are not minor.

    >>> label_stems("Партии исламского возрождения") == label_stems("Партия исламского возрождения")
    True
    >>> label_stems("the Islamic State")
    ('islomic', 'stot')
    """
    found: dict[str, None] = {}
    for alternative in alternatives(text):
        label = parse_label(alternative)
        if label.acronym is not None:
            found[label.acronym] = None
        for word in label.words:
            if word.role != "minor":
                found[stem(word.key)] = None
                base = adjective_base(word.key)
                if base is not None:
                    found[base] = None
    return tuple(found)


def alternatives(text: str) -> list[str]:
    """The name, and the parenthetical acronym or short name it gives (an alias), and the name without it."""
    inner = [found.strip() for found in _PARENTHESIS.findall(text) if found.strip()]
    if not inner:
        return [text]
    outer = " ".join(_PARENTHESIS.sub(" ", text).split())
    return [outer, *inner]
