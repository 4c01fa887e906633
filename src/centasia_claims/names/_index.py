"""An index of every recorded name and mention, blocked on folded token keys, that resolves a mention.

Resolving never scans every entity. Each token of a mention is folded, and the index looks up the token keys
it may relate to by the comparison rules: the same key, the same family-name stem, or one typo away (found
through a deletion neighbourhood of the vocabulary, as in SymSpell). Only names that relate to two of the
mention's tokens (or to its only token) are compared with `compare_names`; acronyms are exact keys.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - `resolve` accepts dates at run time
from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from centasia_claims.model import NameKind, PartialDate, Period
from centasia_claims.names._compare import NameMatch, NameVerdict, compare_parsed, one_edit, surname_stem
from centasia_claims.names._key import ParsedName, parse_name, token_reasons
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.model import Entity, Mention

__all__ = ["Candidate", "NameIndex", "Resolution"]

_TYPO_MIN = 5
"""Keys shorter than this have no typo neighbours (as in `compare_names`)."""
_DELETION_MAX = 40
"""Keys longer than this (no name token is) have no deletion neighbourhood: they match by key only.

The neighbourhood of a key of n letters holds n keys of n - 1 letters, so without a bound one long token
costs time and memory quadratic in its length.
"""
_AMBIGUITY_MARGIN = 0.1
_ACRONYM_MAX = 10


@attrs.frozen
class Candidate:
    """An entity a mention may refer to, with the name it matched and why.

    Attributes:
        entity: The entity's id.
        display_name: The entity's first recorded name.
        kind: ``"person"``, ``"organization"``, ``"place"`` or ``"event"``.
        verdict: Same or compatible (different names are not candidates).
        score: From `compare_names`, 1.0 for an exact acronym or a name that agrees in every part.
        matched: The recorded name or mention the mention matched best.
        via: What ``matched`` is: a `NameKind` value, or ``"mention"`` for a name written in a source.
        valid: When ``matched`` was in use, if recorded.
        reasons: How the mention and ``matched`` were found to agree.

    >>> from centasia_claims import load_seed_corpus, resolve
    >>> candidate = resolve(load_seed_corpus(), "Gulmorod Khalimov").candidates[0]
    >>> candidate.entity, candidate.verdict, candidate.matched, candidate.via
    ('person:gulmurod-halimov', <NameVerdict.SAME: 'same'>, 'Gulmurod Halimov', 'primary')
    >>> candidate.reasons[1:]
    ('Gulmorod = Gulmurod (a/o/u)', 'Khalimov = Halimov (kh/h)')
    """

    entity: str
    display_name: str
    kind: str
    verdict: NameVerdict
    score: float
    matched: str
    via: str
    valid: Period | None = None
    reasons: tuple[str, ...] = ()


@attrs.frozen
class Resolution:
    """The entities a mention may refer to, best first, and whether that is ambiguous.

    Attributes:
        mention: The name as given.
        at: The date of the mention, when given: names not in use then are set aside.
        candidates: Matching entities, best first (verdict, then score, then id).
        out_of_period: Entities that match only through a name not in use at ``at``.

    A full name resolves; a surname that four people in the corpus share does not:

    >>> from centasia_claims import load_seed_corpus, resolve
    >>> corpus = load_seed_corpus()
    >>> resolve(corpus, "Gulmorod Khalimov").best.entity
    'person:gulmurod-halimov'
    >>> result = resolve(corpus, "Halimov")
    >>> result.ambiguous, result.best, len(result.candidates)
    (True, None, 4)
    """

    mention: str
    at: PartialDate | None
    candidates: tuple[Candidate, ...]
    out_of_period: tuple[Candidate, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """Whether two or more entities match about equally well, so the mention cannot be resolved."""
        if len(self.candidates) < 2:
            return False
        first, second = self.candidates[0], self.candidates[1]
        return first.verdict is second.verdict and first.score - second.score < _AMBIGUITY_MARGIN

    @property
    def best(self) -> Candidate | None:
        """The one entity the mention refers to, or ``None`` when nothing matches or it is ambiguous."""
        if not self.candidates or self.ambiguous:
            return None
        return self.candidates[0]


register_result(Candidate)
register_result(
    Resolution,
    resolved=lambda resolution: None if resolution.best is None else resolution.best.entity,
    ambiguous=lambda resolution: resolution.ambiguous,
)


@attrs.frozen
class _Entry:
    entity: str
    display_name: str
    kind: str
    text: str
    via: str
    valid: Period | None
    parsed: ParsedName


def _keys(parsed: ParsedName) -> tuple[str, ...]:
    """The blocking keys of a name: the key of each token that is not an initial, once each."""
    return tuple(dict.fromkeys(token.key for token in parsed.tokens if not token.initial))


def _deletions(key: str) -> tuple[str, ...]:
    """``key`` with one letter (not the first) left out, for keys long enough to have typos.

    Keys longer than `_DELETION_MAX` have none, so the work per key is bounded (linear in the mention).
    """
    if not _TYPO_MIN <= len(key) <= _DELETION_MAX:
        return ()
    return tuple(key[:index] + key[index + 1 :] for index in range(1, len(key)))


def _kind(entity: Entity) -> str:
    return type(entity).__name__.lower()


def acronym_key(text: str) -> str | None:
    """The exact-match key of an acronym ("ISIS-K" -> "ISISK"), or ``None`` when ``text`` is not one.

    An acronym is one word of 2 to 10 letters and digits, written in capitals.

    >>> acronym_key("ISIS-K"), acronym_key("RFE/RL"), acronym_key("Daesh"), acronym_key("IS")
    ('ISISK', 'RFERL', None, 'IS')
    """
    stripped = text.strip()
    if not stripped or any(char.isspace() for char in stripped):
        return None
    key = "".join(char for char in stripped if char.isalnum())
    if not 2 <= len(key) <= _ACRONYM_MAX or not any(char.isalpha() for char in key) or key != key.upper():
        return None
    return key


def _label_match(mention: ParsedName, entry: ParsedName) -> NameMatch:
    """Organizations, places and events: the whole name must fold to the same key."""
    if not mention.key or mention.key != entry.key:
        return NameMatch(NameVerdict.DIFFERENT, 0.0)
    reasons = []
    for a, b in zip(mention.tokens, entry.tokens, strict=True):
        rules = token_reasons(a, b)
        if rules:
            reasons.append(f"{a.text} = {b.text} ({', '.join(rules)})")
    return NameMatch(NameVerdict.SAME, 1.0, tuple(reasons) or ("same words",))


_VERDICT_ORDER = {NameVerdict.SAME: 0, NameVerdict.COMPATIBLE: 1, NameVerdict.DIFFERENT: 2}


def _order(candidate: Candidate) -> tuple[int, float, str]:
    return (_VERDICT_ORDER[candidate.verdict], -candidate.score, candidate.entity)


def _as_date(at: PartialDate | dt.date | str | None) -> PartialDate | None:
    if at is None or isinstance(at, PartialDate):
        return at
    if isinstance(at, str):
        return PartialDate.parse(at)
    return PartialDate.from_date(at)


class NameIndex:
    """Every recorded name and mention of a set of entities, indexed for `resolve`.

    Build one with `NameIndex.build` (or let `resolve` build and keep one per corpus).

    >>> from centasia_claims import Name, Person
    >>> index = NameIndex.build([
    ...     Person(id="person:a", names=(Name("Gulmurod Halimov"),)),
    ...     Person(id="person:b", names=(Name("Fozil Halimov"),)),
    ... ])
    >>> index.resolve("Gulmorod Khalimov").best.entity
    'person:a'
    >>> index.resolve("Halimov").ambiguous
    True
    """

    def __init__(self, entries: Iterable[_Entry]) -> None:
        self._entries: list[_Entry] = []
        self._postings: defaultdict[str, set[int]] = defaultdict(set)
        self._single: defaultdict[str, set[int]] = defaultdict(set)
        self._stem_keys: defaultdict[str, set[str]] = defaultdict(set)
        self._deletions: defaultdict[str, set[str]] = defaultdict(set)
        self._acronyms: defaultdict[str, list[int]] = defaultdict(list)
        self._exact: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
        for entry in entries:
            number = len(self._entries)
            self._entries.append(entry)
            acronym = acronym_key(entry.text)
            if acronym is not None:
                self._acronyms[acronym].append(number)
                if entry.via == NameKind.ACRONYM:
                    continue
            keys = _keys(entry.parsed)
            self._exact[tuple(sorted(keys))].append(number)
            postings = self._single if len(keys) == 1 else self._postings
            for key in keys:
                if key not in self._stem_keys[surname_stem(key)[0]]:
                    self._stem_keys[surname_stem(key)[0]].add(key)
                    for deleted in _deletions(key):
                        self._deletions[deleted].add(key)
                postings[key].add(number)

    @classmethod
    def build(cls, entities: Iterable[Entity], mentions: Iterable[Mention] = ()) -> NameIndex:
        """Index every name of ``entities`` and every name written in ``mentions``."""
        by_id: dict[str, Entity] = {}
        entries: list[_Entry] = []
        for entity in entities:
            by_id[entity.id] = entity
            display, kind = entity.display_name, _kind(entity)
            entries.extend(
                _Entry(
                    entity.id, display, kind, name.text, name.kind.value, name.valid, parse_name(name.text)
                )
                for name in entity.names
            )
        for mention in mentions:
            owner = by_id.get(mention.entity)
            if owner is not None:
                entries.append(
                    _Entry(
                        owner.id,
                        owner.display_name,
                        _kind(owner),
                        mention.name,
                        "mention",
                        None,
                        parse_name(mention.name),
                    )
                )
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def _related(self, key: str) -> tuple[set[str], set[str]]:
        """Keys that may relate to ``key``: strictly (itself, one typo away), and also by family-name stem."""
        strict = {key}
        for deleted in (key, *_deletions(key)):
            strict.update(other for other in self._deletions.get(deleted, ()) if one_edit(key, other))
        return strict, strict | self._stem_keys.get(surname_stem(key)[0], set())

    def _entries_of(self, keys: set[str], postings: defaultdict[str, set[int]]) -> set[int]:
        return set().union(*(postings.get(key, ()) for key in keys))

    def _blocked(self, parsed: ParsedName) -> set[int]:
        """Entries that relate to two tokens of the mention (one of them strictly), or to its only token.

        A surname in another family-name form agrees only when the given name agrees exactly or by a typo,
        so at least one of the two tokens must relate strictly; names of one token need one related token.
        """
        keys = _keys(parsed)
        stems = [surname_stem(key)[0] for key in keys]
        strict: list[set[int]] = []
        loose: list[set[int]] = []
        singles: set[int] = set()
        for key in keys:
            strict_keys, loose_keys = self._related(key)
            singles |= self._entries_of(loose_keys, self._single)
            strict.append(self._entries_of(strict_keys, self._postings))
            loose.append(self._entries_of(loose_keys, self._postings))
        if len(loose) == 1:
            return loose[0] | singles
        found = singles
        for first in range(len(loose)):
            for second in range(len(loose)):
                if first != second:
                    # Two tokens of one stem (Karim Karimi) could both relate to one token of a name.
                    other = strict[second] if stems[first] == stems[second] else loose[second]
                    found |= strict[first] & other
        return found

    def _candidate(self, entry: _Entry, match: NameMatch) -> Candidate:
        valid = f", in use {entry.valid}" if entry.valid is not None else ""
        found = f"matched {entry.text!r} ({entry.via}{valid})"
        return Candidate(
            entry.entity,
            entry.display_name,
            entry.kind,
            match.verdict,
            match.score,
            entry.text,
            entry.via,
            entry.valid,
            (found, *match.reasons),
        )

    def _matches(self, mention: str) -> list[tuple[_Entry, NameMatch]]:
        acronym = acronym_key(mention)
        if acronym is not None and acronym in self._acronyms:
            found = NameMatch(NameVerdict.SAME, 1.0, (f"acronym {acronym} recorded exactly",))
            return [(self._entries[number], found) for number in self._acronyms[acronym]]
        parsed = parse_name(mention)
        keys = _keys(parsed)
        exact = self._compare(parsed, self._exact.get(tuple(sorted(keys)), ()))
        if len(keys) > 1 and any(match.verdict is NameVerdict.SAME for _, match in exact):
            # Names with these very tokens are the same person's; no other name can do better.
            return exact
        return self._compare(parsed, sorted(self._blocked(parsed)))

    def _compare(self, parsed: ParsedName, numbers: Iterable[int]) -> list[tuple[_Entry, NameMatch]]:
        results: list[tuple[_Entry, NameMatch]] = []
        for number in numbers:
            entry = self._entries[number]
            if entry.kind == "person":
                match = compare_parsed(parsed, entry.parsed)
            else:
                match = _label_match(parsed, entry.parsed)
            if match.verdict is not NameVerdict.DIFFERENT:
                results.append((entry, match))
        return results

    def resolve(self, mention: str, at: PartialDate | dt.date | str | None = None) -> Resolution:
        """The entities ``mention`` may refer to, ranked, with reasons; see `resolve`.

        Raises:
            ParseError: ``at`` is a string that is not a date as YYYY, YYYY-MM or YYYY-MM-DD.
        """
        when = _as_date(at)
        period = None if when is None else Period.of(when)
        current: dict[str, Candidate] = {}
        dated: dict[str, Candidate] = {}
        for entry, match in self._matches(mention):
            in_use = period is None or entry.valid is None or entry.valid.overlaps(period)
            pool = current if in_use else dated
            candidate = self._candidate(entry, match)
            held = pool.get(entry.entity)
            if held is None or _order(candidate) < _order(held):
                pool[entry.entity] = candidate

        return Resolution(
            mention,
            when,
            tuple(sorted(current.values(), key=_order)),
            tuple(sorted((c for key, c in dated.items() if key not in current), key=_order)),
        )
