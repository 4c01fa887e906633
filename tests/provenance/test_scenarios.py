# ruff: noqa: E501  (exact findings are asserted whole, one string a finding)
"""Scenario corpora of one work read twice and of a misattributed headline, imported from tables as a user brings
them in, with the findings and origin counts an analyst expects (``tests/data/scenarios/README.md``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from centasia_claims import check_provenance, corroborate
from centasia_claims.provenance import FindingKind, group_by_origin
from tests.builders.imported import imported

if TYPE_CHECKING:
    from pathlib import Path

_CHECKED = {FindingKind.LIKELY_DUPLICATE, FindingKind.MISATTRIBUTED_CLAIMANT}


@pytest.mark.parametrize(
    ("table", "origins", "supporting", "findings"),
    [
        ("one-work-declared.jsonl", 1, [], []),
        (
            "one-work-undeclared.jsonl",
            2,
            ["88211: About 500"],
            [
                "warning: likely_duplicate: <88211: About 500>, <analysts: About 500>: sources 'source:news-digest-e08e2812' and 'source:steppe-wire-f99b0f1b' look like one work (the same title, 'Hundreds still fighting in Syria, analysts say', and 100% of the shorter text's sampled passages in common), but neither says so: if one copies or translates the other, set its copy_of, translation_of or same_as, so that they count as one origin"
            ],
        ),
    ],
    ids=["declared", "undeclared"],
)
def test_a_translation_and_a_mirror_count_as_one_origin_once_declared_and_are_flagged_until_then(
    tmp_path: Path, table: str, origins: int, supporting: list[str], findings: list[str]
) -> None:
    scenario = imported(table, tmp_path)
    corroboration = corroborate(
        scenario.corpus, scenario.claim("steppe-wire.example/2019/05/analysts", "About 500")
    )
    assert (origins, supporting) == (
        len(group_by_origin(scenario.corpus, scenario.corpus.claims)),
        [scenario.name(claim) for group in corroboration.supporting for claim in group.claims],
    )
    assert findings == [
        scenario.named(str(finding))
        for finding in check_provenance(scenario.corpus).findings
        if finding.kind in _CHECKED
    ]


def test_a_headline_that_gives_the_figure_to_the_government_while_the_body_gives_it_to_experts(
    tmp_path: Path,
) -> None:
    scenario = imported("misattributed-headline.jsonl", tmp_path)
    assert [
        "warning: misattributed_claimant: <fighters-abroad: About 2,000>: the chain gives the figure to 'Government' (org:government), who is not named in the quote or its sentence, while 'International Crisis Group' is: check who gives the figure (a headline may credit it to another body than the text does) and correct the chain"
    ] == [
        scenario.named(str(finding))
        for finding in check_provenance(scenario.corpus).findings
        if finding.kind in _CHECKED
    ]


def test_a_mirror_of_an_excerpt_under_another_title_is_flagged_but_two_pages_quoting_one_body_are_not(
    tmp_path: Path,
) -> None:
    scenario = imported("one-work-excerpts.jsonl", tmp_path)
    assert [
        "warning: likely_duplicate: <88211: About 500>, <analysts: About 500>: sources 'source:news-digest-e08e2812' and 'source:steppe-wire-f99b0f1b' look like one work (the same 13-word sentence in the page's own words), but neither says so: if one copies or translates the other, set its copy_of, translation_of or same_as, so that they count as one origin"
    ] == [
        scenario.named(str(finding))
        for finding in check_provenance(scenario.corpus).findings
        if finding.kind in _CHECKED
    ]
