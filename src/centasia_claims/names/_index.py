"""An index of every recorded name and mention, blocked on folded token stems, that resolves a mention.

Resolving never scans every entity: a mention's tokens are folded and stemmed, and only entities that share a
stem (or an acronym) are compared with `compare_names`. Candidates sharing more of the mention's tokens are
compared first; lower tiers are compared only while no candidate is the same person.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - `resolve` accepts dates at run time
from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from centasia_claims.model import NameKind, PartialDate, Period
from centasia_claims.names._compare import NameMatch, Verdict, compare_parsed, surname_stem
from centasia_claims.names._key import ParsedName, parse_name, token_reasons

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.model import Entity, Mention

__all__ = ["Candidate", "NameIndex", "Resolution"]

_LIMIT = 2000
"""At most this many index entries are compared beyond the best tier of a mention."""
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
    """

    entity: str
    display_name: str
    kind: str
    verdict: Verdict
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


@attrs.frozen
class _Entry:
    entity: str
    display_name: str
    kind: str
    text: str
    via: str
    valid: Period | None
    parsed: ParsedName


def _stems(parsed: ParsedName) -> dict[str, None]:
    """The blocking keys of a name: the stem of each token that is not an initial, in order."""
    return dict.fromkeys(surname_stem(token.key)[0] for token in parsed.tokens if not token.initial)


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
        return NameMatch(Verdict.DIFFERENT, 0.0)
    reasons = []
    for a, b in zip(mention.tokens, entry.tokens, strict=True):
        rules = token_reasons(a, b)
        if rules:
            reasons.append(f"{a.text} = {b.text} ({', '.join(rules)})")
    return NameMatch(Verdict.SAME, 1.0, tuple(reasons) or ("same words",))


_VERDICT_ORDER = {Verdict.SAME: 0, Verdict.COMPATIBLE: 1, Verdict.DIFFERENT: 2}


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
        self._stems: defaultdict[str, list[int]] = defaultdict(list)
        self._acronyms: defaultdict[str, list[int]] = defaultdict(list)
        for entry in entries:
            number = len(self._entries)
            self._entries.append(entry)
            acronym = acronym_key(entry.text)
            if acronym is not None:
                self._acronyms[acronym].append(number)
                if entry.via == NameKind.ACRONYM:
                    continue
            for stem in _stems(entry.parsed):
                self._stems[stem].append(number)

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

    def _tiers(self, parsed: ParsedName) -> list[list[int]]:
        counts: defaultdict[int, int] = defaultdict(int)
        for stem in _stems(parsed):
            for number in self._stems.get(stem, ()):
                counts[number] += 1
        tiers: defaultdict[int, list[int]] = defaultdict(list)
        for number, count in counts.items():
            tiers[count].append(number)
        return [tiers[count] for count in sorted(tiers, reverse=True)]

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
            found = NameMatch(Verdict.SAME, 1.0, (f"acronym {acronym} recorded exactly",))
            return [(self._entries[number], found) for number in self._acronyms[acronym]]
        parsed = parse_name(mention)
        results: list[tuple[_Entry, NameMatch]] = []
        compared = 0
        for tier in self._tiers(parsed):
            if compared and (compared >= _LIMIT or any(m.verdict is Verdict.SAME for _, m in results)):
                break
            for number in tier:
                entry = self._entries[number]
                if entry.kind == "person":
                    match = compare_parsed(parsed, entry.parsed)
                else:
                    match = _label_match(parsed, entry.parsed)
                if match.verdict is not Verdict.DIFFERENT:
                    results.append((entry, match))
            compared += len(tier)
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
