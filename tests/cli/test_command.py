from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from centasia_claims.cli import COMMANDS, main


def test_bad_corpus_is_one_clear_error_and_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["report", "--corpus", str(tmp_path)])
    err = capsys.readouterr().err
    assert err.startswith("centasia-claims report: 2 problems; no corpus was returned:\n")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert 2 == caught.value.code
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "Example: centasia-claims report" in capsys.readouterr().out


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "centasia_claims", "report", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "counts" in json.loads(result.stdout)


def test_every_command_is_documented() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [] == [command.name for command in COMMANDS if f"| `{command.name}" not in page]
    assert [] == [command.name for command in COMMANDS if command.example not in page]
