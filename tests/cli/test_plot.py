from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from centasia_claims.cli import main

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("matplotlib")

TAJIKS = "measure:tajiks-joined-is-syria-iraq"


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_command_writes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    output = tmp_path / f"tajiks{suffix}"
    assert 0 == main(["plot", TAJIKS, "-o", str(output)])
    assert f"wrote {output}" == capsys.readouterr().out.strip()
    data = output.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b'id="figure:claim:odr-interior-ministry-1141"' in data


def test_plot_command_rejects_an_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["plot", TAJIKS, "-o", str(tmp_path / "x.gif")])
    assert "name a .png, .svg or .pdf file" in capsys.readouterr().err
