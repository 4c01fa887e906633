"""The entities an imported table names: the base corpus's where a name resolves, else new ones.

Ids are made from content, never from row order: a new entity's from its name, a group's from its label; the
same name always gives the same id, and a name that may be several entities is left to a person to choose.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.estimates import parse_estimate
from centasia_claims.model import Estimate, Group, Name, Organization, Person, Place
from centasia_claims.names import ALIASES, NameVerdict, compare_names, parse_name, resolve, romanize

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.importing._chain import ChainStep
    from centasia_claims.names import AliasEntry, ParsedName

__all__ = [
    "BODY_WORDS",
    "ROLE_WORDS",
    "UNNAMED_PUBLISHER",
    "Entities",
    "digest",
    "names_a_body",
    "person_after_role",
    "slug",
]

BODY_WORDS: Final = (
    "ministry", "ministr", "service", "agency", "committee", "government", "police", "party", "office",
    "court", "council", "embassy", "news", "radio", "times", "post", "journal", "press", "tv", "media",
    "institute", "center", "centre", "group", "university", "department", "prosecutor", "army", "forces",
    "state", "league", "network", "foundation", "watch", "crisis", "reuters", "bbc", "rfe", "mvd", "gknb",
    "министерств", "мвд", "служб", "комитет", "правительств", "полиц", "партия", "прокуратур", "суд",
    "агентств", "посольств", "газета", "радио", "центр", "гкнб", "фсб", "сми", "управлени", "генпрокуратур",
    "ведомств", "комисси", "вазорат", "кумита", "ҳизб", "хадамот", "додгоҳ", "ҳукумат", "агентӣ", "агентии",
    "маркази", "раёсат", "идора", "вкд", "кдам",
)  # fmt: skip
"""Words that make a name a body's (English, Russian and Tajik, lower case, each the start of a word):
"Interior Ministry", "Министерство внутренних дел", "Вазорати корҳои дохилӣ". Source note: curated from
the names of ministries, services, parties, courts and media in the seed corpus and the region's press."""


ROLE_WORDS: Final = (
    "minister", "prosecutor", "general", "spokes", "head", "chief", "director", "deputy", "chairman",
    "chairwoman", "commander", "president", "judge", "colonel", "ambassador", "governor", "mayor",
    "министр", "генпрокурор", "прокурор", "глава", "начальник", "руководител", "председател",
    "пресс-секретар", "представител", "посол", "генерал", "полковник", "президент", "судья", "замминистр",
    "вазир", "раис", "сардор", "додситон", "сухангӯ", "муовин", "сафир", "президенти",
)  # fmt: skip
"""Words of an office held by a person (English, Russian and Tajik, lower case, each the start of a word or
of a hyphenated part): "Prosecutor-General Yusuf Rahmon", "Генпрокурор Юсуф Рахмон", "Вазир Рамазон
Раҳимзода". Source note: curated from how the region's press writes officials' titles before their names."""


def person_after_role(name: str) -> str | None:
    """The person's name after the words of an office, where a name is an office then a person's name.

    The name's last two or three words are capitalized and none names a body or an office, and the word
    before them is an office (`ROLE_WORDS`), or the acronym of a body after one ("глава ГКНБ Камчыбек
    Ташиев"); ``None`` otherwise (a body's name, or no office before the name).

    >>> person_after_role("Prosecutor-General Yusuf Rahmon"), person_after_role("Radio Free Europe")
    ('Yusuf Rahmon', None)
    >>> person_after_role("глава МВД Рамазон Рахимзода")
    'Рамазон Рахимзода'
    """
    words = name.split()
    for size in (3, 2):
        if len(words) <= size:
            continue
        rest, before = words[-size:], words[:-size]
        personal = all(word[:1].isupper() and not names_a_body(word) and not _office(word) for word in rest)
        acronym = len(before) >= 2 and before[-1].isupper() and len(before[-1]) >= 2 and _office(before[-2])
        if personal and (_office(before[-1]) or acronym):
            return " ".join(rest)
    return None


def _office(word: str) -> bool:
    """Whether a word (or a part of a hyphenated one: "Prosecutor-General") names an office."""
    return any(part.startswith(ROLE_WORDS) for part in re.split(r"[-\u2010]", word.lower()) if part)


def names_a_body(name: str) -> bool:
    """Whether a name holds a word of `BODY_WORDS`: it names a ministry, service, party, court or outlet.

    >>> names_a_body("Вазорати корҳои дохилии Русия"), names_a_body("Days after Russia")
    (True, False)
    """
    return any(word.startswith(BODY_WORDS) for word in re.findall(r"\w+", name.lower()))


def digest(*parts: str, size: int = 8) -> str:
    """The first ``size`` hex digits of the SHA-256 of ``parts``: a stable id suffix made from content.

    >>> digest("a", "b"), len(digest("a", size=10))
    ('f04cdced', 10)
    """
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:size]


def slug(text: str) -> str:
    """A lower-case ASCII slug of a name, romanized from Cyrillic where needed (empty when nothing is left).

    >>> slug("Министерство обороны России"), slug("RFE/RL's Tajik Service")
    ('ministerstvo-oboroni-rossii', 'rfe-rl-s-tajik-service')
    """
    latin = next((form for form in romanize(text) if not _cyrillic(form)), text) if _cyrillic(text) else text
    ascii_ = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60].strip("-")


def _cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(char, "") for char in text)


def _is_organization(name: str) -> bool:
    """A new name is a person only when it looks like one: two to four capitalized words, none an org word.

    Titles and articles are read past ("Interior Minister Rahim Nazarov" is a person).
    """
    if person_after_role(name) is not None:
        return False
    titles = _parsed(name).titles
    words = [
        word for word in name.split() if not any(word in title.split() for title in titles)
    ] or name.split()
    personal = 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)
    return not personal or names_a_body(name) or "/" in name


@functools.lru_cache(maxsize=4096)
def _parsed(name: str) -> ParsedName:
    """A name as the names package reads it (a table names its speakers many times: read each once)."""
    return parse_name(name)


def _key(name: str) -> str | None:
    """The key under which a table's spellings of one new name meet; ``None`` when nothing is left.

    The name without titles or articles, folded as names are compared: "the Interior Ministry" and "Interior
    Ministry", "Interior Minister Rahim Nazarov" and "Rahim Nazarov".
    """
    return _parsed(person_after_role(name) or name).key or None


UNNAMED_PUBLISHER: Final = "the page (no outlet named)"
"""The last step of a chain whose page names no outlet."""


class Entities:
    """The entities, groups and new ids a table's names add to a base corpus (``None``: no base corpus).

    >>> from centasia_claims import load_seed_corpus
    >>> entities = Entities(load_seed_corpus())
    >>> entities.entity("Rahimzoda", "speaker", []), entities.entity("Akram Amonov", "speaker", [])
    ('person:ramazon-rahimzoda', 'person:akram-amonov')
    """

    def __init__(self, base: Corpus | None) -> None:
        self.base = base
        self.persons: dict[str, Person] = {}
        self.organizations: dict[str, Organization] = {}
        self.groups: dict[str, Group] = {}
        self.minted: dict[str, str] = {}  # slug of a new name -> its id
        self.keyed: dict[str, str] = {}  # `_key` of a new name -> its id
        self.surnames: dict[str, set[str]] = {}  # key of the last part of a new person's name -> their ids

    def _known(self, id_: str) -> bool:
        in_base = False
        if self.base is not None:
            try:
                self.base.get(id_)
                in_base = True
            except CentasiaClaimsError:
                in_base = False
        return in_base or id_ in self.persons or id_ in self.organizations or id_ in self.groups

    def _mint(self, name: str, *, organization: bool, stem: str | None = None) -> str:
        key = slug(name) or digest(name)
        if key in self.minted:
            return self.minted[key]
        prefix = "org" if organization else "person"
        person = None if organization else person_after_role(name)
        core = stem or slug(person or name) or key
        id_ = f"{prefix}:{core}"
        if self._known(id_):
            id_ = f"{prefix}:{core}-{digest(name)}"
        self.minted[key] = id_
        parsed = _parsed(person or name)
        if parsed.key:
            self.keyed.setdefault(parsed.key, id_)
        if not organization and len(parsed.tokens) >= 2:
            self.surnames.setdefault(parsed.tokens[-1].key, set()).add(id_)
        if organization:
            self.organizations[id_] = Organization(id=id_, names=(Name(name),), note="created by import")
        else:
            self.persons[id_] = Person(id=id_, names=(Name(name),), note="created by import")
        return id_

    def entity(self, name: str, column: str, notes: list[str], *, organization: bool = False) -> str | None:
        """The id a name refers to: the base corpus's, else a new one; ``None`` (noted) when ambiguous.

        >>> Entities(None).entity("Interior Ministry", "claimant", [])
        'org:interior-ministry'
        """
        key = slug(name) or digest(name)
        if key in self.minted:  # a spelling that slugs alike ("РИА Новости", "RIA Novosti") is kept too
            self._spelled(self.minted[key], name)
            return self.minted[key]
        spelled = _key(name)
        if spelled is not None and spelled in self.keyed:  # another spelling of a name of this table
            self.minted[key] = found = self.keyed[spelled]
            self._spelled(found, name)
            return found
        if self.base is not None:
            result = resolve(self.base, name)
            if result.best is not None:
                return result.best.entity
            if result.ambiguous:
                choices = " or ".join(f"{{{c.entity}}}" for c in result.candidates[:4])
                notes.append(
                    f"{column}: {name!r} may be any of several entities: write {choices} after the name"
                )
                return None
        return self._new(name, key, (column, notes), organization=organization)

    def _new(self, name: str, key: str, where: tuple[str, list[str]], *, organization: bool) -> str | None:
        """A name the base corpus does not hold: an alias entry's body, a last name of the table, or new."""
        entries = [entry for entry in ALIASES.lookup(name) if entry.kind == "organization"]
        if entries:
            return self._by_alias(entries, name, key, where)
        surname = self._surname(name, *where)
        if surname is not None:
            return surname
        organization = organization or _is_organization(name)
        same = self._same_body(name) if organization else None
        if same is not None:
            self.minted[key] = same
            self._spelled(same, name)
            return same
        return self._mint(name, organization=organization)

    def _same_body(self, name: str) -> str | None:
        """The one new organization of the table that `compare_names` finds the same body as ``name``.

        Across languages and acronyms: "МВД", "Interior Ministry", "Министерство внутренних дел"; "Вазорати
        адлия", "Justice Ministry", "Минюст". ``None`` when none is, or when more than one is.
        """
        found = {
            id_
            for id_, body in self.organizations.items()
            if any(
                compare_names(name, known.text, kind="organization").verdict is NameVerdict.SAME
                for known in body.names
            )
        }
        return found.pop() if len(found) == 1 else None

    def _by_alias(
        self, entries: list[AliasEntry], name: str, key: str, where: tuple[str, list[str]]
    ) -> str | None:
        """A new name the alias table records: its entry's entity, or (noted) ``None`` for several entries."""
        if len(entries) == 1:  # one body the alias table knows: every spelling of it is one new entity
            return self._aliased(entries[0].id, name, key)
        column, notes = where
        ids = [f"org:{entry.id}" for entry in entries]
        taken = [id_ for id_ in ids if id_ in self.organizations]
        if len(taken) == 1:  # the one of them another name of the table already is ("ГКНБ Таджикистана")
            notes.append(
                f"{column}: {name!r} taken for {taken[0]}, the one of the bodies it may name that the table "
                f"names elsewhere: write {{{taken[0]}}} after the name to confirm, or another id"
            )
            self._spelled(taken[0], name)
            return taken[0]
        labels = ", ".join(entry.label for entry in entries[:4])
        choices = " or ".join(f"{{org:{entry.id}}}" for entry in entries[:4])
        notes.append(
            f"{column}: {name!r} may be any of several bodies ({labels}): write {choices} after the name"
        )
        return None

    def _aliased(self, entry: str, name: str, key: str) -> str:
        """The new organization of an alias table entry, its id made from the entry's (``org:tass``)."""
        id_ = f"org:{entry}"
        if id_ in self.organizations:
            self._spelled(id_, name)
        else:
            self.organizations[id_] = Organization(
                id=id_, names=(Name(name),), note=f"created by import: the alias table's {entry!r}"
            )
        self.minted[key] = id_
        spelled = _key(name)
        if spelled is not None:
            self.keyed.setdefault(spelled, id_)
        return id_

    def _spelled(self, id_: str, name: str) -> None:
        """Record another spelling of a new entity's name, so that checks find it in the text."""
        if id_ in self.persons:
            person = self.persons[id_]
            if all(item.text != name for item in person.names):
                self.persons[id_] = attrs.evolve(person, names=(*person.names, Name(name)))
        elif id_ in self.organizations:
            organization = self.organizations[id_]
            if all(item.text != name for item in organization.names):
                self.organizations[id_] = attrs.evolve(organization, names=(*organization.names, Name(name)))

    def _surname(self, name: str, column: str, notes: list[str]) -> str | None:
        """The one new person of the table whose last name a lone name is ("Nazarov" after "Rahim Nazarov").

        The row then needs a human: the note says whom the name was taken for and how to choose another.
        """
        parsed = _parsed(name)
        if len(parsed.tokens) != 1:
            return None
        found = self.surnames.get(parsed.tokens[0].key, set())
        if len(found) != 1:
            return None
        (id_,) = found
        notes.append(
            f"{column}: {name!r} taken for {id_}, the one person of the table with that name: write "
            f"{{{id_}}} after the name to confirm, or another id"
        )
        return id_

    def _group(self, label: str) -> str:
        id_ = f"group:{slug(label) or digest(label)}"
        if id_ not in self.groups:
            size: Estimate | None
            try:
                size = parse_estimate(label)
            except CentasiaClaimsError:
                size = None
            self.groups[id_] = Group(id=id_, label=label, size=size, note="created by import")
        return id_

    def _step_id(self, step: ChainStep, column: str, notes: list[str], refused: list[str]) -> str | None:
        if step.unnamed:
            return None
        if step.group:
            return self._group(step.text)
        if step.id is not None:
            entry = step.id.removeprefix("org:")
            if not self._known(step.id) and step.id.startswith("org:") and _alias_id(entry):
                return self._aliased(entry, step.text, slug(step.text) or digest(step.text))
            if not self._known(step.id):
                refused.append(
                    f"{column}: no entity {step.id!r} in the base corpus: correct the id or drop it"
                )
            return step.id
        return self.entity(step.text, column, notes)

    def _place(self, name: str) -> str:
        if self.base is None:
            return name
        best = resolve(self.base, name).best
        if best is not None and isinstance(self.base.entity(best.entity), Place):
            return best.entity
        return name


def _alias_id(entry: str) -> bool:
    try:
        return ALIASES.entry(entry).kind == "organization"
    except KeyError:
        return False
