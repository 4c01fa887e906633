"""Scopes in reconciliation: figures that count different things have different definitions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Measure, MeasureKind, load_seed_corpus, reconcile
from centasia_claims.importing import read_scope
from centasia_claims.model import (
    ClaimId,
    EntityId,
    MeasureRelation,
    MeasureRelationKind,
    Period,
    Scope,
    TimeBasis,
)
from centasia_claims.reconciliation import (
    Dating,
    FactReading,
    FigureVerdict,
    Placement,
    judge_facts,
    place_within,
    reconcile_family,
    scope_of,
    scopes_differ,
)
from tests.builders import PEOPLE, Said, claim, exact, measure, scenario
from tests.builders.docs import generated, write_generated
from tests.strategies import scopes

JOINED = Measure(
    id="measure:joined",
    label="people who went",
    unit="people",
    kind=MeasureKind.CUMULATIVE,
    scope=Scope(
        included=("travellers",), places=("place:iraq", "place:syria"), basis=TimeBasis.RUNNING_TOTAL
    ),
)


def _scope_scenario() -> list[Said]:
    return [
        Said(
            claim="claim:both",
            text="The ministry said 1,000 people had gone to Syria and Iraq.",
            published="2016-02-01",
            by="org:ministry",
            measure=JOINED,
            value=exact("1,000", 1000, PEOPLE),
            period="2016",
        ),
        Said(
            claim="claim:syria",
            text="The agency said 400 people had gone to Syria.",
            published="2016-03-01",
            by="org:agency",
            measure=JOINED,
            value=exact("400", 400, PEOPLE),
            period="2016",
            scope=Scope(places=("place:syria",)),
        ),
        Said(
            claim="claim:fighters",
            text="Officials said 1,200 fighters were there in 2017.",
            published="2017-02-01",
            by="org:ministry",
            measure=JOINED,
            value=exact("1,200", 1200, PEOPLE),
            period="2017",
            scope=Scope(included=("fighters",), basis=TimeBasis.LEVEL),
        ),
        Said(
            claim="claim:families",
            text="Officials said 1,200 fighters and their families were there in 2017.",
            published="2017-02-02",
            by="org:ministry",
            measure=JOINED,
            value=exact("1,200", 1200, PEOPLE),
            period="2017",
            scope=Scope(included=("fighters", "family members"), basis=TimeBasis.LEVEL),
        ),
    ]


def test_a_scope_difference_scenario() -> None:
    result = reconcile(scenario((JOINED,), *_scope_scenario()), "measure:joined")
    assert [
        "different definitions: 1,000 (2016) and 400 (2016): they count different things "
        "(place: place:iraq and place:syria includes place:syria)",
        "different definitions: 1,000 (2016) and 1,200 (2017): they count different things "
        "(population: travellers includes family members and fighters)",
        "different definitions: 1,000 (2016) and 1,200 (2017): they count different things "
        "(population: travellers includes fighters)",
        "different definitions: 400 (2016) and 1,200 (2017): they count different things "
        "(population: travellers includes family members and fighters)",
        "different definitions: 400 (2016) and 1,200 (2017): they count different things "
        "(population: travellers includes fighters)",
        "different definitions: 1,200 (2017) and 1,200 (2017): they count different things "
        "(population: family members and fighters includes fighters)",
    ] == [str(verdict) for verdict in result.verdicts()]
    assert [
        "2016: {1000} (one figure: 1,000)",
        "2016 (population: travellers; place: place:syria; time basis: running_total): {400} "
        "(one figure: 400)",
        "2017 (population: family members and fighters; place: place:iraq and place:syria; "
        "time basis: level): {1200} (one figure: 1,200)",
        "2017 (population: fighters; place: place:iraq and place:syria; time basis: level): {1200} "
        "(one figure: 1,200)",
    ] == [str(consensus) for consensus in result.consensus]
    assert () == result.contradictions
    assert (
        "figures of other scopes are kept apart: see each consensus; the trend is of the first",
    ) == result.notes


def test_without_scopes_the_same_figures_would_agree_or_contradict() -> None:
    plain = [attrs.evolve(said, scope=None) for said in _scope_scenario()]
    result = reconcile(scenario((JOINED,), *plain), "measure:joined")
    verdicts = {(pair.first, pair.second): pair.verdict for pair in result.verdicts()}
    assert FigureVerdict.SAME_FIGURE == verdicts["claim:families", "claim:fighters"]
    assert FigureVerdict.EXPLAINED_BY_TIME == verdicts["claim:syria", "claim:fighters"]


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        (None, None, None),
        (None, Scope(), None),
        (Scope(basis=TimeBasis.FLOW), Scope(basis=TimeBasis.FLOW), None),
        (Scope(basis=TimeBasis.FLOW), Scope(), "time basis: flow, where the other does not say"),
        (Scope(), Scope(unit="households"), "unit of count: not stated, where the other says households"),
        (Scope(unit="households"), Scope(unit="people"), "unit of count: households, not people"),
        (Scope(excluded=("children",)), Scope(), "excluding: children, where the other does not say"),
        (
            Scope(included=("suicide bombers",)),
            Scope(included=("fighters",)),
            "population: suicide bombers is within fighters",
        ),
    ],
)
def test_scopes_differ_names_the_first_dimension(
    one: Scope | None, other: Scope | None, expected: str | None
) -> None:
    assert expected == scopes_differ(one, other)


def test_a_claims_scope_is_over_its_measures() -> None:
    corpus = load_seed_corpus()
    claim_ = corpus.claim("claim:odr-faizrahmonov-over-1000-now")
    expected = Scope(included=("fighters",), places=("place:iraq", "place:syria"), basis=TimeBasis.LEVEL)
    assert expected == scope_of(claim_, corpus.measure("measure:tajiks-joined-is-syria-iraq"))
    assert scope_of(claim("claim:x", exact("1", 1), measure()), None) is None


def test_places_lie_within_places_by_located_in() -> None:
    within = place_within(load_seed_corpus())
    assert (True, True, False, False) == (
        within("place:urumqi", "place:china"),
        within("place:ataturk-airport", "place:turkey"),
        within("place:china", "place:urumqi"),
        within("place:nowhere", "place:china"),
    )
    assert not within("org:irpt", "place:tajikistan")
    assert Scope(places=("place:dushanbe",)).within(Scope(places=("place:tajikistan",)), place_within=within)
    assert "place: place:dushanbe is within place:tajikistan" == scopes_differ(
        Scope(places=("place:dushanbe",)), Scope(places=("place:tajikistan",)), within=within
    )


@given(scopes(), scopes())
def test_scopes_differ_exactly_when_they_are_not_equal(one: Scope, other: Scope) -> None:
    assert (scopes_differ(one, other) is None) == (one == other)
    assert (scopes_differ(one, other) is None) == (scopes_differ(other, one) is None)


@given(st.lists(scopes(), min_size=1, max_size=4))
def test_figures_of_one_scope_share_a_consensus(drawn: list[Scope]) -> None:
    of = measure(MeasureKind.EVENT)
    claims = [
        claim(f"claim:c{index}", exact(str(index + 1), index + 1), of, scope=scope, period="2016")
        for index, scope in enumerate(drawn)
    ]
    result = reconcile(None, claims, measure=of)
    assert len(set(drawn)) == len(result.consensus)
    for consensus in result.consensus:
        assert {consensus.scope} == {result.figure(claim_id).scope for claim_id in consensus.claims}


# Held-out set: what figures are about, on reporting the vocabulary was not built from
# (``tests/data/heldout-scope-family-facts.jsonl``): scope pairs in English, Russian and Tajik wording, words
# for one fact about a person, and families of related measures, each labelled with what an analyst says.

HELDOUT = Path(__file__).parents[1] / "data" / "heldout-scope-family-facts.jsonl"
HELDOUT_ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line
]


def _relation(one: Scope, other: Scope) -> str:
    forward, backward = one.within(other), other.within(one)
    if forward and backward:
        return "same"
    return "within" if forward else "includes" if backward else "differ"


def _reading(word: dict[str, Any], index: int) -> FactReading:
    return FactReading(
        claim=ClaimId(f"claim:{index}"),
        term=word["term"],
        holds=word["holds"],
        subject=EntityId("person:commander"),
        placement=Placement(period=Period.parse(word["date"]), dating=Dating.STATED),
        claimant=EntityId(f"org:{word['by']}"),
        claimant_name=word["by"],
    )


def _family_verdict(row: dict[str, Any]) -> str:
    measures = {
        key: Measure(
            id=f"measure:{key}",
            label=key,
            unit=PEOPLE,
            kind=MeasureKind(spec["kind"]),
            scope=read_scope(spec["scope"]),
            relations=tuple(
                MeasureRelation(MeasureRelationKind(kind), f"measure:{target}")
                for kind, target in spec.get("relations", ())
            ),
        )
        for key, spec in row["measures"].items()
    }
    said = [
        Said(
            claim=f"claim:{index}",
            text=f"{item['by']} gave {item['value']}.",
            published=item["period"],
            by=f"org:{item['by'].casefold().replace(' ', '-')}",
            measure=measures[item["measure"]],
            value=exact(str(item["value"]), item["value"], item["unit"]),
            period=item["period"],
            scope=read_scope(item["scope"]) if "scope" in item else None,
        )
        for index, item in enumerate(row["claims"])
    ]
    family = reconcile_family(scenario(tuple(measures.values()), *said), list(measures.values()))
    wanted = tuple(f"measure:{key}" for key in row["relation"])
    measure_of = {item.claim: item.measure.id for item in said}
    verdicts = [
        check.verdict.value for check in family.checks if tuple(measure_of[c] for c in check.claims) == wanted
    ]
    if not verdicts:
        return "no check"
    return verdicts[0] if len(verdicts) == 1 else f"{len(verdicts)} checks: {sorted(set(verdicts))}"


def heldout_found(row: dict[str, Any]) -> str:
    """What the library gives now for one labelled item."""
    if row["check"] == "scope":
        return _relation(read_scope(row["one"]), read_scope(row["other"]))
    if row["check"] == "fact_pair":
        first, second = _reading(row["first"], 0), _reading(row["second"], 1)
        return judge_facts(first, second, MeasureKind(row["kind"])).verdict.value
    return _family_verdict(row)


@pytest.mark.parametrize("row", HELDOUT_ROWS, ids=[row["id"] for row in HELDOUT_ROWS])
def test_heldout_item(row: dict[str, Any]) -> None:
    assert row["expected"] == heldout_found(row)


HELDOUT_DOC = Path(__file__).parents[2] / "docs" / "reconciliation.md"
HELDOUT_BEGIN = "<!-- generated by `python -m tests.reconciliation.test_scope`: do not edit below -->"
HELDOUT_END = "<!-- end of generated scope table -->"
_CHECKS = {
    "scope": "two scopes compared",
    "fact_pair": "two words for one fact",
    "family": "a relation checked",
}


def render_heldout() -> str:
    """The generated table of docs/reconciliation.md: per kind of item, items right before and now."""
    lines = ["| items | labelled | right before these rules | right now |", "|---|---:|---:|---:|"]
    totals = [0, 0, 0]
    for check, label in _CHECKS.items():
        rows = [row for row in HELDOUT_ROWS if row["check"] == check]
        counts = (
            len(rows),
            sum(row["main"] == row["expected"] for row in rows),
            sum(heldout_found(row) == row["expected"] for row in rows),
        )
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        lines.append(f"| {label} | {counts[0]} | {counts[1]} | {counts[2]} |")
    lines.append(f"| all | {totals[0]} | {totals[1]} | {totals[2]} |")
    return "\n".join(lines)


def test_the_heldout_set_covers_every_kind_of_item() -> None:
    assert set(_CHECKS) == {row["check"] for row in HELDOUT_ROWS}
    assert len(HELDOUT_ROWS) >= 40
    assert len({row["id"] for row in HELDOUT_ROWS}) == len(HELDOUT_ROWS)


def test_the_heldout_table_in_the_docs_is_current() -> None:
    assert render_heldout() == generated(HELDOUT_DOC, HELDOUT_BEGIN, HELDOUT_END)


if __name__ == "__main__":
    write_generated(HELDOUT_DOC, HELDOUT_BEGIN, HELDOUT_END, render_heldout())
