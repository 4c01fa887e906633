from __future__ import annotations

import pytest

from centasia_claims import Claim, Estimate, Qualifier, ReconcileError
from centasia_claims.model import ClaimId
from centasia_claims.reconciliation import Figure, Interval, derive_count, read_estimate
from tests.builders import at_most, claim, exact, figure, half_of, less_than, more_than, vague


@pytest.mark.parametrize(
    ("estimate", "literal", "interval", "note"),
    [
        (
            at_most("as many as 157,000", 157_000),
            False,
            "[141300, 157000]",
            "read near its ceiling: 'as many as' gives the figure at the top (as written: (-∞, 157000])",
        ),
        (
            at_most("Up To 1,000", 1000),
            False,
            "[900, 1000]",
            "read near its ceiling: 'up to' gives the figure at the top (as written: (-∞, 1000])",
        ),
        (at_most("as many as 157,000", 157_000), True, "(-∞, 157000]", ""),
        (at_most("at most 40", 40), False, "(-∞, 40]", ""),
        (at_most("no more than 40", 40), False, "(-∞, 40]", ""),
        (at_most("upto", 40), False, "(-∞, 40]", ""),
        (less_than("fewer than 50", 50), False, "(-∞, 50)", ""),
        (more_than("over 2,000", 2000), False, "(2000, ∞)", ""),
    ],
    ids=[
        "as-many-as",
        "up-to-any-case",
        "literal",
        "at-most",
        "no-more-than",
        "no-hedge",
        "fewer-than",
        "over",
    ],
)
def test_read_estimate(estimate: Estimate, literal: bool, interval: str, note: str) -> None:
    read, written = read_estimate(estimate, literal=literal)
    assert (interval, note) == (str(read), written)


def _claim(id_: str, value: Estimate | None) -> Claim:
    return claim(id_, value, quote="x")


SEVERAL_THOUSAND = _claim("claim:iskp", vague("several thousand", 3000, 9999))
TWENTY_FIVE = _claim("claim:25", exact("25", 25))


def _share(
    phrase: str,
    qualifier: Qualifier,
    whole: str,
    *,
    low: float | None = None,
    high: float | None = None,
    point: float | None = None,
    low_inclusive: bool | None = None,
) -> Claim:
    value = Estimate(
        phrase=phrase,
        qualifier=qualifier,
        unit="percent",
        low=low,
        high=high,
        point=point,
        low_inclusive=qualifier is not Qualifier.MORE_THAN if low_inclusive is None else low_inclusive,
        share_of=ClaimId(whole),
    )
    return _claim(f"claim:share-of-{whole}", value)


@pytest.mark.parametrize(
    ("share", "whole", "expected"),
    [
        (
            _share("more than half", Qualifier.MORE_THAN, "claim:iskp", low=50),
            SEVERAL_THOUSAND,
            "more than half of several thousand: (1500, 9999] (claim:share-of-claim:iskp of claim:iskp)",
        ),
        (
            _share("mainly", Qualifier.VAGUE, "claim:25", low=50, low_inclusive=False),
            TWENTY_FIVE,
            "mainly of 25: (12.5, 25] (claim:share-of-claim:25 of claim:25)",
        ),
        (
            _share("a third", Qualifier.EXACT, "claim:25", low=100 / 3, high=100 / 3, point=100 / 3),
            TWENTY_FIVE,
            "a third of 25: {8.33} (claim:share-of-claim:25 of claim:25)",
        ),
        (
            _share("up to half", Qualifier.AT_MOST, "claim:25", high=50),
            TWENTY_FIVE,
            "up to half of 25: [11.25, 12.5] (claim:share-of-claim:25 of claim:25)",
        ),
    ],
    ids=["iskp-tajiks", "gaziantep-mainly", "a-third", "up-to-half"],
)
def test_derive_count(share: Claim, whole: Claim, expected: str) -> None:
    assert expected == str(derive_count(share, whole))


def test_derive_count_literal_reads_the_bare_ceiling_down_to_none() -> None:
    share = _share("up to half", Qualifier.AT_MOST, "claim:25", high=50)
    expected = "[0, 12.5]"
    assert expected == str(derive_count(share, TWENTY_FIVE, literal=True).interval)


NESTED = _claim(
    "claim:nested",
    half_of("claim:iskp"),
)


@pytest.mark.parametrize(
    ("share", "whole", "message"),
    [
        (
            SEVERAL_THOUSAND,
            TWENTY_FIVE,
            (
                "claim 'claim:iskp' gives no share of another claim (value.share_of is not set): "
                "derive counts only from shares"
            ),
        ),
        (
            _share("more than half", Qualifier.MORE_THAN, "claim:iskp", low=50),
            TWENTY_FIVE,
            (
                "claim 'claim:share-of-claim:iskp' is a share of 'claim:iskp', not of 'claim:25': "
                "pass the claim it names"
            ),
        ),
        (
            _share("half", Qualifier.EXACT, "claim:none", low=50, high=50, point=50),
            _claim("claim:none", None),
            "claim 'claim:none' gives no figure to take a share of: it has no value",
        ),
        (
            _claim("claim:empty", None),
            TWENTY_FIVE,
            "claim 'claim:empty' gives no share of another claim: it has no value",
        ),
        (
            _share("half", Qualifier.EXACT, "claim:nested", low=50, high=50, point=50),
            NESTED,
            (
                "claim 'claim:nested' is itself a share of 'claim:iskp': derive that count first, "
                "or reconcile the claims together"
            ),
        ),
        (
            _share("more than 100%", Qualifier.MORE_THAN, "claim:25", low=100),
            TWENTY_FIVE,
            "claim 'claim:share-of-claim:25': the share (100, ∞) is not within 0-100 percent of its whole",
        ),
    ],
    ids=["not-a-share", "another-whole", "whole-without-value", "share-without-value", "nested", "over-100"],
)
def test_derive_count_errors(share: Claim, whole: Claim, message: str) -> None:
    with pytest.raises(ReconcileError) as caught:
        derive_count(share, whole)
    assert message == str(caught.value)


UP_TO_1000 = Interval(low=900, high=1000)


def _figure(interval: Interval | None = UP_TO_1000, set_aside: str | None = None) -> Figure:
    return figure(
        "claim:x",
        "up to 1,000",
        interval,
        "2016-01",
        claimant_name="Tajik authorities (unnamed)",
        set_aside=set_aside,
    )


SET_ASIDE = (
    "2016-01: up to 1,000 -> set aside: in percent, not people [claim:x, per Tajik authorities (unnamed)]"
)


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (_figure(), "2016-01: up to 1,000 -> [900, 1000] [claim:x, per Tajik authorities (unnamed)]"),
        (_figure(interval=None, set_aside="in percent, not people"), SET_ASIDE),
    ],
    ids=["compared", "set-aside"],
)
def test_figure_str_and_label(figure: Figure, text: str) -> None:
    label = "up to 1,000 (2016-01)"
    assert (text, label) == (str(figure), figure.label)
