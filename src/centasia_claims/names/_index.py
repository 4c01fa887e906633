"""An index of every recorded name and mention, blocked on folded token keys, that resolves a mention.

Resolving never scans every entity. Each token of a mention is folded, and the index looks up the token keys
it may relate to by the comparison rules: the same key, the same family-name stem, or one typo away (found
through a deletion neighbourhood of the vocabulary, as in SymSpell), or, for Arabic script, the same
consonant skeleton. Only person names that relate to two of the mention's tokens (or to its only token) are
compared with `compare_names`; organization, place and event names are filed by the stems of their words and
compared by the organization rules; acronyms are exact keys.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - `resolve` accepts dates at run time
from collections import defaultdict
from typing import TYPE_CHECKING

from centasia_claims.model import NameKind, PartialDate, Period
from centasia_claims.names._arabic import arabic_relation, arabic_skeleton, latin_skeleton
from centasia_claims.names._compare import NameMatch, NameVerdict, compare_parsed
from centasia_claims.names._entries import (
    Entry,
    acronym_key,
    alias_entry,
    deletions,
    former_full_names,
    kind_of,
    latin_acronym,
    merged_keys,
    token_keys,
    without_article,
)
from centasia_claims.names._key import ParsedName, parse_name
from centasia_claims.names._label import label_stems
from centasia_claims.names._orgs import compare_org_names
from centasia_claims.names._relate import case_stem_keys, one_edit, spelled_keys, surname_stem
from centasia_claims.names._resolution import Candidate, Resolution

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.model import Entity, Mention

__all__ = ["NameIndex"]

_TEXTS_SCORE = 0.9
_WHOLE_NAME_KINDS = frozenset({NameKind.KUNYA.value, NameKind.NOM_DE_GUERRE.value})
"""Names matched as written, never by their parts."""


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

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: list[Entry] = []
        self._labels: defaultdict[str, set[int]] = defaultdict(set)
        self._skeletons: defaultdict[str, set[str]] = defaultdict(set)
        self._recorded: defaultdict[str, list[int]] = defaultdict(list)
        self._texts: defaultdict[str, set[str]] = defaultdict(set)
        self._related_bodies: defaultdict[str, set[str]] = defaultdict(set)
        self._names_of: defaultdict[str, list[str]] = defaultdict(list)
        self._postings: defaultdict[str, set[int]] = defaultdict(set)
        self._single: defaultdict[str, set[int]] = defaultdict(set)
        self._stem_keys: defaultdict[str, set[str]] = defaultdict(set)
        self._deletions: defaultdict[str, set[str]] = defaultdict(set)
        self._acronyms: defaultdict[str, list[int]] = defaultdict(list)
        self._exact: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
        for entry in entries:
            number = len(self._entries)
            self._entries.append(entry)
            if entry.kind == "person" and entry.via not in ("mention", "alias table"):
                self._recorded[entry.entity].append(number)
            if entry.kind == "person" and entry.via == "mention" and len(entry.parsed.tokens) == 1:
                self._texts[entry.parsed.tokens[0].key].add(entry.entity)
            acronym = acronym_key(entry.text)
            if acronym is not None:
                for reading in dict.fromkeys((acronym, latin_acronym(acronym))):
                    self._acronyms[reading].append(number)
                if entry.via == NameKind.ACRONYM or entry.kind != "person":
                    continue
            if entry.kind != "person":
                if entry.via not in ("mention", "alias table"):
                    self._names_of[entry.entity].append(entry.text)
                for stem in label_stems(entry.text):
                    self._labels[stem].add(number)
                continue
            self._file_person(number, entry)

    def _file_person(self, number: int, entry: Entry) -> None:
        """File a person's name under its parts' keys, their stems, one-slip neighbours and skeletons."""
        keys = token_keys(entry.parsed)
        self._exact[tuple(sorted(keys))].append(number)
        postings = self._single if len(keys) == 1 else self._postings
        for key in (*keys, *without_article(entry.parsed)):
            if key not in self._stem_keys[surname_stem(key)[0]]:
                self._stem_keys[surname_stem(key)[0]].add(key)
                self._skeletons[latin_skeleton(key)].add(key)
                for deleted in deletions(key):
                    self._deletions[deleted].add(key)
            postings[key].add(number)
        # A Cyrillic part is also filed under its spellings in the schemes, which a Latin mention may use
        # with no transcription marker (German Muchiddin for Мухиддин), as `blocking_keys` does.
        for token in entry.parsed.tokens:
            for key in (*spelled_keys(token), *merged_keys(token)):  # and the letters German writes alike
                postings[key].add(number)

    @classmethod
    def build(cls, entities: Iterable[Entity], mentions: Iterable[Mention] = ()) -> NameIndex:
        """Index every name of ``entities`` and every name written in ``mentions``.

        A person's former surname recorded alone with its period (Rahmonov until 2007) is also filed with
        the given names of the person's first name (Emomali Rahmonov, in use until 2007). An organization or
        place that the bundled alias table lists (by its Wikidata id or by one of its names) is also filed
        under every name of its entry.
        """
        by_id: dict[str, Entity] = {}
        entries: list[Entry] = []
        parents: dict[str, set[str]] = {}
        for entity in entities:
            by_id[entity.id] = entity
            display, kind = entity.display_name, kind_of(entity)
            parents[entity.id] = {
                r.target for r in entity.relations if r.kind.value in ("part_of", "affiliate_of")
            }
            entries.extend(
                Entry(entity.id, display, kind, name.text, name.kind.value, name.valid, parse_name(name.text))
                for name in entity.names
            )
            if kind == "person":
                entries.extend(former_full_names(entity.id, display, entity.names))
            else:
                entry = alias_entry(entity)
                if entry is not None:
                    entries.extend(
                        Entry(
                            entity.id,
                            display,
                            kind,
                            name.text,
                            "alias table",
                            name.valid,
                            parse_name(name.text),
                        )
                        for name in entry.all_names
                    )
        for mention in mentions:
            owner = by_id.get(mention.entity)
            if owner is not None:
                entries.append(
                    Entry(
                        owner.id,
                        owner.display_name,
                        kind_of(owner),
                        mention.name,
                        "mention",
                        None,
                        parse_name(mention.name),
                    )
                )
        index = cls(entries)
        for child, targets in parents.items():
            for target in targets:
                index._related_bodies[child].add(target)
                index._related_bodies[target].add(child)
        return index

    def __len__(self) -> int:
        return len(self._entries)

    def _related(self, key: str) -> tuple[set[str], set[str]]:
        """Keys that may relate to ``key``: strictly (itself, one typo away), and also by family-name stem."""
        if arabic_skeleton(key):
            found = {key} | {
                other
                for other in self._skeletons.get(arabic_skeleton(key), ())
                if arabic_relation(key, other) is not None
            }
            return found, found
        strict = {key}
        for deleted in (key, *deletions(key)):
            strict.update(other for other in self._deletions.get(deleted, ()) if one_edit(key, other))
        return strict, strict | self._stem_keys.get(surname_stem(key)[0], set())

    def _entries_of(self, keys: set[str], postings: defaultdict[str, set[int]]) -> set[int]:
        return set().union(*(postings.get(key, ()) for key in keys))

    def _blocked(self, parsed: ParsedName) -> set[int]:
        """Entries that relate to two tokens of the mention (one of them strictly), or to its only token.

        A surname in another family-name form agrees only when the given name agrees exactly or by a typo,
        so at least one of the two tokens must relate strictly; names of one token need one related token.
        """
        keys = token_keys(parsed)
        stems = [surname_stem(key)[0] for key in keys]
        spelled = {
            token.key: (*spelled_keys(token), *merged_keys(token), *case_stem_keys(token))
            for token in parsed.tokens
        }
        strict: list[set[int]] = []
        loose: list[set[int]] = []
        singles: set[int] = set()
        for key in keys:
            strict_keys, loose_keys = self._related(key)
            if spelled.get(key):  # a part meets names spelled as a scheme spells it, with letters merged, or
                # without the case ending a Russian sentence gave it (Рамазона Рахимзоды)
                strict_keys, loose_keys = strict_keys.union(spelled[key]), loose_keys.union(spelled[key])
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

    def _candidate(self, entry: Entry, match: NameMatch) -> Candidate:
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

    def _matches(self, mention: str) -> list[tuple[Entry, NameMatch]]:
        acronym = acronym_key(mention)
        if acronym is not None:
            for reading in dict.fromkeys((acronym, latin_acronym(acronym))):
                if reading in self._acronyms:
                    found = NameMatch(NameVerdict.SAME, 1.0, (f"acronym {reading} recorded exactly",))
                    return [(self._entries[number], found) for number in self._acronyms[reading]]
        labels = self._compare(mention, parse_name(mention), sorted(self._label_entries(mention)))
        return self._vetted_labels(mention, labels) + self._person_matches(mention)

    def _vetted_labels(
        self, mention: str, found: list[tuple[Entry, NameMatch]]
    ) -> list[tuple[Entry, NameMatch]]:
        """Drop a compatible match through a short name that every longer name of the entity contradicts.

        "Kyrgyz Interior Ministry" is compatible with the recorded "Interior Ministry" but different from
        "Tajik Interior Ministry" and "Ministry of Internal Affairs of Tajikistan": not that ministry.
        """
        kept = []
        for entry, match in found:
            if match.verdict is NameVerdict.COMPATIBLE:
                size = len(label_stems(entry.text))
                longer = [
                    other for other in self._names_of.get(entry.entity, ()) if len(label_stems(other)) > size
                ]
                if longer and all(
                    compare_org_names(mention, other).verdict is NameVerdict.DIFFERENT for other in longer
                ):
                    continue
            kept.append((entry, match))
        return kept

    def _label_entries(self, mention: str) -> set[int]:
        if not self._labels:
            return set()
        return set().union(*(self._labels.get(stem, ()) for stem in label_stems(mention)))

    def _person_matches(self, mention: str) -> list[tuple[Entry, NameMatch]]:
        parsed = parse_name(mention)
        keys = token_keys(parsed)
        exact = self._compare(mention, parsed, self._exact.get(tuple(sorted(keys)), ()))
        if len(keys) > 1 and any(match.verdict is NameVerdict.SAME for _, match in exact):
            # Names with these very tokens are the same person's; no other name can do better.
            return exact
        found = self._compare(mention, parsed, sorted(self._blocked(parsed)))
        return self._by_texts(parsed, self._vetted(parsed, found))

    def _vetted(
        self, parsed: ParsedName, found: list[tuple[Entry, NameMatch]]
    ) -> list[tuple[Entry, NameMatch]]:
        """Drop matches through a partial name that the person's fuller names contradict.

        A `different` verdict against every one of the person's fullest recorded names vetoes a match
        through a shorter one (Behrouz Halimov is not Colonel Halimov's man when the colonel is Gulmurod
        Halimov); and a mention with more name parts than the name it matched needs a recorded name with as
        many parts that does not disagree.
        """
        parts = len(token_keys(parsed))
        kept = []
        for entry, match in found:
            recorded = [self._entries[number] for number in self._recorded.get(entry.entity, ())]
            sizes = {number: len(token_keys(other.parsed)) for number, other in enumerate(recorded)}
            fullest = max(sizes.values(), default=0)
            entry_parts = len(token_keys(entry.parsed))
            if entry_parts < fullest:
                verdicts = [
                    compare_parsed(parsed, other.parsed).verdict
                    for number, other in enumerate(recorded)
                    if sizes[number] == fullest
                ]
                if verdicts and all(verdict is NameVerdict.DIFFERENT for verdict in verdicts):
                    continue
            if parts > entry_parts:
                wide = [other for number, other in enumerate(recorded) if sizes[number] >= parts]
                if not any(compare_parsed(parsed, other.parsed).is_match for other in wide):
                    continue
            kept.append((entry, match))
        return kept

    def _by_texts(
        self, parsed: ParsedName, found: list[tuple[Entry, NameMatch]]
    ) -> list[tuple[Entry, NameMatch]]:
        """A bare surname the corpus's texts use for one person only resolves to that person."""
        if len(parsed.tokens) != 1:
            return found
        meant = self._texts.get(parsed.tokens[0].key, set())
        if len(meant) != 1:
            return found
        (person,) = meant
        reason = f"the corpus's texts use {parsed.text!r} alone for this person"
        return [
            (entry, NameMatch(match.verdict, max(match.score, _TEXTS_SCORE), (*match.reasons, reason)))
            if entry.entity == person and match.verdict is NameVerdict.COMPATIBLE
            else (entry, match)
            for entry, match in found
        ]

    def _compare(
        self, mention: str, parsed: ParsedName, numbers: Iterable[int]
    ) -> list[tuple[Entry, NameMatch]]:
        results: list[tuple[Entry, NameMatch]] = []
        for number in numbers:
            entry = self._entries[number]
            if entry.via in _WHOLE_NAME_KINDS:
                same = parsed.key == entry.parsed.key
                match = NameMatch(
                    NameVerdict.SAME if same else NameVerdict.DIFFERENT,
                    1.0 if same else 0.0,
                    (f"the {entry.via.replace('_', ' ')} written as recorded",) if same else (),
                )
            elif entry.kind == "person":
                match = compare_parsed(parsed, entry.parsed)
            else:
                match = compare_org_names(mention, entry.text, kind=entry.kind)
            if match.verdict is not NameVerdict.DIFFERENT:
                results.append((entry, match))
        return results

    def _apart_from_parents(self, current: dict[str, Candidate]) -> None:
        """A branch named exactly is not its parent: drop a parent (or branch) that only nearly matches."""
        if len(current) < 2:
            return
        for entity, candidate in list(current.items()):
            if candidate.verdict is not NameVerdict.SAME:
                continue
            for other in self._related_bodies.get(entity, ()):
                if other in current and current[other].verdict is NameVerdict.COMPATIBLE:
                    del current[other]

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

        self._apart_from_parents(current)
        return Resolution(
            mention,
            when,
            tuple(sorted(current.values(), key=_order)),
            tuple(sorted((c for key, c in dated.items() if key not in current), key=_order)),
        )
