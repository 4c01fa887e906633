"""What an import did with each row: done, needs a human, or refused, with every reason on one line."""

from __future__ import annotations

import enum

import attrs

from centasia_claims._render import html_record, html_table
from centasia_claims.corpus import Corpus
from centasia_claims.serialization import register_result

__all__ = ["ImportReport", "RowReport", "RowStatus"]


class RowStatus(enum.StrEnum):
    """What became of a row.

    >>> [status.value for status in RowStatus]
    ['done', 'needs a human', 'refused']
    """

    DONE = "done"
    """Imported; nothing to review."""
    NEEDS_HUMAN = "needs a human"
    """Imported, with something a person should settle (an ambiguous name, a new measure)."""
    REFUSED = "refused"
    """Not imported: the row is wrong as written; the reasons say what to change."""


@attrs.frozen(kw_only=True)
class RowReport:
    """One row's outcome.

    Attributes:
        row: The row's number, from 1, not counting the header.
        status: Done, needs a human, or refused.
        claim: The id of the claim it became (``None`` when refused).
        reasons: Each as ``column: what is wrong: what to do``.

    >>> print(RowReport(row=3, status=RowStatus.REFUSED, reasons=("quote: empty: copy it from the text",)))
    row 3: refused: quote: empty: copy it from the text
    """

    row: int
    status: RowStatus
    claim: str | None = None
    reasons: tuple[str, ...] = ()

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        line = f"row {self.row}: {self.status.value}"
        if self.claim is not None:
            line += f": {self.claim}"
        if self.reasons:
            line += f": {'; '.join(self.reasons)}"
        return line


@attrs.frozen(kw_only=True)
class ImportReport:
    """What an import did: one `RowReport` a row, and where the folder was written.

    Attributes:
        rows: One report a row, in table order.
        written: The folder written, or ``None`` when nothing was (a row was refused, or ``dry_run``).

    >>> report = ImportReport(rows=(RowReport(row=1, status=RowStatus.DONE, claim="claim:a"),), written=None)
    >>> print(report)
    row 1: done: claim:a
    1 rows: 1 done, 0 need a human, 0 refused; nothing written
    """

    rows: tuple[RowReport, ...]
    written: str | None
    _corpus: Corpus | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @property
    def corpus(self) -> Corpus | None:
        """The written folder as loaded beside the base corpus (``None`` when nothing was written)."""
        return self._corpus

    def count(self, status: RowStatus) -> int:
        """How many rows have this status."""
        return sum(1 for row in self.rows if row.status is status)

    @property
    def summary(self) -> str:
        """One line: how many rows of each status, and where the folder was written."""
        where = f"written to {self.written}" if self.written is not None else "nothing written"
        done, needs, refused = (self.count(status) for status in RowStatus)
        return f"{len(self.rows)} rows: {done} done, {needs} need a human, {refused} refused; {where}"

    def __str__(self) -> str:
        return "\n".join([*(str(row) for row in self.rows), self.summary])

    def _repr_html_(self) -> str:
        rows = [
            (str(row.row), row.status.value, row.claim or "", "; ".join(row.reasons)) for row in self.rows
        ]
        return f"<div><p>{self.summary}</p>{html_table(('row', 'status', 'claim', 'reasons'), rows)}</div>"


register_result(RowReport)
register_result(ImportReport, summary=lambda report: report.summary)
