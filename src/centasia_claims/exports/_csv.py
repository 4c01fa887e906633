r"""CSV export: one file per kind of record, the same columns as the DataFrames.

A spreadsheet reads a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return
before one) as a formula, and a formula can fetch URLs or run commands when the file is opened. Corpus text
is not to be run, so by default such a text cell is written with an apostrophe before it, which
spreadsheets show as text; a cell that is a number (``-5``, ``+3.2``) stays a number. Control characters
other than tab and line breaks are written as escapes. ``raw=True`` writes every cell as it is.

>>> from centasia_claims.exports import FORMULA_STARTS, safe_cell
>>> FORMULA_STARTS[:4]
('=', '+', '-', '@')
>>> safe_cell('=HYPERLINK("http://x")'), safe_cell("-5"), safe_cell(-5), safe_cell("@sum"), safe_cell(None)
('\'=HYPERLINK("http://x")', '-5', -5, "'@sum", None)
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from centasia_claims._render import escape_controls
from centasia_claims.exports._records import records

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.exports._records import RecordKind

__all__ = ["FORMULA_STARTS", "safe_cell", "write_csv"]

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""
_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?%?")


def safe_cell(value: object) -> object:
    r"""A cell as written by default: text a spreadsheet would run gets a leading apostrophe.

    Numbers, ``None`` and text that is a number are kept as they are; control characters other than tab
    and line breaks are escaped.

    >>> safe_cell("+7 (992) 000"), safe_cell("+1,141"), safe_cell("\rcmd"), safe_cell("a\x00b")
    ("'+7 (992) 000", '+1,141', "'\rcmd", 'a\\u0000b')
    """
    if not isinstance(value, str):
        return value
    text = escape_controls(value, keep="\t\n\r")
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(corpus: Corpus, kind: RecordKind, target: str | Path | TextIO, *, raw: bool = False) -> None:
    """Write the records of ``kind`` as CSV (RFC 4180, UTF-8, a header row) to a path or an open text file.

    Empty values (``None``) are written as empty cells. Text a spreadsheet would read as a formula is
    written with a leading apostrophe (`safe_cell`, see the module) unless ``raw`` is true.

    >>> import csv, io
    >>> from centasia_claims import load_seed_corpus
    >>> out = io.StringIO()
    >>> write_csv(load_seed_corpus(), "claims", out)
    >>> rows = {row["id"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    >>> row = rows["claim:odr-interior-ministry-1141"]
    >>> row["phrase"], row["qualifier"], row["period"]
    ('1,141', 'exact', '')
    """
    rows = records(corpus, kind)
    if not raw:
        rows = [{name: safe_cell(value) for name, value in row.items()} for row in rows]
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as handle:
            _write(rows, handle)
    else:
        _write(rows, target)


def _write(rows: list[dict[str, object]], handle: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
