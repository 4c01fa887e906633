"""The names an entity goes by, and its relations to other entities.

A `Name` records its script, language, romanization scheme, kind and the period it was valid ("Rahmonov"
until 2007); a `Relation` points to another entity by id, so fixtures stay flat.

>>> from centasia_claims import Name, NameKind, Period
>>> Name("Emomali Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007")).script
<Script.LATIN: 'latin'>
"""

from __future__ import annotations

import enum
import unicodedata

import attrs

from centasia_claims.model._checks import check_id, check_language, check_non_empty
from centasia_claims.model._dates import Period
from centasia_claims.model._ids import EntityId

__all__ = ["Name", "NameKind", "Relation", "RelationKind", "Script", "detect_script"]


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
        lang: BCP 47 language tag of the name's form (``"tg"``, ``"ru"``, ``"en"``), if known.
        script: Its writing system; detected from the text when not given.
        scheme: The romanization scheme it follows (``"bgn-pcgn-tg"``), if known.
        valid: When the name was in use ("../2007" for Rahmonov), or ``None`` when always.

    >>> Name("Гулмурод Ҳалимов", lang="tg").script
    <Script.CYRILLIC: 'cyrillic'>
    """

    text: str = attrs.field(validator=check_non_empty)
    kind: NameKind = NameKind.PRIMARY
    lang: str | None = attrs.field(default=None, validator=check_language)
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
