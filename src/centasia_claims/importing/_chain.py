"""Reading the ``claimant`` cell: an attribution chain written ``speaker > relay > outlet``.

Each step is a name as written, optionally followed by ``{id}`` (to choose an entity of the corpus; empty
braces ``{}`` for a speaker the text leaves unnamed, "experts {}") and by a verb in brackets (a `Verb` value,
spaces allowed: ``[according to]``, or a speech verb of `SPEECH_VERBS` as the text writes it, in English,
Russian or Tajik: ``[announced]``, ``[заявил]``, ``[иброз дошт]``). A step written ``group: four suspects``
is a group of unnamed people. Without a verb, the last step published and the others said.

>>> chain = parse_chain("Interior Ministry [told] > RFE/RL [reported] > ODR")
>>> [(step.text, step.verb.value) for step in chain]
[('Interior Ministry', 'told'), ('RFE/RL', 'reported'), ('ODR', 'published')]
"""

from __future__ import annotations

import re

import attrs

from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.model import Verb, speech_verb

__all__ = ["ChainStep", "ChainSyntaxError", "parse_chain"]

_STEP = re.compile(r"^(?P<text>[^\[\]{}]*?)\s*(?:\{(?P<id>[^{}]*)\})?\s*(?:\[(?P<verb>[^\[\]]*)\])?\s*$")
_GROUP = "group:"


class ChainSyntaxError(CentasiaClaimsError, ValueError):
    """A step of a chain could not be read; the message says which and what to write.

    Internal to the importer, which turns it into a line of its report (never raised to a caller).
    """


@attrs.frozen
class ChainStep:
    """One step of a written chain.

    Attributes:
        text: The name as written (for a group, its label).
        verb: The verb given, or the default.
        id: The entity id given in braces, if any.
        group: Whether the step is a group of unnamed people.
        unnamed: Whether the text leaves the speaker unnamed (empty braces): the step has no agent.

    >>> parse_chain("group: his relatives [said] > RFE/RL")[0].group
    True
    """

    text: str
    verb: Verb
    id: str | None = None
    group: bool = False
    unnamed: bool = False


def _verb(word: str, step: str) -> Verb:
    key = "_".join(word.lower().split())
    try:
        return Verb(key)
    except ValueError:
        found = speech_verb(word)
        if found is not None:
            return found
        verbs = ", ".join(verb.value.replace("_", " ") for verb in Verb)
        raise ChainSyntaxError(
            f"unknown verb [{word}] in {step!r}: use one of {verbs}, or a speech verb of SPEECH_VERBS "
            "(English, Russian or Tajik)"
        ) from None


def parse_chain(text: str) -> tuple[ChainStep, ...]:
    """The steps of a chain, first speaker first.

    Raises:
        ChainSyntaxError: A step is empty or malformed, or its verb is not a `Verb`.

    >>> parse_chain("Halimov {person:gulmurod-halimov} [said] > RFE/RL")[0].id
    'person:gulmurod-halimov'
    """
    parts = [part.strip() for part in text.split(">")]
    steps = []
    for index, part in enumerate(parts):
        match = _STEP.match(part)
        if match is None or not match["text"].strip():
            raise ChainSyntaxError(
                f"step {index + 1} {part!r} is not 'name [verb]': write each step as a name, optionally "
                "{id}, optionally a verb in brackets, and separate the steps with >"
            )
        name = " ".join(match["text"].split())
        group = name.lower().startswith(_GROUP)
        if group:
            name = name[len(_GROUP) :].strip()
            if not name:
                raise ChainSyntaxError(
                    f"step {index + 1} {part!r} names no group: write 'group: his relatives'"
                )
        last = index == len(parts) - 1
        verb = _verb(match["verb"], part) if match["verb"] else (Verb.PUBLISHED if last else Verb.SAID)
        id_ = match["id"].strip() if match["id"] is not None else None
        steps.append(ChainStep(name, verb, id_ or None, group=group, unnamed=id_ == ""))
    return tuple(steps)
