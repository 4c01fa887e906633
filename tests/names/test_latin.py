import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names import _rules
from centasia_claims.names._latin import TOKEN, _latinize_by_char, latinize, latinized, split_tokens


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("F. Halimov", [("F", True), ("Halimov", False)], id="initial"),
        pytest.param("G‘ulom Is·hoq", [("G‘ulom", False), ("Is·hoq", False)], id="joiners"),
        pytest.param("Darai-Foni", [("Darai", False), ("Foni", False)], id="hyphen"),
    ],
)
def test_split_tokens(text: str, parts: list[tuple[str, bool]]) -> None:
    assert parts == split_tokens(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param("Halimov", ("halimov", (), False), id="ascii"),
        pytest.param("Ҳалимов", ("halimov", ("Cyrillic script",), True), id="cyrillic"),
        pytest.param("Čoršanbiev", ("chorshanbiev", ("diacritics", "diacritics"), False), id="iso-9"),
        pytest.param("Émomali", ("emomali", ("diacritics",), False), id="accent"),
    ],
)
def test_latinize(text: str, read: tuple[str, tuple[str, ...], bool]) -> None:
    assert read == latinize(text)


def test_a_name_split_at_its_spaces_has_the_parts_the_token_pattern_finds() -> None:
    # A name of letters and digits between spaces is split at its spaces: exact, because the token pattern's
    # class (letters, digits and the joiners of LATIN_LETTERS) holds a character exactly when str.isalnum
    # does or it is a joiner, over every code point.
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if (TOKEN.fullmatch(chr(code)) is not None)
        != (chr(code).isalnum() or chr(code) in _rules.LATIN_LETTERS)
    ]
    assert differing == []


_LETTERS = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyzABCZ019 .-'’ʹ·",
        *"абвгғдеёжзийклмнопқрстуӯфхҳчҷшъыьэюяӣАҲЎ",
        *"àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďđēėęěğīıķłńňōőřśşšţťūůűźżžǆǰḩẓạ",
        *"ßæœøþðħÉÜŞİ\u0301\u0306\u0308ѐЌ²ﬁ",
    ]
)


@given(st.text(alphabet=_LETTERS, max_size=12))
@settings(max_examples=500, deadline=None)
def test_latinized_reads_as_the_character_by_character_reading(text: str) -> None:
    assert _latinize_by_char(text) == latinized(text)
