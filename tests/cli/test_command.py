from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from centasia_claims.cli import COMMANDS, main
from centasia_claims.corpus import seed_path
from tests.builders import write_folder


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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--version"])
    assert (0, f"centasia-claims {metadata.version('centasia-claims')}\n") == (code, capsys.readouterr().out)


def test_a_corpus_path_that_does_not_exist_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "my-corpsu"
    assert 3 == main(["report", "--corpus", str(missing)])
    assert (
        "centasia-claims report: 1 problem; no corpus was returned:\n"
        f"  {missing}: no such folder: give the path of a corpus folder\n"
    ) == capsys.readouterr().err


# Every way the command line was seen to fail ends in one line and a documented exit code, no traceback.

TAJIKS = "measure:tajiks-joined-is-syria-iraq"


def _nested(root: Path) -> list[str]:
    folder = write_folder(root / "c", {"a.json": '{"claims": ' + "[" * 10_000 + "]" * 10_000 + "}"})
    return ["report", "--corpus", str(folder)]


def _repeated(root: Path) -> list[str]:
    folder = write_folder(root / "c", {"a.json": '{"claims": [], "claims": []}'}, {})
    return ["report", "--corpus", str(folder)]


def _linked_out(root: Path) -> list[str]:
    folder = write_folder(root / "c", {"a.json": {"claims": []}}, {})
    (folder / "documents" / "passwd.txt").symlink_to("/etc/passwd")
    return ["report", "--corpus", str(folder)]


def _dollar_label(root: Path) -> list[str]:
    folder = root / "c"
    (folder / "documents").mkdir(parents=True)
    (folder / "fixtures").mkdir()
    for entry in (seed_path() / "documents").iterdir():
        (folder / "documents" / entry.name).write_bytes(entry.read_bytes())
    for entry in (seed_path() / "fixtures").iterdir():
        data = json.loads(entry.read_text(encoding="utf-8"))
        for measure in data.get("measures", ()):
            measure["label"] = "$$ costs $\\frac{1}{"
        (folder / "fixtures" / entry.name).write_text(json.dumps(data), encoding="utf-8")
    return ["plot", TAJIKS, "--corpus", str(folder), "-o", str(root / "out.png")]


CASES = {
    "nested-fixture": (_nested, 3, "centasia-claims report: 1 problem; no corpus was returned:"),
    "repeated-key": (_repeated, 3, "centasia-claims report: 1 problem; no corpus was returned:"),
    "link-out": (_linked_out, 3, "centasia-claims report: 1 problem; no corpus was returned:"),
    "max-pairs-negative": (
        lambda _: ["estimates", TAJIKS, "--max-pairs", "-1"],
        2,
        "centasia-claims estimates: --max-pairs must be 0 or more, not -1",
    ),
    "max-pairs-huge": (lambda _: ["estimates", TAJIKS, "--json", "--max-pairs", "9" * 30], 0, ""),
    "max-pairs-not-a-number": (
        lambda _: ["estimates", TAJIKS, "--max-pairs", "many"],
        2,
        "centasia-claims estimates: argument --max-pairs: invalid int value: 'many' (centasia-claims "
        "estimates --help shows how to use it)",
    ),
    "plot-missing-folder": (
        lambda root: ["plot", TAJIKS, "-o", str(root / "missing" / "x.png")],
        4,
        "centasia-claims plot: cannot write {root}/missing/x.png: No such file or directory: check the "
        "folder exists, is writable and has space",
    ),
    "plot-under-a-file": (
        lambda root: ["plot", TAJIKS, "-o", str(root / "file.txt" / "x.png")],
        4,
        "centasia-claims plot: cannot write {root}/file.txt/x.png: Not a directory: check the folder exists, "
        "is writable and has space",
    ),
    "plot-dollar-label": (_dollar_label, 0, ""),
    "names-98-kb": (lambda _: ["names", "a" * 98_000], 1, ""),
}


@pytest.mark.parametrize(("make", "code", "first_line"), CASES.values(), ids=CASES.keys())
def test_each_failure_is_one_line_with_a_documented_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, code: int, first_line: str
) -> None:
    pytest.importorskip("matplotlib")
    (tmp_path / "file.txt").write_text("a file", encoding="utf-8")
    argv = make(tmp_path)  # type: ignore[operator]
    assert code == main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert first_line.format(root=tmp_path) == err.split("\n", 1)[0]


def test_a_full_device_is_one_line_and_exit_4() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123  (a device, not a path to build)
        result = subprocess.run(
            [sys.executable, "-m", "centasia_claims", "report"],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
            text=True,
        )
    assert (
        4,
        "centasia-claims report: cannot write standard output: No space left on device: check the "
        "folder exists, is writable and has space\n",
    ) == (result.returncode, result.stderr)


def test_control_characters_from_the_corpus_are_escaped_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = {
        "id": "source:a",
        "title": "A \x1b]0;owned\x07 title",
        "document": "a.txt",
        "span": {"start": 0, "end": 4},
    }
    folder = write_folder(tmp_path / "c", {"a.json": {"sources": [source]}}, {"a.txt": "text"})
    assert 0 == main(["report", "--corpus", str(folder)])
    assert "A \\u001b]0;owned\\u0007 title" in capsys.readouterr().out
