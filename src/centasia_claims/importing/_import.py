"""`import_table`: a flat table of reports becomes a corpus folder, all or nothing, the same every time."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from centasia_claims.corpus import load_corpus
from centasia_claims.errors import TableError
from centasia_claims.importing._build import Builder
from centasia_claims.importing._report import ImportReport, RowStatus
from centasia_claims.importing._table import read_rows
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus

__all__ = ["FIXTURE", "import_table"]

FIXTURE = "imported.json"
"""The one fixture file an import writes, under ``fixtures/``."""

_BASE_FIXTURE = "000-base.json"


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _write(folder: Path, builder: Builder) -> None:
    (folder / "documents").mkdir(parents=True)
    (folder / "fixtures").mkdir()
    for document in sorted(builder.documents().values(), key=lambda document: document.name):
        (folder / "documents" / document.name).write_bytes(document.text.encode("utf-8"))
    sections = {
        name: [unstructure(item) for item in items] for name, items in builder.sections().items() if items
    }
    (folder / "fixtures" / FIXTURE).write_bytes(_json(sections).encode("utf-8"))


def _verify(folder: Path, base: Corpus | None, scratch: Path) -> Corpus:
    """Load the written folder with `load_corpus`, after the base corpus's folders when there is one.

    A base corpus built in code has no folders: it is written out beside the folder and loaded with it.
    """
    if base is None:
        return load_corpus(folder)
    if base.folders:
        return load_corpus(*base.folders, folder)
    written = scratch / "base"
    (written / "documents").mkdir(parents=True)
    (written / "fixtures").mkdir()
    for document in base.documents:
        (written / "documents" / document.name).write_bytes(document.text.encode("utf-8"))
    sections = {name: [unstructure(item) for item in items] for name, items in base.sections().items()}
    (written / "fixtures" / _BASE_FIXTURE).write_bytes(_json(sections).encode("utf-8"))
    return load_corpus(written, folder)


def _check_target(out: Path, *, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise TableError([f"{out}: is a file: give a folder to write the corpus to"])
    if out.is_dir() and any(out.iterdir()) and not force:
        raise TableError([f"{out}: the folder is not empty: give a new folder, or force to replace it"])


def import_table(
    table: str | Path,
    out: str | Path,
    *,
    corpus: Corpus | None = None,
    force: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Turn a table of reports (CSV or JSON Lines, columns `COLUMNS`) into a corpus folder at ``out``.

    Each row becomes a claim in the source its ``url`` names; its quote is found in its text, its figure
    read, and every name resolved against ``corpus`` (ids reused; new entities, groups and measures
    created with stable ids). The folder holds ``documents/`` and ``fixtures/imported.json`` and refers to
    ``corpus`` by id, so it loads beside it. It is written only when no row is refused, to a temporary folder
    that is loaded (with ``corpus``) and then renamed into place: never partly. The same table gives the
    same bytes.

    Args:
        table: The table; ``.jsonl`` is read as JSON Lines, anything else as CSV (UTF-8).
        out: The folder to write; it must not exist or be empty, unless ``force`` replaces it.
        corpus: The base corpus names and measures are resolved against, or ``None``.
        force: Replace a folder that is not empty.
        dry_run: Report on every row, write nothing.

    Returns:
        One line a row (done, needs a human, refused, with column, what is wrong and what to do), where
        the folder was written (``None`` when a row was refused or on a dry run), and as ``corpus`` the
        folder loaded beside ``corpus``.

    Raises:
        TableError: The table cannot be read, names an unknown column, or ``out`` is taken.
        CorpusError: The folder written does not load (every problem listed); nothing is left at ``out``.

    >>> import json, pathlib, tempfile
    >>> from centasia_claims import load_seed_corpus
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> row = {
    ...     "url": "https://example.org/a", "outlet": "RFE/RL",
    ...     "text": "Officials say up to 1,000 have gone.",
    ...     "quote": "up to 1,000 have gone", "value_text": "up to 1,000", "claimant": "officials > RFE/RL",
    ...     "measure": "measure:tajiks-joined-is-syria-iraq",
    ... }
    >>> _ = (folder / "t.jsonl").write_text(json.dumps(row), encoding="utf-8")
    >>> report = import_table(folder / "t.jsonl", folder / "out", corpus=load_seed_corpus())
    >>> print(report.rows[0])
    row 1: done: claim:rfe-rl-...
    >>> sorted(path.name for path in (folder / "out").iterdir())
    ['documents', 'fixtures']
    """
    table, out = Path(table), Path(out)
    try:
        with table.open(encoding="utf-8", newline="") as stream:
            rows = read_rows(stream, table.name)
    except UnicodeDecodeError as error:
        raise TableError([f"{table}: not UTF-8 at byte {error.start}: save the table as UTF-8"]) from None
    except OSError as error:
        raise TableError([f"{table}: cannot be read ({error.strerror}): give the path of a table"]) from None
    if not rows:
        raise TableError([f"{table}: no rows: write one row a claim under the header"])
    _check_target(out, force=force)
    builder = Builder(corpus, lambda path: (table.parent / path).read_text(encoding="utf-8"))
    builder.plan(rows)
    report = ImportReport(rows=tuple(builder.add_row(n, row) for n, row in enumerate(rows, 1)), written=None)
    if dry_run or report.count(RowStatus.REFUSED):
        return report
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        _write(scratch / "corpus", builder)
        loaded = _verify(scratch / "corpus", corpus, scratch)
        if out.exists():
            shutil.rmtree(out)
        (scratch / "corpus").rename(out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    written = ImportReport(rows=report.rows, written=str(out))
    object.__setattr__(written, "_corpus", loaded)  # kept with the report, never serialized
    return written
