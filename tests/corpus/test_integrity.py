"""Integrity of references: groups, measure relations, ages, birth places, terms of a vocabulary."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from centasia_claims import Corpus, CorpusError, load_seed_corpus, resolve
from centasia_claims.exports import records, to_web_annotation
from centasia_claims.model import (
    EntityId,
    Estimate,
    Group,
    MeasureId,
    MeasureRelation,
    MeasureRelationKind,
    Mention,
    Qualifier,
    TextQuote,
)
from centasia_claims.provenance import FindingKind, check_provenance, trace_claim
from tests.builders import QUOTE_A, STATUS, disputed_death_corpus, sound_corpus, with_claim, with_step

FOUR = Estimate(phrase="four", qualifier=Qualifier.EXACT, low=4, high=4, point=4)
RELATIVES = Group(id="group:relatives", label="his relatives", of="person:spokesman", relation="relatives")


def _with_group() -> Corpus:
    corpus = attrs.evolve(sound_corpus(), groups=(RELATIVES,))
    corpus = with_claim(corpus, "claim:a", about=("group:relatives",))
    return with_step(corpus, "claim:a", 0, agent="group:relatives", text="his relatives")


def test_a_group_stands_where_a_person_would() -> None:
    corpus = _with_group()
    assert ("his relatives", ("claim:a",), ("claim:a",)) == (
        corpus.entity("group:relatives").display_name,
        tuple(claim.id for claim in corpus.claims_about("group:relatives")),
        tuple(claim.id for claim in corpus.claims_by("group:relatives")),
    )


def test_a_group_is_never_resolved_by_name() -> None:
    corpus = _with_group()
    assert () == resolve(corpus, "his relatives").candidates


def test_a_group_relates_to_an_entity_that_exists() -> None:
    with pytest.raises(CorpusError) as caught:
        attrs.evolve(sound_corpus(), groups=(attrs.evolve(RELATIVES, of="person:nobody"),))
    assert [
        "$.groups[0].of: unknown event or group or organization or person or place id 'person:nobody': "
        "add it to the corpus or correct the id"
    ] == [str(problem) for problem in caught.value.problems]


def test_a_mention_names_a_named_entity_never_a_group() -> None:
    quote = TextQuote(exact="the Service", start=0, end=11)
    mention = Mention(entity="group:relatives", name="the Service", source="source:a", quote=quote)
    with pytest.raises(CorpusError) as caught:
        attrs.evolve(sound_corpus(), groups=(RELATIVES,), mentions=(mention,))
    assert [
        "$.mentions[0].entity: 'group:relatives' is a group, but an event or organization or person or place "
        "is needed here"
    ] == [str(problem) for problem in caught.value.problems]


def test_a_relation_word_needs_the_entity_it_relates_to() -> None:
    with pytest.raises(ValueError, match=r"relation: 'relatives' needs the entity it relates to in of"):
        Group(id="group:x", label="relatives", relation="relatives")


def test_groups_are_rows_of_the_entity_records() -> None:
    corpus = attrs.evolve(sound_corpus(), groups=(attrs.evolve(RELATIVES, size=FOUR),))
    (row,) = [row for row in records(corpus, "entities") if row["type"] == "group"]
    assert {
        "id": "group:relatives",
        "type": "group",
        "name": "his relatives",
        "names": None,
        "kind": None,
        "description": "size: four",
        "relations": "relatives the Agency's spokesman",
        "claims": 0,
        "mentions": 0,
    } == row


def test_an_unquoted_claim_is_a_warning_and_every_reader_copes() -> None:
    corpus = with_claim(sound_corpus(), "claim:a", quote=None, unquoted="read from a chart")
    report = check_provenance(corpus)
    assert [FindingKind.UNQUOTED_CLAIM] == [f.kind for f in report.findings if "claim:a" in f.claims][:1]
    assert "  Unquoted: read from a chart" in str(trace_claim(corpus, "claim:a")).splitlines()
    assert "selector" not in to_web_annotation(corpus, "claim:a")["target"]
    (row,) = [row for row in records(corpus, "claims") if row["id"] == "claim:a"]
    assert (None, "read from a chart") == (row["quote"], row["unquoted"])
    assert QUOTE_A not in str(corpus.claim("claim:a")._repr_html_())


def test_the_seed_corpus_has_no_group_and_no_unquoted_claim() -> None:
    corpus = load_seed_corpus()
    assert ((), []) == (corpus.groups, [claim.id for claim in corpus.claims if claim.quote is None])


def _problems(corpus: Corpus, **changes: Any) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        attrs.evolve(corpus, **changes)
    return [str(problem) for problem in caught.value.problems]


def test_a_relation_names_a_measure() -> None:
    corpus = sound_corpus()
    relations = (
        MeasureRelation(MeasureRelationKind.SUBSET_OF, MeasureId("measure:nope")),
        MeasureRelation(MeasureRelationKind.PART_OF, MeasureId("org:agency")),
    )
    measure = attrs.evolve(corpus.measures[0], relations=relations)
    assert [
        "$.measures[0].relations[0].target: unknown measure id 'measure:nope': add it to the corpus or "
        "correct the id",
        "$.measures[0].relations[1].target: 'org:agency' is an organization, but a measure is needed here",
    ] == _problems(corpus, measures=(measure,))


def test_an_age_is_of_a_person_and_a_birth_place_is_a_place() -> None:
    corpus = sound_corpus()
    measure = attrs.evolve(corpus.measures[0], age_of=EntityId("org:agency"))
    person = attrs.evolve(corpus.persons[0], birth_place=EntityId("org:agency"))
    assert [
        "$.persons[0].birth_place: 'org:agency' is an organization, but a place is needed here",
        "$.measures[0].age_of: 'org:agency' is an organization, but a person is needed here",
    ] == _problems(corpus, measures=(measure,), persons=(person,))


def test_a_term_is_a_word_of_its_measures_vocabulary() -> None:
    corpus = disputed_death_corpus()
    claims = (attrs.evolve(corpus.claims[0], term="missing"), *corpus.claims[1:])
    assert [
        "$.claims[0].term: 'missing' is not in the vocabulary of 'measure:commander-status' (its words: "
        "'alive', "
        "'dead', 'killed', 'detained', 'released'): use one of its words or add the word to the measure"
    ] == _problems(corpus, claims=claims)


def test_a_measure_of_words_takes_no_figure_and_a_term_needs_a_vocabulary() -> None:
    words = disputed_death_corpus()
    figures = sound_corpus()
    with_figure = attrs.evolve(figures.claims[0], measure=STATUS.id)
    status = attrs.evolve(STATUS, about=())
    assert [
        "$.claims[0].value: 'measure:commander-status' is a measure of words (alive, dead, killed, detained, "
        "released): give a term, not a value"
    ] == _problems(figures, measures=(*figures.measures, status), claims=(with_figure, *figures.claims[1:]))
    plain = attrs.evolve(STATUS, vocabulary=())
    assert [
        "$.claims[0].term: 'killed' is not in the vocabulary of 'measure:commander-status' (its words: "
        "none): "
        "use one of its words or add the word to the measure"
    ] == _problems(words, measures=(plain,))[:1]
