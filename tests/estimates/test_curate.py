from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.estimates import UnreadWord, unread_words
from centasia_claims.serialization import unstructure


def test_hedge_like_words_come_first_then_the_most_met() -> None:
    texts = ["smoe 1,200 left; while 300 came; while 40 stayed", "Aproximately 500 returned"]
    expected = [
        UnreadWord(word="aproximately", count=1, hedge_like=True, example="Aproximately 500 returned"),
        UnreadWord(word="smoe", count=1, hedge_like=True, example="smoe 1,200 left; while 300 came; while 4"),
        UnreadWord(
            word="while",
            count=2,
            hedge_like=False,
            example="smoe 1,200 left; while 300 came; while 40 stayed",
        ),
    ]
    assert expected == list(unread_words(texts))


def test_words_in_the_tables_or_ordinary_lists_are_not_listed() -> None:
    assert () == unread_words(["killed 20, the 300, about 40, около 50 человек, зиёда аз 60 нафар"])


def test_a_russian_text_is_read_in_its_language() -> None:
    assert ["примерна"] == [item.word for item in unread_words(["примерна 1 500 человек"], language="ru")]


def test_no_word_before_a_figure_in_the_seed_documents_is_taken_for_a_hedge() -> None:
    folder = Path(__file__).resolve().parents[2] / "seeds" / "documents"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())]
    assert [] == [item.word for item in unread_words(texts) if item.hedge_like]


def test_json_and_text() -> None:
    item = UnreadWord(word="smoe", count=2, hedge_like=True, example="smoe 1,200")
    expected = (
        {"word": "smoe", "count": 2, "hedge_like": True, "example": "smoe 1,200"},
        "smoe  2  hedge-like  'smoe 1,200'",
    )
    assert expected == (unstructure(item), str(item))
    assert "<table" in item._repr_html_()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=4), st.sampled_from([None, "ru", "tg"]))
def test_unread_words_of_any_text_are_words_of_it(texts: list[str], language: str | None) -> None:
    joined = " ".join(texts).lower()
    for item in unread_words(texts, language=language):
        assert (item.word in joined, item.count >= 1) == (True, True)
