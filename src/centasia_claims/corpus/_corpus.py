"""The immutable `Corpus`: entities, sources, measures and claims, with id indexes and lookups."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from centasia_claims._render import html_table
from centasia_claims.corpus._integrity import SECTIONS, find_problems
from centasia_claims.corpus._works import canonical_works
from centasia_claims.errors import CorpusError, UnknownIdError
from centasia_claims.model import (
    Claim,
    Document,
    Entity,
    Event,
    Exclusion,
    Group,
    Measure,
    Mention,
    Organization,
    Person,
    Place,
    Source,
    SourceId,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from centasia_claims.model import ClaimId, EntityId, MeasureId

__all__ = ["Corpus"]

T = TypeVar("T")


def _works_of(corpus: Corpus) -> dict[SourceId, SourceId]:
    return canonical_works(corpus.sources)


def _group(pairs: Iterable[tuple[str, T]]) -> Mapping[str, tuple[T, ...]]:
    grouped: defaultdict[str, list[T]] = defaultdict(list)
    for key, item in pairs:
        grouped[key].append(item)
    return MappingProxyType({key: tuple(items) for key, items in grouped.items()})


# The indexes of a corpus, each built on first use and kept with it (`Corpus.cached`): a load that only
# reads a few claims, or exports them, does not pay for lookups it never makes.


def _by_id(corpus: Corpus) -> Mapping[str, object]:
    found: dict[str, object] = {}
    for name in SECTIONS:
        for item in getattr(corpus, name):
            id_ = getattr(item, "id", None)
            if id_ is not None:
                found[id_] = item
    return MappingProxyType(found)


def _about(corpus: Corpus) -> Mapping[str, tuple[Claim, ...]]:
    return _group((entity, claim) for claim in corpus.claims for entity in dict.fromkeys(claim.about))


def _by_claimant(corpus: Corpus) -> Mapping[str, tuple[Claim, ...]]:
    claims = corpus.claims
    return _group((c.claimant.agent, c) for c in claims if c.claimant and c.claimant.agent)


def _in_source(corpus: Corpus) -> Mapping[str, tuple[Claim, ...]]:
    return _group((claim.source, claim) for claim in corpus.claims)


def _for_measure(corpus: Corpus) -> Mapping[str, tuple[Claim, ...]]:
    return _group((claim.measure, claim) for claim in corpus.claims if claim.measure)


def _mentions_of(corpus: Corpus) -> Mapping[str, tuple[Mention, ...]]:
    return _group((mention.entity, mention) for mention in corpus.mentions)


@attrs.frozen(kw_only=True, repr=False, init=False)
class Corpus:
    """An immutable, checked body of sources, entities, measures and claims.

    Building one checks referential integrity: every id is unique and every reference resolves to an object
    of the right kind. A corpus with any problem is not built; `CorpusError` lists every problem.

    Load one with `load_corpus` or `load_seed_corpus`; change one with `attrs.evolve`, which checks again.
    Immutable all the way down: collections given as lists are kept as tuples, the lookup tables are
    read-only, and a corpus is hashable and equal to another with the same items.
    A corpus holds and looks up; what is done with it lives in the domain packages as functions that take
    the corpus first (`centasia_claims.reconcile`, `centasia_claims.resolve`, `centasia_claims.trace_origin`).

    Attributes:
        documents: The source texts, by file name.
        sources: One per article (and one per archive that republishes articles).
        persons: People named in the sources.
        organizations: Organizations named in the sources.
        places: Places named in the sources.
        events: Events the claims are about.
        groups: Groups of unnamed people ("his relatives", "four suspects") that claims are about or that
            pass claims on.
        measures: Quantities that claims give figures for.
        claims: The claims.
        mentions: Where each recorded name is written.
        exclusions: Sentences with numbers that deliberately hold no claim, and why.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> corpus.entity("person:gulmurod-halimov").display_name
    'Gulmurod Halimov'
    """

    documents: tuple[Document, ...] = ()
    sources: tuple[Source, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    groups: tuple[Group, ...] = ()
    measures: tuple[Measure, ...] = ()
    claims: tuple[Claim, ...] = ()
    mentions: tuple[Mention, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()

    _texts: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)
    _derived: dict[object, object] = attrs.field(init=False, eq=False, repr=False)
    _folders: tuple[Traversable, ...] = attrs.field(init=False, eq=False, repr=False)

    def __init__(
        self,
        *,
        documents: tuple[Document, ...] = (),
        sources: tuple[Source, ...] = (),
        persons: tuple[Person, ...] = (),
        organizations: tuple[Organization, ...] = (),
        places: tuple[Place, ...] = (),
        events: tuple[Event, ...] = (),
        groups: tuple[Group, ...] = (),
        measures: tuple[Measure, ...] = (),
        claims: tuple[Claim, ...] = (),
        mentions: tuple[Mention, ...] = (),
        exclusions: tuple[Exclusion, ...] = (),
    ) -> None:
        self.__attrs_init__(
            documents=tuple(documents),
            sources=tuple(sources),
            persons=tuple(persons),
            organizations=tuple(organizations),
            places=tuple(places),
            events=tuple(events),
            groups=tuple(groups),
            measures=tuple(measures),
            claims=tuple(claims),
            mentions=tuple(mentions),
            exclusions=tuple(exclusions),
        )
        problems = find_problems(self.sections(), self._texts)
        if problems:
            raise CorpusError(problems)

    @classmethod
    def _checked(cls, folders: tuple[Traversable, ...] = (), **fields: Any) -> Corpus:
        """A corpus whose integrity the caller has already checked (the loader, with file paths in messages).

        Builds the indexes without checking again; `__init__` (and so `attrs.evolve`) always checks.
        ``folders`` are the folders it was loaded from, in order.
        """
        corpus = cls.__new__(cls)
        corpus.__attrs_init__(**fields)
        object.__setattr__(corpus, "_folders", folders)
        return corpus

    @property
    def folders(self) -> tuple[Traversable, ...]:
        """The folders the corpus was loaded from, in order; empty for a corpus built or changed in code.

        Loading them again, with more after them, gives this corpus plus theirs.

        >>> from centasia_claims import load_seed_corpus
        >>> [folder.name for folder in load_seed_corpus().folders]
        ['seeds']
        >>> Corpus().folders
        ()
        """
        return self._folders

    def __attrs_post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_folders", ())
        setattr_(
            self, "_texts", MappingProxyType({document.name: document.text for document in self.documents})
        )
        setattr_(self, "_derived", {})

    def counts(self) -> dict[str, int]:
        """How many documents and items of each section the corpus holds, in section order.

        >>> from centasia_claims import load_seed_corpus
        >>> load_seed_corpus().counts()["documents"]
        5
        """
        return {name: len(getattr(self, name)) for name in ("documents", *SECTIONS)}

    def __repr__(self) -> str:
        counts = ", ".join(f"{count} {name}" for name, count in self.counts().items())
        return f"<Corpus: {counts}>"

    def _repr_html_(self) -> str:
        """Counts, then one row per source with its outlet, date and number of claims."""
        shown = self.counts()
        del shown["mentions"], shown["exclusions"]
        counts = ", ".join(f"{count} {name}" for name, count in shown.items())
        rows = [
            (
                source.id,
                source.title or "(untitled)",
                self.entity(source.outlet).display_name if source.outlet else "",
                str(source.published or ""),
                str(len(self.claims_in(source.id))),
            )
            for source in self.sources
        ]
        table = html_table(("source", "title", "outlet", "published", "claims"), rows, code=0)
        return f"<div><p><strong>Corpus</strong>: {html.escape(counts)}</p>{table}</div>"

    def cached(self, build: Callable[[Corpus], T]) -> T:
        """``build(self)``, computed on first use and kept with this corpus (an index a domain package needs).

        The function itself is the key, so each index is built once per corpus, however many callers ask.
        A corpus is immutable, so what is built from it never goes stale.

        >>> from centasia_claims import load_seed_corpus
        >>> corpus = load_seed_corpus()
        >>> def count_claims(corpus: Corpus) -> int:
        ...     return len(corpus.claims)
        >>> corpus.cached(count_claims) == len(corpus.claims)
        True
        """
        derived: dict[object, Any] = self._derived
        if build not in derived:
            derived.setdefault(build, build(self))
        found: T = derived[build]
        return found

    def sections(self) -> Mapping[str, tuple[object, ...]]:
        """The corpus's items by section name, in the order of `SECTIONS`."""
        return {name: getattr(self, name) for name in SECTIONS}

    @property
    def entities(self) -> tuple[Entity, ...]:
        """All persons, organizations, places and events: the named entities (groups are in ``groups``)."""
        return (*self.persons, *self.organizations, *self.places, *self.events)

    def get(self, id_: str) -> object:
        """The object with this id, of any kind.

        Raises:
            UnknownIdError: No object has this id.
        """
        try:
            return self.cached(_by_id)[id_]
        except KeyError:
            raise UnknownIdError(id_, known=self.cached(_by_id)) from None

    def _typed(self, id_: str, cls: type[Any] | tuple[type[Any], ...], kind: str) -> Any:
        item = self.cached(_by_id).get(id_)
        if item is None or not isinstance(item, cls):
            known = (key for key, value in self.cached(_by_id).items() if isinstance(value, cls))
            raise UnknownIdError(id_, kind, known=known)
        return item

    def entity(self, id_: EntityId | str) -> Entity | Group:
        """The person, organization, place, event or group with this id.

        A group stands where a person would (a claim's ``about``, an attribution's ``agent``), so it is found
        here too; every kind has a ``display_name``.

        Raises:
            UnknownIdError: No entity or group has this id; the error names the closest ids.

        >>> from centasia_claims import load_seed_corpus
        >>> load_seed_corpus().entity("person:ramazon-rahimzoda").display_name
        'Ramazon Rahimzoda'
        """
        entity: Entity | Group = self._typed(id_, (Person, Organization, Place, Event, Group), "entity")
        return entity

    def source(self, id_: SourceId | str) -> Source:
        """The source with this id.

        Raises:
            UnknownIdError: No source has this id; the error names the closest ids.

        >>> from centasia_claims import load_seed_corpus
        >>> load_seed_corpus().source("source:rferl-up-to-1000").id
        'source:rferl-up-to-1000'
        """
        source: Source = self._typed(id_, Source, "source")
        return source

    def claim(self, id_: ClaimId | str) -> Claim:
        """The claim with this id.

        Raises:
            UnknownIdError: No claim has this id; the error names the closest ids.

        >>> from centasia_claims import UnknownIdError, load_seed_corpus
        >>> try:
        ...     load_seed_corpus().claim("claim:rferl-rahimzoda-16-returned")
        ... except UnknownIdError as error:
        ...     print(error.close[0])
        claim:rferl-rahimzoda-61-returned
        """
        claim: Claim = self._typed(id_, Claim, "claim")
        return claim

    def measure(self, id_: MeasureId | str) -> Measure:
        """The measure with this id.

        Raises:
            UnknownIdError: No measure has this id; the error names the closest ids.
        """
        measure: Measure = self._typed(id_, Measure, "measure")
        return measure

    def _known(self, id_: str, cls: type[Any] | tuple[type[Any], ...], kind: str) -> None:
        if not isinstance(self.cached(_by_id).get(id_), cls):
            self._typed(id_, cls, kind)

    def claims_about(self, entity: EntityId | str) -> tuple[Claim, ...]:
        """Claims that list this entity in ``about``, in corpus order.

        Raises:
            UnknownIdError: No entity or group has this id (a name is not an id: see `names.resolve`).
        """
        self._known(entity, (Person, Organization, Place, Event, Group), "entity")
        return self.cached(_about).get(entity, ())

    def claims_by(self, claimant: EntityId | str) -> tuple[Claim, ...]:
        """Claims whose original claimant (first attribution step) is this entity.

        Raises:
            UnknownIdError: No entity or group has this id.
        """
        self._known(claimant, (Person, Organization, Place, Event, Group), "entity")
        return self.cached(_by_claimant).get(claimant, ())

    def claims_in(self, source: SourceId | str) -> tuple[Claim, ...]:
        """Claims read in this source.

        Raises:
            UnknownIdError: No source has this id.
        """
        self._known(source, Source, "source")
        return self.cached(_in_source).get(source, ())

    def claims_for(self, measure: MeasureId | str) -> tuple[Claim, ...]:
        """Claims that give a figure for this measure.

        Raises:
            UnknownIdError: No measure has this id.

        >>> from centasia_claims import load_seed_corpus
        >>> len(load_seed_corpus().claims_for("measure:tajik-fighters-killed")) > 0
        True
        """
        self._known(measure, Measure, "measure")
        return self.cached(_for_measure).get(measure, ())

    def work_of(self, source: SourceId | str) -> SourceId:
        """The canonical source of the work a source belongs to.

        A source is its own work unless it declares, or is declared, the same work as another (``copy_of``,
        ``translation_of``, ``same_as``): then the work is named by its original (see `canonical_works`).

        Raises:
            UnknownIdError: No source has this id.

        >>> from centasia_claims import load_seed_corpus
        >>> load_seed_corpus().work_of("source:rferl-up-to-1000")
        'source:rferl-up-to-1000'
        """
        works = self.cached(_works_of)
        try:
            return works[source]
        except KeyError:
            raise UnknownIdError(source, "source", known=works) from None

    def mentions_of(self, entity: EntityId | str) -> tuple[Mention, ...]:
        """Where this entity's names are written in the sources."""
        return self.cached(_mentions_of).get(entity, ())

    def document_text(self, name: str) -> str:
        """The full text of a bundled document.

        Raises:
            UnknownIdError: No document has this name.
        """
        try:
            return self._texts[name]
        except KeyError:
            raise UnknownIdError(name, "document", known=self._texts) from None

    def text_of(self, source: Source | SourceId | str) -> str:
        r"""The text of one source: its span of its document.

        >>> from centasia_claims import load_seed_corpus
        >>> load_seed_corpus().text_of("source:rferl-up-to-1000")[:40]
        'Accessibility links\n\nBreaking News\n\nAuth'
        """
        item = source if isinstance(source, Source) else self.source(source)
        return self.document_text(item.document)[item.span.start : item.span.end]
