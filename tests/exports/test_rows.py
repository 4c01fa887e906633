from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import check_provenance, load_seed_corpus, reconcile
from centasia_claims.exports import TABLES, corpus_from_tables, read_tables, table_rows
from centasia_claims.exports._rows import rows_of
from tests import strategies
from tests.builders.corpora import sound_corpus, with_claim

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus

CORPUS = load_seed_corpus()


def _reconciled(corpus: Corpus) -> list[Any]:
    return [reconcile(corpus, measure.id) for measure in corpus.measures if corpus.claims_for(measure.id)]


@pytest.mark.parametrize("corpus", [CORPUS, sound_corpus()], ids=["seeds", "sound"])
def test_the_rows_read_back_into_the_same_corpus(corpus: Corpus) -> None:
    assert corpus == corpus_from_tables(table_rows(corpus))


def test_estimates_verdicts_and_findings_read_back_into_the_same_objects() -> None:
    objects = read_tables(CORPUS.cached(table_rows))
    results = _reconciled(CORPUS)
    assert [figure for result in results for figure in result.figures] == objects["estimates"]
    assert [verdict for result in results for verdict in result.verdicts()] == objects["verdicts"]
    assert list(check_provenance(CORPUS).findings) == objects["findings"]


def test_verdict_rows_keep_the_kinds_of_verdict_as_they_come() -> None:
    verdicts = read_tables(CORPUS.cached(table_rows))["verdicts"]
    expected = {verdict.verdict.value for result in _reconciled(CORPUS) for verdict in result.verdicts()}
    column = [column.name for column in TABLES["verdicts"].columns].index("verdict")
    assert expected == {row[column] for row in CORPUS.cached(table_rows)["verdicts"]}
    assert len(verdicts) == len(CORPUS.cached(table_rows)["verdicts"])


def test_a_claim_without_quote_keeps_its_reason_and_no_quote_columns() -> None:
    corpus = with_claim(sound_corpus(), "claim:a", quote=None, unquoted="read from a chart")
    rows = table_rows(corpus)
    claims = TABLES["claims"]
    row = next(row for row in rows["claims"] if row[0] == "claim:a")
    named = dict(zip([column.name for column in claims.columns], row, strict=True))
    assert (None, None, "read from a chart") == (
        named["quote_exact"],
        named["quote_start"],
        named["unquoted"],
    )
    assert corpus == corpus_from_tables(rows)


def test_every_row_has_a_value_for_every_column() -> None:
    rows = CORPUS.cached(table_rows)
    assert {name: len(table.columns) for name, table in TABLES.items()} == {
        name: next(iter({len(row) for row in rows[name]}), len(TABLES[name].columns)) for name in TABLES
    }


MODEL_OBJECTS = {
    "sources": strategies.sources,
    "persons": strategies.persons,
    "organizations": strategies.organizations,
    "places": strategies.places,
    "events": strategies.events,
    "measures": strategies.measures,
    "claims": strategies.claims(),
    "mentions": strategies.mentions(),
    "exclusions": strategies.exclusions,
}


@pytest.mark.parametrize("name", list(MODEL_OBJECTS))
@settings(max_examples=12)
@given(data=st.data())
def test_any_model_object_reads_back_from_its_rows(name: str, data: st.DataObject) -> None:
    items = data.draw(
        st.lists(MODEL_OBJECTS[name], max_size=2, unique_by=lambda item: getattr(item, "id", item))
    )
    lead = "position" in TABLES[name].primary_key
    held = [((index,) if lead else (), item) for index, item in enumerate(items)]
    assert items == read_tables(rows_of({name: held}))[name]
