"""Measure relations, and the measure and claim fields for facts that are words."""

from __future__ import annotations

import pytest

from centasia_claims import Claim, Measure, TextQuote
from centasia_claims.errors import InvalidValueError
from centasia_claims.model import MeasureRelation, MeasureRelationKind
from tests.builders import exact

QUOTE = TextQuote(exact="x", start=0, end=1)


def test_a_relation_reads_as_kind_and_target() -> None:
    relation = MeasureRelation(MeasureRelationKind.FLOW_OF, "measure:total", note="per year")
    assert ("flow_of measure:total", "per year") == (str(relation), relation.note)


def test_a_relation_needs_a_target_id() -> None:
    with pytest.raises(InvalidValueError):
        MeasureRelation(MeasureRelationKind.PART_OF, "")


@pytest.mark.parametrize(
    ("vocabulary", "message"),
    [
        (("alive", " killed"), "vocabulary: term 1 (' killed') must be a word without surrounding spaces"),
        (("alive", ""), "vocabulary: term 1 ('') must be a word without surrounding spaces"),
        (("alive", "alive"), "vocabulary: term 'alive' is listed twice: list each word once"),
    ],
)
def test_a_vocabulary_lists_words_once(vocabulary: tuple[str, ...], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        Measure(id="m", label="status", unit="status", vocabulary=vocabulary)
    assert message == str(caught.value)


def test_a_measure_of_words_is_a_fact() -> None:
    assert Measure(id="m", label="status", unit="status", vocabulary=("alive",)).is_fact
    assert not Measure(id="m", label="count", unit="people").is_fact


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"measure": "m", "term": "killed", "value": exact("1", 1)},
            "term: give a value or a term, not both (got term 'killed')",
        ),
        ({"term": "killed"}, "term: the term 'killed' needs a measure whose vocabulary has it"),
        ({"measure": "m"}, "value: a claim for measure 'm' needs a value or a term (got neither)"),
    ],
)
def test_a_claim_gives_a_value_or_a_term(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        Claim(id="c", source="s", quote=QUOTE, statement="x", **fields)  # type: ignore[arg-type]
    assert message == str(caught.value)


def test_a_claim_with_a_term_shows_it() -> None:
    claim = Claim(id="c", source="s", quote=QUOTE, statement="he was killed", measure="m", term="killed")
    assert "c: killed: he was killed (by the source itself; in s)" == str(claim)
    assert "<dd>killed</dd>" in claim._repr_html_()
