from __future__ import annotations

import json
from typing import Any

from centasia_claims import Corpus, Name, Place, load_seed_corpus
from centasia_claims.exports import to_schema_org
from centasia_claims.exports._schema_org import PREFIX, SCHEMA_ORG_PROPERTIES

CORPUS = load_seed_corpus()


def _nodes() -> list[dict[str, Any]]:
    document = json.loads(json.dumps(to_schema_org(CORPUS)))
    assert "https://schema.org" == document["@context"]
    nodes: list[dict[str, Any]] = document["@graph"]
    return nodes


def test_schema_org_nodes_use_only_their_types_properties() -> None:
    wrong = [
        (node["@id"], sorted(set(node) - SCHEMA_ORG_PROPERTIES[node["@type"]]))
        for node in _nodes()
        if not set(node) <= SCHEMA_ORG_PROPERTIES.get(node["@type"], frozenset())
    ]
    assert [] == wrong


def _refs(value: object) -> list[str]:
    if isinstance(value, dict):
        return [value["@id"]] if set(value) == {"@id"} else [r for v in value.values() for r in _refs(v)]
    if isinstance(value, list):
        return [r for item in value for r in _refs(item)]
    return []


def test_schema_org_references_resolve_within_the_graph() -> None:
    nodes = _nodes()
    ids = {node["@id"] for node in nodes}
    assert len(ids) == len(nodes)
    dangling = {
        ref for node in nodes for key, value in node.items() if key != "@id" for ref in _refs(value)
    } - ids
    assert set() == dangling


def test_schema_org_claim() -> None:
    (claim,) = [n for n in _nodes() if n["@id"] == PREFIX + "claim:rferl-rahimzoda-61-returned"]
    assert {
        "@type": "Claim",
        "appearance": {"@id": PREFIX + "source:rferl-up-to-1000"},
        "author": {"@id": PREFIX + "person:ramazon-rahimzoda"},
    } == {key: claim[key] for key in ("@type", "appearance", "author")}


def test_schema_org_reviews_the_contradicted_claims() -> None:
    reviews = {node["itemReviewed"]["@id"]: node for node in _nodes() if node["@type"] == "ClaimReview"}
    gaziantep = reviews[PREFIX + "claim:crossroads-embassy-only-one-tajik"]
    assert "contradicted" == gaziantep["reviewRating"]["alternateName"]
    assert "they cannot both hold for the same event" in gaziantep["reviewRating"]["ratingExplanation"]
    assert PREFIX + "claim:odr-interior-ministry-1141" in reviews  # against "over 2,000" by 2016
    assert PREFIX + "claim:rferl-rahimzoda-61-returned" not in reviews


def test_schema_org_links_external_ids_with_same_as() -> None:
    corpus = Corpus(places=(Place(id="place:dushanbe", names=(Name("Dushanbe"),), wikidata="Q9365"),))
    nodes = [node for node in to_schema_org(corpus)["@graph"] if node.get("@type") == "Place"]
    assert [["https://www.wikidata.org/wiki/Q9365"]] == [node["sameAs"] for node in nodes]
