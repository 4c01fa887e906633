"""The README's set-up commands are the ones CI runs, so the README cannot go stale."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_has_two_setup_commands() -> None:
    commands = _readme_commands()
    assert 2 == len(commands)
    assert commands[0].endswith("centasia-claims report")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci


def test_seed_documents_are_the_shared_originals_unchanged() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = ROOT / "seeds" / "documents"
    names = sorted(path.name for path in ours.iterdir())
    assert 5 == len(names)
    if shared.is_dir():  # beside a checkout in CI; a source distribution has no shared/ folder
        assert sorted(path.name for path in shared.iterdir()) == names
        for name in names:
            assert (shared / name).read_bytes() == (ours / name).read_bytes(), name
