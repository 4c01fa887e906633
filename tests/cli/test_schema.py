from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main
from centasia_claims.corpus import fixture_schema

if TYPE_CHECKING:
    import pytest


def test_the_schema_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["schema"])
    assert fixture_schema() == json.loads(capsys.readouterr().out)
