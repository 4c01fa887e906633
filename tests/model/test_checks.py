from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    Claim,
    Estimate,
    Event,
    InvalidValueError,
    Measure,
    Name,
    Organization,
    Person,
    Place,
    Source,
    TextSpan,
)
from centasia_claims.model import is_language_tag
from centasia_claims.model._checks import frozen_collections


@attrs.frozen(field_transformer=frozen_collections)
class _Holder:
    items: tuple[int, ...] = ()
    tags: frozenset[str] = frozenset()
    text: str = ""


@given(st.lists(st.integers()), st.lists(st.text(max_size=3)))
def test_lists_and_sets_become_tuples_and_frozensets(items: list[int], tags: list[str]) -> None:
    holder = _Holder(items, set(tags))  # type: ignore[arg-type]
    items.append(1)
    assert (tuple(items[:-1]), frozenset(tags)) == (holder.items, holder.tags)
    assert hash(holder) == hash(_Holder(tuple(items[:-1]), frozenset(tags)))


def test_a_string_is_not_split_into_letters() -> None:
    assert "abc" == _Holder("abc").items  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cls", "field"),
    [
        (Claim, "about"),
        (Claim, "attribution"),
        (Measure, "vocabulary"),
        (Measure, "authority"),
        (Estimate, "unread"),
        (Person, "names"),
        (Organization, "relations"),
        (Place, "names"),
        (Event, "participants"),
        (Source, "authors"),
    ],
)
def test_every_model_collection_converts(cls: type, field: str) -> None:
    attribute = getattr(attrs.fields(cls), field)
    assert attribute.converter is not None
    assert (Name("A"),) == attribute.converter([Name("A")])


@pytest.mark.parametrize(
    "tag",
    ["ru", "tg", "en-GB", "tg-Cyrl", "uz-Latn-UZ", "fa-AF", "zh-Hant-TW", "de-CH-1996", "x-local", "EN-gb"],
)
def test_a_bcp_47_tag_is_a_language(tag: str) -> None:
    assert is_language_tag(tag)


@pytest.mark.parametrize(
    "text", ["", "Russian", "Tajik", "ru_RU", "ru-", "-ru", "r", "русский", "en GB", "ru\n", "12", "abcd"]
)
def test_a_language_name_or_a_malformed_tag_is_not(text: str) -> None:
    assert not is_language_tag(text)


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=3),
    st.none() | st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=4),
    st.none() | st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
)
def test_language_script_and_region_make_a_tag_in_any_case(
    language: str, script: str | None, region: str | None
) -> None:
    tag = "-".join(part for part in (language, script, region) if part)
    assert (True, True, True) == (
        is_language_tag(tag),
        is_language_tag(tag.upper()),
        is_language_tag(tag.lower()),
    )


@given(st.text(max_size=40))
def test_is_language_tag_answers_any_text_and_refuses_what_is_not_ascii_letters_digits_and_hyphens(
    text: str,
) -> None:
    found = is_language_tag(text)
    if any(not (character.isascii() and (character.isalnum() or character == "-")) for character in text):
        assert not found


def test_a_source_or_a_name_in_a_language_that_is_not_a_tag_is_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Source(id="s", title="", document="a.txt", span=TextSpan(0, 1), language="Tajik")
    with pytest.raises(InvalidValueError) as named:
        Name("Гулмурод", lang="tajik")
    assert (
        "language: 'Tajik' is not a BCP 47 language tag: write the language's code, such as 'ru' (Russian), "
        "'tg' (Tajik), 'en' (English) or 'uz-Latn' (Uzbek in Latin script)",
        "lang: 'tajik' is not a BCP 47 language tag: write the language's code, such as 'ru' (Russian), "
        "'tg' (Tajik), 'en' (English) or 'uz-Latn' (Uzbek in Latin script)",
    ) == (str(caught.value), str(named.value))
