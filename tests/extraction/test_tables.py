from __future__ import annotations

import pytest

from centasia_claims.extraction import (
    ADVERB_SOURCES,
    BACK_REFERENCES,
    IMPERSONAL,
    REFLEXIVE,
    SOURCE_PHRASES,
    SPEECH_VERBS,
    VERB_FIRST,
)
from centasia_claims.model import Verb


def test_every_language_has_verbs_and_phrases() -> None:
    assert ["en", "ru", "tg"] == sorted(SPEECH_VERBS)
    assert ["en", "ru", "tg"] == sorted(SOURCE_PHRASES)


@pytest.mark.parametrize(
    ("language", "word", "verb"),
    [
        pytest.param("en", "according to", Verb.ACCORDING_TO, id="according-to"),
        pytest.param("en", "citing", Verb.SAID, id="citing"),
        pytest.param("ru", "по словам", Verb.SAID, id="po-slovam"),
        pytest.param("ru", "по данным", Verb.ACCORDING_TO, id="po-dannym"),
        pytest.param("tg", "ба гуфтаи", Verb.SAID, id="ba-guftai"),
        pytest.param("tg", "тибқи маълумоти", Verb.ACCORDING_TO, id="tibqi"),
    ],
)
def test_the_attribution_phrases_of_each_language(language: str, word: str, verb: Verb) -> None:
    assert verb == SOURCE_PHRASES[language][word]


@pytest.mark.parametrize(
    ("language", "word", "verb"),
    [
        pytest.param("en", "told", Verb.TOLD, id="told"),
        pytest.param("en", "reported", Verb.REPORTED, id="reported"),
        pytest.param("ru", "сообщил", Verb.REPORTED, id="soobshchil"),
        pytest.param("ru", "заявил", Verb.SAID, id="zayavil"),
        pytest.param("tg", "гуфт", Verb.SAID, id="guft"),
        pytest.param("tg", "иброз дошт", Verb.SAID, id="ibroz-dosht"),
    ],
)
def test_the_speech_verbs_of_each_language(language: str, word: str, verb: Verb) -> None:
    assert verb == SPEECH_VERBS[language][word]


def test_every_table_is_written_in_lower_case() -> None:
    words = [
        *(word for table in SPEECH_VERBS.values() for word in table),
        *(word for table in SOURCE_PHRASES.values() for word in table),
        *(word for table in BACK_REFERENCES.values() for word in table),
        *ADVERB_SOURCES,
        *(word for endings, prepositions in IMPERSONAL.values() for word in (*endings, *prepositions)),
        *(word for endings, hedges in REFLEXIVE.values() for word in (*endings, *hedges)),
    ]
    assert [] == [word for word in words if word != word.lower() or word != word.strip()]


def test_the_languages_of_the_word_order_tables_have_verbs() -> None:
    assert set(BACK_REFERENCES) | set(REFLEXIVE) | set(VERB_FIRST) | set(IMPERSONAL) <= set(SPEECH_VERBS)
