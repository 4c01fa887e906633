"""Shared hypothesis strategies: intervals, and claims that give figures for one measure."""

from __future__ import annotations

from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    ClaimId,
    EntityId,
    Estimate,
    Interval,
    MeasureId,
    PartialDate,
    Period,
    Qualifier,
    Source,
    SourceId,
    TextQuote,
    TextSpan,
    Verb,
)

# Small integers make equal ends (and so open/closed ties) common; floats cover the rest.
_ENDS = st.integers(-20, 20) | st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw: st.DrawFn, *, ends: st.SearchStrategy[float] = _ENDS) -> Interval:
    """Any non-empty interval: bounded or not at either end, each end open or closed."""
    low = draw(st.none() | ends)
    high = draw(st.none() | ends)
    if low is not None and high is not None and low > high:
        low, high = high, low
    low_inclusive = low is not None and draw(st.booleans())
    high_inclusive = high is not None and draw(st.booleans())
    if low is not None and low == high:
        low_inclusive = high_inclusive = True
    return Interval(low=low, high=high, low_inclusive=low_inclusive, high_inclusive=high_inclusive)


def non_negative_intervals() -> st.SearchStrategy[Interval]:
    """Intervals of non-negative numbers with a lower end (shares and counts)."""
    ends = st.integers(0, 40) | st.floats(0.001, 1e4)  # no subnormals: their products underflow to 0
    return intervals(ends=ends).filter(lambda interval: interval.low is not None)


MEASURE = MeasureId("measure:m")

SOURCES: dict[str, Source] = {
    "source:dated": Source(
        id=SourceId("source:dated"),
        title="",
        document="doc.txt",
        span=TextSpan(0, 1),
        published=PartialDate(2017, 3, 12),
    ),
    "source:year": Source(
        id=SourceId("source:year"),
        title="",
        document="doc.txt",
        span=TextSpan(0, 1),
        published=PartialDate(2016),
    ),
    "source:undated": Source(
        id=SourceId("source:undated"), title="", document="doc.txt", span=TextSpan(0, 1)
    ),
}
"""Sources the generated claims are read in: one dated to the day, one to the year, one undated."""

_PERIODS = (
    None,
    Period.parse("2014/2015"),
    Period.parse("2015"),
    Period.parse("2016-01"),
    Period.parse("2016-01-25"),
    Period.parse("2016-12"),
    Period.parse("2015/.."),
    Period.parse("2016"),
    Period.parse("2016-01/2016-12"),  # the same days as 2016, written otherwise
)
_AGENTS = (None, "org:a", "org:b", "org:c")
_QUOTES = (
    "the figure",
    "officials said last month that the figure",
    "the ministry said in January the figure",
)


@st.composite
def estimates(draw: st.DrawFn) -> Estimate:
    """A hedged count as the convention reads it."""
    n = float(draw(st.integers(1, 60)) * 10)
    shape = draw(st.sampled_from(Qualifier))
    if shape is Qualifier.EXACT:
        return Estimate(phrase=f"{n:g}", qualifier=shape, low=n, high=n, point=n)
    if shape is Qualifier.APPROXIMATE:
        return Estimate(phrase=f"about {n:g}", qualifier=shape, low=0.9 * n, high=1.1 * n, point=n)
    if shape in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return Estimate(phrase=f"{shape.value} {n:g}", qualifier=shape, low=n)
    if shape is Qualifier.AT_MOST:
        hedge = draw(st.sampled_from(("up to", "at most", "as many as")))
        return Estimate(phrase=f"{hedge} {n:g}", qualifier=shape, high=n)
    if shape is Qualifier.LESS_THAN:
        return Estimate(phrase=f"fewer than {n:g}", qualifier=shape, high=n)
    return Estimate(phrase=f"{n:g}-{2 * n:g}", qualifier=shape, low=n, high=2 * n)


@st.composite
def figure_claims(draw: st.DrawFn, *, max_size: int = 10) -> list[Claim]:
    """Claims for `MEASURE` with varied hedges, periods, sources, claimants, re-reports and shares."""
    count = draw(st.integers(0, max_size))
    claims: list[Claim] = []
    for index in range(count):
        if claims and draw(st.integers(0, 9)) == 0:
            whole = draw(st.sampled_from(claims)).id
            value = Estimate(
                phrase="more than half", qualifier=Qualifier.MORE_THAN, unit="percent", low=50, share_of=whole
            )
        elif claims and draw(st.integers(0, 4)) == 0:  # a re-report of an earlier figure
            value = draw(st.sampled_from(claims)).value or draw(estimates())
        else:
            value = draw(estimates())
        agent = draw(st.sampled_from(_AGENTS))
        quote = draw(st.sampled_from(_QUOTES))
        claims.append(
            Claim(
                id=ClaimId(f"claim:c{index}"),
                source=SourceId(draw(st.sampled_from(sorted(SOURCES)))),
                quote=TextQuote(exact=quote, start=0, end=len(quote)),
                statement="a figure",
                measure=MEASURE,
                value=value,
                period=draw(st.sampled_from(_PERIODS)),
                attribution=(
                    AttributionStep(
                        agent=None if agent is None else EntityId(agent), text="officials", verb=Verb.SAID
                    ),
                ),
            )
        )
    return claims
