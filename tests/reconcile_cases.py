"""Synthetic claims modelled on the seed documents, shared by the reconcile and CLI tests.

The figures, hedges and claimants are those of the seeds; quotes are the figures' own phrases, and sources
and dates are set so that each figure stands where the seeds place it.
"""

from __future__ import annotations

from centasia_claims import (
    AttributionStep,
    Claim,
    Corpus,
    Estimate,
    Measure,
    MeasureKind,
    Name,
    Organization,
    PartialDate,
    Period,
    Person,
    Qualifier,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.model import ClaimId, Document, EntityId, MeasureId, SourceId

TAJIKS: Measure = Measure(
    id=MeasureId("measure:tajiks-joined-is-syria-iraq"),
    label="Tajik nationals who went to Syria and Iraq to join IS",
    unit="people",
    kind=MeasureKind.CUMULATIVE,
)
GAZIANTEP: Measure = Measure(
    id=MeasureId("measure:gaziantep-tajiks-arrested"),
    label="Tajik citizens among those arrested in Gaziantep",
    unit="people",
    kind=MeasureKind.EVENT,
)
GAZIANTEP_ARRESTS: Measure = Measure(
    id=MeasureId("measure:gaziantep-arrested"),
    label="People arrested in Gaziantep",
    unit="people",
    kind=MeasureKind.EVENT,
)
TOLL: Measure = Measure(
    id=MeasureId("measure:tajik-civil-war-deaths"),
    label="Deaths in the Tajik civil war",
    unit="people",
    kind=MeasureKind.EVENT,
)
ISKP: Measure = Measure(id=MeasureId("measure:iskp-soldiers"), label="ISKP soldiers", unit="people")
ISKP_TAJIKS: Measure = Measure(
    id=MeasureId("measure:iskp-tajiks"), label="Tajiks among ISKP soldiers", unit="people"
)


def estimate(
    phrase: str,
    qualifier: Qualifier,
    *,
    low: float | None = None,
    high: float | None = None,
    point: float | None = None,
    unit: str = "people",
) -> Estimate:
    """An estimate; an exact one needs only ``point``."""
    if qualifier is Qualifier.EXACT:
        low = high = point
    return Estimate(phrase=phrase, qualifier=qualifier, unit=unit, low=low, high=high, point=point)


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
"""How the seeds name the claimants and outlets of the cases."""


def half_of(whole: str) -> Estimate:
    """The share "half" of the figure of the claim ``whole``."""
    return Estimate(
        phrase="half",
        qualifier=Qualifier.EXACT,
        unit="percent",
        low=50,
        high=50,
        point=50,
        share_of=ClaimId(whole),
    )


def steps(*agents: str | None, unnamed: str = "officials") -> tuple[AttributionStep, ...]:
    """An attribution chain: the claimant first (``unnamed`` when the text names none), then the outlets."""
    return tuple(
        AttributionStep(
            agent=None if agent is None else EntityId(agent),
            text=unnamed if agent is None else NAMES.get(agent, agent),
            verb=Verb.SAID if index == 0 else Verb.REPORTED,
        )
        for index, agent in enumerate(agents)
    )


def claim(
    id_: str,
    value: Estimate,
    measure: Measure,
    *,
    source: str = "source:x",
    period: str | None = None,
    agents: tuple[str | None, ...] = ("org:x",),
    unnamed: str = "officials",
    quote: str | None = None,
) -> Claim:
    """A claim giving ``value`` for ``measure``; the quote is the phrase unless given."""
    exact = quote or value.phrase
    return Claim(
        id=ClaimId(id_),
        source=SourceId(source),
        quote=TextQuote(exact=exact, start=0, end=len(exact)),
        statement=f"{value.phrase} ({measure.label})",
        measure=measure.id,
        value=value,
        period=None if period is None else Period.parse(period),
        attribution=steps(*agents, unnamed=unnamed),
    )


def source(id_: str, published: str | None = None) -> Source:
    """A source with a publication date (``None``: the text gives none)."""
    return Source(
        id=SourceId(id_),
        title=id_,
        document="doc.txt",
        span=TextSpan(0, 1),
        published=None if published is None else PartialDate.parse(published),
    )


GOVERNMENT = EntityId("org:tajik-government")
MINISTRY = EntityId("org:tajik-interior-ministry")
MINISTER = EntityId("person:ramazon-rahimzoda")

SOURCES: dict[str, Source] = {
    item.id: item
    for item in (
        source("source:diplomat-2015", "2015-06-23"),
        source("source:rferl-2016", "2016-01-26"),
        source("source:modern-diplomacy", "2017-09"),
        source("source:odr", "2017"),
        source("source:mashreq", "2016"),
        source("source:aljazeera", "2024-04-25"),
    )
}

TAJIK_SERIES: tuple[Claim, ...] = (
    claim(
        "claim:about-300",
        estimate("about 300", Qualifier.APPROXIMATE, low=270, high=330, point=300),
        TAJIKS,
        source="source:diplomat-2015",
        period="2014/2015",
        agents=(GOVERNMENT, "org:the-diplomat"),
    ),
    claim(
        "claim:up-to-1000",
        estimate("up to 1,000", Qualifier.AT_MOST, high=1000),
        TAJIKS,
        source="source:rferl-2016",
        agents=(GOVERNMENT, "org:rferl"),
    ),
    claim(
        "claim:1094",
        estimate("1,094", Qualifier.EXACT, point=1094),
        TAJIKS,
        source="source:modern-diplomacy",
        period="2016-12",
        agents=(None, "org:modern-diplomacy"),
        unnamed="official figures",
    ),
    claim(
        "claim:around-1100",
        estimate("around 1,100", Qualifier.APPROXIMATE, low=990, high=1210, point=1100),
        TAJIKS,
        source="source:modern-diplomacy",
        agents=(MINISTRY, "org:modern-diplomacy"),
        quote="Tajik's Interior Ministry said in January that around 1,100 of its citizens",
    ),
    claim(
        "claim:1141",
        estimate("1,141", Qualifier.EXACT, point=1141),
        TAJIKS,
        source="source:odr",
        agents=(MINISTRY, "org:rferl", "org:opendemocracy"),
    ),
    claim(
        "claim:over-2000",
        estimate("over 2,000", Qualifier.MORE_THAN, low=2000),
        TAJIKS,
        source="source:mashreq",
        period="2014/2016",
        agents=(None, "org:mashreq"),
        unnamed="official statistics",
    ),
    claim(
        "claim:around-2000",
        estimate("around 2,000", Qualifier.APPROXIMATE, low=1800, high=2200, point=2000),
        TAJIKS,
        source="source:aljazeera",
        period="2014/2019",
        agents=("org:aljazeera",),
    ),
)
"""The count of Tajiks who went to Syria and Iraq, as the seeds give it."""

ARRESTED_25 = claim(
    "claim:gaziantep-25-arrested",
    estimate("25", Qualifier.EXACT, point=25),
    GAZIANTEP_ARRESTS,
    source="source:diplomat-2015",
    period="2015-06-21",
    agents=("org:turkish-media", "org:the-diplomat"),
)
GAZIANTEP_CLAIMS: tuple[Claim, ...] = (
    claim(
        "claim:gaziantep-mainly-tajik",
        Estimate(
            phrase="mainly",
            qualifier=Qualifier.VAGUE,
            unit="percent",
            low=50,
            low_inclusive=False,
            share_of=ClaimId("claim:gaziantep-25-arrested"),
        ),
        GAZIANTEP,
        source="source:diplomat-2015",
        period="2015-06-21",
        agents=("org:turkish-media", "org:the-diplomat"),
    ),
    claim(
        "claim:gaziantep-one-tajik",
        estimate("only one", Qualifier.EXACT, point=1),
        GAZIANTEP,
        source="source:diplomat-2015",
        period="2015-06-21",
        agents=("org:tajik-embassy-ankara", "org:radio-ozodi", "org:the-diplomat"),
    ),
)
"""Tajiks among the Gaziantep arrests: "mainly" Tajik (of 25) per Turkish media, one per the embassy."""

TOLL_CLAIMS: tuple[Claim, ...] = (
    claim(
        "claim:toll-157000",
        estimate("as many as 157,000", Qualifier.AT_MOST, high=157_000),
        TOLL,
        source="source:odr",
        period="1992/1997",
        agents=("org:opendemocracy",),
    ),
    claim(
        "claim:toll-100000",
        estimate("100,000", Qualifier.EXACT, point=100_000),
        TOLL,
        source="source:modern-diplomacy",
        period="1992/1997",
        agents=("org:modern-diplomacy",),
    ),
)
"""The civil-war toll: as many as 157,000 deaths, or 100,000 lives."""


def corpus() -> Corpus:
    """An in-memory corpus holding the cases, with the Tajik state's chain of command and the sources."""
    organizations = [
        Organization(id=GOVERNMENT, names=(Name("Tajik government"),)),
        Organization(
            id=MINISTRY,
            names=(Name("Tajik Interior Ministry"),),
            relations=(Relation(RelationKind.PART_OF, GOVERNMENT),),
        ),
    ]
    persons = [
        Person(
            id=MINISTER,
            names=(Name("Ramazon Rahimzoda"),),
            relations=(Relation(RelationKind.OFFICIAL_OF, MINISTRY),),
        )
    ]
    claims = (*TAJIK_SERIES, ARRESTED_25, *GAZIANTEP_CLAIMS, *TOLL_CLAIMS)
    known = {GOVERNMENT, MINISTRY, MINISTER}
    others = sorted(
        {
            step.agent
            for item in claims
            for step in item.attribution
            if step.agent is not None and step.agent not in known
        }
    )
    organizations += [Organization(id=agent, names=(Name(NAMES.get(agent, agent)),)) for agent in others]
    return Corpus(
        documents=(Document("doc.txt", "x"),),
        sources=tuple(SOURCES.values()),
        organizations=tuple(organizations),
        persons=tuple(persons),
        measures=(TAJIKS, GAZIANTEP, GAZIANTEP_ARRESTS, TOLL, ISKP, ISKP_TAJIKS),
        claims=claims,
    )
