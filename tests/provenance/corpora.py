"""A small, sound corpus to break one defect at a time: two articles in one document, two origins.

The text is made up for the tests and speaks of no real body: an agency's spokesman gives a figure that a
news outlet's service passes on, and an institute's researchers give a compatible one in a paper.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims import (
    AttributionStep,
    Claim,
    Corpus,
    Estimate,
    Measure,
    MeasureKind,
    Mention,
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
    serialization,
)
from centasia_claims.model import ClaimId, Document, EntityId, Exclusion, ExclusionReason, MeasureId, SourceId

if TYPE_CHECKING:
    from pathlib import Path

# Short names for the typed ids, so the corpus below reads like its JSON.
E = EntityId
C = ClaimId
S = SourceId
M = MeasureId

ARTICLE_A = (
    "Outlet report\n\nThe Agency\u2019s spokesman told the Service that 120 people had left in 2015.\n\n"
)
ARTICLE_B = "Paper report, page 3\n\nResearchers at the Institute estimated that about 110 people had left.\n"
TEXT = ARTICLE_A + ARTICLE_B
DOCUMENT = "doc.txt"

QUOTE_A = "The Agency\u2019s spokesman told the Service that 120 people had left in 2015"
QUOTE_B = "Researchers at the Institute estimated that about 110 people had left"


def quote(exact: str, *, after: int = 0) -> TextQuote:
    return TextQuote.locate(TEXT, exact, after=after, context=16)


def _org(id_: EntityId, name: str, kind: str, *relations: Relation) -> Organization:
    return Organization(id=id_, names=(Name(name),), kind=kind, relations=relations)


def base() -> Corpus:
    """The sound corpus: no finding at all."""
    return Corpus(
        documents=(Document(DOCUMENT, TEXT),),
        sources=(
            Source(
                id=S("source:a"),
                title="Outlet report",
                document=DOCUMENT,
                span=TextSpan(0, len(ARTICLE_A)),
                outlet=E("org:outlet"),
                published=PartialDate(2016, 2, 1),
            ),
            Source(
                id=S("source:b"),
                title="Paper report",
                document=DOCUMENT,
                span=TextSpan(len(ARTICLE_A), len(TEXT)),
                outlet=E("org:paper"),
                published=PartialDate(2016, 3),
            ),
        ),
        persons=(
            Person(
                id=E("person:spokesman"),
                names=(Name("the Agency's spokesman"),),
                relations=(Relation(RelationKind.SPOKESPERSON_OF, E("org:agency")),),
            ),
        ),
        organizations=(
            _org(E("org:agency"), "the Agency", "government agency"),
            _org(E("org:outlet"), "Outlet", "news outlet"),
            _org(
                E("org:service"),
                "the Service",
                "news outlet",
                Relation(RelationKind.PART_OF, E("org:outlet")),
            ),
            _org(E("org:paper"), "Paper", "news outlet"),
            _org(E("org:institute"), "the Institute", "research institute"),
        ),
        measures=(
            Measure(id=M("measure:left"), label="people who left", unit="people", kind=MeasureKind.EVENT),
        ),
        claims=(
            Claim(
                id=C("claim:a"),
                source=S("source:a"),
                quote=quote(QUOTE_A),
                statement="120 people had left in 2015.",
                measure=M("measure:left"),
                value=Estimate(
                    phrase="120", qualifier=Qualifier.EXACT, unit="people", low=120, high=120, point=120
                ),
                period=Period.parse("2015"),
                attribution=(
                    AttributionStep(
                        agent=E("person:spokesman"), text="The Agency\u2019s spokesman", verb=Verb.TOLD
                    ),
                    AttributionStep(agent=E("org:service"), text="the Service", verb=Verb.REPORTED),
                    AttributionStep(agent=E("org:outlet"), text="Outlet", verb=Verb.PUBLISHED),
                ),
            ),
            Claim(
                id=C("claim:b"),
                source=S("source:b"),
                quote=quote(QUOTE_B),
                statement="About 110 people had left.",
                measure=M("measure:left"),
                value=Estimate(
                    phrase="about 110",
                    qualifier=Qualifier.APPROXIMATE,
                    unit="people",
                    low=99,
                    high=121,
                    point=110,
                ),
                attribution=(
                    AttributionStep(
                        agent=E("org:institute"), text="Researchers at the Institute", verb=Verb.ESTIMATED
                    ),
                    AttributionStep(agent=E("org:paper"), text="Paper", verb=Verb.PUBLISHED),
                ),
            ),
        ),
        mentions=(
            Mention(
                entity=E("org:service"),
                name="the Service",
                source=S("source:a"),
                quote=quote("told the Service"),
            ),
            Mention(
                entity=E("org:institute"),
                name="the Institute",
                source=S("source:b"),
                quote=quote("the Institute"),
            ),
        ),
        exclusions=(
            Exclusion(
                source=S("source:b"),
                quote=quote("Paper report, page 3"),
                reason=ExclusionReason.PAGE_ARTEFACT,
                note="The page number of the print edition.",
            ),
        ),
    )


def with_claim(corpus: Corpus, claim_id: str, **changes: Any) -> Corpus:
    """The corpus with one claim changed (checked again, as `attrs.evolve` does)."""
    claims = tuple(attrs.evolve(c, **changes) if c.id == claim_id else c for c in corpus.claims)
    return attrs.evolve(corpus, claims=claims)


def with_step(corpus: Corpus, claim_id: str, index: int, **changes: Any) -> Corpus:
    """The corpus with one attribution step of one claim changed."""
    claim = corpus.claim(claim_id)
    steps = list(claim.attribution)
    steps[index] = attrs.evolve(steps[index], **changes)
    return with_claim(corpus, claim_id, attribution=tuple(steps))


def shifted(original: TextQuote, by: int) -> TextQuote:
    """The same quote with its offsets (not its text) moved."""
    return attrs.evolve(original, start=original.start + by, end=original.end + by)


def write(corpus: Corpus, root: Path) -> Path:
    """Write a corpus as a folder ``load_corpus`` reads: ``documents/`` and one fixture file."""
    (root / "documents").mkdir(parents=True)
    (root / "fixtures").mkdir()
    for document in corpus.documents:
        (root / "documents" / document.name).write_text(document.text, encoding="utf-8", newline="")
    sections = {
        name: [serialization.unstructure(item) for item in items] for name, items in corpus.sections().items()
    }
    (root / "fixtures" / "corpus.json").write_text(json.dumps(sections, ensure_ascii=False), encoding="utf-8")
    return root
