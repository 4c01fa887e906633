"""Compare names of organizations and places: the alias table first, then words, acronyms and readings.

Two names agree when the alias table lists both for one entry; names it lists for two entries differ. A name
only one side of the table knows is compared with that entry's names. Otherwise the names are compared by
their words and acronyms (`names/_orglabels.py`), also as read with their abbreviations written out
(`names/_orgreadings.py`), and, when nothing joins them, by the spelling variants of `names/_orgvariants.py`.
"""

from __future__ import annotations

import attrs

from centasia_claims.names._aliases import ALIASES, AliasEntry, AliasTable
from centasia_claims.names._compare import NameMatch, NameVerdict
from centasia_claims.names._label import alternatives, parse_label
from centasia_claims.names._orglabels import compare_labels
from centasia_claims.names._orgreadings import readings
from centasia_claims.names._orgvariants import arabic_place_match, loanword_match, vowel_match

__all__ = ["compare_org_names"]

_COUNTRIES_DIFFER = "countries differ"


def _through_entry(entry: AliasEntry, other: str) -> NameMatch | None:
    """Compare ``other`` with the entry's names; acronyms only with acronyms."""
    other_is_acronym = parse_label(other).acronym is not None
    best: NameMatch | None = None
    for name in entry.all_names:
        if (parse_label(name.text).acronym is not None) != other_is_acronym:
            continue
        match = compare_labels(name.text, other)
        if match.verdict is NameVerdict.DIFFERENT:
            if match.reasons and match.reasons[-1].startswith(_COUNTRIES_DIFFER):
                # The entry's country, said by one of its names, is not the other's (Kyrgyz GKNB, Tajik SCNS).
                return NameMatch(
                    NameVerdict.DIFFERENT,
                    0.0,
                    (f"{name.text!r} is a name of {entry.label} ({entry.source})", *match.reasons),
                )
            continue
        found = attrs.evolve(
            match,
            score=match.score * 0.95,
            reasons=(f"{name.text!r} is a name of {entry.label} ({entry.source})", *match.reasons),
        )
        if best is None or found.rank > best.rank:
            best = found
    return best


def _relation_note(table: AliasTable, first: AliasEntry, second: AliasEntry) -> str:
    if table.is_part_of(first.id, second.id):
        return f"{first.label} is part of {second.label}: a branch is not its parent"
    if table.is_part_of(second.id, first.id):
        return f"{second.label} is part of {first.label}: a branch is not its parent"
    return f"the alias table lists {first.label} and {second.label} as different entries"


def _lookup(table: AliasTable, text: str) -> tuple[AliasEntry, ...]:
    """The entries listing a name, or the name without its parenthesis, or the name in it."""
    found = table.lookup(text)
    if found or "(" not in text:
        return found
    for alternative in alternatives(text)[1:]:
        found = table.lookup(alternative)
        if found:
            return found
    return ()


def _compare_with_table(a: str, b: str, table: AliasTable) -> NameMatch | None:
    entries_a, entries_b = _lookup(table, a), _lookup(table, b)
    if entries_a and entries_b:
        common = [entry for entry in entries_a if entry in entries_b]
        if common:
            entry = common[0]
            if len(entries_a) > 1 or len(entries_b) > 1:
                others = ", ".join(dict.fromkeys(e.label for e in (*entries_a, *entries_b) if e != entry))
                return NameMatch(
                    NameVerdict.COMPATIBLE,
                    0.6,
                    (f"both are names of {entry.label} ({entry.source}); also of {others}",),
                )
            return NameMatch(NameVerdict.SAME, 1.0, (f"both are names of {entry.label} ({entry.source})",))
        return NameMatch(NameVerdict.DIFFERENT, 0.0, (_relation_note(table, entries_a[0], entries_b[0]),))
    if len(entries_a) == 1 or len(entries_b) == 1:
        entry, other = (entries_a[0], b) if len(entries_a) == 1 else (entries_b[0], a)
        return _through_entry(entry, other)
    return None


def compare_org_names(
    a: str, b: str, *, table: AliasTable | None = None, kind: str = "organization"
) -> NameMatch:
    """Compare two names of organizations or places and say why.

    Rules, in order: names the alias table lists for one entry are the same, names it lists for two
    entries differ (with the reason when one is part of the other); an acronym agrees with the name it
    abbreviates, read through the transliteration tables; a name in parentheses is an alias; otherwise the
    distinctive words must agree in any order (inflected forms and, in words of 7 letters or more, one
    typo allowed), designators (party, ministry, valley) and country qualifiers (Tajik, of Tajikistan)
    only when both names give one. Symmetric in its verdict.

    When nothing else joins them, two more readings give at most *compatible*: an English name and its
    Russian transcription word for word (Crocus City Hall, Крокус Сити Холл), and, for places, two
    spellings that differ only in vowels word for word (Tal Afar, Tel Afar).

    Args:
        a: A name as written.
        b: Another name as written.
        table: The alias table to use (the bundled `ALIASES` when ``None``).
        kind: ``"organization"``, ``"place"`` or ``"event"``; only places are read for vowel variants.

    >>> compare_org_names("ПИВТ", "Islamic Renaissance Party of Tajikistan").verdict
    <NameVerdict.SAME: 'same'>
    >>> no_table = AliasTable(())
    >>> compare_org_names("PIVT", "Партия исламского возрождения Таджикистана", table=no_table).reasons
    ('PIVT is the acronym of Партия исламского возрождения Таджикистана',)
    >>> compare_org_names("Social Democratic Party of Kyrgyzstan", "Democratic Party of Kyrgyzstan").reasons
    ('Social only in one name: a distinctive word (a branch, an affiliate or another body)',)
    >>> compare_org_names("Tal Afar", "Tel Afar", kind="place").verdict
    <NameVerdict.COMPATIBLE: 'compatible'>
    >>> compare_org_names("ISKP", "ИГИЛ").reasons
    ('Islamic State Khorasan Province is part of Islamic State: a branch is not its parent',)
    """
    chosen = ALIASES if table is None else table
    if not a.strip() or not b.strip():
        return NameMatch(NameVerdict.DIFFERENT, 0.0, ("no name to compare",))
    if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
        return NameMatch(NameVerdict.SAME, 1.0, ("the same name",))
    found = _compare_once(a, b, chosen)
    if _lookup(chosen, a) and _lookup(chosen, b):
        return found
    for left in readings(a, chosen):
        for right in readings(b, chosen):
            if left == a and right == b:
                continue
            other = _compare_once(left, right, chosen)
            if other.rank[0] > found.rank[0]:  # a reading counts only when it changes the verdict
                shown = [f"{a} read as {left}"] if left != a else []
                shown += [f"{b} read as {right}"] if right != b else []
                found = attrs.evolve(other, reasons=(*shown, *other.reasons))
    if found.verdict is NameVerdict.DIFFERENT:
        rules = (loanword_match, vowel_match, arabic_place_match) if kind == "place" else (loanword_match,)
        for rule in rules:
            read = rule(a, b)
            if read is not None:
                return read
    return found


def _compare_once(a: str, b: str, chosen: AliasTable) -> NameMatch:
    strings = compare_labels(a, b)
    through_table = _compare_with_table(a, b, chosen)
    if through_table is None:
        return strings
    if _lookup(chosen, a) and _lookup(chosen, b):
        return through_table
    # Only one side is in the table: the plain comparison may still decide better.
    return max((strings, through_table), key=lambda match: match.rank)
