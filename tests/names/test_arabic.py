import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names._arabic import (
    ARABIC_LETTERS,
    arabic_letters,
    arabic_may_write,
    arabic_relation,
    arabic_skeleton,
    is_arabic,
    latin_skeleton,
)
from centasia_claims.names._key import normalize_name

FAST = settings(max_examples=200, deadline=None)
ARABIC_WORDS = st.text(alphabet="".join(ARABIC_LETTERS), min_size=1, max_size=60)


@pytest.mark.parametrize(
    ("arabic", "latin", "expected"),
    [
        pytest.param("حليموف", "Halimov", "strict", id="halimov"),
        pytest.param("حاليموف", "Halimov", "strict", id="halimov-long-a"),
        pytest.param("غولمراد", "Gulmurod", "strict", id="gulmurod"),
        pytest.param("غولمرود", "Gulmurod", "strict", id="gulmurod-waw"),
        pytest.param("امامعلی", "Emomali", "strict", id="emomali-persian"),
        pytest.param("عبدالحليم", "Abdulhalim", "strict", id="abdulhalim-article"),
        pytest.param("رحمانوف", "Rahmonov", "strict", id="rahmonov"),
        pytest.param("کبیری", "Kabiri", "strict", id="kabiri"),
        pytest.param("حليموف", "Halomov", "loose", id="long-i-written-short-o"),
        pytest.param("حليموف", "Karimov", None, id="karimov"),
        pytest.param("حليموف", "Hakimov", None, id="hakimov"),
        pytest.param("رحمانی", "Rahmon", None, id="final-ya-is-no-wildcard"),
    ],
)
def test_arabic_relation(arabic: str, latin: str, expected: str | None) -> None:
    assert expected == arabic_relation(arabic_letters(arabic), normalize_name(latin))


def test_letter_variants_and_vowel_marks_are_set_aside() -> None:
    assert arabic_letters("عَلِي كَرِيم") == arabic_letters("علی کریم") == "علیکریم"


def test_skeletons_meet_for_blocking() -> None:
    assert arabic_skeleton("غولمراد") == latin_skeleton(normalize_name("Gulmurod")) == "glmrd"
    assert arabic_skeleton("شهرام") == latin_skeleton(normalize_name("Shahrom")) == "shhrm"


def test_is_arabic() -> None:
    assert (True, True, False) == (is_arabic("داعش"), is_arabic("Colonel حليموف"), is_arabic("Дашт"))


@given(ARABIC_WORDS, st.text(alphabet="oihlmrdvfbnkstgjz", max_size=120))
@FAST
def test_relation_is_total(arabic: str, key: str) -> None:
    assert arabic_relation(arabic, key) in {"strict", "loose", None}


CONSONANTS = {"ب": "b", "د": "d", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ت": "t", "ک": "k", "ل": "l",
              "م": "m", "ن": "n", "غ": "g", "ج": "j"}  # fmt: skip


NO_REPEATS = st.lists(st.sampled_from(sorted(CONSONANTS)), min_size=1, max_size=12).filter(
    lambda letters: all(a != b for a, b in itertools.pairwise(letters))
)


# A letter written twice in a row reads as one, as a Latin key merges doubled letters (محيي, Muhyiddin).
@given(NO_REPEATS, st.data())
@FAST
def test_unwritten_short_vowels_are_wildcards(letters: list[str], data: st.DataObject) -> None:
    vowels = data.draw(
        st.lists(st.sampled_from(["", "o", "i"]), min_size=len(letters), max_size=len(letters))
    )
    latin = "".join(CONSONANTS[letter] + vowel for letter, vowel in zip(letters, vowels, strict=True))
    assert "strict" == arabic_relation("".join(letters), latin)


@given(ARABIC_WORDS, st.text(alphabet="oihlmrdvfbnkstgjz", max_size=120))
@FAST
def test_may_write_is_a_relation_strict_or_loose(arabic: str, key: str) -> None:
    # One loose match decides what the strict and the loose match decide together.
    assert arabic_may_write(arabic, key) == (arabic_relation(arabic, key) is not None)


@pytest.mark.parametrize(
    ("arabic", "key"), [("حليموف", "holimov"), ("حاليموف", "hilimov"), ("حليموف", "korimov")]
)
def test_may_write_agrees_with_the_relation_on_strict_loose_and_no_match(arabic: str, key: str) -> None:
    assert arabic_may_write(arabic, key) == (arabic_relation(arabic, key) is not None)
