from __future__ import annotations

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.model import Name, NameKind, PartialDate, TextSpan
from centasia_claims.model._display import value_text

SEED = load_seed_corpus()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Name("Halimov"), "Halimov"),
        (Name("Khalimov", kind=NameKind.TRANSLITERATION), "Khalimov (transliteration)"),
        (TextSpan(3, 9), "3-9"),
        (NameKind.VARIANT, "variant"),
        (("a", "b"), "a; b"),
        (PartialDate.parse("2016-01"), "2016-01"),
    ],
    ids=["primary-name", "other-name", "span", "enum", "tuple", "date"],
)
def test_value_text(value: object, expected: str) -> None:
    assert expected == value_text(value)


@pytest.mark.parametrize(
    "item",
    [
        SEED.sources[0],
        SEED.measures[0],
        SEED.persons[0],
        SEED.organizations[0],
        SEED.places[0],
        SEED.events[0],
    ],
    ids=["source", "measure", "person", "organization", "place", "event"],
)
def test_every_record_leads_with_its_id_in_text_and_html(item: object) -> None:
    id_ = getattr(item, "id")  # noqa: B009  (every record here has an id; object has no such attribute)
    html = item._repr_html_()  # type: ignore[attr-defined]
    assert (True, True, False) == (
        str(item).startswith(id_ + "  ") or str(item) == id_ or str(item).startswith(id_ + "\n"),
        html.startswith(f"<div><strong>{id_}"),
        "=" in str(item).splitlines()[0],
    )


def test_unset_fields_are_left_out() -> None:
    source = SEED.source("source:rferl-up-to-1000")
    assert ["document", "span", "outlet", "note"] == [
        line.split(":")[0].strip() for line in str(source).splitlines()[1:]
    ]
