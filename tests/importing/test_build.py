from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.importing._build import period_hint
from centasia_claims.model import PartialDate, Period
from tests.strategies import partial_dates


@given(partial_dates())
def test_a_period_with_its_open_end_misplaced_is_refused_with_the_period_meant(date: PartialDate) -> None:
    for written, meant in ((f"..{date}", f"../{date}"), (f"{date}..", f"{date}/..")):
        assert f" ({meant})" == period_hint(written)
        Period.parse(meant)


@given(st.integers(1000, 2999), st.integers(1000, 2999), st.sampled_from(["-", "\u2013", " - "]))
def test_two_years_joined_by_a_dash_are_refused_with_the_period_meant(
    start: int, end: int, dash: str
) -> None:
    assert f" ({start}/{end})" == period_hint(f"{start}{dash}{end}")
