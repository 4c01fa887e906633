"""Integrity of the new references and words: measure relations, ages, birth places, terms of a vocabulary."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from centasia_claims import Corpus, CorpusError
from centasia_claims.model import EntityId, MeasureId, MeasureRelation, MeasureRelationKind
from tests.builders import STATUS, disputed_death_corpus, sound_corpus


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
