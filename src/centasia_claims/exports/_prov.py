"""Claims, sources and agents as W3C PROV (needs the ``prov`` extra: ``pip install 'centasia-claims[prov]'``).

Each claim becomes a chain of PROV records that a PROV tool can follow back to the original claimant:

- every named agent is a ``prov:Agent`` (``prov:Person`` or ``prov:Organization``), acting on behalf of the
  entity it speaks for (`ORIGIN_RELATIONS`); an unnamed one ("experts") is an agent of its own claim;
- the claim is a ``prov:Entity`` (``cc:Claim``) attributed to its claimant;
- each intermediary's report is an entity attributed to it and derived from the one before;
- the source article is an entity attributed to its outlet and authors and derived from the last report;
- the quote is an entity derived from the claim by a ``prov:Quotation`` (``wasQuotedFrom``), with its
  offsets in the document.

Text from the corpus is written with its control characters as escapes (ESC as the six characters
backslash, u, 001b), so no PROV-N or PROV-JSON reader is handed raw control bytes.

Ids live in the namespace ``cc`` = ``urn:centasia-claims:``: ``cc:claim:rferl-authorities-up-to-1000``.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import PROV_NAMESPACE, to_prov_document
>>> document = to_prov_document(load_seed_corpus(), ["claim:rferl-authorities-up-to-1000"])
>>> claim = document.get_record("cc:claim:rferl-authorities-up-to-1000")[0]
>>> claim.identifier.uri == PROV_NAMESPACE + "claim:rferl-authorities-up-to-1000"
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from centasia_claims._render import escape_controls
from centasia_claims.corpus import ORIGIN_RELATIONS
from centasia_claims.errors import CentasiaClaimsError, MissingExtraError
from centasia_claims.model import Organization, Person
from centasia_claims.provenance import epistemic_status, trace_origin

if TYPE_CHECKING:
    from collections.abc import Iterable

    from prov.model import ProvDocument

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, ClaimId, EntityId, Source

__all__ = ["PROV_NAMESPACE", "to_prov_document", "to_prov_json"]

PROV_NAMESPACE: Final = "urn:centasia-claims:"
"""The IRI prefix of every id in the PROV export, under the prefix ``cc``."""


class _Builder:
    def __init__(self, corpus: Corpus, document: ProvDocument) -> None:
        from prov.model import PROV  # noqa: PLC0415  (the optional extra is imported only when used)

        self.corpus = corpus
        self.doc = document
        self.prov = PROV
        self.cc = document.add_namespace("cc", PROV_NAMESPACE)
        self.agents: set[str] = set()
        self.sources: set[str] = set()

    def agent(self, entity: EntityId) -> Any:
        qualified = self.cc[entity]
        if entity in self.agents:
            return qualified
        self.agents.add(entity)
        item = self.corpus.entity(entity)
        kind = {Person: "Person", Organization: "Organization"}.get(type(item), "Agent")
        self.doc.agent(
            qualified, {"prov:type": self.prov[kind], "prov:label": escape_controls(item.display_name)}
        )
        for relation_kind in ORIGIN_RELATIONS:
            for relation in getattr(item, "relations", ()):
                if relation.kind is relation_kind:
                    self.doc.actedOnBehalfOf(
                        qualified,
                        self.agent(relation.target),
                        other_attributes={"cc:relation": relation.kind.value},
                    )
        return qualified

    def source(self, source: Source) -> Any:
        qualified = self.cc[source.id]
        if source.id in self.sources:
            return qualified
        self.sources.add(source.id)
        attributes: dict[str, Any] = {
            "prov:type": self.cc["Article"],
            "prov:label": escape_controls(source.title),
            "cc:document": escape_controls(source.document),
            "cc:start": source.span.start,
            "cc:end": source.span.end,
        }
        if source.published is not None:
            attributes["cc:published"] = str(source.published)
        if source.url is not None:
            attributes["cc:url"] = escape_controls(source.url)
        self.doc.entity(qualified, attributes)
        for publisher in (*source.authors, *([] if source.outlet is None else [source.outlet])):
            self.doc.wasAttributedTo(qualified, self.agent(publisher))
        if source.part_of is not None:
            parent = self.source(self.corpus.source(source.part_of))
            self.doc.hadMember(parent, qualified)
        return qualified

    def claim(self, claim: Claim) -> None:
        qualified = self.cc[claim.id]
        attributes: dict[str, Any] = {
            "prov:type": self.cc["Claim"],
            "prov:value": escape_controls(claim.statement),
            "cc:stance": claim.stance.value,
            "cc:status": epistemic_status(self.corpus, claim).status.value,
        }
        if claim.unquoted:
            attributes["cc:unquoted"] = escape_controls(claim.unquoted)
        origin = trace_origin(self.corpus, claim)
        if origin.agent is not None:
            attributes["cc:origin"] = self.cc[origin.agent]
        if claim.measure is not None and claim.value is not None:
            attributes["cc:measure"] = self.cc[claim.measure]
            attributes["cc:phrase"] = escape_controls(claim.value.phrase)
            for name in ("low", "high", "point"):
                bound = getattr(claim.value, name)
                if bound is not None:
                    attributes[f"cc:{name}"] = int(bound) if float(bound).is_integer() else bound
        self.doc.entity(qualified, attributes)
        source = self.corpus.source(claim.source)
        article = self.source(source)
        steps = claim.attribution
        previous = qualified
        if steps:
            self._attribute(qualified, claim, 0)
        publishers = {*source.authors, source.outlet}
        for index in range(1, len(steps)):
            if index == len(steps) - 1 and steps[index].agent in publishers:
                break
            report = self.cc[f"{claim.id}/step/{index}"]
            self.doc.entity(
                report, {"prov:type": self.cc["Report"], "prov:label": escape_controls(steps[index].text)}
            )
            self._attribute(report, claim, index)
            self.doc.wasDerivedFrom(report, previous, other_attributes={"cc:verb": steps[index].verb.value})
            previous = report
        if not steps:
            for publisher in (*source.authors, *([] if source.outlet is None else [source.outlet])):
                self.doc.wasAttributedTo(qualified, self.agent(publisher))
        verb = steps[-1].verb.value if steps else "published"
        self.doc.wasDerivedFrom(article, previous, other_attributes={"cc:verb": verb})
        if claim.quote is None:
            return  # nothing verbatim to anchor: the claim keeps its reason in cc:unquoted
        quote = self.cc[f"{claim.id}/quote"]
        self.doc.entity(
            quote,
            {
                "prov:type": self.cc["Quote"],
                "prov:value": escape_controls(claim.quote.exact),
                "cc:source": article,
                "cc:document": escape_controls(source.document),
                "cc:start": claim.quote.start,
                "cc:end": claim.quote.end,
            },
        )
        self.doc.wasQuotedFrom(quote, qualified)

    def _attribute(self, entity: Any, claim: Claim, index: int) -> None:
        step = claim.attribution[index]
        if step.agent is not None:
            agent = self.agent(step.agent)
        else:
            agent = self.cc[f"{claim.id}/agent/{index}"]
            self.doc.agent(
                agent,
                {
                    "prov:type": self.prov["Agent"],
                    "prov:label": escape_controls(step.text),
                    "cc:unnamed": "true",
                },
            )
        self.doc.wasAttributedTo(entity, agent, other_attributes={"cc:verb": step.verb.value})


def to_prov_document(corpus: Corpus, claims: Iterable[Claim | ClaimId | str] | None = None) -> ProvDocument:
    """The claims (by default all) with their sources and agents as a ``prov.model.ProvDocument``.

    Raises:
        MissingExtraError: The ``prov`` package is not installed.
        UnknownIdError: A claim given by id is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> document = to_prov_document(load_seed_corpus(), ["claim:rferl-rahimzoda-61-returned"])
    >>> sorted(str(agent.identifier) for agent in document.get_records() if agent.is_element())[:2]
    ['cc:claim:rferl-rahimzoda-61-returned', 'cc:claim:rferl-rahimzoda-61-returned/agent/1']
    """
    try:
        from prov.model import ProvDocument  # noqa: PLC0415  (the optional extra is imported only when used)
    except ImportError:
        raise MissingExtraError("prov", "prov") from None
    document = ProvDocument()
    builder = _Builder(corpus, document)
    for claim in corpus.claims if claims is None else claims:
        builder.claim(corpus.claim(claim) if isinstance(claim, str) else claim)
    return document


def to_prov_json(
    corpus: Corpus, claims: Iterable[Claim | ClaimId | str] | None = None, *, indent: int | None = 2
) -> str:
    """The claims (by default all) with their sources and agents as PROV-JSON.

    Raises:
        MissingExtraError: The ``prov`` package is not installed.
        UnknownIdError: A claim given by id is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> print(to_prov_json(load_seed_corpus(), ["claim:rferl-figure-doubled"]))  # doctest: +ELLIPSIS
    {
      "prefix": {
        "cc": "urn:centasia-claims:"
      },
      "entity": {
        "cc:claim:rferl-figure-doubled": {
    ...
    """
    serialized: str | None = to_prov_document(corpus, claims).serialize(format="json", indent=indent)
    if serialized is None:  # pragma: no cover  (prov returns the text when no destination is given)
        raise CentasiaClaimsError("the prov package returned no PROV-JSON")
    return serialized
