from __future__ import annotations

from pathlib import Path

from centasia_claims.importing import COLUMNS, columns_markdown

PAGE = Path(__file__).parents[2] / "docs" / "import.md"
BEGIN = "<!-- columns: generated from centasia_claims.importing.COLUMNS; do not edit -->\n"
END = "<!-- end of columns -->"


def test_the_documented_columns_are_the_columns_the_importer_reads() -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert columns_markdown() == page.split(BEGIN, 1)[1].split(END, 1)[0]


def test_column_names_are_unique() -> None:
    names = [column.name for column in COLUMNS]
    assert sorted(set(names)) == sorted(names)
