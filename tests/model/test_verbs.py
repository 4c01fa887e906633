from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.model import SPEECH_VERBS, Verb, speech_verb


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        ("said", Verb.SAID),
        ("Told", Verb.TOLD),
        ("заявил", Verb.SAID),
        ("заявила", Verb.SAID),
        ("Заявили", Verb.SAID),
        ("сообщается", Verb.REPORTED),
        ("подсчитали", Verb.ESTIMATED),
        ("иброз  дошт", Verb.SAID),
        ("хабар дод", Verb.REPORTED),
        ("эълон кард", Verb.ANNOUNCED),
        ("saidx", None),
        ("say so", None),
        ("заявление", None),
        ("хабар дода буд", None),
        ("", None),
    ],
    ids=str,
)
def test_a_speech_verb_in_any_language(words: str, verb: Verb | None) -> None:
    assert verb == speech_verb(words)


def test_every_word_of_the_table_reads_as_its_verb() -> None:
    # Stems are tried longest first, so a word of the table is read by its own entry.
    found = {word: speech_verb(word) for table in SPEECH_VERBS.values() for word in table}
    assert {word: verb for table in SPEECH_VERBS.values() for word, verb in table.items()} == found


@given(st.text(max_size=200))
def test_speech_verb_takes_any_text(words: str) -> None:
    found = speech_verb(words)
    assert found is None or isinstance(found, Verb)


def test_speech_verb_is_linear_in_long_text() -> None:
    assert speech_verb("заявил" + "а" * 200_000) is Verb.SAID
    assert speech_verb("said " * 50_000) is None
