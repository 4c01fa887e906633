"""The rule of each kind of relation, on small scenarios: when figures compare by date, units, ranges."""

from __future__ import annotations

import attrs
import pytest

from centasia_claims import Measure, MeasureKind
from centasia_claims.model import MeasureRelation, MeasureRelationKind, Scope
from centasia_claims.reconciliation import reconcile_family
from tests.builders import PEOPLE, PERCENT, Said, between, exact, scenario


def _measure(
    id_: str, kind: MeasureKind, *relations: tuple[MeasureRelationKind, str], unit: str = PEOPLE
) -> Measure:
    return Measure(
        id=id_,
        label=id_.split(":")[1],
        unit=unit,
        kind=kind,
        relations=tuple(MeasureRelation(relation, target) for relation, target in relations),
    )


def _said(
    claim: str,
    measure: Measure,
    phrase: str,
    bounds: tuple[float, float],
    period: str | None,
    *,
    unit: str = PEOPLE,
    by: str = "org:body",
) -> Said:
    low, high = bounds
    return Said(
        claim=claim,
        text=f"{claim}: {phrase}.",
        published=None,
        by=by,
        measure=measure,
        value=exact(phrase, low, unit) if low == high else between(phrase, low, high, unit),
        period=period,
    )


def _checks(measures: tuple[Measure, ...], *said: Said) -> list[str]:
    family = reconcile_family(scenario(measures, *said), measures[0].id)
    return [str(check) for check in family.checks]


@pytest.mark.parametrize(
    ("whole_kind", "part_period", "whole_period", "expected"),
    [
        (
            MeasureKind.CUMULATIVE,
            "2015",
            "2016",
            "contradiction: subset_of: 20 (2015) within 10 (2016): a part cannot exceed its whole ({20} vs "
            "{10})",
        ),
        (
            MeasureKind.CUMULATIVE,
            "2016",
            "2015",
            "explained by time: subset_of: 20 (2016) within 10 (2015): it exceeds an earlier figure of its "
            "whole, "
            "a running total that may have grown",
        ),
        (
            MeasureKind.SNAPSHOT,
            "2016",
            "2015",
            "not comparable: subset_of: 20 (2016) within 10 (2015): it exceeds its whole, but they are not "
            "of one "
            "time (snapshot whole)",
        ),
        (
            MeasureKind.SNAPSHOT,
            "2016",
            "2016",
            "contradiction: subset_of: 20 (2016) within 10 (2016): a part cannot exceed its whole ({20} vs "
            "{10})",
        ),
        (
            MeasureKind.EVENT,
            "2016",
            None,
            "contradiction: subset_of: 20 (2016) within 10 (undated): a part cannot exceed its whole ({20} "
            "vs {10})",
        ),
        (
            MeasureKind.CUMULATIVE,
            None,
            "2016",
            "not comparable: subset_of: 20 (undated) within 10 (2016): it exceeds its whole, but they are "
            "not of "
            "one time (cumulative whole)",
        ),
    ],
)
def test_a_part_never_exceeds_its_whole_of_the_same_time(
    whole_kind: MeasureKind, part_period: str | None, whole_period: str | None, expected: str
) -> None:
    part = _measure("measure:part", whole_kind, (MeasureRelationKind.PART_OF, "measure:whole"))
    whole = _measure("measure:whole", whole_kind)
    checks = _checks(
        (part, whole),
        _said("claim:p", part, "20", (20, 20), part_period),
        _said("claim:w", whole, "10", (10, 10), whole_period),
    )
    assert [expected.replace("subset_of", "part_of")] == checks


def test_a_part_in_another_unit_is_not_comparable() -> None:
    part = _measure(
        "measure:part", MeasureKind.EVENT, (MeasureRelationKind.SUBSET_OF, "measure:whole"), unit="USD"
    )
    whole = _measure("measure:whole", MeasureKind.EVENT)
    checks = _checks(
        (part, whole),
        _said("claim:p", part, "20", (20, 20), None, unit="USD"),
        _said("claim:w", whole, "10", (10, 10), None),
    )
    assert [
        "not comparable: subset_of: 20 (undated) within 10 (undated): one is in USD, the other in people"
    ] == checks


def test_a_share_and_a_whole_of_different_times_are_not_comparable() -> None:
    share = _measure(
        "measure:share", MeasureKind.SNAPSHOT, (MeasureRelationKind.SHARE_OF, "measure:whole"), unit=PERCENT
    )
    whole = _measure("measure:whole", MeasureKind.SNAPSHOT)
    checks = _checks(
        (share, whole),
        _said("claim:s", share, "half", (50, 50), "2015", unit=PERCENT),
        _said("claim:w", whole, "10", (10, 10), "2016"),
    )
    assert ["not comparable: share_of: half (2015) of 10 (2016): not of one time"] == checks


def test_an_increment_of_another_time_is_not_comparable() -> None:
    base = _measure("measure:base", MeasureKind.SNAPSHOT)
    more = _measure("measure:more", MeasureKind.SNAPSHOT, (MeasureRelationKind.INCREMENT_OF, "measure:base"))
    checks = _checks(
        (more, base),
        _said("claim:b", base, "10", (10, 10), "2016"),
        _said("claim:later", more, "5 more", (5, 5), "2017"),
    )
    assert ["not comparable: increment_of: 10 (2016) plus 5 more (2017): not of one time"] == checks


def test_a_flow_needs_a_date_and_a_total_at_its_end() -> None:
    total = _measure("measure:total", MeasureKind.CUMULATIVE)
    flow = _measure("measure:flow", MeasureKind.EVENT, (MeasureRelationKind.FLOW_OF, "measure:total"))
    checks = _checks(
        (flow, total),
        _said("claim:t", total, "100", (100, 100), "2014"),
        _said("claim:undated", flow, "30", (30, 30), None),
        _said("claim:late", flow, "40", (40, 40), "2016"),
    )
    assert [
        "not comparable: flow_of: 40 (2016): no figure of the running total is dated at or after the end of "
        "its "
        "period",
        "not comparable: flow_of: 30 (undated): an undated flow has no period to compare",
    ] == checks


def test_figures_of_the_same_quantity_are_judged_together() -> None:
    one = _measure("measure:one", MeasureKind.EVENT, (MeasureRelationKind.SAME_AS, "measure:two"))
    two = _measure("measure:two", MeasureKind.EVENT)
    other = _measure("measure:other", MeasureKind.SNAPSHOT, (MeasureRelationKind.SAME_AS, "measure:two"))
    checks = _checks(
        (one, two, other),
        _said("claim:one", one, "10", (10, 10), None, by="org:a"),
        _said("claim:two", two, "20", (20, 20), None, by="org:b"),
        _said("claim:other", other, "20", (20, 20), None, by="org:c"),
    )
    assert [
        "contradiction: same_as: 10 (undated) and 20 (undated): they cannot both hold for the same event "
        "({10} vs {20})",
        "not comparable: same_as: 20 (undated) and 20 (undated): a snapshot and a event measure",
    ] == checks


def test_an_increment_without_a_whole_of_its_time_gives_its_total() -> None:
    whole = _measure("measure:whole", MeasureKind.SNAPSHOT)
    base = _measure("measure:base", MeasureKind.SNAPSHOT, (MeasureRelationKind.SUBSET_OF, "measure:whole"))
    more = _measure("measure:more", MeasureKind.SNAPSHOT, (MeasureRelationKind.INCREMENT_OF, "measure:base"))
    checks = _checks(
        (more, base, whole),
        _said("claim:b", base, "10", (10, 10), "2016"),
        _said("claim:m", more, "5 more", (5, 5), "2016"),
        _said("claim:w", whole, "12", (12, 12), "2015"),
    )
    assert "agree: increment_of: 10 (2016) plus 5 more (2016): a total of {15}" in checks


def test_the_parts_together_never_exceed_their_whole() -> None:
    whole = _measure("measure:whole", MeasureKind.CUMULATIVE)
    syria = _measure("measure:syria", MeasureKind.CUMULATIVE, (MeasureRelationKind.PART_OF, "measure:whole"))
    iraq = _measure("measure:iraq", MeasureKind.CUMULATIVE, (MeasureRelationKind.PART_OF, "measure:whole"))
    checks = _checks(
        (whole, syria, iraq),
        _said("claim:syria", syria, "600", (600, 600), "2015"),
        _said("claim:iraq-early", iraq, "200", (200, 200), "2014"),
        _said("claim:iraq", iraq, "500", (500, 500), "2015"),
        _said("claim:whole-2015", whole, "1,000", (1000, 1000), "2015"),
        _said("claim:whole-2016", whole, "1,200", (1200, 1200), "2016"),
        _said("claim:whole-2014", whole, "900", (900, 900), "2014"),
    )
    together = [check for check in checks if "together" in check]
    assert [
        "contradiction: part_of: 500 (2015) + 600 (2015) within 1,000 (2015): the parts together ([1100, ∞)) "
        "exceed their whole",
        "agree: part_of: 500 (2015) + 600 (2015) within 1,200 (2016): the parts together ([1100, ∞)) do not "
        "exceed their whole ({1200})",
    ] == together


def test_figures_of_another_scope_take_no_part() -> None:
    part = _measure("measure:part", MeasureKind.EVENT, (MeasureRelationKind.SUBSET_OF, "measure:whole"))
    whole = _measure("measure:whole", MeasureKind.EVENT)
    scoped = attrs.evolve(
        _said("claim:syria", whole, "5", (5, 5), None), scope=Scope(places=("place:syria",))
    )
    checks = _checks(
        (part, whole),
        _said("claim:p", part, "20", (20, 20), None),
        _said("claim:w", whole, "30", (30, 30), None),
        scoped,
    )
    assert [
        "agree: subset_of: 20 (undated) within 30 (undated): it does not exceed its whole ({20} vs {30})"
    ] == checks
