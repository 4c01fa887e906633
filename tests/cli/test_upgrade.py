from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_an_older_folder_is_upgraded_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_folder(tmp_path, {"a.json": {"persons": []}}, {})
    assert 0 == main(["upgrade", str(folder), "--dry-run", "--json"])
    assert {
        "format": 2,
        "changes": ["fixtures/a.json: format 1 upgraded to 2"],
        "files": ["a.json"],
    } == json.loads(capsys.readouterr().out)
    assert 0 == main(["upgrade", str(folder)])
    assert "fixtures/a.json: format 1 upgraded to 2\n1 file to rewrite\n" == capsys.readouterr().out
    assert 0 == main(["upgrade", str(folder)])
    assert "every fixture is already in format 2\n" == capsys.readouterr().out
    assert {"format": 2, "persons": []} == json.loads(
        (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    )
