"""Model objects with the defaults the tests share: sources, measures, attribution chains, claims, persons."""

from __future__ import annotations

from typing import Any

from centasia_claims import (
    AttributionStep,
    Claim,
    Estimate,
    Measure,
    MeasureKind,
    Name,
    PartialDate,
    Period,
    Person,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.model import ClaimId, EntityId, MeasureId, SourceId
from tests.builders.estimates import PEOPLE

MEASURE = "measure:m"
"""The id of the measure of generated figures (`measure`)."""

NAMES: dict[str, str] = {
    "org:aljazeera": "Al Jazeera",
    "org:mashreq": "Mashreq",
    "org:modern-diplomacy": "Modern Diplomacy",
    "org:opendemocracy": "openDemocracy",
    "org:radio-ozodi": "Radio Ozodi",
    "org:rferl": "RFE/RL",
    "org:tajik-embassy-ankara": "the Tajik embassy in Ankara",
    "org:the-diplomat": "The Diplomat",
    "org:turkish-media": "Turkish media",
}
"""How the seeds name the claimants and outlets of the cases; any other agent is named by its id."""


def measure(
    kind: MeasureKind = MeasureKind.SNAPSHOT,
    *,
    id_: str = MEASURE,
    label: str = "a measure",
    unit: str = PEOPLE,
) -> Measure:
    """A measure of ``kind``; by default `MEASURE`, the measure of generated figures."""
    return Measure(id=MeasureId(id_), label=label, unit=unit, kind=kind)


def source(id_: str = "source:x", published: str | None = None, **changes: Any) -> Source:
    """A source titled by its id, one character of ``doc.txt``, with a publication date (``None``: none)."""
    fields: dict[str, Any] = {
        "id": SourceId(id_),
        "title": id_,
        "document": "doc.txt",
        "span": TextSpan(0, 1),
        "published": None if published is None else PartialDate.parse(published),
    }
    return Source(**{**fields, **changes})


def step(agent: str | None, text: str, verb: Verb = Verb.SAID) -> AttributionStep:
    """One attribution step: ``agent`` (``None``: unnamed) passes the claim on as ``text`` names it."""
    return AttributionStep(agent=None if agent is None else EntityId(agent), text=text, verb=verb)


def steps(*agents: str | None, unnamed: str = "officials") -> tuple[AttributionStep, ...]:
    """An attribution chain: the claimant first (``unnamed`` when the text names none), then the outlets."""
    return tuple(
        step(
            agent,
            unnamed if agent is None else NAMES.get(agent, agent),
            Verb.SAID if index == 0 else Verb.REPORTED,
        )
        for index, agent in enumerate(agents)
    )


def claim(
    id_: str,
    value: Estimate | None = None,
    measure: Measure | None = None,
    *,
    source: str = "source:x",
    quote: str | TextQuote | None = None,
    statement: str | None = None,
    period: str | Period | None = None,
    agents: tuple[str | None, ...] = (),
    unnamed: str = "officials",
    **changes: Any,
) -> Claim:
    """A claim read in ``source``, giving ``value`` for ``measure`` as the chain of ``agents`` passed it on.

    The quote (at offset 0 unless a `TextQuote` is given) is the figure's phrase unless given, and the
    statement is the phrase and the measure's label; other fields of `Claim` are passed in ``changes``.
    """
    if not isinstance(quote, TextQuote):
        exact = quote or ("x" if value is None else value.phrase)
        quote = TextQuote(exact=exact, start=0, end=len(exact))
    if statement is None:
        statement = "x" if value is None or measure is None else f"{value.phrase} ({measure.label})"
    fields: dict[str, Any] = {
        "id": ClaimId(id_),
        "source": SourceId(source),
        "quote": quote,
        "statement": statement,
        "measure": None if measure is None else measure.id,
        "value": value,
        "period": Period.parse(period) if isinstance(period, str) else period,
        "attribution": steps(*agents, unnamed=unnamed),
    }
    return Claim(**{**fields, **changes})


def person(id_: str, *names: str | Name) -> Person:
    """A person with these names, the first displayed."""
    return Person(id=EntityId(id_), names=tuple(Name(n) if isinstance(n, str) else n for n in names))
