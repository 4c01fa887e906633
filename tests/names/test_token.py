# The Cyrillic letters of these tests are their data, not typos.

import pytest

from centasia_claims.names._key import parse_name


@pytest.mark.parametrize(
    ("text", "titles", "keys"),
    [
        pytest.param("Colonel Gulmurod Halimov", ("Colonel",), ("golmorod", "holimov"), id="colonel"),
        pytest.param("President Emomali Rahmon", ("President",), ("imomoli", "rohmon"), id="president"),
        pytest.param("Ustod Nuri", ("Ustod",), ("nori",), id="ustod"),
        pytest.param("Eishan Abdul Khalil", ("Eishan",), ("obdoholil",), id="eishan-and-particle"),
        pytest.param("Mullah Abdullo Nuri", ("Mullah",), ("obdolo", "nori"), id="mullah"),
        pytest.param("Gen. Abdukhalim Nazarzoda", ("Gen",), ("obdoholim", "nozorzodo"), id="gen"),
        pytest.param(
            "Полковник Гулмурод Ҳалимов", ("Полковник",), ("golmorod", "holimov"), id="cyrillic-title"
        ),
        pytest.param(
            "министра Рамазона Рахимзоды", ("министра",), ("romozono", "rohimzodo"), id="title-in-a-case"
        ),
        pytest.param("Halimov Colonel", (), ("holimov", "colonil"), id="only-leading-titles"),
    ],
)
def test_parse_name_drops_leading_titles(text: str, titles: tuple[str, ...], keys: tuple[str, ...]) -> None:
    parsed = parse_name(text)
    assert (titles, keys) == (parsed.titles, tuple(token.key for token in parsed.tokens))


@pytest.mark.parametrize(
    ("text", "initials", "patronymics"),
    [
        pytest.param("F. Halimov", (True, False), (False, False), id="initial"),
        pytest.param("Kh. Halimov", (True, False), (False, False), id="digraph-initial"),
        pytest.param(
            "Emomali Sharifovich Rahmon", (False, False, False), (False, True, False), id="patronymic"
        ),
        pytest.param("Rustam Ravshan ugli", (False, False, False), (False, False, True), id="ugli"),
    ],
)
def test_parse_name_marks_initials_and_patronymics(
    text: str, initials: tuple[bool, ...], patronymics: tuple[bool, ...]
) -> None:
    tokens = parse_name(text).tokens
    assert (initials, patronymics) == (
        tuple(token.initial for token in tokens),
        tuple(token.patronymic for token in tokens),
    )
