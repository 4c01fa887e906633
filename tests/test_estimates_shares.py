from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import (
    Claim,
    ClaimId,
    Estimate,
    ImpliedFigure,
    InvalidValueError,
    MeasureId,
    SourceId,
    TextQuote,
    apply_share,
    implied_figure,
    parse_estimate,
)


def _implied(share: str, whole: str) -> tuple[str, float | None, bool, float | None, bool, float | None]:
    estimate = apply_share(parse_estimate(share), parse_estimate(whole))
    return (
        estimate.qualifier.value,
        estimate.low,
        estimate.low_inclusive,
        estimate.high,
        estimate.high_inclusive,
        estimate.point,
    )


@pytest.mark.parametrize(
    ("share", "whole", "expected"),
    [
        ("more than half", "several thousand", ("vague", 1_500, False, 9_999, True, None)),
        ("half", "1,000", ("exact", 500, True, 500, True, 500)),
        ("a third", "300", ("exact", 100, True, 100, True, 100)),
        ("80%", "over 2,000", ("more_than", 1_600, False, None, True, None)),
        ("at least 60%", "about 1,000", ("range", 540, True, 1_100, True, None)),
        ("up to 10%", "1,141", ("range", 0, True, 114.1, True, None)),
        ("less than half", "up to 1,000", ("range", 0, True, 500, False, None)),
        ("45-50%", "around 80 to 100", ("range", 36, True, 50, True, None)),
        ("a vast majority", "millions", ("vague", 1_500_000, True, 9_999_999, True, None)),
    ],
    ids=["seed: more than half of several thousand", "exact", "third", "open whole", "approximate", "at most",
         "exclusive", "ranges", "vague"],
)  # fmt: skip
def test_apply_share(share: str, whole: str, expected: tuple[object, ...]) -> None:
    assert expected == _implied(share, whole)


def test_the_implied_figure_keeps_both_phrases_and_marks() -> None:
    estimate = apply_share(parse_estimate("an estimated 45-50%"), parse_estimate("thousands more"))
    expected = ("an estimated 45-50% of thousands more", "count", True, True)
    assert expected == (estimate.phrase, estimate.unit, estimate.hedged, estimate.additive)


@pytest.mark.parametrize(
    ("share", "whole", "message"),
    [
        ("300", "1,000", "unit: a share must be in percent (got 'count' in '300')"),
        ("half", "60%", "unit: a share of a share is not a count ('60%' is in percent)"),
        ("half", "23 and 21 years", "values: a list of figures has no single share or whole"),
    ],
    ids=["share not in percent", "whole in percent", "list"],
)
def test_apply_share_rejects_what_is_no_share_of_a_count(share: str, whole: str, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        apply_share(parse_estimate(share), parse_estimate(whole))
    assert message == str(caught.value)


def _claim(id_: str, phrase: str, *, share_of: ClaimId | None = None) -> Claim:
    value = parse_estimate(phrase)
    if share_of is not None:
        value = Estimate(
            phrase=value.phrase,
            qualifier=value.qualifier,
            unit=value.unit,
            low=value.low,
            low_inclusive=value.low_inclusive,
            share_of=share_of,
        )
    quote = TextQuote(exact=phrase, start=0, end=len(phrase))
    return Claim(
        id=ClaimId(id_),
        source=SourceId("source:s"),
        quote=quote,
        statement=phrase,
        measure=MeasureId("measure:m"),
        value=value,
    )


def test_implied_figure_links_both_claims() -> None:
    whole = _claim("claim:isisk-soldiers", "several thousand")
    share = _claim("claim:isisk-tajik-share", "more than half", share_of=ClaimId("claim:isisk-soldiers"))
    implied = implied_figure(share, whole)
    expected = ImpliedFigure(
        estimate=apply_share(share.value, whole.value),  # type: ignore[arg-type]
        share=ClaimId("claim:isisk-tajik-share"),
        whole=ClaimId("claim:isisk-soldiers"),
        reason=(
            "'more than half' (claim:isisk-tajik-share) of 'several thousand' (claim:isisk-soldiers) "
            "implies 1,500 to 9,999"
        ),
    )
    assert expected == implied


def test_implied_figure_refuses_a_share_of_another_claim() -> None:
    whole = _claim("claim:other", "several thousand")
    share = _claim("claim:share", "more than half", share_of=ClaimId("claim:isisk-soldiers"))
    with pytest.raises(InvalidValueError) as caught:
        implied_figure(share, whole)
    expected = "share_of: 'claim:share' is a share of 'claim:isisk-soldiers', not of 'claim:other'"
    assert expected == str(caught.value)


_SHARES = st.sampled_from(["half", "more than half", "about 40%", "45-50%", "up to 10%", "a third", "80%"])
_WHOLES = st.sampled_from(
    ["1,000", "several thousand", "over 2,000", "about 300", "80 to 100", "up to 1,000"]
)


@settings(max_examples=100, deadline=None)
@given(_SHARES, _WHOLES)
def test_the_implied_interval_holds_every_product_of_points_within_both(share: str, whole: str) -> None:
    part, total = parse_estimate(share), parse_estimate(whole)
    implied = apply_share(part, total)
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        share_value = _inside(part, fraction, top=100.0)
        whole_value = _inside(total, fraction, top=1e7)
        if share_value is not None and whole_value is not None:
            assert _holds(implied, share_value * whole_value / 100)


def _holds(estimate: Estimate, value: float) -> bool:
    """Whether ``value`` lies within the bounds, allowing for the test's own float rounding."""
    slack = 1e-9 * max(1.0, abs(value))
    above = estimate.low is None or value >= estimate.low - slack
    below = estimate.high is None or value <= estimate.high + slack
    return above and below


def _inside(estimate: Estimate, fraction: float, *, top: float) -> float | None:
    low = estimate.low if estimate.low is not None else 0.0
    high = estimate.high if estimate.high is not None else top
    value = low + (high - low) * fraction
    return value if estimate.contains(value) else None
