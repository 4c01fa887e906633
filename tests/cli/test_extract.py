from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_extract_writes_drafts_and_says_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "По словам министра, 300 человек вернулись. В 2015 году уехал 40-летний мужчина.", encoding="utf-8"
    )
    out = tmp_path / "mine" / "fixtures" / "a.json"
    arguments = ["extract", str(article), "--source-id", "source:a", "--language", "ru", "-o", str(out)]
    assert 0 == main(arguments)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("claim:a-")
    assert lines[0].endswith(": '300 человек' by министра")
    assert f"1 draft written to {out}; 0 reviewed kept; 0 deleted left out" == lines[-1]
    assert 0 == main([*arguments, "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert (1, "source:a") == (len(printed["drafts"]), printed["extraction"]["source"]["id"])


def test_extract_of_an_unreadable_article_exits_with_a_data_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine" / "fixtures" / "a.json"
    assert 3 == main(["extract", str(tmp_path / "none.txt"), "--source-id", "source:a", "-o", str(out)])
    assert "cannot be read (No such file or directory)" in capsys.readouterr().err
