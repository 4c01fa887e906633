from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import extract_estimates, parse_estimate
from centasia_claims.estimates import FoundEstimate
from tests.builders import ADDITIVE, HEDGED, approximate, exact, more_than, vague

DOCUMENTS = Path(__file__).resolve().parents[2] / "seeds" / "documents"

# Every number phrase extract_estimates finds in each seed document, in order. Dates ("from 2014 to 2019",
# "1992-97", "January 25"), ordinals ("2nd right", "twentieth anniversary"), identifiers ("Protocol 32-20",
# "Group 24", "CC BY 2.0"), idioms ("double whammy", "one-size-fits-all", "a hundred times better", "no one")
# and "Muslim-majority" are not among them.
SEED_PHRASES: dict[str, list[str]] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "seed_estimate_phrases.json").read_text(encoding="utf-8")
)["documents"]


def _text(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SEED_PHRASES, ids=[name[:3] for name in SEED_PHRASES])
def test_every_number_phrase_of_each_seed_document(name: str) -> None:
    assert SEED_PHRASES[name] == [found.estimate.phrase for found in extract_estimates(_text(name))]


@pytest.mark.parametrize("name", SEED_PHRASES, ids=[name[:3] for name in SEED_PHRASES])
def test_each_phrase_found_parses_alone_to_the_same_estimate(name: str) -> None:
    text = _text(name)
    for found in extract_estimates(text):
        assert text[found.start : found.end] == found.estimate.phrase
        assert found.estimate == parse_estimate(found.estimate.phrase)


PARAGRAPHS: list[tuple[str, list[FoundEstimate]]] = [
    (
        "Around 2,000 Tajiks flocked to the physical caliphate from 2014 to 2019.",
        [FoundEstimate(estimate=approximate("Around 2,000", 1_800, 2_200, 2_000), start=0, end=12)],
    ),
    (
        "ISIS-K is believed to have several thousand soldiers, more than half of whom are Tajiks.",
        [
            FoundEstimate(
                estimate=vague("believed to have several thousand", 3_000, 9_999, marks=HEDGED),
                start=10,
                end=43,
            ),
            FoundEstimate(estimate=more_than("more than half", 50, "percent"), start=54, end=68),
        ],
    ),
    (
        (
            "Officially, around 1.3 million Tajik workers are in Russia, although experts believe "
            "hundreds of thousands more work there illegally."
        ),
        [
            FoundEstimate(
                estimate=approximate("around 1.3 million", 1_170_000, 1_430_000, 1_300_000), start=12, end=30
            ),
            FoundEstimate(
                estimate=vague("hundreds of thousands more", 200_000, 999_999, marks=ADDITIVE),
                start=85,
                end=111,
            ),
        ],
    ),
    (
        "A story about 25 Tajik ISIS recruits; the Tajik 1992-97 civil war; Protocol 32-20; Group 24.",
        [FoundEstimate(estimate=exact("25", 25), start=14, end=16)],
    ),
    ("🙂🙂 about 300 🙂", [FoundEstimate(estimate=approximate("about 300", 270, 330, 300), start=3, end=12)]),
    ("", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PARAGRAPHS,
    ids=[
        "date range skipped",
        "share after vague",
        "additive",
        "look-alikes skipped",
        "code points",
        "empty",
    ],
)
def test_paragraphs(text: str, expected: list[FoundEstimate]) -> None:
    assert expected == list(extract_estimates(text))


def test_a_share_above_100_percent_is_skipped_not_raised() -> None:
    expected: list[str] = []
    assert expected == [found.estimate.phrase for found in extract_estimates("a 150% rise")]


def test_found_estimate_span() -> None:
    found = extract_estimates("killed 145 people")[0]
    expected = (7, 17)
    assert expected == found.span


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_extract_never_raises_and_finds_ordered_disjoint_phrases(text: str) -> None:
    found = extract_estimates(text)
    ends = [0]
    for item in found:
        assert ends[-1] <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.estimate.phrase
        ends.append(item.end)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "about 300", "Group 24", "in 2015", "up to 1,000", "several thousand", "more than half",
                "killed", "1992-97", "the", "Tajiks", ",", "45-50%", "$100 a month", "one", "twice", "2nd",
                "people",
            ]
        ),
        max_size=12,
    ).map(" ".join)
)  # fmt: skip
def test_every_phrase_found_holds_its_point(text: str) -> None:
    for item in extract_estimates(text):
        estimate = item.estimate
        if estimate.point is not None:
            assert estimate.contains(estimate.point)
