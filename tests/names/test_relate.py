import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import normalize_name
from centasia_claims.names._key import parse_name
from centasia_claims.names._relate import (
    Kind,
    case_stem_keys,
    known_distinct,
    relate,
    slip,
    surname_stem,
    written_alike,
)


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        pytest.param("Hailmov", "Halimov", "two letters swapped", id="swapped"),
        pytest.param("Gulmurd", "Gulmurod", "a letter dropped", id="dropped"),
        pytest.param("Gulmurod", "Gulmured", "a vowel for a vowel", id="vowel"),
        pytest.param("Halimov", "Hakimov", None, id="a-consonant-for-another-is-no-slip"),
        pytest.param("Karim", "Kari", None, id="short"),
    ],
)
def test_slip(a: str, b: str, reason: str | None) -> None:
    assert reason == slip(normalize_name(a), normalize_name(b))


@given(st.text(alphabet="oibdfhklmnrst", min_size=1, max_size=4000))
@settings(max_examples=30, deadline=None)
def test_slip_is_linear_on_long_tokens(key: str) -> None:
    # One pass per comparison: a 4000-letter token compares in well under a millisecond per call.

    start = time.perf_counter()
    for _ in range(20):
        slip(key, key[:-1])
    assert time.perf_counter() - start < 0.2


@pytest.mark.parametrize(
    ("a", "b", "surname", "kind", "reason"),
    [
        pytest.param(
            "Ilhomjon", "Ilhom", False, Kind.ENDING, "Ilhomjon ~ Ilhom (given-name ending -jon)", id="jon"
        ),
        pytest.param(
            "Халимова", "Halimov", True, Kind.ENDING, "Халимова ~ Halimov (Russian case ending -a)", id="case"
        ),
        pytest.param(
            "Kabirov",
            "Kabiri",
            True,
            Kind.FORM,
            "Kabirov ~ Kabiri (family-name forms -ov/-i of one stem)",
            id="form",
        ),
        pytest.param(
            "حليموف",
            "Halimov",
            True,
            Kind.EQUAL,
            "حليموف = Halimov (Arabic script: consonants and long vowels agree)",
            id="arabic",
        ),
        pytest.param("Nazira", "Nazir", False, Kind.NONE, "", id="distinct-names"),
        pytest.param(
            "al-Baghdadi",
            "Baghdadi",
            True,
            Kind.EQUAL,
            "al Baghdadi = Baghdadi (the article al- in one name)",
            id="article",
        ),
        pytest.param("Alimov", "Limov", True, Kind.NONE, "", id="al-inside-a-name-is-no-article"),
    ],
)
def test_relate(a: str, b: str, surname: bool, kind: Kind, reason: str) -> None:
    found = relate(parse_name(a).tokens[0], parse_name(b).tokens[0], surname=surname)
    assert (kind, reason) == (found.kind, found.reason)


def test_known_distinct_names() -> None:
    assert known_distinct(normalize_name("Nazir"), normalize_name("Nazira"))
    assert not known_distinct(normalize_name("Halimov"), normalize_name("Halimova"))


ENDINGS = st.sampled_from(["", "zodo", "zodi", "ovo", "ivo", "ov", "iv", "i", "o", "v"])


@given(st.text(alphabet="oibdhklmnrstvz", min_size=1, max_size=6), ENDINGS, ENDINGS)
@settings(max_examples=300, deadline=None)
def test_two_keys_of_one_stem_share_their_first_three_letters(stem: str, one: str, other: str) -> None:
    # relate tries family-name forms only where the keys' first three letters agree: exact, as a common stem
    # of two different keys has three letters at least (a shorter stem is a whole key, with no ending).
    a, b = stem + one, stem + other
    if a != b and surname_stem(a)[0] == surname_stem(b)[0]:
        assert a[:3] == b[:3]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Рамазона", ("romozon",)),
        ("Халимовым", ("holimov",)),
        ("Рамазон", ()),
        ("Halimova", ()),
        ("Ия", ()),
    ],
    ids=["genitive", "instrumental", "no-ending", "latin", "short"],
)
def test_case_stem_keys_take_a_russian_case_ending_off(text: str, keys: tuple[str, ...]) -> None:
    (token,) = parse_name(text).tokens
    assert keys == case_stem_keys(token)


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        pytest.param("Mirzieev", "Mirziyoyev", "ё written as е", id="icao-yo"),
        pytest.param("Erov", "Yorov", "ё written as е", id="yo-at-the-start-of-a-short-word"),
        pytest.param("Rachabalizoda", "Rajabalizoda", "Tajik ҷ written as Russian ч", id="che-for-je"),
        pytest.param("Chura", "Jura", None, id="che-for-je-not-in-a-short-word"),
        pytest.param("Halimov", "Karimov", None, id="other-letters"),
    ],
)
def test_written_alike(a: str, b: str, label: str | None) -> None:
    assert label == written_alike(normalize_name(a), normalize_name(b))


KEYS = st.text(alphabet="oihjcklmnrstvz", max_size=30)


@given(KEYS, KEYS)
@settings(max_examples=300, deadline=None)
def test_written_alike_is_symmetric_and_never_joins_a_key_to_itself(a: str, b: str) -> None:
    assert written_alike(a, b) == written_alike(b, a)
    assert written_alike(a, a) is None


CONSONANTS = st.text(alphabet="bdfgklmnrstvz", max_size=12)


@given(CONSONANTS, CONSONANTS)
@settings(max_examples=300, deadline=None)
def test_yo_written_as_e_is_written_alike(head: str, tail: str) -> None:
    # Mirziyoyev and Mirzieev: ё (folded "io") where another writer has е (folded "i").
    assert written_alike(f"{head}io{tail}", f"{head}i{tail}") == "ё written as е"


@given(st.text(alphabet="oihjcklmnrstvz", min_size=1, max_size=4000))
@settings(max_examples=30, deadline=None)
def test_written_alike_is_linear_on_long_keys(key: str) -> None:
    start = time.perf_counter()
    for _ in range(20):
        written_alike(key, key + "io")
    assert time.perf_counter() - start < 0.2
