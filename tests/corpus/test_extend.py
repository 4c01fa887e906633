from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import (
    CorpusError,
    Entity,
    Measure,
    Name,
    NameKind,
    Organization,
    Relation,
    RelationKind,
    Source,
)
from centasia_claims.corpus import (
    EXTENDABLE,
    SECTIONS,
    extendable_fields,
    load_corpus,
    load_seed_corpus,
    seed_path,
)
from centasia_claims.model import Group
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

    from centasia_claims.corpus import Corpus

HALIMOV = "person:gulmurod-halimov"


def _mine(tmp_path: Path, *extensions: Any, **sections: Any) -> Path:
    return write_folder(
        tmp_path / "mine", {"mine.json": {"format": 2, "extend": list(extensions), **sections}}
    )


def _problems(*folders: Any) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(*folders)
    return [str(problem).removeprefix(f"{folders[-1]}/") for problem in caught.value.problems]


def _named(corpus: Corpus, id_: str) -> Entity:
    found = corpus.entity(id_)
    assert not isinstance(found, Group)
    return found


def test_an_extension_adds_names_and_relations_after_the_recorded_ones(tmp_path: Path) -> None:
    name = {"text": "Gulmurod Khalimov (as a later source writes it)", "kind": "variant"}
    relation = {"kind": "member_of", "target": "org:islamic-state", "note": "as the later source says"}
    corpus = load_corpus(
        seed_path(), _mine(tmp_path, {"id": HALIMOV, "names": [name], "relations": [relation]})
    )
    before, after = _named(load_seed_corpus(), HALIMOV), _named(corpus, HALIMOV)
    assert (*before.names, Name(name["text"], kind=NameKind.VARIANT)) == after.names
    assert (
        *before.relations,
        Relation(RelationKind.MEMBER_OF, "org:islamic-state", "as the later source says"),
    ) == after.relations
    assert after.display_name == before.display_name


def test_two_extensions_of_one_item_add_up_and_a_later_folder_uses_them(tmp_path: Path) -> None:
    first = _mine(tmp_path, {"id": HALIMOV, "names": [{"text": "G. Kh."}]})
    second = write_folder(
        tmp_path / "more",
        {"more.json": {"format": 2, "extend": [{"id": HALIMOV, "names": [{"text": "G. H."}]}]}},
    )
    names = _named(load_corpus(seed_path(), first, second), HALIMOV).names
    assert ["G. Kh.", "G. H."] == [name.text for name in names[-2:]]


def test_an_extension_of_the_same_folder_is_allowed(tmp_path: Path) -> None:
    organization = {"id": "org:mine", "names": [{"text": "Mine"}]}
    folder = _mine(tmp_path, {"id": "org:mine", "names": [{"text": "My org"}]}, organizations=[organization])
    assert ("Mine", "My org") == tuple(name.text for name in _named(load_corpus(folder), "org:mine").names)


@pytest.mark.parametrize(
    ("extension", "expected"),
    [
        pytest.param(
            {"id": HALIMOV, "names": [{"text": "Gulmorod Khalimov", "kind": "transliteration"}]},
            ["$.extend[0].names[0]: already recorded for 'person:gulmurod-halimov': remove it here"],
            id="already-recorded",
        ),
        pytest.param(
            {"id": HALIMOV, "names": [{"text": "X"}, {"text": "X"}]},
            ["$.extend[0].names[1]: already recorded for 'person:gulmurod-halimov': remove it here"],
            id="twice-in-one-extension",
        ),
        pytest.param(
            {"id": HALIMOV, "description": "A colonel"},
            [
                "$.extend[0].description: 'description' cannot be extended: an extension adds to "
                "lists only; the "
                "lists of persons are names, relations"
            ],
            id="a-single-value",
        ),
        pytest.param(
            {"id": HALIMOV},
            ["$.extend[0]: nothing to add: give at least one of names, relations"],
            id="nothing",
        ),
        pytest.param(
            {"id": HALIMOV, "names": [{"text": 5}]},
            ["$.extend[0].names[0].text: expected a string, got a number (5)"],
            id="a-malformed-entry",
        ),
        pytest.param(
            {"id": HALIMOV, "relations": [{"kind": "brother", "target": "person:nobody"}]},
            [
                "$.extend[0].relations[0].target: unknown event or group or organization or person or place "
                "id 'person:nobody': add it to the corpus or correct the id"
            ],
            id="a-dangling-reference",
        ),
        pytest.param(
            {"id": "claim:rferl-rahimzoda-61-returned", "about": ["org:rferl"]},
            [
                "$.extend[0].id: 'claim:rferl-rahimzoda-61-returned' is in claims, which cannot "
                "be extended: add "
                "a new item instead"
            ],
            id="a-claim",
        ),
        pytest.param(
            {"id": "person:nobody", "names": [{"text": "N"}]},
            ["$.extend[0].id: no item with id 'person:nobody' to extend: define it, or correct the id"],
            id="unknown-id",
        ),
        pytest.param(
            ["person:x"],
            ["$.extend[0]: expected an object with the id of the item to extend and the lists to add to it"],
            id="not-an-object",
        ),
    ],
)
def test_a_bad_extension_is_one_clear_error(tmp_path: Path, extension: Any, expected: list[str]) -> None:
    assert [f"fixtures/mine.json: {line}" for line in expected] == _problems(
        seed_path(), _mine(tmp_path, extension)
    )


def test_an_item_of_a_later_folder_cannot_be_extended(tmp_path: Path) -> None:
    later = write_folder(
        tmp_path / "later", {"l.json": {"persons": [{"id": "person:l", "names": [{"text": "L"}]}]}}
    )
    assert [
        f"{tmp_path}/mine/fixtures/mine.json: $.extend[0].id: 'person:l' is defined in a later folder: an "
        "extension adds to an item of its own folder or an earlier one; load the folders in the other order"
    ] == _problems(_mine(tmp_path, {"id": "person:l", "names": [{"text": "M"}]}), later)


def test_an_extension_of_an_item_that_failed_is_not_reported_again(tmp_path: Path) -> None:
    folder = _mine(
        tmp_path, {"id": "person:bad", "names": [{"text": "B"}]}, persons=[{"id": "person:bad", "names": []}]
    )
    assert [
        "fixtures/mine.json: $.persons[0].names: must list at least one name; the first is displayed"
    ] == _problems(folder)


def test_the_extendable_fields_are_the_list_fields_of_the_model() -> None:
    assert ("sources", "persons", "organizations", "places", "events", "measures") == EXTENDABLE
    assert ("authors",) == extendable_fields(Source)
    assert ("names", "relations") == extendable_fields(Organization)
    assert ("about", "relations", "vocabulary", "authority") == extendable_fields(Measure)
    assert all(extendable_fields(SECTIONS[section]) for section in EXTENDABLE)
