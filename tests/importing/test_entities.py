import re

from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import load_seed_corpus
from centasia_claims.importing import Entities, digest, parse_chain, person_after_role, slug
from centasia_claims.names import ALIASES


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


def test_a_titled_new_name_is_a_person_with_an_id_from_the_name_after_the_office() -> None:
    assert "person:rahim-nazarov" == Entities(None).entity("Interior Minister Rahim Nazarov", "claimant", [])


_GIVEN = st.sampled_from(["Yusuf", "Rahim", "Karim", "Юсуф", "Рахим", "Dilshod", "Фарход"])
_FAMILY = st.sampled_from(["Rahmonov", "Nazarov", "Рахмонов", "Назаров", "Sharipov", "Davlatov"])
_OFFICE = st.sampled_from(
    ["Prosecutor-General", "Deputy Minister", "Генпрокурор", "Министр", "Вазир", "spokesman", "Colonel"]
)


@given(_OFFICE, _GIVEN, _FAMILY)
def test_an_office_before_a_new_persons_name_is_one_person_with_it_in_either_order(
    office: str, given_name: str, family: str
) -> None:
    plain, titled = f"{given_name} {family}", f"{office} {given_name} {family}"
    assert plain == person_after_role(titled)
    ids = set()
    for order in ((plain, titled), (titled, plain)):
        entities = Entities(None)
        found = [entities.entity(name, "claimant", []) for name in order]
        assert found[0] == found[1]
        assert (found[0] or "").startswith("person:")
        ids.add(found[0])
    assert 1 == len(ids)


@given(
    st.lists(
        st.sampled_from(["Radio", "Free", "Europe", "State", "Committee", "National", "Security"]),
        min_size=1,
        max_size=5,
    )
)
def test_a_name_without_an_office_word_has_no_person_after_one(words: list[str]) -> None:
    assert person_after_role(" ".join(words)) is None


_ONE_BODY = [
    (entry.id, name.text)
    for entry in ALIASES
    if entry.kind == "organization"
    for name in entry.names
    if [found.id for found in ALIASES.lookup(name.text)] == [entry.id]
]


@given(st.sampled_from(_ONE_BODY), st.data())
def test_every_spelling_of_a_body_of_the_alias_table_is_one_new_entity(
    body: tuple[str, str], data: st.DataObject
) -> None:
    entry, first = body
    other = data.draw(st.sampled_from([text for id_, text in _ONE_BODY if id_ == entry]))
    entities = Entities(None)
    notes: list[str] = []
    assert (
        f"org:{entry}" == entities.entity(first, "claimant", notes) == entities.entity(other, "outlet", notes)
    )
    assert [] == notes
    assert {first, other} == {name.text for name in entities.organizations[f"org:{entry}"].names}


def test_a_name_of_two_bodies_asks_unless_the_table_names_one_of_them() -> None:
    notes: list[str] = []
    assert Entities(None).entity("ГКНБ", "claimant", notes) is None
    assert [
        "claimant: 'ГКНБ' may be any of several bodies (State Committee for National Security (Tajikistan), "
        "State Committee for National Security (Kyrgyzstan)): write {org:tajik-scns} or {org:kyrgyz-gknb} "
        "after the name"
    ] == notes
    entities, notes = Entities(None), []
    entities.entity("ГКНБ Таджикистана", "claimant", [])
    assert "org:tajik-scns" == entities.entity("ГКНБ", "claimant", notes)
    assert [
        "claimant: 'ГКНБ' taken for org:tajik-scns, the one of the bodies it may name that the table names "
        "elsewhere: write {org:tajik-scns} after the name to confirm, or another id"
    ] == notes


def test_an_alias_entry_id_in_braces_chooses_that_body() -> None:
    entities, notes, refused = Entities(None), list[str](), list[str]()
    (step,) = parse_chain("ГКНБ {org:kyrgyz-gknb}")
    assert "org:kyrgyz-gknb" == entities._step_id(step, "claimant", notes, refused)
    assert ([], []) == (notes, refused)


_BODIES = [
    ["Justice Ministry", "Вазорати адлия", "Министерство юстиции", "Минюст"],
    ["Interior Ministry", "Министерство внутренних дел", "МВД", "Вазорати корҳои дохилӣ"],
    ["Ministry of Defence", "Министерство обороны", "Минобороны"],
]


@given(st.permutations([(index, name) for index, names in enumerate(_BODIES) for name in names]))
def test_a_new_bodys_names_across_languages_are_one_entity_and_bodies_stay_apart(
    names: list[tuple[int, str]],
) -> None:
    entities = Entities(None)
    ids: dict[int, set[str | None]] = {}
    for index, name in names:
        ids.setdefault(index, set()).add(entities.entity(name, "claimant", []))
    assert [1, 1, 1] == [len(ids[index]) for index in range(3)]
    assert 3 == len(set().union(*ids.values()))
