from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims.cli import main

if TYPE_CHECKING:
    import pytest


def test_facts_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["facts", "person:gulmurod-halimov", "measure:gulmurod-halimov-status"])
    assert [
        'person:gulmurod-halimov: measure:gulmurod-halimov-status: not disputed; latest word: "killed" '
        "(../2017-04-15) per The Times [claim:md-times-halimov-killed-mosul]",
        '  "killed" (../2017-04-15) per The Times [claim:md-times-halimov-killed-mosul]',
        '  "dead" (undated) per An ISIS terrorist group draws half its recruits from tiny Tajikistan '
        "(unnamed) [claim:tiny-tajikistan-halimov-died]",
    ] == capsys.readouterr().out.splitlines()


def test_facts_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["facts", "person:gulmurod-halimov", "reported_dead", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (False, "reported_dead") == (data["disputed"], data["fact"])


def test_facts_of_an_unknown_fact(capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["facts", "person:gulmurod-halimov", "no_such_fact"])
    assert (
        "centasia-claims facts: 'no_such_fact' is neither a measure of the corpus nor the predicate of a "
        "claim about 'person:gulmurod-halimov': give a measure id or a predicate its claims use\n"
    ) == capsys.readouterr().err
