"""People, organizations, places and events, with every name they go by.

Entities refer to each other by id (`Relation`), so fixtures stay flat. A `Name` records its script, language,
romanization scheme, kind and the period it was valid ("Rahmonov" until 2007). A `Mention` records where in a
source a name is written, so every recorded spelling can be traced to the text.

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

import enum
import re
import unicodedata

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
from centasia_claims.model._text import TextQuote

__all__ = [
    "Entity",
    "Event",
    "Group",
    "Mention",
    "Name",
    "NameKind",
    "Organization",
    "Person",
    "Place",
    "Relation",
    "RelationKind",
    "Script",
    "detect_script",
]


class Script(enum.StrEnum):
    """The writing system of a name.

    >>> from centasia_claims import Name
    >>> [Name(text).script for text in ("Gulmurod Halimov", "Гулмурод Ҳалимов")]
    [<Script.LATIN: 'latin'>, <Script.CYRILLIC: 'cyrillic'>]
    """

    LATIN = "latin"
    CYRILLIC = "cyrillic"
    ARABIC = "arabic"
    OTHER = "other"


# Unicode character-name prefixes that identify a script (data, not a chain of ifs).
_SCRIPT_PREFIXES: tuple[tuple[str, Script], ...] = (
    ("CYRILLIC", Script.CYRILLIC),
    ("LATIN", Script.LATIN),
    ("ARABIC", Script.ARABIC),
)


def detect_script(text: str) -> Script:
    """The script of the first letter of ``text`` that belongs to a known script.

    >>> detect_script("Гулмурод Ҳалимов"), detect_script("Halimov"), detect_script("123")
    (<Script.CYRILLIC: 'cyrillic'>, <Script.LATIN: 'latin'>, <Script.OTHER: 'other'>)
    """
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for prefix, script in _SCRIPT_PREFIXES:
            if name.startswith(prefix):
                return script
    return Script.OTHER


class NameKind(enum.StrEnum):
    """What kind of name a `Name` is.

    Emomali Rahmon's recorded names begin with the one he took in 2007 and end with the one he was born with:

    >>> from centasia_claims import load_seed_corpus
    >>> names = load_seed_corpus().entity("person:emomali-rahmon").names
    >>> (names[0].text, names[0].kind), (names[-1].text, names[-1].kind)
    (('Emomali Rahmon', <NameKind.CHANGED: 'changed'>), ('Rahmonov', <NameKind.BIRTH: 'birth'>))
    """

    PRIMARY = "primary"
    """The name the corpus displays."""
    BIRTH = "birth"
    """The name before a change (Rahmonov before 2007)."""
    CHANGED = "changed"
    """The name taken in a change (Rahmon from 2007)."""
    NOM_DE_GUERRE = "nom_de_guerre"
    """A name taken for war or propaganda ("al-Tajiki"): matched as written, never by its parts."""
    KUNYA = "kunya"
    """A kunya, Abu or Umm with a child's name ("Abu Bakr"): matched as written, never by its parts."""
    ACRONYM = "acronym"
    TRANSLITERATION = "transliteration"
    """Another romanization of the same name (Khalimov for Halimov)."""
    TRANSLATION = "translation"
    """The name rendered in another language (Islamic Revival Party for Islamic Renaissance Party)."""
    VARIANT = "variant"
    """Any other spelling or form, including misspellings found in sources."""


@attrs.frozen
class Name:
    """One name an entity goes by.

    Attributes:
        text: The name as written.
        kind: What kind of name it is.
        lang: BCP 47 language code of the name's form (``"tg"``, ``"ru"``, ``"en"``), if known.
        script: Its writing system; detected from the text when not given.
        scheme: The romanization scheme it follows (``"bgn-pcgn-tg"``), if known.
        valid: When the name was in use ("../2007" for Rahmonov), or ``None`` when always.

    >>> Name("Гулмурод Ҳалимов", lang="tg").script
    <Script.CYRILLIC: 'cyrillic'>
    """

    text: str = attrs.field(validator=check_non_empty)
    kind: NameKind = NameKind.PRIMARY
    lang: str | None = None
    script: Script = attrs.field(
        default=attrs.Factory(lambda name: detect_script(name.text), takes_self=True)
    )
    scheme: str | None = None
    valid: Period | None = None


class RelationKind(enum.StrEnum):
    """How one entity relates to another; read as "SUBJECT is the KIND of TARGET".

    Radio Ozodi is part of RFE/RL:

    >>> from centasia_claims import load_seed_corpus
    >>> relation = load_seed_corpus().entity("org:radio-ozodi").relations[0]
    >>> relation.kind, relation.target
    (<RelationKind.PART_OF: 'part_of'>, 'org:rferl')
    """

    BROTHER = "brother"
    SISTER = "sister"
    SON = "son"
    DAUGHTER = "daughter"
    FATHER = "father"
    MOTHER = "mother"
    SPOUSE = "spouse"
    NEPHEW = "nephew"
    COUSIN = "cousin"
    RELATIVE = "relative"
    PART_OF = "part_of"
    """A unit, service or branch of the target (Radio Ozodi of RFE/RL; OMON of the Interior Ministry)."""
    AFFILIATE_OF = "affiliate_of"
    """An affiliate or province of the target (ISKP of the Islamic State)."""
    MEMBER_OF = "member_of"
    LEADER_OF = "leader_of"
    SPOKESPERSON_OF = "spokesperson_of"
    """Speaks for the target: a spokesman's words are the organization's."""
    OFFICIAL_OF = "official_of"
    """Holds office in the target (a minister of a ministry or government)."""
    LOCATED_IN = "located_in"


@attrs.frozen
class Relation:
    """A stated relation to another entity.

    Attributes:
        kind: The relation, read as "this entity is the KIND of TARGET".
        target: The id of the other entity.
        note: Where it is stated or any qualification ("according to the investigation").

    >>> Relation(RelationKind.BROTHER, "person:gulmurod-halimov").kind
    <RelationKind.BROTHER: 'brother'>
    """

    kind: RelationKind
    target: EntityId = attrs.field(validator=check_id)
    note: str = ""


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
