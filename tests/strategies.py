"""Shared hypothesis strategies: valid model objects per type, intervals, and claims for one measure."""

from __future__ import annotations

import calendar
from typing import Any

from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    Estimate,
    Event,
    Measure,
    MeasureKind,
    Mention,
    Name,
    NameKind,
    Organization,
    PartialDate,
    Period,
    Person,
    Place,
    Qualifier,
    Relation,
    RelationKind,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.model import (
    EpistemicStatus,
    Exclusion,
    ExclusionReason,
    MeasureRelation,
    MeasureRelationKind,
    Scope,
    Script,
    SourceKind,
    Stance,
    TimeBasis,
)
from centasia_claims.reconciliation import Interval
from tests.builders import PERCENT, claim, measure, more_than, share_of, source, step

ids = st.from_regex(r"[a-z]{1,8}:[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
entity_ids = source_ids = claim_ids = measure_ids = ids
texts = st.text(min_size=1, max_size=30).filter(lambda text: text.strip() != "")
notes = st.text(max_size=20)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    first = draw(st.none() | partial_dates())
    second = draw(st.none() | partial_dates())
    if first is not None and second is not None and second.last_day() < first.first_day():
        first, second = second, first
    if first is not None and second is not None and second.last_day() < first.first_day():
        second = first  # overlapping partial dates of different precision, such as 2015 and 2015-03
    return Period(first, second)


counts = st.integers(0, 10**9).map(float) | st.floats(0, 1e9, allow_nan=False, allow_infinity=False)
percents = st.floats(0, 100, allow_nan=False, allow_infinity=False)
small_counts = st.integers(min_value=0, max_value=50).map(float)
"""Small whole numbers, so that equal bounds, and figures that just touch, are common."""


@st.composite
def estimates(
    draw: st.DrawFn,
    *,
    unit: str | None = None,
    numbers: st.SearchStrategy[float] | None = None,
    marked: bool = True,
) -> Estimate:
    """Any valid estimate: exact, approximate, bounded on one side, a range, vague, or an enumeration.

    ``unit`` fixes the unit (else it is drawn); ``numbers`` draws the figures (else counts, or shares for a
    percent); ``marked=False`` leaves the hedged and additive marks off, so that any two figures of one unit
    can be compared (an increment is compared with nothing).
    """
    chosen_unit = unit or draw(st.sampled_from(["count", "people", "percent", "USD", "years"]))
    if numbers is None:
        numbers = percents if chosen_unit == "percent" else counts
    qualifier = draw(st.sampled_from(list(Qualifier)))
    a, b = sorted((draw(numbers), draw(numbers)))
    common: dict[str, Any] = {
        "phrase": draw(texts),
        "qualifier": qualifier,
        "unit": chosen_unit,
        "hedged": marked and draw(st.booleans()),
        "additive": marked and draw(st.booleans()),
    }
    if qualifier is Qualifier.EXACT:
        if draw(st.booleans()):
            return Estimate(**common, values=tuple(draw(st.lists(numbers, min_size=1, max_size=3))))
        return Estimate(**common, low=a, high=a, point=a)
    if qualifier is Qualifier.APPROXIMATE:
        point = draw(st.floats(a, b, allow_nan=False)) if a < b else a
        return Estimate(**common, low=a, high=b, point=point)
    if qualifier in {Qualifier.AT_LEAST, Qualifier.MORE_THAN}:
        return Estimate(**common, low=a)
    if qualifier in {Qualifier.AT_MOST, Qualifier.LESS_THAN}:
        return Estimate(**common, high=b)
    if qualifier is Qualifier.RANGE:
        return Estimate(**common, low=a, high=b)
    if draw(st.booleans()):
        return Estimate(**common, low=a, high=None, low_inclusive=draw(st.booleans()))
    return Estimate(**common, low=a, high=b if b > a else None)


@st.composite
def text_quotes(draw: st.DrawFn) -> TextQuote:
    exact = draw(st.text(min_size=1, max_size=40))
    start = draw(st.integers(0, 10_000))
    return TextQuote(
        exact=exact,
        start=start,
        end=start + len(exact),
        prefix=draw(st.text(max_size=10)),
        suffix=draw(st.text(max_size=10)),
    )


names = st.builds(
    Name,
    text=texts,
    kind=st.sampled_from(list(NameKind)),
    lang=st.none() | st.sampled_from(["en", "tg", "ru"]),
    script=st.sampled_from(list(Script)),
    scheme=st.none() | st.sampled_from(["bgn-pcgn-tg", "iso-9"]),
    valid=st.none() | periods(),
)
relations = st.builds(Relation, kind=st.sampled_from(list(RelationKind)), target=entity_ids, note=notes)
name_tuples = st.lists(names, min_size=1, max_size=3).map(tuple)
relation_tuples = st.lists(relations, max_size=2).map(tuple)

persons = st.builds(
    Person,
    id=entity_ids,
    names=name_tuples,
    relations=relation_tuples,
    description=notes,
    note=notes,
    birth_date=st.none() | partial_dates(),
    birth_place=st.none() | entity_ids,
)
organizations = st.builds(
    Organization, id=entity_ids, names=name_tuples, kind=notes, relations=relation_tuples, note=notes
)
places = st.builds(Place, id=entity_ids, names=name_tuples, kind=notes, relations=relation_tuples)
events = st.builds(
    Event,
    id=entity_ids,
    names=name_tuples,
    date=st.none() | periods(),
    place=st.none() | entity_ids,
    participants=st.lists(entity_ids, max_size=3).map(tuple),
    relations=relation_tuples,
)
_TERMS = ("fighters", "suicide bombers", "travellers", "family members", "women", "nationals", "a free term")
_PLACES = ("place:syria", "place:iraq", "Raqqa")


@st.composite
def scopes(draw: st.DrawFn) -> Scope:
    """Scopes over a few population terms (curated and free), places, bases and units; any may be empty."""
    return Scope(
        included=draw(st.lists(st.sampled_from(_TERMS), max_size=3)),
        excluded=draw(st.lists(st.sampled_from(_TERMS), max_size=2)),
        places=draw(st.lists(st.sampled_from(_PLACES), max_size=2)),
        basis=draw(st.none() | st.sampled_from(TimeBasis)),
        unit=draw(st.none() | st.sampled_from(("households", "people"))),
    )


measure_relations = st.builds(
    MeasureRelation, kind=st.sampled_from(MeasureRelationKind), target=measure_ids, note=notes
)


measures = st.builds(
    Measure,
    id=measure_ids,
    label=texts,
    unit=st.sampled_from(["people", "percent", "USD"]),
    kind=st.sampled_from(list(MeasureKind)),
    population=notes,
    place=notes,
    about=st.lists(entity_ids, max_size=2).map(tuple),
    note=notes,
    scope=st.none() | scopes(),
    relations=st.lists(measure_relations, max_size=2).map(tuple),
    vocabulary=st.lists(st.sampled_from(["alive", "dead", "killed"]), unique=True, max_size=3).map(tuple),
    age_of=st.none() | entity_ids,
)
attribution_steps = st.builds(
    AttributionStep,
    agent=st.none() | entity_ids,
    text=texts,
    verb=st.sampled_from(list(Verb)),
    status=st.none() | st.sampled_from(list(EpistemicStatus)),
)


@st.composite
def text_spans(draw: st.DrawFn) -> TextSpan:
    start = draw(st.integers(0, 10_000))
    return TextSpan(start, start + draw(st.integers(0, 10_000)))


sources = st.builds(
    Source,
    id=source_ids,
    title=notes,
    document=texts,
    span=text_spans(),
    kind=st.sampled_from(list(SourceKind)),
    outlet=st.none() | entity_ids,
    authors=st.lists(entity_ids, max_size=2).map(tuple),
    published=st.none() | partial_dates(),
    language=st.sampled_from(["en", "ru", "tg"]),
    url=st.none() | st.just("https://example.org/a"),
    part_of=st.none() | source_ids,
    note=notes,
)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    measure = draw(st.none() | measure_ids)
    term = draw(st.none() | st.sampled_from(["alive", "killed"])) if measure is not None else None
    value = (
        None
        if term is not None
        else draw(estimates())
        if measure is not None or draw(st.booleans())
        else None
    )
    return Claim(
        id=draw(claim_ids),
        source=draw(source_ids),
        quote=draw(text_quotes()),
        statement=draw(texts),
        about=tuple(draw(st.lists(entity_ids, max_size=3))),
        measure=measure,
        value=value,
        predicate=draw(st.none() | st.sampled_from(["joined", "defected_to"])),
        period=draw(st.none() | periods()),
        attribution=tuple(draw(st.lists(attribution_steps, max_size=3))),
        stance=draw(st.sampled_from(list(Stance))),
        status=draw(st.none() | st.sampled_from(list(EpistemicStatus))),
        note=draw(notes),
        occasion=draw(st.none() | st.sampled_from(["press-conference"])),
        scope=draw(st.none() | scopes()),
        term=term,
    )


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    quote = draw(text_quotes())
    start = draw(st.integers(0, len(quote.exact) - 1))
    end = draw(st.integers(start + 1, len(quote.exact)))
    name = quote.exact[start:end]
    if not name.strip():
        quote = TextQuote(exact="Halimov", start=0, end=7)
        name = "Halimov"
    return Mention(entity=draw(entity_ids), name=name, source=draw(source_ids), quote=quote)


exclusions = st.builds(
    Exclusion,
    source=source_ids,
    quote=text_quotes(),
    reason=st.sampled_from(list(ExclusionReason)),
    note=notes,
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


SOURCES: dict[str, Source] = {
    item.id: item
    for item in (
        source("source:dated", "2017-03-12", title=""),
        source("source:year", "2016", title=""),
        source("source:undated", title=""),
    )
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


measure_kinds = st.sampled_from(MeasureKind)

_FIGURE_SCOPES = (
    None,
    Scope(places=("place:syria",)),
    Scope(included=("fighters",), basis=TimeBasis.LEVEL),
)


@st.composite
def hedged_counts(draw: st.DrawFn) -> Estimate:
    """A hedged count as the convention reads it, for reconciling figures of one measure."""
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
def figure_claims(draw: st.DrawFn, *, max_size: int = 10, scoped: bool = False) -> list[Claim]:
    """Claims for `MEASURE` with varied hedges, periods, sources, claimants, re-reports and shares (and, when
    ``scoped``, scopes: Syria only, or a headcount of fighters)."""
    count = draw(st.integers(0, max_size))
    claims: list[Claim] = []
    for index in range(count):
        if claims and draw(st.integers(0, 9)) == 0:
            value = share_of(draw(st.sampled_from(claims)).id, more_than("more than half", 50, PERCENT))
        elif claims and draw(st.integers(0, 4)) == 0:  # a re-report of an earlier figure
            value = draw(st.sampled_from(claims)).value or draw(hedged_counts())
        else:
            value = draw(hedged_counts())
        agent = draw(st.sampled_from(_AGENTS))
        quote = draw(st.sampled_from(_QUOTES))
        claims.append(
            claim(
                f"claim:c{index}",
                value,
                measure(),
                source=draw(st.sampled_from(sorted(SOURCES))),
                quote=quote,
                statement="a figure",
                period=draw(st.sampled_from(_PERIODS)),
                attribution=(step(agent, "officials"),),
                scope=draw(st.sampled_from(_FIGURE_SCOPES)) if scoped else None,
            )
        )
    return claims


RELAY_SOURCES: dict[str, Source] = {
    item.id: item
    for item in (
        source("source:day1", "2020-01-01", title="", outlet="org:outlet"),
        source("source:day1-other", "2020-01-01", title="", outlet="org:other"),
        source("source:day1-copy", "2020-01-02", title="", outlet="org:other", copy_of="source:day1"),
        source("source:day5", "2020-01-05", title="", outlet="org:outlet"),
        source("source:month", "2020-02", title="", outlet="org:outlet"),
        source("source:years-later", "2021-06-01", title="", outlet="org:other"),
        source("source:undated", title="", outlet="org:outlet"),
    )
}
"""Sources of relayed claims: two works of a day, a copy of one, later days, a month, much later, undated."""

_RELAY_QUOTES = (
    "the figure",
    "the figure",
    "earlier, the figure",
    "the figure, corrected back",
    "the figure has risen to",
    "the figure was revised down to",
)
"""Quotes of relayed claims: most say nothing of time; one says the figure was given earlier, one that it was
revised back (`centasia_claims.reconciliation._stale`), two that the count rose or fell to it that day
(`centasia_claims.reconciliation._revisions.UPDATE_WORDS`)."""

RELAY_AGENTS = (None, "org:a", "org:b", "org:c")
"""The claimants of relayed claims (``None``: unnamed)."""

_RELAY_PERIODS = (None, None, None, Period.parse("2019-12"), Period.parse("2020-01-01"))
_AS_OF = (None, None, None, PartialDate(2019, 12), PartialDate(2020, 1, 1))


@st.composite
def relayed_claims(draw: st.DrawFn, *, max_size: int = 10) -> list[Claim]:
    """Claims for `MEASURE` passed on by an outlet: repeated statements, occasions, copies, as-of dates."""
    count = draw(st.integers(0, max_size))
    claims: list[Claim] = []
    for index in range(count):
        if claims and draw(st.integers(0, 3)) == 0:  # another report of an earlier claim's statement
            earlier = draw(st.sampled_from(claims))
            value = earlier.value if draw(st.booleans()) else draw(hedged_counts())
            agent = earlier.attribution[0].agent
            occasion = earlier.occasion
        else:
            value = draw(hedged_counts())
            agent = draw(st.sampled_from(RELAY_AGENTS))
            occasion = draw(st.sampled_from((None, None, "occasion:one", "occasion:two")))
        source_id = draw(st.sampled_from(sorted(RELAY_SOURCES)))
        outlet = RELAY_SOURCES[source_id].outlet
        claims.append(
            claim(
                f"claim:r{index}",
                value,
                measure(),
                source=source_id,
                quote=draw(st.sampled_from(_RELAY_QUOTES)),
                statement="a figure",
                period=draw(st.sampled_from(_RELAY_PERIODS)),
                as_of=draw(st.sampled_from(_AS_OF)),
                occasion=occasion,
                attribution=(step(agent, "officials"), step(outlet, "the outlet", Verb.PUBLISHED)),
                status=draw(st.sampled_from((None, None, EpistemicStatus.HEARSAY))),
            )
        )
    return claims


MODEL_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "PartialDate": partial_dates(),
    "Period": periods(),
    "Estimate": estimates(),
    "TextQuote": text_quotes(),
    "TextSpan": text_spans(),
    "Name": names,
    "Relation": relations,
    "Person": persons,
    "Organization": organizations,
    "Place": places,
    "Event": events,
    "Measure": measures,
    "MeasureRelation": measure_relations,
    "Scope": scopes(),
    "AttributionStep": attribution_steps,
    "Source": sources,
    "Claim": claims(),
    "Mention": mentions(),
    "Exclusion": exclusions,
}
