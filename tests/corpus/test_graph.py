from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import Name, Organization, Relation, RelationKind, UnknownIdError, load_seed_corpus
from centasia_claims.corpus import root_agent, root_path
from tests.builders import E, sound_corpus


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("org:radio-ozodi", ("org:radio-ozodi", "org:rferl")),
        ("org:rferl", ("org:rferl",)),
        ("org:omon", ("org:omon", "org:tajik-interior-ministry", "org:tajik-government")),
        (
            "person:ramazon-rahimzoda",
            ("person:ramazon-rahimzoda", "org:tajik-interior-ministry", "org:tajik-government"),
        ),
        ("org:iskp", ("org:iskp",)),
        ("person:muhiddin-kabiri", ("person:muhiddin-kabiri",)),
        ("place:dushanbe", ("place:dushanbe",)),
    ],
    ids=["service-to-outlet", "root", "unit-to-government", "official", "affiliate", "leader", "place"],
)
def test_root_path_in_the_seed_entities(entity: str, expected: tuple[str, ...]) -> None:
    assert expected == root_path(load_seed_corpus(), entity)


def test_a_spokesperson_relation_is_followed_before_part_of() -> None:
    corpus = sound_corpus()
    person = attrs.evolve(
        corpus.persons[0],
        relations=(
            Relation(RelationKind.PART_OF, E("org:paper")),
            Relation(RelationKind.SPOKESPERSON_OF, E("org:agency")),
        ),
    )
    assert "org:agency" == root_agent(attrs.evolve(corpus, persons=(person,)), "person:spokesman")


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("org:x", ("org:x",)),
        ("org:y", ("org:y", "org:z", "org:x")),
        ("org:z", ("org:z", "org:x")),
    ],
    ids=["from-the-smallest", "from-the-middle", "from-the-last"],
)
def test_a_circle_of_parents_ends_at_its_smallest_id(start: str, expected: tuple[str, ...]) -> None:
    def org(id_: str, parent: str) -> Organization:
        relation = Relation(RelationKind.PART_OF, E(parent))
        return Organization(id=E(id_), names=(Name(id_),), relations=(relation,))

    corpus = sound_corpus()
    circle = (org("org:x", "org:y"), org("org:y", "org:z"), org("org:z", "org:x"))
    corpus = attrs.evolve(corpus, organizations=(*corpus.organizations, *circle))
    assert expected == root_path(corpus, start)


def test_root_path_of_an_unknown_entity() -> None:
    with pytest.raises(UnknownIdError, match="no entity with id 'org:nobody' in this corpus"):
        root_path(sound_corpus(), "org:nobody")


_entities = st.sampled_from([entity.id for entity in load_seed_corpus().entities])


@given(_entities)
def test_the_root_of_a_root_is_itself(entity: str) -> None:
    corpus = load_seed_corpus()
    root = root_agent(corpus, entity)
    assert root == root_agent(corpus, root)
    assert entity == root_path(corpus, entity)[0]
