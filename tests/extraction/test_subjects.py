from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.extraction._subjects import (
    MAX_WORDS,
    WINDOW,
    after,
    back_reference,
    before,
    past_time,
    without_dates,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The Tajik embassy in Ankara told", "The Tajik embassy in Ankara", id="plain"),
        pytest.param("Rahmon, 71, said", "Rahmon", id="age-between"),
        pytest.param("Азимов 1 ноября сообщил", "Азимов", id="date-between"),
        pytest.param("Азимов (депутат нижней палаты) сообщил", "Азимов", id="aside"),
        pytest.param(
            "the International Center (ICCT) found", "the International Center (ICCT)", id="acronym-kept"
        ),
        pytest.param("Tajikistan, which says", "Tajikistan", id="relative"),
        pytest.param("In 2015 300 people said", "people", id="numbers-end-the-name"),
        pytest.param("Азимов в 2018 году сообщил", "Азимов", id="year-between"),
        pytest.param("Вазир моҳи январи соли 2018 гуфт", "Вазир", id="tajik-month-and-year-between"),
        pytest.param("Вазир рӯзи 30 апрели соли 2019 гуфт", "Вазир", id="tajik-day-between"),
    ],
)
def test_before_reads_the_subject_back_to_its_clause(sentence: str, expected: str) -> None:
    verb = sentence.rindex(" ") + 1
    assert expected == before(sentence, verb)


def test_after_reads_to_punctuation_or_a_clause_word() -> None:
    assert "министр Рамазон Рахимзода" == after("сообщил министр Рамазон Рахимзода, что", 8)
    assert "the minister" == after("said the minister that 300 left", 5)


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Об этом", "ru", ("", True)),
        ("Такие цифры", "ru", ("", True)),
        ("Инро вазир Раҳимзода", "tg", ("вазир Раҳимзода", True)),
        ("Министр", "ru", ("Министр", False)),
        ("This ministry", "en", ("This ministry", False)),
    ],
)
def test_back_reference(name: str, language: str, expected: tuple[str, bool]) -> None:
    assert expected == back_reference(name, language)


@given(
    st.lists(
        st.sampled_from(
            ["1", "ноября", "(", "a)", "(b", "c)", "Азимов", "2015", "May", "x", "соли", "году", "в", "моҳи"]
        ),
        max_size=30,
    )
)
def test_without_dates_keeps_words_in_order_and_drops_no_plain_word(words: list[str]) -> None:
    kept = without_dates(words)
    iterator = iter(words)
    assert all(word in iterator for word in kept)  # a subsequence
    assert len(kept) <= len(words)


@given(st.text(max_size=3 * WINDOW // 2), st.integers(min_value=0, max_value=3 * WINDOW // 2))
def test_the_subject_is_at_most_max_words_and_within_the_window(sentence: str, end: int) -> None:
    end = min(end, len(sentence))
    found = before(sentence, end)
    assert len(found.split()) <= MAX_WORDS
    assert all(word in sentence[max(0, end - WINDOW) : end] for word in found.split())


@pytest.mark.parametrize(
    ("sentence", "at", "rest"),
    [
        pytest.param(", заявил в четверг министр", 8, " министр", id="weekday-ru"),
        pytest.param(", said on Tuesday the minister", 6, " the minister", id="weekday-en"),
        pytest.param(", сообщил 12 мая глава МВД", 9, " глава МВД", id="day-and-month"),
        pytest.param(", заявил накануне министр", 8, " накануне министр", id="not-a-time-of-the-tables"),
        pytest.param(", said the minister", 6, " the minister", id="no-time"),
        pytest.param(", said in Dushanbe", 6, " in Dushanbe", id="a-place-stays"),
    ],
)
def test_past_time_passes_a_time_phrase_between_a_verb_and_its_speaker(
    sentence: str, at: int, rest: str
) -> None:
    assert rest == sentence[past_time(sentence, at) :]


@given(st.text(max_size=80), st.integers(min_value=0, max_value=80))
def test_past_time_moves_forward_within_the_sentence_to_a_space(sentence: str, at: int) -> None:
    start = min(at, len(sentence))
    found = past_time(sentence, start)
    assert start <= found <= len(sentence)
    assert found == start or sentence[found].isspace()
