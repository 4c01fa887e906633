"""How two name parts relate: equal keys, an initial, a slip, a graded ending, another family-name form.

Each relation carries a `Kind` (best first) and the reason `compare_names` shows. A slip (`slip`) is one
letter dropped or added, two neighbouring letters swapped or a vowel for a vowel in a long word; endings are
read from the tables of `names/_rules.py`; Arabic-script parts are read by `names/_arabic.py`.

>>> from centasia_claims.names._key import parse_name
>>> relate(parse_name("Hailmov").tokens[0], parse_name("Halimov").tokens[0], surname=True).reason
'Hailmov ~ Halimov (a slip in a long word: two letters swapped)'
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.names import _rules, _spelled
from centasia_claims.names._arabic import arabic_may_write, arabic_relation
from centasia_claims.names._fold import fold_latin, merged_key
from centasia_claims.names._spelled import is_cyrillic, spelled, spelled_keys, written_by
from centasia_claims.names._token import Token, folded_tuple

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "NO_RELATION",
    "Kind",
    "Relation",
    "case_stem_keys",
    "known_distinct",
    "one_edit",
    "relate",
    "relate_equal",
    "schemes_agree",
    "slip",
    "spelled_keys",
    "surname_stem",
    "unspelled",
    "written_alike",
]


class Kind(enum.IntEnum):
    """How two parts relate, best first."""

    EQUAL = 0
    INITIAL = 1
    TYPO = 2
    ENDING = 3
    FORM = 4
    NONE = 5


class Relation(NamedTuple):
    """How two parts relate, and the reason shown (a tuple: one is made for every pair of parts compared)."""

    kind: Kind
    reason: str = ""
    schemes: frozenset[str] | None = None
    """The schemes of `SCHEMES` whose spelling alone relates the parts, or ``None`` (another rule did)."""


@functools.lru_cache(maxsize=65536)
def surname_stem(key: str) -> tuple[str, str]:
    for suffix in folded_tuple(_rules.SURNAME_SUFFIXES):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)], suffix
    return key, ""


_VOWELS = frozenset("oi")


def slip(a: str, b: str) -> str | None:
    """How two folded keys of a long word differ by one slip, or ``None``.

    A slip is a letter dropped or added (not the first: a doubled consonant is already one letter in a
    key), two neighbouring letters swapped, or a vowel written for another; the longer key must have at
    least `SLIP_MIN_LETTERS` letters, and both the same first letter. Linear in the keys.

    >>> slip("holimov", "hoilmov"), slip("golmorod", "golmord"), slip("holimov", "hokimov")
    ('two letters swapped', 'a letter dropped', None)
    """
    if max(len(a), len(b)) < _rules.SLIP_MIN_LETTERS or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return None
    if len(a) == len(b):
        first = next(index for index in range(len(a)) if a[index] != b[index]) if a != b else -1
        if first < 0:
            return None
        if a[first + 1 :] == b[first + 1 :]:
            return "a vowel for a vowel" if a[first] in _VOWELS and b[first] in _VOWELS else None
        swapped = (
            first + 1 < len(a)
            and a[first] == b[first + 1]
            and a[first + 1] == b[first]
            and a[first + 2 :] == b[first + 2 :]
        )
        return "two letters swapped" if swapped else None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    index = 0
    while index < len(short) and short[index] == long_[index]:
        index += 1
    return "a letter dropped" if long_[index + 1 :] == short[index:] else None


def _doubled_merged(key: str) -> str:
    return "".join(char for index, char in enumerate(key) if index == 0 or key[index - 1] != char)


def written_alike(a: str, b: str) -> str | None:
    """The label of `WRITTEN_ALIKE` that makes two different folded keys equal, or ``None``.

    Both keys are read with the rule's letters replaced (doubled letters merged again); a rule other than
    ё for е applies only to a long word (`SLIP_MIN_LETTERS`). Symmetric and linear in the keys.

    >>> written_alike("mirziv", "mirzioiv"), written_alike("rochobolizodo", "rojobolizodo")
    ('ё written as е', 'Tajik ҷ written as Russian ч')
    >>> written_alike("chori", "jori") is None
    True
    """
    if a == b:
        return None
    for source, target, label in _rules.WRITTEN_ALIKE:
        if source not in a and source not in b:
            continue
        if label != _rules.WRITTEN_ALIKE[0][2] and max(len(a), len(b)) < _rules.SLIP_MIN_LETTERS:
            continue
        if _doubled_merged(a.replace(source, target)) == _doubled_merged(b.replace(source, target)):
            return label
    return None


def _english_x(a: Token, b: Token) -> str | None:
    """Two Latin parts that agree, or are one slip apart, when an English x is read as ks (Alexander)."""
    if "x" not in a.latin and "x" not in b.latin:
        return None
    key_a = fold_latin(a.latin.replace("x", "ks"), None)[0]
    key_b = fold_latin(b.latin.replace("x", "ks"), None)[0]
    if key_a == key_b:
        return "English x read as ks"
    how = slip(key_a, key_b)
    return None if how is None else f"English x read as ks, and a slip in a long word: {how}"


def one_edit(a: str, b: str) -> bool:
    """Whether two folded keys are one slip apart (see `slip`)."""
    return slip(a, b) is not None


@functools.cache
def _distinct_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(folded_tuple(pair)) for pair in _rules.DISTINCT_NAMES)


def known_distinct(a: str, b: str) -> bool:
    """Whether two keys are a known pair of different names one letter apart (Nazir, Nazira)."""
    return frozenset((a, b)) in _distinct_pairs()


NO_RELATION = Relation(Kind.NONE)


def token_reasons(a: Token, b: Token) -> tuple[str, ...]:
    """The labels of the rules applied a different number of times to two tokens with equal keys.

    >>> from centasia_claims.names._key import parse_name
    >>> token_reasons(parse_name("Khalimov").tokens[0], parse_name("Halimov").tokens[0])
    ('kh/h',)
    """
    labels_a, labels_b = a.labels, b.labels
    if labels_a == labels_b:
        return ()
    ordered = dict.fromkeys((*labels_a, *labels_b))  # a handful of labels: counting each is cheapest
    return tuple(label for label in ordered if labels_a.count(label) != labels_b.count(label))


def relate_equal(a: Token, b: Token) -> Relation:
    if a.initial and b.initial:
        return Relation(Kind.EQUAL, f"{a.text} = {b.text} (initials)")
    if a.labels == b.labels:  # the same rules as often: nothing to count
        return Relation(Kind.EQUAL, f"{a.text} = {b.text} (identical)")
    rules = token_reasons(a, b)
    detail = ", ".join(rules) if rules else "identical"
    return Relation(Kind.EQUAL, f"{a.text} = {b.text} ({detail})")


def _relate_initial(a: Token, b: Token) -> Relation:
    if not (a.initial and b.initial) and a.key[:1] == b.key[:1]:
        short, full = (a, b) if a.initial else (b, a)
        return Relation(Kind.INITIAL, f"{short.text} agrees with {full.text} (initial)")
    return NO_RELATION


def _relate_form(a: Token, b: Token) -> Relation | None:
    """Surnames of one stem in two family-name forms (Kabirov, Kabiri), or ``None``."""
    (stem_a, end_a), (stem_b, end_b) = surname_stem(a.key), surname_stem(b.key)
    if stem_a != stem_b:
        return None
    forms = "/".join(f"-{end}" if end else "no ending" for end in (end_a, end_b))
    return Relation(Kind.FORM, f"{a.text} ~ {b.text} (family-name forms {forms} of one stem)")


def _without_case_endings(token: Token) -> tuple[tuple[str, str], ...]:
    """Each Russian case ending a Cyrillic token may carry, with the key of the token without it."""
    first = token.text[:1]
    if first.isascii() or _rules.KEY_CYRILLIC.get(first.lower()) is None:
        return ()
    found = []
    for ending in _rules.CASE_ENDINGS:
        stem = token.latin[: -len(ending)]
        if token.latin.endswith(ending) and len(stem) >= 4 and stem[-1] not in "aeiouy":
            found.append((ending, fold_latin(stem, None)[0]))
    return tuple(found)


def case_stem_keys(token: Token) -> tuple[str, ...]:
    """The keys of a Cyrillic token with a Russian case ending taken off (Рамазона: that of Рамазон).

    A name index looks a part up by these too, as `compare_names` grades such an ending, not rejects it.
    """
    return tuple(dict.fromkeys(key for _, key in _without_case_endings(token) if key != token.key))


def _case_ending(token: Token, other: Token) -> str | None:
    """The Russian case ending a Cyrillic token carries over ``other`` (Халимова, Halimov), or ``None``."""
    return next((ending for ending, key in _without_case_endings(token) if key == other.key), None)


_CASE_ENDINGS = _rules.CASE_ENDINGS
_GIVEN_ENDINGS = _rules.GIVEN_ENDINGS


_ENDINGS = (*_CASE_ENDINGS, *_GIVEN_ENDINGS)


def _relate_ending(a: Token, b: Token, *, surname: bool) -> Relation | None:
    """Graded endings: a Russian case ending, and on given names -jon and the izofa -i (Ilhomjon, Ilhom)."""
    for token, other in ((a, b), (b, a)):
        latin = token.latin
        if latin.endswith(_CASE_ENDINGS):  # `_case_ending` finds none on a token without one
            ending = _case_ending(token, other)
            if ending is not None:
                return Relation(Kind.ENDING, f"{a.text} ~ {b.text} (Russian case ending -{ending})")
        if surname or not latin.endswith(_GIVEN_ENDINGS):
            continue
        for suffix in _GIVEN_ENDINGS:
            stem = latin[: -len(suffix)]
            if latin.endswith(suffix) and len(stem) >= 4 and fold_latin(stem, None)[0] == other.key:
                shown = "jon" if "jon" in suffix else suffix
                return Relation(Kind.ENDING, f"{a.text} ~ {b.text} (given-name ending -{shown})")
    return None


def _relate_arabic(a: Token, b: Token, *, surname: bool) -> Relation:
    arabic, latin = (a, b) if a.arabic else (b, a)
    how = arabic_relation(arabic.key, latin.key)
    if how == "strict":
        return Relation(Kind.EQUAL, f"{a.text} = {b.text} (Arabic script: consonants and long vowels agree)")
    if how == "loose":
        return Relation(
            Kind.TYPO, f"{a.text} ~ {b.text} (Arabic script: consonants agree, long vowels do not all agree)"
        )
    if surname:
        stem = surname_stem(latin.key)[0]
        for suffix in ("", *folded_tuple(_rules.SURNAME_SUFFIXES)):
            if stem + suffix != latin.key and arabic_may_write(arabic.key, stem + suffix):
                return Relation(Kind.FORM, f"{a.text} ~ {b.text} (Arabic script, another family-name form)")
    return NO_RELATION


_ARTICLES = ("ol", "il")
"""The Arabic article al-/el- as it folds, when a particle join put it before a name (al Baghdadi)."""


def _relate_article(a: Token, b: Token) -> Relation | None:
    """The same name with and without the Arabic article (al-Baghdadi, Baghdadi)."""
    for token, other in ((a, b), (b, a)):
        if token.key[:2] not in _ARTICLES or token.key[2:] != other.key:  # the cheap tests first
            continue
        head, _, rest = token.text.partition(" ")
        if rest and len(head) == 2:
            return Relation(Kind.EQUAL, f"{a.text} = {b.text} (the article {head}- in one name)")
    return None


def _relate_merged(a: Token, b: Token) -> Relation | None:
    """Parts equal once the letters a transcription writes alike are merged (German Sarina, Зарина).

    Only a part read in a transcription with merges (`Reading.merges`) brings them, and they apply to both
    parts of that comparison alone.
    """
    if a.reading is None and b.reading is None:
        return None
    for reading in (a.reading, b.reading):
        if reading is None or not _rules.READINGS[reading].merges:
            continue
        key_a, labels_a = merged_key(a.latin, a.reading, reading)
        key_b, labels_b = merged_key(b.latin, b.reading, reading)
        if key_a == key_b:
            shown = ", ".join(dict.fromkeys((*labels_a, *labels_b)))
            return Relation(Kind.EQUAL, f"{a.text} = {b.text} ({shown})")
    return None


def _relate_spelled(a: Token, b: Token) -> Relation | None:
    """A Latin part spelled as one scheme of `SCHEMES` writes the Cyrillic part (Chaiit, Хайит in German).

    The relation carries every scheme that spells it so, for `schemes_agree`.
    """
    if a.text.isascii() and b.text.isascii():
        return None
    a_cyrillic, b_cyrillic = is_cyrillic(a), is_cyrillic(b)
    if a_cyrillic == b_cyrillic:
        return None
    found = spelled(a, b) if a_cyrillic else spelled(b, a)
    if found is None:
        return None
    return Relation(Kind.EQUAL, f"{a.text} = {b.text} ({found[0]} spelling)", found[1])


def schemes_agree(pairs: Sequence[tuple[Token, Token, Relation]]) -> bool:
    """Whether one scheme writes every Cyrillic part of a reading that is equal to a Latin part.

    A name is spelled in one scheme: when a pair of parts relates only through the spellings of some schemes
    (`Relation.schemes`), the Latin parts equal to Cyrillic ones, that pair among them, must all have the
    letters of one scheme's spelling (`written_by`).
    """
    common: frozenset[str] | None = None
    for a, b, relation in pairs:
        if relation.kind is not Kind.EQUAL or a.arabic or b.arabic:
            continue
        a_cyrillic = is_cyrillic(a)
        if a_cyrillic == is_cyrillic(b):
            continue
        found = written_by(a, b) if a_cyrillic else written_by(b, a)
        common = found if common is None else common & found
        if not common:
            return False
    return True


def unspelled(a: Token, b: Token, relation: Relation, *, surname: bool) -> Relation:
    """A relation found through a scheme's spelling, found again without that rule (`relate` otherwise)."""
    if relation.schemes is None:
        return relation
    found = _relate_near(a, b, surname=surname)
    if found.kind is not Kind.NONE and frozenset((a.key, b.key)) in _distinct_pairs():
        return NO_RELATION
    return found


def _relate_near(a: Token, b: Token, *, surname: bool) -> Relation:
    """Tokens whose keys differ: an article, a graded ending, another family-name form, or a slip.

    Each test is tried only where the keys allow it (they find nothing elsewhere): an article makes one key
    two letters longer, an ending is one the table lists, a stem in two forms is at least three letters that
    both keys begin with (the keys differ), and a slip drops or adds one letter at most.
    """
    key_a, key_b = a.key, b.key
    difference = len(key_a) - len(key_b)
    found = (
        (_relate_article(a, b) if difference in (2, -2) else None)
        or (
            _relate_ending(a, b, surname=surname)
            if a.latin.endswith(_ENDINGS) or b.latin.endswith(_ENDINGS)
            else None
        )
        or (_relate_form(a, b) if surname and key_a[:3] == key_b[:3] else None)
    )
    if found is not None:
        return found
    how = slip(key_a, key_b) if -1 <= difference <= 1 else None
    if how is None:
        how = written_alike(key_a, key_b) or _english_x(a, b)
        if how is None:
            return NO_RELATION
        return Relation(Kind.TYPO, f"{a.text} ~ {b.text} ({how})")
    return Relation(Kind.TYPO, f"{a.text} ~ {b.text} (a slip in a long word: {how})")


def _relate(a: Token, b: Token, *, surname: bool) -> Relation:  # noqa: PLR0911  (one return per case, in order)
    if a.arabic or b.arabic:
        if a.arabic and b.arabic:
            return relate_equal(a, b) if a.key == b.key else NO_RELATION
        return _relate_arabic(a, b, surname=surname)
    if a.key == b.key:
        return relate_equal(a, b)
    if a.initial or b.initial:
        return _relate_initial(a, b)
    merged = _relate_merged(a, b)
    if merged is not None:
        return merged
    relation = _relate_spelled(a, b) or _relate_near(a, b, surname=surname)
    if relation.kind is not Kind.NONE and frozenset((a.key, b.key)) in _distinct_pairs():
        return NO_RELATION  # `known_distinct`: no relation between two names known to differ
    return relation


_CACHE_SIZE = 65536
"""Pairs of parts whose relation is kept (a full cache keeps what it holds, as those of `parse_name` do)."""
_RELATIONS: dict[tuple[int, int, bool], tuple[Token, Token, Relation]] = {}
"""Relations by the identities of their parts, which the entry holds (so no other part can take their ids):
`parse_name` gives one token object for each spelling, and the readings of a name, the names compared with
one mention and the mentions compared with one name meet the same pairs of parts again."""


def clear_caches() -> None:
    """Empty this module's caches of relations, surname stems and the spellings of Cyrillic parts."""
    _RELATIONS.clear()
    surname_stem.cache_clear()
    _spelled.clear_caches()


def relate(a: Token, b: Token, *, surname: bool) -> Relation:
    """How two parts relate, read as surnames or as given names (see `Kind`)."""
    key = (id(a), id(b), surname)
    found = _RELATIONS.get(key)
    if found is not None:
        return found[2]
    relation = _relate(a, b, surname=surname)
    if len(_RELATIONS) < _CACHE_SIZE:
        _RELATIONS[key] = (a, b, relation)
    return relation
