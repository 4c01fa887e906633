"""Referential integrity of a corpus: ids are unique and every reference names an object of the right kind.

The sections checked are those of `SECTIONS`, each with the type of its items:

>>> from centasia_claims import Claim, load_seed_corpus
>>> from centasia_claims.corpus import SECTIONS
>>> list(SECTIONS)
['sources', 'persons', 'organizations', 'places', 'events', 'groups', 'measures', 'claims', 'mentions',
 'exclusions']
>>> SECTIONS["claims"] is Claim, list(load_seed_corpus().sections()) == list(SECTIONS)
(True, True)

A later folder adds list entries (names, relations) to the items of some sections, in an ``extend`` section:

>>> from centasia_claims.corpus import EXTENDABLE
>>> EXTENDABLE
('sources', 'persons', 'organizations', 'places', 'events', 'measures')
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Final

from centasia_claims.corpus._anchor import offsets_problem
from centasia_claims.errors import Problem
from centasia_claims.model import (
    Claim,
    Event,
    Exclusion,
    Group,
    Measure,
    Mention,
    Organization,
    Person,
    Place,
    Source,
)

__all__ = ["EXTENDABLE", "ID_KINDS", "SECTIONS", "UNREAD", "Locate", "find_problems"]

SECTIONS: Final[dict[str, type]] = {
    "sources": Source,
    "persons": Person,
    "organizations": Organization,
    "places": Place,
    "events": Event,
    "groups": Group,
    "measures": Measure,
    "claims": Claim,
    "mentions": Mention,
    "exclusions": Exclusion,
}
"""The sections of a corpus, in the order they are loaded and reported, with the type of their items."""

ID_KINDS: Final[dict[str, str]] = {
    "sources": "source",
    "persons": "person",
    "organizations": "organization",
    "places": "place",
    "events": "event",
    "groups": "group",
    "measures": "measure",
    "claims": "claim",
}
"""The kind of object each id-bearing section holds, as named in messages."""

UNREAD: Final = "unread"
"""The kind of an id read from a fixture that is not JSON: any reference to it is taken as it is."""

_NAMED_KINDS: Final = frozenset({"person", "organization", "place", "event"})
_ENTITY_KINDS: Final = _NAMED_KINDS | {"group"}  # a group of unnamed people stands where a person would

EXTENDABLE: Final = ("sources", "persons", "organizations", "places", "events", "measures")
"""The sections whose items a later fixture adds list entries to, in an ``extend`` section."""

Locate = Callable[[str, int], tuple[str | None, str]]
"""Maps (section, index) to (file, JSON path of the item) for messages."""

_Ref = tuple[str, str | None, frozenset[str]]  # (sub-path, referenced id, kinds it may name)


def default_locate(section: str, index: int) -> tuple[str | None, str]:
    """Paths into an in-memory corpus: ``$.claims[3]``."""
    return None, f"$.{section}[{index}]"


def _entity(path: str, id_: str | None) -> _Ref:
    return (path, id_, _ENTITY_KINDS)


def _refs(item: object) -> Iterator[_Ref]:  # noqa: PLR0912  (one branch per model type: a dispatch table)
    if isinstance(item, Source):
        yield (".outlet", item.outlet, frozenset({"organization"}))
        for i, author in enumerate(item.authors):
            yield (f".authors[{i}]", author, frozenset({"person", "organization"}))
        for field in ("part_of", "copy_of", "translation_of", "same_as"):
            yield (f".{field}", getattr(item, field), frozenset({"source"}))
    elif isinstance(item, Person | Organization | Place | Event):
        for i, relation in enumerate(item.relations):
            yield _entity(f".relations[{i}].target", relation.target)
        if isinstance(item, Person):
            yield (".birth_place", item.birth_place, frozenset({"place"}))
        if isinstance(item, Event):
            yield (".place", item.place, frozenset({"place"}))
            for i, participant in enumerate(item.participants):
                yield _entity(f".participants[{i}]", participant)
    elif isinstance(item, Group):
        yield _entity(".of", item.of)
    elif isinstance(item, Measure):
        for i, entity in enumerate(item.about):
            yield _entity(f".about[{i}]", entity)
        for i, link in enumerate(item.relations):
            yield (f".relations[{i}].target", link.target, frozenset({"measure"}))
        yield (".age_of", item.age_of, frozenset({"person"}))
    elif isinstance(item, Claim):
        yield (".source", item.source, frozenset({"source"}))
        for i, entity in enumerate(item.about):
            yield _entity(f".about[{i}]", entity)
        yield (".measure", item.measure, frozenset({"measure"}))
        for i, step in enumerate(item.attribution):
            yield _entity(f".attribution[{i}].agent", step.agent)
        if item.value is not None:
            yield (".value.share_of", item.value.share_of, frozenset({"claim"}))
    elif isinstance(item, Mention):
        yield (".entity", item.entity, _NAMED_KINDS)  # a mention is of a name, and a group has none
        yield (".source", item.source, frozenset({"source"}))
    elif isinstance(item, Exclusion):
        yield (".source", item.source, frozenset({"source"}))


def find_problems(
    sections: Mapping[str, tuple[object, ...]],
    documents: Mapping[str, str],
    *,
    locate: Locate = default_locate,
    known_ids: Mapping[str, tuple[str, str]] | None = None,
    extensions: Sequence[tuple[object, tuple[str, ...], str, str]] = (),
    quotes: bool = False,
    flawed: Collection[str] = (),
) -> list[Problem]:
    """Every integrity problem of the given sections, in section order.

    Args:
        sections: Items by section name (see `SECTIONS`).
        documents: Document texts by file name.
        locate: Where each item was read from, for messages.
        known_ids: Items that failed to load, as id -> (kind, where it was read): references to them are not
            reported as dangling, and a later item with the same id is still reported as a duplicate.
        extensions: What ``extend`` sections add, each as (an item holding only the added entries, the
            fields added to, file, JSON path of the extension): the references of the added entries are
            checked and reported there.
        quotes: Whether each quote must be its document's text at its offsets (`offsets_problem`): the
            loader's rule. A corpus built in code is not held to it; ``check_provenance`` reports it there.
        flawed: Documents whose quotes are not checked, because the document itself is reported (a byte
            order mark, CR line endings, not NFC) and each quote would only repeat that.
    """
    problems: list[Problem] = []
    kinds: dict[str, str] = {id_: kind for id_, (kind, _) in (known_ids or {}).items()}
    first_seen: dict[str, str] = {id_: where for id_, (_, where) in (known_ids or {}).items()}
    for section, items in sections.items():
        kind = ID_KINDS.get(section)
        if kind is None:
            continue
        for index, item in enumerate(items):
            id_: str = getattr(item, "id")  # noqa: B009  (every item of an id-bearing section has one)
            file, path = locate(section, index)
            where = f"{file}: {path}" if file else path
            if id_ in first_seen:
                fix = ", or add to the first in an extend section" if section in EXTENDABLE else ""
                message = f"duplicate id {id_!r}, first used at {first_seen[id_]}: give one another id{fix}"
                problems.append(Problem(file, f"{path}.id", message))
                continue
            first_seen[id_] = where
            kinds[id_] = kind
    sources = sections.get("sources", ()) if quotes else ()
    in_document = {
        source.id: source.document
        for source in sources
        if isinstance(source, Source) and source.document not in flawed
    }
    vocabularies: dict[str, tuple[str, ...]] = {
        measure.id: measure.vocabulary
        for measure in sections.get("measures", ())
        if isinstance(measure, Measure)
    }
    for partial, fields, _, _ in extensions:  # words a later folder adds to a measure's vocabulary
        if isinstance(partial, Measure) and "vocabulary" in fields and partial.id in vocabularies:
            vocabularies[partial.id] += partial.vocabulary
    for section, items in sections.items():
        for index, item in enumerate(items):
            file, path = locate(section, index)
            problems.extend(
                Problem(file, path + sub, message)
                for sub, message in _item_problems(item, kinds, documents, in_document)
            )
            if isinstance(item, Claim):
                problems.extend(
                    Problem(file, path + sub, message) for sub, message in _term(item, vocabularies)
                )
    for partial, fields, file, path in extensions:
        prefixes = tuple(f".{field}" for field in fields)
        problems.extend(
            Problem(file, path + sub, message)
            for sub, message in _item_problems(partial, kinds, {}, {})
            if sub.startswith(prefixes)
        )
    return problems


def _term(claim: Claim, vocabularies: Mapping[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    """A claim's term is a word of its measure's vocabulary; a figure is not given for a measure of words."""
    if claim.measure is None or claim.measure not in vocabularies:
        return  # no measure, or an unknown one (reported as a reference)
    vocabulary = vocabularies[claim.measure]
    if claim.term is not None and claim.term not in vocabulary:
        words = ", ".join(repr(word) for word in vocabulary) or "none"
        message = (
            f"{claim.term!r} is not in the vocabulary of {claim.measure!r} (its words: {words}): "
            "use one of its words or add the word to the measure"
        )
        yield ".term", message
    elif claim.term is None and vocabulary:
        yield (
            ".value",
            f"{claim.measure!r} is a measure of words ({', '.join(vocabulary)}): give a term, not a value",
        )


def _article(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _item_problems(
    item: object, kinds: Mapping[str, str], documents: Mapping[str, str], in_document: Mapping[str, str]
) -> Iterator[tuple[str, str]]:
    for sub, ref, allowed in _refs(item):
        if ref is None:
            continue
        kind = kinds.get(ref)
        if kind is None:
            wanted = " or ".join(sorted(allowed))
            yield sub, f"unknown {wanted} id {ref!r}: add it to the corpus or correct the id"
        elif kind not in allowed and kind != UNREAD:
            wanted = " or ".join(sorted(allowed))
            yield sub, f"{ref!r} is {_article(kind)}, but {_article(wanted)} is needed here"
    if isinstance(item, Claim | Mention | Exclusion) and item.quote is not None:
        document = in_document.get(item.source)
        text = documents.get(document) if document is not None else None
        moved = None if text is None or document is None else offsets_problem(item.quote, text, document)
        if moved is not None:
            yield ".quote", moved
    if isinstance(item, Source) and documents:
        text = documents.get(item.document)
        if text is None:
            names = ", ".join(sorted(documents)) or "none"
            yield ".document", f"no document {item.document!r} in documents/ (there are: {names})"
        elif item.span.end > len(text):
            yield (
                ".span.end",
                f"{item.span.end} is past the end of {item.document!r} ({len(text)} code points)",
            )
