"""Evidence quotes as W3C Web Annotations, checked against the model's requirements."""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest

from centasia_claims import TextQuote, UnknownIdError, load_seed_corpus
from centasia_claims.exports import ANNOTATION_CONTEXT, to_web_annotation, to_web_annotations
from centasia_claims.model import Document
from tests.builders import QUOTE_A, TEXT, quote_of, sound_corpus, with_source

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def _problems(annotation: dict[str, Any]) -> list[str]:  # noqa: PLR0912  (one check per rule of the model)
    """What breaks the W3C Web Annotation data model (the parts this library writes)."""
    problems = []
    if annotation.get("@context") != "http://www.w3.org/ns/anno.jsonld":
        problems.append("@context must be the Web Annotation context")
    if not _IRI.fullmatch(str(annotation.get("id", ""))):
        problems.append("an Annotation has exactly one IRI id")
    if annotation.get("type") != "Annotation":
        problems.append("type must be Annotation")
    body = annotation.get("body", {})
    if body.get("type") != "TextualBody" or not isinstance(body.get("value"), str):
        problems.append("the body is a TextualBody with a value")
    target = annotation.get("target")
    if not isinstance(target, dict):
        return [*problems, "an Annotation has a target"]
    if not _IRI.fullmatch(str(target.get("source", ""))):
        problems.append("a SpecificResource has exactly one IRI source")
    selectors = target.get("selector")
    if not isinstance(selectors, list) or not selectors:
        return [*problems, "target.selector is a list of selectors"]
    for selector in selectors:
        kind = selector.get("type")
        if kind == "TextQuoteSelector":
            if not isinstance(selector.get("exact"), str) or not selector["exact"]:
                problems.append("a TextQuoteSelector has exactly one exact")
            problems.extend(
                f"a TextQuoteSelector's {key} is a string"
                for key in ("prefix", "suffix")
                if key in selector and not isinstance(selector[key], str)
            )
        elif kind == "TextPositionSelector":
            start, end = selector.get("start"), selector.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
                problems.append("a TextPositionSelector has integer start <= end, both >= 0")
        else:
            problems.append(f"unexpected selector {kind!r}")
    return problems


def _selected(text: str, annotation: dict[str, Any]) -> tuple[str, str]:
    by_type = {selector["type"]: selector for selector in annotation["target"]["selector"]}
    position = by_type["TextPositionSelector"]
    return by_type["TextQuoteSelector"]["exact"], text[position["start"] : position["end"]]


def test_every_seed_claim_is_a_valid_annotation_selecting_its_quote() -> None:
    corpus = load_seed_corpus()
    annotations = to_web_annotations(corpus)
    assert len(corpus.claims) == len(annotations)
    for claim, annotation in zip(corpus.claims, annotations, strict=True):
        assert [] == _problems(annotation)
        exact, selected = _selected(corpus.document_text(corpus.source(claim.source).document), annotation)
        assert (quote_of(claim).exact, quote_of(claim).exact) == (exact, selected)
        assert annotation == json.loads(json.dumps(annotation))


def test_one_annotation_in_full() -> None:
    corpus = sound_corpus()
    start = TEXT.index(QUOTE_A)
    expected = {
        "@context": ANNOTATION_CONTEXT,
        "id": "urn:centasia-claims:annotation:claim:a",
        "type": "Annotation",
        "motivation": "describing",
        "body": {
            "type": "TextualBody",
            "id": "urn:centasia-claims:claim:a",
            "value": "120 people had left in 2015.",
            "format": "text/plain",
            "language": "en",
            "purpose": "describing",
        },
        "target": {
            "source": "https://example.org/texts/doc.txt",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": QUOTE_A,
                    "prefix": TEXT[max(0, start - 16) : start],
                    "suffix": TEXT[start + len(QUOTE_A) : start + len(QUOTE_A) + 16],
                },
                {"type": "TextPositionSelector", "start": start, "end": start + len(QUOTE_A)},
            ],
        },
    }
    assert expected == to_web_annotation(corpus, "claim:a", document_base="https://example.org/texts/")


def test_positions_count_code_points_and_empty_context_is_left_out() -> None:
    # A character outside the Basic Multilingual Plane is one code point (two UTF-16 units).
    text = "\U0001d54f says 120"
    corpus = sound_corpus()
    claim = attrs.evolve(corpus.claim("claim:a"), quote=TextQuote.locate(text, "120", context=0))
    corpus = attrs.evolve(corpus, documents=(Document("doc.txt", TEXT + text),))
    annotation = to_web_annotation(corpus, claim)
    assert [
        {"type": "TextQuoteSelector", "exact": "120"},
        {"type": "TextPositionSelector", "start": 7, "end": 10},
    ] == (annotation["target"]["selector"])


def test_a_source_url_is_the_scope() -> None:
    corpus = with_source(sound_corpus(), "source:a", url="https://example.org/article")
    assert "https://example.org/article" == to_web_annotation(corpus, "claim:a")["target"]["scope"]


def test_an_unknown_claim() -> None:
    with pytest.raises(UnknownIdError, match="no claim with id 'claim:nope' in this corpus"):
        to_web_annotation(sound_corpus(), "claim:nope")


def test_the_validator_catches_a_broken_annotation() -> None:
    broken = {
        "@context": "x",
        "id": "no iri",
        "type": "Note",
        "target": {"source": "", "selector": [{"type": "X"}]},
    }
    expected = [
        "@context must be the Web Annotation context",
        "an Annotation has exactly one IRI id",
        "type must be Annotation",
        "the body is a TextualBody with a value",
        "a SpecificResource has exactly one IRI source",
        "unexpected selector 'X'",
    ]
    assert expected == _problems(broken)
