"""The PROV export read back with the prov package: the chain from claimant to article and quote survives."""

from __future__ import annotations

import sys
from typing import Any

import attrs
import pytest
from prov.model import (
    PROV,
    ProvAgent,
    ProvAttribution,
    ProvDelegation,
    ProvDerivation,
    ProvDocument,
    ProvEntity,
    ProvMembership,
)

from centasia_claims import MissingExtraError, Name, Place, load_seed_corpus
from centasia_claims.exports import to_prov_document, to_prov_json
from tests.builders import E, S, archive, quote_of, sound_corpus, with_claim, with_source, with_step

CC = "urn:centasia-claims:"


def _read(text: str) -> ProvDocument:
    return ProvDocument.deserialize(content=text, format="json")


def _uri(qualified: Any) -> str:
    return str(qualified.uri).removeprefix(CC)


def _records(document: ProvDocument, cls: type) -> list[Any]:
    return [record for record in document.get_records() if isinstance(record, cls)]


def _attributes(record: Any) -> dict[str, Any]:
    return {str(name): value for name, value in record.extra_attributes}


def _pairs(
    document: ProvDocument, cls: type, first: str, second: str
) -> dict[tuple[str, str], dict[str, Any]]:
    pairs = {}
    for record in _records(document, cls):
        attributes = dict(record.formal_attributes)
        pairs[(_uri(attributes[PROV[first]]), _uri(attributes[PROV[second]]))] = _attributes(record)
    return pairs


def _derived_from(document: ProvDocument, entity: str) -> set[str]:
    """Every entity the given one is derived from, directly or not."""
    edges = _pairs(document, ProvDerivation, "generatedEntity", "usedEntity")
    found: set[str] = set()
    frontier = {entity}
    while frontier:
        frontier = {used for generated, used in edges if generated in frontier} - found
        found |= frontier
    return found


def test_the_chain_survives_a_round_trip() -> None:
    document = _read(to_prov_json(sound_corpus()))
    agents = {_uri(agent.identifier): _attributes(agent) for agent in _records(document, ProvAgent)}
    assert {"prov:type": PROV["Person"], "prov:label": "the Agency's spokesman"} == agents["person:spokesman"]
    assert PROV["Organization"] == agents["org:agency"]["prov:type"]

    attributed = _pairs(document, ProvAttribution, "entity", "agent")
    assert {"cc:verb": "told"} == attributed[("claim:a", "person:spokesman")]
    assert {"cc:verb": "reported"} == attributed[("claim:a/step/1", "org:service")]
    assert ("source:a", "org:outlet") in attributed

    assert {"claim:a", "claim:a/step/1"} == _derived_from(document, "source:a") - {"claim:a/quote"}
    quotations = _pairs(document, ProvDerivation, "generatedEntity", "usedEntity")
    assert PROV["Quotation"] == quotations[("claim:a/quote", "claim:a")]["prov:type"]

    delegations = _pairs(document, ProvDelegation, "delegate", "responsible")
    assert {"cc:relation": "spokesperson_of"} == delegations[("person:spokesman", "org:agency")]
    assert ("org:service", "org:outlet") in delegations


def test_the_quote_keeps_its_text_and_offsets() -> None:
    corpus = sound_corpus()
    document = _read(to_prov_json(corpus))
    entities = {_uri(entity.identifier): _attributes(entity) for entity in _records(document, ProvEntity)}
    quote = quote_of(corpus.claim("claim:a"))
    expected = {
        "prov:type": entities["claim:a/quote"]["prov:type"],
        "prov:value": quote.exact,
        "cc:source": entities["claim:a/quote"]["cc:source"],
        "cc:document": "doc.txt",
        "cc:start": quote.start,
        "cc:end": quote.end,
    }
    assert expected == entities["claim:a/quote"]
    assert ("source:a", "Quote") == (_uri(expected["cc:source"]), _uri(expected["prov:type"]))
    claim = entities["claim:a"]
    assert ("120", 120, "official", "asserts") == (
        claim["cc:phrase"],
        claim["cc:point"],
        claim["cc:status"],
        claim["cc:stance"],
    )


def test_an_unnamed_intermediary_is_an_agent_of_its_claim() -> None:
    corpus = load_seed_corpus()
    document = _read(to_prov_json(corpus, ["claim:rferl-rahimzoda-61-returned"]))
    agents = {_uri(agent.identifier): _attributes(agent) for agent in _records(document, ProvAgent)}
    unnamed = agents["claim:rferl-rahimzoda-61-returned/agent/1"]
    assert {"prov:type": PROV["Agent"], "prov:label": "reporters", "cc:unnamed": "true"} == unnamed
    article = "source:rferl-up-to-1000"
    expected = {"claim:rferl-rahimzoda-61-returned", "claim:rferl-rahimzoda-61-returned/step/1"}
    assert expected == _derived_from(document, article)


def test_an_article_read_through_an_archive_is_its_member() -> None:
    corpus = with_source(sound_corpus(), "source:b", archive(), part_of=S("source:archive"))
    members = _pairs(_read(to_prov_json(corpus)), ProvMembership, "collection", "entity")
    assert ("source:archive", "source:b") in members


def test_an_empty_chain_is_attributed_to_the_publishers() -> None:
    corpus = load_seed_corpus()
    document = _read(to_prov_json(corpus, ["claim:rferl-figure-doubled"]))
    attributed = _pairs(document, ProvAttribution, "entity", "agent")
    assert ("source:rferl-up-to-1000", "org:rferl") in attributed
    assert {"claim:rferl-figure-doubled"} == _derived_from(document, "source:rferl-up-to-1000")


def test_a_claim_its_source_asserts_is_attributed_to_the_source_and_derived_into_it() -> None:
    corpus = with_claim(sound_corpus(), "claim:a", attribution=())
    corpus = with_source(corpus, "source:a", url="https://example.org/a", authors=(E("person:spokesman"),))
    document = _read(to_prov_json(corpus, ["claim:a"]))
    attributed = _pairs(document, ProvAttribution, "entity", "agent")
    assert {("claim:a", "person:spokesman"), ("claim:a", "org:outlet")} <= set(attributed)
    assert {"claim:a"} == _derived_from(document, "source:a")
    entities = {_uri(entity.identifier): _attributes(entity) for entity in _records(document, ProvEntity)}
    assert ("2016-02-01", "https://example.org/a") == (
        entities["source:a"]["cc:published"],
        entities["source:a"]["cc:url"],
    )


def test_a_place_speaking_is_a_plain_agent() -> None:
    corpus = sound_corpus()
    place = Place(id=E("place:country"), names=(Name("the Country"),))
    corpus = attrs.evolve(corpus, places=(place,))
    corpus = with_step(corpus, "claim:a", 0, agent=E("place:country"))
    agents = {
        _uri(agent.identifier): _attributes(agent)
        for agent in _records(_read(to_prov_json(corpus)), ProvAgent)
    }
    assert {"prov:type": PROV["Agent"], "prov:label": "the Country"} == agents["place:country"]


def test_the_whole_seed_corpus_exports() -> None:
    corpus = load_seed_corpus()
    document = to_prov_document(corpus)
    claims = {_uri(entity.identifier) for entity in _records(document, ProvEntity)}
    assert {claim.id for claim in corpus.claims} <= claims


def test_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "prov.model", None)
    with pytest.raises(MissingExtraError) as caught:
        to_prov_json(sound_corpus())
    assert "this needs prov, which is not installed: pip install 'centasia-claims[prov]'" == str(caught.value)


def test_control_characters_are_escaped_in_prov_n_and_prov_json() -> None:
    corpus = load_seed_corpus()
    claim = corpus.claims[0]
    corpus = attrs.evolve(
        corpus,
        claims=(attrs.evolve(claim, statement="said \x1b[2J\x00 \u202eevil"), *corpus.claims[1:]),
    )
    document = to_prov_document(corpus, [claim.id])
    provn = document.get_provn()
    assert [] == [char for char in provn + to_prov_json(corpus, [claim.id]) if char in "\x1b\x00\u202e"]
    assert "said \\\\u001b[2J\\\\u0000 \\\\u202eevil" in provn  # PROV-N doubles each backslash
