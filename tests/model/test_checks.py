from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Claim, Estimate, Event, Measure, Name, Organization, Person, Place, Source
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
