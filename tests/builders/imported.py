"""Scenario corpora brought in as a user brings reporting in: a table of ``tests/data/scenarios``, imported.

One good row of a table (`GOOD_ROW`, quoting `ROW_TEXT`) for tests to break one cell at a time, written as a
table by `write_table`.

Each table is made-up reporting shaped like real reporting (``tests/data/scenarios/README.md``); it is
imported with `import_table` against no base corpus, and the corpus written is loaded back. Claim ids are
digests of a row's cells, so tests name a claim by its page and figure (`Imported.claim`) and read reasons
with each claim id written as that name (`Imported.named`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from centasia_claims import Corpus, load_seed_corpus
from centasia_claims.importing import import_table

if TYPE_CHECKING:
    from centasia_claims.model import ClaimId

SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"
"""Where the scenario tables are."""

ROW_TEXT = "Officials say up to 1,000 Tajiks have gone to Syria, RFE/RL reported."
"""The page text of `GOOD_ROW`."""
GOOD_ROW = {
    "url": "https://example.org/a",
    "outlet": "RFE/RL",
    "text": ROW_TEXT,
    "quote": "up to 1,000 Tajiks have gone to Syria",
    "value_text": "up to 1,000",
    "claimant": "Officials {} [said] > RFE/RL",
    "measure": "measure:tajiks-joined-is-syria-iraq",
}
"""A row that imports against the seed corpus with nothing to report."""


def write_table(tmp_path: Path, *rows: dict[str, str]) -> Path:
    """``rows`` written as a JSON Lines table in ``tmp_path``."""
    table = tmp_path / "table.jsonl"
    table.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return table


@attrs.frozen
class Imported:
    """A scenario table imported and loaded."""

    corpus: Corpus

    def claim(self, page: str, phrase: str) -> ClaimId:
        """The one claim whose source's url contains ``page`` and whose figure is written ``phrase``."""
        (found,) = [
            claim.id
            for claim in self.corpus.claims
            if page in (self.corpus.source(claim.source).url or "")
            and claim.value is not None
            and claim.value.phrase == phrase
        ]
        return found

    def name(self, claim: str) -> str:
        """A claim as tests name it: the last part of its page's url, then its figure."""
        item = self.corpus.claim(claim)
        url = self.corpus.source(item.source).url or ""
        return f"{url.rstrip('/').rsplit('/', 1)[-1]}: {item.value.phrase if item.value else ''}"

    def named(self, text: str) -> str:
        """``text`` with every claim id written as `name` writes it."""
        return re.sub(r"claim:[a-z0-9-]+", lambda match: f"<{self.name(match[0])}>", text)


def refused(tmp_path: Path, row: dict[str, str]) -> tuple[list[str], str | None, bool]:
    """Import one row against the seed corpus: the report's lines, the folder written and whether it exists.

    A refused row gives its one line, no folder and nothing on disk.
    """
    report = import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    return [str(line) for line in report.rows], report.written, (tmp_path / "out").exists()


def imported(table: str, folder: Path) -> Imported:
    """The scenario table ``table`` (a file name under `SCENARIOS`) imported into ``folder`` and loaded."""
    report = import_table(SCENARIOS / table, folder / "corpus")
    assert report.corpus is not None, str(report)
    return Imported(report.corpus)
