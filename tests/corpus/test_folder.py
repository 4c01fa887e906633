from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims.corpus._folder import quote_target, raw_sources, read_folder
from centasia_claims.errors import Problem
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": 4}}


def test_a_folder_is_read_as_it_is(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"b.json": {"sources": [SOURCE]}, "a.json": "{"}, {"a.txt": "text"})
    (folder / "fixtures" / "notes.txt").write_text("not a fixture", encoding="utf-8")
    read = read_folder(folder, "mine")
    assert {"a.txt": "text"} == read.documents
    assert ["a.json", "b.json"] == [name for name, _ in read.fixtures]
    assert (
        Problem(
            "mine/fixtures/a.json",
            "line 1, column 2 (char 1)",
            "invalid JSON: Expecting property name enclosed in double quotes: write each key in double "
            "quotes, and remove a comma before a closing brace",
        )
        == read.fixtures[0][1]
    )
    assert [] == read.problems


def test_the_first_source_of_an_id_counts_and_malformed_ones_are_none() -> None:
    broken = {**SOURCE, "id": "source:b", "span": {"start": "0"}}
    fixtures: list[tuple[int, Any]] = [
        (0, {"sources": [SOURCE, broken, "x"]}),
        (1, {"sources": [{**SOURCE, "document": "z"}]}),
    ]
    assert {"source:a": (0, "a.txt", 0, 4), "source:b": None} == raw_sources(fixtures)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(
            {"source": "source:a", "quote": {}},
            ("text", (0, 4), "source 'source:a' (0-4 of 'a.txt')"),
            id="found",
        ),
        pytest.param({"source": "source:a"}, None, id="no-quote"),
        pytest.param({"source": 5, "quote": {}}, None, id="no-source-id"),
        pytest.param(
            {"source": "source:x", "quote": {}},
            ("source", "unknown source id 'source:x': add it to the corpus or correct the id"),
            id="unknown-source",
        ),
    ],
)
def test_quote_target(tmp_path: Path, item: Any, expected: Any) -> None:
    folder = read_folder(write_folder(tmp_path, {}, {"a.txt": "text"}))
    assert expected == quote_target([folder], {"source:a": (0, "a.txt", 0, 4)}, item)
