"""The bundled alias table: organizations and places of the region, in the press forms of seven languages.

`ALIASES` is loaded once from ``names/data/aliases.json``. Each `AliasEntry` cites a checkable source (a
Wikidata item where its id is certain, otherwise the English Wikipedia article), lists its names by language,
the names it bore in a period (Leninabad until 1991) and the entry it is part of (ISKP of the Islamic State).

>>> from centasia_claims.names import ALIASES
>>> entry = ALIASES.entry("dushanbe")
>>> entry.wikidata, entry.names_in("de"), entry.former[0].text
('Q9365', ('Duschanbe',), 'Stalinabad')
>>> [e.id for e in ALIASES.lookup("ИГИЛ")], [e.id for e in ALIASES.lookup("GKNB")]
(['islamic-state'], ['tajik-scns', 'kyrgyz-gknb'])
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims.model import Period

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["ALIASES", "AliasEntry", "AliasName", "AliasTable", "exact_key", "load_aliases"]

_ARABIC_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
)
_NOT_WORD = re.compile(r"[\W_]+")


def exact_key(text: str) -> str:
    """A name as written, with case, accents, punctuation and Arabic letter variants set aside.

    Used to look a name up in the alias table before any folding, so that names the folding joins
    (Radio Ozodi, Radio Azadi) keep apart.

    >>> exact_key("RFE/RL’s Tajik Service"), exact_key("الأمم المتحدة") == exact_key("الامم المتحده")
    ('rfe rls tajik service', True)
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_ARABIC_LETTERS)
    bare = unicodedata.normalize("NFC", bare).replace("’", "").replace("'", "")
    return " ".join(_NOT_WORD.sub(" ", bare).split())


@attrs.frozen
class AliasName:
    """One name of an alias entry.

    Attributes:
        text: The name as the press writes it.
        lang: The language whose press uses it (``"en"``, ``"ru"``, ``"tg"``, ``"fa"``, ``"ar"``, ``"de"``,
            ``"fr"``, ``"uz"``), or ``None`` for a former name.
        valid: When the name was in use, for former names whose dates are certain.
        former: Whether it is a former name (Leninabad, ITAR-TASS).

    >>> leninabad = ALIASES.entry("khujand").former[0]
    >>> leninabad.text, str(leninabad.valid), leninabad.former
    ('Leninabad', '1936/1991', True)
    """

    text: str
    lang: str | None = None
    valid: Period | None = None
    former: bool = False


@attrs.frozen
class AliasEntry:
    """An organization or place with every name the table records for it.

    Attributes:
        id: The table's own id (``"iskp"``).
        kind: ``"organization"`` or ``"place"``.
        label: An English label.
        source: Where a reader can check it: a Wikidata item or an encyclopedia article.
        names: Current names, each with its language.
        former: Former names, with their period where it is certain.
        wikidata: The Wikidata id, where certain.
        part_of: The id of the entry it is a branch or service of.

    >>> ALIASES.entry("iskp").part_of, ALIASES.entry("radio-ozodi").part_of
    ('islamic-state', 'rferl')
    """

    id: str
    kind: str
    label: str
    source: str
    names: tuple[AliasName, ...]
    former: tuple[AliasName, ...] = ()
    wikidata: str | None = None
    part_of: str | None = None

    def names_in(self, lang: str) -> tuple[str, ...]:
        """The names the press of one language uses."""
        return tuple(name.text for name in self.names if name.lang == lang)

    @property
    def all_names(self) -> tuple[AliasName, ...]:
        """Current and former names."""
        return (*self.names, *self.former)


class AliasTable:
    """Alias entries, looked up by a name as written (exactly, then folded).

    >>> table = load_aliases()
    >>> len(table) > 50, table.entry("irpt").label
    (True, 'Islamic Renaissance Party of Tajikistan')
    """

    def __init__(self, entries: tuple[AliasEntry, ...]) -> None:
        self._entries = {entry.id: entry for entry in entries}
        self._exact: dict[str, list[str]] = {}
        for entry in entries:
            for name in entry.all_names:
                ids = self._exact.setdefault(exact_key(name.text), [])
                if entry.id not in ids:
                    ids.append(entry.id)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[AliasEntry]:
        return iter(self._entries.values())

    def entry(self, entry_id: str) -> AliasEntry:
        """The entry with this id (a `KeyError` names an unknown id)."""
        return self._entries[entry_id]

    def lookup(self, name: str) -> tuple[AliasEntry, ...]:
        """The entries that record ``name`` as written (case, accents and punctuation aside)."""
        return tuple(self._entries[entry_id] for entry_id in self._exact.get(exact_key(name), ()))

    def is_part_of(self, child: str, parent: str) -> bool:
        """Whether entry ``child`` is (transitively) part of entry ``parent``."""
        seen: set[str] = set()
        current: str | None = child
        while current is not None and current not in seen:
            seen.add(current)
            current = self._entries[current].part_of if current in self._entries else None
            if current == parent:
                return True
        return False


def _entry(raw: dict[str, Any]) -> AliasEntry:
    """One entry of the package data file (its shape is checked by tests/names/test_aliases.py)."""
    names = tuple(AliasName(text, lang) for lang, texts in raw["names"].items() for text in texts)
    former_raw: list[dict[str, str]] = raw.get("former", [])
    former = tuple(
        AliasName(item["text"], None, Period.parse(item["valid"]) if "valid" in item else None, former=True)
        for item in former_raw
    )
    return AliasEntry(
        id=str(raw["id"]),
        kind=str(raw["kind"]),
        label=str(raw["label"]),
        source=str(raw["source"]),
        names=tuple(dict.fromkeys(names)),
        former=former,
        wikidata=None if raw.get("wikidata") is None else str(raw["wikidata"]),
        part_of=None if raw.get("part_of") is None else str(raw["part_of"]),
    )


@functools.cache
def load_aliases() -> AliasTable:
    """The bundled table, read once from the package data.

    >>> load_aliases() is load_aliases()
    True
    """
    text = resources.files("centasia_claims.names").joinpath("data", "aliases.json").read_text("utf-8")
    raw = json.loads(text)
    return AliasTable(tuple(_entry(item) for item in raw["entries"]))


ALIASES = load_aliases()
"""The bundled alias table (see the module docstring)."""
