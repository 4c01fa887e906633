"""The bundled corpus is faithful to its documents: each quote, phrase, name and number accounted for."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import attrs
import pytest

from centasia_claims import Claim, Corpus, Mention, NameKind, load_seed_corpus, parse_estimate
from tests.builders import quote_of

if TYPE_CHECKING:
    from centasia_claims.model import Exclusion

CORPUS = load_seed_corpus()

# A sentence ends at a line break or after . ! ? (with closing quotes) followed by a space.
SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"\u201d\u2019)]*\s+")  # closing quotes and brackets
NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion dozen dozens half third thirds quarter twice"
)
NUMERIC = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS.split()) + r")\b", re.IGNORECASE)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _anchored(corpus: Corpus) -> list[Claim | Mention | Exclusion]:
    return [*corpus.claims, *corpus.mentions, *corpus.exclusions]


def _uncovered(corpus: Corpus) -> dict[str, list[str]]:
    """Per document, each sentence with a number that no claim or exclusion quote touches."""
    covered: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    quoted: list[Claim | Exclusion] = [*corpus.claims, *corpus.exclusions]
    for item in quoted:
        covered[corpus.source(item.source).document].append((quote_of(item).start, quote_of(item).end))
    uncovered: dict[str, list[str]] = {}
    for document in corpus.documents:
        if document.name not in {source.document for source in corpus.sources}:
            continue
        missing = []
        for a, b in _sentences(document.text, 0, len(document.text)):
            sentence = document.text[a:b]
            if NUMERIC.search(sentence) and not any(
                start < b and a < end for start, end in covered[document.name]
            ):
                missing.append(sentence.strip())
        if missing:
            uncovered[document.name] = missing
    return uncovered


def test_every_quote_stands_verbatim_at_its_offsets() -> None:
    misplaced = [
        (item.source, quote_of(item).exact)
        for item in _anchored(CORPUS)
        if not quote_of(item).matches(CORPUS.document_text(CORPUS.source(item.source).document))
    ]
    assert [] == misplaced


def test_every_quote_lies_within_its_sources_span() -> None:
    outside = [
        (item.source, quote_of(item).exact)
        for item in _anchored(CORPUS)
        if not CORPUS.source(item.source).span.start
        <= quote_of(item).start
        < quote_of(item).end
        <= CORPUS.source(item.source).span.end
    ]
    assert [] == outside


def test_every_estimate_phrase_occurs_in_its_quote() -> None:
    missing = [
        (claim.id, claim.value.phrase)
        for claim in CORPUS.claims
        if claim.value is not None and claim.value.phrase not in quote_of(claim).exact
    ]
    assert [] == missing


def test_every_recorded_spelling_is_written_somewhere() -> None:
    """Each spelling of each entity is linked to a place in the sources where it is written.

    A primary name is the display form the corpus chooses (an event's label, a name in given-name-first order)
    and need not be written as such; every other name is a spelling found in the sources.
    """
    written = {(mention.entity, mention.name) for mention in CORPUS.mentions}
    unattested = [
        (entity.id, name.text)
        for entity in CORPUS.entities
        for name in entity.names
        if name.kind is not NameKind.PRIMARY and (entity.id, name.text) not in written
    ]
    assert [] == unattested


def test_every_mention_names_a_recorded_spelling() -> None:
    recorded = {(entity.id, name.text) for entity in CORPUS.entities for name in entity.names}
    unrecorded = [
        (mention.entity, mention.name)
        for mention in CORPUS.mentions
        if (mention.entity, mention.name) not in recorded
    ]
    assert [] == unrecorded


def test_claims_about_a_measure_use_its_unit() -> None:
    mismatched = [
        (claim.id, claim.value.unit, CORPUS.measure(claim.measure).unit)
        for claim in CORPUS.claims
        if claim.measure is not None
        and claim.value is not None
        and claim.value.share_of is None
        and claim.value.unit != CORPUS.measure(claim.measure).unit
    ]
    assert [] == mismatched


@pytest.mark.parametrize("document", sorted(d.name for d in CORPUS.documents))
def test_every_sentence_with_a_number_is_a_claim_or_an_exclusion(document: str) -> None:
    assert [] == _uncovered(CORPUS).get(document, [])


def test_every_stored_estimate_is_what_the_parser_reads_from_its_phrase() -> None:
    """The reading of each figure follows the convention; only the context marks may add to it.

    ``hedged`` may come from an epistemic word elsewhere in the sentence ("experts estimate", "is believed"),
    and ``share_of`` from the figure a share is of; every hedge the parser sees in the phrase itself must be
    kept.
    """
    differing = []
    for claim in CORPUS.claims:
        stored = claim.value
        if stored is None:
            continue
        language = CORPUS.source(claim.source).language
        parsed = parse_estimate(stored.phrase, unit=stored.unit, language=language)
        in_context = attrs.evolve(parsed, hedged=stored.hedged or parsed.hedged, share_of=stored.share_of)
        if in_context != stored or (parsed.hedged and not stored.hedged):
            differing.append((claim.id, stored.phrase, str(parsed), str(stored)))
    assert [] == differing


def test_every_document_has_a_source() -> None:
    assert sorted(d.name for d in CORPUS.documents) == sorted({s.document for s in CORPUS.sources})


def test_every_seed_quote_stands_at_its_offsets() -> None:
    corpus = load_seed_corpus()
    anchored: list[Claim | Mention | Exclusion] = [*corpus.claims, *corpus.mentions, *corpus.exclusions]
    misplaced = [
        quote_of(item).exact
        for item in anchored
        if not quote_of(item).matches(corpus.document_text(corpus.source(item.source).document))
    ]
    assert [] == misplaced
