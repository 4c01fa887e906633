from __future__ import annotations

from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import Estimate, InvalidValueError, Qualifier, format_estimate, parse_estimate
from centasia_claims.estimates import _tables

CANONICAL: list[tuple[str, str]] = [
    ("about 300", "about 300"),
    ("around 1.3 million", "about 1,300,000"),
    ("nearly two million", "nearly 2,000,000"),
    ("up to 1,000", "up to 1,000"),
    ("as many as 157,000", "up to 157,000"),
    ("over 1,000", "more than 1,000"),
    ("at least 49 people", "at least 49 people"),
    ("fewer than 10", "less than 10"),
    ("1,141", "1,141"),
    ("1.5m", "1,500,000"),
    ("round 500-600", "between 500 and 600"),
    ("an estimated 45-50%", "reportedly between 45% and 50%"),
    ("more than half", "more than 50%"),
    ("a third", "33.333333333333336%"),
    ("8.2%", "8.2%"),
    ("$ 3 million", "$3,000,000"),
    ("$100 a month", "$100 a month"),
    ("500 somoni", "500 TJS"),
    ("23 and 21 years", "23 and 21 years"),
    ("from five to seven years", "5 and 7 years"),
    ("95-year-old", "95 years"),
    ("twice", "2 times"),
    ("several thousand", "several thousand"),
    ("hundreds of thousands more", "hundreds of thousands more"),
    ("the majority", "a majority"),
    ("a vast majority", "a vast majority"),
    ("hundreds, if not thousands", "hundreds, if not in the thousands"),
    ("a few months", "a few months"),
    ("Official figures say 1,094", "reportedly 1,094"),
    ("0.000001", "0.000001"),
]


@pytest.mark.parametrize(("phrase", "expected"), CANONICAL, ids=[phrase for phrase, _ in CANONICAL])
def test_canonical_phrase(phrase: str, expected: str) -> None:
    assert expected == format_estimate(parse_estimate(phrase))


def test_a_unit_of_the_callers_own_is_given_back_by_the_unit_argument() -> None:
    estimate = parse_estimate("around 7,000", unit="troops")
    expected = "about 7,000"
    assert expected == format_estimate(estimate)
    assert estimate == attrs.evolve(parse_estimate("about 7,000", unit="troops"), phrase="around 7,000")


@pytest.mark.parametrize(
    ("estimate", "message"),
    [
        (
            Estimate(phrase="about 300", qualifier=Qualifier.APPROXIMATE, low=200, high=400, point=300),
            (
                "low: approximate bounds 200-400 around 300 are not the convention's (0.9N-1.1N or 0.9N-N); "
                "keep the phrase as written"
            ),
        ),
        (
            Estimate(phrase="some", qualifier=Qualifier.VAGUE, low=7, high=70),
            "low: no vague word has the bounds 7-70; keep the phrase as written",
        ),
        (
            Estimate(phrase="hundreds", qualifier=Qualifier.VAGUE, low=200, high=1_000),
            "low: no vague word has the bounds 200-1,000; keep the phrase as written",
        ),
        (
            Estimate(
                phrase="5 a fortnight", qualifier=Qualifier.EXACT, low=5, high=5, point=5, per="fortnight"
            ),
            "per: no rate word for 'fortnight'; keep the phrase as written",
        ),
        (
            Estimate(phrase="5", qualifier=Qualifier.EXACT, values=(5,)),
            "values: a list of one figure cannot be written as an enumeration",
        ),
        (
            Estimate(phrase="5-5", qualifier=Qualifier.RANGE, low=5, high=5),
            "low: a range 5-5 with equal ends cannot be written as a range",
        ),
    ],
    ids=["approximate", "vague", "no union", "rate", "one value", "equal ends"],
)
def test_estimates_off_the_convention_cannot_be_written(estimate: Estimate, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        format_estimate(estimate)
    assert message == str(caught.value)


# Strategies for estimates that follow the convention, built here from the rules, not by the parser.
_UNITS = st.sampled_from(["count", "people", "years", "months", "times", "USD", "EUR", "TJS", "troops"])
_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(Fraction),
    st.decimals(min_value=0, max_value=10**9, places=3).map(Fraction),
)
_SHARES = st.decimals(min_value=0, max_value=100, places=2).map(Fraction)
_APPROXIMATE = {"about": (Fraction(9, 10), Fraction(11, 10)), "nearly": (Fraction(9, 10), Fraction(1))}


@st.composite
def _figures(draw: st.DrawFn) -> Estimate:
    unit = draw(st.one_of(_UNITS, st.just("percent")))
    number = draw(_SHARES if unit == "percent" else _NUMBERS)
    qualifier = draw(st.sampled_from(Qualifier))
    value = float(number)
    fields: dict[str, object] = {}
    if qualifier is Qualifier.EXACT:
        fields = {"low": value, "high": value, "point": value}
    elif qualifier is Qualifier.APPROXIMATE:
        low, high = (number * factor for factor in _APPROXIMATE[draw(st.sampled_from(sorted(_APPROXIMATE)))])
        capped = min(high, Fraction(100)) if unit == "percent" else high
        fields = {"low": float(low), "high": float(capped), "point": value}
    elif qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        fields = {"low": value}
    elif qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        fields = {"high": value}
    elif qualifier is Qualifier.RANGE:
        other: Fraction = draw(_SHARES if unit == "percent" else _NUMBERS)
        if other == number:
            other = number + 1 if unit != "percent" or number + 1 <= 100 else number - 1
        low, high = sorted((number, other))
        fields = {"low": float(low), "high": float(high)}
    else:
        word = draw(st.sampled_from(sorted(_tables.VAGUE)))
        bounds = _tables.VAGUE[word]
        unit = bounds.unit or ("count" if unit == "percent" else unit)
        top = None if bounds.high is None else float(bounds.high)
        fields = {"low": float(bounds.low), "high": top, "low_inclusive": bounds.low_inclusive}
    return Estimate(phrase="written", qualifier=qualifier, unit=unit, **fields)  # type: ignore[arg-type]


@st.composite
def _listed(draw: st.DrawFn) -> Estimate:
    unit = draw(_UNITS)
    values = draw(st.lists(_NUMBERS, min_size=2, max_size=4))
    return Estimate(phrase="written", qualifier=Qualifier.EXACT, unit=unit, values=tuple(map(float, values)))


@st.composite
def _conventional(draw: st.DrawFn) -> Estimate:
    estimate = draw(st.one_of(_figures(), _listed()))
    per = draw(st.none() | st.sampled_from(sorted(set(_tables.RATES.values()))))
    return attrs.evolve(estimate, per=per, additive=draw(st.booleans()), hedged=draw(st.booleans()))


@settings(max_examples=500, deadline=None)
@given(_conventional())
def test_format_then_parse_gives_the_estimate_back(estimate: Estimate) -> None:
    written = format_estimate(estimate)
    assert estimate == attrs.evolve(
        parse_estimate(written, unit=estimate.unit, language="en"), phrase=estimate.phrase
    )


@settings(max_examples=300, deadline=None)
@given(_conventional())
def test_formatting_is_idempotent_through_the_parser(estimate: Estimate) -> None:
    written = format_estimate(estimate)
    assert written == format_estimate(parse_estimate(written, unit=estimate.unit, language="en"))
