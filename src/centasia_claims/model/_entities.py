"""People, organizations, places and events, with every name they go by.

Entities refer to each other by id (`Relation`), so fixtures stay flat, and carry every `Name` they go by.
A `Mention` records where in a source a name is written, so every recorded spelling can be traced to the
text.

>>> from centasia_claims import Name, NameKind, Period, Person
>>> rahmon = Person(
...     id="person:emomali-rahmon",
...     names=(
...         Name("Emomali Rahmon"),
...         Name("Emomali Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007")),
...     ),
... )
>>> rahmon.display_name, rahmon.names[1].script
('Emomali Rahmon', <Script.LATIN: 'latin'>)

`Entity` is any of the four kinds, as a type and for ``isinstance``:

>>> from centasia_claims import Entity
>>> isinstance(rahmon, Entity)
True
"""

from __future__ import annotations

import re

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import (
    check_id,
    check_ids,
    check_non_empty,
    check_optional_id,
    frozen_collections,
)
from centasia_claims.model._dates import PartialDate, Period
from centasia_claims.model._display import Displayed
from centasia_claims.model._estimate import Estimate
from centasia_claims.model._ids import EntityId, SourceId
from centasia_claims.model._names import Name, Relation
from centasia_claims.model._text import TextQuote

__all__ = [
    "Entity",
    "Event",
    "Group",
    "Mention",
    "Organization",
    "Person",
    "Place",
]


_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_OPENSANCTIONS = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _check_wikidata(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and not _WIKIDATA.fullmatch(value):
        raise InvalidValueError(
            "wikidata", f"{value!r} is not a Wikidata item id; write it as Q followed by digits"
        )


def _check_opensanctions(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and not _OPENSANCTIONS.fullmatch(value):
        raise InvalidValueError(
            "opensanctions",
            f"{value!r} is not an OpenSanctions entity id; use letters, digits, '.', '_', '-'",
        )


def _check_names(_instance: object, _attribute: object, names: tuple[Name, ...]) -> None:
    if not names:
        raise InvalidValueError("names", "must list at least one name; the first is displayed")


class _Named(Displayed):
    """What every entity shares: it is shown by the first of its recorded names."""

    __slots__ = ()
    names: tuple[Name, ...]

    @property
    def display_name(self) -> str:
        """The first recorded name."""
        return self.names[0].text

    @property
    def same_as(self) -> tuple[str, ...]:
        """Links to the same entity in other databases: its Wikidata item, its OpenSanctions entity.

        >>> Place(id="place:dushanbe", names=(Name("Dushanbe"),), wikidata="Q9365").same_as
        ('https://www.wikidata.org/wiki/Q9365',)
        """
        wikidata: str | None = getattr(self, "wikidata", None)
        opensanctions: str | None = getattr(self, "opensanctions", None)
        links = []
        if wikidata is not None:
            links.append(f"https://www.wikidata.org/wiki/{wikidata}")
        if opensanctions is not None:
            links.append(f"https://www.opensanctions.org/entities/{opensanctions}/")
        return tuple(links)


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Person(_Named):
    """A person named in the sources.

    Attributes:
        id: Unique id, such as ``person:gulmurod-halimov``.
        names: Every recorded name; the first is the display name.
        relations: Stated family or organizational relations.
        description: A short neutral description ("Tajik police colonel who joined IS in 2015").
        note: Curator's note.
        birth_date: When the person was born, with the precision a text gives; ages stated in claims are
            checked against it.
        birth_place: Where the person was born (a `Place` id).
        wikidata: Its Wikidata item id (``"Q863"``), when known for certain.
        opensanctions: Its OpenSanctions entity id, when known for certain.

    >>> Person(id="person:x", names=(Name("Frud Bezhan"),)).display_name
    'Frud Bezhan'
    >>> Person(id="person:y", names=(Name("Y"),), birth_date=PartialDate(1975)).birth_date.year
    1975
    """

    id: EntityId = attrs.field(validator=check_id)
    names: tuple[Name, ...] = attrs.field(validator=_check_names)
    relations: tuple[Relation, ...] = ()
    description: str = ""
    note: str = ""
    birth_date: PartialDate | None = None
    birth_place: EntityId | None = attrs.field(default=None, validator=check_optional_id)
    wikidata: str | None = attrs.field(default=None, validator=_check_wikidata)
    opensanctions: str | None = attrs.field(default=None, validator=_check_opensanctions)


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Organization(_Named):
    """A government body, party, militant group, outlet or other organization.

    Attributes:
        id: Unique id, such as ``org:irpt``.
        names: Every recorded name and acronym; the first is the display name.
        kind: What it is (``"ministry"``, ``"party"``, ``"militant group"``, ``"news outlet"`` ...).
        relations: Parents and affiliations (``part_of``, ``affiliate_of``).
        description: A short neutral description.
        note: Curator's note.
        wikidata: Its Wikidata item id (``"Q863"``), when known for certain.
        opensanctions: Its OpenSanctions entity id, when known for certain.

    >>> Organization(id="org:rferl", names=(Name("RFE/RL"),), kind="news outlet").display_name
    'RFE/RL'
    """

    id: EntityId = attrs.field(validator=check_id)
    names: tuple[Name, ...] = attrs.field(validator=_check_names)
    kind: str = ""
    relations: tuple[Relation, ...] = ()
    description: str = ""
    note: str = ""
    wikidata: str | None = attrs.field(default=None, validator=_check_wikidata)
    opensanctions: str | None = attrs.field(default=None, validator=_check_opensanctions)


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Place(_Named):
    """A country, region, city or village.

    Attributes:
        id: Unique id, such as ``place:darai-foni``.
        names: Every recorded name; the first is the display name.
        kind: ``"country"``, ``"city"``, ``"village"`` ...
        relations: Where it lies (``located_in``).
        description: A short neutral description.
        note: Curator's note.
        wikidata: Its Wikidata item id (``"Q863"``), when known for certain.
        opensanctions: Its OpenSanctions entity id, when known for certain.

    >>> Place(id="place:dushanbe", names=(Name("Dushanbe"),), kind="city").display_name
    'Dushanbe'
    """

    id: EntityId = attrs.field(validator=check_id)
    names: tuple[Name, ...] = attrs.field(validator=_check_names)
    kind: str = ""
    relations: tuple[Relation, ...] = ()
    description: str = ""
    note: str = ""
    wikidata: str | None = attrs.field(default=None, validator=_check_wikidata)
    opensanctions: str | None = attrs.field(default=None, validator=_check_opensanctions)


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Event(_Named):
    """Something that happened: an attack, an arrest, a defection, a ban.

    Attributes:
        id: Unique id, such as ``event:gaziantep-arrests``.
        names: How the event is called; the first is the display name.
        date: When it happened, with the precision the sources give, or ``None``.
        place: Where it happened (a `Place` id), or ``None``.
        participants: Entities taking part.
        relations: Other relations (``part_of`` a larger event).
        description: A short neutral description.
        note: Curator's note, such as where sources disagree on the date.
        wikidata: Its Wikidata item id (``"Q863"``), when known for certain.
        opensanctions: Its OpenSanctions entity id, when known for certain.

    >>> Event(id="event:x", names=(Name("Crocus City Hall attack"),)).date is None
    True
    """

    id: EntityId = attrs.field(validator=check_id)
    names: tuple[Name, ...] = attrs.field(validator=_check_names)
    date: Period | None = None
    place: EntityId | None = attrs.field(default=None, validator=check_optional_id)
    participants: tuple[EntityId, ...] = attrs.field(default=(), validator=check_ids)
    relations: tuple[Relation, ...] = ()
    description: str = ""
    note: str = ""
    wikidata: str | None = attrs.field(default=None, validator=_check_wikidata)
    opensanctions: str | None = attrs.field(default=None, validator=_check_opensanctions)


Entity = Person | Organization | Place | Event
"""Anything named that a claim can be about (a `Group` of unnamed people is not named, so not an `Entity`)."""


@attrs.frozen(kw_only=True)
class Group(Displayed):
    """People the text counts or describes but does not name: "his relatives", "four suspects".

    A group stands where a person would, as a claim's ``about`` or an attribution step's ``agent``, without
    inventing persons. It has no personal name, so name resolution never matches it: it is found by id.

    Attributes:
        id: Unique id, such as ``group:halimov-relatives``.
        label: How the text names the group, as written ("his relatives", "four suspects").
        size: How many they are, where the text says, read as an `Estimate` ("four", "dozens").
        of: The entity the members are related to ("his relatives": the person "his" refers to), if any.
        relation: How the members relate to ``of``, in a word or two ("relatives", "bodyguards").
        note: Curator's note.

    >>> from centasia_claims import Qualifier
    >>> four = Estimate(phrase="four", qualifier=Qualifier.EXACT, low=4, high=4, point=4)
    >>> group = Group(id="group:suspects", label="four suspects", size=four)
    >>> group.display_name, group.size.point
    ('four suspects', 4.0)
    """

    id: EntityId = attrs.field(validator=check_id)
    label: str = attrs.field(validator=check_non_empty)
    size: Estimate | None = None
    of: EntityId | None = attrs.field(default=None, validator=check_optional_id)
    relation: str = ""
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if self.relation and self.of is None:
            raise InvalidValueError(
                "relation", f"{self.relation!r} needs the entity it relates to in of: give of or remove it"
            )

    @property
    def display_name(self) -> str:
        """The label as written: a group has no name of its own."""
        return self.label


@attrs.frozen(kw_only=True)
class Mention:
    """A name of an entity as written at one place in a source.

    Attributes:
        entity: The id of the entity named.
        name: The name exactly as written there (it occurs in ``quote.exact``).
        source: The id of the source it is read in.
        quote: Where it stands in the document.

    >>> quote = TextQuote(exact="Gulmorod Khalimov", start=0, end=17)
    >>> Mention(entity="person:gulmurod-halimov", name="Gulmorod Khalimov", source="s", quote=quote).name
    'Gulmorod Khalimov'
    """

    entity: EntityId = attrs.field(validator=check_id)
    name: str = attrs.field(validator=check_non_empty)
    source: SourceId = attrs.field(validator=check_id)
    quote: TextQuote

    def __attrs_post_init__(self) -> None:
        if self.name not in self.quote.exact:
            raise InvalidValueError("name", f"{self.name!r} does not occur in the quote {self.quote.exact!r}")
