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


def test_a_header_of_many_unknown_columns_is_a_bounded_list() -> None:
    header = ",".join([*(f"c{index}" for index in range(1_000)), *(["x"] * 500)])
    with pytest.raises(TableError) as caught:
        read_rows(io.StringIO(header + "\n"), "t.csv")
    problems = caught.value.problems
    assert 21 == len(problems)
    assert problems[0].startswith("t.csv: line 1: unknown column 'c0': allowed are url, outlet, ")
    assert "t.csv: line 1: 981 more unknown columns" == problems[-1]


def test_a_repeated_unknown_column_is_named_once_with_its_count() -> None:
    with pytest.raises(TableError) as caught:
        read_rows(io.StringIO("url,x,x,x\n"), "t.csv")
    assert ["t.csv: line 1: unknown column 'x' (3 times): allowed are "] == [
        problem[: problem.index("are ") + 4] for problem in caught.value.problems
    ]
