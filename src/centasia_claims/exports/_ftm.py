"""FollowTheMoney export: persons and organizations, and the relations between them, as FtM entity JSON.

Each entity is ``{"id", "schema", "properties"}`` with list-valued properties, the format tools built on
FollowTheMoney read line by line (``.ftm.json``). No FollowTheMoney package is needed to write it. Ids become
FollowTheMoney ids by `ftm_id` (``person:gulmurod-halimov`` is ``person.gulmurod-halimov``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO

from centasia_claims.errors import InvalidValueError
from centasia_claims.model import Organization, Person, RelationKind

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus

__all__ = ["ftm_id", "to_followthemoney", "write_followthemoney"]

# Organization kinds that FollowTheMoney calls a PublicBody; any other kind is an Organization.
PUBLIC_BODY_KINDS: Final = frozenset(
    {"ministry", "government", "court", "police unit", "parliament", "security service", "state agency"}
)

# How each relation between two persons or organizations becomes an FtM link: (schema, from, to, role).
_FAMILY: Final = ("Family", "person", "relative", "relationship")
_MEMBERSHIP: Final = ("Membership", "member", "organization", "role")
_LINK: Final = ("UnknownLink", "subject", "object", "role")
LINK_SCHEMAS: Final[dict[RelationKind, tuple[str, str, str, str]]] = {
    RelationKind.BROTHER: _FAMILY,
    RelationKind.SISTER: _FAMILY,
    RelationKind.SON: _FAMILY,
    RelationKind.DAUGHTER: _FAMILY,
    RelationKind.FATHER: _FAMILY,
    RelationKind.MOTHER: _FAMILY,
    RelationKind.SPOUSE: _FAMILY,
    RelationKind.NEPHEW: _FAMILY,
    RelationKind.COUSIN: _FAMILY,
    RelationKind.RELATIVE: _FAMILY,
    RelationKind.MEMBER_OF: _MEMBERSHIP,
    RelationKind.LEADER_OF: _MEMBERSHIP,
    RelationKind.SPOKESPERSON_OF: _MEMBERSHIP,
    RelationKind.OFFICIAL_OF: _MEMBERSHIP,
    RelationKind.PART_OF: _LINK,
    RelationKind.AFFILIATE_OF: _LINK,
}


_ID_CHARACTERS: Final = str.maketrans({":": ".", "/": ".", "_": "-"})


def ftm_id(id_: str) -> str:
    """Our id as a FollowTheMoney entity id, which allows only letters, digits, ``.`` and ``-`` inside.

    >>> ftm_id("person:gulmurod-halimov")
    'person.gulmurod-halimov'
    """
    return id_.translate(_ID_CHARACTERS).strip(".-")


def _schema(entity: Person | Organization) -> str:
    if isinstance(entity, Person):
        return "Person"
    return "PublicBody" if entity.kind in PUBLIC_BODY_KINDS else "Organization"


def _entity(entity: Person | Organization) -> dict[str, Any]:
    properties: dict[str, list[str]] = {"name": [entity.display_name]}
    aliases = [name.text for name in entity.names[1:]]
    if aliases:
        properties["alias"] = aliases
    if entity.description:
        properties["description"] = [entity.description]
    if entity.note:
        properties["notes"] = [entity.note]
    if entity.wikidata is not None:
        properties["wikidataId"] = [entity.wikidata]
    if entity.opensanctions is not None:
        properties["sourceUrl"] = [f"https://www.opensanctions.org/entities/{entity.opensanctions}/"]
    return {"id": ftm_id(entity.id), "schema": _schema(entity), "properties": properties}


def to_followthemoney(corpus: Corpus) -> list[dict[str, Any]]:
    """Persons and organizations, then one link entity per relation between two of them.

    Relations to places or events have no FollowTheMoney counterpart here and are left out, and so are groups
    of unnamed people (``Corpus.groups``): an FtM entity stands for one named party.

    >>> from centasia_claims import load_seed_corpus
    >>> entities = {e["id"]: e for e in to_followthemoney(load_seed_corpus())}
    >>> entities["person.gulmurod-halimov"]["properties"]["alias"][:2]
    ['Gulmorod Khalimov', 'Gulmorod Halimov']
    """
    people: list[Person | Organization] = [*corpus.persons, *corpus.organizations]
    ids = {entity.id for entity in people}
    out = [_entity(entity) for entity in people]
    for entity in people:
        for index, relation in enumerate(entity.relations):
            if relation.target not in ids:
                continue
            schema, source, target, role = LINK_SCHEMAS.get(relation.kind, _LINK)
            properties = {
                source: [ftm_id(entity.id)],
                target: [ftm_id(relation.target)],
                role: [relation.kind.value],
            }
            if relation.note:
                properties["summary"] = [relation.note]
            out.append(
                {"id": f"{ftm_id(entity.id)}.relation.{index}", "schema": schema, "properties": properties}
            )
    seen: dict[str, str] = {}
    for entity in people:
        other = seen.setdefault(ftm_id(entity.id), entity.id)
        if other != entity.id:
            raise InvalidValueError(
                "id",
                f"ids {other!r} and {entity.id!r} both become {ftm_id(entity.id)!r} in FollowTheMoney, "
                "which allows only letters, digits, '.' and '-': rename one of them",
            )
    return out


def write_followthemoney(corpus: Corpus, target: str | Path | TextIO) -> None:
    """Write `to_followthemoney` as line-delimited JSON (one entity per line, UTF-8).

    >>> import io, json
    >>> from centasia_claims import load_seed_corpus
    >>> out = io.StringIO()
    >>> write_followthemoney(load_seed_corpus(), out)
    >>> entities = [json.loads(line) for line in out.getvalue().splitlines()]
    >>> halimov = next(entity for entity in entities if entity["id"] == "person.gulmurod-halimov")
    >>> halimov["schema"], halimov["properties"]["name"]
    ('Person', ['Gulmurod Halimov'])
    """
    lines = "".join(json.dumps(entity, ensure_ascii=False) + "\n" for entity in to_followthemoney(corpus))
    if isinstance(target, str | Path):
        Path(target).write_text(lines, encoding="utf-8")
    else:
        target.write(lines)
