from __future__ import annotations

import io

import pytest

from centasia_claims.errors import TableError
from centasia_claims.importing import read_rows


def test_csv_cells_may_hold_commas_quotes_and_line_breaks() -> None:
    table = '\ufeffurl,text,quote\nhttps://x.org/a,"Up to 1,000 ""fighters""\nleft.",\n\n'
    assert [{"url": "https://x.org/a", "text": 'Up to 1,000 "fighters"\nleft.'}] == read_rows(
        io.StringIO(table), "t.csv"
    )


@pytest.mark.parametrize(
    ("name", "table", "problems"),
    [
        ("t.csv", "", ["t.csv: empty file: write a header row of column names, then one row a claim"]),
        (
            "t.csv",
            "url,text\nhttps://x.org,a,b\n",
            ["t.csv: row 1: 3 cells, 2 columns: put cells that hold commas in double quotes"],
        ),
        (
            "t.jsonl",
            '{"url": 5}\n[1]\n{"url":\n',
            [
                "t.jsonl: line 1: column 'url': expected text, got 5: quote it",
                "t.jsonl: line 2: expected a JSON object of column names and text",
                "t.jsonl: line 3: invalid JSON: Expecting value: write one JSON object a line",
            ],
        ),
    ],
    ids=["empty", "too-many-cells", "jsonl-problems"],
)
def test_a_table_that_cannot_be_read_lists_every_problem(name: str, table: str, problems: list[str]) -> None:
    with pytest.raises(TableError) as caught:
        read_rows(io.StringIO(table), name)
    assert tuple(problems) == caught.value.problems
