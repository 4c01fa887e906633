"""Every Russian and Tajik cardinal, built from the tables in every case form, reads back to its value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import parse_estimate
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables_ru as ru
from centasia_claims.estimates import _tables_tg as tg

_RU_FORMS = [
    (value, form)
    for table in (ru.CARDINALS, ru.COLLECTIVES)
    for value, forms in table.items()
    for form in forms
]
_TG_FORMS = [(value, form) for value, forms in tg.CARDINALS.items() for form in forms]


@pytest.mark.parametrize(
    ("value", "form"), _RU_FORMS + _TG_FORMS, ids=[form for _, form in _RU_FORMS + _TG_FORMS]
)
def test_every_form_of_every_cardinal_reads_back(value: int, form: str) -> None:
    language = "ru" if (value, form) in _RU_FORMS else "tg"
    assert value == parse_estimate(f"{form} человек", language=language).point


@pytest.mark.parametrize(
    "form", sorted({lx.e_spelling(form) for _, form in _RU_FORMS} - {form for _, form in _RU_FORMS})
)
def test_forms_spelled_with_e_for_yo_read_too(form: str) -> None:
    assert parse_estimate(form, language="ru").point is not None


def _russian(number: int, pick: int) -> str:
    """``number`` in Russian words, each part in the case form numbered ``pick`` (modulo its forms)."""
    words: list[str] = []
    for scale in (1_000_000_000, 1_000_000, 1_000, 1):
        group, number = divmod(number, scale)
        if not group:
            continue
        for part in (group // 100 * 100, group % 100 if group % 100 < 20 else group % 100 // 10 * 10):
            if part:
                forms = ru.CARDINALS[part]
                words.append(forms[pick % len(forms)])
        if group % 100 >= 20 and group % 10:
            forms = ru.CARDINALS[group % 10]
            words.append(forms[pick % len(forms)])
        if scale > 1:
            forms = ru.SCALES[scale]
            words.append(forms[pick % len(forms)])
    return " ".join(words)


def _tajik(number: int) -> str:
    """``number`` in Tajik words, the parts joined by the connective ("ду ҳазору панҷсаду бисту як")."""
    parts: list[str] = []
    for scale, name in ((1_000_000_000, "миллиард"), (1_000_000, "миллион"), (1_000, "ҳазор"), (1, "")):
        group, number = divmod(number, scale)
        if not group:
            continue
        hundreds, rest = divmod(group, 100)
        if hundreds:
            parts.append("сад" if hundreds == 1 else tg.CARDINALS[hundreds * 100][0])
        if rest >= 20 and rest % 10:
            parts += [tg.CARDINALS[rest // 10 * 10][0], tg.CARDINALS[rest % 10][0]]
        elif rest:
            parts.append(tg.CARDINALS[rest][0])
        if name:
            parts.append(name)
    vowels = "аеиӣоуӯ"
    joined = [part + ("ю" if part[-1] in vowels else "у") for part in parts[:-1]] + parts[-1:]
    return " ".join(joined)


@pytest.mark.parametrize("number", range(1, 1000))
def test_every_cardinal_below_a_thousand_reads_back(number: int) -> None:
    assert number == parse_estimate(_russian(number, 0), language="ru").point
    assert number == parse_estimate(_tajik(number), language="tg").point


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 999_999_999_999), st.integers(0, 10))
def test_every_russian_cardinal_in_every_case_reads_back(number: int, pick: int) -> None:
    text = _russian(number, pick)
    assert number == parse_estimate(text, language="ru").point, text


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 999_999_999_999))
def test_every_tajik_cardinal_reads_back(number: int) -> None:
    text = _tajik(number)
    assert number == parse_estimate(text, language="tg").point, text
