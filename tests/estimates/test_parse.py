from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import Estimate, ParseError, parse_estimate
from tests.builders import (
    ADDITIVE,
    HEDGED,
    PERCENT,
    Marks,
    approximate,
    at_least,
    at_most,
    between,
    exact,
    less_than,
    listed,
    more_than,
    vague,
)

TWO_THIRDS = 200 / 3  # 66.66666666666667, the float nearest to 200/3

# Every numeric phrase of the five seed documents, as extract_estimates cuts it (and some as quoted in the
# issue, such as "killed 145"), with the estimate the convention gives.
SEED_PHRASES: list[tuple[str, Estimate]] = [
    # 000 Crossroads Asia: how many Tajik ISIS recruits were arrested in Turkey?
    ("25", exact("25", 25)),
    ("one", exact("one", 1)),
    ("45 people", exact("45 people", 45, "people")),
    ("only one", exact("only one", 1)),
    ("24", exact("24", 24)),
    ("about 300", approximate("about 300", 270, 330, 300)),
    ("Over 40 percent", more_than("Over 40 percent", 40, PERCENT)),
    ("90 percent", exact("90 percent", 90, PERCENT)),
    ("nearly two million", approximate("nearly two million", 1_800_000, 2_000_000, 2_000_000)),
    ("three days", exact("three days", 3, "days")),
    # 001: an ISIS terrorist group draws half its recruits from tiny Tajikistan
    ("half", exact("half", 50, PERCENT)),
    ("five years", exact("five years", 5, "years")),
    ("several thousand", vague("several thousand", 3_000, 9_999)),
    (
        "believed to have several thousand",
        vague("believed to have several thousand", 3_000, 9_999, marks=HEDGED),
    ),
    ("more than half", more_than("more than half", 50, PERCENT)),
    ("millions", vague("millions", 2_000_000, 9_999_999)),
    ("10 million people", exact("10 million people", 10_000_000, "people")),
    ("the majority", vague("the majority", 50, None, PERCENT)),
    ("over two million", more_than("over two million", 2_000_000)),
    ("estimated at over two million", more_than("estimated at over two million", 2_000_000, marks=HEDGED)),
    ("around 1.3 million", approximate("around 1.3 million", 1_170_000, 1_430_000, 1_300_000)),
    ("hundreds of thousands more", vague("hundreds of thousands more", 200_000, 999_999, marks=ADDITIVE)),
    ("only two", exact("only two", 2)),
    ("Around 2,000", approximate("Around 2,000", 1_800, 2_200, 2_000)),
    ("four", exact("four", 4)),
    ("145 people", exact("145 people", 145, "people")),
    ("killed 145", exact("killed 145", 145)),
    ("30-year", exact("30-year", 30, "years")),
    ("thousands", vague("thousands", 2_000, 9_999)),
    ("a couple", vague("a couple", 2, 3)),
    ("at least 1,000", at_least("at least 1,000", 1_000)),
    ("71", exact("71", 71)),
    ("two days", exact("two days", 2, "days")),
    ("around 7,000", approximate("around 7,000", 6_300, 7_700, 7_000)),
    ("36 years old", exact("36 years old", 36, "years")),
    ("More than 1,000", more_than("More than 1,000", 1_000)),
    ("thousands more", vague("thousands more", 2_000, 9_999, marks=ADDITIVE)),
    ("three", exact("three", 3)),
    # 002 RFE/RL: authorities say up to 1,000 Tajiks joined IS
    ("Up To 1,000", at_most("Up To 1,000", 1_000)),
    ("up to 1,000", at_most("up to 1,000", 1_000)),
    ("twice", exact("twice", 2, "times")),
    ("61", exact("61", 61)),
    ("148", exact("148", 148)),
    ("21", exact("21", 21)),
    ("$100 a month", exact("$100 a month", 100, "USD", Marks(per="month"))),
    # 003 the collected articles
    ("two", exact("two", 2)),
    ("14", exact("14", 14)),
    ("several", vague("several", 3, 9)),
    ("eight people", exact("eight people", 8, "people")),
    ("32", exact("32", 32)),
    ("44", exact("44", 44)),
    ("86", exact("86", 86)),
    ("estimate up to 4,000 people", at_most("estimate up to 4,000 people", 4_000, "people", HEDGED)),
    ("up to 4,000", at_most("up to 4,000", 4_000)),
    ("39-year-old", exact("39-year-old", 39, "years")),
    ("in the thousands", vague("in the thousands", 1_000, 9_999)),
    ("estimates that more than 500", more_than("estimates that more than 500", 500, marks=HEDGED)),
    ("more than 500", more_than("more than 500", 500)),
    ("around 500", approximate("around 500", 450, 550, 500)),
    ("around 40", approximate("around 40", 36, 44, 40)),
    ("several more", vague("several more", 3, 9, marks=ADDITIVE)),
    ("eight", exact("eight", 8)),
    ("around 1,000", approximate("around 1,000", 900, 1_100, 1_000)),
    ("Ten", exact("Ten", 10)),
    ("Two years", exact("Two years", 2, "years")),
    ("more than six hours", more_than("more than six hours", 6, "hours")),
    ("13", exact("13", 13)),
    ("over 150", more_than("over 150", 150)),
    ("as many as 157,000", at_most("as many as 157,000", 157_000)),
    ("1.5m people", exact("1.5m people", 1_500_000, "people")),
    ("1.5m", exact("1.5m", 1_500_000)),
    ("60%", exact("60%", 60, PERCENT)),
    ("over 40,000", more_than("over 40,000", 40_000)),
    ("8.2%", exact("8.2%", 8.2, PERCENT)),
    ("71%", exact("71%", 71, PERCENT)),
    ("just 1.6%", exact("just 1.6%", 1.6, PERCENT)),
    ("1.6%", exact("1.6%", 1.6, PERCENT)),
    ("23 and 21 years", listed("23 and 21 years", 23, 21, unit="years")),
    ("an estimated 45-50%", between("an estimated 45-50%", 45, 50, PERCENT, HEDGED)),
    ("45-50%", between("45-50%", 45, 50, PERCENT)),
    ("Millions", vague("Millions", 2_000_000, 9_999_999)),
    ("13,000", exact("13,000", 13_000)),
    ("around 250", approximate("around 250", 225, 275, 250)),
    ("over 1,000", more_than("over 1,000", 1_000)),
    ("1,141", exact("1,141", 1_141)),
    ("around a hundred", approximate("around a hundred", 90, 110, 100)),
    ("Half", exact("Half", 50, PERCENT)),
    ("round 500-600", between("round 500-600", 500, 600)),
    ("around 80 to 100", between("around 80 to 100", 80, 100)),
    ("over 200 people", more_than("over 200 people", 200, "people")),
    ("23", exact("23", 23)),
    ("two to 28 years", between("two to 28 years", 2, 28, "years")),
    ("ranging from two to 28 years", between("ranging from two to 28 years", 2, 28, "years")),
    ("Four months", exact("Four months", 4, "months")),
    ("more than two years", more_than("more than two years", 2, "years")),
    ("a few months", vague("a few months", 2, 5, "months")),
    ("11", exact("11", 11)),
    ("up to 28 years", at_most("up to 28 years", 28, "years")),
    ("More than 10", more_than("More than 10", 10)),
    ("95-year-old", exact("95-year-old", 95, "years")),
    ("more than 1,500", more_than("more than 1,500", 1_500)),
    ("Four", exact("Four", 4)),
    ("several times", vague("several times", 3, 9, "times")),
    ("$ 3 million", exact("$ 3 million", 3_000_000, "USD")),
    ("10 years", exact("10 years", 10, "years")),
    ("six", exact("six", 6)),
    ("23 years", exact("23 years", 23, "years")),
    ("21 years", exact("21 years", 21, "years")),
    ("20 years", exact("20 years", 20, "years")),
    ("five", exact("five", 5)),
    ("27", exact("27", 27)),
    ("at least 49 people", at_least("at least 49 people", 49, "people")),
    ("at least 49", at_least("at least 49", 49)),
    ("around 1,100", approximate("around 1,100", 990, 1_210, 1_100)),
    ("At least 300", at_least("At least 300", 300)),
    ("more than 60", more_than("more than 60", 60)),
    ("6,500", exact("6,500", 6_500)),
    ("2,500", exact("2,500", 2_500)),
    ("hundreds", vague("hundreds", 200, 999)),
    ("40 people", exact("40 people", 40, "people")),
    ("the vast majority", vague("the vast majority", 75, 100, PERCENT)),
    ("100,000", exact("100,000", 100_000)),
    ("five-year", exact("five-year", 5, "years")),
    ("30 percent", exact("30 percent", 30, PERCENT)),
    ("70 percent", exact("70 percent", 70, PERCENT)),
    ("from five to seven years", listed("from five to seven years", 5, 7, unit="years")),
    ("16 years", exact("16 years", 16, "years")),
    ("Several", vague("Several", 3, 9)),
    ("two-thirds", exact("two-thirds", TWO_THIRDS, PERCENT)),
    ("Official figures say 1,094", exact("Official figures say 1,094", 1_094, marks=HEDGED)),
    ("1,094", exact("1,094", 1_094)),
    # 004 Mashreq: Tajiks in ISIS
    (
        "Official statistics indicate that over 2,000",
        more_than("Official statistics indicate that over 2,000", 2_000, marks=HEDGED),
    ),
    ("over 2,000", more_than("over 2,000", 2_000)),
    ("around 2,000", approximate("around 2,000", 1_800, 2_200, 2_000)),
    ("80%", exact("80%", 80, PERCENT)),
    ("approximately 500", approximate("approximately 500", 450, 550, 500)),
    ("a few years", vague("a few years", 2, 5, "years")),
    ("400-person", exact("400-person", 400, "people")),
    ("41-year-old", exact("41-year-old", 41, "years")),
    ("a vast majority", vague("a vast majority", 75, 100, PERCENT)),
]


@pytest.mark.parametrize(("text", "expected"), SEED_PHRASES, ids=[text for text, _ in SEED_PHRASES])
def test_every_seed_phrase(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


MORE_PHRASES: list[tuple[str, Estimate]] = [
    ("4,000+", at_least("4,000+", 4_000)),
    ("300 or so", approximate("300 or so", 270, 330, 300)),
    ("300-odd", approximate("300-odd", 270, 330, 300)),
    ("1,000 or more", at_least("1,000 or more", 1_000)),
    ("20 or fewer", at_most("20 or fewer", 20)),
    ("some 2,000-4,000", between("some 2,000-4,000", 2_000, 4_000)),
    ("3-4m", between("3-4m", 3_000_000, 4_000_000)),
    ("1.5 to 2 million", between("1.5 to 2 million", 1_500_000, 2_000_000)),
    ("between 500,000 and 1 million", between("between 500,000 and 1 million", 500_000, 1_000_000)),
    ("between 500 and 1 million", between("between 500 and 1 million", 500, 1_000_000)),
    ("$3-4 million", between("$3-4 million", 3_000_000, 4_000_000, "USD")),
    ("two or three", between("two or three", 2, 3)),
    ("a dozen", exact("a dozen", 12)),
    ("approximately 330", approximate("approximately 330", 297, 363, 330)),
    ("about 3", approximate("about 3", 2.7, 3.3, 3)),
    ("about 95%", approximate("about 95%", 85.5, 100, 95, PERCENT)),
    ("nearly half", approximate("nearly half", 45, 50, 50, PERCENT)),
    ("close to 7,000", approximate("close to 7,000", 6_300, 7_000, 7_000)),
    ("~300", approximate("~300", 270, 330, 300)),
    ("c. 300", approximate("c. 300", 270, 330, 300)),
    ("an estimated 300", approximate("an estimated 300", 270, 330, 300, marks=HEDGED)),
    ("reportedly 300", exact("reportedly 300", 300, marks=HEDGED)),
    ("fewer than 10", less_than("fewer than 10", 10)),
    ("less than half", less_than("less than half", 50, PERCENT)),
    ("no fewer than 20", at_least("no fewer than 20", 20)),
    ("upwards of 3,000", more_than("upwards of 3,000", 3_000)),
    ("a maximum of 40", at_most("a maximum of 40", 40)),
    ("dozens", vague("dozens", 24, 99)),
    ("a few dozen", vague("a few dozen", 24, 60)),
    ("a couple of dozen", vague("a couple of dozen", 24, 36)),
    ("scores", vague("scores", 40, 99)),
    ("a handful", vague("a handful", 2, 9)),
    ("several hundred", vague("several hundred", 300, 999)),
    ("tens of thousands", vague("tens of thousands", 20_000, 99_999)),
    ("hundreds, if not thousands", vague("hundreds, if not thousands", 200, 9_999)),
    ("a majority", vague("a majority", 50, None, PERCENT)),
    ("about several hundred", vague("about several hundred", 300, 999)),
    ("€5bn", exact("€5bn", 5_000_000_000, "EUR")),
    ("500 somoni", exact("500 somoni", 500, "TJS")),
    ("twice a day", exact("twice a day", 2, "times", Marks(per="day"))),
    ("10 more people", exact("10 more people", 10, "people", ADDITIVE)),
    ("5, 6 and 7 years", listed("5, 6 and 7 years", 5, 6, 7, unit="years")),
    ("  about 300 \n", approximate("about 300", 270, 330, 300)),
]


@pytest.mark.parametrize(("text", "expected"), MORE_PHRASES, ids=[text.strip() for text, _ in MORE_PHRASES])
def test_more_phrases(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


EDGES: list[tuple[str, Estimate]] = [
    ("a story about 25 recruits", exact("a story about 25 recruits", 25)),
    ("USD 300", exact("USD 300", 300, "USD")),
    ("US$2.3 million", exact("US$2.3 million", 2_300_000, "USD")),
    ("500-600 or so", between("500-600 or so", 500, 600)),
    ("hundreds or so", vague("hundreds or so", 200, 999)),
    ("300 +", exact("300 +", 300)),
    ("as few as 10", at_least("as few as 10", 10)),
    ("863 a year earlier", exact("863 a year earlier", 863)),
    ("around 2000 people", approximate("around 2000 people", 1_800, 2_200, 2_000, "people")),
]


@pytest.mark.parametrize(("text", "expected"), EDGES, ids=[text for text, _ in EDGES])
def test_edges(text: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("about 300", "people", approximate("about 300", 270, 330, 300, "people")),
        ("71", "years", exact("71", 71, "years")),
        ("45%", "people", exact("45%", 45, PERCENT)),
        ("$ 3 million", "people", exact("$ 3 million", 3_000_000, "USD")),
        ("10 years", "people", exact("10 years", 10, "years")),
        ("the majority", "people", vague("the majority", 50, None, PERCENT)),
        ("several thousand", "troops", vague("several thousand", 3_000, 9_999, "troops")),
    ],
    ids=["given unit", "age in years", "percent stated", "currency stated", "years stated", "share", "vague"],
)
def test_the_stated_unit_wins_over_the_given_one(text: str, unit: str, expected: Estimate) -> None:
    assert expected == parse_estimate(text, unit=unit)


@pytest.mark.parametrize(
    ("text", "high"),
    [("about 330", 363.0), ("about 3", 3.3), ("about 1.3 million", 1_430_000.0), ("about 0.7", 0.77)],
    ids=["330", "3", "1.3 million", "0.7"],
)
def test_approximate_bounds_are_exact_not_float_products(text: str, high: float) -> None:
    assert high == parse_estimate(text).high


YEAR = "is a year or a date range, not a figure; write a count with a separator (2,016) or a unit"
NOTHING = (
    "no number phrase found: expected a figure such as '300', 'about 1,000', '45-50%', 'more than half' "
    "or 'several thousand'"
)
VAGUE_BOUND = "puts a bound on a vague quantity, which cannot be read without guessing"

LOOK_ALIKES: list[tuple[str, str]] = [
    ("1992-97", f"'1992-97' {YEAR}"),
    ("between 1992 and 1997", f"'between 1992 and 1997' {YEAR}"),
    ("from 2014 to 2019", f"'from 2014 to 2019' {YEAR}"),
    ("in 2015", f"'2015' {YEAR}"),
    ("around 2016", f"'around 2016' {YEAR}"),
    ("twentieth anniversary", "'twentieth' is an ordinal, not a figure"),
    ("Protocol 32-20", "'Protocol 32' is an identifier, not a figure"),
    ("Group 24", "'Group 24' is an identifier, not a figure"),
    ("Resolution 2178", "'Resolution 2178' is an identifier, not a figure"),
    ("a hundred times better", "'a hundred times better' is a multiplier, not a figure"),
    ("double whammy", "'double whammy' is an idiom, not a figure"),
    ("one-size-fits-all", "'one-size' is part of a hyphenated word or an idiom, not a figure"),
    ("Muslim-majority", "'Muslim-majority' is part of a hyphenated word or an identifier, not a figure"),
    ("a majority Muslim country", "'a majority Muslim' is an adjective here, not a share"),
    ("9/11", "'9/11' is a date, a time, a ratio or an identifier, not a figure"),
    ("a 50-50 chance", "'50-50' runs downwards or has equal ends: a score, a ratio or an idiom"),
    ("at 7 p.m.", "'7 p.m.' is a time of day, not a figure"),
    ("COVID-19", "'COVID-19' is part of a hyphenated word or an identifier, not a figure"),
    ("G20", "'G20' is an identifier, not a figure"),
    ("No. 1", "'No. 1' is an identifier, not a figure"),
    ("CC BY 2.0", "'BY 2.0' is an identifier, not a figure"),
    ("January 25", "'January 25' is a date, not a figure"),
    ("22 September", "'22 September' is a date, not a figure"),
    ("twice as many", "'twice as' is a multiplier, not a figure"),
    ("one might argue", "'one' is a pronoun, not a figure"),
    ("No One Writes", "'No One' is an idiom, not a figure"),
    ("more than dozens", f"'more than dozens' {VAGUE_BOUND}"),
    ("about 5,000 or more", "'about 5,000 or more' has two hedges that disagree"),
    ("1,2,3", "'1,2,3' is not a well-formed number (write 1,141 or 1141.5)"),
    ("150%", "not a valid figure: low: a percent must be <= 100 (got 150)"),
    ("in the nineties", NOTHING),
    ("", NOTHING),
    ("300 and then 400 more", "found 2 number phrases where one was expected; pass one phrase at a time"),
    ("twenty- seven", "'twenty- seven' runs downwards or has equal ends: a score, a ratio or an idiom"),
    ("Round 2", "'Round 2' is an identifier, not a figure"),
    ("AK 47", "'AK 47' is an identifier, not a figure"),
    ("No.1", "'No.1' is an identifier, not a figure"),
    ("see page 3", "'page 3' is an identifier, not a figure"),
    ("the Group of 20", "'Group of 20' is an identifier, not a figure"),
    ("the Big Three", "'Three' is part of a name or a title, not a figure"),
    ("at 10 GMT", "'10 GMT' is a time of day, not a figure"),
    ("one in a million", "'one in a million' is an idiom, not a figure"),
    ("in 2015 people began to leave", f"'2015 people' {YEAR}"),
    ("$1,2", "'1,2' is not a well-formed number (write 1,141 or 1141.5)"),
    ("5, 6 and 7th", "'7th' is an ordinal, not a figure"),
    ("45% to $50", "'45% to $50' mixes two units"),
    ("5% and $6", "'5% and $6' mixes two units"),
    ("10,000,000,000,000,000", "'10,000,000,000,000,000' is too large to be a count, a share or an amount"),
]


@pytest.mark.parametrize(("text", "message"), LOOK_ALIKES, ids=[text or "empty" for text, _ in LOOK_ALIKES])
def test_look_alikes_raise_a_parse_error_naming_the_span(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate(text)
    assert message == caught.value.message
    assert text == caught.value.text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the Tajik 1992-97 civil war", (10, 17)),
        ("talk of a certain Protocol 32-20 arose online", (18, 29)),
        ("Halimov (2nd right)", (9, 12)),
        ("killed 14 on April 3", (13, 20)),
    ],
    ids=["date range", "identifier", "ordinal", "date"],
)
def test_the_error_span_points_at_the_look_alike(text: str, span: tuple[int, int]) -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate(text)
    assert span == caught.value.span


def test_a_blank_unit_is_reported_as_such() -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate("about 300", unit=" ")
    expected = "not a valid figure: unit: must not be empty"
    assert expected == caught.value.message


_LANGUAGES = st.sampled_from([None, "en", "ru", "tg", "de", "fr", "kk", "uz", "fa", "xx", "tg-Cyrl-TJ"])


@settings(max_examples=300, deadline=None)
@given(st.text(), _LANGUAGES, st.booleans())
def test_parse_never_raises_anything_but_parse_error(text: str, language: str | None, strict: bool) -> None:
    outcome: Estimate | ParseError
    try:
        outcome = parse_estimate(text, language=language, strict=strict)
    except ParseError as error:
        outcome = error
    if isinstance(outcome, ParseError):
        assert 0 <= outcome.start <= outcome.end <= len(text)
    else:
        assert text.strip() == outcome.phrase


_WORDS = st.sampled_from(
    [
        "about", "over", "up to", "more than", "between", "and", "from", "to", "-", "%", "$", "a", "half",
        "third", "dozen", "million", "thousand", "hundred", "several", "hundreds of", "one", "twenty",
        "-seven", "years", "people", "2015", "1,141", "1.5m", "45", "or so", "+", "more", "a month", "Group",
        "May", "2nd", "1992-97", "twice", "times", "better", "estimated", "reportedly", ",", ".", "9/11",
        "the",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=8).map(" ".join))
def test_parse_of_number_like_words_returns_an_estimate_that_holds_its_point(text: str) -> None:
    try:
        estimate = parse_estimate(text)
    except ParseError:
        return
    if estimate.point is not None:
        assert estimate.contains(estimate.point)
    for value in estimate.values:
        assert estimate.contains(value)


ADVERSARIAL = {
    "commas": "1," * 10_000,
    "hedges": "about " * 5_000,
    "between": "between 1 and " * 3_000,
    "hyphens": "1-" * 10_000,
    "words": "one " * 10_000,
    "tens": "twenty-" * 5_000,
    "lists": "1, 2, " * 5_000,
    "articles": "a " * 10_000,
    "digits": "9" * 50_000,
    "dots": "1." * 10_000,
    "symbols": "$%~+-" * 5_000,
    "vague": "hundreds, if not " * 3_000,
    "russian hedges": "около " * 5_000,
    "russian numbers": "двести тридцать пять тысяч " * 3_000,
    "tajik joined": "ҳазору " * 5_000,
    "spaced groups": "1 000 " * 5_000,
    "unread": "smoe 1 " * 5_000,
    "every": "каждый " * 5_000,
    "of every": "аз ҳар " * 3_000,
    "postpositions": "1000-нан астам " * 3_000,
    "scaled vague": "несколько сотен тысяч " * 3_000,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
@pytest.mark.parametrize("language", [None, "ru"])
def test_long_adversarial_input_returns_promptly(text: str, language: str | None) -> None:
    started = time.perf_counter()
    with contextlib.suppress(ParseError):
        parse_estimate(text, language=language)
    assert (
        time.perf_counter() - started < 2.0
    )  # a failure condition for runaway backtracking, not a benchmark
