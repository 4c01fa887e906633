from __future__ import annotations

from typing import Any

import attrs
import pytest

from centasia_claims import (
    Event,
    InvalidValueError,
    Mention,
    Name,
    Person,
    Place,
    Relation,
    RelationKind,
    TextQuote,
)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: Person(id="person:x", names=()),
            "names: must list at least one name; the first is displayed",
            id="no-names",
        ),
        pytest.param(
            lambda: Person(id="person x", names=(Name("X"),)),
            "id: 'person x' is not a valid id: use letters, digits and . _ : / - "
            "(first a letter or digit, at most 200 characters)",
            id="bad-id",
        ),
        pytest.param(
            lambda: Event(id="event:x", names=(Name("X"),), participants=("person:a", "")),
            "participants[1]: must not be empty: "
            "give every object a unique id such as 'person:gulmurod-halimov'",
            id="empty-participant",
        ),
        pytest.param(
            lambda: Relation(RelationKind.SON, ""),
            "target: must not be empty: give every object a unique id such as 'person:gulmurod-halimov'",
            id="relation-target",
        ),
        pytest.param(
            lambda: Mention(
                entity="person:x",
                name="Khalimov",
                source="s",
                quote=TextQuote(exact="Halimov", start=0, end=7),
            ),
            "name: 'Khalimov' does not occur in the quote 'Halimov'",
            id="mention-not-in-quote",
        ),
        pytest.param(lambda: Name("  "), "text: must not be empty", id="blank-name"),
        pytest.param(
            lambda: Place(id="place:x", names=(Name("X"),), wikidata="9365"),
            "wikidata: '9365' is not a Wikidata item id; write it as Q followed by digits",
            id="wikidata-id",
        ),
        pytest.param(
            lambda: Person(id="person:x", names=(Name("X"),), opensanctions="Q 1"),
            "opensanctions: 'Q 1' is not an OpenSanctions entity id; use letters, digits, '.', '_', '-'",
            id="opensanctions-id",
        ),
    ],
)
def test_entity_validators(build: Any, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert message == str(caught.value)


def test_model_objects_are_frozen_and_evolve() -> None:
    person = Person(id="person:x", names=(Name("Gulmurod Halimov"),))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.id = "person:y"  # type: ignore[misc]
    changed = attrs.evolve(person, names=(Name("Gulmorod Khalimov"), *person.names))
    assert (person.display_name, changed.display_name) == ("Gulmurod Halimov", "Gulmorod Khalimov")


def test_external_ids_link_to_their_databases() -> None:
    place = Place(id="place:dushanbe", names=(Name("Dushanbe"),), wikidata="Q9365", opensanctions="Q9365")
    assert (
        "https://www.wikidata.org/wiki/Q9365",
        "https://www.opensanctions.org/entities/Q9365/",
    ) == place.same_as
    assert () == Person(id="person:x", names=(Name("X"),)).same_as
