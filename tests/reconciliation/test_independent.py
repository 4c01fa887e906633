from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.reconciliation import Interval
from centasia_claims.reconciliation._independent import _Reported
from tests.strategies import intervals


@given(st.lists(intervals(ends=st.integers(0, 12).map(float)), max_size=25))
def test_a_statement_s_differing_reports_count_once_per_value_no_kept_report_agrees_with(
    found: list[Interval],
) -> None:
    kept = _Reported()
    expected: list[Interval] = []  # what keeping each report that overlaps none kept before gives
    for interval in found:
        new = not any(interval.overlaps(other) for other in expected)
        if new:
            expected.append(interval)
        assert new is kept.add(interval)
    assert sorted(map(str, expected)) == sorted(map(str, kept.found))


def test_reports_of_one_statement_that_agree_with_each_other_count_once_among_those_that_do_not() -> None:
    kept = _Reported()
    assert [True, True, False] == [
        kept.add(interval)
        for interval in (Interval.point(94), Interval(low=44.1, high=53.9), Interval.point(49))
    ]
