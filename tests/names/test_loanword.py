"""English names in Russian transcription, read by their consonants."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names._loanword import (
    cyrillic_consonants,
    english_consonants,
    loanword_agrees,
    looks_english,
)

FAST = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("latin", "cyrillic", "expected"),
    [
        pytest.param("Crocus", "Крокус", True, id="c-before-a-back-vowel-and-a-consonant"),
        pytest.param("City", "Сити", True, id="c-before-i"),
        pytest.param("Hall", "Холл", True, id="h-and-a-doubled-letter"),
        pytest.param("Hall", "Молл", False, id="another-consonant"),
        pytest.param("Express", "Экспресс", True, id="x"),
        pytest.param("Queens", "Квинс", True, id="qu-as-kv"),
        pytest.param("Queen", "Куин", True, id="qu-as-k"),
        pytest.param("Wall", "Уолл", True, id="w-as-a-vowel"),
        pytest.param("Twitter", "Твиттер", True, id="w-as-v"),
        pytest.param("Facebook", "Фейсбук", True, id="c-before-e-and-oo"),
        pytest.param("Phoenix", "Феникс", True, id="ph"),
        pytest.param("Journal", "Джорнэл", True, id="j"),
        pytest.param("John", "Джон", True, id="silent-h"),
        pytest.param("Smith", "Смит", True, id="th"),
        pytest.param("Vegas", "Крокус", False, id="different-words"),
        pytest.param("Crocus", "Крокусы", True, id="vowels-not-compared"),
        pytest.param("Crocus", "Крокусм", False, id="an-extra-consonant"),
        pytest.param("Crocus", "", False, id="empty"),
        pytest.param("Aeo", "Аэо", False, id="no-consonants"),
    ],
)
def test_loanword_agrees(latin: str, cyrillic: str, *, expected: bool) -> None:
    assert expected is loanword_agrees(latin, cyrillic)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Crocus", True),
        ("Chelsea", True),
        ("Phoenix", True),
        ("Wall", True),
        ("City", True),
        ("Express", True),
        ("Rasht", False),
        ("Khujand", False),
        ("Ozodi", False),
        ("Chorshanbiev", False),
    ],
)
def test_looks_english(word: str, *, expected: bool) -> None:
    assert expected is looks_english(word)


# A practical Russian transcription of English spellings, written independently of the module's tables: each
# syllable of a generated word is spelled in Latin and in Cyrillic as the Russian press writes it.
CONSONANTS = [
    ("b", "б"), ("d", "д"), ("f", "ф"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"),
    ("r", "р"), ("t", "т"), ("v", "в"), ("z", "з"), ("s", "с"), ("sh", "ш"), ("ch", "ч"), ("th", "т"),
    ("ph", "ф"), ("x", "кс"), ("j", "дж"), ("qu", "кв"), ("ll", "лл"), ("ss", "сс"), ("", ""),
]  # fmt: skip
VOWELS = [("a", "а"), ("e", "е"), ("i", "и"), ("o", "о"), ("u", "у"), ("ee", "и"), ("oo", "у")]
SYLLABLES = [
    *((c + v, cc + vv) for c, cc in CONSONANTS for v, vv in VOWELS),
    ("ca", "ка"), ("co", "ко"), ("ce", "се"), ("ci", "си"), ("ge", "дже"), ("wa", "уо"), ("wi", "ви"),
    ("ack", "ак"), ("ock", "ок"),
]  # fmt: skip
PIECES = SYLLABLES


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
@FAST
def test_a_transcribed_word_agrees_with_its_spelling(pieces: list[tuple[str, str]]) -> None:
    latin = "".join(piece for piece, _ in pieces)
    cyrillic = "".join(piece for _, piece in pieces)
    if cyrillic_consonants(cyrillic):
        assert loanword_agrees(latin, cyrillic)


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from("мнлр"))
@FAST
def test_an_added_consonant_never_agrees(pieces: list[tuple[str, str]], extra: str) -> None:
    latin = "".join(piece for piece, _ in pieces)
    cyrillic = "".join(piece for _, piece in pieces)
    assert not loanword_agrees(latin, cyrillic + "а" + extra)
    assert len(cyrillic_consonants(cyrillic + "а" + extra)) > 0


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=4000))
@settings(max_examples=30, deadline=None)
def test_reading_is_linear_on_long_words(word: str) -> None:
    # One pass per word: a 4000-letter word reads in well under ten milliseconds.
    start = time.perf_counter()
    for _ in range(5):
        loanword_agrees(word, "к" * len(word))
        english_consonants(word)
        looks_english(word)
    assert time.perf_counter() - start < 0.5
