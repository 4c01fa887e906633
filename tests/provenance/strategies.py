"""Hypothesis strategies for the provenance tests: valid estimates of every shape."""

from __future__ import annotations

from hypothesis import strategies as st

from centasia_claims import Estimate, Qualifier

_numbers = st.integers(min_value=0, max_value=50).map(float)


@st.composite
def estimates(draw: st.DrawFn) -> Estimate:
    """Any valid estimate: exact, approximate, bounded on one side, a range, vague, or an enumeration."""
    qualifier = draw(st.sampled_from([*Qualifier, None]))
    if qualifier is None:
        values = tuple(draw(st.lists(_numbers, min_size=1, max_size=3)))
        return Estimate(phrase="n", qualifier=Qualifier.EXACT, values=values)
    a, b = sorted((draw(_numbers), draw(_numbers)))
    if qualifier is Qualifier.EXACT:
        return Estimate(phrase="n", qualifier=qualifier, low=a, high=a, point=a)
    if qualifier is Qualifier.APPROXIMATE:
        point = draw(st.sampled_from([a, b]))
        return Estimate(phrase="n", qualifier=qualifier, low=a, high=b, point=point)
    if qualifier in {Qualifier.AT_LEAST, Qualifier.MORE_THAN}:
        return Estimate(phrase="n", qualifier=qualifier, low=a)
    if qualifier in {Qualifier.AT_MOST, Qualifier.LESS_THAN}:
        return Estimate(phrase="n", qualifier=qualifier, high=b)
    if qualifier is Qualifier.RANGE:
        return Estimate(phrase="n", qualifier=qualifier, low=a, high=b)
    high = draw(st.sampled_from([b, None]))
    return Estimate(phrase="n", qualifier=qualifier, low=a, high=high)
