# ruff: noqa: E501  (exact messages are asserted whole, one string a message)
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import load_seed_corpus
from centasia_claims.importing import (
    ImportReport,
    MeasureDeclarations,
    import_table,
    read_authority,
    read_kind,
)
from centasia_claims.model import Measure, MeasureKind

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "The Investigative Committee said 40 people were killed. Later it raised the toll to 115."
FIRST = {
    "url": "https://example.org/toll",
    "outlet": "Steppe Wire",
    "published": "2024-03-22",
    "text": TEXT,
    "quote": "The Investigative Committee said 40 people were killed",
    "value_text": "40",
    "claimant": "Investigative Committee > Steppe Wire",
    "measure": "people killed in the attack",
}
SECOND = {**FIRST, "quote": "it raised the toll to 115", "value_text": "115"}


def _table(tmp_path: Path, *rows: dict[str, str]) -> Path:
    table = tmp_path / "table.jsonl"
    table.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return table


def _lines(report: ImportReport) -> list[str]:
    """The report's lines, with each claim id (a digest of the row's cells) written CLAIM."""
    return [re.sub(r"claim:[a-z0-9-]+", "CLAIM", str(row)) for row in report.rows]


def _fixture(tmp_path: Path) -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads(
        (tmp_path / "out" / "fixtures" / "imported.json").read_text(encoding="utf-8")
    )
    return data


def test_a_new_measure_is_declared_by_any_of_its_rows(tmp_path: Path) -> None:
    declared = {
        "measure_kind": "Event",
        "measure_revisable": "yes",
        "measure_authority": "Investigative Committee; Interior Ministry",
    }
    report = import_table(_table(tmp_path, FIRST, {**SECOND, **declared}), tmp_path / "out")
    assert [
        "row 1: needs a human: CLAIM: measure: new measure 'measure:people-killed-in-the-attack' (unit of its first figure, kind snapshot unless measure_kind says otherwise): check its label, unit and kind, or give an existing measure id",
        "row 2: done: CLAIM",
    ] == _lines(report)
    (measure,) = _fixture(tmp_path)["measures"]
    assert {
        "id": "measure:people-killed-in-the-attack",
        "label": "people killed in the attack",
        "unit": "count",
        "kind": "event",
        "note": "created by import: check it",
        "revisable": True,
        "authority": ["org:investigative-committee", "org:interior-ministry"],
    } == measure


def test_the_first_row_of_a_new_measure_says_what_it_declares(tmp_path: Path) -> None:
    row = {**FIRST, "measure_kind": "cumulative", "measure_revisable": "yes"}
    report = import_table(_table(tmp_path, row), tmp_path / "out", dry_run=True)
    assert (
        "row 1: needs a human: CLAIM: measure: new measure 'measure:people-killed-in-the-attack' (unit of its first figure, kind cumulative, revisable): check its label, unit and kind, or give an existing measure id"
    ) == _lines(report)[0]


def test_a_base_measure_may_repeat_its_declaration(tmp_path: Path) -> None:
    row = {
        **FIRST,
        "measure": "measure:tajiks-joined-is-syria-iraq",
        "measure_kind": "cumulative",
        "measure_revisable": "no",
    }
    report = import_table(_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    assert ["row 1: done: CLAIM"] == _lines(report)
    assert "measures" not in _fixture(tmp_path)


def test_the_occasion_cell_names_the_statement_a_row_reports(tmp_path: Path) -> None:
    import_table(_table(tmp_path, {**FIRST, "occasion": " briefing of 22 March "}), tmp_path / "out")
    assert "briefing of 22 March" == _fixture(tmp_path)["claims"][0]["occasion"]


BAD: list[tuple[list[dict[str, str]], list[str]]] = [
    (
        [{**FIRST, "measure_kind": "running total"}],
        [
            "row 1: refused: measure_kind: 'running total' is not a kind: write one of cumulative, snapshot, event"
        ],
    ),
    (
        [{**FIRST, "measure_revisable": "perhaps"}],
        [
            "row 1: refused: measure_revisable: 'perhaps' is not yes or no: write yes (figures are revised) or no"
        ],
    ),
    (
        [{**FIRST, "measure_revisable": "yes", "measure_authority": "experts {}"}],
        [
            "row 1: refused: measure_authority: 'experts {}' names no body: an authority is a named body or person"
        ],
    ),
    (
        [{**FIRST, "measure_revisable": "yes", "measure_authority": "group: police officers"}],
        [
            "row 1: refused: measure_authority: 'group: police officers' names no body: an authority is a named body or person"
        ],
    ),
    (
        [{**FIRST, "measure_revisable": "yes", "measure_authority": "Police [said]; Committee {org:nobody}"}],
        [
            "row 1: refused: measure_authority: 'Police' may be any of several entities: write {org:russian-police} or {org:tajik-police} after the name; measure_authority: no entity 'org:nobody' in the base corpus: correct the id or drop it"
        ],
    ),
    (
        [{**FIRST, "measure_authority": "Investigative Committee"}],
        [
            "row 1: refused: measure_authority: 'measure:people-killed-in-the-attack' is not declared revisable, and an authority order ranks the revisions of a revisable measure: write yes in measure_revisable, on this row or an earlier row of the measure"
        ],
    ),
    (
        [
            {**FIRST, "measure_kind": "event"},
            {**SECOND, "measure_kind": "cumulative", "measure_revisable": "no"},
        ],
        [
            "row 1: needs a human: CLAIM: measure: new measure 'measure:people-killed-in-the-attack' (unit of its first figure, kind event): check its label, unit and kind, or give an existing measure id",
            "row 2: refused: measure_kind: 'cumulative', but row 1 declares 'measure:people-killed-in-the-attack' event: give every row of one measure the same, or leave the cell empty",
        ],
    ),
    (
        [
            {
                **FIRST,
                "measure": "measure:tajiks-joined-is-syria-iraq",
                "measure_kind": "event",
                "measure_revisable": "yes",
            }
        ],
        [
            "row 1: refused: measure_kind: 'event', but 'measure:tajiks-joined-is-syria-iraq' of the base corpus is cumulative: empty the cell, or give a new measure id to count it another way; measure_revisable: 'yes', but 'measure:tajiks-joined-is-syria-iraq' of the base corpus is no: empty the cell, or give a new measure id to count it another way"
        ],
    ),
    (
        [{**FIRST, "measure": "", "value_text": "", "measure_kind": "event"}],
        [
            "row 1: refused: measure_kind: describes a measure, but the row names none: give the measure, or empty the cell"
        ],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_a_bad_declaration_is_refused_naming_row_column_problem_and_fix(
    tmp_path: Path, rows: list[dict[str, str]], expected: list[str]
) -> None:
    report = import_table(_table(tmp_path, *rows), tmp_path / "out", corpus=load_seed_corpus())
    assert (expected, None) == (_lines(report), report.written)


def test_authority_names_are_read_highest_first() -> None:
    assert ["Interior Ministry", "Police"] == read_authority(
        {"measure_authority": " Interior Ministry ;; Police"}
    )
    assert (None, []) == (read_kind({}, []), [])


KINDS = st.lists(st.one_of(st.none(), st.sampled_from(list(MeasureKind))), min_size=1, max_size=8)


@given(KINDS)
def test_a_measure_keeps_the_first_kind_declared_and_every_other_kind_is_refused(
    kinds: list[MeasureKind | None],
) -> None:
    declarations = MeasureDeclarations()
    measure = Measure(id="measure:m", label="m", unit="count")
    refused_rows = []
    for row, kind in enumerate(kinds, 1):
        refused: list[str] = []
        measure = declarations.declare(
            measure, row, {} if kind is None else {"kind": kind}, refused, base=False
        )
        if refused:
            refused_rows.append(row)
    given_kinds = [kind for kind in kinds if kind is not None]
    first = given_kinds[0] if given_kinds else MeasureKind.SNAPSHOT
    expected = [row for row, kind in enumerate(kinds, 1) if kind is not None and kind is not first]
    assert (first, expected) == (measure.kind, refused_rows)
