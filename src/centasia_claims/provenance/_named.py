"""Whether a passage names an entity in a form the corpus does not record: a case ending, a surname alone.

A Russian sentence names "Рамазон Рахимзода" as "министра Рамазона Рахимзоды" or "министр Рахимзода"; a Tajik
one as "Раҳимзода". The misattribution check (`check_misattribution`) asks this before it says a claimant is
not named where its figure is written. Words of the passage that share a blocking key (`blocking_keys`) with
one of the entity's names are the only places looked at; around each, every run of words up to the length of
its longest name is compared with each name by `compare_names`, and a match (`NameMatch.is_match`) names the
entity. The work is linear in the passage.

>>> from centasia_claims import load_seed_corpus
>>> corpus = load_seed_corpus()
>>> names_entity(corpus, "person:gulmurod-halimov", "По словам полковника Халимова, ...")
True
>>> names_entity(corpus, "person:gulmurod-halimov", "По словам министра Рахимзоды, ...")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Literal

from centasia_claims.model import Organization, Person
from centasia_claims.names import blocking_keys, compare_names

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import EntityId

__all__ = ["names_entity"]

_WORD: Final = re.compile(r"\w[\w'\u2019-]*")


def _names(corpus: Corpus, entity: Person | Organization) -> tuple[str, ...]:
    """The entity's recorded names and the names its mentions give, once each."""
    found = {name.text: None for name in entity.names}
    found.update({mention.name: None for mention in corpus.mentions_of(entity.id)})
    return tuple(found)


def _runs(passage: str) -> list[list[tuple[int, int]]]:
    """The runs of adjacent capitalized words (a name and what is written with it), as word spans."""
    runs: list[list[tuple[int, int]]] = []
    previous: int | None = None  # where the capitalized word before ends
    for match in _WORD.finditer(passage):
        if not match[0][0].isupper():
            previous = None
        elif previous is not None and not passage[previous : match.start()].strip():
            runs[-1].append(match.span())
            previous = match.end()
        else:
            runs.append([match.span()])
            previous = match.end()
    return runs


def names_entity(corpus: Corpus, entity: EntityId, passage: str) -> bool:
    """Whether ``passage`` names the person or organization ``entity`` of ``corpus``, in any recorded form.

    Names are looked for in the runs of adjacent capitalized words; a word alone is compared only when it
    stands alone ("министр Рахимзода"), so that one part of another name ("Бехруза Гулмурода", his son) does
    not name him. Only persons and organizations are looked for; any other entity is never named this way.
    """
    found = corpus.entity(entity)
    if not isinstance(found, Person | Organization):
        return False
    kind: Literal["person", "organization"] = "person" if isinstance(found, Person) else "organization"
    names = _names(corpus, found)
    keys = {key for name in names if any(c.isalpha() for c in name) for key in blocking_keys(name)}
    longest = max((len(name.split()) for name in names), default=0)
    for run in _runs(passage):
        shortest = 1 if len(run) == 1 else 2
        for index, (start, end) in enumerate(run):
            if not keys.intersection(blocking_keys(passage[start:end])):
                continue
            for first in range(max(0, index - longest + 1), index + 1):
                for last in range(max(index, first + shortest - 1), min(len(run), first + longest)):
                    text = passage[run[first][0] : run[last][1]]
                    if any(compare_names(text, name, kind=kind).is_match for name in names):
                        return True
    return False
