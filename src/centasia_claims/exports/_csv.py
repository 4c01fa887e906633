"""CSV export: one file per kind of record, the same columns as the DataFrames."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from centasia_claims.exports._records import records

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.exports._records import RecordKind

__all__ = ["write_csv"]


def write_csv(corpus: Corpus, kind: RecordKind, target: str | Path | TextIO) -> None:
    """Write the records of ``kind`` as CSV (RFC 4180, UTF-8, a header row) to a path or an open text file.

    Empty values (``None``) are written as empty cells.

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
