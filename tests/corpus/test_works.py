from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import UnknownIdError, load_seed_corpus
from centasia_claims.corpus import canonical_works
from tests.builders import source
from tests.builders.over_time import translated


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, {"source:a": "source:a", "source:b": "source:b", "source:c": "source:c"}),
        (
            {"source:b": {"copy_of": "source:a"}},
            {"source:a": "source:a", "source:b": "source:a", "source:c": "source:c"},
        ),
        (
            {"source:b": {"translation_of": "source:a"}, "source:c": {"translation_of": "source:b"}},
            {"source:a": "source:a", "source:b": "source:a", "source:c": "source:a"},
        ),
        (
            {"source:a": {"same_as": "source:c"}, "source:b": {"same_as": "source:c"}},
            {"source:a": "source:c", "source:b": "source:c", "source:c": "source:c"},
        ),
        (
            {"source:a": {"same_as": "source:b"}, "source:b": {"same_as": "source:a"}},
            {"source:a": "source:a", "source:b": "source:a", "source:c": "source:c"},
        ),
        (
            {"source:a": {"copy_of": "source:gone"}, "source:b": {"copy_of": "source:gone"}},
            {"source:a": "source:a", "source:b": "source:a", "source:c": "source:c"},
        ),
    ],
    ids=["none", "a-copy", "a-back-translation", "two-records-of-one", "a-circle", "an-original-not-given"],
)
def test_canonical_works(fields: dict[str, dict[str, str]], expected: dict[str, str]) -> None:
    sources = [source(id_, **fields.get(id_, {})) for id_ in ("source:a", "source:b", "source:c")]
    assert expected == canonical_works(sources)


@given(st.permutations(["source:a", "source:b", "source:c", "source:d"]))
def test_the_work_does_not_depend_on_the_order_of_the_sources(order: list[str]) -> None:
    fields = {"source:b": {"copy_of": "source:a"}, "source:d": {"same_as": "source:b"}}
    sources = [source(id_, **fields.get(id_, {})) for id_ in order]
    assert {
        "source:a": "source:a",
        "source:b": "source:a",
        "source:c": "source:c",
        "source:d": "source:a",
    } == (canonical_works(sources))


def test_work_of_a_translation_is_its_original() -> None:
    corpus = translated()
    assert ("source:herald-experts", "source:herald-experts") == (
        corpus.work_of("source:vestnik-translation"),
        corpus.work_of("source:herald-experts"),
    )


def test_work_of_an_unknown_source() -> None:
    with pytest.raises(UnknownIdError) as caught:
        load_seed_corpus().work_of("source:nowhere")
    assert "no source with id 'source:nowhere' in this corpus" == str(caught.value)
