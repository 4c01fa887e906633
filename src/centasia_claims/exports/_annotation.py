"""Evidence quotes as W3C Web Annotations (JSON-LD): each claim annotates the words it rests on.

The target is the bundled document (its offsets count code points of the whole file, as the W3C model
says), selected twice: by a ``TextQuoteSelector`` (exact, prefix, suffix) and a ``TextPositionSelector``
(start, end). The body is the claim's statement. See https://www.w3.org/TR/annotation-model/.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import to_web_annotation
>>> corpus = load_seed_corpus()
>>> annotation = to_web_annotation(corpus, corpus.claim("claim:rferl-authorities-up-to-1000"))
>>> annotation["type"], annotation["target"]["source"]
('Annotation', 'urn:centasia-claims:document:002_cc5a38ae8d00b8fb.txt')
>>> [selector["type"] for selector in annotation["target"]["selector"]]
['TextQuoteSelector', 'TextPositionSelector']

Every annotation names the W3C context `ANNOTATION_CONTEXT`; a document's IRI is `DOCUMENT_BASE` and its
file name, unless another base is given:

>>> from centasia_claims.exports import ANNOTATION_CONTEXT, DOCUMENT_BASE
>>> annotation["@context"] == ANNOTATION_CONTEXT, DOCUMENT_BASE
(True, 'urn:centasia-claims:document:')
>>> claim = corpus.claim("claim:rferl-authorities-up-to-1000")
>>> to_web_annotation(corpus, claim, document_base="https://example.org/")["target"]["source"]
'https://example.org/002_cc5a38ae8d00b8fb.txt'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, ClaimId

__all__ = ["ANNOTATION_CONTEXT", "DOCUMENT_BASE", "to_web_annotation", "to_web_annotations"]

ANNOTATION_CONTEXT: Final = "http://www.w3.org/ns/anno.jsonld"
"""The JSON-LD context of the W3C Web Annotation model."""

DOCUMENT_BASE: Final = "urn:centasia-claims:document:"
"""The default IRI prefix of a bundled document; pass ``document_base`` to point at your own copies."""

_ID_BASE: Final = "urn:centasia-claims:"


def to_web_annotation(
    corpus: Corpus, claim: Claim | ClaimId | str, *, document_base: str = DOCUMENT_BASE
) -> dict[str, Any]:
    """One claim's evidence as a W3C Web Annotation.

    Args:
        corpus: The corpus the claim is in.
        claim: The claim, or its id.
        document_base: Prefixed to the document's file name to make the target's IRI.

    Raises:
        UnknownIdError: The claim (given by id) is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> annotation = to_web_annotation(load_seed_corpus(), "claim:rferl-rahimzoda-61-returned")
    >>> annotation["target"]["selector"][1]
    {'type': 'TextPositionSelector', 'start': 590, 'end': 711}
    """
    item = corpus.claim(claim) if isinstance(claim, str) else claim
    source = corpus.source(item.source)
    quote = item.quote
    target: dict[str, Any] = {"source": document_base + source.document}
    if quote is not None:  # an unquoted claim targets its whole document, with no selector
        text_quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": quote.exact}
        if quote.prefix:
            text_quote["prefix"] = quote.prefix
        if quote.suffix:
            text_quote["suffix"] = quote.suffix
        position = {"type": "TextPositionSelector", "start": quote.start, "end": quote.end}
        target["selector"] = [text_quote, position]
    if source.url is not None:
        target["scope"] = source.url
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{_ID_BASE}annotation:{item.id}",
        "type": "Annotation",
        "motivation": "describing",
        "body": {
            "type": "TextualBody",
            "id": _ID_BASE + item.id,
            "value": item.statement,
            "format": "text/plain",
            "language": "en",
            "purpose": "describing",
        },
        "target": target,
    }


def to_web_annotations(
    corpus: Corpus,
    claims: Iterable[Claim | ClaimId | str] | None = None,
    *,
    document_base: str = DOCUMENT_BASE,
) -> list[dict[str, Any]]:
    """The evidence of claims (by default every claim of the corpus) as W3C Web Annotations.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> len(to_web_annotations(corpus)) == len(corpus.claims)
    True
    """
    chosen = corpus.claims if claims is None else claims
    return [to_web_annotation(corpus, claim, document_base=document_base) for claim in chosen]
