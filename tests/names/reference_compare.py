"""`compare_names` for persons as it was before its speed-ups, frozen: the oracle of test_compare's
equality properties.

It judges names parsed by the frozen `reference_key.parse_name` with the package's tables (`names/_rules.py`,
`names/_arabic.py`) and spellings (`names/_schemes.py`, `names/_romanize.py`), so that a faster implementation
must give the same verdict, score and reasons on any pair of texts. It relates parts as the package does with
the romanization schemes folded back (a transcription's merged letters, a Cyrillic part's spelling in each
scheme). Do not optimize this module.
"""

from __future__ import annotations

import enum
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

import attrs

from centasia_claims.names import _rules
from centasia_claims.names._arabic import arabic_relation
from centasia_claims.names._romanize import transliterate
from centasia_claims.names._schemes import SCHEMES
from tests.names import reference_key

if TYPE_CHECKING:
    from collections.abc import Sequence

Token = reference_key.Token
ParsedName = reference_key.Parsed


class NameMatch(NamedTuple):
    verdict: str
    score: float
    reasons: tuple[str, ...] = ()


_RANK = {"different": 0, "compatible": 1, "same": 2}


def _rank(match: NameMatch) -> tuple[int, float]:
    return (_RANK[match.verdict], match.score)


def fold_latin(latin: str, reading: int | None) -> tuple[str, tuple[str, ...]]:
    return reference_key._fold_latin(latin, reading)


def folded_tuple(words: tuple[str, ...]) -> tuple[str, ...]:
    return reference_key._folded(words)


def token_reasons(a: Token, b: Token) -> tuple[str, ...]:
    labels_a, labels_b = a.labels, b.labels
    if labels_a == labels_b:
        return ()
    ordered = dict.fromkeys((*labels_a, *labels_b))
    return tuple(label for label in ordered if labels_a.count(label) != labels_b.count(label))


class Kind(enum.IntEnum):
    """How two parts relate, best first."""

    EQUAL = 0
    INITIAL = 1
    TYPO = 2
    ENDING = 3
    FORM = 4
    NONE = 5


@attrs.frozen
class Relation:
    kind: Kind
    reason: str = ""
    schemes: frozenset[str] | None = None


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


def one_edit(a: str, b: str) -> bool:
    """Whether two folded keys are one slip apart (see `slip`)."""
    return slip(a, b) is not None


def _distinct_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(folded_tuple(pair)) for pair in _rules.DISTINCT_NAMES)


def known_distinct(a: str, b: str) -> bool:
    """Whether two keys are a known pair of different names one letter apart (Nazir, Nazira)."""
    return frozenset((a, b)) in _distinct_pairs()


NO_RELATION = Relation(Kind.NONE)


def relate_equal(a: Token, b: Token) -> Relation:
    if a.initial and b.initial:
        return Relation(Kind.EQUAL, f"{a.text} = {b.text} (initials)")
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


def _case_ending(token: Token, other: Token) -> str | None:
    """The Russian case ending a Cyrillic token carries over ``other`` (Халимова, Halimov), or ``None``."""
    first = token.text[:1]
    if first.isascii() or _rules.KEY_CYRILLIC.get(first.lower()) is None:
        return None
    for ending in _rules.CASE_ENDINGS:
        stem = token.latin[: -len(ending)]
        if (
            token.latin.endswith(ending)
            and len(stem) >= 4
            and stem[-1] not in "aeiouy"
            and fold_latin(stem, None)[0] == other.key
        ):
            return ending
    return None


def _relate_ending(a: Token, b: Token, *, surname: bool) -> Relation | None:
    """Graded endings: a Russian case ending, and on given names -jon and the izofa -i (Ilhomjon, Ilhom)."""
    for token, other in ((a, b), (b, a)):
        ending = _case_ending(token, other)
        if ending is not None:
            return Relation(Kind.ENDING, f"{a.text} ~ {b.text} (Russian case ending -{ending})")
        if surname or not token.latin.endswith(_rules.GIVEN_ENDINGS):
            continue
        for suffix in _rules.GIVEN_ENDINGS:
            stem = token.latin[: -len(suffix)]
            if token.latin.endswith(suffix) and len(stem) >= 4 and fold_latin(stem, None)[0] == other.key:
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
            if stem + suffix != latin.key and arabic_relation(arabic.key, stem + suffix) is not None:
                return Relation(Kind.FORM, f"{a.text} ~ {b.text} (Arabic script, another family-name form)")
    return NO_RELATION


_ARTICLES = ("ol", "il")
"""The Arabic article al-/el- as it folds, when a particle join put it before a name (al Baghdadi)."""


def _relate_article(a: Token, b: Token) -> Relation | None:
    """The same name with and without the Arabic article (al-Baghdadi, Baghdadi)."""
    for token, other in ((a, b), (b, a)):
        head, _, rest = token.text.partition(" ")
        if rest and token.key[:2] in _ARTICLES and token.key[2:] == other.key and len(head) == 2:
            return Relation(Kind.EQUAL, f"{a.text} = {b.text} (the article {head}- in one name)")
    return None


def _relate_near(a: Token, b: Token, *, surname: bool) -> Relation:
    """Tokens whose keys differ: an article, a graded ending, another family-name form, or a slip."""
    found = (
        _relate_article(a, b)
        or _relate_ending(a, b, surname=surname)
        or (_relate_form(a, b) if surname else None)
    )
    if found is not None:
        return found
    how = slip(a.key, b.key)
    if how is None:
        how = _written_alike(a.key, b.key) or _english_x(a, b)
        if how is None:
            return NO_RELATION
        return Relation(Kind.TYPO, f"{a.text} ~ {b.text} ({how})")
    return Relation(Kind.TYPO, f"{a.text} ~ {b.text} (a slip in a long word: {how})")


def _merge_doubled(key: str) -> str:
    merged = ""
    for char in key:
        if not merged or merged[-1] != char:
            merged += char
    return merged


def _written_alike(a: str, b: str) -> str | None:
    if a == b:
        return None
    for source, target, label in _rules.WRITTEN_ALIKE:
        if source not in a and source not in b:
            continue
        if label != "ё written as е" and max(len(a), len(b)) < _rules.SLIP_MIN_LETTERS:
            continue
        if _merge_doubled(a.replace(source, target)) == _merge_doubled(b.replace(source, target)):
            return label
    return None


def _english_x(a: Token, b: Token) -> str | None:
    if "x" not in a.latin and "x" not in b.latin:
        return None
    key_a = fold_latin(a.latin.replace("x", "ks"), None)[0]
    key_b = fold_latin(b.latin.replace("x", "ks"), None)[0]
    if key_a == key_b:
        return "English x read as ks"
    how = slip(key_a, key_b)
    return None if how is None else f"English x read as ks, and a slip in a long word: {how}"


def _is_cyrillic(token: Token) -> bool:
    return token.text[:1].lower() in _rules.KEY_CYRILLIC


def merged_key(token: Token, merging: int) -> tuple[str, tuple[str, ...]]:
    key, labels = reference_key._fold_latin(token.latin, token.reading, merging)
    names = {rule.label for rule in _rules.READINGS[merging].merges}
    return key, tuple(dict.fromkeys(label for label in labels if label in names))


def _relate_merged(a: Token, b: Token) -> Relation | None:
    for reading in (a.reading, b.reading):
        if reading is None or not _rules.READINGS[reading].merges:
            continue
        (key_a, labels_a), (key_b, labels_b) = merged_key(a, reading), merged_key(b, reading)
        if key_a == key_b:
            shown = ", ".join(dict.fromkeys((*labels_a, *labels_b)))
            return Relation(Kind.EQUAL, f"{a.text} = {b.text} ({shown})")
    return None


def _written_by(cyrillic: Token, latin: Token) -> tuple[str | None, frozenset[str]]:
    """The schemes whose spelling folds like the Latin part unread, or read in the same transcription, and
    the label to show: the first read in the same transcription, or else the first."""
    letters = fold_latin(latin.latin, None)[0]
    read = []
    plain = []
    for scheme in SCHEMES.values():
        spelling = transliterate(cyrillic.text, scheme)
        parsed = reference_key.parse_name(spelling)
        reading = parsed.tokens[0].reading if len(parsed.tokens) == 1 else None
        if parsed.key == latin.key and reading == latin.reading:
            read.append(scheme)
        elif fold_latin(reference_key._latinize(spelling)[0], None)[0] == letters:
            plain.append(scheme)
    label = (read or plain)[0].label if read or plain else None
    return label, frozenset(scheme.id for scheme in (*read, *plain))


def _relate_spelled(a: Token, b: Token) -> Relation | None:
    if a.text.isascii() and b.text.isascii():
        return None
    a_cyrillic, b_cyrillic = _is_cyrillic(a), _is_cyrillic(b)
    if a_cyrillic == b_cyrillic:
        return None
    cyrillic, latin = (a, b) if a_cyrillic else (b, a)
    label, schemes = _written_by(cyrillic, latin)
    if label is None:
        return None
    return Relation(Kind.EQUAL, f"{a.text} = {b.text} ({label} spelling)", schemes)


_PLAIN = {
    "ł": "l",
    "ı": "i",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}


def _letters(text: str) -> str:
    """Letters as written: case, diacritics and doubled letters dropped, a o u as one and e i y as one."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text.casefold()):
        for letter in _PLAIN.get(char, char):
            if not "a" <= letter <= "z":
                continue
            vowel = "o" if letter in "aou" else "i" if letter in "eiy" else letter
            if not out or out[-1] != vowel:
                out.append(vowel)
    return "".join(out)


def _written_as(cyrillic: Token, latin: Token) -> frozenset[str]:
    """The schemes whose spelling has the Latin part's letters (a Turkish one also with c and ç read)."""
    found = set()
    for scheme in SCHEMES.values():
        spelling = transliterate(cyrillic.text, scheme)
        forms = {_letters(spelling)}
        if scheme.id == "tr":
            forms.add(
                _letters(spelling.replace("ç", "ch").replace("Ç", "Ch").replace("c", "j").replace("C", "J"))
            )
        if _letters(latin.text) in forms:
            found.add(scheme.id)
    return frozenset(found)


def _schemes_agree(pairs: Sequence[tuple[Token, Token, Relation]]) -> bool:
    """One scheme writes every Cyrillic part equal to a Latin part with that part's letters."""
    common = set(SCHEMES)
    for a, b, relation in pairs:
        if relation.kind is Kind.EQUAL and not (a.arabic or b.arabic) and _is_cyrillic(a) != _is_cyrillic(b):
            common &= _written_as(a, b) if _is_cyrillic(a) else _written_as(b, a)
    return bool(common)


def relate(a: Token, b: Token, *, surname: bool, spelling: bool = True) -> Relation:
    if a.arabic and b.arabic:
        return relate_equal(a, b) if a.key == b.key else NO_RELATION
    if a.arabic or b.arabic:
        return _relate_arabic(a, b, surname=surname)
    if a.key == b.key:
        return relate_equal(a, b)
    if a.initial or b.initial:
        return _relate_initial(a, b)
    merged = _relate_merged(a, b)
    if merged is None and known_distinct(a.key, b.key):
        return NO_RELATION
    return merged or (_relate_spelled(a, b) if spelling else None) or _relate_near(a, b, surname=surname)


@attrs.frozen
class _Reading:
    surname: Token
    givens: tuple[Token, ...]
    surname_first: bool


def _readings(tokens: Sequence[Token]) -> list[_Reading]:
    if len(tokens) == 1:
        return [_Reading(tokens[0], (), surname_first=False)]
    readings = []
    if not tokens[-1].initial:
        readings.append(_Reading(tokens[-1], tuple(tokens[:-1]), surname_first=False))
    if not tokens[0].initial:
        readings.append(_Reading(tokens[0], tuple(tokens[1:]), surname_first=True))
    return readings


@attrs.frozen
class _Givens:
    kind: Kind | None
    """The worst relation among matched given names; ``None`` when one side has none."""
    reasons: tuple[str, ...]
    extra_full: bool = False
    mismatch: bool = False
    pairs: tuple[tuple[Token, Token, Relation], ...] = ()


def _joined(tokens: Sequence[Token]) -> str:
    return fold_latin("".join(token.latin for token in tokens), None)[0]


def _joined_agree(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Given names written as one word or two, in any script."""
    arabic_a, arabic_b = all(t.arabic for t in a), all(t.arabic for t in b)
    if arabic_a and arabic_b:
        return "".join(t.key for t in a) == "".join(t.key for t in b)
    if arabic_a or arabic_b:
        arabic, latin = (a, b) if arabic_a else (b, a)
        if any(t.arabic for t in latin):
            return False
        return arabic_relation("".join(t.key for t in arabic), _joined(latin)) == "strict"
    return _joined(a) == _joined(b)


def _compare_givens(
    a: Sequence[Token],
    b: Sequence[Token],
    *,
    spelling: bool,
    surname_first: tuple[bool, bool],
    fathers: frozenset[int],
) -> _Givens:
    if not a or not b:
        return _Givens(None, ())
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    long_first = surname_first[0] if long_ is a else surname_first[1]
    reasons: list[str] = []
    pairs: list[tuple[Token, Token, Relation]] = []
    worst = Kind.EQUAL
    position = 0
    used: set[int] = set()
    for token in short:
        for index in range(position, len(long_)):
            relation = relate(token, long_[index], surname=False, spelling=spelling)
            if relation.kind is not Kind.NONE:
                pairs.append((token, long_[index], relation))
                if short is a:
                    reasons.append(relation.reason)
                else:
                    reasons.append(_swap_reason(relation.reason, long_[index], token))
                worst = max(worst, relation.kind)
                used.add(index)
                position = index + 1
                break
        else:
            if (len(a) > 1 or len(b) > 1) and _joined_agree(a, b):
                written = " ".join(t.text for t in a), " ".join(t.text for t in b)
                return _Givens(Kind.EQUAL, (f"{written[0]} = {written[1]} (one word or two)",))
            return _Givens(None, (), mismatch=True)
    extras = [long_[index] for index in range(len(long_)) if index not in used]
    dropped = folded_tuple(_rules.DROPPED_GIVEN_NAMES) + folded_tuple(_rules.DROPPED_WORDS)
    for index, token in enumerate(long_):
        between = index < max(used) if long_first else index > min(used)
        full = not token.initial
        if between and index not in used and full and token.key not in dropped and id(token) not in fathers:
            return _Givens(None, (), mismatch=True)
    extra_full = any(not token.initial for token in extras)
    if extras:
        shown = " ".join(token.text for token in extras)
        reasons.append(f"{shown} only in one name (middle name or initial)")
    return _Givens(worst, tuple(reasons), extra_full=extra_full, pairs=tuple(pairs))


def _swap_reason(reason: str, first: Token, second: Token) -> str:
    """Restate a reason found with the names swapped so it reads in the caller's order."""
    for separator in (" = ", " ~ "):
        head = f"{second.text}{separator}{first.text}"
        if reason.startswith(head):
            return f"{first.text}{separator}{second.text}{reason[len(head) :]}"
    return reason


def _patronymics(a: ParsedName, b: ParsedName) -> tuple[bool, tuple[str, ...]]:
    pa = [token for token in a.tokens if token.patronymic]
    pb = [token for token in b.tokens if token.patronymic]
    if pa and pb:
        relation = relate(pa[0], pb[0], surname=False)
        if relation.kind in (Kind.EQUAL, Kind.INITIAL):
            return True, (relation.reason,)
        return False, (f"patronymics differ: {pa[0].text} / {pb[0].text}",)
    if pa or pb:
        only = (pa or pb)[0]
        return True, (f"patronymic {only.text} only in one name, not compared",)
    return True, ()


def _judge(ra: _Reading, rb: _Reading, *, fathers: frozenset[int], spelling: bool = True) -> NameMatch:
    """One reading judged; judged again without the scheme-spelling rule when its parts relate through
    the spellings of schemes that do not agree on one."""
    surname = relate(ra.surname, rb.surname, surname=True, spelling=spelling)
    if surname.kind is Kind.NONE or surname.kind is Kind.INITIAL:
        return NameMatch("different", 0.0, (f"surnames differ: {ra.surname.text} / {rb.surname.text}",))
    givens = _compare_givens(
        ra.givens,
        rb.givens,
        spelling=spelling,
        surname_first=(ra.surname_first, rb.surname_first),
        fathers=fathers,
    )
    if (
        spelling
        and not givens.mismatch
        and not _schemes_agree(((ra.surname, rb.surname, surname), *givens.pairs))
    ):
        return _judge(ra, rb, fathers=fathers, spelling=False)
    reasons = [*givens.reasons, surname.reason]
    if ra.surname_first != rb.surname_first:
        reasons.append("surname first in one name")
    if givens.mismatch:
        shown = " ".join(t.text for t in ra.givens), " ".join(t.text for t in rb.givens)
        note = f"given names differ: {shown[0]} / {shown[1]}"
        score = 0.3 if surname.kind is Kind.EQUAL else 0.1
        return NameMatch("different", score, (note, surname.reason))
    if surname.kind is Kind.ENDING:
        return _judge_surname_ending(givens, reasons)
    if surname.kind is not Kind.EQUAL:
        return _judge_near_surname(surname, givens, reasons)
    return _judge_equal_surname(givens, reasons)


def _judge_surname_ending(givens: _Givens, reasons: list[str]) -> NameMatch:
    """A surname with a Russian case ending: the given names may carry one too, or be absent."""
    if givens.kind is None:
        return NameMatch(
            "compatible",
            0.55,
            (*reasons, "a name part alone is at most compatible, never the same"),
        )
    if givens.kind in (Kind.EQUAL, Kind.ENDING, Kind.INITIAL):
        return NameMatch("compatible", 0.75, tuple(reasons))
    return NameMatch("different", 0.2, (*reasons, "a surname with a case ending needs given names"))


def _judge_near_surname(surname: Relation, givens: _Givens, reasons: list[str]) -> NameMatch:
    """Another family-name form or a typo in the surname: only given names that agree exactly confirm it."""
    if givens.kind is Kind.EQUAL:
        return NameMatch("compatible", 0.75, (*reasons, "the given names agree exactly"))
    needed = "given names that agree exactly" if givens.kind is not None else "a given name on both sides"
    return NameMatch("different", 0.2, (surname.reason, f"a near surname needs {needed}"))


def _judge_equal_surname(givens: _Givens, reasons: list[str]) -> NameMatch:
    if givens.kind is None:
        return NameMatch(
            "compatible", 0.6, (*reasons, "a name part alone is at most compatible, never the same")
        )
    if givens.kind is Kind.EQUAL and not givens.extra_full:
        return NameMatch("same", 1.0, tuple(reasons))
    score = {Kind.EQUAL: 0.85, Kind.INITIAL: 0.8, Kind.TYPO: 0.75, Kind.ENDING: 0.7}[givens.kind]
    return NameMatch("compatible", score, tuple(reasons))


def _plainly_equal(a: Sequence[Token], b: Sequence[Token]) -> bool:
    return (
        len(a) == len(b) >= 2
        and all(x.key == y.key for x, y in zip(a, b, strict=True))
        and not any(t.initial or t.arabic for t in (*a, *b))
    )


def compare_parsed(a: ParsedName, b: ParsedName) -> NameMatch:
    """`compare_names` for names already parsed with `parse_name` (used by the resolution index)."""
    core_a = [token for token in a.tokens if not token.patronymic] or list(a.tokens)
    core_b = [token for token in b.tokens if not token.patronymic] or list(b.tokens)
    if not core_a or not core_b:
        return NameMatch("different", 0.0, ("no name to compare",))
    if _plainly_equal(core_a, core_b):
        # Every part has the same key in the same order: the usual reading is already the best one.
        reasons = tuple(relate_equal(x, y).reason for x, y in zip(core_a, core_b, strict=True))
        agree, notes = _patronymics(a, b)
        if agree:
            titles = tuple(f"title {title} ignored" for title in (*a.titles, *b.titles))
            return NameMatch("same", 1.0, (*reasons, *notes, *titles))
    words = folded_tuple(_rules.PATRONYMIC_WORDS)
    fathers = frozenset(
        id(name.tokens[i])
        for name in (a, b)
        for i in range(len(name.tokens) - 1)
        if name.tokens[i + 1].patronymic and name.tokens[i + 1].key in words
    )
    matches = []
    for rb in _readings(core_b):
        for ra in _readings(core_a):
            matches.append(_judge(ra, rb, fathers=fathers))
            if matches[-1].verdict == "same" and matches[-1].score == 1.0:
                break
        else:
            continue
        break
    if not matches:
        return NameMatch("different", 0.0, ("no reading with a surname on both sides",))
    best = max(matches, key=_rank)
    if best.verdict == "different":
        # Explain with the usual reading (surnames last), whichever reading came closest.
        best = NameMatch("different", best.score, matches[0].reasons)
    agree, notes = _patronymics(a, b)
    titles = tuple(f"title {title} ignored" for title in (*a.titles, *b.titles))
    if not agree:
        return NameMatch("different", min(best.score, 0.3), (*notes, *best.reasons))
    return NameMatch(best.verdict, best.score, (*best.reasons, *notes, *titles))


def compare_names(a: str, b: str) -> NameMatch:
    """The frozen `compare_names` for persons: verdict (its value), score and reasons."""
    return compare_parsed(reference_key.parse_name(a), reference_key.parse_name(b))
