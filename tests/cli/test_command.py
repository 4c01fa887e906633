from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from centasia_claims.cli import COMMANDS, main
from centasia_claims.corpus import seed_path
from tests.builders import write_folder

if TYPE_CHECKING:
    import pytest


def test_bad_corpus_is_one_clear_error_and_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["report", "--corpus", str(tmp_path)])
    err = capsys.readouterr().err
    assert err.startswith("centasia-claims report: 2 problems; no corpus was returned:\n")


def test_usage_error_exits_2_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["no-such-command"])
    err = capsys.readouterr().err
    assert 1 == err.count("\n")
    assert err.startswith(
        "centasia-claims: argument COMMAND: invalid choice: 'no-such-command' (choose from "
    )
    assert err.endswith(" (centasia-claims --help shows how to use it)\n")


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["report", "--help"])
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


def _mine(root: Path) -> Path:
    claim = {
        "id": "claim:mine",
        "source": "source:rferl-up-to-1000",
        "quote": {"exact": "up to 1,000 nationals"},
        "statement": "Up to 1,000 Tajik nationals joined.",
        "measure": "measure:tajiks-joined-is-syria-iraq",
        "value": {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": 1000},
    }
    return write_folder(root / "mine", {"mine.json": {"format": 2, "claims": [claim]}})


def test_with_seeds_loads_the_bundled_corpus_and_mine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(_mine(tmp_path))
    assert 0 == main(["report", "--json", "--with-seeds", "--corpus", folder])
    with_seeds = json.loads(capsys.readouterr().out)["counts"]["claims"]
    assert 3 == main(["report", "--corpus", folder])
    assert "unknown source id 'source:rferl-up-to-1000'" in capsys.readouterr().err
    assert 0 == main(["report", "--json"])
    assert json.loads(capsys.readouterr().out)["counts"]["claims"] + 1 == with_seeds


def test_corpus_repeats_and_loads_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = str(seed_path())
    assert 0 == main(["trace", "claim:mine", "--corpus", seeds, "--corpus", str(_mine(tmp_path))])
    assert capsys.readouterr().out.startswith("claim:mine\n")


def test_allow_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(write_folder(tmp_path, {}, {}))
    assert 3 == main(["report", "--corpus", folder])
    assert "no fixture files" in capsys.readouterr().err
    assert 0 == main(["report", "--json", "--corpus", folder, "--allow-empty"])
    assert 0 == json.loads(capsys.readouterr().out)["counts"]["claims"]
