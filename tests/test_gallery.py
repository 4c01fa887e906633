"""The plots of the gallery page are what `plot_estimates` draws today, within a small tolerance.

Run with ``CENTASIA_CLAIMS_WRITE_GALLERY=1`` to draw the images again after a deliberate change to the plots.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from centasia_claims import load_seed_corpus, plot_estimates

compare = pytest.importorskip("matplotlib.testing.compare")

GALLERY = Path(__file__).resolve().parents[1] / "docs" / "gallery"
PLOTS = {
    "tajiks-joined.png": "measure:tajiks-joined-is-syria-iraq",
    "gaziantep-arrested-tajiks.png": "measure:gaziantep-arrested-tajiks",
    "tajik-fighters-killed.png": "measure:tajik-fighters-killed",
}
TOLERANCE = 8.0
"""The root mean square difference of the pixels allowed (0-255): fonts and anti-aliasing vary by machine."""


@pytest.mark.parametrize(("name", "measure"), PLOTS.items(), ids=list(PLOTS))
def test_the_gallery_shows_todays_plots(name: str, measure: str, tmp_path: Path) -> None:
    drawn = tmp_path / name
    plot_estimates(load_seed_corpus(), measure).savefig(drawn, dpi=80)
    if os.environ.get("CENTASIA_CLAIMS_WRITE_GALLERY") == "1":
        (GALLERY / name).write_bytes(drawn.read_bytes())
    assert None is compare.compare_images(str(GALLERY / name), str(drawn), tol=TOLERANCE)


def test_the_gallery_page_shows_every_plot() -> None:
    page = (GALLERY.parent / "gallery.md").read_text(encoding="utf-8")
    assert [] == [name for name in PLOTS if f"(gallery/{name})" not in page]
