"""Scenario corpora: a few sentences, each a dated source with one claim, said by a named body.

The text is made up for the tests and speaks of no real body. Each `Said` is one sentence of one document;
its source spans the sentence, is published on ``published`` by ``org:outlet``, and its claim is attributed
to ``by`` (who said it) and then to the outlet. `scenario` builds the corpus, integrity-checked.
"""

from __future__ import annotations

import attrs

from centasia_claims import (
    AttributionStep,
    Claim,
    Corpus,
    Estimate,
    Measure,
    Name,
    Organization,
    PartialDate,
    Period,
    Person,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.model import ClaimId, Document, EntityId, MeasureId, Scope, SourceId, Stance

SCENARIO_DOCUMENT = "scenario.txt"
OUTLET = "org:outlet"


@attrs.frozen(kw_only=True)
class Said:
    """One sentence and the claim it holds."""

    claim: str
    text: str
    published: str | None
    by: str
    measure: Measure
    value: Estimate | None = None
    term: str | None = None
    about: tuple[str, ...] = ()
    period: str | None = None
    scope: Scope | None = None
    stance: Stance = Stance.ASSERTS
    occasion: str | None = None


def _name(agent: str) -> str:
    return agent.split(":", 1)[1].replace("-", " ").title()


def scenario(measures: tuple[Measure, ...], *said: Said, persons: tuple[Person, ...] = ()) -> Corpus:
    """A corpus of one document holding every sentence said, in order, with its sources and claims."""
    text = ""
    sources, claims = [], []
    for index, item in enumerate(said):
        start = len(text)
        text += item.text + "\n\n"
        span = TextSpan(start, start + len(item.text))
        source_id = SourceId(f"source:s{index}")
        sources.append(
            Source(
                id=source_id,
                title=f"Report {index}",
                document=SCENARIO_DOCUMENT,
                span=span,
                published=None if item.published is None else PartialDate.parse(item.published),
                outlet=EntityId(OUTLET),
            )
        )
        claims.append(
            Claim(
                id=ClaimId(item.claim),
                source=source_id,
                quote=TextQuote(exact=item.text, start=span.start, end=span.end),
                statement=item.text,
                about=tuple(EntityId(entity) for entity in item.about),
                measure=MeasureId(item.measure.id),
                value=item.value,
                period=None if item.period is None else Period.parse(item.period),
                occasion=item.occasion,
                attribution=(
                    AttributionStep(agent=EntityId(item.by), text=_name(item.by), verb=Verb.SAID),
                    AttributionStep(agent=EntityId(OUTLET), text="Outlet", verb=Verb.PUBLISHED),
                ),
                stance=item.stance,
                scope=item.scope,
                term=item.term,
            )
        )
    agents = sorted({item.by for item in said} | {OUTLET})
    return Corpus(
        documents=(Document(SCENARIO_DOCUMENT, text),),
        sources=tuple(sources),
        persons=persons,
        organizations=tuple(
            Organization(id=EntityId(agent), names=(Name(_name(agent)),), kind="body") for agent in agents
        ),
        measures=measures,
        claims=tuple(claims),
    )
