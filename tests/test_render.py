from __future__ import annotations

from centasia_claims._render import number_text


def test_number_text() -> None:
    assert ("1,141", "33.33", "1.5") == (
        number_text(1141.0),
        number_text(100 / 3, places=2),
        number_text(1.5),
    )
