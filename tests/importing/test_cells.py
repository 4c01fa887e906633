# ruff: noqa: E501  (exact messages are asserted whole, one string a message)
from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import load_seed_corpus
from centasia_claims.importing import import_table
from centasia_claims.importing._cells import iso_hint, read_choice, read_quote, read_value, short
from centasia_claims.model import PartialDate, Stance
from tests.builders.imported import GOOD_ROW, refused, write_table

if TYPE_CHECKING:
    from pathlib import Path

BAD_CELLS: list[tuple[dict[str, str], str]] = [
    (
        {**GOOD_ROW, "quote": "up to 2,000 Tajiks"},
        "row 1: refused: quote: 'up to 2,000 Tajiks' does not occur in the text, not even with quotation marks, "
        "dashes and spaces folded: copy the quote from the text as written",
    ),
    (
        {**GOOD_ROW, "quote": ""},
        "row 1: refused: quote: empty: copy the words the claim rests on, or say why there are none in unquoted",
    ),
    (
        {**GOOD_ROW, "value_text": "1,000 people"},
        "row 1: refused: value_text: '1,000 people' does not occur in the quote, not even with quotation marks, "
        "dashes and spaces folded: copy the figure from the quote",
    ),
    (
        {**GOOD_ROW, "language": "Russian"},
        "row 1: refused: language: 'Russian' is not a BCP 47 language tag: write the language's code, such as ru "
        "(Russian), tg (Tajik), en (English) or uz-Latn (Uzbek in Latin script)",
    ),
    (
        {**GOOD_ROW, "language": "ru_RU"},
        "row 1: refused: language: 'ru_RU' is not a BCP 47 language tag: write the language's code, such as ru "
        "(Russian), tg (Tajik), en (English) or uz-Latn (Uzbek in Latin script)",
    ),
    (
        {**GOOD_ROW, "published": "March 2015"},
        "row 1: refused: published: 'March 2015' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (2015-03)",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_CELLS, ids=[str(i) for i in range(len(BAD_CELLS))])
def test_a_bad_cell_refuses_the_row_naming_column_problem_and_fix(
    tmp_path: Path, row: dict[str, str], expected: str
) -> None:
    assert ([expected], None, False) == refused(tmp_path, row)


def test_a_figure_is_read_in_its_rows_language(tmp_path: Path) -> None:
    text = "По данным МВД, около 1 тыс. граждан уехали в Сирию."
    row = {**GOOD_ROW, "language": "ru", "text": text, "quote": text, "value_text": "около 1 тыс."}
    import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    data = json.loads((tmp_path / "out" / "fixtures" / "imported.json").read_text(encoding="utf-8"))
    value = data["claims"][0]["value"]
    assert ("около 1 тыс.", "approximate", 1000) == (value["phrase"], value["qualifier"], value["point"])


def test_status_and_stance_say_how_the_page_presents_the_figure(tmp_path: Path) -> None:
    row = {**GOOD_ROW, "status": "Hearsay", "stance": "unconfirmed"}
    import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    data = json.loads((tmp_path / "out" / "fixtures" / "imported.json").read_text(encoding="utf-8"))
    assert ("hearsay", "unconfirmed") == (data["claims"][0]["status"], data["claims"][0]["stance"])


def test_a_status_or_stance_that_names_none_is_refused(tmp_path: Path) -> None:
    row = {**GOOD_ROW, "status": "rumour", "stance": "maybe"}
    report = import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    assert [
        "row 1: refused: status: 'rumour' is not one of official, estimate, assertion, allegation, hearsay, "
        "responsibility_claim, denial, unconfirmed: write one; stance: 'maybe' is not one of asserts, denies, "
        "unconfirmed: write one"
    ] == [str(line) for line in report.rows]


def test_read_quote_gives_the_quote_as_the_text_writes_it() -> None:
    refused: list[str] = []
    row = {"quote": "say \u201cup to 1,000\u201d"}
    assert ('say "up to 1,000"', "") == read_quote(row, 'Officials say "up to 1,000".', refused)
    assert [] == refused


def test_read_value_keeps_the_phrase_as_written_when_a_reading_is_given() -> None:
    refused: list[str] = []
    value = read_value({"value_text": "около тысячи", "value": "about 1,000"}, "около тысячи", None, refused)
    assert ([], "около тысячи", 1000) == (
        refused,
        value.phrase if value else None,
        value.point if value else None,
    )


def test_read_value_finds_the_figure_with_spaces_and_dashes_folded_and_keeps_the_texts_own() -> None:
    # Russian and Tajik pages separate thousands with a no-break space, which a table's cell rarely keeps.
    quote = "воюют 1\u00a0094 гражданина, ещё 300\u2013400 вернулись"
    refused: list[str] = []
    first = read_value({"value_text": "1 094", "language": "ru"}, quote, None, refused)
    second = read_value({"value_text": "300-400", "language": "ru"}, quote, None, refused)
    assert ([], "1\u00a0094", 1094, "300\u2013400", (300, 400)) == (
        refused,
        first.phrase if first else None,
        first.point if first else None,
        second.phrase if second else None,
        (second.low, second.high) if second else None,
    )


def test_read_choice_reads_words_as_the_enumeration_writes_them() -> None:
    refused: list[str] = []
    assert (Stance.ASSERTS, None, []) == (
        read_choice({"stance": " Asserts "}, "stance", Stance, refused),
        read_choice({}, "stance", Stance, refused),
        refused,
    )


def test_short_cuts_a_long_cell_with_an_ellipsis() -> None:
    assert ("'abc'", "'abcd…'") == (short("abc"), short("abcdefgh", limit=5))


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_a_day_first_or_written_date_is_refused_with_its_iso_form(day: dt.date) -> None:
    iso = f" ({day.isoformat()})"
    assert iso == iso_hint(f"{day.day:02}.{day.month:02}.{day.year}") == iso_hint(day.strftime("%d %B %Y"))
    assert f" ({day.isoformat()[:7]})" == iso_hint(day.strftime("%B %Y"))
    assert PartialDate.parse(iso.strip(" ()")) == PartialDate(day.year, day.month, day.day)


@given(st.text(alphabet="0123456789/ -", max_size=12))
def test_an_ambiguous_date_gets_no_iso_form(text: str) -> None:
    assert "" == iso_hint(text)
