"""The reference of the exported tables, in Markdown, generated from `TABLES`.

``docs/sql.md`` holds it, and a test fails when it drifts from the model.

>>> from centasia_claims.exports import tables_reference
>>> page = tables_reference()
>>> "### `claims`" in page, "| `value_low` | real | yes |" in page
(True, True)
"""

from __future__ import annotations

from centasia_claims.exports._columns import SQL_TYPES
from centasia_claims.exports._datasette import CLAIM_SHEET
from centasia_claims.exports._tables import TABLES

__all__ = ["tables_reference"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def tables_reference() -> str:
    """Every table with its key, owner, and each column's type, emptiness, foreign key and description.

    >>> print(tables_reference().splitlines()[0])
    | Column type | SQLite | DuckDB | Parquet (Arrow) |
    """
    arrow = {"text": "string", "integer": "int64", "real": "double", "boolean": "bool", "date": "string",
             "json": "string"}  # fmt: skip
    lines = ["| Column type | SQLite | DuckDB | Parquet (Arrow) |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {kind} | {SQL_TYPES['sqlite'][kind]} | {SQL_TYPES['duckdb'][kind]} | {arrow[kind]} |"
        for kind in SQL_TYPES["sqlite"]
    ]
    for table in TABLES.values():
        key = ", ".join(f"`{name}`" for name in table.primary_key)
        held = f" Holds `{table.model.__name__}` objects." if table.model is not str else ""
        owner = (
            f" The lists `{table.field}` of {', '.join(f'`{owner}`' for owner in table.owners)}."
            if table.owners
            else ""
        )
        lines += ["", f"### `{table.name}`", "", f"{table.description}{held}{owner} Primary key: {key}.", ""]
        lines += ["| Column | Type | Empty | Refers to | Description |", "| --- | --- | --- | --- | --- |"]
        for column in table.columns:
            refers = f"`{column.references}`" if column.references else ""
            empty = "yes" if column.nullable else "no"
            lines.append(
                f"| `{column.name}` | {column.type} | {empty} | {refers} | {_cell(column.description)} |"
            )
    lines += ["", "### `claim_sheet` (view)", "", "One row per claim, for reading.", ""]
    lines += ["| Column | Description |", "| --- | --- |"]
    lines += [f"| `{name}` | {_cell(description)} |" for name, _, description in CLAIM_SHEET]
    return "\n".join(lines) + "\n"
