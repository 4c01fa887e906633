"""Synthetic claims modelled on the seed documents, shared by the reconciliation and CLI tests, and figures.

The figures, hedges and claimants are those of the seeds; quotes are the figures' own phrases, and sources
and dates are set so that each figure stands where the seeds place it. `figure` builds a figure as
`reconcile` reads one, to judge pairs without claims.
"""

from __future__ import annotations

from centasia_claims import (
    Claim,
    Corpus,
    MeasureKind,
    Name,
    Organization,
    Period,
    Person,
    Relation,
    RelationKind,
    Source,
)
from centasia_claims.model import ClaimId, Document, EntityId, SourceId
from centasia_claims.reconciliation import Dating, Figure, Interval, Placement
from tests.builders.estimates import PEOPLE, PERCENT, approximate, at_most, exact, more_than, share_of, vague
from tests.builders.model import NAMES, claim, measure, source

TAJIKS = measure(
    MeasureKind.CUMULATIVE,
    id_="measure:tajiks-joined-is-syria-iraq",
    label="Tajik nationals who went to Syria and Iraq to join IS",
)
GAZIANTEP = measure(
    MeasureKind.EVENT,
    id_="measure:gaziantep-tajiks-arrested",
    label="Tajik citizens among those arrested in Gaziantep",
)
GAZIANTEP_ARRESTS = measure(
    MeasureKind.EVENT, id_="measure:gaziantep-arrested", label="People arrested in Gaziantep"
)
TOLL = measure(MeasureKind.EVENT, id_="measure:tajik-civil-war-deaths", label="Deaths in the Tajik civil war")
ISKP = measure(id_="measure:iskp-soldiers", label="ISKP soldiers")
ISKP_TAJIKS = measure(id_="measure:iskp-tajiks", label="Tajiks among ISKP soldiers")

GOVERNMENT = EntityId("org:tajik-government")
MINISTRY = EntityId("org:tajik-interior-ministry")
MINISTER = EntityId("person:ramazon-rahimzoda")

SEED_SOURCES: dict[str, Source] = {
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
"""The sources of the cases, dated as the seeds are."""

TAJIK_SERIES: tuple[Claim, ...] = (
    claim(
        "claim:about-300",
        approximate("about 300", 270, 330, 300, PEOPLE),
        TAJIKS,
        source="source:diplomat-2015",
        period="2014/2015",
        agents=(GOVERNMENT, "org:the-diplomat"),
    ),
    claim(
        "claim:up-to-1000",
        at_most("up to 1,000", 1000, PEOPLE),
        TAJIKS,
        source="source:rferl-2016",
        agents=(GOVERNMENT, "org:rferl"),
    ),
    claim(
        "claim:1094",
        exact("1,094", 1094, PEOPLE),
        TAJIKS,
        source="source:modern-diplomacy",
        period="2016-12",
        agents=(None, "org:modern-diplomacy"),
        unnamed="official figures",
    ),
    claim(
        "claim:around-1100",
        approximate("around 1,100", 990, 1210, 1100, PEOPLE),
        TAJIKS,
        source="source:modern-diplomacy",
        agents=(MINISTRY, "org:modern-diplomacy"),
        quote="Tajik's Interior Ministry said in January that around 1,100 of its citizens",
    ),
    claim(
        "claim:1141",
        exact("1,141", 1141, PEOPLE),
        TAJIKS,
        source="source:odr",
        agents=(MINISTRY, "org:rferl", "org:opendemocracy"),
    ),
    claim(
        "claim:over-2000",
        more_than("over 2,000", 2000, PEOPLE),
        TAJIKS,
        source="source:mashreq",
        period="2014/2016",
        agents=(None, "org:mashreq"),
        unnamed="official statistics",
    ),
    claim(
        "claim:around-2000",
        approximate("around 2,000", 1800, 2200, 2000, PEOPLE),
        TAJIKS,
        source="source:aljazeera",
        period="2014/2019",
        agents=("org:aljazeera",),
    ),
)
"""The count of Tajiks who went to Syria and Iraq, as the seeds give it."""

ARRESTED_25 = claim(
    "claim:gaziantep-25-arrested",
    exact("25", 25, PEOPLE),
    GAZIANTEP_ARRESTS,
    source="source:diplomat-2015",
    period="2015-06-21",
    agents=("org:turkish-media", "org:the-diplomat"),
)
GAZIANTEP_CLAIMS: tuple[Claim, ...] = (
    claim(
        "claim:gaziantep-mainly-tajik",
        share_of("claim:gaziantep-25-arrested", vague("mainly", 50, None, PERCENT)),
        GAZIANTEP,
        source="source:diplomat-2015",
        period="2015-06-21",
        agents=("org:turkish-media", "org:the-diplomat"),
    ),
    claim(
        "claim:gaziantep-one-tajik",
        exact("only one", 1, PEOPLE),
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
        at_most("as many as 157,000", 157_000, PEOPLE),
        TOLL,
        source="source:odr",
        period="1992/1997",
        agents=("org:opendemocracy",),
    ),
    claim(
        "claim:toll-100000",
        exact("100,000", 100_000, PEOPLE),
        TOLL,
        source="source:modern-diplomacy",
        period="1992/1997",
        agents=("org:modern-diplomacy",),
    ),
)
"""The civil-war toll: as many as 157,000 deaths, or 100,000 lives."""


def tajik_figure(id_: str, value: float, period: str, agent: str) -> Claim:
    """A claim by ``agent`` giving exactly ``value`` Tajiks who went to Syria and Iraq, in ``period``."""
    return claim(id_, exact(f"{value:g}", value, PEOPLE), TAJIKS, period=period, agents=(agent,))


def cases_corpus() -> Corpus:
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
        sources=tuple(SEED_SOURCES.values()),
        organizations=tuple(organizations),
        persons=tuple(persons),
        measures=(TAJIKS, GAZIANTEP, GAZIANTEP_ARRESTS, TOLL, ISKP, ISKP_TAJIKS),
        claims=claims,
    )


def figure(
    claim_id: str,
    phrase: str,
    interval: Interval | None,
    period: str | None,
    *,
    claimant: str | None = None,
    claimant_name: str | None = None,
    unit: str = PEOPLE,
    set_aside: str | None = None,
) -> Figure:
    """A figure read in ``source:x``, dated to ``period`` as a coarse date (``None``: undated).

    The claimant is named by the part of its id after the colon, or "unnamed", unless named.
    """
    if claimant_name is None:
        claimant_name = "unnamed" if claimant is None else claimant.split(":")[1]
    return Figure(
        claim=ClaimId(claim_id),
        source=SourceId("source:x"),
        phrase=phrase,
        interval=interval,
        unit=unit,
        placement=Placement(
            period=None if period is None else Period.parse(period),
            dating=Dating.UNDATED if period is None else Dating.COARSE,
        ),
        claimant=None if claimant is None else EntityId(claimant),
        claimant_name=claimant_name,
        set_aside=set_aside,
    )
