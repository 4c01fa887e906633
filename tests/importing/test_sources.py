# ruff: noqa: E501  (exact messages are asserted whole, one string a message)
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.importing import import_table
from centasia_claims.importing._sources import Sources
from tests.builders.imported import GOOD_ROW, refused, write_table

if TYPE_CHECKING:
    from pathlib import Path

BAD_PAGES: list[tuple[dict[str, str], str]] = [
    (
        {**GOOD_ROW, "reliability": "G"},
        "row 1: refused: reliability: 'G' is not a grade: write one letter from A to F (Admiralty scale)",
    ),
    (
        {**GOOD_ROW, "text": ""},
        "row 1: refused: text: empty: paste the page text or an excerpt holding the quote, or give document",
    ),
    (
        {**GOOD_ROW, "same_as": "https://example.org/other"},
        "row 1: refused: same_as: no row has the url 'https://example.org/other': give the url of a page of the "
        "table, or a source id",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_PAGES, ids=[str(i) for i in range(len(BAD_PAGES))])
def test_a_page_described_wrongly_refuses_the_row(tmp_path: Path, row: dict[str, str], expected: str) -> None:
    assert ([expected], None, False) == refused(tmp_path, row)


def test_a_translation_may_come_before_the_page_it_translates(tmp_path: Path) -> None:
    text = "По словам чиновников, до 1000 таджиков уехали в Сирию."
    translation = {
        **GOOD_ROW,
        "url": "https://example.org/ru/a",
        "language": "ru",
        "text": text,
        "quote": text,
        "value_text": "до 1000",
        "same_as": GOOD_ROW["url"],
    }
    report = import_table(
        write_table(tmp_path, translation, GOOD_ROW), tmp_path / "out", corpus=load_seed_corpus()
    )
    assert report.corpus is not None
    sources = {source.url: source for source in report.corpus.sources}
    assert sources[GOOD_ROW["url"]].id == sources["https://example.org/ru/a"].same_as


def test_the_texts_of_one_page_join_its_document_in_row_order() -> None:
    sources = Sources(None, lambda path: {"a.txt": "Page A, second part."}[path])
    first, _ = sources.read_source({**GOOD_ROW}, [], [])
    second, text = sources.read_source({**GOOD_ROW, "text": "", "document": "a.txt"}, [], [])
    assert (first, "Page A, second part.") == (second, text)
    (document,) = sources.documents().values()
    assert f"{GOOD_ROW['text']}\n\n[…]\n\nPage A, second part." == document.text
