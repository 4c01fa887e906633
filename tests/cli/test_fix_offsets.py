from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

TEXT = "He said 61 had returned. Later, 61 had returned."
SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": len(TEXT)}}


def _folder(root: Path, exact: str) -> Path:
    claim = {"id": "claim:a", "source": "source:a", "quote": {"exact": exact}, "statement": "x"}
    return write_folder(root, {"a.json": {"sources": [SOURCE], "claims": [claim]}}, {"a.txt": TEXT})


def test_offsets_are_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, "He said")
    assert 0 == main(["fix-offsets", str(folder), "--dry-run"])
    assert "fixtures/a.json: $.claims[0].quote: placed at 0-7\n1 file to rewrite\n" == capsys.readouterr().out
    assert '"quote": {"exact": "He said"}' in (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    assert 0 == main(["fix-offsets", str(folder), "--json"])
    assert {
        "changes": ["fixtures/a.json: $.claims[0].quote: placed at 0-7"],
        "files": ["a.json"],
    } == json.loads(capsys.readouterr().out)
    data = json.loads((folder / "fixtures" / "a.json").read_text(encoding="utf-8"))
    assert {"exact": "He said", "start": 0, "end": 7} == data["claims"][0]["quote"]


def test_a_quote_that_cannot_be_placed_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, "61 had")
    assert 3 == main(["fix-offsets", str(folder)])
    assert capsys.readouterr().err == (
        "centasia-claims fix-offsets: 1 problem; no corpus was returned:\n"
        "  fixtures/a.json: $.claims[0].quote: the quote '61 had' occurs 2 times in "
        "source 'source:a' (0-48 of "
        "'a.txt'), at 8-14, 32-38: give the start and end of the one meant, or a prefix or suffix that tells "
        "them apart\n"
    )
    assert '"quote": {"exact": "61 had"}' in (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
