"""Whether a passage names an entity in a form the corpus does not record: a case ending, a surname alone.

A Russian sentence names "Рамазон Рахимзода" as "министра Рамазона Рахимзоды" or "министр Рахимзода"; a Tajik
one as "Раҳимзода". The misattribution check (`check_misattribution`) asks this before it says a claimant is
not named where its figure is written. For a person, the words of the passage that share a blocking key
(`blocking_keys`) with one of the person's names are the only places looked at; a body is looked for from
every capitalized word, as its names in another language share no key ("Министерства внутренних дел" and
"Ministry of Internal Affairs"). Around each place, every run of words up to the length of the longest name
is resolved in the corpus (`resolve`, which weighs the entity's names together: "МВД Кыргызстана" is not the
Tajik ministry, though "МВД" alone may be); the entity among the candidates names it. The work is linear in
the passage.

>>> from centasia_claims import load_seed_corpus
>>> corpus = load_seed_corpus()
>>> names_entity(corpus, "person:gulmurod-halimov", "По словам полковника Халимова, ...")
True
>>> names_entity(corpus, "person:gulmurod-halimov", "По словам министра Рахимзоды, ...")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from centasia_claims.model import Organization, Person
from centasia_claims.names import blocking_keys, resolve

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import EntityId

__all__ = ["named_agents", "names_entity"]

_WORD: Final = re.compile(r"\w[\w'\u2019-]*")


def _names(corpus: Corpus, entity: Person | Organization) -> tuple[str, ...]:
    """The entity's recorded names and the names its mentions give, once each."""
    found = {name.text: None for name in entity.names}
    found.update({mention.name: None for mention in corpus.mentions_of(entity.id)})
    return tuple(found)


def _runs(passage: str) -> list[list[tuple[int, int]]]:
    """The runs of adjacent capitalized words (a person's name and its title), as word spans."""
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


def _phrases(passage: str, longest: int) -> list[list[tuple[int, int]]]:
    """For an organization: from each capitalized word, the words after it, as many as its longest name.

    A body's name is capitalized at its first word only in Russian and Tajik ("Министерства внутренних дел").
    A phrase never stops before a capitalized word, which qualifies it ("МВД Кыргызстана" is not "МВД").
    """
    words = [match.span() for match in _WORD.finditer(passage) if match[0][0].isalpha()]
    capitalized = [passage[start].isupper() for start, _ in words]
    found: list[list[tuple[int, int]]] = []
    for index, is_capitalized in enumerate(capitalized):
        if not is_capitalized:
            continue
        ends = [
            last
            for last in range(index, min(len(words), index + longest))
            if last + 1 == len(words) or not capitalized[last + 1]
        ]
        found.extend(words[index : last + 1] for last in ends)
    return found


def _spans(run: list[tuple[int, int]], index: int, longest: int, shortest: int) -> list[tuple[int, int]]:
    """The runs of words of ``run`` that hold its word ``index``, from ``shortest`` to ``longest`` words."""
    return [
        (run[first][0], run[last][1])
        for first in range(max(0, index - longest + 1), index + 1)
        for last in range(max(index, first + shortest - 1), min(len(run), first + longest))
    ]


def names_entity(corpus: Corpus, entity: EntityId, passage: str) -> bool:
    """Whether ``passage`` names the person or organization ``entity`` of ``corpus``, in any recorded form.

    A person's names are looked for in the runs of adjacent capitalized words; a word alone is compared only
    when it stands alone ("министр Рахимзода"), so that one part of another name ("Бехруза Гулмурода", his
    son) does not name him. An organization's are looked for from each capitalized word on ("Министерства
    внутренних дел"). Only persons and organizations are looked for; any other entity is never named this way.
    """
    found = corpus.entity(entity)
    if not isinstance(found, Person | Organization):
        return False
    names = _names(corpus, found)
    longest = max((len(name.split()) for name in names), default=0)
    if not isinstance(found, Person):
        return any(
            _resolves_to(corpus, passage[phrase[0][0] : phrase[-1][1]], entity)
            for phrase in _phrases(passage, longest)
        )
    keys = {key for name in names if any(c.isalpha() for c in name) for key in blocking_keys(name)}
    for run in _runs(passage):
        shortest = 1 if len(run) == 1 else 2
        for index, (start, end) in enumerate(run):
            if not keys.intersection(blocking_keys(passage[start:end])):
                continue
            for first, last in _spans(run, index, longest, shortest):
                if _resolves_to(corpus, passage[first:last], entity):
                    return True
    return False


def _resolves_to(corpus: Corpus, phrase: str, entity: EntityId) -> bool:
    """Whether the entity is one of those ``phrase`` may refer to in the corpus (`resolve`)."""
    return any(candidate.entity == entity for candidate in resolve(corpus, phrase).candidates)


def named_agents(corpus: Corpus, passage: str, *, longest: int = 6) -> dict[str, EntityId]:
    """The persons and bodies ``passage`` names in a form the corpus may not record, by the words naming them.

    Each run of two or more adjacent capitalized words ("Рустама Азизова", a name in the genitive) that
    resolves in the corpus (`resolve`) to a person names that person; from each capitalized word, the
    phrases of up to ``longest`` words ("Международной кризисной группы") that resolve to an organization
    name it. A lone capitalized word is taken only as the start of a body's name: a surname alone may be
    anyone's. The work is linear in the passage (at most ``longest`` resolutions a capitalized word).

    >>> from centasia_claims import load_seed_corpus
    >>> named_agents(load_seed_corpus(), "По словам полковника Гулмурода Халимова, ...")
    {'Гулмурода Халимова': 'person:gulmurod-halimov'}
    """
    found: dict[str, EntityId] = {}
    for run in _runs(passage):
        if len(run) < 2:
            continue
        words = passage[run[0][0] : run[-1][1]]
        best = resolve(corpus, words).best
        if best is not None and isinstance(corpus.entity(best.entity), Person):
            found[words] = best.entity
    starts: dict[int, list[str]] = {}  # from each capitalized word, its phrases, the longest first
    for phrase in _phrases(passage, longest):
        starts.setdefault(phrase[0][0], []).insert(0, passage[phrase[0][0] : phrase[-1][1]])
    for phrases in starts.values():
        for words in phrases:  # the longest phrase that names a body, and no shorter part of it
            best = resolve(corpus, words).best
            if best is not None and isinstance(corpus.entity(best.entity), Organization):
                found.setdefault(words, best.entity)
                break
    return found
