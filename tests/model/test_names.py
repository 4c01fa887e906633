import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Name, NameKind, Period
from centasia_claims.model import Script, detect_script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Гулмурод Ҳалимов", Script.CYRILLIC),
        ("Gulmurod Halimov", Script.LATIN),
        ("  — Ҷ", Script.CYRILLIC),
        ("داعش", Script.ARABIC),
        ("1,141", Script.OTHER),
        ("", Script.OTHER),
    ],
)
def test_detect_script(text: str, script: Script) -> None:
    assert script == detect_script(text)


def test_name_defaults() -> None:
    name = Name("Emomali Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007"))
    assert (name.script, name.lang, str(name.valid)) == (Script.LATIN, None, "../2007")


@given(st.text(max_size=100))
def test_any_text_has_a_script_and_never_raises(text: str) -> None:
    assert detect_script(text) in set(Script)
