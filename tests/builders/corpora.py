"""A small, sound corpus to break one defect at a time, the helpers that break it, and corpus folders.

The text is made up for the tests and speaks of no real body: in two articles of one document, an agency's
spokesman gives a figure that a news outlet's service passes on, and an institute's researchers give a
compatible one in a paper. It has two origins and no finding at all.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims import (
    Claim,
    Corpus,
    MeasureKind,
    Mention,
    Name,
    Organization,
    Person,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
    Verb,
    serialization,
)
from centasia_claims.model import ClaimId, Document, EntityId, Exclusion, ExclusionReason, MeasureId, SourceId
from tests.builders.estimates import PEOPLE, approximate, exact
from tests.builders.model import claim, measure, source, step

if TYPE_CHECKING:
    from collections.abc import Mapping
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

LEFT = measure(MeasureKind.EVENT, id_="measure:left", label="people who left")


def _quote(exact: str, *, after: int = 0) -> TextQuote:
    return TextQuote.locate(TEXT, exact, after=after, context=16)


def _org(id_: EntityId, name: str, kind: str, *relations: Relation) -> Organization:
    return Organization(id=id_, names=(Name(name),), kind=kind, relations=relations)


def sound_corpus() -> Corpus:
    """The sound corpus: no finding at all."""
    return Corpus(
        documents=(Document(DOCUMENT, TEXT),),
        sources=(
            source(
                "source:a",
                "2016-02-01",
                title="Outlet report",
                span=TextSpan(0, len(ARTICLE_A)),
                outlet=E("org:outlet"),
            ),
            source(
                "source:b",
                "2016-03",
                title="Paper report",
                span=TextSpan(len(ARTICLE_A), len(TEXT)),
                outlet=E("org:paper"),
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
        measures=(LEFT,),
        claims=(
            claim(
                "claim:a",
                exact("120", 120, PEOPLE),
                LEFT,
                source="source:a",
                quote=_quote(QUOTE_A),
                statement="120 people had left in 2015.",
                period="2015",
                attribution=(
                    step("person:spokesman", "The Agency\u2019s spokesman", Verb.TOLD),
                    step("org:service", "the Service", Verb.REPORTED),
                    step("org:outlet", "Outlet", Verb.PUBLISHED),
                ),
            ),
            claim(
                "claim:b",
                approximate("about 110", 99, 121, 110, PEOPLE),
                LEFT,
                source="source:b",
                quote=_quote(QUOTE_B),
                statement="About 110 people had left.",
                attribution=(
                    step("org:institute", "Researchers at the Institute", Verb.ESTIMATED),
                    step("org:paper", "Paper", Verb.PUBLISHED),
                ),
            ),
        ),
        mentions=(
            Mention(
                entity=E("org:service"),
                name="the Service",
                source=S("source:a"),
                quote=_quote("told the Service"),
            ),
            Mention(
                entity=E("org:institute"),
                name="the Institute",
                source=S("source:b"),
                quote=_quote("the Institute"),
            ),
        ),
        exclusions=(
            Exclusion(
                source=S("source:b"),
                quote=_quote("Paper report, page 3"),
                reason=ExclusionReason.PAGE_ARTEFACT,
                note="The page number of the print edition.",
            ),
        ),
    )


def archive(**changes: Any) -> Source:
    """A source holding the whole document, as an archive holds the articles read through it."""
    return source("source:archive", title="Archive", span=TextSpan(0, len(TEXT)), **changes)


def with_claim(corpus: Corpus, claim_id: str, **changes: Any) -> Corpus:
    """The corpus with one claim changed (checked again, as `attrs.evolve` does)."""
    claims = tuple(attrs.evolve(c, **changes) if c.id == claim_id else c for c in corpus.claims)
    return attrs.evolve(corpus, claims=claims)


def with_value(corpus: Corpus, claim_id: str, **changes: Any) -> Corpus:
    """The corpus with the figure of one claim changed."""
    value = corpus.claim(claim_id).value
    assert value is not None
    return with_claim(corpus, claim_id, value=attrs.evolve(value, **changes))


def with_step(corpus: Corpus, claim_id: str, index: int, **changes: Any) -> Corpus:
    """The corpus with one attribution step of one claim changed."""
    claim = corpus.claim(claim_id)
    steps = list(claim.attribution)
    steps[index] = attrs.evolve(steps[index], **changes)
    return with_claim(corpus, claim_id, attribution=tuple(steps))


def with_source(corpus: Corpus, source_id: str, *added: Source, **changes: Any) -> Corpus:
    """The corpus with one source changed, and the sources ``added`` after the others."""
    sources = tuple(attrs.evolve(s, **changes) if s.id == source_id else s for s in corpus.sources)
    return attrs.evolve(corpus, sources=(*sources, *added))


def quote_of(item: Claim | Mention | Exclusion) -> TextQuote:
    """The quote of an item that has one (every seed claim and every claim of the sound corpus)."""
    assert item.quote is not None, f"{item} has no quote"
    return item.quote


def shifted(original: TextQuote, by: int) -> TextQuote:
    """The same quote with its offsets (not its text) moved."""
    return attrs.evolve(original, start=original.start + by, end=original.end + by)


def anchored(corpus: Corpus) -> Corpus:
    """The corpus with one document holding each quote once, and every quote at its place there.

    Corpora built in code often quote a placeholder at offset 0; the loader holds every quote to its
    document's text, so this makes such a corpus one that loads from a folder.
    """
    items: list[Claim | Mention | Exclusion] = [*corpus.claims, *corpus.mentions, *corpus.exclusions]
    exacts = list(dict.fromkeys(item.quote.exact for item in items if item.quote is not None))
    text = "\n".join(exacts)
    starts = {exact: text.index(exact) for exact in exacts}  # each exact's own line, or earlier text

    def moved(item: Any) -> Any:
        start = starts[item.quote.exact]
        quote = TextQuote(exact=item.quote.exact, start=start, end=start + len(item.quote.exact))
        return attrs.evolve(item, quote=quote)

    name = corpus.sources[0].document if corpus.sources else DOCUMENT
    return attrs.evolve(
        corpus,
        documents=(Document(name, text),),
        sources=tuple(
            attrs.evolve(item, document=name, span=TextSpan(0, len(text))) for item in corpus.sources
        ),
        claims=tuple(moved(item) for item in corpus.claims),
        mentions=tuple(moved(item) for item in corpus.mentions),
        exclusions=tuple(moved(item) for item in corpus.exclusions),
    )


def write_folder(
    root: Path, fixtures: Mapping[str, object], documents: Mapping[str, str] | None = None
) -> Path:
    """Write a folder as ``load_corpus`` reads it: ``documents/`` and ``fixtures/``.

    A fixture given as a string is written as it is (broken JSON included); anything else as JSON.
    """
    (root / "documents").mkdir(parents=True)
    (root / "fixtures").mkdir()
    for name, text in (documents or {}).items():
        (root / "documents" / name).write_text(text, encoding="utf-8", newline="")
    for name, content in fixtures.items():
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        (root / "fixtures" / name).write_text(text, encoding="utf-8")
    return root


def write(corpus: Corpus, root: Path) -> Path:
    """Write a corpus as a folder ``load_corpus`` reads: its documents and one fixture file."""
    sections = {
        name: [serialization.unstructure(item) for item in items] for name, items in corpus.sections().items()
    }
    return write_folder(root, {"corpus.json": sections}, {d.name: d.text for d in corpus.documents})
