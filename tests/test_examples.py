"""The example notebooks run, and every result cell shows HTML or an image."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def _run(path: Path) -> Any:
    notebook = nbformat.read(path, as_version=4)
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # the paths Jupyter moves to, without its warning
    client = nbclient.NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()
    return notebook


@pytest.fixture(scope="module")
def analyst() -> Any:
    return _run(EXAMPLES / "analyst.ipynb")


def _kinds(cell: Any) -> set[str]:
    return {kind for output in cell.outputs for kind in output.get("data", {})} | {
        output["output_type"] for output in cell.outputs if output["output_type"] in {"stream", "error"}
    }


def test_every_result_shows_html_and_the_plot_a_png(analyst: Any) -> None:
    code = [cell for cell in analyst.cells if cell.cell_type == "code"]
    shown = [
        (cell.source.splitlines()[-1], "text/html" in _kinds(cell), "image/png" in _kinds(cell))
        for cell in code[:-1]
    ]
    assert [
        ("corpus", True, False),
        ('measures.sort_values(["contradictions", "figures"], ascending=False).head(5)', True, False),
        ("tajiks", True, False),
        ('cc.plot_estimates(corpus, "measure:tajiks-joined-is-syria-iraq")', False, True),
        ('verdicts[verdicts["verdict"] == "contradiction"]', True, False),
        ('cc.resolve(corpus, "Gulmorod Khalimov")', True, False),
        ('corpus.entity("person:gulmurod-halimov")', True, False),
        ('corpus.measure("measure:tajiks-joined-is-syria-iraq")', True, False),
    ] == shown


def test_a_mistyped_id_names_the_closest(analyst: Any) -> None:
    last = analyst.cells[-1]
    assert ["'measure:tajiks-joined-is-syria-iraq'"] == [
        output["data"]["text/plain"] for output in last.outputs
    ]
