"""The entries a `NameIndex` files: every recorded name, mention, former full name and alias-table name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from centasia_claims.model import Period
from centasia_claims.names import _rules
from centasia_claims.names._aliases import ALIASES, AliasEntry
from centasia_claims.names._fold import merged_key
from centasia_claims.names._key import ParsedName, parse_name
from centasia_claims.names._label import acronym_reading

if TYPE_CHECKING:
    from centasia_claims.model import Entity, Name
    from centasia_claims.names._token import Token

__all__ = [
    "Entry",
    "acronym_key",
    "alias_entry",
    "deletions",
    "former_full_names",
    "kind_of",
    "latin_acronym",
    "merged_keys",
    "token_keys",
    "without_article",
]

_TYPO_MIN = 6
"""Keys shorter than this have no typo neighbours (`SLIP_MIN_LETTERS`, as in `compare_names`)."""
_DELETIONS_MAX = 24
"""Keys longer than this get no deletion neighbourhood, so indexing stays linear in a name's length."""
_ACRONYM_MAX = 10


@attrs.frozen
class Entry:
    entity: str
    display_name: str
    kind: str
    text: str
    via: str
    valid: Period | None
    parsed: ParsedName


def token_keys(parsed: ParsedName) -> tuple[str, ...]:
    """The blocking keys of a name: the key of each token that is not an initial, once each."""
    return tuple(dict.fromkeys(token.key for token in parsed.tokens if not token.initial))


_MERGING = tuple(index for index, reading in enumerate(_rules.READINGS) if reading.merges)


def merged_keys(token: Token) -> tuple[str, ...]:
    """A part's keys with the letters a transcription writes alike merged (`Reading.merges`).

    Only keys that differ from the part's own are given: two parts that `compare_names` finds equal so
    (Ҷураев and German Dshurajew) share one.
    """
    if token.initial or token.arabic:
        return ()
    latin = token.latin
    if token.reading is None and "s" not in latin and "z" not in latin and "dy" not in latin:
        return ()  # no letter the merges rewrite (they read ...zh, dsh, dy, ts, s, z), so no other key
    found = dict.fromkeys(merged_key(latin, token.reading, merging)[0] for merging in _MERGING)
    found.pop(token.key, None)
    return tuple(found)


def deletions(key: str) -> tuple[str, ...]:
    """``key`` with one letter (not the first) left out, for keys long enough to have typos."""
    if not _TYPO_MIN <= len(key) <= _DELETIONS_MAX:
        return ()
    return tuple(key[:index] + key[index + 1 :] for index in range(1, len(key)))


def kind_of(entity: Entity) -> str:
    return type(entity).__name__.lower()


def acronym_key(text: str) -> str | None:
    """The exact-match key of an acronym ("ISIS-K" -> "ISISK"), or ``None`` when ``text`` is not one.

    An acronym is one word of 2 to 10 letters and digits, written in capitals.

    >>> acronym_key("ISIS-K"), acronym_key("RFE/RL"), acronym_key("Daesh"), acronym_key("IS")
    ('ISISK', 'RFERL', None, 'IS')

    A Cyrillic acronym keeps its letters; `NameIndex` also files it under its Latin reading (ПИВТ, PIVT).
    """
    stripped = text.strip()
    if not stripped or any(char.isspace() for char in stripped):
        return None
    key = "".join(char for char in stripped if char.isalnum())
    if not 2 <= len(key) <= _ACRONYM_MAX or not any(char.isalpha() for char in key) or key != key.upper():
        return None
    return key


def latin_acronym(acronym: str) -> str:
    """A Cyrillic acronym in Latin letters, one per letter (ПИВТ -> PIVT)."""
    return acronym_reading(acronym) or acronym


def former_full_names(entity: str, display: str, names: tuple[Name, ...]) -> list[Entry]:
    """A person's one-word former surnames filed with the given names of the first name."""
    first = parse_name(names[0].text)
    if len(first.tokens) < 2:
        return []
    givens = " ".join(token.text for token in first.tokens[:-1])
    found = []
    for name in names[1:]:
        if name.valid is None or len(parse_name(name.text).tokens) != 1:
            continue
        text = f"{givens} {name.text}"
        found.append(Entry(entity, display, "person", text, name.kind.value, name.valid, parse_name(text)))
    return found


def alias_entry(entity: Entity) -> AliasEntry | None:
    """The alias-table entry an organization or place is: by Wikidata id, else by its names."""
    wikidata = getattr(entity, "wikidata", None)
    if wikidata is not None:
        for entry in ALIASES:
            if entry.wikidata == wikidata:
                return entry
    for name in entity.names:
        found = ALIASES.lookup(name.text)
        if len(found) == 1:
            return found[0]
    return None


def without_article(parsed: ParsedName) -> tuple[str, ...]:
    """Keys of tokens that a particle join gave the Arabic article (al Baghdadi), without it (Baghdadi).

    >>> without_article(parse_name("Abu Bakr al-Baghdadi"))
    ('bogdodi',)
    """
    return tuple(
        token.key[2:]
        for token in parsed.tokens
        if token.text[:3].lower() in ("al ", "el ") and token.key[:2] in ("ol", "il") and len(token.key) > 4
    )
