r"""Reading an import table: CSV with a header row, or JSON Lines with one object per row.

Every cell is text; an empty cell and a missing key are the same. Rows are numbered from 1, not counting the
header, as the import report names them.

>>> import io
>>> rows = read_rows(io.StringIO("url,text\nhttps://x.org,Some text\n"), "t.csv")
>>> rows[0]["text"]
'Some text'
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

from centasia_claims.errors import TableError
from centasia_claims.importing._columns import COLUMNS

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import TextIO

__all__ = ["read_rows"]

_NAMES = tuple(column.name for column in COLUMNS)
_COMMAS = "put cells that hold commas in double quotes"


_SHOWN_UNKNOWN = 20
"""Unknown columns named one by one; past this many, the rest are counted (a header of a million columns
would otherwise be a million messages, each listing every allowed column)."""


def _unknown(keys: Iterable[str], where: str) -> list[str]:
    allowed = ", ".join(_NAMES)
    counts = Counter(key for key in keys if key not in _NAMES)
    problems = [
        f"{where}: unknown column {key!r}{f' ({count} times)' if count > 1 else ''}: allowed are {allowed}"
        for key, count in islice(counts.items(), _SHOWN_UNKNOWN)
    ]
    if len(counts) > _SHOWN_UNKNOWN:
        problems.append(f"{where}: {len(counts) - _SHOWN_UNKNOWN:,} more unknown columns")
    return problems


def _csv_rows(stream: TextIO, name: str) -> list[dict[str, str]]:
    reader = csv.reader(stream)
    try:
        header = next(reader, None)
        if header is None:
            raise TableError(
                [f"{name}: empty file: write a header row of column names, then one row a claim"]
            )
        header = [cell.strip().lstrip("\ufeff") for cell in header]
        problems = _unknown(header, f"{name}: line 1")
        if problems:
            raise TableError(problems)
        rows: list[dict[str, str]] = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line is not a row
            if len(cells) > len(header):
                raise TableError(
                    [f"{name}: row {len(rows) + 1}: {len(cells)} cells, {len(header)} columns: {_COMMAS}"]
                )
            rows.append({key: value for key, value in zip(header, cells, strict=False) if value.strip()})
    except csv.Error as error:
        raise TableError([f"{name}: not CSV: {error}: save the table as CSV (UTF-8)"]) from None
    return rows


def _jsonl_rows(stream: TextIO, name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: invalid JSON: {error.msg}: write one JSON object a line")
            continue
        if not isinstance(data, dict):
            problems.append(f"{where}: expected a JSON object of column names and text")
            continue
        problems += _unknown(list(data), where)
        wrong = [key for key, value in data.items() if value is not None and not isinstance(value, str)]
        problems += [f"{where}: column {key!r}: expected text, got {data[key]!r}: quote it" for key in wrong]
        rows.append({key: value for key, value in data.items() if isinstance(value, str) and value.strip()})
    if problems:
        raise TableError(problems)
    return rows


def read_rows(stream: TextIO, name: str) -> list[dict[str, str]]:
    r"""The rows of a table, as column -> text, skipping empty cells; JSON Lines when ``name`` ends in .jsonl.

    Raises:
        TableError: The table is not CSV or JSON Lines, or names a column that `COLUMNS` does not list.

    >>> import io
    >>> read_rows(io.StringIO('{"url": "https://x.org", "note": ""}\n'), "t.jsonl")
    [{'url': 'https://x.org'}]
    """
    if name.endswith(".jsonl"):
        return _jsonl_rows(stream, name)
    return _csv_rows(stream, name)
