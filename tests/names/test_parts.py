# The Cyrillic letters of these tests are their data, not typos.

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from centasia_claims import normalize_name
from centasia_claims.names._latin import split_tokens
from centasia_claims.names._parts import raw_parts, read_turkish


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("Gulmurod Halimov's", ["Gulmurod", "Halimov"], id="possessive"),
        pytest.param("Halimov’s deputy", ["Halimov", "deputy"], id="typographic-possessive"),
        pytest.param("Sa's", ["Sa's"], id="a-short-word-keeps-its-s"),
        pytest.param("Camşed Çorşanbiev", ["Jamşed", "Chorşanbiev"], id="turkish-letters"),
        pytest.param("Abdul-Halim", ["Abdul", "Halim"], id="hyphen"),
    ],
)
def test_raw_parts(text: str, parts: list[str]) -> None:
    assert parts == [part for part, _ in raw_parts(text)]


@given(st.text() | st.text(alphabet="abc .,-'’sşçÇ1_", max_size=30))
@settings(max_examples=200, deadline=None)
def test_the_shortcuts_of_raw_parts_give_the_parts_of_the_general_split(text: str) -> None:
    clean = unicodedata.normalize("NFKC", text)
    assume("'s" not in clean and "’s" not in clean)  # a possessive is dropped first
    expected = [(part, bool(stop)) for part, stop in split_tokens(read_turkish(clean))]
    assert expected == [(part, bool(stop)) for part, stop in raw_parts(clean)]


@pytest.mark.parametrize(("text", "key", "again"), [("Мечл", "michl", "mihl"), ("Асзам", "oszom", "oshom")])
def test_a_key_that_marks_a_transcription_is_read_again(text: str, key: str, again: str) -> None:
    assert (key, again) == (normalize_name(text), normalize_name(normalize_name(text)))
