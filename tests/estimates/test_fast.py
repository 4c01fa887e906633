from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from centasia_claims import Estimate, ParseError, parse_estimate
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import build
from centasia_claims.estimates._fast import read_shaped, read_simple, shaped
from centasia_claims.estimates._formats import FORMATS
from centasia_claims.estimates._parse import number_format, parse_full
from tests.builders.phrases import DIGITS, redrawn

if TYPE_CHECKING:
    from collections.abc import Iterable


def _table_words() -> list[str]:
    """Every key and word of every word table the grammar reads, lower-cased and as written."""
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(value.split())
        elif isinstance(value, dict):
            for key in value:
                add(key)
        elif isinstance(value, (frozenset, set, tuple, list)):
            for item in value:
                add(item)

    for module in (lx, t):
        for name in dir(module):
            if name.isupper():
                add(getattr(module, name))
    return sorted(found)


WORDS = _table_words()
HEDGES = sorted(lx.HEDGES)
LANGUAGES = [None, *sorted(FORMATS), "xx"]
SHAPE_WORDS = sorted({*lx.SCALE_WORDS, *t.SCALE_WORDS, *lx.UNIT_NOUNS, "percent", "per cent", "dozen"})
"""Words of the shapes read without the grammar: scales, units, percent."""
LEADS = (
    st.sampled_from(WORDS)
    | st.from_regex(r"[A-Za-z\u0430-\u044f\u0451]{1,12}", fullmatch=True)
    | st.sampled_from(["smoe", "reportedly", "Barely", "aproximatly", "Group", "UN", "of", "the", "killed"])
)
"""Words before a phrase: words of the tables, typos of hedges, adverbs, names, identifiers, any letters."""
SUFFIXES = sorted(lx.SUFFIX_HEDGES)
HYPHENED = sorted({*lx.HYPHEN_UNITS, "year-olds", "strong", "odd", "plus", "ти", "thirds", "ден", "нан"})
"""Units glued to a figure by a hyphen, and words glued so that other rules read."""
LINKS = sorted(
    {*t.RANGE_WORDS, *lx.BETWEEN_LINKS, *(link for links in lx.RANGE_LINKS.values() for link in links)}
)


def _outcome(read: Iterable[object]) -> Estimate | str:
    try:
        (estimate,) = read
    except ParseError as error:
        return str(error)
    assert isinstance(estimate, Estimate)
    return estimate


def _both(text: str, language: str | None, unit: str | None = None) -> tuple[Estimate | str, Estimate | str]:
    def fast() -> Iterable[object]:
        yield parse_estimate(text, language=language, unit=unit)

    def full() -> Iterable[object]:
        yield parse_full(text, unit=unit, language=language, strict=False)

    return _outcome(fast()), _outcome(full())


def _cased(word: str, case: int) -> str:
    return (word, word.capitalize(), word.upper())[case]


numbers = st.one_of(
    st.integers(0, 10**18).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.integers(0, 10**12).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(0, 10**12).map(lambda n: f"{n:,}".replace(",", " ")),
    st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda p: f"{p[0]},{p[1]}"),
    st.integers(990, 2100).map(str),
    st.integers(0, 40).map(str),
    st.from_regex(r"[0-9]{1,4}(?:[., ][0-9]{1,4}){0,3}", fullmatch=True),
    st.integers(0, 10**12).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
    st.from_regex(r"[0-9]{1,4}(?:[.,\u00a0\u202f\u2009][0-9]{1,4}){0,3}", fullmatch=True),
)


@st.composite
def table_phrases(draw: st.DrawFn) -> str:
    """A hedge from the tables (or none), a figure in any format, marks and words from every table."""
    case = draw(st.integers(0, 2))
    parts = [_cased(word, case) for word in draw(st.lists(LEADS, max_size=2))]
    if draw(st.booleans()):
        parts.append(_cased(draw(st.sampled_from(HEDGES)), case))
    figure = draw(numbers)
    if draw(st.booleans()):
        link = draw(st.sampled_from(LINKS))
        figure += draw(st.sampled_from(["", " "])) + link + draw(st.sampled_from(["", " "])) + draw(numbers)
    elif draw(st.booleans()):  # a unit glued by a hyphen, or another word so glued
        figure += "-" + _cased(draw(st.sampled_from(HYPHENED) | st.sampled_from(WORDS)), case)
    mark = draw(st.sampled_from(["", "", "%", " %", "+", "%+"]))
    parts.append(figure + mark)
    if draw(st.booleans()):  # a hedge after the figure
        parts.append(_cased(draw(st.sampled_from(SUFFIXES)), case))
    after = st.sampled_from(SHAPE_WORDS) | st.sampled_from(WORDS)
    parts.extend(_cased(word, case) for word in draw(st.lists(after, max_size=3)))
    parts.extend(draw(st.lists(st.from_regex(r"[a-z\u0430-\u044f\u0451]{1,8}", fullmatch=True), max_size=2)))
    spaces = draw(st.sampled_from([" ", " ", "  ", "\u00a0", "\n"]))
    return draw(st.sampled_from(["", " "])) + spaces.join(parts) + draw(st.sampled_from(["", " ", "."]))


@settings(max_examples=1000, deadline=None)
@given(table_phrases(), st.sampled_from(LANGUAGES), st.sampled_from([None, "people"]))
@example("about 300 people", None, None)
@example("ABOUT 2.5 people", None, None)
@example("около 10.30 утра", "ru", None)
@example("over 150%", None, None)
@example("2.750 vittime", None, None)
def test_the_shortcut_reads_every_table_phrase_as_the_grammar_does(
    text: str, language: str | None, unit: str | None
) -> None:
    fast, full = _both(text, language, unit)
    assert full == fast


@st.composite
def common_phrases(draw: st.DrawFn) -> tuple[str, str | None]:
    """Phrases of the shapes read without the grammar, mostly: every hedge, ranges upwards, units, scales."""
    language = draw(st.sampled_from([None, None, "en", "ru", "tg", "de", "uz"]))
    group = {"ru": " ", "tg": " ", "uz": " ", "de": "."}.get(language or "", ",")
    decimal = "." if group == "," else ","

    def written(value: int, cents: int | None) -> str:
        text = f"{value:,}".replace(",", group) if draw(st.booleans()) else str(value)
        return text if cents is None else f"{text}{decimal}{cents}"

    low = draw(st.integers(0, 10**7))
    parts = draw(st.lists(LEADS, max_size=2))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(HEDGES)))
    figure = written(low, draw(st.none() | st.integers(0, 99)))
    if draw(st.booleans()):
        link = draw(st.sampled_from(LINKS))
        spaced = link.isalpha() or draw(st.booleans())
        high = written(low + draw(st.integers(0, 10**6)), draw(st.none() | st.integers(0, 99)))
        figure = f"{figure} {link} {high}" if spaced else f"{figure}{link}{high}"
    elif draw(st.booleans()):
        figure += "-" + draw(st.sampled_from(HYPHENED))
    parts.append(figure + draw(st.sampled_from(["", "", "%"])))
    parts.extend(draw(st.lists(st.sampled_from(SHAPE_WORDS), max_size=2)))
    parts.extend(
        draw(st.lists(st.sampled_from(["fighters", "боевиков", "нафар", "Tajiks", "of", "and"]), max_size=2))
    )
    return " ".join(parts), language


@settings(max_examples=1000, deadline=None)
@given(common_phrases(), st.sampled_from([None, "people"]))
def test_the_shortcut_reads_common_phrases_as_the_grammar_does(
    phrase: tuple[str, str | None], unit: str | None
) -> None:
    fast, full = _both(*phrase, unit)
    assert full == fast


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=40), st.sampled_from(LANGUAGES))
def test_the_shortcut_reads_any_text_as_the_grammar_does(text: str, language: str | None) -> None:
    fast, full = _both(text, language)
    assert full == fast


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("about 300 people", None),
        ("more than 2,126 activists", None),
        ("около 1 500 человек", "ru"),
        ("45%", None),
        ("roughly 3.3 million", None),
        ("some 42,344 foreign fighters", None),
        ("between 80 and 100", None),
        ("45-50%", None),
        ("3-4 million", None),
        ("35-летний житель", "ru"),
        ("his 35-year-old son", None),
        ("1\u00a0141 fighters", None),
        ("1,000+ fighters", None),
        ("5,000-odd members", None),
        ("300 или более человек", "ru"),
    ],
)
def test_common_shapes_take_the_shortcut(text: str, language: str | None) -> None:
    assert read_simple(text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1.3 million or so", None),  # a hedge after a scale word
        ("from 5 to 7", None),  # a change, read as a list
        ("more than 5-6", None),  # a bound on a range, refused
        ("600-500", None),  # a range running downwards, refused
        ("in 2015", None),  # a year
        ("2.750 vittime", None),  # reads two ways
        ("April 3", None),  # a month before
        ("3 April", None),  # a month after
        ("an estimated 300", None),  # an epistemic phrase
        ("about 300 and 400", None),  # a second phrase
        ("three decades", None),  # a number word and a converted unit
        ("5,000-strong force", None),  # a hyphenated word that is no unit
        ("3-decade war", None),  # a hyphenated unit the grammar converts
        ("35-year-old more", None),  # a word read after the unit
    ],
)
def test_other_shapes_go_to_the_grammar(text: str, language: str | None) -> None:
    assert read_simple(text, language) is None


@settings(max_examples=300, deadline=None)
@given(redrawn(), st.sampled_from(LANGUAGES), st.data())
def test_texts_that_differ_only_in_digits_have_one_shape(
    text: str, language: str | None, data: st.DataObject
) -> None:
    """`shaped` of one text holds for every text of its digits redrawn, and `read_shaped` reads it so."""
    fmt = number_format(text, language)
    other = DIGITS.sub(
        lambda match: data.draw(
            st.text("0123456789", min_size=len(match.group()), max_size=len(match.group()))
        ),
        text,
    )
    found = shaped(text, fmt)
    assert found == shaped(other, fmt)
    for each in (text, other):
        expected = read_simple(each, language, fmt=fmt)
        assert expected == (None if found is None else read_shaped(each.strip(), found, fmt, None, build))
