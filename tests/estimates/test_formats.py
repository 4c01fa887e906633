from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.estimates._formats import AUTO, CYRILLIC, FORMATS, canonical, digits_to_ascii, format_of


def _written(number: int, thousands: str) -> str:
    return f"{number:,}".replace(",", thousands)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.sampled_from(sorted(FORMATS)))
def test_a_count_written_as_its_language_groups_it_reads_back(number: int, language: str) -> None:
    fmt = FORMATS[language]
    text = _written(number, fmt.thousands)
    assert (str(number), "") == (canonical(text, language)[0], canonical(text, language)[2])


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(sorted(FORMATS)))
def test_a_thin_or_no_break_space_groups_in_every_language(number: int, language: str) -> None:
    for space in ("\u00a0", "\u202f", "\u2009"):
        assert str(number) == canonical(_written(number, space), language)[0]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789.,\u00a0 ", min_size=1, max_size=12),
    st.sampled_from([None, "en", "ru", "tg", "de"]),
)
def test_canonical_gives_digits_or_a_problem(text: str, language: str | None) -> None:
    digits, _grouped, problem = canonical(text, language)
    assert bool(digits) != bool(problem)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "space"),
        ("tg-Cyrl-TJ", "space, decimal dot too"),
        ("DE", "dot"),
        ("en-GB", "comma"),
        ("xx", "auto"),
    ],
)
def test_format_of_a_tag(language: str, expected: str) -> None:
    assert expected == format_of(language, "")[0].name


def test_a_cyrillic_text_without_a_language() -> None:
    assert (CYRILLIC, AUTO) == (format_of(None, "около 1 500")[0], format_of(None, "about 1,500")[0])


def test_arabic_indic_and_persian_digits_keep_their_offsets() -> None:
    text = "\u0663\u0660\u0660 \u06f1\u06f2\u06f0\u06f0 \u0662\u066b\u0665"
    assert ("300 1200 2.5", len(text)) == (digits_to_ascii(text), len(digits_to_ascii(text)))
