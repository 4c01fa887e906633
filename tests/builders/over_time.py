"""Scenario corpora of reporting over time: made-up outlets and bodies, and articles built in code.

The text is made up for the tests and speaks of no real body. A `Newsroom` holds one document of articles;
each article is a source with its own span, each claim is anchored in its article by the words it quotes.
The scenarios below are the patterns reconciliation over time must read as an analyst would: a toll revised
up and down, two reports of one press conference, a stale relay, a translated duplicate and a misattributed
headline.
"""

from __future__ import annotations

from typing import Any

import attrs

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
    Person,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.model import ClaimId, Document, EntityId, MeasureId, SourceId
from tests.builders.estimates import PEOPLE, approximate, exact

DOCUMENT = "news.txt"

ORGANIZATIONS: dict[str, tuple[str, str, tuple[Relation, ...]]] = {
    "org:herald": ("the Herald", "news outlet", ()),
    "org:courier": ("the Courier", "news outlet", ()),
    "org:gazette": ("the Gazette", "news outlet", ()),
    "org:vestnik": ("Vestnik", "news outlet", ()),
    "org:government": ("the Government", "government", ()),
    "org:ministry": (
        "the Health Ministry",
        "ministry",
        (Relation(RelationKind.PART_OF, EntityId("org:government")),),
    ),
    "org:police": ("the Police", "police", ()),
    "org:red-crescent": ("the Red Crescent", "aid agency", ()),
    "org:institute": ("the Institute", "research institute", ()),
}
"""Who is who in the scenarios: display name, kind and relations (the ministry speaks for the government)."""

MINISTER = EntityId("person:minister")
"""The minister who speaks for the ministry at press conferences."""


@attrs.define
class Newsroom:
    """One document of articles, the sources they are, and the claims read in them."""

    measures: tuple[Measure, ...]
    text: str = ""
    sources: list[Source] = attrs.Factory(list)
    claims: list[Claim] = attrs.Factory(list)

    def article(self, id_: str, outlet: str | None, published: str | None, body: str, **fields: Any) -> str:
        """Add an article (its title is its first line) and return its source id."""
        start = len(self.text)
        self.text += body + "\n\n"
        self.sources.append(
            Source(
                id=SourceId(id_),
                title=body.split("\n", 1)[0],
                document=DOCUMENT,
                span=TextSpan(start, start + len(body)),
                outlet=None if outlet is None else EntityId(outlet),
                published=None if published is None else PartialDate.parse(published),
                **fields,
            )
        )
        return id_

    def claim(
        self,
        id_: str,
        source: str,
        quote: str,
        value: Estimate,
        chain: tuple[tuple[str | None, str, Verb], ...],
        *,
        measure: int = 0,
        **fields: Any,
    ) -> str:
        """Add a claim quoting ``quote`` (found in its article) for the ``measure``-th measure."""
        span = next(item.span for item in self.sources if item.id == source)
        found = TextQuote.locate(self.text, quote, after=span.start)
        assert found.end <= span.end, f"{quote!r} is not in {source}"
        target = self.measures[measure]
        self.claims.append(
            Claim(
                id=ClaimId(id_),
                source=SourceId(source),
                quote=found,
                statement=quote,
                measure=target.id,
                value=value,
                attribution=tuple(
                    AttributionStep(agent=None if agent is None else EntityId(agent), text=text, verb=verb)
                    for agent, text, verb in chain
                ),
                **fields,
            )
        )
        return id_

    def corpus(self) -> Corpus:
        """The corpus: the document, the sources, the newsroom's bodies and the minister, and the claims."""
        return Corpus(
            documents=(Document(DOCUMENT, self.text),),
            sources=tuple(self.sources),
            persons=(
                Person(
                    id=MINISTER,
                    names=(Name("Minister Karimov"), Name("Karimov")),
                    relations=(Relation(RelationKind.OFFICIAL_OF, EntityId("org:ministry")),),
                ),
            ),
            organizations=tuple(
                Organization(id=EntityId(id_), names=(Name(name),), kind=kind, relations=relations)
                for id_, (name, kind, relations) in ORGANIZATIONS.items()
            ),
            measures=self.measures,
            claims=tuple(self.claims),
        )


def said(
    agent: str | None, text: str, outlet: str, outlet_text: str
) -> tuple[tuple[str | None, str, Verb], ...]:
    """A claimant who said it and the outlet that published it."""
    return ((agent, text, Verb.SAID), (outlet, outlet_text, Verb.PUBLISHED))


TOLL = Measure(
    id=MeasureId("measure:quake-deaths"),
    label="people killed in the earthquake",
    unit=PEOPLE,
    kind=MeasureKind.EVENT,
    revisable=True,
    authority=(EntityId("org:ministry"), EntityId("org:police")),
)
"""A death toll revised as the count went on, where the health ministry's count prevails over the police's."""


def revised_toll(measure: Measure = TOLL) -> Corpus:
    """A toll revised up and down: the police's first count, the ministry's higher one, then its correction
    down; an aid agency's early estimate that no later count comes near."""
    room = Newsroom(measures=(measure,))
    day1 = room.article(
        "source:herald-day1",
        "org:herald",
        "2021-05-01",
        "Quake kills 40\nThe Police said 40 people were killed in the earthquake. "
        "The Red Crescent estimated that about 300 people had died.",
    )
    day2 = room.article(
        "source:courier-day2",
        "org:courier",
        "2021-05-02",
        "Toll rises to 52\nThe Health Ministry said 52 people were killed in the earthquake.",
    )
    day4 = room.article(
        "source:herald-day4",
        "org:herald",
        "2021-05-04",
        "Toll revised to 47\nThe Health Ministry said 47 people were killed, correcting its earlier count.",
    )
    room.claim(
        "claim:police-40",
        day1,
        "The Police said 40 people were killed",
        exact("40", 40),
        said("org:police", "The Police", "org:herald", "the Herald"),
    )
    room.claim(
        "claim:red-crescent-300",
        day1,
        "The Red Crescent estimated that about 300 people had died",
        approximate("about 300", 270, 330, 300),
        said("org:red-crescent", "The Red Crescent", "org:herald", "the Herald"),
    )
    room.claim(
        "claim:ministry-52",
        day2,
        "The Health Ministry said 52 people were killed",
        exact("52", 52),
        said("org:ministry", "The Health Ministry", "org:courier", "the Courier"),
    )
    room.claim(
        "claim:ministry-47",
        day4,
        "The Health Ministry said 47 people were killed",
        exact("47", 47),
        said("org:ministry", "The Health Ministry", "org:herald", "the Herald"),
    )
    return room.corpus()


RETURNED = Measure(
    id=MeasureId("measure:fighters-returned"),
    label="fighters who returned",
    unit=PEOPLE,
    kind=MeasureKind.CUMULATIVE,
)
"""A running total the minister gives at press conferences."""


def press_conference(second: int = 120, *, occasion: str | None = None, more: tuple[int, ...] = ()) -> Corpus:
    """Two outlets report one press conference of the minister on one day: the Herald writes 120, the
    Courier ``second``; a month later the Institute gives 120 of its own.

    With ``occasion``, both reports carry it, and the Courier's chain leaves the ministry unnamed, so that
    only the occasion says they report one statement. Each of ``more`` is one more report of the statement,
    in Vestnik the same day, with that figure.
    """
    room = Newsroom(measures=(RETURNED,))
    herald = room.article(
        "source:herald-presser",
        "org:herald",
        "2020-03-02",
        "Fighters come home\nMinister Karimov said 120 fighters had returned.",
    )
    courier = room.article(
        "source:courier-presser",
        "org:courier",
        "2020-03-02",
        f"Returnees\nAt a press conference, the Health Ministry said {second} fighters had returned.",
    )
    extra: dict[str, Any] = {} if occasion is None else {"occasion": occasion}
    room.claim(
        "claim:herald-120",
        herald,
        "Minister Karimov said 120 fighters had returned",
        exact("120", 120),
        said(MINISTER, "Minister Karimov", "org:herald", "the Herald"),
        **extra,
    )
    room.claim(
        "claim:courier-presser",
        courier,
        f"the Health Ministry said {second} fighters had returned",
        exact(f"{second}", second),
        said(None if occasion else "org:ministry", "the Health Ministry", "org:courier", "the Courier"),
        **extra,
    )
    for index, value in enumerate(more):
        vestnik = room.article(
            f"source:vestnik-presser-{index}",
            "org:vestnik",
            "2020-03-02",
            f"Returnees, {index}\nMinister Karimov said {value} fighters had returned.",
        )
        room.claim(
            f"claim:vestnik-presser-{index}",
            vestnik,
            f"Minister Karimov said {value} fighters had returned",
            exact(f"{value}", value),
            said(MINISTER, "Minister Karimov", "org:vestnik", "Vestnik"),
            **extra,
        )
    room.article(
        "source:gazette-institute",
        "org:gazette",
        "2020-04-01",
        "Study\nThe Institute counted 120 returned fighters.",
    )
    room.claim(
        "claim:institute-120",
        "source:gazette-institute",
        "The Institute counted 120 returned fighters",
        exact("120", 120),
        said("org:institute", "The Institute", "org:gazette", "the Gazette"),
    )
    return room.corpus()


def stale_relay(*, as_of: bool = False) -> Corpus:
    """The ministry gives 1,141 in 2017 and 1,500 in 2018; in 2019 the Gazette repeats "1,141", as if new.

    With ``as_of``, the Gazette's claim states its figure as of 2017-09 instead (the text says when).
    """
    room = Newsroom(measures=(RETURNED,))
    first = room.article(
        "source:herald-2017",
        "org:herald",
        "2017-09-28",
        "Returnees\nThe Health Ministry said 1,141 fighters had returned.",
    )
    later = room.article(
        "source:courier-2018",
        "org:courier",
        "2018-06-01",
        "More return\nThe Health Ministry said 1,500 fighters had returned.",
    )
    relay = room.article(
        "source:gazette-2019",
        "org:gazette",
        "2019-05-01",
        "Background\nAccording to the Health Ministry, 1,141 fighters have returned.",
    )
    room.claim(
        "claim:ministry-1141",
        first,
        "The Health Ministry said 1,141 fighters had returned",
        exact("1,141", 1141),
        said("org:ministry", "The Health Ministry", "org:herald", "the Herald"),
    )
    room.claim(
        "claim:ministry-1500",
        later,
        "The Health Ministry said 1,500 fighters had returned",
        exact("1,500", 1500),
        said("org:ministry", "The Health Ministry", "org:courier", "the Courier"),
    )
    room.claim(
        "claim:gazette-1141",
        relay,
        "According to the Health Ministry, 1,141 fighters have returned",
        exact("1,141", 1141),
        said("org:ministry", "the Health Ministry", "org:gazette", "the Gazette"),
        as_of=PartialDate(2017, 9) if as_of else None,
    )
    return room.corpus()


def translated(*, declared: bool = True) -> Corpus:
    """An article citing unnamed experts, and its translation by another outlet (declared, or not).

    A third article, by another outlet, gives a compatible figure from the Institute.
    """
    room = Newsroom(measures=(RETURNED,))
    room.article(
        "source:herald-experts",
        "org:herald",
        "2020-01-10",
        "Who comes back\nExperts say about 300 fighters have returned.",
    )
    room.article(
        "source:vestnik-translation",
        "org:vestnik",
        "2020-01-12",
        "Kto vozvrashchaetsya\nEksperty schitayut, chto vernulis okolo 300 boevikov.",
        language="ru",
        **({"translation_of": SourceId("source:herald-experts")} if declared else {}),
    )
    room.article(
        "source:gazette-institute",
        "org:gazette",
        "2020-01-11",
        "Study\nThe Institute counted 310 returned fighters.",
    )
    room.claim(
        "claim:herald-experts-300",
        "source:herald-experts",
        "Experts say about 300 fighters have returned",
        approximate("about 300", 270, 330, 300),
        said(None, "Experts", "org:herald", "the Herald"),
    )
    room.claim(
        "claim:vestnik-experts-300",
        "source:vestnik-translation",
        "Eksperty schitayut, chto vernulis okolo 300 boevikov",
        approximate("okolo 300", 270, 330, 300),
        said(None, "Eksperty", "org:vestnik", "Vestnik"),
    )
    room.claim(
        "claim:institute-310",
        "source:gazette-institute",
        "The Institute counted 310 returned fighters",
        exact("310", 310),
        said("org:institute", "The Institute", "org:gazette", "the Gazette"),
    )
    return room.corpus()


SPEAKERS: dict[str | None, tuple[str | None, str]] = {
    None: (None, ""),
    "experts": (None, "Experts"),
    "org:institute": ("org:institute", "The Institute"),
    "org:police": ("org:police", "The Police"),
}
"""Who can give a figure in `articles`: the source itself (``None``), unnamed experts, two named bodies."""

OUTLETS = ("org:herald", "org:courier", "org:gazette", "org:vestnik")


def articles(items: list[tuple[int, int, list[tuple[str | None, int]]]]) -> Corpus:
    """Articles of the fighters-returned count: for each, an outlet (index into `OUTLETS`), a day of
    January 2020 and the figures in it, each with its speaker (a key of `SPEAKERS`)."""
    room = Newsroom(measures=(RETURNED,))
    for index, (outlet_index, day, figures) in enumerate(items):
        outlet = OUTLETS[outlet_index % len(OUTLETS)]
        outlet_name = ORGANIZATIONS[outlet][0]
        sentences = [
            f"{SPEAKERS[speaker][1] or 'We counted'} said {value} fighters had returned"
            for speaker, value in figures
        ]
        source = room.article(
            f"source:a{index}",
            outlet,
            f"2020-01-{day:02d}",
            f"Article {index}\n" + ". ".join(sentences) + ".",
        )
        for number, ((speaker, value), sentence) in enumerate(zip(figures, sentences, strict=True)):
            agent, text = SPEAKERS[speaker]
            chain = () if not text else said(agent, text, outlet, outlet_name)
            room.claim(f"claim:a{index}-{number}", source, sentence, exact(f"{value}", value), chain)
    return room.corpus()


MIRRORED_BODY = (
    "Border report\nThe Police said that 35 people were detained at the border crossing on Monday night "
    "after a week of raids in the capital and in three provinces of the south, where officers searched homes."
)


def mirrored(*, declared: bool = False) -> Corpus:
    """An article and a word-for-word mirror of it on another site, which does (or does not) say so."""
    room = Newsroom(
        measures=(
            Measure(
                id=MeasureId("measure:detained"), label="people detained", unit=PEOPLE, kind=MeasureKind.EVENT
            ),
        )
    )
    room.article("source:herald-border", "org:herald", "2020-02-03", MIRRORED_BODY)
    room.article(
        "source:gazette-mirror",
        "org:gazette",
        "2020-02-04",
        MIRRORED_BODY,
        **({"copy_of": SourceId("source:herald-border")} if declared else {}),
    )
    for source, outlet, name in (
        ("source:herald-border", "org:herald", "the Herald"),
        ("source:gazette-mirror", "org:gazette", "the Gazette"),
    ):
        room.claim(
            f"claim:{source.split(':')[1]}-35",
            source,
            "The Police said that 35 people were detained",
            exact("35", 35),
            said("org:police", "The Police", outlet, name),
        )
    return room.corpus()


def misattributed_headline() -> Corpus:
    """A headline gives a figure to the Government; the body gives it to the Institute's researchers.

    One claim is read from the headline (the Government, named there), one from the body with the chain the
    headline suggests (the Government, not named in the body sentence).
    """
    room = Newsroom(measures=(RETURNED,))
    source = room.article(
        "source:herald-headline",
        "org:herald",
        "2020-06-01",
        "The Government says 500 fighters returned\n"
        "Researchers at the Institute estimated that 500 fighters had returned since 2015.",
    )
    room.claim(
        "claim:headline-500",
        source,
        "The Government says 500 fighters returned",
        exact("500", 500),
        said("org:government", "The Government", "org:herald", "the Herald"),
    )
    room.claim(
        "claim:body-500",
        source,
        "Researchers at the Institute estimated that 500 fighters had returned",
        exact("500", 500),
        said("org:government", "The Government", "org:herald", "the Herald"),
    )
    return room.corpus()


def one_page_two_figures(occasion: str | None) -> Corpus:
    """One article gives the minister 120 and 210 on one day (with ``occasion``: for one statement)."""
    room = Newsroom(measures=(RETURNED,))
    page = room.article(
        "source:herald-two",
        "org:herald",
        "2020-03-02",
        "Fighters come home\nMinister Karimov said 120 fighters had returned. He later put it at 210.",
    )
    extra: dict[str, Any] = {} if occasion is None else {"occasion": occasion}
    for value, quote in (
        (120, "Minister Karimov said 120 fighters had returned"),
        (210, "He later put it at 210"),
    ):
        room.claim(
            f"claim:herald-{value}",
            page,
            quote,
            exact(str(value), value),
            said(MINISTER, "Minister Karimov", "org:herald", "the Herald"),
            **extra,
        )
    return room.corpus()


__all__ = [
    "MINISTER",
    "OUTLETS",
    "RETURNED",
    "SPEAKERS",
    "TOLL",
    "Newsroom",
    "articles",
    "mirrored",
    "misattributed_headline",
    "one_page_two_figures",
    "press_conference",
    "revised_toll",
    "said",
    "stale_relay",
    "translated",
]
