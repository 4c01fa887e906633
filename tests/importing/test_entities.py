import re

from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import load_seed_corpus
from centasia_claims.importing import Entities, digest, slug


@given(st.text(max_size=200))
def test_a_slug_is_lower_case_ascii_words_joined_by_hyphens(text: str) -> None:
    found = slug(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", found)
    assert len(found) <= 60


@given(st.lists(st.text(max_size=20), min_size=1, max_size=4), st.integers(1, 64))
def test_a_digest_is_stable_hex_of_its_size(parts: list[str], size: int) -> None:
    assert digest(*parts, size=size) == digest(*parts, size=size)
    assert re.fullmatch(f"[0-9a-f]{{{size}}}", digest(*parts, size=size))


def test_a_digest_tells_the_parts_apart() -> None:
    assert digest("ab", "c") != digest("a", "bc")


def test_a_new_name_gets_one_id_however_often_it_comes() -> None:
    entities = Entities(None)
    first = entities.entity("Akram Amonov", "claimant", [])
    assert first == entities.entity("Akram Amonov", "about", []) == "person:akram-amonov"
    assert ["person:akram-amonov"] == list(entities.persons)


def test_a_name_of_several_entities_is_left_to_a_person() -> None:
    notes: list[str] = []
    entities = Entities(load_seed_corpus())
    assert entities.entity("Muhiddin", "about", notes) is None
    assert [
        "about: 'Muhiddin' may be any of several entities: write {person:mohiedin-dustov} or "
        "{person:muhiddin-kabiri} after the name"
    ] == notes
    assert {} == entities.persons


def test_an_organization_word_makes_a_new_name_an_organization() -> None:
    entities = Entities(None)
    assert "org:tajik-prosecutor-office" == entities.entity("Tajik Prosecutor Office", "claimant", [])
    assert "org:interior-ministry" == entities.entity("Interior Ministry", "claimant", [])


def test_a_tables_spellings_of_one_new_name_are_one_entity() -> None:
    entities = Entities(None)
    notes: list[str] = []
    ids = [
        entities.entity(name, "claimant", notes)
        for name in (
            "Interior Ministry",
            "the Interior Ministry",
            "Rahim Nazarov",
            "Interior Minister Rahim Nazarov",
        )
    ]
    assert ["org:interior-ministry"] * 2 + ["person:rahim-nazarov"] * 2 == ids
    assert ([], ["Rahim Nazarov", "Interior Minister Rahim Nazarov"]) == (
        notes,
        [name.text for name in entities.persons["person:rahim-nazarov"].names],
    )


def test_a_lone_last_name_is_the_one_new_person_of_the_table_with_it_and_says_so() -> None:
    entities = Entities(None)
    entities.entity("Rahim Nazarov", "claimant", [])
    notes: list[str] = []
    assert "person:rahim-nazarov" == entities.entity("Minister Nazarov", "claimant", notes)
    assert [
        "claimant: 'Minister Nazarov' taken for person:rahim-nazarov, the one person of the table with that "
        "name: write {person:rahim-nazarov} after the name to confirm, or another id"
    ] == notes


def test_a_lone_last_name_of_two_new_persons_is_neither() -> None:
    entities = Entities(None)
    entities.entity("Rahim Nazarov", "claimant", [])
    entities.entity("Karim Nazarov", "claimant", [])
    notes: list[str] = []
    found = entities.entity("Nazarov", "claimant", notes)
    assert (False, []) == (found in {"person:rahim-nazarov", "person:karim-nazarov"}, notes)


def test_a_titled_new_name_is_a_person() -> None:
    assert "person:interior-minister-rahim-nazarov" == Entities(None).entity(
        "Interior Minister Rahim Nazarov", "claimant", []
    )
