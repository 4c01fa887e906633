"""The documentation site builds with warnings as errors, so a broken link or docstring fails the tests."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _extension() -> object:
    spec = importlib.util.spec_from_file_location(
        "doctest_blocks", ROOT / "docs" / "_ext" / "doctest_blocks.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_doctests_are_fenced_for_the_site() -> None:
    fence = _extension().fence_doctests  # type: ignore[attr-defined]
    assert "Text.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nMore." == fence("Text.\n\n>>> 1 + 1\n2\n\nMore.")
    assert "```pycon\n>>> x\n```" == fence(">>> x")


@pytest.mark.slow
def test_site_builds_strictly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert (0, "") == (result.returncode, result.stderr.strip())
    assert (tmp_path / "api" / "index.html").is_file()
