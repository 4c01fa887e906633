from __future__ import annotations

import io
import json

import attrs
import pytest

from centasia_claims import Corpus, load_seed_corpus
from centasia_claims.exports import to_followthemoney, write_followthemoney
from tests.builders import person

CORPUS = load_seed_corpus()


def test_followthemoney_entities_validate_against_the_ftm_model() -> None:
    model = pytest.importorskip("followthemoney").model
    entities = to_followthemoney(CORPUS)
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # raises on an unknown schema or property
        assert data["properties"] == {
            prop: list(values) for prop, values in proxy.to_dict()["properties"].items()
        }
    schemata = {data["schema"] for data in entities}
    assert {"Person", "Organization", "PublicBody", "Family", "Membership", "UnknownLink"} <= schemata


def test_followthemoney_people_and_family() -> None:
    entities = {data["id"]: data for data in to_followthemoney(CORPUS)}
    halimov = entities["person.gulmurod-halimov"]
    assert ("Person", "Gulmurod Halimov") == (halimov["schema"], halimov["properties"]["name"][0])
    family = [
        data
        for data in entities.values()
        if data["schema"] == "Family" and data["properties"]["relative"] == ["person.gulmurod-halimov"]
    ]
    assert family, "Halimov's brothers, son and nephews are recorded as family links"
    assert "PublicBody" == entities["org.tajik-interior-ministry"]["schema"]


def test_followthemoney_rejects_ids_that_collide() -> None:
    twins = (person("person:a_b", "A"), person("person:a-b", "B"))
    corpus = attrs.evolve(CORPUS, persons=(*CORPUS.persons, *twins))
    with pytest.raises(ValueError, match=r"^id: ids 'person:a_b' and 'person:a-b' both become 'person.a-b'"):
        to_followthemoney(corpus)


def test_followthemoney_lines() -> None:
    out = io.StringIO()
    write_followthemoney(CORPUS, out)
    lines = out.getvalue().splitlines()
    assert to_followthemoney(CORPUS) == [json.loads(line) for line in lines]


def test_followthemoney_writes_external_ids() -> None:
    linked = Corpus(persons=(attrs.evolve(person("person:a", "A B"), wikidata="Q1", opensanctions="x-1"),))
    (data,) = [entity for entity in to_followthemoney(linked) if entity["id"] == "person.a"]
    assert (["Q1"], ["https://www.opensanctions.org/entities/x-1/"]) == (
        data["properties"]["wikidataId"],
        data["properties"]["sourceUrl"],
    )
