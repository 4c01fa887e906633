import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.names import NameVerdict, _orgwords
from centasia_claims.names._orgs import compare_org_names
from tests.builders.names import DIFFERENT, FAST, NO_TABLE, SAME


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param(
            "МВД Узбекистана",
            "Uzbek Interior Ministry",
            SAME,
            "МВД Узбекистана read as Министерство внутренних дел Узбекистана",
            id="government-acronym-and-a-genitive-country",
        ),
        pytest.param(
            "Минобороны России",
            "Russian Defence Ministry",
            SAME,
            "Минобороны России read as Министерство обороны России",
            id="russian-contraction",
        ),
        pytest.param(
            "МВД Кыргызстана",
            "Uzbek Interior Ministry",
            DIFFERENT,
            "words differ: МВД / Interior",
            id="government-acronym-of-another-country",
        ),
        pytest.param(
            "МВД РТ",
            "Ministry of Internal Affairs of Tajikistan",
            SAME,
            "МВД РТ read as Министерство внутренних дел РТ",
            id="russian-abbreviation-of-the-republic",
        ),
    ],
)
def test_readings_with_abbreviations_written_out(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b, table=NO_TABLE)
    assert (expected, reason) == (match.verdict, match.reasons[0])


COUNTRIES_GENITIVE = {"Таджикистана": "Tajik", "Узбекистана": "Uzbek", "России": "Russian"}


@pytest.mark.parametrize("short", sorted(_orgwords.ABBREVIATIONS))
def test_each_abbreviation_meets_its_expansion_and_only_in_its_country(short: str) -> None:
    long = _orgwords.ABBREVIATIONS[short]
    for country in COUNTRIES_GENITIVE:
        assert compare_org_names(f"{short} {country}", f"{long} {country}", table=NO_TABLE).verdict is SAME
        for other in COUNTRIES_GENITIVE.keys() - {country}:
            found = compare_org_names(f"{short} {country}", f"{long} {other}", table=NO_TABLE)
            assert found.verdict is DIFFERENT


@given(
    st.lists(st.sampled_from(sorted(_orgwords.ABBREVIATIONS)), min_size=2, max_size=2, unique=True),
    st.sampled_from(sorted(COUNTRIES_GENITIVE)),
)
@FAST
def test_two_abbreviations_meet_as_their_expansions_do(pair: list[str], country: str) -> None:
    # МВД and ВКД (Russian and Tajik for one ministry) meet; МВД and МИД do not.
    first, second = pair
    expansions = _orgwords.ABBREVIATIONS[first], _orgwords.ABBREVIATIONS[second]
    written = compare_org_names(f"{first} {country}", f"{second} {country}", table=NO_TABLE)
    expanded = compare_org_names(f"{expansions[0]} {country}", f"{expansions[1]} {country}", table=NO_TABLE)
    assert written.is_match == expanded.is_match
